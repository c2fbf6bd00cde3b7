from ..types import LenientStrEnum


class EstimateStatusFilter(LenientStrEnum):
    ACCEPTED = "accepted"
    ALL = "all"
    DECLINED = "declined"
    DRAFT = "draft"
    INVOICED = "invoiced"
    SENT = "sent"
    VIEWED = "viewed"
