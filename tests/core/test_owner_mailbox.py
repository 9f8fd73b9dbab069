"""The runtime over the emulator, as the owner's mailbox is set up: its time zone, its account
kind, and its taxonomy folders resolved at start so every approval takes two round trips."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.config.settings import Project, add_taxonomy_entry
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.mail_sync import email_record
from core.microsoft.mailbox_profile import CONSUMER_TENANT_ID, AccountKind
from core.runtime import Runtime
from core.vocabulary import ActionType, Priority
from tests.conftest import OWNER_CONFIG, open_runtime

# 05:00 UTC on 10 March is 21:00 on 9 March in Seattle; + 48 h (the nudge) is 11 March there.
RECEIVED = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)


class ConsumerSignIn(StaticTokenProvider):
    """A sign-in whose id token names the consumer tenant (as MSAL's cache records it)."""

    def account_tenant_id(self) -> str | None:
        return CONSUMER_TENANT_ID


@pytest.fixture
def config_path(tmp_path: Path, emulator) -> Path:
    path = tmp_path / "config.yaml"
    config = OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "owner.db")
    path.write_text(config + "integrations:\n  todo:\n    enabled: true\n")
    return path


@pytest.fixture
async def runtime(config_path: Path) -> AsyncIterator[Runtime]:
    async with open_runtime(config_path) as runtime:
        yield runtime


async def approve_new(runtime: Runtime, emulator, folder: str = "Areas/Finance"):
    """Deliver an email, suggest it for `folder` as Needs Reply, approve it; return the outcome."""
    msg = emulator.add_message(
        "Inbox",
        subject="Q3 invoice",
        sender_name="Ana Costa",
        sender_address="ana@example.com",
        received=RECEIVED,
    )
    record = email_record(await runtime.mail.get_message(msg.immutable_id))
    await runtime.store.upsert_emails([record])
    suggestion_id = await runtime.store.create_suggestion(
        email_id=record.id,
        folder=folder,
        priority=Priority.P2.value,
        action_type=ActionType.NEEDS_REPLY.value,
        confidence=0.9,
        reason="test",
        classifier="heuristic",
    )
    emulator.clear_requests()
    return record.id, await runtime.approvals.approve(suggestion_id, actor="owner")


def task_posts(emulator) -> list[dict]:
    return [
        r.json
        for r in emulator.requests
        if r.method == "POST" and r.path.endswith("/tasks") and isinstance(r.json, dict)
    ]


# -- item: due dates in the owner's time zone ----------------------------------------------------


@pytest.mark.parametrize("zone", ["Pacific Standard Time", "America/Los_Angeles"])
async def test_the_due_date_is_the_local_date_in_the_mailbox_time_zone(runtime, emulator, zone):
    emulator.mailbox_settings["timeZone"] = zone  # Graph answers with either form

    report = await runtime.first_start()
    _, outcome = await approve_new(runtime, emulator)

    assert report.mailbox.time_zone == zone
    assert outcome.status == "approved"
    [post] = task_posts(emulator)
    assert post["dueDateTime"] == {"dateTime": "2026-03-11T00:00:00", "timeZone": zone}
    # The reminder is an instant, so it stays in UTC.
    assert post["reminderDateTime"] == {"dateTime": "2026-03-14T05:00:00", "timeZone": "UTC"}


async def test_an_unknown_mailbox_zone_falls_back_to_utc_with_one_warning(
    runtime, emulator, caplog
):
    emulator.mailbox_settings["timeZone"] = "Atlantis Standard Time"

    with caplog.at_level(logging.WARNING, logger="core.microsoft.mailbox_profile"):
        report = await runtime.first_start()
    _, outcome = await approve_new(runtime, emulator)

    assert report.mailbox.time_zone == "UTC"
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "Atlantis Standard Time" in warning.getMessage()
    [post] = task_posts(emulator)
    assert outcome.status == "approved"
    assert post["dueDateTime"] == {"dateTime": "2026-03-12T00:00:00", "timeZone": "UTC"}


async def test_mailbox_settings_are_read_once_at_start_and_again_on_reload(
    runtime, emulator, config_path
):
    await runtime.first_start()
    await approve_new(runtime, emulator)
    reads = [r for r in emulator.requests if "mailboxSettings" in r.path]
    assert reads == [], "an approval must not read the mailbox settings again"

    emulator.mailbox_settings["timeZone"] = "Tokyo Standard Time"
    add_taxonomy_entry(config_path, "project", Project(name="Atlas", folder="Projects/Atlas"))
    await runtime.reload_config()

    assert runtime.mailbox.time_zone == "Tokyo Standard Time"
    assert runtime.todo.time_zone == "Tokyo Standard Time"


