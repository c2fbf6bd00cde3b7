from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateNumberResponse")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateNumberResponse:
    """
    Attributes:
        estimate_number (float): The number the next estimate of the location will take Example: 1001.
        trace_id (str): Trace Id of the request Example: 0f8c1b4e-2d3a-4c5b-8e6f-7a8b9c0d1e2f.
    """

    estimate_number: float
    trace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.estimate_number, Unset):
            estimate_number = self.estimate_number
            field_dict["estimateNumber"] = estimate_number

        if not isinstance(self.trace_id, Unset):
            trace_id = self.trace_id
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateNumberResponse", src_dict)
        d = dict(src_dict)
        try:
            estimate_number: float = d.pop("estimateNumber")
            if (
                estimate_number.__class__ is not float
                and estimate_number.__class__ is not int
                and (not isinstance(estimate_number, (int, float)) or isinstance(estimate_number, bool))
            ):
                raise TypeError
        except Exception as exc:
            estimate_number = field_error(exc, src_dict, d, "estimateNumber", "number")

        try:
            trace_id: str = d.pop("traceId")
            if trace_id.__class__ is not str and not isinstance(trace_id, str):
                raise TypeError
        except Exception as exc:
            trace_id = field_error(exc, src_dict, d, "traceId", "string")

        estimate_number_response = cls(
            estimate_number=estimate_number,
            trace_id=trace_id,
        )

        estimate_number_response.additional_properties = d
        return estimate_number_response

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
