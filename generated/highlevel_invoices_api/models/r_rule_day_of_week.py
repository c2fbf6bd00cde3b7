from ..types import LenientStrEnum


class RRuleDayOfWeek(LenientStrEnum):
    FR = "fr"
    MO = "mo"
    SA = "sa"
    SU = "su"
    TH = "th"
    TU = "tu"
    WE = "we"
