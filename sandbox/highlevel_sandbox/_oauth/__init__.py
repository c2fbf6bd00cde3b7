"""OAuth 2.0 of marketplace apps: the vendor's token endpoints, and a stand-in for its authorize page.

Split as the API is (moto's per-service layout): ``state`` (``OAuthState``: apps, codes, tokens,
installs; a token resolver), ``responses`` (one method per operation of ``spec/oauth.yaml``, and the
authorize page), ``routes`` (the HTTP side: read, check with ``_routes.check_request``, answer). The
named errors are in ``_exceptions``.

Routes (mounted with ``Sandbox.add_route``, requests validated with ``spec/oauth.yaml``):

- ``GET /oauth/chooselocation``: the marketplace's authorize page. It approves at
  once, for the location given by ``location_id`` (a sandbox extension) or the first
  configured one, and redirects to ``redirect_uri?code=...&state=...``.
- ``POST /oauth/token`` (form): ``authorization_code`` and ``refresh_token`` grants,
  ``user_type`` ``Location`` (a location token) or ``Company`` (an agency token).
- ``POST /oauth/locationToken`` (form, agency token): a location token of an approved location.
- ``GET /oauth/installedLocations`` (agency token): the locations the app is installed in.
- ``GET /__sandbox/oauth``: what happened (codes, exchanges, refreshes, refusals), for tests.

Rules: a code is single-use, lives ``code_ttl`` seconds and is exchanged with the
``redirect_uri`` of its authorize request (RFC 6749 4.1.3); a refresh token is
single-use (each refresh answers a new one, the used one is refused); an access
token lives ``token_ttl`` seconds, then gets the vendor's 401 ``Invalid JWT``. A
location token reaches its location only; an agency token reaches only the agency
routes here (the API answers it 401). Tokens are opaque random strings. The state
lives in memory, under one lock; ``POST /__sandbox/reset`` does not clear it (an
app keeps its install across a data reset).
"""

from __future__ import annotations

from .responses import OAuthCall, OAuthResponses
from .routes import OAuthRoutes
from .state import (
    DEFAULT_CODE_TTL,
    DEFAULT_OAUTH_CLIENTS,
    DEFAULT_TOKEN_TTL,
    OAuthConfig,
    OAuthState,
    OAuthStats,
    parse_clients,
    parse_ttl,
)

__all__ = [
    "DEFAULT_CODE_TTL",
    "DEFAULT_OAUTH_CLIENTS",
    "DEFAULT_TOKEN_TTL",
    "OAuthCall",
    "OAuthConfig",
    "OAuthResponses",
    "OAuthRoutes",
    "OAuthState",
    "OAuthStats",
    "parse_clients",
    "parse_ttl",
]
