from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """HighLevel's error body. None of its fields is guaranteed. `message` is a
    string for 400/401/403/404/429 and a list of strings for 422 (QUIRKS Q-ERR).

        Attributes:
            status_code (int | Unset): The HTTP status code, repeated Example: 422.
            message (list[str] | str | Unset): What went wrong; one string or a list of strings Example: ['Unprocessable
                Entity'].
            error (str | Unset): The HTTP reason phrase Example: Unprocessable Entity.
    """

    status_code: int | Unset = UNSET
    message: list[str] | str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        status_code = self.status_code
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        message: list[str] | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, list):
            message = self.message

        else:
            message = self.message
        if message is not UNSET:
            field_dict["message"] = message

        error = self.error
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("ErrorResponse", src_dict)
        d = dict(src_dict)
        try:
            status_code: int | Unset = d.pop("statusCode", UNSET)
            if status_code is not UNSET and (
                status_code.__class__ is not int and (not isinstance(status_code, int) or isinstance(status_code, bool))
            ):
                if not (isinstance(status_code, float) and float.is_integer(status_code)):
                    raise TypeError
                status_code = int(status_code)
        except Exception as exc:
            status_code = field_error(exc, src_dict, d, "statusCode", "integer")

        try:

            def _parse_message(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    message_type_1 = cast(list[str], data)

                    return message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, str):
                    return cast(list[str] | str | Unset, data)
                raise TypeError(f"expected str, got {type(data).__name__}")

            message = _parse_message(d.pop("message", UNSET))

        except Exception as exc:
            message = field_error(exc, src_dict, d, "message", "list[str] | str")

        try:
            error: str | Unset = d.pop("error", UNSET)
            if error is not UNSET and (error.__class__ is not str and not isinstance(error, str)):
                raise TypeError
        except Exception as exc:
            error = field_error(exc, src_dict, d, "error", "string")

        error_response = cls(
            status_code=status_code,
            message=message,
            error=error,
        )

        error_response.additional_properties = d
        return error_response

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
