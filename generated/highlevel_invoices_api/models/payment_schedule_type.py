from enum import StrEnum


class PaymentScheduleType(StrEnum):
    FIXED = "fixed"
    PERCENTAGE = "percentage"

    def __str__(self) -> str:
        return str(self.value)
