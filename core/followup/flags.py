"""Follow-up flags on approval: Outlook's flag with a start and due date, never over the owner's.

An approval of an action type listed in `followup.flags` flags the email (Graph `flag`, a
followupFlag: flagStatus "flagged" with startDateTime and dueDateTime, each a dateTimeTimeZone
in the mailbox's zone at local midnight; Graph refuses a due date without a start, and a
dateTime carrying its own offset beside a timeZone). An email that already carries a flag of
the owner's (flagged or complete) keeps it untouched; the step records whose flag it is, so
`core.followup.undo` clears only ours. Task sync marks the flag complete when the task is done.

The step is recorded in two writes around one PATCH: first the flag it will set (`set`: false),
then `set`: true. The PATCH replaces the whole flag, so a resumed approval that finds the first
record sends it again without harm, and never mistakes its own flag for the owner's.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from core.config.settings import FlagRule, Settings
from core.microsoft.graph_models import DateTimeTimeZone, FollowupFlag, zone_info
from core.microsoft.mail import MailApi
from core.store import EmailRecord, Store
from core.triage.task_fields import task_due
from core.vocabulary import ActionType

_LOG = logging.getLogger(__name__)

NOT_FLAGGED = "notFlagged"
FLAGGED = "flagged"
BY_ASSISTANT = "assistant"
BY_OWNER = "owner"

RecordStep = Callable[[dict[str, Any]], Awaitable[None]]


def add_working_days(day: date, count: int, working: frozenset[int]) -> date:
    """Return the date `count` working days after `day` (`day` itself for 0)."""
    if not working:
        raise ValueError("at least one working day is needed to count working days")
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() in working:
            count -= 1
    return day


def flag_for(
    rule: FlagRule, *, today: date, working: frozenset[int], task_due: date
) -> tuple[date, date]:
    """Return a rule's (start, due) dates for an approval on `today`; due is never before start."""
    start = add_working_days(today, rule.start_in_working_days, working)
    due = (
        task_due
        if rule.due_from_task
        else add_working_days(today, rule.due_in_working_days, working)
    )
    return start, max(start, due)


def flag_key(flag: Mapping[str, Any] | FollowupFlag | None) -> tuple[str, ...]:
    """Return what two flags must share to be the same flag.

    Dates compare as instants: Graph pads times to 7 decimals and may answer in another zone
    (UTC) than the one the flag was set in.
    """
    if flag is None:
        return (NOT_FLAGGED,)
    parsed = flag if isinstance(flag, FollowupFlag) else FollowupFlag.model_validate(flag)
    parts = [parsed.flag_status]
    for when in (parsed.start_date_time, parsed.due_date_time):
        if when is not None:
            parts.append(_instant(when))
    return tuple(parts)


def _instant(when: DateTimeTimeZone) -> str:
    wall = when.date_time[:19]
    zone = zone_info(when.time_zone)
    if zone is None:
        return f"{wall} {when.time_zone}"
    return datetime.fromisoformat(wall).replace(tzinfo=zone).astimezone(UTC).isoformat()


class FollowupFlags:
    """Sets the follow-up flag an approval's rules ask for, once, and records it."""

    def __init__(
        self,
        *,
        mail: MailApi,
        store: Store,
        settings: Callable[[], Settings],
        clock: Callable[[], datetime],
        time_zone: Callable[[], str],
    ) -> None:
        """`time_zone` is the mailbox's (Graph's name for it); dates are local days in it."""
        self._mail = mail
        self._store = store
        self._settings = settings
        self._clock = clock
        self._time_zone = time_zone

    async def on_approval(
        self,
        *,
        suggestion_id: int,
        email: EmailRecord,
        action: ActionType,
        current: FollowupFlag | None,
        recorded: Mapping[str, Any] | None,
        record: RecordStep,
        actor: str,
    ) -> None:
        """Flag the approved email if its action type's rule says so and the owner has no flag.

        `current` is the flag the approval's read of the message saw; `recorded` this step's
        record from an earlier attempt; `record` persists the step.
        """
        if recorded is not None and recorded.get("set"):
            return
        if recorded is not None:
            wanted = FollowupFlag.model_validate(recorded["flag"])
            await self._set(suggestion_id, email, dict(recorded), wanted, record, actor)
            return
        settings = self._settings()
        rule = settings.followup.flags.get(action)
        if rule is None:
            return
        before = current or FollowupFlag()
        if before.flag_status != NOT_FLAGGED:
            # The owner's own flag (flagged, or one they completed): leave it as it is.
            owners = before._to_graph()
            await record({"by": BY_OWNER, "before": owners, "flag": owners, "set": True})
            return
        wanted = self._wanted(rule, email, settings)
        planned = {
            "by": BY_ASSISTANT,
            "before": before._to_graph(),
            "flag": wanted._to_graph(),
            "set": False,
        }
        await record(planned)
        await self._set(suggestion_id, email, planned, wanted, record, actor)

    async def _set(
        self,
        suggestion_id: int,
        email: EmailRecord,
        planned: dict[str, Any],
        wanted: FollowupFlag,
        record: RecordStep,
        actor: str,
    ) -> None:
        await self._mail.set_flag(email.id, wanted)
        await record({**planned, "set": True})
        await self._store.log_action(
            "email.flag",
            actor=actor,
            email_id=email.id,
            suggestion_id=suggestion_id,
            target=email.id,
            before=planned["before"],
            after=planned["flag"],
            details={"reason": "approval", "by": BY_ASSISTANT},
        )
        _LOG.info("Flagged the email of suggestion %d for follow-up", suggestion_id)

    def _wanted(self, rule: FlagRule, email: EmailRecord, settings: Settings) -> FollowupFlag:
        name = self._time_zone()
        zone = zone_info(name)
        if zone is None:
            name, zone = "UTC", zone_info("UTC")
        today = self._clock().astimezone(zone).date()
        due_day = task_due(email, settings).astimezone(zone).date()
        start, due = flag_for(
            rule,
            today=today,
            working=settings.calendars.working_hours.weekday_numbers,
            task_due=max(today, due_day),
        )
        return FollowupFlag(
            flag_status=FLAGGED,
            start_date_time=DateTimeTimeZone.for_date(start, name),
            due_date_time=DateTimeTimeZone.for_date(due, name),
        )
