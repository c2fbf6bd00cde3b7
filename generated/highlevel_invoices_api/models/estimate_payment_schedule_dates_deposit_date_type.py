from ..types import LenientStrEnum


class EstimatePaymentScheduleDatesDepositDateType(LenientStrEnum):
    CUSTOM = "custom"
    ESTIMATE_ACCEPTED = "estimate_accepted"
