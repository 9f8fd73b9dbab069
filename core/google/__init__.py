"""Google Calendar: loopback sign-in with PKCE, the token file, the API transport, the provider."""

from __future__ import annotations
