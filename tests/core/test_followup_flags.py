"""Follow-up flags set on approval, against the Graph emulator over HTTP (core.followup.flags).

The approval runs through the real ApprovalService; the flag is the emulator's message state,
whose PATCH refuses what Outlook refuses (a due date without a start, a dateTime carrying its
own offset beside a time zone). The clock and the mailbox's time zone are injected.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from typing import Any

import pytest

from core.config.settings import FlagRule, Settings
from core.followup.flags import add_working_days, flag_for, flag_key
from core.microsoft.mailbox_profile import MailboxProfile
from core.vocabulary import ActionType
from tests.core.test_approval import ACTOR, Env, approve_new, deliver, make_settings, suggest
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)
from tests.core.test_task_sync_todo import one_pass

# A Friday: two working days later is the Tuesday.
NOW = datetime(2026, 3, 6, 10, 0, tzinfo=UTC)
WEEKDAYS = frozenset(range(5))


def with_flags(flags: dict[str, Any], base: Settings | None = None) -> Settings:
    base = base or make_settings()
    return Settings.model_validate(
        {**base.model_dump(mode="json", exclude_unset=True), "followup": {"flags": flags}}
    )


def flagging(env: Env, flags: dict[str, Any], *, zone: str = "UTC", now: datetime = NOW) -> None:
    env.settings = with_flags(flags, env.settings)
    env.new_service(clock=lambda: now, mailbox=lambda: MailboxProfile(time_zone=zone))


def flag_patches(env: Env, email_id: str) -> list[Any]:
    return [
        r
        for r in env.emulator.requests
        if r.method == "PATCH" and r.path.endswith(email_id) and "flag" in (r.json or {})
    ]


def day(text: str, zone: str = "UTC") -> dict[str, str]:
    return {"dateTime": f"{text}T00:00:00", "timeZone": zone}


def test_working_days_skip_the_weekend_and_due_is_never_before_start() -> None:
    friday = date(2026, 3, 6)
    assert add_working_days(friday, 0, WEEKDAYS) == friday
    assert add_working_days(friday, 1, WEEKDAYS) == date(2026, 3, 9)
    assert add_working_days(friday, 2, WEEKDAYS) == date(2026, 3, 10)
    rule = FlagRule(start_in_working_days=1, due_from_task=True)
    assert flag_for(rule, today=friday, working=WEEKDAYS, task_due=friday) == (
        date(2026, 3, 9),
        date(2026, 3, 9),
    )
    with pytest.raises(ValueError, match="at least start_in_working_days"):
        FlagRule(start_in_working_days=3, due_in_working_days=1)


async def test_approval_flags_a_configured_action_type_and_no_other(env):
    flagging(env, {"Needs Reply": {"due_in_working_days": 2}})

    replied, reply_id, outcome = await approve_new(env, action=ActionType.NEEDS_REPLY)
    fyi, fyi_id, fyi_outcome = await approve_new(
        env, subject="Newsletter", action=ActionType.FYI_ONLY
    )

    assert outcome.status == fyi_outcome.status == "approved"
    assert env.emulator.message(replied).flag == {
        "flagStatus": "flagged",
        "startDateTime": day("2026-03-06"),
        "dueDateTime": day("2026-03-10"),
    }
    assert env.emulator.message(fyi).flag == {"flagStatus": "notFlagged"}
    assert len(flag_patches(env, replied)) == 1 and flag_patches(env, fyi) == []
    record = await env.store.get_suggestion(reply_id)
    assert record.steps["follow_up_flag"]["by"] == "assistant"
    assert record.steps["follow_up_flag"]["before"] == {"flagStatus": "notFlagged"}
    assert "follow_up_flag" not in (await env.store.get_suggestion(fyi_id)).steps
    (logged,) = await env.store.list_actions(action="email.flag")
    assert (logged.suggestion_id, logged.after["flagStatus"]) == (reply_id, "flagged")


async def test_due_from_task_is_the_tasks_due_day_in_the_mailboxs_zone(env):
    # The task falls due 48 h after arrival (2026-03-04 22:30 UTC): already the 5th in Tokyo.
    flagging(
        env,
        {"Waiting For": {"due_from_task": True}},
        zone="Tokyo Standard Time",
        now=datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
    )
    email_id, _, _ = await approve_new(env, action=ActionType.WAITING_FOR)
    assert env.emulator.message(email_id).flag == {
        "flagStatus": "flagged",
        "startDateTime": day("2026-03-03", "Tokyo Standard Time"),
        "dueDateTime": day("2026-03-05", "Tokyo Standard Time"),
    }


async def test_an_owners_flag_is_never_overwritten_and_is_recorded_as_theirs(env):
    flagging(env, {"Needs Reply": {"due_in_working_days": 1}})
    owners = {
        "flagStatus": "flagged",
        "startDateTime": {"dateTime": "2026-03-02T00:00:00.0000000", "timeZone": "UTC"},
        "dueDateTime": {"dateTime": "2026-03-20T00:00:00.0000000", "timeZone": "UTC"},
    }
    completed = {"flagStatus": "complete"}
    for subject, flag in (("Owner flagged", owners), ("Owner completed", completed)):
        email_id = await deliver(env, subject=subject)
        env.emulator.update_message(email_id, flag=flag)
        suggestion_id = await suggest(env, email_id, action=ActionType.NEEDS_REPLY)

        outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

        assert outcome.status == "approved"
        assert env.emulator.message(email_id).flag == flag
        assert flag_patches(env, email_id) == []
        step = (await env.store.get_suggestion(suggestion_id)).steps["follow_up_flag"]
        assert step == {"by": "owner", "before": flag, "flag": flag, "set": True}
    assert await env.store.list_actions(action="email.flag") == []


@pytest.mark.parametrize("dies_at", ["planned", "set"])
async def test_an_approval_that_died_around_the_flag_resumes_with_our_flag_once(
    env, monkeypatch, dies_at
):
    flagging(env, {"Needs Reply": {"due_in_working_days": 2}})
    email_id = await deliver(env)
    suggestion_id = await suggest(env, email_id, action=ActionType.NEEDS_REPLY)
    record_step = env.store.record_suggestion_step

    async def step_then_die(sid: int, step: str, result: Any) -> None:
        # "planned": dies before the PATCH; "set": the PATCH went through, its record did not.
        if step == "follow_up_flag" and (dies_at == "set") == result["set"]:
            if dies_at == "set":
                raise asyncio.CancelledError
            await record_step(sid, step, result)
            raise asyncio.CancelledError
        await record_step(sid, step, result)

    monkeypatch.setattr(env.store, "record_suggestion_step", step_then_die)
    with pytest.raises(asyncio.CancelledError):
        await env.approvals.approve(suggestion_id, actor=ACTOR)
    monkeypatch.undo()

    [outcome] = await env.new_service(clock=lambda: NOW).resume_interrupted()

    assert outcome.status == "approved"
    assert env.emulator.message(email_id).flag["flagStatus"] == "flagged"
    step = (await env.store.get_suggestion(suggestion_id)).steps["follow_up_flag"]
    assert (step["by"], step["set"]) == ("assistant", True), "never mistaken for the owner's"
    assert len(await env.store.list_actions(action="email.flag")) == 1


async def test_completing_the_task_marks_our_flag_complete(env):
    flagging(env, {"Needs Reply": {"due_in_working_days": 2}})
    email_id, _, _ = await approve_new(env, action=ActionType.NEEDS_REPLY)
    (task,) = env.tasks_for(email_id)
    await one_pass(env)

    env.emulator.change_task(env.own_list_id(), task["id"], status="completed")
    report = await one_pass(env)

    assert report.completed == 1 and report.flags_updated == 1
    flag = env.emulator.message(email_id).flag
    assert flag["flagStatus"] == "complete"
    assert flag["dueDateTime"] == day("2026-03-10"), "the dates stay"

    env.emulator.change_task(env.own_list_id(), task["id"], status="notStarted")
    assert (await one_pass(env)).flags_updated == 1
    assert env.emulator.message(email_id).flag["flagStatus"] == "flagged"


async def test_completing_the_task_leaves_the_owners_own_flag_alone(env):
    # No rule: the approval sets no flag; the owner flags the email in Outlook afterwards.
    email_id, _, _ = await approve_new(env, action=ActionType.NEEDS_REPLY)
    (task,) = env.tasks_for(email_id)
    owners = {
        "flagStatus": "flagged",
        "dueDateTime": day("2026-03-20"),
        "startDateTime": day("2026-03-02"),
    }
    env.emulator.update_message(email_id, flag=owners)
    await one_pass(env)

    env.emulator.change_task(env.own_list_id(), task["id"], status="completed")
    env.emulator.clear_requests()
    report = await one_pass(env)

    assert report.completed == 1 and report.flags_updated == 0
    assert env.emulator.message(email_id).flag["flagStatus"] == "flagged"
    assert flag_patches(env, email_id) == []
    assert await env.store.list_actions(action="email.flag") == []


def test_flags_compare_as_instants_whatever_zone_graph_answers_in() -> None:
    tokyo = {
        "flagStatus": "flagged",
        "startDateTime": {"dateTime": "2026-03-03T00:00:00", "timeZone": "Tokyo Standard Time"},
        "dueDateTime": {"dateTime": "2026-03-05T00:00:00", "timeZone": "Asia/Tokyo"},
    }
    as_utc = {
        "flagStatus": "flagged",
        "startDateTime": {"dateTime": "2026-03-02T15:00:00.0000000", "timeZone": "UTC"},
        "dueDateTime": {"dateTime": "2026-03-04T15:00:00.0000000", "timeZone": "UTC"},
    }
    assert flag_key(tokyo) == flag_key(as_utc)
    assert flag_key({**as_utc, "flagStatus": "complete"}) != flag_key(as_utc)
    assert flag_key(None) == flag_key({"flagStatus": "notFlagged"})
    odd = {
        "flagStatus": "flagged",
        "startDateTime": {"dateTime": "2026-03-03T00:00:00", "timeZone": "Mars"},
    }
    assert flag_key(odd) == ("flagged", "2026-03-03T00:00:00 Mars")
