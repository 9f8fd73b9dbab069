"""Google's OAuth 2.0 for an installed app: loopback consent with PKCE, tokens, refresh, revoke.

`GET /o/oauth2/v2/auth` stands in for the consent screen: it checks the client and the loopback
redirect and redirects straight back with `code` and `state` (or `error=access_denied`).
`POST /token` redeems a code (checking the PKCE verifier against the S256 challenge) or a
refresh token; `POST /revoke` revokes one. Access tokens carry the scopes granted; the API
side asks `OAuthServer.scopes_for()` for them.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from aiohttp import web

from .errors import invalid_credentials, login_required

ACCESS_TOKEN_SECONDS = 3599
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]"}


@dataclass
class AccessToken:
    """An access token: its scopes, when it expires, the refresh token it came from."""

    scopes: frozenset[str]
    expires_at: datetime
    refresh_token: str | None = None
    revoked: bool = False


@dataclass
class RefreshToken:
    """A refresh token and the scopes the owner granted."""

    scopes: frozenset[str]
    revoked: bool = False


@dataclass
class _Grant:
    """An authorization code waiting to be redeemed."""

    client_id: str
    redirect_uri: str
    scopes: frozenset[str]
    challenge: str
    method: str
    used: bool = False


@dataclass
class OAuthServer:
    """One OAuth client (a 'Desktop app') and the tokens issued to it."""

    now: Callable[[], datetime]
    client_id: str = "emulated-client.apps.googleusercontent.com"
    client_secret: str = "emulated-secret"
    # None: the owner grants every scope asked; a set: only those (unticked boxes).
    consent_scopes: frozenset[str] | None = None
    # An OAuth error code the consent screen answers with instead ("access_denied").
    consent_error: str | None = None
    # Refresh tokens of an app left in "Testing" expire after 7 days; Google says so in the reply.
    refresh_token_expires_in: int | None = None
    access_tokens: dict[str, AccessToken] = field(default_factory=dict)
    refresh_tokens: dict[str, RefreshToken] = field(default_factory=dict)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    _grants: dict[str, _Grant] = field(default_factory=dict)

    # ---- the test API --------------------------------------------------------------------------

    def grant(self, scopes: set[str] | frozenset[str], *, refresh_token: str | None = None) -> str:
        """Issue an access token with these scopes (full URLs), as if consent had run."""
        token = "ya29." + secrets.token_urlsafe(24)
        expires = self.now() + timedelta(seconds=ACCESS_TOKEN_SECONDS)
        self.access_tokens[token] = AccessToken(frozenset(scopes), expires, refresh_token)
        return token

    def issue_refresh_token(self, scopes: set[str] | frozenset[str]) -> str:
        """Issue a refresh token for these scopes."""
        token = "1//" + secrets.token_urlsafe(32)
        self.refresh_tokens[token] = RefreshToken(frozenset(scopes))
        return token

    def expire_access_tokens(self) -> None:
        """Make every access token issued so far expired (refresh tokens stay valid)."""
        past = self.now() - timedelta(seconds=1)
        for token in self.access_tokens.values():
            token.expires_at = min(token.expires_at, past)

    def revoke(self, token: str) -> bool:
        """Revoke a refresh token (and the access tokens minted from it) or one access token."""
        if token in self.refresh_tokens:
            self.refresh_tokens[token].revoked = True
            for access in self.access_tokens.values():
                if access.refresh_token == token:
                    access.revoked = True
            return True
        if token in self.access_tokens:
            self.access_tokens[token].revoked = True
            return True
        return False

    def scopes_for(self, authorization: str | None) -> frozenset[str]:
        """The scopes of a request's bearer token, or the 401 Google sends."""
        if not authorization:
            raise login_required()
        kind, _, token = authorization.partition(" ")
        access = self.access_tokens.get(token.strip()) if kind.lower() == "bearer" else None
        if access is None or access.revoked or access.expires_at <= self.now():
            raise invalid_credentials()
        return access.scopes

    # ---- HTTP ----------------------------------------------------------------------------------

    async def authorize(self, request: web.Request) -> web.Response:
        """The consent screen: back to the loopback redirect with a code (or an error)."""
        query = request.query
        redirect_uri = query.get("redirect_uri", "")
        if query.get("client_id") != self.client_id:
            return _consent_page("invalid_client", "The OAuth client was not found.", 401)
        target = urlsplit(redirect_uri)
        if target.scheme != "http" or target.hostname not in {
            h.strip("[]") for h in _LOOPBACK_HOSTS
        }:
            return _consent_page("redirect_uri_mismatch", f"Bad redirect_uri: {redirect_uri!r}.")
        if query.get("response_type") != "code":
            return _consent_page("unsupported_response_type", "response_type must be code.")
        method = query.get("code_challenge_method", "plain")
        challenge = query.get("code_challenge", "")
        if method not in {"S256", "plain"} or (method == "S256" and len(challenge) != 43):
            return _consent_page("invalid_request", "Invalid code_challenge_method or challenge.")
        asked = frozenset(query.get("scope", "").split())
        if not asked:
            return _consent_page("invalid_request", "Missing required parameter: scope")
        state = {"state": query["state"]} if "state" in query else {}
        if self.consent_error is not None:
            raise web.HTTPFound(
                f"{redirect_uri}?{urlencode({'error': self.consent_error} | state)}"
            )
        granted = asked if self.consent_scopes is None else asked & self.consent_scopes
        code = "4/" + secrets.token_urlsafe(32)
        self._grants[code] = _Grant(self.client_id, redirect_uri, granted, challenge, method)
        params = {"code": code, "scope": " ".join(sorted(granted))} | state
        raise web.HTTPFound(f"{redirect_uri}?{urlencode(params)}")

    async def token(self, request: web.Request) -> web.Response:
        """The token endpoint: authorization_code (with PKCE) and refresh_token grants."""
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        self.token_requests.append(form)
        if form.get("client_id") != self.client_id:
            return _oauth_error("invalid_client", "The OAuth client was not found.", 401)
        if "client_secret" not in form:
            # A Desktop-app client still sends its (not so secret) secret, PKCE or not.
            return _oauth_error("invalid_request", "client_secret is missing.")
        if form["client_secret"] != self.client_secret:
            return _oauth_error("invalid_client", "Unauthorized", 401)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            return self._redeem_code(form)
        if grant_type == "refresh_token":
            return self._refresh(form)
        return _oauth_error("unsupported_grant_type", f"Invalid grant_type: {grant_type}")

    async def revoke_endpoint(self, request: web.Request) -> web.Response:
        """`POST /revoke` with `token`: 200, or 400 invalid_token for an unknown one."""
        form = await request.post()
        token = str(form.get("token") or request.query.get("token") or "")
        if not self.revoke(token):
            return _oauth_error("invalid_token", "Token expired or revoked")
        return web.json_response({})

    def _redeem_code(self, form: dict[str, str]) -> web.Response:
        grant = self._grants.get(form.get("code", ""))
        if grant is None or grant.used:
            return _oauth_error("invalid_grant", "Malformed auth code.")
        if form.get("redirect_uri") != grant.redirect_uri:
            return _oauth_error("redirect_uri_mismatch", "Bad Request")
        verifier = form.get("code_verifier")
        if not grant.challenge and verifier is not None:
            return _oauth_error("invalid_request", "code_verifier or verifier is not needed.")
        if grant.challenge and not verifier:
            return _oauth_error("invalid_grant", "Missing code verifier.")
        if grant.challenge and _challenge(str(verifier), grant.method) != grant.challenge:
            return _oauth_error("invalid_grant", "Invalid code verifier.")
        grant.used = True
        refresh = self.issue_refresh_token(grant.scopes)
        reply = self._access_reply(grant.scopes, refresh)
        reply["refresh_token"] = refresh
        if self.refresh_token_expires_in is not None:
            reply["refresh_token_expires_in"] = self.refresh_token_expires_in
        return web.json_response(reply)

    def _refresh(self, form: dict[str, str]) -> web.Response:
        token = form.get("refresh_token", "")
        stored = self.refresh_tokens.get(token)
        if stored is None or stored.revoked:
            return _oauth_error("invalid_grant", "Token has been expired or revoked.")
        return web.json_response(self._access_reply(stored.scopes, token))

    def _access_reply(self, scopes: frozenset[str], refresh: str) -> dict[str, Any]:
        access = self.grant(scopes, refresh_token=refresh)
        return {
            "access_token": access,
            "expires_in": ACCESS_TOKEN_SECONDS,
            "scope": " ".join(sorted(scopes)),
            "token_type": "Bearer",
        }


def pkce_challenge(verifier: str) -> str:
    """The S256 code challenge for a verifier (RFC 7636: base64url of SHA-256, no padding)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _challenge(verifier: str, method: str) -> str:
    return pkce_challenge(verifier) if method == "S256" else verifier


def _oauth_error(error: str, description: str, status: int = 400) -> web.Response:
    return web.json_response({"error": error, "error_description": description}, status=status)


def _consent_page(error: str, description: str, status: int = 400) -> web.Response:
    # Google shows an HTML error page instead of redirecting when the request itself is wrong.
    return web.Response(
        status=status, text=f"Error {status}: {error}\n{description}", content_type="text/html"
    )
