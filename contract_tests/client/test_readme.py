"""The documentation's client and OAuth examples (``docs/client.md``, ``docs/oauth.md``) and the front page's
(``README.md``) run as written, each one alone, against a sandbox server on loopback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from highlevel_conformance.servers import running, sandbox_command
from highlevel_conformance.target import sandbox_identities

ROOT = Path(__file__).resolve().parents[2]


def _examples(page: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / page).read_text(encoding="utf-8"), flags=re.DOTALL)


EXAMPLES = _examples("docs/client.md")
OAUTH_EXAMPLES = _examples("docs/oauth.md")
FRONT_PAGE_EXAMPLES = _examples("README.md")
TRAFFIC_EXAMPLES = _examples("docs/traffic.md")


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[tuple[str, str]]:
    with running(sandbox_command()) as server:
        yield server.url, sandbox_identities()[0].token


def test_the_client_page_has_sync_and_async_examples_of_the_four_seed_operations() -> None:
    code = "\n".join(EXAMPLES)
    for call in ("send_invoice", "text2pay_invoice", "update_invoice", "schedule_invoice_schedule"):
        assert f"hl.{call}(" in code
    assert "AsyncHighLevel" in code and "HighLevel()" in code


def test_the_client_page_has_a_template_example() -> None:
    code = "\n".join(EXAMPLES)
    calls = ("create_invoice_template", "list_invoice_templates", "update_invoice_template_late_fees_configuration")
    for call in calls:
        assert f"hl.{call}(" in code


def test_the_client_page_has_the_estimate_to_invoice_example() -> None:
    code = "\n".join(EXAMPLES)
    for call in ("create_new_estimate", "send_estimate", "create_invoice_from_estimate"):
        assert f"hl.{call}(" in code


@pytest.mark.parametrize(
    ("page", "index"),
    [("docs/client.md", i) for i in range(len(EXAMPLES))]
    + [("README.md", i) for i in range(len(FRONT_PAGE_EXAMPLES))]
    + [("docs/traffic.md", i) for i in range(len(TRAFFIC_EXAMPLES))],
)
def test_each_client_example_runs_alone(
    page: str, index: int, sandbox_env: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Copied on its own into a fresh interpreter, an example runs: it names everything it uses."""
    base_url, token = sandbox_env
    monkeypatch.setenv("HIGHLEVEL_BASE_URL", base_url)
    monkeypatch.setenv("HIGHLEVEL_TOKEN", token)
    monkeypatch.chdir(tmp_path)  # what an example writes (the traffic page's traffic.har) lands here
    example = {"docs/client.md": EXAMPLES, "README.md": FRONT_PAGE_EXAMPLES, "docs/traffic.md": TRAFFIC_EXAMPLES}[page][
        index
    ]
    exec(compile(example, f"{page} example {index + 1}", "exec"), {"__name__": "readme"})
    if page == "docs/traffic.md":
        assert (tmp_path / "traffic.har").stat().st_size > 0


def test_the_front_page_shows_the_client() -> None:
    assert len(FRONT_PAGE_EXAMPLES) == 1 and "HighLevel()" in FRONT_PAGE_EXAMPLES[0]


def test_readme_oauth_examples_run_in_order(
    sandbox_env: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The marketplace flow and the agency flow, as written, against the sandbox's OAuth endpoints."""
    base_url, _ = sandbox_env
    monkeypatch.setenv("HIGHLEVEL_BASE_URL", base_url)
    monkeypatch.chdir(tmp_path)  # the example's SQLite token store is created in the working directory
    assert len(OAUTH_EXAMPLES) == 2
    namespaces: list[dict[str, object]] = []
    for index, example in enumerate(OAUTH_EXAMPLES):  # each alone, in a namespace of its own
        namespaces.append({"__name__": "readme"})
        exec(compile(example, f"docs/oauth.md example {index + 1}", "exec"), namespaces[-1])
    namespace = namespaces[0]
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
