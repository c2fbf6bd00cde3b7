from enum import StrEnum
from typing import Any


class RRuleMonthOfYear(StrEnum):
    APR = "apr"
    AUG = "aug"
    DEC = "dec"
    FEB = "feb"
    JAN = "jan"
    JUL = "jul"
    JUN = "jun"
    MAR = "mar"
    MAY = "may"
    NOV = "nov"
    OCT = "oct"
    SEP = "sep"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        """Keep an undocumented value as a pseudo-member instead of raising ``ValueError``."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
