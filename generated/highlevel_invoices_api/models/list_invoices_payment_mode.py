from enum import StrEnum


class ListInvoicesPaymentMode(StrEnum):
    DEFAULT = "default"
    LIVE = "live"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)
