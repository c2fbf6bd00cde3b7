"""QUIRKS Q26: ``validOnProductIds`` written as the text of a list, ``"[ '6579751d56f60276e5bd4154' ]"``.

The spec (and the vendor's schema) type the field ``array[string]``, but the
vendor's update page sends it as a string holding a list literal (Q5). The
generated decoder refuses a string where an array belongs (it used to keep the
string, which reads as a list of characters); this patch turns such a string
into the list it spells, in every model with the field. Any other string is left
alone, so the decoder's error names the path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._patch import models_with_field, wrap_from_dict

FIELD = "validOnProductIds"
_LIST = re.compile(r"\s*\[\s*(.*?)\s*,?\s*\]\s*", re.DOTALL)
_ITEM = re.compile(r"""\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*(?:,|$)""")


def as_list(text: str) -> list[str] | None:
    """The strings of a list literal such as ``[ 'a', "b" ]``, or ``None`` when ``text`` is not one."""
    whole = _LIST.fullmatch(text)
    if whole is None:
        return None
    inner, items, position = whole.group(1), [], 0
    while position < len(inner):
        match = _ITEM.match(inner, position)
        if match is None or match.end() == position:
            return None
        items.append(match.group(1) if match.group(1) is not None else match.group(2))
        position = match.end()
    return items


def fix(src: Mapping[str, Any]) -> Mapping[str, Any]:
    value = src.get(FIELD)
    if not isinstance(value, str):
        return src
    items = as_list(value)
    if items is None:
        return src
    fixed = dict(src)
    fixed[FIELD] = items
    return fixed


def install() -> None:
    for model in models_with_field("valid_on_product_ids"):
        wrap_from_dict(model, fix, name=__name__)
