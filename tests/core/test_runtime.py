"""The runtime over the emulator: first start, To Do off, hot reload, no token in logs."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.config.settings import Area, Secrets, add_taxonomy_entry, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from core.vocabulary import STATE_TODO_ENABLED
from tests.conftest import open_runtime

TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOi.runtime-secret-token"

CONFIG = """\
# The owner's comments must survive the writer.
graph:
  base_url: "{base_url}"
storage:
  path: "{db}"
areas:
  - name: Sales & Prospects   # the pipeline
    folder: Areas/Sales
integrations:
  todo:
    enabled: true
"""


@pytest.fixture
def config_path(tmp_path: Path, emulator) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.format(base_url=emulator.base_url, db=tmp_path / "rt.db"))
    return path


@pytest.fixture
async def runtime(config_path: Path) -> AsyncIterator[Runtime]:
    async with open_runtime(config_path, StaticTokenProvider(TOKEN)) as runtime:
        yield runtime


def category_names(emulator) -> set[str]:
    return {c["displayName"] for c in emulator.categories}


async def test_first_start_creates_the_list_and_categories(runtime, emulator):
    report = await runtime.first_start()

    assert report.todo.enabled
    assert report.todo_list_id in {lst["id"] for lst in emulator.todo_lists}
    assert report.bootstrap is not None and len(report.bootstrap.created) == 11
    assert "Sales & Prospects" in category_names(emulator)


async def test_to_do_403_turns_off_to_do_and_nothing_else(runtime, emulator, caplog):
    emulator.todo_availability = "forbidden"
    emulator.add_message(subject="Hi", sender_name="A", sender_address="a@example.com")

    with caplog.at_level(logging.WARNING):
        report = await runtime.first_start()
    sync = await runtime.inbox.sync()

    assert not report.todo.enabled and report.todo_list_id is None
    assert await runtime.store.get_state(STATE_TODO_ENABLED) == "false"
    assert any(r.levelno == logging.WARNING and "To Do" in r.getMessage() for r in caplog.records)
    assert report.bootstrap is not None and report.bootstrap.created
    assert len(sync.new_ids) == 1


async def test_hot_reload_reports_added_areas_and_creates_their_category(
    runtime, emulator, config_path
):
    await runtime.first_start()
    before = config_path.read_text().splitlines()
    add_taxonomy_entry(config_path, "area", Area(name="Finance", folder="Areas/Finance"))
    after = config_path.read_text().splitlines()
    assert [line for line in after if "Finance" not in line] == before  # comments kept

    diff = await runtime.reload_config()

    assert diff is not None and [a.name for a in diff.added_areas] == ["Finance"]
    assert "Finance" in category_names(emulator)
    assert await runtime.reload_config() is None  # the same change is not reported twice


async def test_no_token_reaches_any_log(runtime, emulator, caplog):
    emulator.add_message(subject="Hi", sender_name="A", sender_address="a@example.com")
    emulator.throttle("GET", r"/messages/delta", retry_after=0)

    with caplog.at_level(logging.DEBUG):
        await runtime.first_start()
        await runtime.inbox.sync()

    assert caplog.records
    assert TOKEN not in caplog.text
    assert TOKEN.split(".")[0] not in caplog.text


async def test_triage_asks_claude_when_a_key_is_set(config_path, emulator):
    from sandbox.anthropic_emulator import Answer, AnthropicEmulator

    claude = AnthropicEmulator()
    async with claude.serve() as claude_url:
        settings = load_settings(config_path)
        settings = settings.model_copy(
            update={"classifier": settings.classifier.model_copy(update={"base_url": claude_url})}
        )
        runtime = await build_runtime(
            settings,
            Secrets(anthropic_api_key="sk-test"),
            token_provider=StaticTokenProvider(TOKEN),
        )
        try:
            emulator.add_message(
                subject="Pipeline review", sender_name="B", sender_address="b@example.com"
            )
            claude.enqueue(
                Answer(
                    {
                        "folder": "Areas/Sales",
                        "priority": "P2 - Important",
                        "action_type": "Review",
                        "confidence": 0.9,
                        "reason": "A pipeline review for the sales area.",
                    }
                )
            )
            report = await runtime.triage.refresh()
            [view] = await runtime.triage.list_pending()
        finally:
            await runtime.aclose()

    assert report.by_source == {"claude": 1}
    assert (view.folder, view.source) == ("Areas/Sales", "claude")
    assert view.model and view.cost_usd > 0
    assert len(claude.requests) == 1


async def test_triage_uses_the_heuristic_without_a_key(runtime, emulator):
    emulator.add_message(subject="Hello", sender_name="C", sender_address="c@example.com")

    report = await runtime.triage.refresh()

    assert runtime.classifier is None
    assert report.by_source == {"heuristic": 1}


async def test_the_inbox_sync_asks_for_the_configured_delta_page_size(config_path, emulator):
    config_path.write_text(
        config_path.read_text().replace("graph:\n", "graph:\n  delta_page_size: 7\n")
    )
    runtime = await build_runtime(
        load_settings(config_path), Secrets(), token_provider=StaticTokenProvider(TOKEN)
    )
    try:
        await runtime.inbox.sync()
    finally:
        await runtime.aclose()

    (delta,) = [r for r in emulator.requests if r.path.endswith("/messages/delta")]
    assert "odata.maxpagesize=7" in (delta.header("Prefer") or "")


async def test_a_reload_applies_a_changed_delta_page_size_and_backfill_to_the_next_sync(
    runtime, emulator, config_path
):
    from datetime import UTC, datetime, timedelta

    for days in (1, 5):
        emulator.add_message(
            subject=f"{days} days old",
            sender_name="D",
            sender_address="d@example.com",
            received=datetime.now(UTC) - timedelta(days=days),
        )
    config_path.write_text(
        config_path.read_text().replace("graph:\n", "graph:\n  delta_page_size: 1\n")
        + "triage:\n  backfill_days: 7\n"
    )

    assert await runtime.reload_config() is not None
    report = await runtime.inbox.sync()

    sizes = [
        (r.header("Prefer") or "").split("odata.maxpagesize=")[1].split(",")[0]
        for r in emulator.requests
        if r.path.endswith("/messages/delta")
    ]
    assert sizes == ["1", "1"], "pages of one email, not the 50 the runtime started with"
    assert len(report.new_ids) == 2, "the 5-day-old email is inside the new 7-day backfill"
