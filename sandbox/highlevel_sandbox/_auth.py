"""Who a bearer token is: pluggable token -> identity resolution.

The sandbox asks its resolvers in order (``Sandbox.token_resolvers``); the first
that knows the token gives the caller's ``Identity``; none: 401. Today one
resolver, ``StaticTokens``, reads the configured ``token -> location`` map. Another
source of tokens (OAuth-issued tokens with an expiry, agency tokens) is one more
object with a ``resolve`` method, added with ``Sandbox.add_token_resolver``.
A resolver never logs or echoes a token.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

COMPANY_ID = "5DP4iH6HLkQsiKESj6rh"  # the sandbox's one company (agency): its OAuth installs and its estimates


class TokenKind(StrEnum):
    LOCATION = "location"
    AGENCY = "agency"


@dataclass(frozen=True)
class Identity:
    """The caller: the location a location token acts for (None for an agency token)."""

    location: str | None
    kind: TokenKind = TokenKind.LOCATION
    company: str | None = None


class TokenResolver(Protocol):
    def resolve(self, token: str) -> Identity | None:
        """The identity of ``token``, or None when this resolver does not know it (or it expired)."""
        ...


class StaticTokens:
    """The configured map ``token -> location id`` (``TOKENS=tokA=locA,...``); read live, so edits apply."""

    def __init__(self, tokens: Mapping[str, str]) -> None:
        self.tokens = tokens

    def resolve(self, token: str) -> Identity | None:
        location = self.tokens.get(token)
        return None if location is None else Identity(location)

    def __repr__(self) -> str:
        return f"StaticTokens({len(self.tokens)} tokens)"
