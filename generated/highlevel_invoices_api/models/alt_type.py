from ..types import LenientStrEnum


class AltType(LenientStrEnum):
    LOCATION = "location"
