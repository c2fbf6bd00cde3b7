"""2. Model decode and encode of the seed invoice and of the largest answer: ours vs pydantic v2 vs msgspec.

The peers' models are generated from the same ``spec/invoices.yaml`` by
datamodel-code-generator at run time (into a scratch folder, never committed),
so the three sides model the same schema and no schema is written twice. The
pydantic models keep unknown fields (``extra='allow'``), as ours do.

Two answers: the seed's send-invoice response (one invoice) and the largest
realistic answer of the 42 operations (``bench/largest.py``: list-invoice-schedules,
a page of 10 schedules each holding its invoice, about 16.6 KB). The figures
are information, with no target.

"decode" turns the parsed JSON (a dict) into the typed model; "encode" turns the
model back into a JSON-ready dict. The "from/to JSON bytes" rows add each
side's JSON library: ours uses orjson (``orjson.loads`` / ``orjson.dumps``),
the library our client parses and writes JSON with.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson

from highlevel_invoices_api.models.list_invoice_schedules_response import ListInvoiceSchedulesResponse
from highlevel_invoices_api.models.send_invoice_response import SendInvoiceResponse
from highlevel_spec import spec_path

from . import largest
from .harness import BIN, Row, Scale, Section, interleaved, progress
from .seed import send_invoice_example

SPEC = spec_path()
OURS, PYDANTIC, MSGSPEC = "ours (attrs, generated)", "pydantic v2", "msgspec (floor)"
OURS_BYTES = "ours (attrs, generated, with orjson)"


def generate_peer(kind: str, folder: Path) -> ModuleType:
    """The spec's models as pydantic v2 (``pydantic``) or msgspec (``msgspec``) classes."""
    output_type = {"pydantic": "pydantic_v2.BaseModel", "msgspec": "msgspec.Struct"}[kind]
    target = folder / f"peer_{kind}.py"
    extra = ["--extra-fields", "allow"] if kind == "pydantic" else []
    cmd = [str(BIN / "datamodel-codegen"), "--input", str(SPEC), "--input-file-type", "openapi",
           "--output-model-type", output_type, "--formatters", "builtin", "--disable-timestamp",
           "--output", str(target), *extra]  # fmt: skip
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"datamodel-codegen failed for {kind}:\n{result.stderr}")
    spec = importlib.util.spec_from_file_location(target.stem, target)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[target.stem] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Payload:
    """One answer to decode and encode, and the model class that each side has for it."""

    prefix: str  # "" for the seed, "largest answer, " for the other
    response: dict[str, Any]
    ours: Any  # our generated attrs class
    component: str  # the spec's schema name: the peers' class of the same name
    first_id: Callable[[Any], str]  # the first object's id, read from a decoded msgspec value


def payloads() -> tuple[list[Payload], str]:
    _, response = send_invoice_example()
    big = largest.build()
    return [
        Payload("", response, SendInvoiceResponse, "SendInvoiceResponse", lambda m: str(m.invoice.field_id)),
        Payload(
            "largest answer, ",
            big.response,
            ListInvoiceSchedulesResponse,
            "ListInvoiceSchedulesResponse",
            lambda m: str(m.schedules[0].field_id),
        ),  # fmt: skip
    ], big.note()


def run(scale: Scale) -> Section:
    section = Section("models", "2. Model decode and encode (seed send-invoice response, largest answer)")
    with tempfile.TemporaryDirectory(prefix="hl-bench-models-") as scratch:
        progress("generating the pydantic and msgspec models from the spec (datamodel-code-generator)")
        peer_pydantic = generate_peer("pydantic", Path(scratch))
        peer_msgspec = generate_peer("msgspec", Path(scratch))
    all_payloads, largest_note = payloads()
    for payload in all_payloads:
        # Fewer calls per round for the 16 KB answer, so that each round takes about as long.
        calls = scale.pick(2000, 50) if not payload.prefix else scale.pick(150, 5)
        _measure(section, payload, peer_pydantic, peer_msgspec, scale.pick(25, 3), calls)
    section.notes += [
        "Ours from and to JSON bytes use orjson (orjson.loads, orjson.dumps), the JSON library our client "
        "parses and writes with; pydantic and msgspec use their own compiled parsers.",
        largest_note,
    ]
    return section


def _measure(
    section: Section, payload: Payload, peer_pydantic: ModuleType, peer_msgspec: ModuleType, rounds: int, calls: int
) -> None:
    import msgspec

    response, model = payload.response, payload.ours
    raw = json.dumps(response).encode()
    p_model: Any = getattr(peer_pydantic, payload.component)
    m_model: Any = getattr(peer_msgspec, payload.component)
    m_decoder = msgspec.json.Decoder(m_model)
    m_encoder = msgspec.json.Encoder()

    ours = model.from_dict(response)
    pyd = p_model.model_validate(response)
    msg = m_decoder.decode(raw)
    # Each side must give back what it was given, or the timings compare different work.
    if ours.to_dict() != response:
        raise AssertionError(f"our model does not round-trip the {payload.component}")
    if pyd.model_dump(by_alias=True, exclude_unset=True, mode="json") != response:
        raise AssertionError(f"the pydantic model does not round-trip the {payload.component}")
    if payload.first_id(msg) != payload.first_id(ours):
        raise AssertionError(f"the msgspec model did not decode the {payload.component}")

    groups: dict[str, dict[str, Any]] = {
        "decode (dict -> model)": {
            OURS: lambda: model.from_dict(response),
            PYDANTIC: lambda: p_model.model_validate(response),
            MSGSPEC: lambda: msgspec.convert(response, m_model),
        },
        "encode (model -> dict)": {
            OURS: ours.to_dict,
            PYDANTIC: lambda: pyd.model_dump(by_alias=True, exclude_unset=True, mode="json"),
            MSGSPEC: lambda: msgspec.to_builtins(msg),
        },
        "decode from JSON bytes": {
            OURS_BYTES: lambda: model.from_dict(orjson.loads(raw)),
            PYDANTIC: lambda: p_model.model_validate_json(raw),
            MSGSPEC: lambda: m_decoder.decode(raw),
        },
        "encode to JSON bytes": {
            OURS_BYTES: lambda: orjson.dumps(ours.to_dict()),
            PYDANTIC: lambda: pyd.model_dump_json(by_alias=True, exclude_unset=True),
            MSGSPEC: lambda: m_encoder.encode(msg),
        },
    }
    for group, contenders in groups.items():
        progress(f"{payload.prefix}{group}: {rounds} rounds x {calls} calls")
        timings = interleaved(contenders, rounds=rounds, calls=calls)
        for name, micros in timings.items():
            section.rows.append(Row(f"{payload.prefix}{group}: {name}", micros, "µs"))
        ours_name = OURS_BYTES if "JSON bytes" in group else OURS
        ratio = timings[ours_name] / timings[PYDANTIC]
        section.notes.append(f"{payload.prefix}{group}: ours is {ratio:.3f}x pydantic.")
