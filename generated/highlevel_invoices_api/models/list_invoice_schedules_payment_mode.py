from ..types import LenientStrEnum


class ListInvoiceSchedulesPaymentMode(LenientStrEnum):
    DEFAULT = "default"
    LIVE = "live"
    TEST = "test"
