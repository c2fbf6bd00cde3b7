"""A client library for accessing HighLevel Invoices API (curated)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
