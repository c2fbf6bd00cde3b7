"""Contains all the data models used in inputs/outputs"""

from .additional_email import AdditionalEmail
from .address import Address
from .alt_type import AltType
from .api_version import ApiVersion
from .attachment import Attachment
from .auto_payment import AutoPayment
from .auto_payment_card import AutoPaymentCard
from .auto_payment_invoice_schedule_request import AutoPaymentInvoiceScheduleRequest
from .auto_payment_provider import AutoPaymentProvider
from .bacs_direct_debit import BacsDirectDebit
from .becs_direct_debit import BecsDirectDebit
from .business_details import BusinessDetails
from .contact_details import ContactDetails
from .create_invoice_request import CreateInvoiceRequest
from .create_schedule_request import CreateScheduleRequest
from .delete_invoice_schedule_response import DeleteInvoiceScheduleResponse
from .discount import Discount
from .discount_type import DiscountType
from .error_response import ErrorResponse
from .estimate import Estimate
from .estimate_auto_invoice import EstimateAutoInvoice
from .estimate_create_request import EstimateCreateRequest
from .estimate_create_request_meta import EstimateCreateRequestMeta
from .estimate_frequency_settings import EstimateFrequencySettings
from .estimate_invoice_request import EstimateInvoiceRequest
from .estimate_invoice_request_version import EstimateInvoiceRequestVersion
from .estimate_invoice_response import EstimateInvoiceResponse
from .estimate_item import EstimateItem
from .estimate_last_visited_at_request import EstimateLastVisitedAtRequest
from .estimate_list_response import EstimateListResponse
from .estimate_meta import EstimateMeta
from .estimate_number_response import EstimateNumberResponse
from .estimate_payment_schedule_config import EstimatePaymentScheduleConfig
from .estimate_payment_schedule_config_type import EstimatePaymentScheduleConfigType
from .estimate_payment_schedule_dates import EstimatePaymentScheduleDates
from .estimate_payment_schedule_dates_deposit_date_type import EstimatePaymentScheduleDatesDepositDateType
from .estimate_payment_schedule_dates_schedule_date_type import EstimatePaymentScheduleDatesScheduleDateType
from .estimate_send_request import EstimateSendRequest
from .estimate_send_request_action import EstimateSendRequestAction
from .estimate_sent_to import EstimateSentTo
from .estimate_status import EstimateStatus
from .estimate_status_filter import EstimateStatusFilter
from .estimate_template import EstimateTemplate
from .estimate_template_list import EstimateTemplateList
from .estimate_template_request import EstimateTemplateRequest
from .estimate_template_request_meta import EstimateTemplateRequestMeta
from .estimate_template_send_details import EstimateTemplateSendDetails
from .estimate_template_send_details_action import EstimateTemplateSendDetailsAction
from .estimate_update_request import EstimateUpdateRequest
from .generate_invoice_number_response import GenerateInvoiceNumberResponse
from .invoice import Invoice
from .invoice_event import InvoiceEvent
from .invoice_event_envelope import InvoiceEventEnvelope
from .invoice_event_type import InvoiceEventType
from .invoice_item import InvoiceItem
from .invoice_item_type import InvoiceItemType
from .invoice_payment_schedule import InvoicePaymentSchedule
from .invoice_schedule import InvoiceSchedule
from .invoice_settings import InvoiceSettings
from .invoice_settings_business_details import InvoiceSettingsBusinessDetails
from .invoice_settings_custom_notification import InvoiceSettingsCustomNotification
from .invoice_settings_notification import InvoiceSettingsNotification
from .invoice_settings_product_settings import InvoiceSettingsProductSettings
from .invoice_settings_reminder import InvoiceSettingsReminder
from .invoice_settings_reminder_interval_type import InvoiceSettingsReminderIntervalType
from .invoice_settings_reminder_reminder_invoice_condition import InvoiceSettingsReminderReminderInvoiceCondition
from .invoice_settings_reminder_reminder_time import InvoiceSettingsReminderReminderTime
from .invoice_settings_reminder_settings import InvoiceSettingsReminderSettings
from .invoice_settings_sender_configuration import InvoiceSettingsSenderConfiguration
from .invoice_status import InvoiceStatus
from .invoice_template import InvoiceTemplate
from .invoice_template_create_request import InvoiceTemplateCreateRequest
from .invoice_template_delete_response import InvoiceTemplateDeleteResponse
from .invoice_template_late_fees_request import InvoiceTemplateLateFeesRequest
from .invoice_template_list import InvoiceTemplateList
from .invoice_template_payment_methods_request import InvoiceTemplatePaymentMethodsRequest
from .invoice_template_update_request import InvoiceTemplateUpdateRequest
from .invoice_with_summary import InvoiceWithSummary
from .item_tax import ItemTax
from .item_tax_calculation import ItemTaxCalculation
from .late_fees_configuration import LateFeesConfiguration
from .late_fees_configuration_type import LateFeesConfigurationType
from .late_fees_frequency import LateFeesFrequency
from .late_fees_frequency_interval import LateFeesFrequencyInterval
from .late_fees_grace import LateFeesGrace
from .late_fees_grace_interval import LateFeesGraceInterval
from .list_invoice_schedules_payment_mode import ListInvoiceSchedulesPaymentMode
from .list_invoice_schedules_response import ListInvoiceSchedulesResponse
from .list_invoice_templates_payment_mode import ListInvoiceTemplatesPaymentMode
from .list_invoices_payment_mode import ListInvoicesPaymentMode
from .list_invoices_response import ListInvoicesResponse
from .list_invoices_sort_field import ListInvoicesSortField
from .list_invoices_sort_order import ListInvoicesSortOrder
from .location_scoped_request import LocationScopedRequest
from .max_late_fees import MaxLateFees
from .max_late_fees_type import MaxLateFeesType
from .miscellaneous_charges import MiscellaneousCharges
from .paid_charge import PaidCharge
from .payment_methods import PaymentMethods
from .payment_schedule import PaymentSchedule
from .payment_schedule_type import PaymentScheduleType
from .r_rule import RRule
from .r_rule_day_of_week import RRuleDayOfWeek
from .r_rule_end_type import RRuleEndType
from .r_rule_interval_type import RRuleIntervalType
from .r_rule_month_of_year import RRuleMonthOfYear
from .record_payment_card import RecordPaymentCard
from .record_payment_cheque import RecordPaymentCheque
from .record_payment_request import RecordPaymentRequest
from .record_payment_request_meta import RecordPaymentRequestMeta
from .record_payment_request_mode import RecordPaymentRequestMode
from .record_payment_response import RecordPaymentResponse
from .reminders_configuration import RemindersConfiguration
from .reminders_configuration_reminder_execution_details_list import RemindersConfigurationReminderExecutionDetailsList
from .schedule_options import ScheduleOptions
from .schedule_schedule_request import ScheduleScheduleRequest
from .send_invoice_request import SendInvoiceRequest
from .send_invoice_request_action import SendInvoiceRequestAction
from .send_invoice_response import SendInvoiceResponse
from .send_invoice_response_email_data import SendInvoiceResponseEmailData
from .send_invoice_response_sms_data import SendInvoiceResponseSmsData
from .sent_from import SentFrom
from .sent_to import SentTo
from .sepa_direct_debit import SepaDirectDebit
from .stripe_payment_method import StripePaymentMethod
from .text_2_pay_request import Text2PayRequest
from .text_2_pay_request_action import Text2PayRequestAction
from .text_2_pay_response import Text2PayResponse
from .tips_configuration import TipsConfiguration
from .total_summary import TotalSummary
from .update_invoice_last_visited_at_request import UpdateInvoiceLastVisitedAtRequest
from .update_invoice_late_fees_configuration_request import UpdateInvoiceLateFeesConfigurationRequest
from .update_invoice_request import UpdateInvoiceRequest
from .update_invoice_request_xero_details import UpdateInvoiceRequestXeroDetails
from .update_invoice_schedule_request import UpdateInvoiceScheduleRequest
from .us_bank_account import UsBankAccount

