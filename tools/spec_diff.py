"""What changed between two versions of the spec, and whom it breaks.

Schemas are compared where they are used: each operation's parameters, request
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


def _flatten(spec: dict[str, Any], schema: Any, seen: frozenset[str]) -> tuple[dict[str, Any], frozenset[str]]:
    """A schema with its ``allOf`` branches merged (properties and required lists)."""
    schema, seen = resolve(spec, schema, seen)
    if not isinstance(schema, dict) or "allOf" not in schema:
        return schema if isinstance(schema, dict) else {}, seen
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    for branch in schema["allOf"]:
        flat, seen = _flatten(spec, branch, seen)
        props.update(flat.get("properties", {}))
        required += flat.get("required", [])
        for key in ("type", "description"):
            if key in flat and key not in merged:
                merged[key] = flat[key]
    merged["properties"], merged["required"] = props, required
    return merged, seen


def _type(schema: dict[str, Any]) -> str:
    if "oneOf" in schema or "anyOf" in schema:
        return "union"
    t = schema.get("type")
    return "/".join(t) if isinstance(t, list) else str(t) if t else "any"


@dataclass
class _Ctx:
    old: dict[str, Any]
    new: dict[str, Any]
    request: bool  # comparing what a client sends (True) or what a server answers (False)


def _compare(
    ctx: _Ctx, where: str, old: Any, new: Any, seen: tuple[frozenset[str], frozenset[str]]
) -> Iterator[Change]:
    o, so = _flatten(ctx.old, old, seen[0])
    n, sn = _flatten(ctx.new, new, seen[1])
    if _type(o) != _type(n):
        yield Change(where, "type changed", f"{_type(o)} -> {_type(n)}", True, True)
        return
    old_enum, new_enum = set(map(str, o.get("enum", []))), set(map(str, n.get("enum", [])))
    if o.get("enum") is not None or n.get("enum") is not None:
        for value in sorted(new_enum - old_enum):
            # A new value the server may now answer breaks strict clients; one it must now accept, servers.
            yield Change(where, "enum value added", value, not ctx.request, ctx.request)
        for value in sorted(old_enum - new_enum):
            yield Change(where, "enum value removed", value, ctx.request, not ctx.request)
    old_props, new_props = o.get("properties", {}), n.get("properties", {})
    old_req, new_req = set(o.get("required", [])), set(n.get("required", []))
    for name in sorted(set(old_props) - set(new_props)):
        # Callers lose the model attribute; a server need no longer handle or send it.
        yield Change(f"{where}.{name}", "field removed", "", True, False)
    for name in sorted(set(new_props) - set(old_props)):
        required = name in new_req
        if ctx.request:
            yield Change(f"{where}.{name}", "field added", "required" if required else "optional", required, True)
        else:
            yield Change(f"{where}.{name}", "field added", "required" if required else "optional", False, required)
    for name in sorted(set(old_props) & set(new_props)):
        if name in new_req and name not in old_req:
            yield Change(f"{where}.{name}", "made required", "", ctx.request, not ctx.request)
        elif name in old_req and name not in new_req:
            yield Change(f"{where}.{name}", "made optional", "", not ctx.request, ctx.request)
        yield from _compare(ctx, f"{where}.{name}", old_props[name], new_props[name], (so, sn))
    if "items" in o or "items" in n:
        yield from _compare(ctx, f"{where}[]", o.get("items", {}), n.get("items", {}), (so, sn))


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
    holder, _ = resolve(spec, holder)
    return (holder or {}).get("content", {}).get("application/json", {}).get("schema")


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
    empty: frozenset[str] = frozenset()
    for op_id in sorted(set(old_ops) & set(new_ops)):
        (om, op_path, oop), (nm, np_path, nop) = old_ops[op_id], new_ops[op_id]
        if (om, op_path) != (nm, np_path):
            changes.append(Change(op_id, "moved", f"{om.upper()} {op_path} -> {nm.upper()} {np_path}", True, True))
        request = _Ctx(old, new, request=True)
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
            changes += _compare(request, f"{op_id} {key}", old_params[key].get("schema", {}),
                                new_params[key].get("schema", {}), (empty, empty))  # fmt: skip
        old_body, new_body = _body(old, oop.get("requestBody")), _body(new, nop.get("requestBody"))
        if old_body is not None or new_body is not None:
            changes += _compare(request, f"{op_id} body:", old_body or {}, new_body or {}, (empty, empty))
        response = _Ctx(old, new, request=False)
        old_resp, new_resp = oop.get("responses", {}), nop.get("responses", {})
        for status in sorted(set(old_resp) - set(new_resp)):
            changes.append(Change(f"{op_id} {status}", "response removed", "", True, False))
        for status in sorted(set(new_resp) - set(old_resp)):
            changes.append(Change(f"{op_id} {status}", "response added", "", not status.startswith("2"), True))
        for status in sorted(set(old_resp) & set(new_resp)):
            ob, nb = _body(old, old_resp[status]), _body(new, new_resp[status])
            if ob is not None or nb is not None:
                changes += _compare(response, f"{op_id} {status}:", ob or {}, nb or {}, (empty, empty))
    return sorted(set(changes))


def report(changes: list[Change]) -> str:
    if not changes:
        return "no changes to the contract"
    client = sum(c.breaks_client for c in changes)
    server = sum(c.breaks_server for c in changes)
    lines = [f"{len(changes)} changes: {client} breaking for clients, {server} breaking for servers"]
    return "\n".join(lines + [f"  {c.line()}" for c in changes])
