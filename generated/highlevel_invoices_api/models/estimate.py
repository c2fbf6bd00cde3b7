from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..models.estimate_status import EstimateStatus
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="Estimate")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "Estimate.alt_type")


def _estimate_status_member(
    value: EstimateStatus | Literal["draft", "sent", "accepted", "declined", "invoiced", "viewed"] | Unset,
) -> EstimateStatus | Unset:
    if isinstance(value, (EstimateStatus, Unset)):
        return value
    return enum_member(EstimateStatus, value, "Estimate.estimate_status")


@_attrs_define(on_setattr=setters.NO_OP)
class Estimate:
    """An estimate

    Attributes:
        alt_id (str): Location Id or Agency Id Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        field_id (str): Estimate Id Example: 6578278e879ad2646715ba9c.
        live_mode (bool): Live Mode Example: False.
        deleted (bool): Whether the estimate is deleted Example: False.
        name (str): Estimate Name Example: Website redesign.
        currency (str): Currency Example: USD.
        business_details (BusinessDetails): Business Details
        items (list[EstimateItem]): The line items of the estimate (QUIRKS Q91)
        discount (Discount): Discount
        total (float): An amount of money in the invoice's currency Example: 999.
        created_at (str): created at Example: 2023-12-12T09:27:42.355Z.
        updated_at (str): updated at Example: 2023-12-12T09:27:42.355Z.
        field_v (float): Document version Example: 0.
        automatic_taxes_enabled (bool): Automatic taxes enabled for the estimate Example: False.
        company_id (str): Company (agency) Id Example: 5DP4iH6HLkQsiKESj6rh.
        contact_details (ContactDetails): Contact information to send the invoice to
        issue_date (str): Issue date in YYYY-MM-DD format Example: 2023-01-01.
        expiry_date (str): Expiry date in YYYY-MM-DD format Example: 2023-01-31.
        automatic_taxes_calculated (bool): Is Automatic taxes calculated for the estimate items Example: False.
        meta (EstimateMeta): Free-form metadata kept with the estimate Example: {}.
        estimate_action_history (list[str]): What happened to the estimate, oldest first Example: ['created', 'sent'].
        sent_to (EstimateSentTo): Where the estimate was sent (shape not documented for responses, QUIRKS Q93) Example:
            {'email': ['alex@example.com']}.
        frequency_settings (EstimateFrequencySettings): Whether and how often the estimate recurs
        last_visited_at (str): When the estimate was last visited Example: 2023-12-12T09:27:42.355Z.
        totalamount_in_usd (float): An amount of money in the invoice's currency Example: 999.
        trace_id (str): Trace Id of the request Example: 0f8c1b4e-2d3a-4c5b-8e6f-7a8b9c0d1e2f.
        title (str | Unset): Title Example: ESTIMATE.
        estimate_number_prefix (str | Unset): Prefix of the estimate number Example: EST-.
        attachments (list[Attachment] | Unset): attachments of the estimate
        updated_by (str | Unset): Id of the user who last updated the estimate Example: 6578278e879ad2646715ba9c.
        terms_notes (str | Unset): Terms notes Example: <p>This is a default terms.</p>.
        sent_by (str | Unset): Id of the user who sent the estimate Example: 6578278e879ad2646715ba9c.
        auto_invoice (EstimateAutoInvoice | Unset): Whether an invoice is created when the customer accepts the estimate
        estimate_status (EstimateStatus | Unset): Estimate Status Example: sent.
        estimate_number (float | Unset): Estimate Number (QUIRKS Q90) Example: 1001.
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    field_id: str
    live_mode: bool
    deleted: bool
    name: str
    currency: str
    business_details: BusinessDetails
    items: list[EstimateItem]
    discount: Discount
    total: float
    created_at: str
    updated_at: str
    field_v: float
    automatic_taxes_enabled: bool
    company_id: str
    contact_details: ContactDetails
    issue_date: str
    expiry_date: str
    automatic_taxes_calculated: bool
    meta: EstimateMeta
    estimate_action_history: list[str]
    sent_to: EstimateSentTo
    frequency_settings: EstimateFrequencySettings
    last_visited_at: str
    totalamount_in_usd: float
    trace_id: str
    title: str | Unset = UNSET
    estimate_number_prefix: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    updated_by: str | Unset = UNSET
    terms_notes: str | Unset = UNSET
    sent_by: str | Unset = UNSET
    auto_invoice: EstimateAutoInvoice | Unset = UNSET
    estimate_status: EstimateStatus | Unset = _attrs_field(default=UNSET, converter=_estimate_status_member)
    estimate_number: float | Unset = UNSET
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

        if not isinstance(self.field_id, Unset):
            field_id = self.field_id
            field_dict["_id"] = field_id

        if not isinstance(self.live_mode, Unset):
            live_mode = self.live_mode
            field_dict["liveMode"] = live_mode

        if not isinstance(self.deleted, Unset):
            deleted = self.deleted
            field_dict["deleted"] = deleted

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.currency, Unset):
            currency = self.currency
            field_dict["currency"] = currency

        if not isinstance(self.business_details, Unset):
            business_details = self.business_details.to_dict()
            field_dict["businessDetails"] = business_details

        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

            field_dict["items"] = items

        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
            field_dict["discount"] = discount

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        if not isinstance(self.field_v, Unset):
            field_v = self.field_v
            field_dict["__v"] = field_v

        if not isinstance(self.automatic_taxes_enabled, Unset):
            automatic_taxes_enabled = self.automatic_taxes_enabled
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled

        if not isinstance(self.company_id, Unset):
            company_id = self.company_id
            field_dict["companyId"] = company_id

        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()
            field_dict["contactDetails"] = contact_details

        if not isinstance(self.issue_date, Unset):
            issue_date = self.issue_date
            field_dict["issueDate"] = issue_date

        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date
            field_dict["expiryDate"] = expiry_date

        if not isinstance(self.automatic_taxes_calculated, Unset):
            automatic_taxes_calculated = self.automatic_taxes_calculated
            field_dict["automaticTaxesCalculated"] = automatic_taxes_calculated

        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()
            field_dict["meta"] = meta

        if not isinstance(self.estimate_action_history, Unset):
            estimate_action_history = self.estimate_action_history

            field_dict["estimateActionHistory"] = estimate_action_history

        if not isinstance(self.sent_to, Unset):
            sent_to = self.sent_to.to_dict()
            field_dict["sentTo"] = sent_to

        if not isinstance(self.frequency_settings, Unset):
            frequency_settings = self.frequency_settings.to_dict()
            field_dict["frequencySettings"] = frequency_settings

        if not isinstance(self.last_visited_at, Unset):
            last_visited_at = self.last_visited_at
            field_dict["lastVisitedAt"] = last_visited_at

        if not isinstance(self.totalamount_in_usd, Unset):
            totalamount_in_usd = self.totalamount_in_usd
            field_dict["totalamountInUSD"] = totalamount_in_usd

        if not isinstance(self.trace_id, Unset):
            trace_id = self.trace_id
            field_dict["traceId"] = trace_id

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        estimate_number_prefix = self.estimate_number_prefix
        if estimate_number_prefix is not UNSET:
            field_dict["estimateNumberPrefix"] = estimate_number_prefix

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        updated_by = self.updated_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        terms_notes = self.terms_notes
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes

        sent_by = self.sent_by
        if sent_by is not UNSET:
            field_dict["sentBy"] = sent_by

        auto_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_invoice, Unset):
            auto_invoice = self.auto_invoice.to_dict()
        if auto_invoice is not UNSET:
            field_dict["autoInvoice"] = auto_invoice

        estimate_status: str | Unset = UNSET
        if not isinstance(self.estimate_status, Unset):
            estimate_status = self.estimate_status.value

        if estimate_status is not UNSET:
            field_dict["estimateStatus"] = estimate_status

        estimate_number = self.estimate_number
        if estimate_number is not UNSET:
            field_dict["estimateNumber"] = estimate_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("Estimate", src_dict)
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
            field_id: str = d.pop("_id")
            if field_id.__class__ is not str and not isinstance(field_id, str):
                raise TypeError
        except Exception as exc:
            field_id = field_error(exc, src_dict, d, "_id", "string")

        try:
            live_mode: bool = d.pop("liveMode")
            if live_mode.__class__ is not bool and not isinstance(live_mode, bool):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

        try:
            deleted: bool = d.pop("deleted")
            if deleted.__class__ is not bool and not isinstance(deleted, bool):
                raise TypeError
        except Exception as exc:
            deleted = field_error(exc, src_dict, d, "deleted", "boolean")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            name = field_error(exc, src_dict, d, "name", "string")

        try:
            currency: str = d.pop("currency")
            if currency.__class__ is not str and not isinstance(currency, str):
                raise TypeError
        except Exception as exc:
            currency = field_error(exc, src_dict, d, "currency", "string")

        try:
            _business_details = d.pop("businessDetails")
            business_details = BusinessDetails.from_dict(_business_details)

        except Exception as exc:
            business_details = field_error(exc, src_dict, d, "businessDetails", "object (BusinessDetails)")

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
            total: float = d.pop("total")
            if (
                total.__class__ is not float
                and total.__class__ is not int
                and (not isinstance(total, (int, float)) or isinstance(total, bool))
            ):
                raise TypeError
        except Exception as exc:
            total = field_error(exc, src_dict, d, "total", "number")

        try:
            created_at: str = d.pop("createdAt")
            if created_at.__class__ is not str and not isinstance(created_at, str):
                raise TypeError
        except Exception as exc:
            created_at = field_error(exc, src_dict, d, "createdAt", "string")

        try:
            updated_at: str = d.pop("updatedAt")
            if updated_at.__class__ is not str and not isinstance(updated_at, str):
                raise TypeError
        except Exception as exc:
            updated_at = field_error(exc, src_dict, d, "updatedAt", "string")

        try:
            field_v: float = d.pop("__v")
            if (
                field_v.__class__ is not float
                and field_v.__class__ is not int
                and (not isinstance(field_v, (int, float)) or isinstance(field_v, bool))
            ):
                raise TypeError
        except Exception as exc:
            field_v = field_error(exc, src_dict, d, "__v", "number")

        try:
            automatic_taxes_enabled: bool = d.pop("automaticTaxesEnabled")
            if automatic_taxes_enabled.__class__ is not bool and not isinstance(automatic_taxes_enabled, bool):
                raise TypeError
        except Exception as exc:
            automatic_taxes_enabled = field_error(exc, src_dict, d, "automaticTaxesEnabled", "boolean")

        try:
            company_id: str = d.pop("companyId")
            if company_id.__class__ is not str and not isinstance(company_id, str):
                raise TypeError
        except Exception as exc:
            company_id = field_error(exc, src_dict, d, "companyId", "string")

        try:
            _contact_details = d.pop("contactDetails")
            contact_details = ContactDetails.from_dict(_contact_details)

        except Exception as exc:
            contact_details = field_error(exc, src_dict, d, "contactDetails", "object (ContactDetails)")

        try:
            issue_date: str = d.pop("issueDate")
            if issue_date.__class__ is not str and not isinstance(issue_date, str):
                raise TypeError
        except Exception as exc:
            issue_date = field_error(exc, src_dict, d, "issueDate", "string")

        try:
            expiry_date: str = d.pop("expiryDate")
            if expiry_date.__class__ is not str and not isinstance(expiry_date, str):
                raise TypeError
        except Exception as exc:
            expiry_date = field_error(exc, src_dict, d, "expiryDate", "string")

        try:
            automatic_taxes_calculated: bool = d.pop("automaticTaxesCalculated")
            if automatic_taxes_calculated.__class__ is not bool and not isinstance(automatic_taxes_calculated, bool):
                raise TypeError
        except Exception as exc:
            automatic_taxes_calculated = field_error(exc, src_dict, d, "automaticTaxesCalculated", "boolean")

        try:
            _meta = d.pop("meta")
            meta = EstimateMeta.from_dict(_meta)

        except Exception as exc:
            meta = field_error(exc, src_dict, d, "meta", "object (EstimateMeta)")

        estimate_action_history: list[str] = []
        try:
            _estimate_action_history = d.pop("estimateActionHistory")
            if _estimate_action_history.__class__ is not list and not isinstance(_estimate_action_history, list):
                raise TypeError
            estimate_action_history = []
            for estimate_action_history_item_index, estimate_action_history_item_data in enumerate(
                _estimate_action_history
            ):
                try:
                    if estimate_action_history_item_data.__class__ is not str and not isinstance(
                        estimate_action_history_item_data, str
                    ):
                        raise TypeError
                    estimate_action_history_item = estimate_action_history_item_data

                except Exception as exc:
                    item_error(
                        exc,
                        src_dict,
                        d,
                        "estimateActionHistory",
                        estimate_action_history_item_index,
                        "string",
                        estimate_action_history_item_data,
                    )
                    continue
                estimate_action_history.append(estimate_action_history_item)

        except Exception as exc:
            estimate_action_history = field_error(exc, src_dict, d, "estimateActionHistory", "array of string")

        try:
            _sent_to = d.pop("sentTo")
            sent_to = EstimateSentTo.from_dict(_sent_to)

        except Exception as exc:
            sent_to = field_error(exc, src_dict, d, "sentTo", "object (EstimateSentTo)")

        try:
            _frequency_settings = d.pop("frequencySettings")
            frequency_settings = EstimateFrequencySettings.from_dict(_frequency_settings)

        except Exception as exc:
            frequency_settings = field_error(
                exc, src_dict, d, "frequencySettings", "object (EstimateFrequencySettings)"
            )

        try:
            last_visited_at: str = d.pop("lastVisitedAt")
            if last_visited_at.__class__ is not str and not isinstance(last_visited_at, str):
                raise TypeError
        except Exception as exc:
            last_visited_at = field_error(exc, src_dict, d, "lastVisitedAt", "string")

        try:
            totalamount_in_usd: float = d.pop("totalamountInUSD")
            if (
                totalamount_in_usd.__class__ is not float
                and totalamount_in_usd.__class__ is not int
                and (not isinstance(totalamount_in_usd, (int, float)) or isinstance(totalamount_in_usd, bool))
            ):
                raise TypeError
        except Exception as exc:
            totalamount_in_usd = field_error(exc, src_dict, d, "totalamountInUSD", "number")

        try:
            trace_id: str = d.pop("traceId")
            if trace_id.__class__ is not str and not isinstance(trace_id, str):
                raise TypeError
        except Exception as exc:
            trace_id = field_error(exc, src_dict, d, "traceId", "string")

        try:
            title: str | Unset = d.pop("title", UNSET)
            if title is not UNSET and (title.__class__ is not str and not isinstance(title, str)):
                raise TypeError
        except Exception as exc:
            title = field_error(exc, src_dict, d, "title", "string")

        try:
            estimate_number_prefix: str | Unset = d.pop("estimateNumberPrefix", UNSET)
            if estimate_number_prefix is not UNSET and (
                estimate_number_prefix.__class__ is not str and not isinstance(estimate_number_prefix, str)
            ):
                raise TypeError
        except Exception as exc:
            estimate_number_prefix = field_error(exc, src_dict, d, "estimateNumberPrefix", "string")

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

        try:
            updated_by: str | Unset = d.pop("updatedBy", UNSET)
            if updated_by is not UNSET and (updated_by.__class__ is not str and not isinstance(updated_by, str)):
                raise TypeError
        except Exception as exc:
            updated_by = field_error(exc, src_dict, d, "updatedBy", "string")

        try:
            terms_notes: str | Unset = d.pop("termsNotes", UNSET)
            if terms_notes is not UNSET and (terms_notes.__class__ is not str and not isinstance(terms_notes, str)):
                raise TypeError
        except Exception as exc:
            terms_notes = field_error(exc, src_dict, d, "termsNotes", "string")

        try:
            sent_by: str | Unset = d.pop("sentBy", UNSET)
            if sent_by is not UNSET and (sent_by.__class__ is not str and not isinstance(sent_by, str)):
                raise TypeError
        except Exception as exc:
            sent_by = field_error(exc, src_dict, d, "sentBy", "string")

        auto_invoice: EstimateAutoInvoice | Unset = UNSET
        try:
            _auto_invoice = d.pop("autoInvoice", UNSET)
            if _auto_invoice is not UNSET:
                auto_invoice = EstimateAutoInvoice.from_dict(_auto_invoice)

        except Exception as exc:
            auto_invoice = field_error(exc, src_dict, d, "autoInvoice", "object (EstimateAutoInvoice)")

        estimate_status: EstimateStatus | Unset = UNSET
        try:
            _estimate_status = d.pop("estimateStatus", UNSET)
            if _estimate_status is not UNSET:
                estimate_status = EstimateStatus(_estimate_status)

        except Exception as exc:
            estimate_status = field_error(exc, src_dict, d, "estimateStatus", "string (EstimateStatus)")

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

        estimate = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            field_id=field_id,
            live_mode=live_mode,
            deleted=deleted,
            name=name,
            currency=currency,
            business_details=business_details,
            items=items,
            discount=discount,
            total=total,
            created_at=created_at,
            updated_at=updated_at,
            field_v=field_v,
            automatic_taxes_enabled=automatic_taxes_enabled,
            company_id=company_id,
            contact_details=contact_details,
            issue_date=issue_date,
            expiry_date=expiry_date,
            automatic_taxes_calculated=automatic_taxes_calculated,
            meta=meta,
            estimate_action_history=estimate_action_history,
            sent_to=sent_to,
            frequency_settings=frequency_settings,
            last_visited_at=last_visited_at,
            totalamount_in_usd=totalamount_in_usd,
            trace_id=trace_id,
            title=title,
            estimate_number_prefix=estimate_number_prefix,
            attachments=attachments,
            updated_by=updated_by,
            terms_notes=terms_notes,
            sent_by=sent_by,
            auto_invoice=auto_invoice,
            estimate_status=estimate_status,
            estimate_number=estimate_number,
        )

        estimate.additional_properties = d
        return estimate

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
from ..models.estimate_frequency_settings import EstimateFrequencySettings
from ..models.estimate_item import EstimateItem
from ..models.estimate_meta import EstimateMeta
from ..models.estimate_sent_to import EstimateSentTo
