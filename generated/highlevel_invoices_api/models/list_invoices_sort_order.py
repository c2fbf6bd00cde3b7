from enum import StrEnum


class ListInvoicesSortOrder(StrEnum):
    ASCEND = "ascend"
    DESCEND = "descend"

    def __str__(self) -> str:
        return str(self.value)
