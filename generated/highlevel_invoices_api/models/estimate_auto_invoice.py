from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import UNSET, Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateAutoInvoice")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateAutoInvoice:
    """Whether an invoice is created when the customer accepts the estimate

    Attributes:
        enabled (bool): Create the invoice automatically Example: False.
        direct_payments (bool | Unset): Collect the payment directly Example: False.
    """

    enabled: bool
    direct_payments: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.enabled, Unset):
            enabled = self.enabled
            field_dict["enabled"] = enabled

        direct_payments = self.direct_payments
        if direct_payments is not UNSET:
            field_dict["directPayments"] = direct_payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateAutoInvoice", src_dict)
        d = dict(src_dict)
        try:
            enabled: bool = d.pop("enabled")
            if enabled.__class__ is not bool and not isinstance(enabled, bool):
                raise TypeError
        except Exception as exc:
            enabled = field_error(exc, src_dict, d, "enabled", "boolean")

        try:
            direct_payments: bool | Unset = d.pop("directPayments", UNSET)
            if direct_payments is not UNSET and (
                direct_payments.__class__ is not bool and not isinstance(direct_payments, bool)
            ):
                raise TypeError
        except Exception as exc:
            direct_payments = field_error(exc, src_dict, d, "directPayments", "boolean")

        estimate_auto_invoice = cls(
            enabled=enabled,
            direct_payments=direct_payments,
        )

        estimate_auto_invoice.additional_properties = d
        return estimate_auto_invoice

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
