from ..types import LenientStrEnum


class ApiVersion(LenientStrEnum):
    VALUE_0 = "2021-07-28"
