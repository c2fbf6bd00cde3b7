from ..types import LenientStrEnum


class LateFeesFrequencyInterval(LenientStrEnum):
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    MONTH = "month"
    ONE_TIME = "one_time"
    WEEK = "week"
