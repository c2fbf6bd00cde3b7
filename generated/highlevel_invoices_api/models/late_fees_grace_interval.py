from ..types import LenientStrEnum


class LateFeesGraceInterval(LenientStrEnum):
    DAY = "day"
