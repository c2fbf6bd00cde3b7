from enum import StrEnum


class RRuleIntervalType(StrEnum):
    DAILY = "daily"
    HOURLY = "hourly"
    MINUTELY = "minutely"
    MONTHLY = "monthly"
    SECONDLY = "secondly"
    WEEKLY = "weekly"
    YEARLY = "yearly"

    def __str__(self) -> str:
        return str(self.value)
