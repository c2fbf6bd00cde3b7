"""The wheel's pytest plugin (entry point ``highlevel_sandbox``): the sandbox's fixtures for users' test suites.

pytest imports every installed plugin when it starts, in every project of the
environment, so this module must import in a client-only install (no
``[sandbox]`` extra): there the fixtures exist and fail with what to install,
instead of the whole pytest run failing with ``No module named 'starlette'``.
"""

from __future__ import annotations

from typing import Any

import pytest

try:
    from highlevel_sandbox.pytest_plugin import (
        highlevel_async_client,
        highlevel_client,
        highlevel_sandbox,
        highlevel_webhooks,
    )
except ImportError as exc:  # the [sandbox] extra is not installed
    MISSING = (
        f"the highlevel_sandbox fixtures need the sandbox ({exc.name} is not installed): "
        "pip install 'highlevel-invoices[sandbox]'"
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


__all__ = ["highlevel_async_client", "highlevel_client", "highlevel_sandbox", "highlevel_webhooks"]
