from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
            interval_type = RRuleIntervalType(_interval_type)

        except Exception as exc:
            field_error(exc, src_dict, "intervalType", "string (RRuleIntervalType)")

        try:
            interval: int = d.pop("interval")
            if interval.__class__ is not int and (not isinstance(interval, int) or isinstance(interval, bool)):
                if not (isinstance(interval, float) and float.is_integer(interval)):
                    raise TypeError
                interval = int(interval)
        except Exception as exc:
            field_error(exc, src_dict, "interval", "integer")

        try:
            start_date: str = d.pop("startDate")
            if start_date.__class__ is not str and not isinstance(start_date, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "startDate", "string")

        try:
            start_time: str | Unset = d.pop("startTime", UNSET)
            if start_time is not UNSET and (start_time.__class__ is not str and not isinstance(start_time, str)):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "startTime", "string")

        try:
            end_date: str | Unset = d.pop("endDate", UNSET)
            if end_date is not UNSET and (end_date.__class__ is not str and not isinstance(end_date, str)):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "endDate", "string")

        try:
            end_time: str | Unset = d.pop("endTime", UNSET)
            if end_time is not UNSET and (end_time.__class__ is not str and not isinstance(end_time, str)):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "endTime", "string")

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
            field_error(exc, src_dict, "dayOfMonth", "integer")

        day_of_week: RRuleDayOfWeek | Unset = UNSET
        try:
            _day_of_week = d.pop("dayOfWeek", UNSET)
            if _day_of_week is not UNSET:
                day_of_week = RRuleDayOfWeek(_day_of_week)

        except Exception as exc:
            field_error(exc, src_dict, "dayOfWeek", "string (RRuleDayOfWeek)")

        try:
            num_of_week: int | Unset = d.pop("numOfWeek", UNSET)
            if num_of_week is not UNSET and (
                num_of_week.__class__ is not int and (not isinstance(num_of_week, int) or isinstance(num_of_week, bool))
            ):
                if not (isinstance(num_of_week, float) and float.is_integer(num_of_week)):
                    raise TypeError
                num_of_week = int(num_of_week)
        except Exception as exc:
            field_error(exc, src_dict, "numOfWeek", "integer")

        month_of_year: RRuleMonthOfYear | Unset = UNSET
        try:
            _month_of_year = d.pop("monthOfYear", UNSET)
            if _month_of_year is not UNSET:
                month_of_year = RRuleMonthOfYear(_month_of_year)

        except Exception as exc:
            field_error(exc, src_dict, "monthOfYear", "string (RRuleMonthOfYear)")

        try:
            count: int | Unset = d.pop("count", UNSET)
            if count is not UNSET and (
                count.__class__ is not int and (not isinstance(count, int) or isinstance(count, bool))
            ):
                if not (isinstance(count, float) and float.is_integer(count)):
                    raise TypeError
                count = int(count)
        except Exception as exc:
            field_error(exc, src_dict, "count", "integer")

        try:
            days_before: int | Unset = d.pop("daysBefore", UNSET)
            if days_before is not UNSET and (
                days_before.__class__ is not int and (not isinstance(days_before, int) or isinstance(days_before, bool))
            ):
                if not (isinstance(days_before, float) and float.is_integer(days_before)):
                    raise TypeError
                days_before = int(days_before)
        except Exception as exc:
            field_error(exc, src_dict, "daysBefore", "integer")

        try:
            use_start_as_primary_user_accepted: bool | Unset = d.pop("useStartAsPrimaryUserAccepted", UNSET)
            if use_start_as_primary_user_accepted is not UNSET and (
                use_start_as_primary_user_accepted.__class__ is not bool
                and not isinstance(use_start_as_primary_user_accepted, bool)
            ):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "useStartAsPrimaryUserAccepted", "boolean")

        end_type: RRuleEndType | Unset = UNSET
        try:
            _end_type = d.pop("endType", UNSET)
            if _end_type is not UNSET:
                end_type = RRuleEndType(_end_type)

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
