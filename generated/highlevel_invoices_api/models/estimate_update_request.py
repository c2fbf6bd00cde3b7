from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..models.estimate_status_filter import EstimateStatusFilter
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateUpdateRequest")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "EstimateUpdateRequest.alt_type")


def _estimate_status_member(
    value: EstimateStatusFilter | Literal["all", "draft", "sent", "accepted", "declined", "invoiced", "viewed"] | Unset,
) -> EstimateStatusFilter | Unset:
    if isinstance(value, (EstimateStatusFilter, Unset)):
        return value
    return enum_member(EstimateStatusFilter, value, "EstimateUpdateRequest.estimate_status")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateUpdateRequest:
    """The create body, plus the status to move the estimate to

    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        name (str): Estimate Name Example: Website redesign.
        business_details (BusinessDetails): Business Details
        currency (str): Currency code Example: USD.
        items (list[EstimateItem]): The line items of the estimate
        discount (Discount): Discount
        contact_details (ContactDetails): Contact information to send the invoice to
        frequency_settings (EstimateFrequencySettings): Whether and how often the estimate recurs
        live_mode (bool | Unset): Payment mode Example: False.
        terms_notes (str | Unset): Terms notes, Also supports HTML markups Example: <p>This is a default terms.</p>.
        title (str | Unset): Title for the estimate Example: ESTIMATE.
        estimate_number (float | Unset): Estimate Number (the next of the location's sequence when left out) Example:
            1001.
        issue_date (str | Unset): A date in YYYY-MM-DD format Example: 2023-01-01.
        expiry_date (str | Unset): A date in YYYY-MM-DD format Example: 2023-01-01.
        sent_to (SentTo | Unset): Where the invoice is sent
        automatic_taxes_enabled (bool | Unset): Automatic taxes enabled for the estimate Example: False.
        meta (EstimateCreateRequestMeta | Unset): Free-form metadata kept with the estimate Example: {}.
        send_estimate_details (EstimateSendRequest | Unset):
        estimate_number_prefix (str | Unset): Prefix of the estimate number Example: EST-.
        user_id (str | Unset): Id of the user creating the estimate Example: 6578278e879ad2646715ba9c.
        attachments (list[Attachment] | Unset): attachments for the estimate
        auto_invoice (EstimateAutoInvoice | Unset): Whether an invoice is created when the customer accepts the estimate
        miscellaneous_charges (MiscellaneousCharges | Unset): Miscellaneous charges (processing fees)
        payment_schedule_config (EstimatePaymentScheduleConfig | Unset): Payment schedule of the invoice made from the
            estimate
        estimate_status (EstimateStatusFilter | Unset): An estimate status, or `all` for every status Example: all.
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    name: str
    business_details: BusinessDetails
    currency: str
    items: list[EstimateItem]
    discount: Discount
    contact_details: ContactDetails
    frequency_settings: EstimateFrequencySettings
    live_mode: bool | Unset = UNSET
    terms_notes: str | Unset = UNSET
    title: str | Unset = UNSET
    estimate_number: float | Unset = UNSET
    issue_date: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    sent_to: SentTo | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    meta: EstimateCreateRequestMeta | Unset = UNSET
    send_estimate_details: EstimateSendRequest | Unset = UNSET
    estimate_number_prefix: str | Unset = UNSET
    user_id: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    auto_invoice: EstimateAutoInvoice | Unset = UNSET
    miscellaneous_charges: MiscellaneousCharges | Unset = UNSET
    payment_schedule_config: EstimatePaymentScheduleConfig | Unset = UNSET
    estimate_status: EstimateStatusFilter | Unset = _attrs_field(default=UNSET, converter=_estimate_status_member)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.alt_id, Unset):
            alt_id = self.alt_id
            field_dict["altId"] = alt_id

        if not isinstance(self.alt_type, Unset):
            alt_type = self.alt_type.value
            field_dict["altType"] = alt_type

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.business_details, Unset):
            business_details = self.business_details.to_dict()
            field_dict["businessDetails"] = business_details

        if not isinstance(self.currency, Unset):
            currency = self.currency
            field_dict["currency"] = currency

        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

            field_dict["items"] = items

        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
            field_dict["discount"] = discount

        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()
            field_dict["contactDetails"] = contact_details

        if not isinstance(self.frequency_settings, Unset):
            frequency_settings = self.frequency_settings.to_dict()
            field_dict["frequencySettings"] = frequency_settings

        live_mode = self.live_mode
        if live_mode is not UNSET:
            field_dict["liveMode"] = live_mode

        terms_notes = self.terms_notes
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        estimate_number = self.estimate_number
        if estimate_number is not UNSET:
            field_dict["estimateNumber"] = estimate_number

        issue_date = self.issue_date
        if issue_date is not UNSET:
            field_dict["issueDate"] = issue_date

        expiry_date = self.expiry_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        sent_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_to, Unset):
            sent_to = self.sent_to.to_dict()
        if sent_to is not UNSET:
            field_dict["sentTo"] = sent_to

        automatic_taxes_enabled = self.automatic_taxes_enabled
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        send_estimate_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_estimate_details, Unset):
            send_estimate_details = self.send_estimate_details.to_dict()
        if send_estimate_details is not UNSET:
            field_dict["sendEstimateDetails"] = send_estimate_details

        estimate_number_prefix = self.estimate_number_prefix
        if estimate_number_prefix is not UNSET:
            field_dict["estimateNumberPrefix"] = estimate_number_prefix

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        auto_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_invoice, Unset):
            auto_invoice = self.auto_invoice.to_dict()
        if auto_invoice is not UNSET:
            field_dict["autoInvoice"] = auto_invoice

        miscellaneous_charges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.miscellaneous_charges, Unset):
            miscellaneous_charges = self.miscellaneous_charges.to_dict()
        if miscellaneous_charges is not UNSET:
            field_dict["miscellaneousCharges"] = miscellaneous_charges

        payment_schedule_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_schedule_config, Unset):
            payment_schedule_config = self.payment_schedule_config.to_dict()
        if payment_schedule_config is not UNSET:
            field_dict["paymentScheduleConfig"] = payment_schedule_config

        estimate_status: str | Unset = UNSET
        if not isinstance(self.estimate_status, Unset):
            estimate_status = self.estimate_status.value

        if estimate_status is not UNSET:
            field_dict["estimateStatus"] = estimate_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateUpdateRequest", src_dict)
        d = dict(src_dict)
        try:
            alt_id: str = d.pop("altId")
            if alt_id.__class__ is not str and not isinstance(alt_id, str):
                raise TypeError
        except Exception as exc:
            alt_id = field_error(exc, src_dict, d, "altId", "string")

        try:
            _alt_type = d.pop("altType")
            alt_type = AltType(_alt_type)

        except Exception as exc:
            alt_type = field_error(exc, src_dict, d, "altType", "string (AltType)")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            name = field_error(exc, src_dict, d, "name", "string")

        try:
            _business_details = d.pop("businessDetails")
            business_details = BusinessDetails.from_dict(_business_details)

        except Exception as exc:
            business_details = field_error(exc, src_dict, d, "businessDetails", "object (BusinessDetails)")

        try:
            currency: str = d.pop("currency")
            if currency.__class__ is not str and not isinstance(currency, str):
                raise TypeError
        except Exception as exc:
            currency = field_error(exc, src_dict, d, "currency", "string")

        items: list[EstimateItem] = []
        try:
            _items = d.pop("items")
            if _items.__class__ is not list and not isinstance(_items, list):
                raise TypeError
            items = []
            for items_item_index, items_item_data in enumerate(_items):
                try:
                    items_item = EstimateItem.from_dict(items_item_data)

                except Exception as exc:
                    item_error(exc, src_dict, d, "items", items_item_index, "object (EstimateItem)", items_item_data)
                    continue
                items.append(items_item)

        except Exception as exc:
            items = field_error(exc, src_dict, d, "items", "array of object (EstimateItem)")

        try:
            _discount = d.pop("discount")
            discount = Discount.from_dict(_discount)

        except Exception as exc:
            discount = field_error(exc, src_dict, d, "discount", "object (Discount)")

        try:
            _contact_details = d.pop("contactDetails")
            contact_details = ContactDetails.from_dict(_contact_details)

        except Exception as exc:
            contact_details = field_error(exc, src_dict, d, "contactDetails", "object (ContactDetails)")

        try:
            _frequency_settings = d.pop("frequencySettings")
            frequency_settings = EstimateFrequencySettings.from_dict(_frequency_settings)

        except Exception as exc:
            frequency_settings = field_error(
                exc, src_dict, d, "frequencySettings", "object (EstimateFrequencySettings)"
            )

        try:
            live_mode: bool | Unset = d.pop("liveMode", UNSET)
            if live_mode is not UNSET and (live_mode.__class__ is not bool and not isinstance(live_mode, bool)):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

        try:
            terms_notes: str | Unset = d.pop("termsNotes", UNSET)
            if terms_notes is not UNSET and (terms_notes.__class__ is not str and not isinstance(terms_notes, str)):
                raise TypeError
        except Exception as exc:
            terms_notes = field_error(exc, src_dict, d, "termsNotes", "string")

        try:
            title: str | Unset = d.pop("title", UNSET)
            if title is not UNSET and (title.__class__ is not str and not isinstance(title, str)):
                raise TypeError
        except Exception as exc:
            title = field_error(exc, src_dict, d, "title", "string")

        try:
            estimate_number: float | Unset = d.pop("estimateNumber", UNSET)
            if estimate_number is not UNSET and (
                estimate_number.__class__ is not float
                and estimate_number.__class__ is not int
                and (not isinstance(estimate_number, (int, float)) or isinstance(estimate_number, bool))
            ):
                raise TypeError
        except Exception as exc:
            estimate_number = field_error(exc, src_dict, d, "estimateNumber", "number")

        try:
            issue_date: str | Unset = d.pop("issueDate", UNSET)
            if issue_date is not UNSET and (issue_date.__class__ is not str and not isinstance(issue_date, str)):
                raise TypeError
        except Exception as exc:
            issue_date = field_error(exc, src_dict, d, "issueDate", "string")

        try:
            expiry_date: str | Unset = d.pop("expiryDate", UNSET)
            if expiry_date is not UNSET and (expiry_date.__class__ is not str and not isinstance(expiry_date, str)):
                raise TypeError
        except Exception as exc:
            expiry_date = field_error(exc, src_dict, d, "expiryDate", "string")

        sent_to: SentTo | Unset = UNSET
        try:
            _sent_to = d.pop("sentTo", UNSET)
            if _sent_to is not UNSET:
                sent_to = SentTo.from_dict(_sent_to)

        except Exception as exc:
            sent_to = field_error(exc, src_dict, d, "sentTo", "object (SentTo)")

        try:
            automatic_taxes_enabled: bool | Unset = d.pop("automaticTaxesEnabled", UNSET)
            if automatic_taxes_enabled is not UNSET and (
                automatic_taxes_enabled.__class__ is not bool and not isinstance(automatic_taxes_enabled, bool)
            ):
                raise TypeError
        except Exception as exc:
            automatic_taxes_enabled = field_error(exc, src_dict, d, "automaticTaxesEnabled", "boolean")

        meta: EstimateCreateRequestMeta | Unset = UNSET
        try:
            _meta = d.pop("meta", UNSET)
            if _meta is not UNSET:
                meta = EstimateCreateRequestMeta.from_dict(_meta)

        except Exception as exc:
            meta = field_error(exc, src_dict, d, "meta", "object (EstimateCreateRequestMeta)")

        send_estimate_details: EstimateSendRequest | Unset = UNSET
        try:
            _send_estimate_details = d.pop("sendEstimateDetails", UNSET)
            if _send_estimate_details is not UNSET:
                send_estimate_details = EstimateSendRequest.from_dict(_send_estimate_details)

        except Exception as exc:
            send_estimate_details = field_error(exc, src_dict, d, "sendEstimateDetails", "object (EstimateSendRequest)")

        try:
            estimate_number_prefix: str | Unset = d.pop("estimateNumberPrefix", UNSET)
            if estimate_number_prefix is not UNSET and (
                estimate_number_prefix.__class__ is not str and not isinstance(estimate_number_prefix, str)
            ):
                raise TypeError
        except Exception as exc:
            estimate_number_prefix = field_error(exc, src_dict, d, "estimateNumberPrefix", "string")

        try:
            user_id: str | Unset = d.pop("userId", UNSET)
            if user_id is not UNSET and (user_id.__class__ is not str and not isinstance(user_id, str)):
                raise TypeError
        except Exception as exc:
            user_id = field_error(exc, src_dict, d, "userId", "string")

        attachments: list[Attachment] | Unset = UNSET
        try:
            _attachments = d.pop("attachments", UNSET)
            if _attachments is not UNSET:
                if _attachments.__class__ is not list and not isinstance(_attachments, list):
                    raise TypeError
                attachments = []
                for attachments_item_index, attachments_item_data in enumerate(_attachments):
                    try:
                        attachments_item = Attachment.from_dict(attachments_item_data)

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "attachments",
                            attachments_item_index,
                            "object (Attachment)",
                            attachments_item_data,
                        )
                        continue
                    attachments.append(attachments_item)

        except Exception as exc:
            attachments = field_error(exc, src_dict, d, "attachments", "array of object (Attachment)")

        auto_invoice: EstimateAutoInvoice | Unset = UNSET
        try:
            _auto_invoice = d.pop("autoInvoice", UNSET)
            if _auto_invoice is not UNSET:
                auto_invoice = EstimateAutoInvoice.from_dict(_auto_invoice)

        except Exception as exc:
            auto_invoice = field_error(exc, src_dict, d, "autoInvoice", "object (EstimateAutoInvoice)")

        miscellaneous_charges: MiscellaneousCharges | Unset = UNSET
        try:
            _miscellaneous_charges = d.pop("miscellaneousCharges", UNSET)
            if _miscellaneous_charges is not UNSET:
                miscellaneous_charges = MiscellaneousCharges.from_dict(_miscellaneous_charges)

        except Exception as exc:
            miscellaneous_charges = field_error(
                exc, src_dict, d, "miscellaneousCharges", "object (MiscellaneousCharges)"
            )

        payment_schedule_config: EstimatePaymentScheduleConfig | Unset = UNSET
        try:
            _payment_schedule_config = d.pop("paymentScheduleConfig", UNSET)
            if _payment_schedule_config is not UNSET:
                payment_schedule_config = EstimatePaymentScheduleConfig.from_dict(_payment_schedule_config)

        except Exception as exc:
            payment_schedule_config = field_error(
                exc, src_dict, d, "paymentScheduleConfig", "object (EstimatePaymentScheduleConfig)"
            )

        estimate_status: EstimateStatusFilter | Unset = UNSET
        try:
            _estimate_status = d.pop("estimateStatus", UNSET)
            if _estimate_status is not UNSET:
                estimate_status = EstimateStatusFilter(_estimate_status)

        except Exception as exc:
            estimate_status = field_error(exc, src_dict, d, "estimateStatus", "string (EstimateStatusFilter)")

        estimate_update_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            business_details=business_details,
            currency=currency,
            items=items,
            discount=discount,
            contact_details=contact_details,
            frequency_settings=frequency_settings,
            live_mode=live_mode,
            terms_notes=terms_notes,
            title=title,
            estimate_number=estimate_number,
            issue_date=issue_date,
            expiry_date=expiry_date,
            sent_to=sent_to,
            automatic_taxes_enabled=automatic_taxes_enabled,
            meta=meta,
            send_estimate_details=send_estimate_details,
            estimate_number_prefix=estimate_number_prefix,
            user_id=user_id,
            attachments=attachments,
            auto_invoice=auto_invoice,
            miscellaneous_charges=miscellaneous_charges,
            payment_schedule_config=payment_schedule_config,
            estimate_status=estimate_status,
        )

        estimate_update_request.additional_properties = d
        return estimate_update_request

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: these models may import this one in turn.
from ..models.attachment import Attachment
from ..models.business_details import BusinessDetails
from ..models.contact_details import ContactDetails
from ..models.discount import Discount
from ..models.estimate_auto_invoice import EstimateAutoInvoice
from ..models.estimate_create_request_meta import EstimateCreateRequestMeta
from ..models.estimate_frequency_settings import EstimateFrequencySettings
from ..models.estimate_item import EstimateItem
from ..models.estimate_payment_schedule_config import EstimatePaymentScheduleConfig
from ..models.estimate_send_request import EstimateSendRequest
from ..models.miscellaneous_charges import MiscellaneousCharges
from ..models.sent_to import SentTo
