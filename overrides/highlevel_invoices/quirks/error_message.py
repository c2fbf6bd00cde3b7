"""QUIRKS Q17: HighLevel sends an error's ``message`` as a string or as a list of strings.

400/401/403 bodies carry one string, 422 bodies a list; none of the fields is
guaranteed. Callers always get a list.
"""

from __future__ import annotations

from typing import Any


def normalize(message: Any) -> list[str]:
    """``message`` as a list of strings, whatever form the server sent."""
    if message is None:
        return []
    if isinstance(message, str):
        return [message]
    if isinstance(message, list):
        return [item if isinstance(item, str) else str(item) for item in message]
    return [str(message)]
