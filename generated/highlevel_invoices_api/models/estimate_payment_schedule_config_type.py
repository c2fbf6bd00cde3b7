from ..types import LenientStrEnum


class EstimatePaymentScheduleConfigType(LenientStrEnum):
    FIXED = "fixed"
    PERCENTAGE = "percentage"
