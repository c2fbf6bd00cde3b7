"""Fixtures of the server-side suite: the same as the lifecycle tests'."""

from __future__ import annotations

from highlevel_conformance.lifecycle.fixtures import _guard, client, target

__all__ = ["_guard", "client", "target"]
