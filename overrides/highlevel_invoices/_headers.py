"""Numbers in a server's response headers (``Retry-After``, ``X-RateLimit-*``), read one way.

HTTP writes them in ASCII digits (RFC 9110: ``delay-seconds = 1*DIGIT``). Python's ``float``
and ``int`` also take ``"nan"``, ``"inf"``, ``"1_0"`` and other scripts' digits (``"٣"``), and
``str.isdigit`` is true for ``"²"``, which ``int`` refuses. Here a value that is not a plain
number is absent (``None``), so the caller's default applies (the backoff, no rate-limit info):
a server's header never raises and is never misread.
"""

from __future__ import annotations

import re

_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")  # a sign and a fraction are tolerated (Retry-After: 0.5)
_INTEGER = re.compile(r"[0-9]{1,18}")


def header_number(value: str | None) -> float | None:
    """A header's value as a number when it is a plain decimal one (``"7"``, ``"1.5"``, ``"-3"``), else ``None``.

    Hundreds of digits read as ``inf`` (a wait longer than any cap), never as an error.
    """
    if value is None:
        return None
    value = value.strip()
    return float(value) if _DECIMAL.fullmatch(value) else None


def header_int(value: str | None) -> int | None:
    """A header's value as a count when it is one in ASCII digits (at most 18), else ``None``."""
    if value is None:
        return None
    value = value.strip()
    return int(value) if _INTEGER.fullmatch(value) else None
