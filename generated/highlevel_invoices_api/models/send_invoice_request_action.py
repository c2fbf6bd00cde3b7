from enum import StrEnum


class SendInvoiceRequestAction(StrEnum):
    EMAIL = "email"
    SEND_MANUALLY = "send_manually"
    SMS = "sms"
    SMS_AND_EMAIL = "sms_and_email"

    def __str__(self) -> str:
        return str(self.value)
