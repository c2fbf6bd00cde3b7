"""``python -m highlevel_conformance``: the same as the ``highlevel-conformance`` command."""

from __future__ import annotations

import sys

from .install import conformance_command

sys.exit(conformance_command())
