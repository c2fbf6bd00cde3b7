from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="Attachment")


@_attrs_define(on_setattr=setters.NO_OP)
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.url, Unset):
            url = self.url
            field_dict["url"] = url

        if not isinstance(self.type_, Unset):
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.size, Unset):
            size = self.size
            field_dict["size"] = size

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
            id = field_error(exc, src_dict, d, "id", "string")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            name = field_error(exc, src_dict, d, "name", "string")

        try:
            url: str = d.pop("url")
            if url.__class__ is not str and not isinstance(url, str):
                raise TypeError
        except Exception as exc:
            url = field_error(exc, src_dict, d, "url", "string")

        try:
            type_: str = d.pop("type")
            if type_.__class__ is not str and not isinstance(type_, str):
                raise TypeError
        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string")

        try:
            size: float = d.pop("size")
            if (
                size.__class__ is not float
                and size.__class__ is not int
                and (not isinstance(size, (int, float)) or isinstance(size, bool))
            ):
                raise TypeError
        except Exception as exc:
            size = field_error(exc, src_dict, d, "size", "number")

        attachment = cls(
            id=id,
            name=name,
            url=url,
            type_=type_,
            size=size,
        )

        attachment.additional_properties = d
        return attachment

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
