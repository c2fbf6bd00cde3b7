"""Schemathesis hooks of the conformance run (loaded by ``hooks = "contract_tests.st_hooks"``).

Positive cases get the identity's location as ``altId`` (query and body), so
generated requests reach real resources instead of stopping at 403; negative
cases are left as generated, so invalid ``altId`` values still get tested.
The location comes from ``HL_CONFORMANCE_LOCATION``.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from schemathesis.core.parameters import ParameterLocation


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    location = os.environ.get("HL_CONFORMANCE_LOCATION")
    if not location:
        return case
    meta = case.meta
    for where, container in ((ParameterLocation.BODY, case.body), (ParameterLocation.QUERY, case.query)):
        if meta is not None and meta.is_negative_at(where):
            continue
        if isinstance(container, dict) and "altId" in container:
            container["altId"] = location
    return case
