from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..models.estimate_invoice_request_version import EstimateInvoiceRequestVersion
from ..types import UNSET, Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateInvoiceRequest")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "EstimateInvoiceRequest.alt_type")


def _version_member(
    value: EstimateInvoiceRequestVersion | Literal["v1", "v2"] | Unset,
) -> EstimateInvoiceRequestVersion | Unset:
    if isinstance(value, (EstimateInvoiceRequestVersion, Unset)):
        return value
    return enum_member(EstimateInvoiceRequestVersion, value, "EstimateInvoiceRequest.version")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateInvoiceRequest:
    """
    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        mark_as_invoiced (bool): Mark the estimate `invoiced` Example: True.
        version (EstimateInvoiceRequestVersion | Unset): Version of the invoice to create Example: v2.
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    mark_as_invoiced: bool
    version: EstimateInvoiceRequestVersion | Unset = _attrs_field(default=UNSET, converter=_version_member)
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

        if not isinstance(self.mark_as_invoiced, Unset):
            mark_as_invoiced = self.mark_as_invoiced
            field_dict["markAsInvoiced"] = mark_as_invoiced

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateInvoiceRequest", src_dict)
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
            mark_as_invoiced: bool = d.pop("markAsInvoiced")
            if mark_as_invoiced.__class__ is not bool and not isinstance(mark_as_invoiced, bool):
                raise TypeError
        except Exception as exc:
            mark_as_invoiced = field_error(exc, src_dict, d, "markAsInvoiced", "boolean")

        version: EstimateInvoiceRequestVersion | Unset = UNSET
        try:
            _version = d.pop("version", UNSET)
            if _version is not UNSET:
                version = EstimateInvoiceRequestVersion(_version)

        except Exception as exc:
            version = field_error(exc, src_dict, d, "version", "string (EstimateInvoiceRequestVersion)")

        estimate_invoice_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            mark_as_invoiced=mark_as_invoiced,
            version=version,
        )

        estimate_invoice_request.additional_properties = d
        return estimate_invoice_request

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
