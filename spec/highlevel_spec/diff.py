"""The one OpenAPI schema differ: a schema of one document beside its counterpart in another.

Both questions the project asks of two OpenAPI documents use it: ``make changes``
(``tools/spec_diff.py``: our spec at a commit against the working copy) and
``highlevel-conformance vendor-diff`` (``vendor_diff.py``: the vendor's published
document against ours). The walk is here once: ``$ref`` chains followed (a cycle
stops it), ``allOf`` branches merged (properties, required lists, type), fields
paired by name, array items, ``oneOf``/``anyOf`` branches; it yields what differs
(types, enums, fields on one side, required flags, ...) as :class:`Finding` values.
What a finding means (its wording, whom it breaks, which node it is reported at)
is the caller's.

The two callers differ in four things, each one setting of :class:`SchemaDiff`:
what a schema's type is called (``types``), whether a changed type ends the
comparison of that node (``stop_at_type_change``), whether ``oneOf``/``anyOf``
branches are compared branch by branch (``pair_branches``), and whether an array
that has an ``items`` schema on one side only is compared with an empty one
(``missing_items_empty``); ``enter`` may skip a place already compared.

The ``left`` document is the old or the vendor's; the ``right`` one the new or
ours. Every place records its JSON pointer on both sides: where it is used and
where it is defined (the end of its ``$ref`` chain), and for each field the
schema that defines it (an ``allOf`` branch, or the schema itself).

Imports: the standard library and the spec loader only.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from . import _documents as specs

Which = Literal["left", "right"]


@dataclass(frozen=True)
class Side:
    """One side's schema at a place of the walk."""

    schema: dict[str, Any]  # its $ref chain followed and its allOf branches merged
    raw: dict[str, Any]  # the node the $ref chain leads to, as written ({} when it is no mapping or loops)
    use: str  # JSON pointer of the place that uses it, before its $ref chain
    pointer: str  # JSON pointer of where it is defined, after its $ref chain
    homes: dict[str, str]  # field name -> pointer of the schema that defines it
    refs: frozenset[str]  # the $refs followed from the walk's root to here
    field_refs: dict[str, frozenset[str]]  # field name -> the $refs followed to the schema that defines it

    @property
    def properties(self) -> dict[str, Any]:
        props: dict[str, Any] = self.schema.get("properties") or {}
        return props

    @property
    def required(self) -> frozenset[str]:
        return frozenset(self.schema.get("required") or [])

    @property
    def enum(self) -> list[Any] | None:
        enum: list[Any] | None = self.schema.get("enum")
        return enum

    @property
    def enum_values(self) -> frozenset[str] | None:
        """The enum's values as strings (``1`` and ``"1"`` are one value), or ``None`` without an enum."""
        return None if self.enum is None else frozenset(map(str, self.enum))


@dataclass(frozen=True)
class Place:
    """A schema of each document that the walk compares."""

    where: str  # for a reader: "get-invoice 200:.invoiceItems[]", "POST /invoices/ request body.items[]"
    left: Side
    right: Side


@dataclass(frozen=True)
class Finding:
    """Something that differs at a place."""

    at: Place


@dataclass(frozen=True)
class TypeChanged(Finding):
    """The two schemas' types (as :meth:`SchemaDiff.types` names them) differ."""

    left_type: Hashable
    right_type: Hashable


@dataclass(frozen=True)
class EnumChanged(Finding):
    """One side has an enum and the other none, or their values differ (compared as strings)."""

    @property
    def added(self) -> list[str]:
        """Values only the right side allows, sorted."""
        return sorted((self.at.right.enum_values or frozenset()) - (self.at.left.enum_values or frozenset()))

    @property
    def removed(self) -> list[str]:
        """Values only the left side allows, sorted."""
        return sorted((self.at.left.enum_values or frozenset()) - (self.at.right.enum_values or frozenset()))


@dataclass(frozen=True)
class FieldsOnOneSide(Finding):
    """Only ``side`` lists fields; the other schema is free-form. Its fields are not compared one by one."""

    side: Which


