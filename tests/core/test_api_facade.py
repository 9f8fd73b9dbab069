"""core.api.Assistant, the one door into core, over a real runtime and the Graph emulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.api import ACTOR_OWNER, Assistant, CategoryCleanup, load_settings
from core.config.settings import Secrets
from core.errors import AuthError
from core.microsoft.auth import StaticTokenProvider
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import OWNER_CONFIG


@pytest.fixture
async def assistant(tmp_path: Path, emulator: GraphEmulator) -> AsyncIterator[Assistant]:
    emulator.seed_sample_mailbox()
    path = tmp_path / "config.yaml"
    path.write_text(OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "a.db"))
    async with await Assistant.open(
        load_settings(path),
        Secrets(),
        config_path=path,
        token_provider=StaticTokenProvider("facade-test"),
    ) as opened:
        yield opened


async def test_a_day_through_the_facade(assistant: Assistant, emulator: GraphEmulator) -> None:
    report = await assistant.start()
    assert report is not None
    assert assistant.has_config_file and not assistant.signs_in_with_device_code
    assert assistant.classifier_name is None  # no Claude key: the offline heuristic only
    triage = await assistant.triage()
    assert triage.new_emails > 0
    pending = await assistant.pending()
    assert [view.suggestion_id for view in pending] == sorted(triage.suggestion_ids)[: len(pending)]
    first, second = pending[0].suggestion_id, pending[1].suggestion_id
    approved = await assistant.approve(first, actor=ACTOR_OWNER)
    assert approved.status == "approved" and approved.folder is not None
    assert (await assistant.dismiss(second, actor=ACTOR_OWNER)).status == "dismissed"
    shown = await assistant.suggestion(first, with_outcome=True)
    assert shown is not None and shown.suggestion_id == first
    assert await assistant.suggestion(10_000) is None
    remaining = {view.suggestion_id for view in await assistant.pending(with_failed=True)}
    assert not {first, second} & remaining


async def test_no_task_is_promised_while_to_do_is_off(assistant: Assistant) -> None:
    assert assistant.settings.integrations.todo.enabled is False  # the owner's config
    assert assistant.creates_task("Needs Reply") is False
    assert await assistant.tasks_enabled() is False


async def test_cards_are_remembered_once_per_suggestion(assistant: Assistant) -> None:
    await assistant.start()
    await assistant.triage()
    suggestion_id = (await assistant.pending())[0].suggestion_id
    assert await assistant.card_location(suggestion_id) is None
    await assistant.remember_card(suggestion_id, front_end="slack", channel="D1", ts="1.2")
    location = await assistant.card_location(suggestion_id)
    assert location is not None and (location.channel, location.ts) == ("D1", "1.2")


async def test_categories_through_the_facade(assistant: Assistant, emulator: GraphEmulator) -> None:
    await assistant.bootstrap_categories(actor=ACTOR_OWNER)
    emulator.add_category("Old project")
    plan = await assistant.cleanup_plan()
    assert "Old project" in plan.names
    cleanup = await assistant.delete_categories(["Old project", "Never existed"], actor=ACTOR_OWNER)
    assert cleanup == CategoryCleanup(("Old project",), ("Never existed",))
    assert "Old project" not in {c["displayName"] for c in emulator.categories}


async def test_sign_in_is_refused_with_a_fixed_token(assistant: Assistant) -> None:
    with pytest.raises(AuthError, match="fixed Graph token"):
        await assistant.sign_in()


async def test_status_and_reload(assistant: Assistant) -> None:
    await assistant.start()
    status = await assistant.status()
    assert status is not None
    assert await assistant.reload_config() is None  # config.yaml unchanged
    assistant.on_config_problem(None)
    assert assistant.settings.projects[0].name == "Tradecore Steel Implementation"
