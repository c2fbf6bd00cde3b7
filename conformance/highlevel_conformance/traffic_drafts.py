"""``check-traffic --drafts DIR``: for each new departure, a ``spec/QUIRKS.md`` row and a vendor bug report, drafted.

Two files per new group (``NN-<operation>-<where>.quirks-row.md`` and ``.bug-report.md``):

- the row, in the table's columns: what the vendor's documentation says (what our spec,
  transcribed from it, expects at that place), what the traffic shows, why (left for a
  person to write, with the counts), and the pointer it covers, so that once the row is
  in ``spec/QUIRKS.md`` the same traffic is explained;
- the bug report, in the shape of an issue of the vendor's tracker: a title, the
  endpoint, what the documentation promises, what the API returned, and a minimal
  example: the request line with its query, the ``Version`` header, the status, and
  the object around the departure with every other value cut short.

Everything goes through the same redaction as the report (the client's ``_errors``);
nothing is sent anywhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from highlevel_invoices.redaction import redact_json, redact_pairs, redact_string, redact_text

from .traffic import _PATH_PART, Exchange, Group, Verdict, match

_SLUG = re.compile(r"[^A-Za-z0-9]+")


def _short(value: Any) -> Any:
    if isinstance(value, dict):
        return "{...}" if value else {}
    if isinstance(value, list):
        return "[...]" if value else []
    if isinstance(value, str) and len(value) > 40:
        return value[:37] + "..."
    return value


def _excerpt(body: bytes, path: str) -> str | None:
    """The object around ``path`` in ``body`` (redacted), its other values cut short; None if not JSON."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    parts: list[str | int] = [int(i) if i else n for n, i in _PATH_PART.findall(path)]
    node, outer = data, parts[:-1]
    for part in outer:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    last = parts[-1] if parts else None
    if isinstance(node, dict):
        shown = {k: (v if k == last else _short(v)) for k, v in node.items()}
    elif isinstance(node, list) and isinstance(last, int) and last < len(node):
        shown = {f"[{last}]": node[last]}
    else:
        shown = _short(node)
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in outer).lstrip(".") or "the body"
    return f"// {where}\n{json.dumps(redact_json(shown), indent=2, ensure_ascii=False)[:2000]}"


def _request_line(ex: Exchange, secrets: list[str]) -> str:
    url = urlsplit(ex.url)
    query = urlencode(redact_pairs(parse_qsl(url.query, keep_blank_values=True), secrets))
    lines = [f"{ex.method} {url.path}{'?' + query if query else ''}"]
    lines += [f"{k}: {redact_string(v, secrets)}" for k, v in ex.request_headers if k.lower() == "version"]
    return "\n".join(lines)


def quirks_row(group: Group) -> str:
    d = group.departure
    return (
        f"<!-- drafted by highlevel-conformance check-traffic from {group.where}; give it the next id, write the "
        "why, then add it to spec/QUIRKS.md -->\n"
        f"| Q?? | the documentation: {d.operation} {d.where} is {d.expected} | the traffic: {d.got} ({d.kind}) in "
        f"{group.count} exchange{'s' if group.count != 1 else ''}; the spec: TODO (keep the documented form, or "
        f"follow the traffic) | TODO: why | `{group.pointers[-1]}` |\n"
    )


def bug_report(group: Group, secrets: list[str]) -> str:
    d, ex = group.departure, group.exchange
    matched = match(ex.method, urlsplit(ex.url).path or "/")
    endpoint = f"{matched[0].method} {matched[0].path}" if matched else f"{ex.method} {urlsplit(ex.url).path}"
    body = ex.request_body if d.part.startswith("request") else ex.response_body
    excerpt = _excerpt(body, d.path) if d.part in ("", "request body") else None
    lines = [
        f"# {endpoint}: {d.where} is not what the documentation says ({d.kind})",
        "",
        f"**Endpoint:** `{endpoint}` (operationId `{d.operation}`)",
        "",
        "## What the documentation promises",
        "",
        f"{d.where}: {d.expected} (OpenAPI: `{group.pointers[-1]}`).",
        "",
        "## What the API returned",
        "",
        f"{d.where}: {d.got}, in {group.count} of the recorded exchanges.",
        "",
        "## Minimal example (redacted)",
        "",
        "```http",
        _request_line(ex, secrets),
        "```",
        "",
        "```http",
        f"HTTP {ex.status}",
        *[f"{k}: {v}" for k, v in ex.response_headers if k.lower() == "content-type"],
        "```",
    ]
    if excerpt is not None:
        lines += ["", "```json", excerpt, "```"]
    return "\n".join(lines) + "\n"


def write_drafts(verdict: Verdict, folder: Path) -> list[Path]:
    """The drafts of every new departure of ``verdict``, written in ``folder`` (made if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number, group in enumerate(verdict.new, 1):
        d = group.departure
        stem = f"{number:02d}-{d.operation}-{_SLUG.sub('-', d.where).strip('-')[:60]}"
        for suffix, text in (
            (".quirks-row.md", quirks_row(group)),
            (".bug-report.md", bug_report(group, verdict.secrets)),
        ):
            path = folder / f"{stem}{suffix}"
            path.write_text(redact_text(redact_string(text), verdict.secrets), encoding="utf-8")
            written.append(path)
    return written
