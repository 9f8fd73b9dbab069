"""The daily digest: one message a day with what needs the owner, and yesterday's numbers.

Contents, in the order UX.md gives: Needs Reply emails still open, overdue waiting-fors, today's
meetings (every enabled calendar), tasks due (today or earlier), yesterday's numbers and Claude
cost, and how many suggestions left the queue unanswered.

Timing (`digest_timing`): `followup.digest.time` in the owner's zone, brought forward to
`before_first_meeting_minutes` before the first meeting when a calendar shows one earlier. The
job ticks every minute; a tick at or after the due time sends the day's digest unless it was
claimed already. The claim is a row per day in the store taken before the post (`claim_digest`),
so two ticks, a restart or a second process never send a second one; a post that fails gives the
claim back and the next tick tries again; a start after the due time still sends that day's.
Before each post the front end is asked whether it already holds the day's digest (Slack: the
message metadata of the DM's history), so a post whose answer was lost is not sent twice, and a
claim a dead run left unsent is taken over after `STALE_CLAIM` rather than losing the day.
On-demand digests (`/assistant digest`, `digest --now`) are built the same way and claim nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from core.calendars.day import DayView
from core.calendars.merged import ProviderProblem
from core.calendars.provider import CalendarEvent
from core.config.settings import Settings
from core.followup.digest_timing import DigestTiming, meetings_of
from core.followup.stats import PeriodNumbers, period_stats
from core.followup.waiting_views import wait_view
from core.store import Store
from core.store.digest_queries import NeedsReplyItem, TaskDue

log = logging.getLogger(__name__)

# The most items of one kind a digest carries (front ends show fewer and count the rest).
ITEM_LIMIT = 200
# An approved Needs Reply without a task stays listed this long (a task closes it sooner).
APPROVED_REPLY_DAYS = 2


@dataclass(frozen=True)
class OverdueWait:
    """A waiting-for past its nudge threshold (subject and who: untrusted text)."""

    subject: str
    waiting_on: str
    since: datetime
    web_link: str | None = None


async def overdue_waits(store: Store, now: datetime, zone: tzinfo) -> list[OverdueWait]:
    """Return the open waiting-fors past their nudge threshold at `now`, oldest first (hours
    counted in the owner's `zone` as the tracker counts them, weekends skipped where set)."""
    views = [wait_view(w, now, zone) for w in await store.open_waits()]
    overdue = [v for v in views if v.open and v.nudge_due <= now]
    return [
        OverdueWait(v.subject, v.sender_name or ", ".join(v.waiting_on), v.since, v.email_link)
        for v in sorted(overdue, key=lambda v: v.nudge_due)
    ]


@dataclass(frozen=True)
class Digest:
    """One digest: what needs the owner today and how yesterday went, in the owner's zone."""

    day: date
    zone: tzinfo
    needs_reply: tuple[NeedsReplyItem, ...]
    overdue_waits: tuple[OverdueWait, ...]
    meetings: tuple[CalendarEvent, ...]
    calendars: tuple[str, ...]  # the calendars asked ("Outlook", ...); () when none is on
    calendar_problems: tuple[ProviderProblem, ...]
    tasks_due: tuple[TaskDue, ...]
    yesterday: PeriodNumbers
    yesterday_cost_usd: float
    expired: int  # pending suggestions that left the queue unanswered
    scheduled: bool  # the day's scheduled digest (False: asked for)


DayReader = Callable[[date], Awaitable[DayView]]
ZoneReader = Callable[[], Awaitable[tzinfo]]
DigestPoster = Callable[[Digest], Awaitable[object]]
# Whether the front end already holds the scheduled digest of a day.
DigestFinder = Callable[[date], Awaitable[bool]]
OverdueWaits = Callable[[Store, datetime, tzinfo], Awaitable[list[OverdueWait]]]


# An unsent claim older than this was left by a run that died between its claim and Slack's
# answer (a post takes seconds); the next tick takes it over, looks for the post, then sends.
STALE_CLAIM = timedelta(minutes=15)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DailyDigest:
    """Build digests and send the scheduled one exactly once a day."""

    def __init__(
        self,
        store: Store,
        settings: Callable[[], Settings],
        *,
        zone: ZoneReader,
        calendar_day: DayReader | None,
        waits: OverdueWaits = overdue_waits,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        """Args: the store; the settings in force; the owner's zone; the calendars' day (None:
        no calendar is on); the overdue waiting-fors hook; the current time."""
        self._store = store
        self._settings = settings
        self._zone = zone
        self._calendar_day = calendar_day
        self._waits = waits
        self._clock = clock
        self.timing = DigestTiming(calendar_day, clock=clock)

    async def build(self, *, scheduled: bool = False) -> Digest:
        """Build the digest of today (in the owner's zone) as things stand now."""
        now = self._clock()
        zone = await self._zone()
        today = now.astimezone(zone).date()
        midnight = datetime.combine(today, datetime.min.time(), tzinfo=zone)
        yesterday = await period_stats(
            self._store, since=midnight - timedelta(days=1), until=midnight
        )
        view = await self._calendar_day(today) if self._calendar_day is not None else None
        return Digest(
            day=today,
            zone=zone,
            needs_reply=tuple(
                await self._store.needs_reply_items(
                    approved_since=now - timedelta(days=APPROVED_REPLY_DAYS), limit=ITEM_LIMIT
                )
            ),
            overdue_waits=tuple(await self._waits(self._store, now, zone)),
            meetings=meetings_of(view) if view is not None else (),
            calendars=view.providers if view is not None else (),
            calendar_problems=view.problems if view is not None else (),
            tasks_due=tuple(await self._store.open_tasks_due_by(today, limit=ITEM_LIMIT)),
            yesterday=yesterday.totals,
            yesterday_cost_usd=yesterday.cost_usd,
            expired=len(await self._store.expired_suggestion_ids()),
            scheduled=scheduled,
        )

    async def tick(self, post: DigestPoster, find: DigestFinder | None = None) -> bool:
        """Send today's scheduled digest through `post` if it is due and not yet claimed.

        `find` tells whether the front end already holds today's digest (a post whose answer
        was lost, or a run that died after posting): asked before every post, it turns a second
        send into marking the first one sent. A claim left unsent for `STALE_CLAIM` belongs to a
        run that died; this tick takes it over. Returns whether this tick sent the digest. A
        failing `post` gives the claim back and raises.
        """
        config = self._settings().followup.digest
        if not config.enabled:
            return False
        now = self._clock()
        zone = await self._zone()
        today = now.astimezone(zone).date()
        claim = await self._store.digest_claim(today)
        if claim is not None:
            if claim.sent_at is not None or now - claim.claimed_at < STALE_CLAIM:
                return False
            if not await self._store.take_over_digest(today, claim, now):
                return False  # another process took it over first
            log.warning("The digest of %s was claimed but never marked sent: looking again", today)
        else:
            due = await self.timing.due_at(today, zone, config)
            if now < due:
                return False
            if not await self._store.claim_digest(today, now):
                return False  # another process claimed it meanwhile
        try:
            if find is not None and await find(today):
                await self._store.mark_digest_sent(today)
                log.info("The digest of %s had reached Slack already; not sent again", today)
                return False
            await post(await self.build(scheduled=True))
        except BaseException:
            await self._store.release_digest(today)
            raise
        await self._store.mark_digest_sent(today)
        log.info("Sent the daily digest of %s", today)
        return True
