"""In-process Google Calendar API v3 and Google OAuth emulator: real HTTP, Google's wire format.

`GoogleCalendarEmulator` serves, under /calendar/v3, calendarList.list, events.list / get /
insert / patch / update / delete and freebusy.query, plus Google's OAuth endpoints for an
installed app (`/o/oauth2/v2/auth`, `/token`, `/revoke`). State is seedable and inspectable,
every request is logged, and knobs inject what the live service does on a bad day.

Request bodies are checked against Google's own discovery document when the emulator is given
its path (tests pass tests/schemas/google-calendar-v3.discovery.json; sandbox/ ships without
tests/, so without the path the emulator serves and skips only that check; its own rules,
e.g. start/end on insert, still hold).

What the behaviour rests on (checked 2026-12-04 with the search tool; "emulator's wording"
marks a message no source gave verbatim):
- Discovery document calendar.v3.json revision 20261030 (google-api-python-client 2.202.0):
  timeMin is an exclusive bound on an event's end and timeMax on its start, both RFC3339
  with a mandatory offset, timeMin < timeMax; maxResults default 250, at most 2500, pages may
  be short; orderBy=startTime only with singleEvents; syncToken cannot be combined with
  iCalUID, orderBy, privateExtendedProperty, q, sharedExtendedProperty, timeMin, timeMax,
  updatedMin nor showDeleted=false, and an expired one answers 410; cancelled events come only
  on incremental sync or with showDeleted, get always returns them, and a deleted event is
  guaranteed only its id (exceptions also recurringEventId and originalStartTime);
  start/end `annotations.required` for insert/update/import; EventDateTime needs a timeZone
  for recurring events; each method's scopes (METHOD_SCOPES; a test compares them).
- Error envelope and reasons: developers.google.com/workspace/calendar/api/guides/errors
  (400 timeRangeEmpty in domain calendar; 401 authError "Invalid Credentials", location
  Authorization; 403 userRateLimitExceeded / rateLimitExceeded in domain usageLimits; 429
  rateLimitExceeded). The `status` member and the 401/403 outer messages ("Request had invalid
  authentication credentials...", "Request had insufficient authentication scopes." with inner
  "Insufficient Permission", reason insufficientPermissions, status PERMISSION_DENIED) are from
  replies quoted in public code (search: find_string). WWW-Authenticate: `Bearer
  realm="https://accounts.google.com/"`, with `error="invalid_token"` for a bad token and
  `error="insufficient_scope", scope="..."` for a missing scope (replies quoted in public code).
- 410 "Sync token is no longer valid, a full sync is required." (Apps Script samples of the
  sync guide; reason fullSyncRequired, developers.google.com/calendar/api/guides/sync and
  riposte.co/provider-errors/google-fullsyncrequired); a forged token also gets 410
  (stackoverflow.com/questions/27921157).
- Deleting a deleted event: 410 "Resource has been deleted" (github.com/derekantrican/
  GAS-ICS-Sync issues 297 and 472; phw198/OutlookGoogleCalendarSync issue 998); reason
  `deleted` is the emulator's reading of those reports.
- Unknown body field: 400 'Invalid JSON payload received. Unknown name "x" at ...: Cannot find
  field.' with status INVALID_ARGUMENT, as Google's front end answers for other APIs (Forms,
  Gemini, quoted in public code); not confirmed for Calendar itself. Wrong-type wording
  ("Invalid value at ... (TYPE_STRING)") likewise.
- OAuth: invalid_grant "Token has been expired or revoked." for a revoked refresh token
  (quoted in public code); a wrong or missing PKCE verifier gives invalid_grant "Invalid code
  verifier." / "Missing code verifier." (as other Google fakes in public code answer), a
  missing client_secret 400 "client_secret is missing." (a desktop client's notes in public
  code); access tokens last 3599 s; refresh replies carry no new refresh token
  (../shared/reference/anthropic-todoist-google.md §2).
- Emulator's wording, not confirmed: the 400 messages for a syncToken with a forbidden
  parameter, for orderBy=startTime without singleEvents ("The requested ordering is not
  available for the particular query."), for missing start/end ("Missing start time.") and
  for freeBusy arguments.

Test API (see GoogleCalendarEmulator): `add_calendar`, `add_event`, `change_event`,
`remove_event`, `event`, `live_events`; `grant(*scopes)`, `issue_refresh_token(*scopes)`,
`expire_access_tokens()`, `oauth.revoke(token)`, `oauth.consent_scopes`,
`oauth.consent_error`; `expire_sync_tokens()`, `page_size_cap`, `rate_limit(...)`,
`fail_next(...)`, `now` (the clock), `requests` and `calls(method_id)`.
"""

from __future__ import annotations

from .app import DEFAULT_SCOPES, GoogleCalendarEmulator, event_time, scope
from .discovery import METHOD_SCOPES, BodyProblem, BodyRules
from .oauth import pkce_challenge
from .wire import RecordedRequest

__all__ = [
    "DEFAULT_SCOPES",
    "METHOD_SCOPES",
    "BodyProblem",
    "BodyRules",
    "GoogleCalendarEmulator",
    "RecordedRequest",
    "event_time",
    "pkce_challenge",
    "scope",
]
