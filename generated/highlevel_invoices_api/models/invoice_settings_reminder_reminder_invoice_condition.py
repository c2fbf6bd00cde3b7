from ..types import LenientStrEnum


class InvoiceSettingsReminderReminderInvoiceCondition(LenientStrEnum):
    INVOICE_OVERDUE = "invoice_overdue"
    INVOICE_SENT = "invoice_sent"
