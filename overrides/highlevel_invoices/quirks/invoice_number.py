"""QUIRKS Q1: ``invoiceNumber`` arrives as a number or a string; it is always a string here.

The vendor types it ``number`` in responses while every example (and every
prefixed number such as ``INV-19``) is a string. The generated models keep
whatever JSON type arrived; this patch makes every model with an
``invoice_number`` field decode a number into its string form (``19`` -> ``"19"``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._patch import models_with_field, wrap_from_dict

FIELD = "invoiceNumber"


def as_string(value: Any) -> Any:
    """A JSON number as the string the API means; anything else unchanged."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return value


def fix(src: Mapping[str, Any]) -> Mapping[str, Any]:
    value = src.get(FIELD)
    if value is None or isinstance(value, str):
        return src
    fixed = dict(src)
    fixed[FIELD] = as_string(value)
    return fixed


def install() -> None:
    for model in models_with_field("invoice_number"):
        wrap_from_dict(model, fix, name=__name__)
