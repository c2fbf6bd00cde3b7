"""``highlevel_sandbox`` imports its names on first use: reading the spec does not start the server."""

from __future__ import annotations

import subprocess
import sys

import highlevel_sandbox


def test_every_public_name_is_importable_and_listed() -> None:
    assert set(highlevel_sandbox.__all__) == set(highlevel_sandbox._WHERE)
    for name in highlevel_sandbox.__all__:
        assert getattr(highlevel_sandbox, name) is not None
    assert set(highlevel_sandbox.__all__) <= set(dir(highlevel_sandbox))


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        highlevel_sandbox.NoSuchName  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchName" in str(exc)
    else:
        raise AssertionError("an unknown name was found")


def test_the_spec_module_does_not_import_the_app() -> None:
    # make generate and vendor-diff read the spec through highlevel_sandbox.specs.
    code = "import sys, highlevel_sandbox.specs as s; s.load_spec(); print('highlevel_sandbox._app' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
