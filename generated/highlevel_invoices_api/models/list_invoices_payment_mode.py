from ..types import LenientStrEnum


class ListInvoicesPaymentMode(LenientStrEnum):
    DEFAULT = "default"
    LIVE = "live"
    TEST = "test"
