from ..types import LenientStrEnum


class ListInvoicesSortOrder(LenientStrEnum):
    ASCEND = "ascend"
    DESCEND = "descend"
