from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import field_error, not_an_object

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """An attachment of the invoice

    Attributes:
        id (str): Id of the file selected Example: 6241712be68f7a98102ba272.
        name (str): Name of the file Example: Electronics.pdf.
        url (str): URL of the file Example: https://example.com/digital-delivery.
        type_ (str): Type of the file Example: application/pdf.
        size (float): Size of the file Example: 10000.
    """

    id: str
    name: str
    url: str
    type_: str
    size: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        type_ = self.type_

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "type": type_,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("Attachment", src_dict)
        d = dict(src_dict)
        try:
            id: str = d.pop("id")
            if id.__class__ is not str and not isinstance(id, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "id", "string")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "name", "string")

        try:
            url: str = d.pop("url")
            if url.__class__ is not str and not isinstance(url, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "url", "string")

        try:
            type_: str = d.pop("type")
            if type_.__class__ is not str and not isinstance(type_, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "type", "string")

        try:
            size: float = d.pop("size")
            if (
                size.__class__ is not float
                and size.__class__ is not int
                and (not isinstance(size, (int, float)) or isinstance(size, bool))
            ):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "size", "number")

        attachment = cls(
            id=id,
            name=name,
            url=url,
            type_=type_,
            size=size,
        )

        attachment.additional_properties = d
        return attachment

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
