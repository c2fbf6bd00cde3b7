from ..types import LenientStrEnum


class MaxLateFeesType(LenientStrEnum):
    FIXED = "fixed"
