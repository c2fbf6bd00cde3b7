"""``highlevel-conformance vendor-diff PATH``: what in the vendor's published OpenAPI document differs from ours.

Operations on one side only; per shared operation (method and path, path
parameter names ignored): parameters added or removed, their required flags;
request and response bodies field by field (fields on one side only, types,
required flags, enums), recursively; response statuses on one side only.

Each difference has the JSON pointer of the node of OUR spec it concerns.
Where a ``$ref`` leads, a difference inside the shared component (a field, a
required flag, an enum) has the pointer of the component, so it is reported
once per component; a difference in how the vendor types the node itself (its
type, or fields on one side while the other is free-form) has the pointer of
the place that uses it, since the vendor types each use on its own (an item
object in a request, a string in an answer): a row covering that use then
does not hide the component's own drift. A difference is explained by the
``spec/QUIRKS.md`` row whose ``covers`` column lists its pointer or one of
its ancestors; every other difference is new, and makes the exit status 1.

The output names the vendor's edition the spec was last reconciled with
(``spec/vendor-edition.yaml``) and says whether the file read is that edition
(the sha256 of its bytes). A document whose relative ``$ref``s do not resolve
from its own folder is read as if it were in the nearest folder above from
which they do, and the output says so: the vendor's ``apps/v3/invoices-v3.json``
keeps the ``../common/common-schemas.json`` refs of ``apps/invoices.json``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

import highlevel_spec as specs
from highlevel_spec.diff import (
    BranchesDiffer,
    EnumChanged,
    FieldOnOneSide,
    FieldsOnOneSide,
    ItemsOnOneSide,
    Place,
    RequiredChanged,
    SchemaDiff,
    TypeChanged,
    follow,
    json_schema,
    json_types,
)

EDITION = "vendor-edition.yaml"
_PARAM = re.compile(r"\{[^}]*\}")
_COVERS = re.compile(r"`(#[^`]*)`")


@dataclass(frozen=True)
class Difference:
    pointer: str  # the node of our spec (or where it would be) that the difference concerns
    where: str  # for a reader: "POST /invoices/ request body.items[].price"
    text: str  # "type: vendor number, ours string"


@dataclass(frozen=True)
class Quirk:
    id: str
    covers: tuple[str, ...]

    @staticmethod
    def covers_pointer_with(cover: str, pointer: str) -> bool:
        return pointer == cover or pointer.startswith(cover.rstrip("/") + "/")

    def covers_pointer(self, pointer: str) -> bool:
        return any(self.covers_pointer_with(c, pointer) for c in self.covers)


def names_a_node(spec: dict[str, Any], cover: str) -> bool:
    """Whether the ``covers`` pointer ``cover`` ("#/...") names a node of ``spec``.

    A field the vendor documents and our spec leaves out on purpose has no node:
    it is named by the pointer it would have, ``.../properties/<name>`` under a
    ``properties`` node that ``spec`` has.
    """
    for candidate in (cover, cover.rpartition("/")[0]):
        try:
            specs.pointer(spec, candidate)
        except (KeyError, IndexError, ValueError):
            continue
        return candidate == cover or candidate.endswith("/properties")
    return False


def read_quirks(text: str) -> list[Quirk]:
    """The rows of ``spec/QUIRKS.md`` with their ``covers`` pointers (the table's last column)."""
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and re.fullmatch(r"Q\d+", cells[0]):
            rows.append(Quirk(cells[0], tuple(_COVERS.findall(cells[-1]))))
    return rows


@dataclass(frozen=True)
class EditionFile:
    path: str  # in the vendor's repository: "apps/invoices.json"
    commit: str  # the commit that last changed the file
    date: str
    sha256: str  # of the file's bytes
    version: str = ""  # the value of its Version header
    operations: int = 0


@dataclass(frozen=True)
class Edition:
    """The vendor's edition the spec was last reconciled with (``spec/vendor-edition.yaml``)."""

    repository: str
    commit: str  # the repository's commit the files were read at
    date: str
    files: tuple[EditionFile, ...]

    def describe(self) -> str:
        files = ", ".join(f"{f.path} as of {f.commit} ({f.date})" for f in self.files)
        return f"{self.repository} at {self.commit} ({self.date}): {files}"

    def same_file(self, path: Path) -> EditionFile | None:
        """The recorded file ``path`` stands for: the one its path ends with, else the one of its name."""
        parts = path.resolve().parts
        for entry in self.files:
            tail = tuple(entry.path.split("/"))
            if parts[-len(tail) :] == tail:
                return entry
        return next((f for f in self.files if f.path.rsplit("/", 1)[-1] == path.name), None)

    def compare(self, path: Path, content: bytes) -> str:
        """One line: whether ``content`` (the file at ``path``) is a file of this edition."""
        digest = hashlib.sha256(content).hexdigest()
        match = next((f for f in self.files if f.sha256 == digest), None)
        if match is not None:
            return f"edition: this file is {match.path} of that edition (same sha256)"
        entry = self.same_file(path)
        if entry is not None:
            return (f"edition: this file is not the {entry.path} the spec was reconciled with (sha256 {digest[:12]}, "
                    f"recorded {entry.sha256[:12]}): a different edition; reconcile the spec with it and update "
                    f"spec/{EDITION}")  # fmt: skip
        return f"edition: this file is none of the recorded files (sha256 {digest[:12]})"


def read_edition(text: str, source: str = f"spec/{EDITION}") -> Edition:
    """The record in ``spec/vendor-edition.yaml``; a one-line ``ValueError`` naming the field when malformed."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: not valid YAML: {exc}".replace("\n", " ")) from exc

    def text_at(node: Any, key: str, where: str) -> str:
        value = node.get(key) if isinstance(node, dict) else None
        if not isinstance(value, str) or not value:
            raise ValueError(f"{source}: {where}{key}: expected a non-empty string, got {value!r}")
        return value

    def count_at(node: dict[str, Any], key: str, where: str) -> int:
        value = node.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"{source}: {where}{key}: expected a count of operations, got {value!r}")
        return value

    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list) or not files:
        raise ValueError(f"{source}: files: expected a non-empty list of the vendor's files")
    entries = []
    for index, entry in enumerate(files):
        where = f"files[{index}]."
        path, commit, date, digest, version = (text_at(entry, key, where)
                                               for key in ("path", "commit", "date", "sha256", "version"))  # fmt: skip
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ValueError(f"{source}: {where}sha256: expected 64 hexadecimal digits, got {digest!r}")
        entries.append(EditionFile(path, commit, date, digest, version, count_at(entry, "operations", where)))
    return Edition(text_at(data, "repository", ""), text_at(data, "commit", ""), text_at(data, "date", ""),
                   tuple(entries))  # fmt: skip


def load_edition() -> Edition:
    try:
        text = specs.spec_path(EDITION).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"spec/{EDITION}: cannot read it ({exc.strerror or exc})") from exc
    return read_edition(text)


@dataclass
class Result:
    vendor: Path
    vendor_operations: int
    our_operations: int
    explained: list[tuple[Difference, str]] = field(default_factory=list)
    new: list[Difference] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the edition; how the document was read

    def lines(self) -> list[str]:
        out = [f"vendor-diff: {self.vendor} ({self.vendor_operations} operations) against our spec "
               f"({self.our_operations} operations)", *self.notes]  # fmt: skip
        for diff, quirk in self.explained:
            out.append(f"  {quirk:5} {diff.where}: {diff.text}")
        for diff in self.new:
            out.append(f"  NEW   {diff.where}: {diff.text}  [{diff.pointer}]")
        by_quirk = Counter(q for _, q in self.explained)
        ids = ", ".join(f"{q} x{n}" for q, n in sorted(by_quirk.items(), key=lambda kv: int(kv[0][1:])))
        total = len(self.explained) + len(self.new)
        out.append(
            f"summary: {total} differences: {len(self.explained)} explained by spec/QUIRKS.md"
            f"{f' ({ids})' if ids else ''}, {len(self.new)} new"
        )
        if self.new:
            out.append("each new difference needs a fix of our spec or a QUIRKS.md row whose covers column lists "
                       "its pointer (shown in brackets)")  # fmt: skip
        return out


class _Walker(SchemaDiff):
    """Compares the vendor's document (left) with ours (right), collecting differences at the nodes of ours."""

    def __init__(self, vendor: dict[str, Any], ours: dict[str, Any]) -> None:
        super().__init__(vendor, ours)
        self.vendor = vendor
        self.ours = ours
        self.found: list[Difference] = []
        self._seen: set[tuple[int, str]] = set()
        self._reported: set[tuple[str, str]] = set()

    def add(self, pointer: str, where: str, text: str) -> None:
        """One difference per node of ours and finding (the first place it was met names it)."""
        if (pointer, text) not in self._reported:
            self._reported.add((pointer, text))
            self.found.append(Difference(pointer, where, text))

    def ours_at(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Our node with its ``$ref`` chain followed, and the pointer of where it is defined."""
        node, pointer, _ = follow(self.ours, node, pointer, frozenset())
        return node, pointer

    def theirs(self, node: Any) -> Any:
        return specs.deref(self.vendor, node)

    # -- schemas ---------------------------------------------------------------------------------------------

    def enter(self, at: Place) -> bool:
        """Each vendor schema is compared with each place of ours once."""
        key = (id(at.left.raw), at.right.use)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    @staticmethod
    def _inline_branches(node: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
        return [(i, b) for i, b in enumerate(node.get("allOf") or []) if isinstance(b, dict) and "$ref" not in b]

    def _own_properties(self, node: dict[str, Any], pointer: str) -> str:
        """Where a field would be added to our schema at ``pointer``: its ``properties``, or, for a schema made
        with ``allOf``, those of its first inline branch that lists some (not those of a shared component)."""
        if "properties" not in node:
            for index, branch in self._inline_branches(node):
                if "properties" in branch:
                    return f"{pointer}/allOf/{index}/properties"
        return f"{pointer}/properties"

    def _required_at(self, node: dict[str, Any], pointer: str, name: str, home: str) -> str:
        """Where our required flag of ``name`` is set: the inline ``allOf`` branch that requires a field it does
        not define (the settings' business details require the shared component's ``name``), else the field."""
        for index, branch in self._inline_branches(node):
            if name in (branch.get("required") or []) and name not in (branch.get("properties") or {}):
                return f"{pointer}/allOf/{index}/required"
        return home

    def schema(self, theirs: Any, ours: Any, pointer: str, where: str) -> None:
        """Each difference between the vendor's schema and ours (at ``pointer``), worded, at a node of ours: a
        field's own drift at the schema that defines it; how a use is typed at the use (``Side.use``)."""
        for finding in self.compare(theirs, ours, where, right_use=pointer):
            at = finding.at
            v, o = at.left, at.right
            vt, ot = json_types(v.schema), json_types(o.schema)
            match finding:
                case TypeChanged() if vt and ot:  # a type on one side only is no difference
                    self.add(o.use, at.where, f"type: vendor {'|'.join(sorted(vt))}, ours {'|'.join(sorted(ot))}")
                case EnumChanged() if v.enum is None or o.enum is None:
                    self.add(o.pointer, at.where, f"enum: vendor {v.enum if v.enum is not None else 'none'}, "
                                                  f"ours {o.enum if o.enum is not None else 'none'}")  # fmt: skip
                case EnumChanged() as enum:
                    self.add(o.pointer, at.where,
                             f"enum: only the vendor's has {enum.removed}, only ours has {enum.added}")  # fmt: skip
                case FieldsOnOneSide(side="left"):
                    self.add(o.use, at.where, f"fields: the vendor's lists {sorted(v.properties)}, ours is free-form")
                case FieldsOnOneSide(side="right") if vt <= {"object"}:
                    self.add(o.use, at.where, f"fields: ours lists {sorted(o.properties)}, the vendor's is free-form")
                case FieldOnOneSide(name=name, side="left"):
                    self.add(f"{self._own_properties(o.raw, o.pointer)}/{specs.escape(name)}", f"{at.where}.{name}",
                             "field only in the vendor's")  # fmt: skip
                case FieldOnOneSide(name=name, side="right"):
                    self.add(o.homes[name], f"{at.where}.{name}", "field only in ours")
                case RequiredChanged(name=name):
                    self.add(self._required_at(o.raw, o.pointer, name, o.homes[name]), f"{at.where}.{name}",
                             f"required: vendor {'yes' if name in v.required else 'no'}, "
                             f"ours {'yes' if name in o.required else 'no'}")  # fmt: skip
                case ItemsOnOneSide(side=side) if "array" in vt and "array" in ot:
                    who = "only the vendor" if side == "left" else "only ours"
                    self.add(o.pointer, at.where, f"items: {who} says what they are")
                case BranchesDiffer(keyword=keyword, left_count=vn, right_count=on):
                    self.add(o.pointer, at.where, f"{keyword}: vendor {vn} branches, ours {on}")

    # -- operations ------------------------------------------------------------------------------------------

    def _params(
        self, op: dict[str, Any], item: dict[str, Any], *, ours: bool, pointer: str
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, params in (
            (pointer.rsplit("/", 1)[0], item.get("parameters", [])),
            (pointer, op.get("parameters", [])),
        ):
            for index, param in enumerate(params):
                node, where = self.ours_at(param, f"{base}/parameters/{index}") if ours else (self.theirs(param), "")
                if isinstance(node, dict) and "name" in node:
                    name = node["name"].lower() if node.get("in") == "header" else node["name"]
                    if node.get("in") == "path":
                        name = "{}"  # path parameter names may differ; their position in the path matches
                    found[(node.get("in", "?"), name)] = (node, where)
        return found

    def operation(self, label: str, vendor_op: dict[str, Any], vendor_item: dict[str, Any],
                  our_op: dict[str, Any], our_item: dict[str, Any], pointer: str) -> None:  # fmt: skip
        vparams = self._params(vendor_op, vendor_item, ours=False, pointer="")
        oparams = self._params(our_op, our_item, ours=True, pointer=pointer)
        for (where_in, name), (node, _) in vparams.items():
            if (where_in, name) not in oparams:
                self.add(f"{pointer}/parameters", f"{label} {where_in} parameter {node['name']}",
                         "parameter only in the vendor's")  # fmt: skip
        for (where_in, name), (node, ptr) in oparams.items():
            if (where_in, name) not in vparams:
                self.add(ptr, f"{label} {where_in} parameter {node['name']}", "parameter only in ours")
                continue
            theirs, _ = vparams[(where_in, name)]
            if bool(theirs.get("required")) != bool(node.get("required")):
                self.add(ptr, f"{label} {where_in} parameter {node['name']}",
                         f"required: vendor {'yes' if theirs.get('required') else 'no'}, "
                         f"ours {'yes' if node.get('required') else 'no'}")  # fmt: skip
            if "schema" in theirs and "schema" in node:
                self.schema(theirs["schema"], node["schema"], f"{ptr}/schema", f"{label} {where_in} parameter "
                            f"{node['name']}")  # fmt: skip
        vbody = self.theirs(vendor_op.get("requestBody"))
        obody, bptr = self.ours_at(our_op.get("requestBody"), f"{pointer}/requestBody")
        if isinstance(vbody, dict) and isinstance(obody, dict):
            vs, os_ = json_schema(vbody), json_schema(obody)
            if vs is not None and os_ is not None:
                self.schema(vs, os_, f"{bptr}/content/application~1json/schema", f"{label} request body")
        elif isinstance(vbody, dict) != isinstance(obody, dict):
            self.add(bptr, f"{label} request body", f"only {'the vendor' if vbody else 'ours'} has a request body")
        vresp, oresp = vendor_op.get("responses") or {}, our_op.get("responses") or {}
        for status in sorted(map(str, vresp.keys() - oresp.keys())):
            self.add(f"{pointer}/responses/{status}", f"{label} response {status}", "status only in the vendor's")
        for status in sorted(map(str, oresp.keys() - vresp.keys())):
            _, where = self.ours_at(oresp[status], f"{pointer}/responses/{status}")  # a shared response's pointer
            self.add(where, f"{label} response {status}", "status only in ours")
        for status in sorted(map(str, vresp.keys() & oresp.keys())):
            vr = self.theirs(vresp[status])
            orr, rptr = self.ours_at(oresp[status], f"{pointer}/responses/{status}")
            vs, os_ = json_schema(vr), json_schema(orr)
            if vs is not None and os_ is not None:
                self.schema(vs, os_, f"{rptr}/content/application~1json/schema", f"{label} response {status} body")


def _key(method: str, path: str) -> tuple[str, str]:
    return method.upper(), _PARAM.sub("{}", path.rstrip("/") or "/")


def compare(vendor: dict[str, Any], ours: dict[str, Any]) -> list[Difference]:
    """Every difference between the vendor's document and ours, in our spec's terms."""
    walker = _Walker(vendor, ours)
    theirs = {_key(m, p): (m, p, op) for m, p, op in specs.operations(vendor)}
    mine = {_key(m, p): (m, p, op) for m, p, op in specs.operations(ours)}
    for key in theirs.keys() - mine.keys():
        method, path, _ = theirs[key]
        walker.add(
            f"#/paths/{specs.escape(path)}/{method}", f"{method.upper()} {path}", "operation only in the vendor's"
        )
    for key in mine.keys() - theirs.keys():
        method, path, _ = mine[key]
        walker.add(f"#/paths/{specs.escape(path)}/{method}", f"{method.upper()} {path}", "operation only in ours")
    for key in sorted(theirs.keys() & mine.keys()):
        vm, vp, vop = theirs[key]
        om, op, oop = mine[key]
        walker.operation(f"{om.upper()} {op}", vop, vendor["paths"][vp], oop, ours["paths"][op],
                         f"#/paths/{specs.escape(op)}/{om}")  # fmt: skip
    return walker.found


def covering(quirks: list[Quirk], pointers: list[str]) -> str | None:
    """The id of the row that covers one of ``pointers`` (nodes of our spec), or None.

    The row with the most specific pointer wins (Q23's statusCode over Q17's whole error
    schema). ``vendor-diff`` asks it for each difference, ``check-traffic`` for each departure
    (its pointers: the place in the operation's schema and the components its ``$ref``s lead to).
    """
    found = [(max(len(c) for c in q.covers if q.covers_pointer_with(c, p)), q.id)
             for q in quirks for p in pointers if q.covers_pointer(p)]  # fmt: skip
    return max(found, key=lambda pair: pair[0])[1] if found else None


def explain(
    differences: list[Difference], quirks: list[Quirk]
) -> tuple[list[tuple[Difference, str]], list[Difference]]:
    explained, new = [], []
    for diff in differences:
        quirk = covering(quirks, [diff.pointer])
        if quirk is None:
            new.append(diff)
        else:
            explained.append((diff, quirk))
    return explained, new


def load_vendor(vendor_path: Path) -> tuple[dict[str, Any], list[str]]:
    """The vendor's document with its external ``$ref``s inlined, and a note when they had to be read from a
    folder above its own (the first, nearest, from which all of them resolve)."""
    try:
        return specs.load_bundled(vendor_path), []
    except OSError as exc:
        raise ValueError(f"{vendor_path}: cannot read it ({exc.strerror or exc})") from exc
    except ValueError as exc:
        if not isinstance(exc.__cause__, FileNotFoundError):
            raise
        first = exc
    for folder in vendor_path.resolve().parent.parents:
        try:
            bundled = specs.load_bundled(vendor_path, as_if_in=folder)
        except ValueError:
            continue
        here = vendor_path.resolve().parent
        return bundled, [f"note: its relative $refs do not resolve from {here}; read from {folder}, as if the file "
                         "were there"]  # fmt: skip
    raise first


def compare_files(
    vendor_path: Path, ours: dict[str, Any] | None = None, quirks_text: str | None = None,
    edition: Edition | None = None,
) -> Result:  # fmt: skip
    """The vendor's document (external ``$ref``s inlined, relative to it) against ours, explained by QUIRKS.md."""
    vendor, notes = load_vendor(vendor_path)
    if "paths" not in vendor:
        raise ValueError(f"{vendor_path}: not an OpenAPI document (no 'paths'); expected the vendor's OpenAPI file")
    ours = ours if ours is not None else specs.load_spec()
    text = quirks_text if quirks_text is not None else specs.spec_path("QUIRKS.md").read_text(encoding="utf-8")
    edition = edition if edition is not None else load_edition()
    notes = [f"edition: spec/ was last reconciled with {edition.describe()} (spec/{EDITION})",
             edition.compare(vendor_path, vendor_path.read_bytes()), *notes]  # fmt: skip
    explained, new = explain(compare(vendor, ours), read_quirks(text))
    return Result(vendor_path, len(specs.operations(vendor)), len(specs.operations(ours)), explained, new, notes)
