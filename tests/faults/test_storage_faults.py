"""Local storage faults: SQLite locked or full, and unwritable token-cache and config directories.

The store is a real file opened with a short busy timeout. "Locked" is another sqlite3 connection
holding an EXCLUSIVE transaction (in WAL mode that blocks writers, not readers); "full" is
SQLite's own `PRAGMA max_page_count` on the store's connection, which fails a write that needs a
new page with SQLITE_FULL ("database or disk is full") exactly as a full disk does. Each fault
must surface as one StoreError naming the operation, leave nothing half-written, and clear up
once the fault goes, without a duplicate email, suggestion or To Do task.

Unwritable directories: as root, permission bits do not stop writes, so the write runs with the
effective uid of `nobody` (restored at once); as any other user the mode bits alone do it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from core.config.settings import Area, ConfigError, Settings, add_taxonomy_entry, load_settings
from core.errors import AuthError, StoreError
from core.jobs import GuardedJob
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.auth.cache import FileTokenCache
from core.microsoft.graph import GraphClient
from core.microsoft.mail import MailApi
from core.microsoft.mail_sync import InboxSync
from core.microsoft.todo import TodoApi
from core.store import Store, SuggestionRecord
from core.triage.approval import ApprovalService
from core.triage.approval_steps import STEP_CATEGORIZED, STEP_MOVED, STEP_TASK_STARTED
from core.triage.heuristic import HeuristicClassifier
from core.triage.service import TriageService
from core.vocabulary import STATE_INBOX_DELTA_LINK, ActionType
from sandbox.graph_emulator import EmulatedMessage, GraphEmulator
from tests.faults.scoreboard import Scoreboard
from tests.sqlite_lock import SqliteLock

pytestmark = pytest.mark.faults

ACTOR = "slack:U012AB3CD"
BUSY_MS = 30
NOBODY = 65534
SETTINGS = Settings.model_validate(
    {
        "projects": [
            {"name": "Tradecore", "folder": "Projects/Tradecore", "keywords": ["cutover"]}
        ],
        "areas": [{"name": "Finance", "folder": "Areas/Finance", "keywords": ["invoice"]}],
        "integrations": {"todo": {"enabled": True}},
    }
)


class LockOnSleep:
    """The GraphClient's sleep: while Graph throttles, the other process takes the lock."""

    def __init__(self, lock: SqliteLock) -> None:
        self.lock = lock
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if len(self.waits) == 1:
            self.lock.take()


@dataclass
class Rig:
    """A triage service and approvals over a file store, wired to the emulator."""

    emulator: GraphEmulator
    store: Store
    lock: SqliteLock
    sleep: LockOnSleep
    triage: TriageService
    inbox: InboxSync
    delivered: list[str] = field(default_factory=list)

    def deliver(self, count: int, *, body: str = "Please confirm the cutover plan.") -> None:
        for i in range(count):
            message = self.emulator.add_message(
                subject=f"Cutover weekend plan {len(self.delivered)}",
                sender_name="Dana",
                sender_address="dana@tradecore-steel.example",
                body=f"{body} ({i})",
            )
            self.delivered.append(message.immutable_id)

    async def counts(self) -> tuple[int, dict[str, int], str | None]:
        return (
            await self.store.count_emails(),
            await self.store.count_suggestions(),
            await self.store.get_state(STATE_INBOX_DELTA_LINK),
        )

    async def missing_and_duplicated(self) -> tuple[int, int]:
        """Count delivered emails without a suggestion, and suggestions beyond one per email."""
        suggestions = await self.store.list_suggestions(limit=10_000)
        per_email = Counter(s.email_id for s in suggestions)
        missing = sum(1 for email_id in self.delivered if per_email[email_id] == 0)
        return missing, sum(n - 1 for n in per_email.values())

    async def suggestion(self, suggestion_id: int) -> SuggestionRecord:
        record = await self.store.get_suggestion(suggestion_id)
        assert record is not None
        return record

    def message(self, email_id: str) -> EmulatedMessage:
        message = self.emulator.message(email_id)
        assert message is not None
        return message

    def own_tasks(self) -> list[dict[str, Any]]:
        lists = [x for x in self.emulator.todo_lists if x["displayName"] == "AI Assistant"]
        return [task for x in lists for task in self.emulator.tasks(x["id"])]


@pytest.fixture
async def rig(tmp_path: Path, emulator: GraphEmulator) -> AsyncIterator[Rig]:
    path = tmp_path / "assistant.db"
    store = await Store.open(path, busy_timeout_ms=BUSY_MS)
    lock = SqliteLock(str(path))
    sleep = LockOnSleep(lock)
    async with aiohttp.ClientSession() as session:
        graph = GraphClient(
            session, StaticTokenProvider("test-token"), base_url=emulator.base_url, sleep=sleep
        )
        mail = MailApi(graph)
        inbox = InboxSync(mail, store, backfill_days=2)
        approvals = ApprovalService(
            graph=graph,
            mail=mail,
            todo=TodoApi(graph, store),
            store=store,
            settings=lambda: SETTINGS,
        )
        triage = TriageService(
            inbox=inbox,
            store=store,
            approvals=approvals,
            settings=lambda: SETTINGS,
            primary=None,
            fallback=HeuristicClassifier(),
        )
        try:
            yield Rig(emulator, store, lock, sleep, triage, inbox)
        finally:
            lock.release()
            await store.close()


def integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


async def set_max_pages(store: Store, pages: int | None) -> None:
    """Cap the database's size at `pages` (None: at its current size), as a full disk would."""
    # The cap is a property of one connection, so it has to be set on the store's own.
    async with store._using("capping the database") as db:
        if pages is None:
            rows = await db.execute_fetchall("PRAGMA page_count")
            pages = int(list(rows)[0][0])
        await db.execute(f"PRAGMA max_page_count = {int(pages)}")


# -- SQLite locked ----------------------------------------------------------------------------


async def test_a_locked_database_fails_the_pass_with_the_operation_and_the_retry_completes(
    rig: Rig, scoreboard: Scoreboard
) -> None:
    rig.deliver(3)
    await rig.triage.refresh()  # the first pass fixes the floor and the delta link
    rig.deliver(4)
    before = await rig.counts()
    job = GuardedJob("triage", rig.triage.refresh, timeout=60)

    rig.lock.take()
    with pytest.raises(StoreError, match=r"database is locked while saving emails: .*assistant"):
        await rig.triage.refresh()
    survived = await job.run()  # the scheduled job logs it and returns; the service goes on
    assert await rig.counts() == before  # nothing half-written, the delta link did not move
    rig.lock.release()
    report = await rig.triage.refresh()

    missing, duplicated = await rig.missing_and_duplicated()
    score = scoreboard.scenario("SQLite locked")
    score.add(
        attempted=len(rig.delivered),
        succeeded=len(rig.delivered) - missing,
        duplicated=duplicated,
        lost=missing,
    )
    assert survived is False and "database is locked" in (job.health.last_error or "")
    assert (report.new_emails, report.classified) == (4, 4)
    assert await rig.store.count_emails() == len(rig.delivered)
    score.assert_clean()


async def test_a_lock_during_classification_leaves_every_email_for_the_next_pass(
    rig: Rig, scoreboard: Scoreboard
) -> None:
    await rig.triage.refresh()
    rig.deliver(5)
    await rig.inbox.sync()  # stored, not yet classified

    rig.lock.take()
    refused = await rig.triage.classify_pending()  # every write is refused; the pass still ends
    assert refused == [] and await rig.store.count_suggestions() == {}
    assert rig.triage.stats.classification_failures == 5
    rig.lock.release()
    created = await rig.triage.classify_pending()

    missing, duplicated = await rig.missing_and_duplicated()
    score = scoreboard.scenario("SQLite locked")
    score.add(
        attempted=len(rig.delivered),
        succeeded=len(rig.delivered) - missing,
        duplicated=duplicated,
        lost=missing,
    )
    assert len(created) == 5
    score.assert_clean()


async def test_an_approval_refused_by_a_lock_changes_nothing_and_succeeds_later(
    rig: Rig, scoreboard: Scoreboard
) -> None:
    rig.deliver(1)
    await rig.triage.refresh()
    [view] = await rig.triage.list_pending()

    rig.lock.take()
    refused = f"database is locked while moving suggestion {view.suggestion_id} to approving"
    with pytest.raises(StoreError, match=refused):
        await rig.triage.approve(view.suggestion_id, actor=ACTOR)
    record = await rig.suggestion(view.suggestion_id)
    assert record.status == "pending" and record.steps == {}
    assert not [r for r in rig.emulator.requests if r.method != "GET"]  # Graph untouched
    rig.lock.release()
    outcome = await rig.triage.approve(view.suggestion_id, actor=ACTOR)

    score = scoreboard.scenario("SQLite locked")
    ok = outcome.status == "approved"
    score.add(attempted=1, succeeded=int(ok), lost=int(not ok))
    assert ok
    score.assert_clean()


async def test_a_lock_in_the_middle_of_an_approval_is_recovered_by_the_next_pass(
    rig: Rig, scoreboard: Scoreboard
) -> None:
    rig.deliver(1)
    await rig.triage.refresh()
    [view] = await rig.triage.list_pending()
    email_id = view.email_id
    # The $batch is throttled once; while the client waits, another process locks the database.
    rig.emulator.throttle("POST", r"^/\$batch$", retry_after=2)

    with pytest.raises(StoreError, match="database is locked while recording step 'categorized'"):
        await rig.triage.approve(
            view.suggestion_id, actor=ACTOR, edits={"action_type": ActionType.NEEDS_REPLY.value}
        )

    # Graph did more than the store could record: the batch set categories and made the task.
    stuck = await rig.suggestion(view.suggestion_id)
    assert set(stuck.steps) == {STEP_MOVED, STEP_TASK_STARTED}
    assert len(rig.own_tasks()) == 1 and rig.message(email_id).categories
    assert rig.sleep.waits == [2]  # the Retry-After was honoured (recorded, not slept)
    rig.lock.release()
    report = await rig.triage.refresh()

    record = await rig.suggestion(view.suggestion_id)
    tasks = rig.own_tasks()
    syncs = await rig.store.task_syncs_for_email(email_id)
    message = rig.message(email_id)
    score = scoreboard.scenario("SQLite locked")
    score.add(
        attempted=1,
        succeeded=int(record.status == "approved"),
        duplicated=max(0, len(tasks) - 1) + max(0, len(syncs) - 1),
        lost=int(record.status != "approved"),
    )
    assert report.resumed_approvals == 1 and record.status == "approved", record
    assert STEP_CATEGORIZED in record.steps and record.steps["task_created"]["adopted"] is True
    assert [s.todo_task_id for s in syncs] == [t["id"] for t in tasks]
    assert rig.emulator.folder_path(message.folder_id) == record.folder
    assert len(message.categories) == len(set(message.categories)) == 2
    score.assert_clean()