__all__ = (
    "AdditionalEmail",
    "Address",
    "AltType",
    "ApiVersion",
    "Attachment",
    "AutoPayment",
    "AutoPaymentCard",
    "AutoPaymentInvoiceScheduleRequest",
    "AutoPaymentProvider",
    "BacsDirectDebit",
    "BecsDirectDebit",
    "BusinessDetails",
    "ContactDetails",
    "CreateInvoiceRequest",
    "CreateScheduleRequest",
    "DeleteInvoiceScheduleResponse",
    "Discount",
    "DiscountType",
    "ErrorResponse",
    "Estimate",
    "EstimateAutoInvoice",
    "EstimateCreateRequest",
    "EstimateCreateRequestMeta",
    "EstimateFrequencySettings",
    "EstimateInvoiceRequest",
    "EstimateInvoiceRequestVersion",
    "EstimateInvoiceResponse",
    "EstimateItem",
    "EstimateLastVisitedAtRequest",
    "EstimateListResponse",
    "EstimateMeta",
    "EstimateNumberResponse",
    "EstimatePaymentScheduleConfig",
    "EstimatePaymentScheduleConfigType",
    "EstimatePaymentScheduleDates",
    "EstimatePaymentScheduleDatesDepositDateType",
    "EstimatePaymentScheduleDatesScheduleDateType",
    "EstimateSendRequest",
    "EstimateSendRequestAction",
    "EstimateSentTo",
    "EstimateStatus",
    "EstimateStatusFilter",
    "EstimateTemplate",
    "EstimateTemplateList",
    "EstimateTemplateRequest",
    "EstimateTemplateRequestMeta",
    "EstimateTemplateSendDetails",
    "EstimateTemplateSendDetailsAction",
    "EstimateUpdateRequest",
    "GenerateInvoiceNumberResponse",
    "Invoice",
    "InvoiceEvent",
    "InvoiceEventEnvelope",
    "InvoiceEventType",
    "InvoiceItem",
    "InvoiceItemType",
    "InvoicePaymentSchedule",
    "InvoiceSchedule",
    "InvoiceSettings",
    "InvoiceSettingsBusinessDetails",
    "InvoiceSettingsCustomNotification",
    "InvoiceSettingsNotification",
    "InvoiceSettingsProductSettings",
    "InvoiceSettingsReminder",
    "InvoiceSettingsReminderIntervalType",
    "InvoiceSettingsReminderReminderInvoiceCondition",
    "InvoiceSettingsReminderReminderTime",
    "InvoiceSettingsReminderSettings",
    "InvoiceSettingsSenderConfiguration",
    "InvoiceStatus",
    "InvoiceTemplate",
    "InvoiceTemplateCreateRequest",
    "InvoiceTemplateDeleteResponse",
    "InvoiceTemplateLateFeesRequest",
    "InvoiceTemplateList",
    "InvoiceTemplatePaymentMethodsRequest",
    "InvoiceTemplateUpdateRequest",
    "InvoiceWithSummary",
    "ItemTax",
    "ItemTaxCalculation",
    "LateFeesConfiguration",
    "LateFeesConfigurationType",
    "LateFeesFrequency",
    "LateFeesFrequencyInterval",
    "LateFeesGrace",
    "LateFeesGraceInterval",
    "ListInvoiceSchedulesPaymentMode",
    "ListInvoiceSchedulesResponse",
    "ListInvoicesPaymentMode",
    "ListInvoicesResponse",
    "ListInvoicesSortField",
    "ListInvoicesSortOrder",
    "ListInvoiceTemplatesPaymentMode",
    "LocationScopedRequest",
    "MaxLateFees",
    "MaxLateFeesType",
    "MiscellaneousCharges",
    "PaidCharge",
    "PaymentMethods",
    "PaymentSchedule",
    "PaymentScheduleType",
    "RecordPaymentCard",
    "RecordPaymentCheque",
    "RecordPaymentRequest",
    "RecordPaymentRequestMeta",
    "RecordPaymentRequestMode",
    "RecordPaymentResponse",
    "RemindersConfiguration",
    "RemindersConfigurationReminderExecutionDetailsList",
    "RRule",
    "RRuleDayOfWeek",
    "RRuleEndType",
    "RRuleIntervalType",
    "RRuleMonthOfYear",
    "ScheduleOptions",
    "ScheduleScheduleRequest",
    "SendInvoiceRequest",
    "SendInvoiceRequestAction",
    "SendInvoiceResponse",
    "SendInvoiceResponseEmailData",
    "SendInvoiceResponseSmsData",
    "SentFrom",
    "SentTo",
    "SepaDirectDebit",
    "StripePaymentMethod",
    "Text2PayRequest",
    "Text2PayRequestAction",
    "Text2PayResponse",
    "TipsConfiguration",
    "TotalSummary",
    "UpdateInvoiceLastVisitedAtRequest",
    "UpdateInvoiceLateFeesConfigurationRequest",
    "UpdateInvoiceRequest",
    "UpdateInvoiceRequestXeroDetails",
    "UpdateInvoiceScheduleRequest",
    "UsBankAccount",
)
