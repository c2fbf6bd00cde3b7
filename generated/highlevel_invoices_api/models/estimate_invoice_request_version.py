from ..types import LenientStrEnum


class EstimateInvoiceRequestVersion(LenientStrEnum):
    V1 = "v1"
    V2 = "v2"
