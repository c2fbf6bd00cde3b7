from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.r_rule_day_of_week import RRuleDayOfWeek
from ..models.r_rule_end_type import RRuleEndType
from ..models.r_rule_interval_type import RRuleIntervalType
from ..models.r_rule_month_of_year import RRuleMonthOfYear
from ..types import UNSET, Unset, field_error, not_an_object

T = TypeVar("T", bound="RRule")


@_attrs_define
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

    interval_type: RRuleIntervalType
    interval: int
    start_date: str
    start_time: str | Unset = UNSET
    end_date: str | Unset = UNSET
    end_time: str | Unset = UNSET
    day_of_month: int | Unset = UNSET
    day_of_week: RRuleDayOfWeek | Unset = UNSET
    num_of_week: int | Unset = UNSET
    month_of_year: RRuleMonthOfYear | Unset = UNSET
    count: int | Unset = UNSET
    days_before: int | Unset = UNSET
    use_start_as_primary_user_accepted: bool | Unset = UNSET
    end_type: RRuleEndType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval_type = self.interval_type.value

        interval = self.interval

        start_date = self.start_date

        start_time = self.start_time

        end_date = self.end_date

        end_time = self.end_time

        day_of_month = self.day_of_month

        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = self.day_of_week.value

        num_of_week = self.num_of_week

        month_of_year: str | Unset = UNSET
        if not isinstance(self.month_of_year, Unset):
            month_of_year = self.month_of_year.value

        count = self.count

        days_before = self.days_before

        use_start_as_primary_user_accepted = self.use_start_as_primary_user_accepted

        end_type: str | Unset = UNSET
        if not isinstance(self.end_type, Unset):
            end_type = self.end_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intervalType": interval_type,
                "interval": interval,
                "startDate": start_date,
            }
        )
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if num_of_week is not UNSET:
            field_dict["numOfWeek"] = num_of_week
        if month_of_year is not UNSET:
            field_dict["monthOfYear"] = month_of_year
        if count is not UNSET:
            field_dict["count"] = count
        if days_before is not UNSET:
            field_dict["daysBefore"] = days_before
        if use_start_as_primary_user_accepted is not UNSET:
            field_dict["useStartAsPrimaryUserAccepted"] = use_start_as_primary_user_accepted
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
            interval_type = cast(
                RRuleIntervalType, RRuleIntervalType._value2member_map_.get(_interval_type)
            ) or RRuleIntervalType(_interval_type)

        except Exception as exc:
            field_error(exc, src_dict, "intervalType", "string (RRuleIntervalType)")

        try:
            _interval = d.pop("interval")
            if _interval.__class__ is not int and (not isinstance(_interval, int) or isinstance(_interval, bool)):
                if not (isinstance(_interval, float) and _interval.is_integer()):
                    raise TypeError
                _interval = int(_interval)
            interval = _interval

        except Exception as exc:
            field_error(exc, src_dict, "interval", "integer")

        try:
            _start_date = d.pop("startDate")
            if _start_date.__class__ is not str and not isinstance(_start_date, str):
                raise TypeError
            start_date = _start_date

        except Exception as exc:
            field_error(exc, src_dict, "startDate", "string")

        start_time: str | Unset = UNSET
        try:
            _start_time = d.pop("startTime", UNSET)
            if _start_time is not UNSET:
                if _start_time.__class__ is not str and not isinstance(_start_time, str):
                    raise TypeError
                start_time = _start_time

        except Exception as exc:
            field_error(exc, src_dict, "startTime", "string")

        end_date: str | Unset = UNSET
        try:
            _end_date = d.pop("endDate", UNSET)
            if _end_date is not UNSET:
                if _end_date.__class__ is not str and not isinstance(_end_date, str):
                    raise TypeError
                end_date = _end_date

        except Exception as exc:
            field_error(exc, src_dict, "endDate", "string")

        end_time: str | Unset = UNSET
        try:
            _end_time = d.pop("endTime", UNSET)
            if _end_time is not UNSET:
                if _end_time.__class__ is not str and not isinstance(_end_time, str):
                    raise TypeError
                end_time = _end_time

        except Exception as exc:
            field_error(exc, src_dict, "endTime", "string")

        day_of_month: int | Unset = UNSET
        try:
            _day_of_month = d.pop("dayOfMonth", UNSET)
            if _day_of_month is not UNSET:
                if _day_of_month.__class__ is not int and (
                    not isinstance(_day_of_month, int) or isinstance(_day_of_month, bool)
                ):
                    if not (isinstance(_day_of_month, float) and _day_of_month.is_integer()):
                        raise TypeError
                    _day_of_month = int(_day_of_month)
                day_of_month = _day_of_month

        except Exception as exc:
            field_error(exc, src_dict, "dayOfMonth", "integer")

        day_of_week: RRuleDayOfWeek | Unset = UNSET
        try:
            _day_of_week = d.pop("dayOfWeek", UNSET)
            if _day_of_week is not UNSET:
                day_of_week = cast(
                    RRuleDayOfWeek, RRuleDayOfWeek._value2member_map_.get(_day_of_week)
                ) or RRuleDayOfWeek(_day_of_week)

        except Exception as exc:
            field_error(exc, src_dict, "dayOfWeek", "string (RRuleDayOfWeek)")

        num_of_week: int | Unset = UNSET
        try:
            _num_of_week = d.pop("numOfWeek", UNSET)
            if _num_of_week is not UNSET:
                if _num_of_week.__class__ is not int and (
                    not isinstance(_num_of_week, int) or isinstance(_num_of_week, bool)
                ):
                    if not (isinstance(_num_of_week, float) and _num_of_week.is_integer()):
                        raise TypeError
                    _num_of_week = int(_num_of_week)
                num_of_week = _num_of_week

        except Exception as exc:
            field_error(exc, src_dict, "numOfWeek", "integer")

        month_of_year: RRuleMonthOfYear | Unset = UNSET
        try:
            _month_of_year = d.pop("monthOfYear", UNSET)
            if _month_of_year is not UNSET:
                month_of_year = cast(
                    RRuleMonthOfYear, RRuleMonthOfYear._value2member_map_.get(_month_of_year)
                ) or RRuleMonthOfYear(_month_of_year)

        except Exception as exc:
            field_error(exc, src_dict, "monthOfYear", "string (RRuleMonthOfYear)")

        count: int | Unset = UNSET
        try:
            _count = d.pop("count", UNSET)
            if _count is not UNSET:
                if _count.__class__ is not int and (not isinstance(_count, int) or isinstance(_count, bool)):
                    if not (isinstance(_count, float) and _count.is_integer()):
                        raise TypeError
                    _count = int(_count)
                count = _count

        except Exception as exc:
            field_error(exc, src_dict, "count", "integer")

        days_before: int | Unset = UNSET
        try:
            _days_before = d.pop("daysBefore", UNSET)
            if _days_before is not UNSET:
                if _days_before.__class__ is not int and (
                    not isinstance(_days_before, int) or isinstance(_days_before, bool)
                ):
                    if not (isinstance(_days_before, float) and _days_before.is_integer()):
                        raise TypeError
                    _days_before = int(_days_before)
                days_before = _days_before

        except Exception as exc:
            field_error(exc, src_dict, "daysBefore", "integer")

        use_start_as_primary_user_accepted: bool | Unset = UNSET
        try:
            _use_start_as_primary_user_accepted = d.pop("useStartAsPrimaryUserAccepted", UNSET)
            if _use_start_as_primary_user_accepted is not UNSET:
                if _use_start_as_primary_user_accepted.__class__ is not bool and not isinstance(
                    _use_start_as_primary_user_accepted, bool
                ):
                    raise TypeError
                use_start_as_primary_user_accepted = _use_start_as_primary_user_accepted

        except Exception as exc:
            field_error(exc, src_dict, "useStartAsPrimaryUserAccepted", "boolean")

        end_type: RRuleEndType | Unset = UNSET
        try:
            _end_type = d.pop("endType", UNSET)
            if _end_type is not UNSET:
                end_type = cast(RRuleEndType, RRuleEndType._value2member_map_.get(_end_type)) or RRuleEndType(_end_type)

        except Exception as exc:
            field_error(exc, src_dict, "endType", "string (RRuleEndType)")

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
