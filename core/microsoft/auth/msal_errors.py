"""MSAL error answers translated into AuthError messages that say what to change."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from core.errors import AuthError

_APP = "App registrations > your app ({client_id})"
_SIGN_IN_AGAIN = "run `outlook-assistant login` to sign in again"
_STALE = f"The saved sign-in is no longer valid; {_SIGN_IN_AGAIN}."
_ACCOUNT_TYPE = (
    "The account type does not match auth.authority: use your tenant for work or school accounts, "
    f"'consumers' for personal ones, and check Supported account types in {_APP} > Authentication."
)
_NO_TENANT = "Set auth.authority to https://login.microsoftonline.com/<your tenant ID or domain>."
# Device-flow endings first (their AADSTS codes are generic), then codes, then error names.
_ADVICE: dict[str | int, str] = {
    "authorization_declined": f"The sign-in was declined on the verification page; {_SIGN_IN_AGAIN}"
    " and approve it.",
    "expired_token": f"The device code expired before the sign-in finished; {_SIGN_IN_AGAIN}.",
    "bad_verification_code": f"Microsoft did not recognise the device code; {_SIGN_IN_AGAIN}.",
    7000218: f"Public client flows are disabled: in the Microsoft Entra admin center open {_APP} > "
    "Authentication and set 'Allow public client flows' to Yes.",
    700016: "No app with client ID {client_id} exists in the tenant of {authority}: check "
    "auth.client_id and that auth.authority names the tenant the app is registered in.",
    50194: "The app registration is single-tenant, so auth.authority cannot be /common or "
    f"/organizations. {_NO_TENANT} Or make the app multitenant in {_APP} > Authentication.",
    9002332: "The app registration accepts only work or school accounts, so auth.authority cannot "
    "be /consumers: use your tenant or /organizations, or allow personal accounts under Supported "
    f"account types in {_APP} > Authentication.",
    500208: _ACCOUNT_TYPE,
    50020: _ACCOUNT_TYPE,
    50059: f"Microsoft could not tell which tenant to use. {_NO_TENANT}",
    90019: f"Microsoft could not tell which tenant to use. {_NO_TENANT}",
    90002: "The tenant in auth.authority ({authority}) does not exist; check its ID or domain.",
    65001: f"Consent is missing for {{scopes}}: {_SIGN_IN_AGAIN} and accept the permissions, or "
    f"have an admin grant consent in {_APP} > API permissions.",
    90094: f"An administrator must approve the permissions: in {_APP} > API permissions choose "
    "'Grant admin consent' for {scopes}.",
    50076: f"Multi-factor authentication is required; {_SIGN_IN_AGAIN}.",
    50079: f"Multi-factor authentication enrolment is required; {_SIGN_IN_AGAIN}.",
    53003: "Conditional Access blocked the sign-in; ask your administrator to allow this app.",
    70000: _STALE,
    700082: _STALE,
    50173: _STALE,
    70011: "A scope in auth.scopes is not valid ({scopes}); list Microsoft Graph delegated "
    "permissions such as Mail.ReadWrite.",
    700022: "auth.scopes mixes permissions of several APIs; list Microsoft Graph permissions only.",
    "invalid_grant": _STALE,
    "interaction_required": f"Microsoft requires a new sign-in; {_SIGN_IN_AGAIN}.",
    "invalid_client": "Microsoft rejected the app: check auth.client_id and that 'Allow public "
    f"client flows' is Yes in {_APP} > Authentication.",
    "unauthorized_client": "The app {client_id} may not sign in here: check auth.client_id and "
    "auth.authority.",
    "invalid_scope": "A scope in auth.scopes is not valid ({scopes}).",
}
_DEVICE_FLOW_ENDINGS = frozenset(
    {"authorization_declined", "expired_token", "bad_verification_code"}
)
_FALLBACK_ADVICE = (
    "Check auth.client_id, auth.authority and auth.scopes in config.yaml, then run "
    "`outlook-assistant login`."
)


def msal_error_to_auth_error(
    result: Mapping[str, Any], *, client_id: str, authority: str, scopes: Sequence[str]
) -> AuthError:
    """Turn an MSAL error dict into an AuthError that says what to change (never with tokens)."""
    error = str(result.get("error") or "unknown_error")
    codes = _error_codes(result)
    keys = [error] if error in _DEVICE_FLOW_ENDINGS else [*codes, error]
    advice = next((_ADVICE[k] for k in keys if k in _ADVICE), _FALLBACK_ADVICE)
    text = advice.format(client_id=client_id, authority=authority, scopes=", ".join(scopes))
    lines = str(result.get("error_description") or "").strip().splitlines()
    said = re.sub(r"^AADSTS\d+:\s*", "", lines[0])[:200] if lines else ""
    label = ", ".join([error, *(f"AADSTS{c}" for c in codes)])
    return AuthError(f"Microsoft sign-in failed ({label}): {text}" + (f" [{said}]" if said else ""))


def _error_codes(result: Mapping[str, Any]) -> list[int]:
    """Return the AADSTS codes of an error dict, from error_codes or the description prefix."""
    codes = [int(c) for c in result.get("error_codes") or () if str(c).isdigit()]
    if not codes:
        codes = [int(c) for c in re.findall(r"AADSTS(\d+)", str(result.get("error_description")))]
    return codes[:3]
