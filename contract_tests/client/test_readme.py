"""The README's client examples run, as written, against a sandbox server on loopback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from highlevel_conformance.servers import running, sandbox_command
from highlevel_conformance.target import sandbox_identities

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Using the client", 1)[1].split("\n## ", 1)[0]
EXAMPLES = re.findall(r"```python\n(.*?)```", SECTION, flags=re.DOTALL)
OAUTH_SECTION = README.split("## OAuth: marketplace apps and agencies", 1)[1].split("\n## ", 1)[0]
OAUTH_EXAMPLES = re.findall(r"```python\n(.*?)```", OAUTH_SECTION, flags=re.DOTALL)


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[tuple[str, str]]:
    with running(sandbox_command()) as server:
        yield server.url, sandbox_identities()[0].token


def test_readme_has_sync_and_async_examples_of_the_four_seed_operations() -> None:
    code = "\n".join(EXAMPLES)
    for call in ("send_invoice", "text2pay_invoice", "update_invoice", "schedule_invoice_schedule"):
        assert f"hl.{call}(" in code
    assert "AsyncHighLevel" in code and "HighLevel()" in code


def test_readme_has_a_template_example() -> None:
    code = "\n".join(EXAMPLES)
    calls = ("create_invoice_template", "list_invoice_templates", "update_invoice_template_late_fees_configuration")
    for call in calls:
        assert f"hl.{call}(" in code


def test_readme_has_the_estimate_to_invoice_example() -> None:
    code = "\n".join(EXAMPLES)
    for call in ("create_new_estimate", "send_estimate", "create_invoice_from_estimate"):
        assert f"hl.{call}(" in code


def test_readme_examples_run_in_order(sandbox_env: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    base_url, token = sandbox_env
    monkeypatch.setenv("HIGHLEVEL_BASE_URL", base_url)
    monkeypatch.setenv("HIGHLEVEL_TOKEN", token)
    namespace: dict[str, object] = {"__name__": "readme"}
    for index, example in enumerate(EXAMPLES):
        exec(compile(example, f"README.md example {index + 1}", "exec"), namespace)


def test_readme_oauth_examples_run_in_order(
    sandbox_env: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The marketplace flow and the agency flow, as written, against the sandbox's OAuth endpoints."""
    base_url, _ = sandbox_env
    monkeypatch.setenv("HIGHLEVEL_BASE_URL", base_url)
    monkeypatch.chdir(tmp_path)  # the example's SQLite token store is created in the working directory
    assert len(OAUTH_EXAMPLES) == 2
    namespace: dict[str, object] = {"__name__": "readme"}
    for index, example in enumerate(OAUTH_EXAMPLES):
        exec(compile(example, f"README.md OAuth example {index + 1}", "exec"), namespace)
    from highlevel_invoices import SQLiteTokenStore

    store = SQLiteTokenStore(tmp_path / "highlevel-tokens.db")
    location, company = store.get("6578278e879ad2646715ba9c"), store.get("5DP4iH6HLkQsiKESj6rh")
    assert (location and location.user_type, company and company.user_type) == ("Location", "Company")
    # The example's callback refuses a callback whose state is not the one it kept (issue 23 item 7).
    from highlevel_invoices import OAuthStateError

    session, user_installs, url = namespace["session"], namespace["user_installs"], namespace["url"]
    assert isinstance(session, dict) and callable(user_installs)
    session["oauth_state"] = "the-state-of-another-authorization"
    with pytest.raises(OAuthStateError):
        user_installs(url)
