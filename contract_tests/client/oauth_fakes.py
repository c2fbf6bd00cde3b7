"""A fake HighLevel for the OAuth client tests: the token endpoints and one API route, as a MockTransport handler.

It behaves as the facts sheet says the vendor does: codes are single-use,
refresh tokens rotate (the used one is refused), an access token the server no
longer knows gets 401 ``Invalid JWT``. It counts what it did, so a test says
``issuer.refreshes == 1``. Every secret it hands out is remembered in
``secrets`` for the leak tests.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from typing import Any
from urllib.parse import parse_qsl

import httpx

from . import helpers

CLIENT_ID = "65ba1c3a8f4e2d0012ab34cd-app"
CLIENT_SECRET = "sec-CLIENT-7c4e5a6b0d1f"
COMPANY = "tDtDnQdgm2LXpyiqYvZ6"
LOCATION = "6578278e879ad2646715ba9c"
OTHER_LOCATION = "l1C08ntBrFjLS0elLIYU"


class FakeHighLevel:
    def __init__(self, *, expires_in: float = 3600.0, delay: float = 0.0) -> None:
        self.expires_in = expires_in
        self.delay = delay  # seconds the token endpoint takes: concurrent callers pile up meanwhile
        self.lock = threading.Lock()
        self.counter = itertools.count(1)
        self.codes: dict[str, str] = {}  # code -> user type
        self.refresh_tokens: dict[str, str] = {}  # valid refresh token -> user type
        self.access_tokens: dict[str, str] = {}  # valid access token -> user type
        self.secrets: list[str] = [CLIENT_SECRET]
        self.refreshes = 0
        self.refused_refreshes = 0
        self.location_tokens = 0
        self.api_calls = 0

    def new_code(self, user_type: str = "Location") -> str:
        code = f"sec-CODE-{next(self.counter):04d}-{time.monotonic_ns()}"
        self.codes[code] = user_type
        self.secrets.append(code)
        return code

    def _issue(self, user_type: str, *, refresh: bool = True) -> dict[str, Any]:
        n = next(self.counter)
        access = f"sec-ACCESS-{n:04d}-{time.monotonic_ns()}"
        self.access_tokens[access] = user_type
        self.secrets.append(access)
        answer: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
            "scope": "invoices.readonly invoices.write",
            "userType": user_type,
            "companyId": COMPANY,
            "userId": "Ua1c08ntBrFjLS0elLIY",
        }
        if user_type == "Location":
            answer["locationId"] = LOCATION
        else:
            answer["approvedLocations"] = [LOCATION, OTHER_LOCATION]
        if refresh:
            token = f"sec-REFRESH-{n:04d}-{time.monotonic_ns()}"
            self.refresh_tokens[token] = user_type
            self.secrets.append(token)
            answer["refresh_token"] = token
        return answer

    def expire_access_tokens(self) -> None:
        """The server forgets every access token (they expired early, or were revoked): the next call gets 401."""
        with self.lock:
            self.access_tokens.clear()

    @staticmethod
    def _error(status: int, message: str, error: str) -> httpx.Response:
        return httpx.Response(status, json={"statusCode": status, "message": message, "error": error})

    def _token(self, form: dict[str, str]) -> httpx.Response:
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return self._error(401, "Invalid client credentials", "Unauthorized")
        with self.lock:
            if form.get("grant_type") == "authorization_code":
                user_type = self.codes.pop(form.get("code", ""), None)
                if user_type is None:
                    return self._error(401, "Invalid grant: the authorization code is invalid or used", "Unauthorized")
                return httpx.Response(200, json=self._issue(form.get("user_type", user_type)))
            if form.get("grant_type") == "refresh_token":
                user_type = self.refresh_tokens.pop(form.get("refresh_token", ""), None)
                if user_type is None:
                    self.refused_refreshes += 1
                    return self._error(401, "Invalid grant: refresh token is invalid", "Unauthorized")
                self.refreshes += 1
                return httpx.Response(200, json=self._issue(user_type))
        return self._error(422, "grant_type must be one of the following values", "Unprocessable Entity")

    def _bearer(self, request: httpx.Request) -> str | None:
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ")
        with self.lock:
            return self.access_tokens.get(token)

    def _location_token(self, request: httpx.Request, form: dict[str, str]) -> httpx.Response:
        if self._bearer(request) != "Company":
            return self._error(401, "Invalid JWT", "Unauthorized")
        with self.lock:
            self.location_tokens += 1
            answer = self._issue("Location", refresh=False)
        answer["locationId"] = form["locationId"]
        return httpx.Response(200, json=answer)

    def _api(self, request: httpx.Request) -> httpx.Response:
        if self._bearer(request) != "Location":
            return self._error(401, "Invalid JWT", "Unauthorized")
        with self.lock:
            self.api_calls += 1
        return httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY)

    def answer(self, request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode())) if request.method == "POST" else {}
        if (
            request.url.path in ("/oauth/locationToken", "/oauth/installedLocations")
            and "version" not in request.headers
        ):
            return self._error(422, "Version: the header parameter is required", "Unprocessable Entity")
        if request.url.path == "/oauth/token":
            return self._token(form)
        if request.url.path == "/oauth/locationToken":
            return self._location_token(request, form)
        if request.url.path == "/oauth/installedLocations":
            if self._bearer(request) != "Company":
                return self._error(401, "Invalid JWT", "Unauthorized")
            body = {"locations": [{"_id": LOCATION, "name": "Main", "address": "-", "isInstalled": True}], "count": 1}
            return httpx.Response(200, content=json.dumps(body).encode())
        return self._api(request)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token" and self.delay:
            time.sleep(self.delay)
        return self.answer(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token" and self.delay:
            await asyncio.sleep(self.delay)
        return self.answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)

    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.async_handler)
