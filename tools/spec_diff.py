"""What changed between two versions of the spec, and whom it breaks.

Schemas are compared where they are used (by the one schema differ,
``highlevel_spec.diff``): each operation's parameters, request
body and responses, with ``$ref`` followed, so a change to a shared component is
reported at every place it reaches (``get-invoice 200: .invoiceItems[].qty``).

Each change is classified for two audiences:

- a **client** (code that calls the API through the generated client): it
  breaks when something it sends becomes invalid (a request field or parameter
  becomes required, an enum value it may send is removed, a type changes) or
  something it reads may disappear or change (a response field is removed or
  becomes optional, a type changes, an operation is removed);
- a **server** (an implementation of the spec, like the sandbox): it breaks when
  it must accept or produce something new (an operation is added, a request
  field or enum value appears, a response field becomes required or is added as
  required, a type changes).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from highlevel_spec import resolve
from highlevel_spec.diff import (
    EnumChanged,
    FieldOnOneSide,
    FieldsOnOneSide,
    RequiredChanged,
    SchemaDiff,
    TypeChanged,
    json_schema,
)

METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True, order=True)
class Change:
    where: str  # "get-invoice 200: .invoiceItems[].qty"
    what: str  # "field removed", ...
    detail: str
    breaks_client: bool
    breaks_server: bool

    def line(self) -> str:
        who = [name for name, hit in (("client", self.breaks_client), ("server", self.breaks_server)) if hit]
        verdict = f"BREAKING for {' and '.join(who)}" if who else "compatible"
        return f"[{verdict}] {self.where}: {self.what}{f' ({self.detail})' if self.detail else ''}"


def _type(schema: dict[str, Any]) -> str:
    if "oneOf" in schema or "anyOf" in schema:
        return "union"
    t = schema.get("type")
    return "/".join(t) if isinstance(t, list) else str(t) if t else "any"


class _Differ(SchemaDiff):
    """The schema differ as a change report reads it: a changed type says it all, a union is one type."""

    stop_at_type_change = True
    pair_branches = False
    missing_items_empty = True

    def types(self, schema: dict[str, Any]) -> str:
        return _type(schema)


def _compare(differ: _Differ, where: str, old: Any, new: Any, *, request: bool) -> Iterator[Change]:
    """The changes between two schemas, for what a client sends (``request``) or what a server answers."""
    for finding in differ.compare(old, new, where):
        at = finding.at
        match finding:
            case TypeChanged(left_type=was, right_type=now):
                yield Change(at.where, "type changed", f"{was} -> {now}", True, True)
            case EnumChanged() as enum:
                for value in enum.added:
                    # A new value the server may now answer breaks strict clients; one it must now accept, servers.
                    yield Change(at.where, "enum value added", value, not request, request)
                for value in enum.removed:
                    yield Change(at.where, "enum value removed", value, request, not request)
            case FieldsOnOneSide(side="left"):
                for name in sorted(at.left.properties):
                    yield _field_removed(at.where, name)
            case FieldsOnOneSide(side="right"):
                for name in sorted(at.right.properties):
                    yield _field_added(at.where, name, name in at.right.required, request=request)
            case FieldOnOneSide(name=name, side="left"):
                yield _field_removed(at.where, name)
            case FieldOnOneSide(name=name, side="right"):
                yield _field_added(at.where, name, name in at.right.required, request=request)
            case RequiredChanged(name=name) if name in at.right.required:
                yield Change(f"{at.where}.{name}", "made required", "", request, not request)
            case RequiredChanged(name=name):
                yield Change(f"{at.where}.{name}", "made optional", "", not request, request)


def _field_removed(where: str, name: str) -> Change:
    # Callers lose the model attribute; a server need no longer handle or send it.
    return Change(f"{where}.{name}", "field removed", "", True, False)


def _field_added(where: str, name: str, required: bool, *, request: bool) -> Change:
    detail = "required" if required else "optional"
    if request:
        return Change(f"{where}.{name}", "field added", detail, required, True)
    return Change(f"{where}.{name}", "field added", detail, False, required)


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method, path, item[method])
    return found


def _params(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    params = {}
    for p in op.get("parameters", []):
        p, _ = resolve(spec, p)
        params[f"{p['in']} {p['name']}"] = p
    return params


def _body(spec: dict[str, Any], holder: Any) -> Any:
    return json_schema(resolve(spec, holder)[0])


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for op_id in sorted(set(old_ops) - set(new_ops)):
        changes.append(
            Change(op_id, "operation removed", f"{old_ops[op_id][0].upper()} {old_ops[op_id][1]}", True, False)
        )
    for op_id in sorted(set(new_ops) - set(old_ops)):
        changes.append(
            Change(op_id, "operation added", f"{new_ops[op_id][0].upper()} {new_ops[op_id][1]}", False, True)
        )
    differ = _Differ(old, new)
    for op_id in sorted(set(old_ops) & set(new_ops)):
        (om, op_path, oop), (nm, np_path, nop) = old_ops[op_id], new_ops[op_id]
        if (om, op_path) != (nm, np_path):
            changes.append(Change(op_id, "moved", f"{om.upper()} {op_path} -> {nm.upper()} {np_path}", True, True))
        old_params, new_params = _params(old, oop), _params(new, nop)
        for key in sorted(set(old_params) - set(new_params)):
            changes.append(Change(f"{op_id} {key}", "parameter removed", "", True, False))
        for key in sorted(set(new_params) - set(old_params)):
            required = bool(new_params[key].get("required"))
            changes.append(Change(f"{op_id} {key}", "parameter added", "required" if required else "optional",
                                  required, True))  # fmt: skip
        for key in sorted(set(old_params) & set(new_params)):
            was, now = bool(old_params[key].get("required")), bool(new_params[key].get("required"))
            if now and not was:
                changes.append(Change(f"{op_id} {key}", "made required", "", True, False))
            elif was and not now:
                changes.append(Change(f"{op_id} {key}", "made optional", "", False, True))
            changes += _compare(differ, f"{op_id} {key}", old_params[key].get("schema", {}),
                                new_params[key].get("schema", {}), request=True)  # fmt: skip
        old_body, new_body = _body(old, oop.get("requestBody")), _body(new, nop.get("requestBody"))
        if old_body is not None or new_body is not None:
            changes += _compare(differ, f"{op_id} body:", old_body or {}, new_body or {}, request=True)
        old_resp, new_resp = oop.get("responses", {}), nop.get("responses", {})
        for status in sorted(set(old_resp) - set(new_resp)):
            changes.append(Change(f"{op_id} {status}", "response removed", "", True, False))
        for status in sorted(set(new_resp) - set(old_resp)):
            changes.append(Change(f"{op_id} {status}", "response added", "", not status.startswith("2"), True))
        for status in sorted(set(old_resp) & set(new_resp)):
            ob, nb = _body(old, old_resp[status]), _body(new, new_resp[status])
            if ob is not None or nb is not None:
                changes += _compare(differ, f"{op_id} {status}:", ob or {}, nb or {}, request=False)
    return sorted(set(changes))


def report(changes: list[Change]) -> str:
    if not changes:
        return "no changes to the contract"
    client = sum(c.breaks_client for c in changes)
    server = sum(c.breaks_server for c in changes)
    lines = [f"{len(changes)} changes: {client} breaking for clients, {server} breaking for servers"]
    return "\n".join(lines + [f"  {c.line()}" for c in changes])
