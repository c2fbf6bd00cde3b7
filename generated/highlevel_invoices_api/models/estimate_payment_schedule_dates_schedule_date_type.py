from ..types import LenientStrEnum


class EstimatePaymentScheduleDatesScheduleDateType(LenientStrEnum):
    CUSTOM = "custom"
    REGULAR_INTERVAL = "regular_interval"
