from ..types import LenientStrEnum


class ApiVersion(LenientStrEnum):
    V3 = "v3"
    VALUE_0 = "2021-07-28"
