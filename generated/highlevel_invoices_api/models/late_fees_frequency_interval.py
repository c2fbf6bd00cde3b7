from enum import StrEnum


class LateFeesFrequencyInterval(StrEnum):
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    MONTH = "month"
    ONE_TIME = "one_time"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
