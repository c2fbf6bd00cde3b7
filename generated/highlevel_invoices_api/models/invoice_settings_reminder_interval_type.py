from ..types import LenientStrEnum


class InvoiceSettingsReminderIntervalType(LenientStrEnum):
    DAILY = "daily"
    HOURLY = "hourly"
    MINUTELY = "minutely"
    MONTHLY = "monthly"
    SECONDLY = "secondly"
    WEEKLY = "weekly"
    YEARLY = "yearly"