@dataclass(frozen=True)
class FieldOnOneSide(Finding):
    """The field ``name`` is only in the schema of ``side``."""

    name: str
    side: Which


@dataclass(frozen=True)
class RequiredChanged(Finding):
    """Both schemas have the field ``name``; one requires it and the other does not."""

    name: str


@dataclass(frozen=True)
class ItemsOnOneSide(Finding):
    """Only ``side`` says what the array's items are (with ``missing_items_empty`` off)."""

    side: Which


@dataclass(frozen=True)
class BranchesDiffer(Finding):
    """``keyword`` (``oneOf``/``anyOf``) is on one side only, or with another number of branches."""

    keyword: str
    left_count: int
    right_count: int


def json_types(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema names: its ``type`` (one or a list), and ``null`` where OpenAPI 3.0's ``nullable``
    is set; empty when it names none."""
    kind = schema.get("type")
    types = set(kind) if isinstance(kind, list) else ({kind} if kind else set())
    if schema.get("nullable"):
        types.add("null")
    return frozenset(types)


def follow(document: Any, node: Any, pointer: str, refs: frozenset[str]) -> tuple[Any, str, frozenset[str]]:
    """``node``'s chain of local ``$ref``s followed: the node it leads to (``{}`` when the chain loops back to a
    ref in ``refs`` or to itself), that node's pointer, and ``refs`` with the chain's refs added."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in refs:
            return {}, pointer, refs
        refs = refs | {ref}
        node, pointer = specs.pointer(document, ref), ref
    return node, pointer, refs


def json_schema(holder: Any) -> Any:
    """The ``application/json`` schema of a request body or response (already followed), else ``None``."""
    content = (holder.get("content") if isinstance(holder, dict) else None) or {}
    return (content.get("application/json") or {}).get("schema")


