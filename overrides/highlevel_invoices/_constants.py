"""The client's defaults and shared names, in one place (no logic: every other module may import this one)."""

from __future__ import annotations

import httpx

from highlevel_invoices_api.models.api_version import ApiVersion

# --------------------------------------------------------------------------- where and how to call

DEFAULT_BASE_URL = "https://services.leadconnectorhq.com"
#: Read when no ``base_url=`` is given, by the clients and by ``OAuthApp``.
BASE_URL_ENV = "HIGHLEVEL_BASE_URL"
#: Read by ``HighLevel()`` when neither ``token=`` nor ``auth=`` is given.
TOKEN_ENV = "HIGHLEVEL_TOKEN"
#: The ``Version`` header sent by default; ``version="v3"`` is the other edition (QUIRKS Q27).
DEFAULT_VERSION = ApiVersion.VALUE_0.value  # "2021-07-28"
#: The values of the spec's ``ApiVersion`` enum: the editions the vendor publishes for this API.
VERSIONS = tuple(member.value for member in ApiVersion)
#: A whole call (every attempt, the waits between them, the body) ends within the largest value.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2

# --------------------------------------------------------------------------- OAuth

DEFAULT_AUTHORIZE_URL = "https://marketplace.gohighlevel.com/oauth/chooselocation"
#: Seconds before expiry at which a token is renewed (the vendor's SDKs use 30).
DEFAULT_MARGIN = 30.0
#: A request extension set by an auth flow that answers a 401 itself (it renews the token and
#: sends the request once more): the client's transport returns that 401 to the flow instead of
#: raising ``AuthenticationError``. The flow clears it before the replay, whose 401 is raised.
RETURN_401 = "highlevel_invoices.return_401"

# --------------------------------------------------------------------------- secrets

#: What a secret reads as wherever it could show: a header of an error's request, a repr, a message.
REDACTED = "[redacted]"
