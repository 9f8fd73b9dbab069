"""changes() with sync tokens (a full read on 410), and Google's bad days: 429 and 403 rate
limits waited out, 5xx retried, a missing scope named."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import AuthError
from core.google.auth import StaticGoogleToken
from core.google.calendar import GoogleCalendarProvider
from core.google.errors import GoogleThrottled, GoogleUnavailable
from core.google.transport import GoogleApi

TEAM = "team@group.calendar.google.com"
WINDOW = (datetime(2026, 12, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
AT = datetime(2026, 12, 10, 9, tzinfo=UTC)


async def test_changes_follow_sync_tokens_and_read_in_full_after_a_410(gcal, api):
    gcal.add_calendar(TEAM, "Team")
    kept = gcal.add_event(start=AT, end=AT + timedelta(hours=1), summary="kept")
    moved = gcal.add_event(TEAM, start=AT, end=AT + timedelta(hours=1), summary="moved")
    doomed = gcal.add_event(start=AT, end=AT + timedelta(hours=1), summary="doomed")
    provider = GoogleCalendarProvider(api, ("primary", TEAM))

    first = await provider.changes(*WINDOW, None)
    assert first.full and first.removed == () and first.requests == 2
    assert {e.title for e in first.changed} == {"kept", "moved", "doomed"}

    gcal.change_event(
        TEAM,
        moved["id"],
        start={"dateTime": "2026-12-11T15:00:00Z"},
        end={"dateTime": "2026-12-11T16:00:00Z"},
    )
    gcal.remove_event("primary", doomed["id"])
    second = await provider.changes(*WINDOW, first.cursor)
    assert not second.full
    assert [(e.id, e.start.day) for e in second.changed] == [(f"{TEAM}/{moved['id']}", 11)]
    assert second.removed == (f"primary/{doomed['id']}",)
    sent = [c.query for c in gcal.calls("calendar.events.list")[2:]]
    assert all("syncToken" in q and "timeMin" not in q for q in sent)

    quiet = await provider.changes(*WINDOW, second.cursor)
    assert (quiet.changed, quiet.removed, quiet.full) == ((), (), False)

    gcal.expire_sync_tokens()
    again = await provider.changes(*WINDOW, quiet.cursor)
    assert again.full and {e.title for e in again.changed} == {"kept", "moved"}
    assert [c.status for c in gcal.calls("calendar.events.list")[-3:]] == [410, 200, 200]
    assert kept["id"] in {e.id.rpartition("/")[2] for e in again.changed}


async def test_a_cursor_for_another_window_or_calendars_reads_in_full(gcal, api):
    provider = GoogleCalendarProvider(api)
    first = await provider.changes(*WINDOW, None)
    other = await provider.changes(WINDOW[0], WINDOW[1] + timedelta(days=1), first.cursor)
    assert other.full
    gcal.add_calendar(TEAM, "Team")
    wider = GoogleCalendarProvider(api, ("primary", TEAM))
    assert (await wider.changes(*WINDOW, first.cursor)).full
    assert (await provider.changes(*WINDOW, "not a cursor")).full


@pytest.mark.parametrize(
    ("status", "reason"),
    [(429, "rateLimitExceeded"), (403, "rateLimitExceeded"), (403, "userRateLimitExceeded")],
)
async def test_rate_limits_are_waited_out_with_backoff(gcal, provider, sleeps, status, reason):
    gcal.rate_limit(3, status=status, reason=reason)
    assert await provider.events(*WINDOW) == []
    assert sleeps.calls == [1.0, 2.0, 4.0]
    assert [c.status for c in gcal.calls("calendar.events.list")] == [status] * 3 + [200]


async def test_retry_after_is_honoured_and_a_long_one_is_not_slept(gcal, provider, sleeps):
    gcal.rate_limit(1, retry_after=7)
    await provider.events(*WINDOW)
    assert sleeps.calls == [7.0]
    gcal.rate_limit(1, retry_after=3600)
    with pytest.raises(GoogleThrottled) as caught:
        await provider.events(*WINDOW)
    assert caught.value.retry_after == 3600 and sleeps.calls == [7.0]


async def test_endless_rate_limits_and_outages_end_in_a_clear_error(gcal, provider, sleeps):
    gcal.rate_limit(10)
    with pytest.raises(GoogleThrottled, match="rate limiting"):
        await provider.events(*WINDOW)
    assert len(gcal.calls("calendar.events.list")) == 5
    gcal.rate_limit(0)
    gcal.fail_next("GET", r"/events$", 503, times=10)
    with pytest.raises(GoogleUnavailable, match="still after 5 attempts"):
        await provider.events(*WINDOW)


async def test_a_5xx_on_a_read_is_retried(gcal, provider, sleeps):
    gcal.fail_next("GET", r"/events$", 500)
    assert await provider.events(*WINDOW) == []
    assert sleeps.calls == [1.0]


async def test_a_sign_in_without_the_freebusy_scope_names_it(gcal, api, http_session):
    events_only = GoogleApi(
        http_session, StaticGoogleToken(gcal.grant("calendar.events")), gcal.api_url
    )
    provider = GoogleCalendarProvider(events_only)
    assert await provider.events(*WINDOW) == []
    with pytest.raises(AuthError, match=r"calendar\.freebusy.*login google"):
        await provider.free_busy(*WINDOW)
