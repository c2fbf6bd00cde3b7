from ..types import LenientStrEnum


class ItemTaxCalculation(LenientStrEnum):
    EXCLUSIVE = "exclusive"