# -- SQLite full ------------------------------------------------------------------------------


async def test_a_full_database_rolls_the_page_back_and_the_next_pass_stores_it(
    rig: Rig, scoreboard: Scoreboard
) -> None:
    rig.deliver(2)
    await rig.triage.refresh()
    rig.deliver(20, body="x" * 30_000)  # ~600 kB of new pages
    before = await rig.counts()
    await set_max_pages(rig.store, None)
    job = GuardedJob("triage", rig.triage.refresh, timeout=60)

    with pytest.raises(StoreError, match="database or disk is full while saving emails"):
        await rig.triage.refresh()
    survived = await job.run()
    after = await rig.counts()
    await set_max_pages(rig.store, 1_073_741_823)
    report = await rig.triage.refresh()

    missing, duplicated = await rig.missing_and_duplicated()
    score = scoreboard.scenario("SQLite full")
    score.add(
        attempted=len(rig.delivered),
        succeeded=len(rig.delivered) - missing,
        duplicated=duplicated,
        lost=missing,
    )
    assert after == before  # the transaction was rolled back: not one of the 20 rows is there
    assert survived is False and "database or disk is full" in (job.health.last_error or "")
    assert integrity(Path(rig.store.path)) == "ok"
    assert (report.new_emails, report.classified) == (20, 20)
    score.assert_clean()


# -- unwritable directories -------------------------------------------------------------------


@contextlib.contextmanager
def unwritable(directory: Path) -> Iterator[None]:
    """Make `directory` unwritable for this process for the duration of the block."""
    mode = directory.stat().st_mode
    os.chmod(directory, 0o555)
    as_root = os.geteuid() == 0
    try:
        if as_root:
            os.seteuid(NOBODY)
        yield
    finally:
        if as_root:
            os.seteuid(0)
        os.chmod(directory, mode)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory `nobody` can traverse (pytest's tmp_path is private to its owner)."""
    with tempfile.TemporaryDirectory() as name:
        base = Path(name)
        os.chmod(base, 0o755)
        yield base


def test_an_unwritable_token_cache_directory_is_an_auth_error_and_keeps_the_file(
    shared_dir: Path, scoreboard: Scoreboard
) -> None:
    cache_dir = shared_dir / "data"
    cache_dir.mkdir(mode=0o755)
    cache = FileTokenCache(cache_dir / "token_cache.json")
    cache.save('{"AccessToken": {}, "note": "original"}')
    os.chmod(cache.path, 0o644)  # readable by `nobody` so the check below can load it
    original = cache.path.read_bytes()

    with unwritable(cache_dir), pytest.raises(AuthError) as caught:
        cache.save('{"AccessToken": {}, "note": "new"}')

    score = scoreboard.scenario("unwritable directories")
    intact = cache.path.read_bytes() == original and os.listdir(cache_dir) == ["token_cache.json"]
    score.add(attempted=1, succeeded=int(intact), lost=int(not intact))
    message = str(caught.value)
    assert "Cannot write the token cache" in message and str(cache.path) in message
    assert "auth.token_cache_path" in message and "original" not in message
    assert intact  # no temp file left behind either
    score.assert_clean()


def test_an_unwritable_config_directory_is_a_config_error_and_keeps_the_file(
    shared_dir: Path, scoreboard: Scoreboard
) -> None:
    config_dir = shared_dir / "conf"
    config_dir.mkdir(mode=0o755)
    path = config_dir / "config.yaml"
    path.write_text("# my comments\nareas:\n  - name: Finance\n    folder: Areas/Finance\n")
    os.chmod(path, 0o644)
    original = path.read_bytes()

    with unwritable(config_dir), pytest.raises(ConfigError) as caught:
        add_taxonomy_entry(path, "area", Area(name="Legal", folder="Areas/Legal"))

    score = scoreboard.scenario("unwritable directories")
    intact = path.read_bytes() == original and os.listdir(config_dir) == ["config.yaml"]
    score.add(attempted=1, succeeded=int(intact), lost=int(not intact))
    assert str(caught.value).startswith(f"cannot write {path}")
    assert intact and [a.name for a in load_settings(path).areas] == ["Finance"]
    score.assert_clean()
