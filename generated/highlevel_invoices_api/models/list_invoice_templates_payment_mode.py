from ..types import LenientStrEnum


class ListInvoiceTemplatesPaymentMode(LenientStrEnum):
    DEFAULT = "default"
    LIVE = "live"
    TEST = "test"
