from ..types import LenientStrEnum


class LateFeesConfigurationType(LenientStrEnum):
    FIXED = "fixed"
    PERCENTAGE = "percentage"
