from enum import StrEnum


class RRuleEndType(StrEnum):
    AFTER = "after"
    BY = "by"
    COUNT = "count"

    def __str__(self) -> str:
        return str(self.value)
