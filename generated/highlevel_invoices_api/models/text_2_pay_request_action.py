from ..types import LenientStrEnum


class Text2PayRequestAction(LenientStrEnum):
    DRAFT = "draft"
    SEND = "send"
