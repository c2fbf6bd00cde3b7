"""The sandbox's public names, and the spec package that the tools read without starting the sandbox."""

from __future__ import annotations

import subprocess
import sys
import types

import highlevel_sandbox


def test_every_public_name_is_importable_and_listed() -> None:
    public = {
        name
        for name, value in vars(highlevel_sandbox).items()
        if not name.startswith("_") and name != "annotations" and not isinstance(value, types.ModuleType)
    }
    assert set(highlevel_sandbox.__all__) == public
    for name in highlevel_sandbox.__all__:
        assert getattr(highlevel_sandbox, name) is not None
    assert set(highlevel_sandbox.__all__) <= set(dir(highlevel_sandbox))


def test_reading_the_spec_imports_neither_the_sandbox_nor_the_client() -> None:
    # make generate, make changes and vendor-diff read the spec (and compile a validator) through highlevel_spec.
    code = (
        "import sys, highlevel_spec as s; s.load_spec(); s.load_spec(s.OAUTH); "
        "assert not s.validator('#/components/schemas/Money').is_valid('x'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('highlevel_sandbox', 'highlevel_invoices', 'highlevel_invoices_api', 'highlevel_conformance', 'starlette')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
