"""The wheel's pytest plugin (entry point ``highlevel_sandbox``): the sandbox's fixtures for users' test suites.

pytest imports every installed plugin when it starts, in every project of the
environment, so this module must import in a client-only install (no
``[sandbox]`` extra): there the fixtures exist and fail with what to install,
instead of the whole pytest run failing with ``No module named 'starlette'``.
"""

from __future__ import annotations

import inspect
import re
import warnings
from typing import Any

import pytest

from .install import install_hint

try:
    from highlevel_sandbox.pytest_plugin import (
        highlevel_async_client,
        highlevel_client,
        highlevel_sandbox,
        highlevel_webhooks,
    )
except ImportError as exc:  # the [sandbox] extra is not installed
    MISSING = f"the highlevel_sandbox fixtures need the [sandbox] extra ({exc.name} is not installed): " + install_hint(
        "sandbox"
    )

    @pytest.fixture
    def highlevel_sandbox() -> Any:
        pytest.fail(MISSING, pytrace=False)

    @pytest.fixture
    def highlevel_client() -> Any:
        pytest.fail(MISSING, pytrace=False)

    @pytest.fixture
    def highlevel_async_client() -> Any:
        pytest.fail(MISSING, pytrace=False)

    @pytest.fixture
    def highlevel_webhooks() -> Any:
        pytest.fail(MISSING, pytrace=False)


# pytest-asyncio's reminder, printed in every run of a project that leaves the option unset.
_LOOP_SCOPE_UNSET = 'The configuration option "asyncio_default_fixture_loop_scope" is unset'


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """No pytest-asyncio deprecation warning in a project that did not ask for pytest-asyncio.

    The ``[sandbox]`` extra installs pytest-asyncio for ``highlevel_async_client``, and pytest-asyncio
    then warns in every run of every project in the environment whose configuration leaves
    ``asyncio_default_fixture_loop_scope`` unset. The fixture names its loop scope itself, so the
    option does not matter to it: while the project leaves it unset, that one warning is ignored (the
    project's own async fixtures keep pytest-asyncio's default; setting the option is still the
    project's choice, and then pytest-asyncio checks it as usual).
    """
    try:
        unset = not config.getini("asyncio_default_fixture_loop_scope")
    except ValueError:  # pytest-asyncio is not installed: no such option, and no warning
        return
    if unset:
        # Active for this run: pytest restores the filters it found when the run's configuration ends.
        warnings.filterwarnings(
            "ignore", message=re.escape(_LOOP_SCOPE_UNSET), category=pytest.PytestDeprecationWarning
        )


ASYNC_TEST_UNMARKED = (
    "an async def test that uses highlevel_async_client runs under pytest-asyncio: mark it "
    '@pytest.mark.asyncio (pytest-asyncio\'s default strict mode), or set asyncio_mode = "auto" in the '
    "project's pytest configuration (one line) and mark nothing"
)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """An unmarked async test in strict mode: say what to do, not pytest's "not natively supported"."""
    function = getattr(item, "obj", None)
    if (
        inspect.iscoroutinefunction(function)
        and "highlevel_async_client" in getattr(item, "fixturenames", ())
        and item.get_closest_marker("asyncio") is None
    ):
        pytest.fail(ASYNC_TEST_UNMARKED, pytrace=False)


__all__ = ["highlevel_async_client", "highlevel_client", "highlevel_sandbox", "highlevel_webhooks"]
