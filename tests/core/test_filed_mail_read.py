"""Reading the owner's filed mail through Graph (the emulator) for the offline classifier."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]

from core.api import Assistant
from core.config.settings import Settings
from core.errors import GraphError
from core.jobs import FILED_MAIL_INTERVAL, FILED_MAIL_JOB_ID
from core.microsoft.mail import FILED_SELECT, MailApi
from core.status import gather_status
from core.triage.classification import EmailForClassification
from core.triage.filed_mail import read_filed_mail
from tests.conftest import OWNER_CONFIG, open_runtime

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
FINANCE = "Areas/Finance"
TRADECORE = "Projects/Tradecore Steel"


def settings(per_folder: int = 200) -> Settings:
    return Settings.model_validate(
        {
            "projects": [{"name": "Tradecore Steel Implementation", "folder": TRADECORE}],
            "areas": [{"name": "Finance", "folder": FINANCE}],
            "classifier": {"filed_mail_per_folder": per_folder},
        }
    )


def file_mail(emulator, folder: str, count: int, sender: str = "ola@books.example") -> None:
    for i in range(count):
        emulator.add_message(
            folder,
            subject=f"Month-end close {i}",
            sender_name="Ola",
            sender_address=sender,
            body=f"Accruals and reconciliation, batch {i}.",
            received=NOW - timedelta(hours=i),
        )


def folder_reads(emulator) -> list:
    return [r for r in emulator.requests if r.path.endswith("/messages") and not r.in_batch]


async def test_each_taxonomy_folders_newest_mail_is_read_and_a_missing_folder_is_named(
    emulator, graph
):
    emulator.add_folder(FINANCE)
    file_mail(emulator, FINANCE, 4)
    file_mail(emulator, "Inbox", 5, sender="noise@else.example")  # the Inbox is no filing

    read = await read_filed_mail(MailApi(graph), settings(), NOW)

    assert (read.model.size, read.folders, read.missing) == (4, 1, (TRADECORE,))
    assert read.read_at == NOW
    habit = read.model.habits("ola@books.example")
    assert (
        habit.reasons[FINANCE] == "you filed 4 of 4 emails from ola@books.example in Areas/Finance"
    )
    (request,) = folder_reads(emulator)
    assert request.query["$select"] == FILED_SELECT
    assert request.query["$orderby"] == "receivedDateTime desc"


async def test_a_big_folder_is_read_in_pages_only_as_far_as_the_limit(emulator, graph):
    emulator.add_folder(FINANCE)
    emulator.add_folder(TRADECORE)
    file_mail(emulator, FINANCE, 130)

    read = await read_filed_mail(MailApi(graph), settings(per_folder=120), NOW)

    assert read.model.size == 120
    finance = [r for r in folder_reads(emulator) if emulator.folder_id(FINANCE) in r.path]
    assert [r.query.get("$top") for r in finance] == ["100", "100"]  # the second via nextLink
    assert [r.query.get("$skip") for r in finance] == [None, "100"]


async def test_throttling_is_waited_out(emulator, graph, sleeps):
    emulator.add_folder(FINANCE)
    file_mail(emulator, FINANCE, 4)
    emulator.throttle("GET", r"/messages$", retry_after=7)

    read = await read_filed_mail(MailApi(graph), settings(), NOW)

    assert read.model.size == 4
    assert 7 in sleeps.calls


async def test_zero_per_folder_reads_nothing(emulator, graph):
    emulator.add_folder(FINANCE)
    file_mail(emulator, FINANCE, 4)

    read = await read_filed_mail(MailApi(graph), settings(per_folder=0), NOW)

    assert read.model.size == 0
    assert emulator.requests == []


def owners_mail() -> EmailForClassification:
    return EmailForClassification(
        email_id="m1",
        subject="A question",
        sender_name="Ola",
        sender_address="ola@books.example",
        received_at=NOW,
        body_text="Could you check this before Friday?",
        preview="Could you check this before Friday?",
    )


async def test_start_up_teaches_the_fallback_and_a_failed_read_keeps_the_last_model(
    tmp_path, emulator, sleeps
):
    emulator.add_folder(FINANCE)
    file_mail(emulator, FINANCE, 4)
    path = tmp_path / "config.yaml"
    path.write_text(OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "o.db"))
    async with open_runtime(path, graph_sleep=sleeps) as runtime:
        await runtime.first_start()
        first = runtime.filed_mail
        assert first is not None and first.model.size == 4
        taught = await runtime.heuristic.classify(owners_mail(), settings=runtime.settings)
        assert taught.folder == FINANCE
        status = await gather_status(runtime)
        assert (status.filed_emails, status.filed_folders) == (4, 2)  # Tradecore is empty

        emulator.inject("GET", r"/messages$", status=500, times=10)
        with pytest.raises(GraphError):
            await runtime.refresh_filed_mail()
        assert runtime.filed_mail is first
        assert runtime.heuristic.filed is first.model


async def test_start_up_goes_on_when_the_filed_mail_cannot_be_read(tmp_path, emulator, sleeps):
    emulator.add_folder(FINANCE)
    emulator.inject("GET", r"/messages$", status=500, times=10)
    path = tmp_path / "config.yaml"
    path.write_text(OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "o.db"))
    async with open_runtime(path, graph_sleep=sleeps) as runtime:
        report = await runtime.first_start()
        assert report is not None
        assert runtime.filed_mail is None
        assert runtime.heuristic.filed is None
        assert (await gather_status(runtime)).filed_emails is None


async def test_the_service_reads_the_filed_mail_again_every_6_hours(owner_runtime, emulator):
    scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=UTC)
    scheduler.start(paused=True)
    try:
        jobs = Assistant(owner_runtime).schedule_jobs(scheduler)
        job = scheduler.get_job(FILED_MAIL_JOB_ID)
        assert job is not None and job.trigger.interval == FILED_MAIL_INTERVAL
        # Start-up read it already: the job's first run is one interval later, not at once.
        assert job.next_run_time >= datetime.now(UTC) + FILED_MAIL_INTERVAL - timedelta(minutes=1)
        assert jobs.filed_mail is not None and FILED_MAIL_JOB_ID in jobs.health()
        file_mail(emulator, FINANCE, 4)
        assert await jobs.filed_mail.run() is True
        assert owner_runtime.filed_mail is not None and owner_runtime.filed_mail.model.size == 4
    finally:
        scheduler.shutdown(wait=False)