class SchemaDiff:
    """Compares schemas of ``left`` (the old or the vendor's document) with schemas of ``right`` (ours)."""

    #: a changed type is the whole difference at that place: its fields, enum and items are not compared
    stop_at_type_change = False
    #: ``oneOf``/``anyOf`` compared branch by branch (else a union is only what ``types`` says of it)
    pair_branches = True
    #: an array with an ``items`` schema on one side only is compared with ``{}`` (else ``ItemsOnOneSide``)
    missing_items_empty = False

    def __init__(self, left: dict[str, Any], right: dict[str, Any]) -> None:
        self.left = left
        self.right = right

    def types(self, schema: dict[str, Any]) -> Hashable:
        """What the type of a (merged) schema is called; two places differ in type when these differ."""
        return json_types(schema)

    def enter(self, at: Place) -> bool:
        """Whether to compare this place (a caller may skip places it compared before)."""
        return True

    def side(self, which: Which, node: Any, use: str, refs: frozenset[str]) -> Side:
        """``node`` of one document (``use``: its pointer there) with its ``$ref`` chain followed and ``allOf``
        merged: properties and required lists of every branch, and the first ``type`` where it has none."""
        document = self.left if which == "left" else self.right
        raw, pointer, refs = follow(document, node, use, refs)
        if not isinstance(raw, dict):
            return Side({}, {}, use, pointer, {}, refs, {})
        own = raw.get("properties") or {}
        homes = {name: f"{pointer}/properties/{specs.escape(name)}" for name in own}
        if "allOf" not in raw:
            return Side(raw, raw, use, pointer, homes, refs, dict.fromkeys(own, refs))
        merged: dict[str, Any] = {k: v for k, v in raw.items() if k != "allOf"}
        properties: dict[str, Any] = dict(own)
        field_refs = dict.fromkeys(own, refs)
        required: list[str] = list(raw.get("required") or [])
        for index, branch in enumerate(raw["allOf"]):
            part = self.side(which, branch, f"{pointer}/allOf/{index}", refs)
            properties.update(part.properties)
            homes |= part.homes
            field_refs |= part.field_refs  # a field of a shared component is inside it: a cycle through it stops
            required += [name for name in part.required if name not in required]
            if "type" in part.schema:
                merged.setdefault("type", part.schema["type"])
        merged["properties"], merged["required"] = properties, required
        return Side(merged, raw, use, pointer, homes, refs, field_refs)

    def compare(
        self, left: Any, right: Any, where: str, *, left_use: str = "", right_use: str = ""
    ) -> Iterator[Finding]:
        """Every difference between the schema ``left`` and the schema ``right``, depth first. ``where`` names the
        place for a reader; ``left_use``/``right_use`` are the schemas' pointers in their documents."""
        yield from self._walk(left, right, where, (left_use, right_use), (frozenset(), frozenset()))

    def _walk(
        self, left: Any, right: Any, where: str, uses: tuple[str, str], refs: tuple[frozenset[str], frozenset[str]]
    ) -> Iterator[Finding]:
        at = Place(where, self.side("left", left, uses[0], refs[0]), self.side("right", right, uses[1], refs[1]))
        if not self.enter(at):
            return
        lt, rt = self.types(at.left.schema), self.types(at.right.schema)
        if lt != rt:
            yield TypeChanged(at, lt, rt)
            if self.stop_at_type_change:
                return
        if at.left.enum_values != at.right.enum_values:
            yield EnumChanged(at)
        yield from self._fields(at)
        yield from self._items(at)
        if self.pair_branches:
            yield from self._branches(at)

    def _child(
        self, at: Place, left: Any, right: Any, where: str, uses: tuple[str, str], field: str | None = None
    ) -> Iterator[Finding]:
        """A schema inside both sides' schemas at ``at``: a field (``field``), their items or a branch."""
        refs = (
            (at.left.refs, at.right.refs) if field is None else (at.left.field_refs[field], at.right.field_refs[field])
        )
        yield from self._walk(left, right, where, uses, refs)

    def _fields(self, at: Place) -> Iterator[Finding]:
        lp, rp = at.left.properties, at.right.properties
        if bool(lp) != bool(rp):
            yield FieldsOnOneSide(at, "left" if lp else "right")
            return
        for name in sorted(lp.keys() - rp.keys()):
            yield FieldOnOneSide(at, name, "left")
        for name in sorted(rp.keys() - lp.keys()):
            yield FieldOnOneSide(at, name, "right")
        for name in sorted(lp.keys() & rp.keys()):
            if (name in at.left.required) != (name in at.right.required):
                yield RequiredChanged(at, name)
            yield from self._child(at, lp[name], rp[name], f"{at.where}.{name}",
                                   (at.left.homes[name], at.right.homes[name]), name)  # fmt: skip

    def _items(self, at: Place) -> Iterator[Finding]:
        li, ri = at.left.schema.get("items"), at.right.schema.get("items")
        has = ("items" in at.left.schema, "items" in at.right.schema)
        if has == (True, True) or (any(has) and self.missing_items_empty):
            uses = (f"{at.left.pointer}/items", f"{at.right.pointer}/items")
            yield from self._child(at, li if has[0] else {}, ri if has[1] else {}, f"{at.where}[]", uses)
        elif any(has):
            yield ItemsOnOneSide(at, "left" if has[0] else "right")

    def _branches(self, at: Place) -> Iterator[Finding]:
        for keyword in ("oneOf", "anyOf"):
            lb, rb = at.left.schema.get(keyword), at.right.schema.get(keyword)
            if isinstance(lb, list) and isinstance(rb, list) and len(lb) == len(rb):
                for index, (a, b) in enumerate(zip(lb, rb, strict=True)):
                    uses = (f"{at.left.pointer}/{keyword}/{index}", f"{at.right.pointer}/{keyword}/{index}")
                    yield from self._child(at, a, b, at.where, uses)
            elif lb is not None or rb is not None:
                yield BranchesDiffer(at, keyword, len(lb) if lb else 0, len(rb) if rb else 0)
