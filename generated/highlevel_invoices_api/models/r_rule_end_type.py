from ..types import LenientStrEnum


class RRuleEndType(LenientStrEnum):
    AFTER = "after"
    BY = "by"
    COUNT = "count"
