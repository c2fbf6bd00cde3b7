from ..types import LenientStrEnum


class ListInvoicesSortField(LenientStrEnum):
    ISSUEDATE = "issueDate"
