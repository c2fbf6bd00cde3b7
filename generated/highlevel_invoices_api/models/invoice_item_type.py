from ..types import LenientStrEnum


class InvoiceItemType(LenientStrEnum):
    ONE_TIME = "one_time"
    RECURRING = "recurring"
