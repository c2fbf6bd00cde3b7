from ..types import LenientStrEnum


class InvoiceEventType(LenientStrEnum):
    INVOICE_CREATE = "InvoiceCreate"
    INVOICE_DELETE = "InvoiceDelete"
    INVOICE_PAID = "InvoicePaid"
    INVOICE_PARTIALLY_PAID = "InvoicePartiallyPaid"
    INVOICE_SENT = "InvoiceSent"
    INVOICE_UPDATE = "InvoiceUpdate"
    INVOICE_VOID = "InvoiceVoid"
