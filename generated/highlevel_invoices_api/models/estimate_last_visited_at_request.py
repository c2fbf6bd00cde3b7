from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateLastVisitedAtRequest")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateLastVisitedAtRequest:
    """
    Attributes:
        estimate_id (str): Estimate Id Example: 6578278e879ad2646715ba9c.
    """

    estimate_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.estimate_id, Unset):
            estimate_id = self.estimate_id
            field_dict["estimateId"] = estimate_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateLastVisitedAtRequest", src_dict)
        d = dict(src_dict)
        try:
            estimate_id: str = d.pop("estimateId")
            if estimate_id.__class__ is not str and not isinstance(estimate_id, str):
                raise TypeError
        except Exception as exc:
            estimate_id = field_error(exc, src_dict, d, "estimateId", "string")

        estimate_last_visited_at_request = cls(
            estimate_id=estimate_id,
        )

        estimate_last_visited_at_request.additional_properties = d
        return estimate_last_visited_at_request

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
