from ..types import LenientStrEnum


class RRuleMonthOfYear(LenientStrEnum):
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
