from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceSettingsProductSettings")


@_attrs_define
class InvoiceSettingsProductSettings:
    """How products become invoice items

    Attributes:
        enable_import_product_description (bool | Unset):  Example: True.
        description_optional (bool | Unset):  Example: False.
    """

    enable_import_product_description: bool | Unset = UNSET
    description_optional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        enable_import_product_description = self.enable_import_product_description
        if enable_import_product_description is not UNSET:
            field_dict["enableImportProductDescription"] = enable_import_product_description

        description_optional = self.description_optional
        if description_optional is not UNSET:
            field_dict["descriptionOptional"] = description_optional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSettingsProductSettings", src_dict)
        d = dict(src_dict)
        try:
            enable_import_product_description: bool | Unset = d.pop("enableImportProductDescription", UNSET)
            if enable_import_product_description is not UNSET and (
                enable_import_product_description.__class__ is not bool
                and not isinstance(enable_import_product_description, bool)
            ):
                raise TypeError
        except Exception as exc:
            enable_import_product_description = field_error(
                exc, src_dict, d, "enableImportProductDescription", "boolean"
            )

        try:
            description_optional: bool | Unset = d.pop("descriptionOptional", UNSET)
            if description_optional is not UNSET and (
                description_optional.__class__ is not bool and not isinstance(description_optional, bool)
            ):
                raise TypeError
        except Exception as exc:
            description_optional = field_error(exc, src_dict, d, "descriptionOptional", "boolean")

        invoice_settings_product_settings = cls(
            enable_import_product_description=enable_import_product_description,
            description_optional=description_optional,
        )

        invoice_settings_product_settings.additional_properties = d
        return invoice_settings_product_settings

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
