from enum import StrEnum


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
