"""2. Model decode and encode of the seed invoice: ours vs pydantic v2 vs msgspec.

The peers' models are generated from the same ``spec/invoices.yaml`` by
datamodel-code-generator at run time (into a scratch folder, never committed),
so the three sides model the same schema and no schema is written twice. The
pydantic models keep unknown fields (``extra='allow'``), as ours do.

"decode" turns the parsed JSON (a dict) into the typed model; "encode" turns the
model back into a JSON-ready dict. The "from/to JSON bytes" rows add each
side's JSON parser (ours: the standard library's ``json``, as the client uses).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from highlevel_invoices_api.models.send_invoice_response import SendInvoiceResponse
from highlevel_sandbox.specs import spec_path

from .harness import BIN, Row, Scale, Section, Target, interleaved, progress
from .seed import send_invoice_example

SPEC = spec_path()
OURS, PYDANTIC, MSGSPEC = "ours (attrs, generated)", "pydantic v2", "msgspec (floor)"
MAX_RATIO = 2.0


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


def run(scale: Scale) -> Section:
    import msgspec

    section = Section("models", "2. Model decode and encode (seed send-invoice response)")
    _, response = send_invoice_example()
    raw = json.dumps(response).encode()
    with tempfile.TemporaryDirectory(prefix="hl-bench-models-") as scratch:
        progress("generating the pydantic and msgspec models from the spec (datamodel-code-generator)")
        peer_pydantic = generate_peer("pydantic", Path(scratch))
        peer_msgspec = generate_peer("msgspec", Path(scratch))
    p_model: Any = peer_pydantic.SendInvoiceResponse
    m_model: Any = peer_msgspec.SendInvoiceResponse
    m_decoder = msgspec.json.Decoder(m_model)
    m_encoder = msgspec.json.Encoder()

    ours = SendInvoiceResponse.from_dict(response)
    pyd = p_model.model_validate(response)
    msg = m_decoder.decode(raw)
    # Each side must give back what it was given, or the timings compare different work.
    if ours.to_dict() != response:
        raise AssertionError("our model does not round-trip the seed response")
    if pyd.model_dump(by_alias=True, exclude_unset=True, mode="json") != response:
        raise AssertionError("the pydantic model does not round-trip the seed response")
    if msg.invoice.field_id != response["invoice"]["_id"]:
        raise AssertionError("the msgspec model did not decode the seed response")

    rounds, calls = scale.pick(25, 3), scale.pick(2000, 50)
    groups: dict[str, dict[str, Any]] = {
        "decode (dict -> model)": {
            OURS: lambda: SendInvoiceResponse.from_dict(response),
            PYDANTIC: lambda: p_model.model_validate(response),
            MSGSPEC: lambda: msgspec.convert(response, m_model),
        },
        "encode (model -> dict)": {
            OURS: ours.to_dict,
            PYDANTIC: lambda: pyd.model_dump(by_alias=True, exclude_unset=True, mode="json"),
            MSGSPEC: lambda: msgspec.to_builtins(msg),
        },
        "decode from JSON bytes": {
            OURS: lambda: SendInvoiceResponse.from_dict(json.loads(raw)),
            PYDANTIC: lambda: p_model.model_validate_json(raw),
            MSGSPEC: lambda: m_decoder.decode(raw),
        },
        "encode to JSON bytes": {
            OURS: lambda: json.dumps(ours.to_dict()).encode(),
            PYDANTIC: lambda: pyd.model_dump_json(by_alias=True, exclude_unset=True),
            MSGSPEC: lambda: m_encoder.encode(msg),
        },
    }
    for group, contenders in groups.items():
        progress(f"{group}: {rounds} rounds x {calls} calls")
        timings = interleaved(contenders, rounds=rounds, calls=calls)
        for name, micros in timings.items():
            section.rows.append(Row(f"{group}: {name}", micros, "µs"))
        ratio = timings[OURS] / timings[PYDANTIC]
        if "JSON bytes" in group:
            section.notes.append(f"{group}: ours is {ratio:.2f}x pydantic (no target: this adds the JSON library).")
        else:
            section.targets.append(Target(f"{group}: ours <= {MAX_RATIO:g}x pydantic", ratio, MAX_RATIO, "<="))
    section.notes.append(
        "The targets apply to the model layer (dict <-> model). From raw bytes, pydantic and msgspec parse JSON "
        "in compiled code while ours uses the standard library's json, which is most of the gap."
    )
    return section
