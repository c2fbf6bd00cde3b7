from enum import StrEnum


class LateFeesGraceInterval(StrEnum):
    DAY = "day"

    def __str__(self) -> str:
        return str(self.value)
