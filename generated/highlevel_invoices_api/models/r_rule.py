from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.r_rule_day_of_week import RRuleDayOfWeek
from ..models.r_rule_end_type import RRuleEndType
from ..models.r_rule_interval_type import RRuleIntervalType
from ..models.r_rule_month_of_year import RRuleMonthOfYear
from ..types import UNSET, Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="RRule")


def _interval_type_member(
    value: RRuleIntervalType | Literal["yearly", "monthly", "weekly", "daily", "hourly", "minutely", "secondly"],
) -> RRuleIntervalType:
    if isinstance(value, RRuleIntervalType):
        return value
    return enum_member(RRuleIntervalType, value, "RRule.interval_type")


def _day_of_week_member(
    value: RRuleDayOfWeek | Literal["mo", "tu", "we", "th", "fr", "sa", "su"] | Unset,
) -> RRuleDayOfWeek | Unset:
    if isinstance(value, (RRuleDayOfWeek, Unset)):
        return value
    return enum_member(RRuleDayOfWeek, value, "RRule.day_of_week")


def _month_of_year_member(
    value: RRuleMonthOfYear
    | Literal["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    | Unset,
) -> RRuleMonthOfYear | Unset:
    if isinstance(value, (RRuleMonthOfYear, Unset)):
        return value
    return enum_member(RRuleMonthOfYear, value, "RRule.month_of_year")


def _end_type_member(value: RRuleEndType | Literal["after", "by", "count"] | Unset) -> RRuleEndType | Unset:
    if isinstance(value, (RRuleEndType, Unset)):
        return value
    return enum_member(RRuleEndType, value, "RRule.end_type")


@_attrs_define(on_setattr=setters.NO_OP)
class RRule:
    """Recurrence rule of a schedule

    Attributes:
        interval_type (RRuleIntervalType):  Example: monthly.
        interval (int):  Example: 2.
        start_date (str): A date in YYYY-MM-DD format Example: 2023-01-01.
        start_time (str | Unset): Time of day in HH:mm:ss Example: 20:45:00.
        end_date (str | Unset): A date in YYYY-MM-DD format Example: 2023-01-01.
        end_time (str | Unset): Time of day in HH:mm:ss Example: 18:45:00.
        day_of_month (int | Unset): Day of the month, 1 to 28, or -1 for the last day Example: 15.
        day_of_week (RRuleDayOfWeek | Unset):  Example: mo.
        num_of_week (int | Unset): Week of the month, 1 to 4, or -1 for the last week Example: -1.
        month_of_year (RRuleMonthOfYear | Unset):  Example: jan.
        count (int | Unset): Number of invoices to generate (endType `count`) Example: 10.
        days_before (int | Unset): Send the invoice this many days before the due date Example: 5.
        use_start_as_primary_user_accepted (bool | Unset):  Example: True.
        end_type (RRuleEndType | Unset):  Example: by.
    """

    interval_type: RRuleIntervalType = _attrs_field(converter=_interval_type_member)
    interval: int
    start_date: str
    start_time: str | Unset = UNSET
    end_date: str | Unset = UNSET
    end_time: str | Unset = UNSET
    day_of_month: int | Unset = UNSET
    day_of_week: RRuleDayOfWeek | Unset = _attrs_field(default=UNSET, converter=_day_of_week_member)
    num_of_week: int | Unset = UNSET
    month_of_year: RRuleMonthOfYear | Unset = _attrs_field(default=UNSET, converter=_month_of_year_member)
    count: int | Unset = UNSET
    days_before: int | Unset = UNSET
    use_start_as_primary_user_accepted: bool | Unset = UNSET
    end_type: RRuleEndType | Unset = _attrs_field(default=UNSET, converter=_end_type_member)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.interval_type, Unset):
            interval_type = self.interval_type.value
            field_dict["intervalType"] = interval_type

        if not isinstance(self.interval, Unset):
            interval = self.interval
            field_dict["interval"] = interval

        if not isinstance(self.start_date, Unset):
            start_date = self.start_date
            field_dict["startDate"] = start_date

        start_time = self.start_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        end_date = self.end_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        end_time = self.end_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        day_of_month = self.day_of_month
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month

        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = self.day_of_week.value

        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week

        num_of_week = self.num_of_week
        if num_of_week is not UNSET:
            field_dict["numOfWeek"] = num_of_week

        month_of_year: str | Unset = UNSET
        if not isinstance(self.month_of_year, Unset):
            month_of_year = self.month_of_year.value

        if month_of_year is not UNSET:
            field_dict["monthOfYear"] = month_of_year

        count = self.count
        if count is not UNSET:
            field_dict["count"] = count

        days_before = self.days_before
        if days_before is not UNSET:
            field_dict["daysBefore"] = days_before

        use_start_as_primary_user_accepted = self.use_start_as_primary_user_accepted
        if use_start_as_primary_user_accepted is not UNSET:
            field_dict["useStartAsPrimaryUserAccepted"] = use_start_as_primary_user_accepted

        end_type: str | Unset = UNSET
        if not isinstance(self.end_type, Unset):
            end_type = self.end_type.value

        if end_type is not UNSET:
            field_dict["endType"] = end_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("RRule", src_dict)
        d = dict(src_dict)
        try:
            _interval_type = d.pop("intervalType")
            interval_type = RRuleIntervalType(_interval_type)

        except Exception as exc:
            interval_type = field_error(exc, src_dict, d, "intervalType", "string (RRuleIntervalType)")

        try:
            interval: int = d.pop("interval")
            if interval.__class__ is not int and (not isinstance(interval, int) or isinstance(interval, bool)):
                if not (isinstance(interval, float) and float.is_integer(interval)):
                    raise TypeError
                interval = int(interval)
        except Exception as exc:
            interval = field_error(exc, src_dict, d, "interval", "integer")

        try:
            start_date: str = d.pop("startDate")
            if start_date.__class__ is not str and not isinstance(start_date, str):
                raise TypeError
        except Exception as exc:
            start_date = field_error(exc, src_dict, d, "startDate", "string")

        try:
            start_time: str | Unset = d.pop("startTime", UNSET)
            if start_time is not UNSET and (start_time.__class__ is not str and not isinstance(start_time, str)):
                raise TypeError
        except Exception as exc:
            start_time = field_error(exc, src_dict, d, "startTime", "string")

        try:
            end_date: str | Unset = d.pop("endDate", UNSET)
            if end_date is not UNSET and (end_date.__class__ is not str and not isinstance(end_date, str)):
                raise TypeError
        except Exception as exc:
            end_date = field_error(exc, src_dict, d, "endDate", "string")

        try:
            end_time: str | Unset = d.pop("endTime", UNSET)
            if end_time is not UNSET and (end_time.__class__ is not str and not isinstance(end_time, str)):
                raise TypeError
        except Exception as exc:
            end_time = field_error(exc, src_dict, d, "endTime", "string")

        try:
            day_of_month: int | Unset = d.pop("dayOfMonth", UNSET)
            if day_of_month is not UNSET and (
                day_of_month.__class__ is not int
                and (not isinstance(day_of_month, int) or isinstance(day_of_month, bool))
            ):
                if not (isinstance(day_of_month, float) and float.is_integer(day_of_month)):
                    raise TypeError
                day_of_month = int(day_of_month)
        except Exception as exc:
            day_of_month = field_error(exc, src_dict, d, "dayOfMonth", "integer")

        day_of_week: RRuleDayOfWeek | Unset = UNSET
        try:
            _day_of_week = d.pop("dayOfWeek", UNSET)
            if _day_of_week is not UNSET:
                day_of_week = RRuleDayOfWeek(_day_of_week)

        except Exception as exc:
            day_of_week = field_error(exc, src_dict, d, "dayOfWeek", "string (RRuleDayOfWeek)")

        try:
            num_of_week: int | Unset = d.pop("numOfWeek", UNSET)
            if num_of_week is not UNSET and (
                num_of_week.__class__ is not int and (not isinstance(num_of_week, int) or isinstance(num_of_week, bool))
            ):
                if not (isinstance(num_of_week, float) and float.is_integer(num_of_week)):
                    raise TypeError
                num_of_week = int(num_of_week)
        except Exception as exc:
            num_of_week = field_error(exc, src_dict, d, "numOfWeek", "integer")

        month_of_year: RRuleMonthOfYear | Unset = UNSET
        try:
            _month_of_year = d.pop("monthOfYear", UNSET)
            if _month_of_year is not UNSET:
                month_of_year = RRuleMonthOfYear(_month_of_year)

        except Exception as exc:
            month_of_year = field_error(exc, src_dict, d, "monthOfYear", "string (RRuleMonthOfYear)")

        try:
            count: int | Unset = d.pop("count", UNSET)
            if count is not UNSET and (
                count.__class__ is not int and (not isinstance(count, int) or isinstance(count, bool))
            ):
                if not (isinstance(count, float) and float.is_integer(count)):
                    raise TypeError
                count = int(count)
        except Exception as exc:
            count = field_error(exc, src_dict, d, "count", "integer")

        try:
            days_before: int | Unset = d.pop("daysBefore", UNSET)
            if days_before is not UNSET and (
                days_before.__class__ is not int and (not isinstance(days_before, int) or isinstance(days_before, bool))
            ):
                if not (isinstance(days_before, float) and float.is_integer(days_before)):
                    raise TypeError
                days_before = int(days_before)
        except Exception as exc:
            days_before = field_error(exc, src_dict, d, "daysBefore", "integer")

        try:
            use_start_as_primary_user_accepted: bool | Unset = d.pop("useStartAsPrimaryUserAccepted", UNSET)
            if use_start_as_primary_user_accepted is not UNSET and (
                use_start_as_primary_user_accepted.__class__ is not bool
                and not isinstance(use_start_as_primary_user_accepted, bool)
            ):
                raise TypeError
        except Exception as exc:
            use_start_as_primary_user_accepted = field_error(
                exc, src_dict, d, "useStartAsPrimaryUserAccepted", "boolean"
            )

        end_type: RRuleEndType | Unset = UNSET
        try:
            _end_type = d.pop("endType", UNSET)
            if _end_type is not UNSET:
                end_type = RRuleEndType(_end_type)

        except Exception as exc:
            end_type = field_error(exc, src_dict, d, "endType", "string (RRuleEndType)")

        r_rule = cls(
            interval_type=interval_type,
            interval=interval,
            start_date=start_date,
            start_time=start_time,
            end_date=end_date,
            end_time=end_time,
            day_of_month=day_of_month,
            day_of_week=day_of_week,
            num_of_week=num_of_week,
            month_of_year=month_of_year,
            count=count,
            days_before=days_before,
            use_start_as_primary_user_accepted=use_start_as_primary_user_accepted,
            end_type=end_type,
        )

        r_rule.additional_properties = d
        return r_rule

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
