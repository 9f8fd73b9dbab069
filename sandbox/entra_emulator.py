"""A fake Microsoft identity platform (Entra ID v2 endpoints) that real MSAL talks to over HTTPS.

It serves OpenID discovery, `/oauth2/v2.0/devicecode` and `/oauth2/v2.0/token` (device_code and
refresh_token grants) for one app registration over TLS on 127.0.0.1, with a `trustme` CA that the
MSAL `requests.Session` from `http_client()` trusts. Knobs give the answers tests need (pending
polls, terminal errors, consent, token lifetimes, registration mistakes); every request is
recorded, and every credential issued is kept so tests can prove none of them leaks into logs.
id_tokens are unsigned JWTs: MSAL decodes their claims but never verifies a signature.
"""

from __future__ import annotations

import base64
import json
import secrets
import ssl
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from aiohttp import web
from requests import Session

DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
_OIDC_SCOPES = {"openid", "profile", "offline_access", "email"}
_MULTI_TENANT = {"common", "organizations", "consumers"}


@dataclass(frozen=True)
class OAuthError:
    """One OAuth2 error answer in Entra's shape (error, AADSTS code, HTTP status)."""

    error: str
    code: int | None
    description: str
    status: int = 400
    suberror: str | None = None

    def body(self) -> dict[str, Any]:
        """Return the JSON body Entra sends, trace and correlation ids included."""
        prefix = f"AADSTS{self.code}: " if self.code else ""
        body: dict[str, Any] = {
            "error": self.error,
            "error_description": f"{prefix}{self.description}\r\nTrace ID: {uuid.uuid4()}\r\n"
            f"Correlation ID: {uuid.uuid4()}\r\nTimestamp: 2025-01-01 00:00:00Z",
            "error_codes": [self.code] if self.code else [],
            "timestamp": "2025-01-01 00:00:00Z",
            "trace_id": str(uuid.uuid4()),
            "correlation_id": str(uuid.uuid4()),
        }
        if self.code:
            body["error_uri"] = f"https://login.microsoftonline.com/error?code={self.code}"
        if self.suberror:
            body["suberror"] = self.suberror
        return body


PENDING = OAuthError(
    "authorization_pending", 70016, "OAuth 2.0 device flow error. Authorization is pending."
)
SLOW_DOWN = OAuthError("slow_down", None, "Polling too fast; slow down.")
DECLINED = OAuthError("authorization_declined", None, "The end user declined the authorization.")
EXPIRED = OAuthError("expired_token", 70019, "Verification code expired.")
CONSENT_REQUIRED = OAuthError(
    "invalid_grant",
    65001,
    "The user or administrator has not consented to use the application.",
    suberror="consent_required",
)
STALE_REFRESH = OAuthError(
    "invalid_grant", 700082, "The refresh token has expired due to inactivity."
)
PUBLIC_CLIENT_DISABLED = OAuthError(
    "invalid_client",
    7000218,
    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    status=401,
)


@dataclass
class RecordedRequest:
    """One request the fake received."""

    method: str
    path: str
    form: dict[str, str]

    @property
    def grant_type(self) -> str | None:
        """The token request's grant_type, if any."""
        return self.form.get("grant_type")


@dataclass
class _DeviceSession:
    scopes: list[str]
    replies: list[OAuthError]
    redeemed: bool = False


