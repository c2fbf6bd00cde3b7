from ..types import LenientStrEnum


class RRuleIntervalType(LenientStrEnum):
    DAILY = "daily"
    HOURLY = "hourly"
    MINUTELY = "minutely"
    MONTHLY = "monthly"
    SECONDLY = "secondly"
    WEEKLY = "weekly"
    YEARLY = "yearly"
