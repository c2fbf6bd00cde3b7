"""``python -m highlevel_conformance``: the same as the ``highlevel-conformance`` command."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