@dataclass
class FakeEntra:
    """One tenant and one app registration; change the knobs before or between calls."""

    client_id: str = "11111111-2222-3333-4444-555555555555"
    tenant_id: str = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
    username: str = "owner@contoso.example"
    audience: Literal[
        "AzureADMyOrg", "AzureADMultipleOrgs", "AzureADandPersonalMicrosoftAccount"
    ] = "AzureADMyOrg"
    public_client_flows: bool = True
    # Device flow: answers to the first polls, then `device_outcome` (None: the user approves).
    poll_replies: list[OAuthError] = field(default_factory=lambda: [PENDING, PENDING])
    device_outcome: OAuthError | None = None
    device_code_lifetime: int = 900
    interval: int = 1
    # Scopes the user approves but the tenant never grants (admin-only permissions).
    withheld_scopes: set[str] = field(default_factory=set)
    # Refresh grant: a sticky error, and what to do with scopes the user never consented to.
    refresh_error: OAuthError | None = None
    unconsented_refresh: Literal["consent_required", "drop"] = "consent_required"
    access_token_lifetime: int = 3600
    # Entra's `refresh_in` hint (seconds until MSAL should refresh early); None leaves it out.
    refresh_in: int | None = None
    # An HTTP status (503, say) that every POST answers with a plain-text body.
    outage: int | None = None

    requests: list[RecordedRequest] = field(default_factory=list, init=False)
    consented: set[str] = field(default_factory=set, init=False)
    issued: list[str] = field(default_factory=list, init=False, repr=False)
    access_tokens: list[str] = field(default_factory=list, init=False, repr=False)
    prompts_issued: list[dict[str, Any]] = field(default_factory=list, init=False)
    base_url: str = field(default="", init=False)
    ca_path: str = field(default="", init=False)
    _refresh_tokens: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _devices: dict[str, _DeviceSession] = field(default_factory=dict, init=False, repr=False)
    _sessions: list[Session] = field(default_factory=list, init=False, repr=False)

    @property
    def authority(self) -> str:
        """The authority URL for this tenant (pass to MSAL with instance_discovery=False)."""
        return self.authority_for(self.tenant_id)

    def authority_for(self, tenant: str) -> str:
        """The authority URL for another tenant segment: common, organizations, consumers."""
        return f"{self.base_url}/{tenant}"

    def http_client(self) -> Session:
        """A requests session that trusts the fake's CA (closed when the fake stops)."""
        session = Session()
        # REQUESTS_CA_BUNDLE (and proxy variables) would override `verify` for every request.
        session.trust_env = False
        session.verify = self.ca_path
        self._sessions.append(session)
        return session

    def consent(self, *scopes: str) -> None:
        """Record consent already given (an admin granted it tenant-wide, say)."""
        self.consented.update(s.lower() for s in scopes)

    def token_requests(self, grant: str | None = None) -> list[RecordedRequest]:
        """Requests to the token endpoint, optionally only one grant ('device_code', ...)."""
        wanted = DEVICE_CODE_GRANT if grant == "device_code" else grant
        return [
            r
            for r in self.requests
            if r.path.endswith("/oauth2/v2.0/token") and (wanted is None or r.grant_type == wanted)
        ]

    def devicecode_requests(self) -> list[RecordedRequest]:
        """Requests that started a device flow."""
        return [r for r in self.requests if r.path.endswith("/oauth2/v2.0/devicecode")]

    @asynccontextmanager
    async def serve(self) -> AsyncIterator[FakeEntra]:
        """Serve over HTTPS on an ephemeral port until the block exits."""
        # trustme is a development dependency and sandbox/ ships in the wheel: import it only
        # when a fake identity platform is actually served.
        import trustme

        ca = trustme.CA()
        server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
        app = web.Application()
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._discovery)
        app.router.add_post("/{tenant}/oauth2/v2.0/devicecode", self._devicecode)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_ctx)
        with tempfile.TemporaryDirectory() as tmp:
            ca_file = Path(tmp) / "ca.pem"
            ca.cert_pem.write_to_path(str(ca_file))
            self.ca_path = str(ca_file)
            try:
                await site.start()
                self.base_url = f"https://127.0.0.1:{runner.addresses[0][1]}"
                yield self
            finally:
                for session in self._sessions:
                    session.close()
                await runner.cleanup()

    # -- handlers --

    async def _record(self, request: web.Request) -> dict[str, str]:
        form = {k: str(v) for k, v in (await request.post()).items()}
        self.requests.append(RecordedRequest(request.method, request.path, form))
        return form

    async def _discovery(self, request: web.Request) -> web.Response:
        self.requests.append(RecordedRequest(request.method, request.path, {}))
        tenant = request.match_info["tenant"]
        if tenant not in _MULTI_TENANT | {self.tenant_id}:
            return web.json_response(
                OAuthError("invalid_tenant", 90002, f"Tenant '{tenant}' not found.").body(),
                status=400,
            )
        base = f"{self.base_url}/{tenant}"
        issuer_tenant = self.tenant_id if tenant == self.tenant_id else "{tenantid}"
        return web.json_response(
            {
                "issuer": f"{self.base_url}/{issuer_tenant}/v2.0",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
                "jwks_uri": f"{base}/discovery/v2.0/keys",
                "response_types_supported": ["code", "id_token", "code id_token"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"],
                "tenant_region_scope": "EU",
            }
        )

    async def _devicecode(self, request: web.Request) -> web.Response:
        form = await self._record(request)
        if self.outage:
            return web.Response(status=self.outage, text="Service Unavailable")
        error = self._registration_error(request.match_info["tenant"], form)
        if error is not None:
            return web.json_response(error.body(), status=error.status)
        device_code = "DAQABAAEAAAD" + secrets.token_urlsafe(48)
        user_code = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
        self.issued.append(device_code)
        self._devices[device_code] = _DeviceSession(
            scopes=form.get("scope", "").split(), replies=list(self.poll_replies)
        )
        uri = "https://microsoft.com/devicelogin"
        prompt = {
            "user_code": user_code,
            "device_code": device_code,
            "verification_uri": uri,
            "expires_in": self.device_code_lifetime,
            "interval": self.interval,
            "message": f"To sign in, use a web browser to open the page {uri} and enter the code "
            f"{user_code} to authenticate.",
        }
        self.prompts_issued.append(prompt)
        return web.json_response(prompt)

    async def _token(self, request: web.Request) -> web.Response:
        form = await self._record(request)
        if self.outage:
            return web.Response(status=self.outage, text="Service Unavailable")
        tenant = request.match_info["tenant"]
        error = self._registration_error(tenant, form)
        if error is None and form.get("grant_type") == DEVICE_CODE_GRANT:
            if not self.public_client_flows:
                error = PUBLIC_CLIENT_DISABLED
            else:
                return self._redeem_device_code(form)
        elif error is None and form.get("grant_type") == "refresh_token":
            return self._redeem_refresh_token(form)
        elif error is None:
            error = OAuthError("unsupported_grant_type", 70003, "Unsupported grant type.")
        return web.json_response(error.body(), status=error.status)

    def _registration_error(self, tenant: str, form: dict[str, str]) -> OAuthError | None:
        if form.get("client_id") != self.client_id:
            return OAuthError(
                "unauthorized_client",
                700016,
                f"Application with identifier '{form.get('client_id')}' was not found in the "
                f"directory '{tenant}'.",
            )
        personal = self.audience == "AzureADandPersonalMicrosoftAccount"
        if tenant == "consumers" and not personal:
            return OAuthError(
                "invalid_request",
                9002332,
                "Application is configured for use by Microsoft Entra users only. Please do not "
                "use the /consumers endpoint to serve this request.",
            )
        if tenant in {"common", "organizations"} and self.audience == "AzureADMyOrg":
            return OAuthError(
                "invalid_request",
                50194,
                "Application is not configured as a multi-tenant application. Usage of the "
                "/common endpoint is not supported for such applications.",
            )
        return None

    def _redeem_device_code(self, form: dict[str, str]) -> web.Response:
        session = self._devices.get(form.get("device_code", ""))
        if session is None or session.redeemed:
            error = OAuthError("bad_verification_code", 70018, "Invalid verification code.")
            return web.json_response(error.body(), status=error.status)
        if session.replies:
            error = session.replies.pop(0)
            return web.json_response(error.body(), status=error.status)
        if self.device_outcome is not None:
            return web.json_response(self.device_outcome.body(), status=self.device_outcome.status)
        session.redeemed = True
        graph = [s for s in session.scopes if s.lower() not in _OIDC_SCOPES]
        withheld = {s.lower() for s in self.withheld_scopes}
        granted = [s for s in graph if s.lower() not in withheld]
        self.consented.update(s.lower() for s in granted)
        return web.json_response(self._tokens(granted))

    def _redeem_refresh_token(self, form: dict[str, str]) -> web.Response:
        if self.refresh_error is not None or form.get("refresh_token") not in self._refresh_tokens:
            error = self.refresh_error or STALE_REFRESH
            return web.json_response(error.body(), status=error.status)
        graph = [s for s in form.get("scope", "").split() if s.lower() not in _OIDC_SCOPES]
        granted = [s for s in graph if s.lower() in self.consented]
        if len(granted) < len(graph) and self.unconsented_refresh == "consent_required":
            return web.json_response(CONSENT_REQUIRED.body(), status=400)
        return web.json_response(self._tokens(granted))

    def _tokens(self, graph_scopes: list[str]) -> dict[str, Any]:
        now = int(time.time())
        oid = str(uuid.UUID(int=0x1234))
        access_token = "eyJ0eXAiOiJKV1QiLCJub25jZSI6." + secrets.token_urlsafe(40)
        refresh_token = "1.AQEA" + secrets.token_urlsafe(60)
        claims = {
            "aud": self.client_id,
            "iss": f"{self.base_url}/{self.tenant_id}/v2.0",
            "iat": now,
            "nbf": now,
            "exp": now + 3600,
            "name": "Owner",
            "oid": oid,
            "preferred_username": self.username,
            "sub": secrets.token_urlsafe(16),
            "tid": self.tenant_id,
            "ver": "2.0",
        }
        id_token = ".".join(
            [_b64({"typ": "JWT", "alg": "none"}), _b64(claims), secrets.token_urlsafe(16)]
        )
        self._refresh_tokens[refresh_token] = " ".join(graph_scopes)
        self.issued += [access_token, refresh_token, id_token]
        self.access_tokens.append(access_token)
        hint = {} if self.refresh_in is None else {"refresh_in": self.refresh_in}
        return hint | {
            "token_type": "Bearer",
            "scope": " ".join([*graph_scopes, "openid", "profile", "email"]),
            "expires_in": self.access_token_lifetime,
            "ext_expires_in": self.access_token_lifetime,
            "access_token": access_token,
            "refresh_token": refresh_token,
            "id_token": id_token,
            "client_info": _b64({"uid": oid, "utid": self.tenant_id}),
        }


def _b64(payload: dict[str, Any]) -> str:
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
