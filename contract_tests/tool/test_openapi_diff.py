"""The one schema differ behind ``make changes`` and ``vendor-diff``: its walk and its four settings."""

from __future__ import annotations

from typing import Any

from highlevel_spec.diff import (
    BranchesDiffer,
    EnumChanged,
    FieldOnOneSide,
    FieldsOnOneSide,
    Finding,
    ItemsOnOneSide,
    Place,
    RequiredChanged,
    SchemaDiff,
    TypeChanged,
)

BASE = "#/components/schemas/Base"


def document(**schemas: Any) -> dict[str, Any]:
    return {"components": {"schemas": schemas}}


def named(kind: object) -> str:
    return str(sorted(kind)) if isinstance(kind, frozenset) else str(kind)


def findings(differ: SchemaDiff, left: Any, right: Any) -> list[tuple[str, str, str]]:
    """(class, where, the detail that tells findings apart) of each finding, in the walk's order."""

    def detail(f: Finding) -> str:
        match f:
            case TypeChanged(left_type=lt, right_type=rt):
                return f"{named(lt)} -> {named(rt)}"
            case EnumChanged() as e:
                return f"+{e.added} -{e.removed}"
            case FieldOnOneSide(name=name, side=side):
                return f"{name} {side}"
            case RequiredChanged(name=name) | FieldsOnOneSide(side=name) | ItemsOnOneSide(side=name):
                return name
            case BranchesDiffer(keyword=k, left_count=a, right_count=b):
                return f"{k} {a} {b}"
        return ""

    return [(type(f).__name__, f.at.where, detail(f)) for f in differ.compare(left, right, "x", right_use="#/r")]


def test_fields_of_allof_branches_are_merged_and_each_is_placed_in_the_schema_that_defines_it() -> None:
    base = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    left = document(Base=base)
    right = document(Base={**base, "properties": {"id": {"type": "string"}, "kind": {"enum": ["a"]}}})
    thing = {"allOf": [{"$ref": BASE}, {"properties": {"note": {"type": "string"}}, "required": ["note"]}]}
    differ = SchemaDiff(left, right)
    found = list(differ.compare(thing, {**thing, "required": ["id"]}, "x", right_use="#/r"))
    assert [(type(f).__name__, f.at.where) for f in found] == [("FieldOnOneSide", "x")]
    at = found[0].at
    assert (at.right.homes["kind"], at.right.homes["note"]) == (
        f"{BASE}/properties/kind",
        "#/r/allOf/1/properties/note",
    )
    assert at.right.required == {"id", "note"} and at.right.schema["type"] == "object"  # the first branch's type


def test_types_enums_required_flags_and_fields_on_one_side() -> None:
    left = {"type": "object", "required": ["a"], "properties": {
        "a": {"type": "string"}, "b": {"type": "integer", "enum": [1, 2]}, "gone": {}}}  # fmt: skip
    right = {"type": "object", "required": ["b"], "properties": {
        "a": {"type": "integer"}, "b": {"type": "integer", "enum": ["1", 3]}, "new": {}}}  # fmt: skip
    assert findings(SchemaDiff({}, {}), left, right) == [
        ("FieldOnOneSide", "x", "gone left"),
        ("FieldOnOneSide", "x", "new right"),
        ("RequiredChanged", "x", "a"),
        ("TypeChanged", "x.a", "['string'] -> ['integer']"),
        ("RequiredChanged", "x", "b"),
        ("EnumChanged", "x.b", "+['3'] -['2']"),  # compared as strings: 1 and "1" are one value
    ]


def test_a_free_form_side_is_one_finding_not_one_per_field() -> None:
    listed = {"type": "object", "properties": {"a": {}, "b": {}}}
    assert findings(SchemaDiff({}, {}), listed, {"type": "object"}) == [("FieldsOnOneSide", "x", "left")]


def test_openapi_3_0_nullable_is_a_type() -> None:
    assert findings(SchemaDiff({}, {}), {"type": "string", "nullable": True}, {"type": "string"}) == [
        ("TypeChanged", "x", "['null', 'string'] -> ['string']")
    ]


class ChangeReport(SchemaDiff):
    stop_at_type_change = True
    pair_branches = False
    missing_items_empty = True

    def types(self, schema: dict[str, Any]) -> str:
        return "union" if "oneOf" in schema else str(schema.get("type", "any"))


def test_the_settings_a_change_report_uses() -> None:
    retyped = ({"type": "object", "properties": {"a": {}}}, {"type": "array", "properties": {"b": {}}})
    assert findings(SchemaDiff({}, {}), *retyped) == [
        ("TypeChanged", "x", "['object'] -> ['array']"),
        ("FieldOnOneSide", "x", "a left"),
        ("FieldOnOneSide", "x", "b right"),
    ]
    assert findings(ChangeReport({}, {}), *retyped) == [("TypeChanged", "x", "object -> array")]  # stops there

    unions = ({"oneOf": [{"type": "string"}]}, {"oneOf": [{"type": "integer"}]})
    assert findings(SchemaDiff({}, {}), *unions) == [("TypeChanged", "x", "['string'] -> ['integer']")]
    assert findings(ChangeReport({}, {}), *unions) == []  # a union is one type
    assert findings(SchemaDiff({}, {}), {"oneOf": [{}]}, {"oneOf": [{}, {}]}) == [("BranchesDiffer", "x", "oneOf 1 2")]

    items = ({"type": "array", "items": {"type": "string"}}, {"type": "array"})
    assert findings(SchemaDiff({}, {}), *items) == [("ItemsOnOneSide", "x", "left")]
    assert findings(ChangeReport({}, {}), *items) == [("TypeChanged", "x[]", "string -> any")]  # against {}


def test_enter_skips_a_place_and_the_walk_below_it() -> None:
    class Once(SchemaDiff):
        def enter(self, at: Place) -> bool:
            return at.where != "x.a"

    left = {"properties": {"a": {"properties": {"b": {"type": "string"}}}, "c": {"type": "string"}}}
    right = {"properties": {"a": {"properties": {"b": {"type": "integer"}}}, "c": {"type": "integer"}}}
    assert [w for _, w, _ in findings(SchemaDiff({}, {}), left, right)] == ["x.a.b", "x.c"]
    assert [w for _, w, _ in findings(Once({}, {}), left, right)] == ["x.c"]


def test_a_cycle_stops_the_walk_at_the_first_ref_met_again() -> None:
    fields: dict[str, Any] = {"next": {"$ref": "#/components/schemas/Node"}, "v": {"type": "string"}}
    node, untyped = {"type": "object", "properties": fields}, {"type": "object", "properties": {**fields, "v": {}}}
    left, right = document(Node=node), document(Node=untyped)
    start = {"$ref": "#/components/schemas/Node"}
    assert findings(SchemaDiff(left, right), start, start) == [("TypeChanged", "x.v", "['string'] -> []")]
    # from an inline use, the walk goes once around: Node is met first under `next`
    assert findings(SchemaDiff(left, right), node, untyped) == [
        ("TypeChanged", "x.next.v", "['string'] -> []"),
        ("TypeChanged", "x.v", "['string'] -> []"),
    ]
