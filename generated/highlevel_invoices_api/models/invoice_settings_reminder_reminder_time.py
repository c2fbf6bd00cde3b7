from ..types import LenientStrEnum


class InvoiceSettingsReminderReminderTime(LenientStrEnum):
    AFTER = "after"
    BEFORE = "before"
