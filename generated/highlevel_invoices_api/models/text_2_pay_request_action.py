from enum import StrEnum


class Text2PayRequestAction(StrEnum):
    DRAFT = "draft"
    SEND = "send"

    def __str__(self) -> str:
        return str(self.value)
