from ..types import LenientStrEnum


class RecordPaymentRequestMode(LenientStrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARD = "card"
    CASH = "cash"
    CHEQUE = "cheque"
    OTHER = "other"