@pytest.mark.parametrize("sign_in", ["bare token", "MSAL"])
async def test_a_failed_settings_read_keeps_start_up_going_in_utc(
    config_path, emulator, caplog, sign_in
):
    # With a bare token the read travels in a $batch beside /me; after MSAL it goes alone.
    tokens = StaticTokenProvider("t") if sign_in == "bare token" else ConsumerSignIn("t")
    emulator.inject("GET", r"^/me/mailboxSettings", status=403)

    with caplog.at_level(logging.WARNING, logger="core.microsoft.mailbox_profile"):
        async with open_runtime(config_path, tokens) as runtime:
            report = await runtime.first_start()

    assert report.mailbox.time_zone == "UTC" and report.todo.enabled
    [warning] = caplog.records
    assert "mailbox" in warning.getMessage() and "UTC" in warning.getMessage()


async def test_an_unanswered_me_keeps_the_work_link_with_a_warning(runtime, emulator, caplog):
    emulator.inject("GET", r"^/me$", status=404)

    with caplog.at_level(logging.WARNING, logger="core.microsoft.mailbox_profile"):
        report = await runtime.first_start()

    assert report.mailbox.account is AccountKind.WORK
    [warning] = caplog.records
    assert "account kind" in warning.getMessage()


# -- item: To Do links for work and personal accounts ------------------------------------------


async def test_a_work_account_gets_the_office_to_do_link(runtime, emulator):
    report = await runtime.first_start()
    _, outcome = await approve_new(runtime, emulator)

    assert report.mailbox.account is AccountKind.WORK
    assert outcome.task_web_url is not None
    assert outcome.task_web_url.startswith("https://to-do.office.com/tasks/id/")
    assert outcome.task_web_url.endswith("/details")


async def test_a_personal_account_gets_the_live_to_do_link(runtime, emulator):
    # Graph gives personal Microsoft accounts a 16-hex-digit id instead of a GUID.
    emulator.profile["id"] = "fde926f844473904"
    emulator.profile["userPrincipalName"] = "maya@outlook.com"

    report = await runtime.first_start()
    _, outcome = await approve_new(runtime, emulator)

    assert report.mailbox.account is AccountKind.PERSONAL
    assert outcome.task_web_url is not None
    assert outcome.task_web_url.startswith("https://to-do.live.com/tasks/id/")


async def test_the_sign_in_tenant_decides_and_saves_the_me_lookup(config_path, emulator):
    async with open_runtime(config_path, ConsumerSignIn("t")) as runtime:
        report = await runtime.first_start()

    assert report.mailbox.account is AccountKind.PERSONAL
    assert not [r for r in emulator.requests if r.path == "/me"]


# -- item: two round trips for every approval, cold or warm -----------------------------------


def folder_lookups(emulator) -> list[str]:
    return [r.path for r in emulator.requests if "mailFolders" in r.path]


async def test_start_creates_the_taxonomy_folders_once_and_logs_them(config_path, emulator):
    for _ in range(2):  # a first start, then a restart on the same database
        async with open_runtime(config_path) as runtime:
            report = await runtime.first_start()
            created = await runtime.store.list_actions(action="mail.folder.create")
        if _ == 0:
            assert set(report.folders_created) == {
                "Projects",
                "Projects/Tradecore Steel",
                "Areas",
                "Areas/Finance",
            }
    assert report.folders_created == ()
    assert len(created) == 4
    assert emulator.folder_id("Projects/Tradecore Steel") and emulator.folder_id("Areas/Finance")


async def test_the_first_approval_into_a_folder_after_start_takes_two_round_trips(
    runtime, emulator
):
    await runtime.first_start()

    email_id, outcome = await approve_new(runtime, emulator, folder="Projects/Tradecore Steel")

    assert outcome.status == "approved"
    assert outcome.graph_round_trips == 2
    assert folder_lookups(emulator) == []
    moved = emulator.message(email_id)
    assert emulator.folder_path(moved.folder_id) == "Projects/Tradecore Steel"


async def test_a_project_added_by_reload_is_resolved_before_its_first_approval(
    runtime, emulator, config_path
):
    await runtime.first_start()
    add_taxonomy_entry(config_path, "project", Project(name="Atlas", folder="Projects/Atlas"))
    await runtime.reload_config()
    assert emulator.folder_id("Projects/Atlas")

    email_id, outcome = await approve_new(runtime, emulator, folder="Projects/Atlas")

    assert outcome.graph_round_trips == 2 and folder_lookups(emulator) == []
    assert emulator.folder_path(emulator.message(email_id).folder_id) == "Projects/Atlas"


async def test_folders_that_cannot_be_resolved_at_start_are_resolved_by_the_approval(
    runtime, emulator
):
    emulator.inject("GET", r"^/me/mailFolders$", status=403, times=1)

    report = await runtime.first_start()
    email_id, outcome = await approve_new(runtime, emulator)

    assert report.folders_created == () and outcome.status == "approved"
    assert emulator.folder_path(emulator.message(email_id).folder_id) == "Areas/Finance"
