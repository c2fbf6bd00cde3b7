from ..types import LenientStrEnum


class PaymentScheduleType(LenientStrEnum):
    FIXED = "fixed"
    PERCENTAGE = "percentage"
