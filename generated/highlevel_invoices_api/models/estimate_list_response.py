from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateListResponse")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateListResponse:
    """
    Attributes:
        estimates (list[Estimate]): One page of estimates (QUIRKS Q91)
        total (int): Total number of estimates that match the filters Example: 1.
        trace_id (str): Trace Id of the request Example: 0f8c1b4e-2d3a-4c5b-8e6f-7a8b9c0d1e2f.
    """

    estimates: list[Estimate]
    total: int
    trace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.estimates, Unset):
            estimates = []
            for estimates_item_data in self.estimates:
                estimates_item = estimates_item_data.to_dict()
                estimates.append(estimates_item)

            field_dict["estimates"] = estimates

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        if not isinstance(self.trace_id, Unset):
            trace_id = self.trace_id
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateListResponse", src_dict)
        d = dict(src_dict)
        estimates: list[Estimate] = []
        try:
            _estimates = d.pop("estimates")
            if _estimates.__class__ is not list and not isinstance(_estimates, list):
                raise TypeError
            estimates = []
            for estimates_item_index, estimates_item_data in enumerate(_estimates):
                try:
                    estimates_item = Estimate.from_dict(estimates_item_data)

                except Exception as exc:
                    item_error(
                        exc, src_dict, d, "estimates", estimates_item_index, "object (Estimate)", estimates_item_data
                    )
                    continue
                estimates.append(estimates_item)

        except Exception as exc:
            estimates = field_error(exc, src_dict, d, "estimates", "array of object (Estimate)")

        try:
            total: int = d.pop("total")
            if total.__class__ is not int and (not isinstance(total, int) or isinstance(total, bool)):
                if not (isinstance(total, float) and float.is_integer(total)):
                    raise TypeError
                total = int(total)
        except Exception as exc:
            total = field_error(exc, src_dict, d, "total", "integer")

        try:
            trace_id: str = d.pop("traceId")
            if trace_id.__class__ is not str and not isinstance(trace_id, str):
                raise TypeError
        except Exception as exc:
            trace_id = field_error(exc, src_dict, d, "traceId", "string")

        estimate_list_response = cls(
            estimates=estimates,
            total=total,
            trace_id=trace_id,
        )

        estimate_list_response.additional_properties = d
        return estimate_list_response

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
from ..models.estimate import Estimate
