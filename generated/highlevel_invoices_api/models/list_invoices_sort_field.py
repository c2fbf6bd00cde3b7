from enum import StrEnum


class ListInvoicesSortField(StrEnum):
    ISSUEDATE = "issueDate"

    def __str__(self) -> str:
        return str(self.value)
