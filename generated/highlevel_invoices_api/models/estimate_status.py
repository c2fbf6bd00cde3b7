from ..types import LenientStrEnum


class EstimateStatus(LenientStrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DRAFT = "draft"
    INVOICED = "invoiced"
    SENT = "sent"
    VIEWED = "viewed"
