from enum import StrEnum
from typing import Any


class RRuleDayOfWeek(StrEnum):
    FR = "fr"
    MO = "mo"
    SA = "sa"
    SU = "su"
    TH = "th"
    TU = "tu"
    WE = "we"

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
