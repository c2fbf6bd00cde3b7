from enum import StrEnum


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    PAYMENT_PROCESSING = "payment_processing"
    SENT = "sent"
    VOID = "void"

    def __str__(self) -> str:
        return str(self.value)
