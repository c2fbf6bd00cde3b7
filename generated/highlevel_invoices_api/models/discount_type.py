from ..types import LenientStrEnum


class DiscountType(LenientStrEnum):
    FIXED = "fixed"
    PERCENTAGE = "percentage"
