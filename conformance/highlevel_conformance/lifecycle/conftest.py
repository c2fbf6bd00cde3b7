"""Fixtures of the lifecycle tests (shared with the repository's sandbox tests)."""

from __future__ import annotations

from .fixtures import _guard, client, target

__all__ = ["_guard", "client", "target"]
