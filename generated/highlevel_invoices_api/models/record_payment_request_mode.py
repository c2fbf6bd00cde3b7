from enum import StrEnum


class RecordPaymentRequestMode(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARD = "card"
    CASH = "cash"
    CHEQUE = "cheque"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
