"""Typed client for the HighLevel (LeadConnector) Invoices API."""

from __future__ import annotations

__all__: list[str] = []
