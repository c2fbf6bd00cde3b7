from enum import StrEnum


class ItemTaxCalculation(StrEnum):
    EXCLUSIVE = "exclusive"

    def __str__(self) -> str:
        return str(self.value)
