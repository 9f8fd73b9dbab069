"""Learning from corrections, end to end through the facade, the Graph and the Claude emulators.

The owner corrects a suggestion (an edit before approving, or moving a filed email back to the
Inbox in Outlook); the next email from that sender is classified with the correction in the
prompt, and the emulated model follows it as a live model would. Without a new correction the
cached part of the prompt is byte-identical between requests.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.api import ACTOR_OWNER, Assistant
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.triage.examples import ExampleSource
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import OWNER_CONFIG
from tests.core.test_classifier import claude as claude  # noqa: F401  (the fixture)

FINANCE = "Areas/Finance"
TRADECORE = "Projects/Tradecore Steel"


@pytest.fixture
async def assistant(
    tmp_path: Path, emulator: GraphEmulator, claude: AnthropicEmulator
) -> AsyncIterator[Assistant]:
    path = tmp_path / "config.yaml"
    path.write_text(
        OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "owner.db")
        + f'classifier:\n  base_url: "{claude.base_url}"\n  max_retries: 0\n'
    )
    opened = await Assistant.open(
        load_settings(path),
        Secrets(anthropic_api_key="sk-ant-test"),
        config_path=path,
        token_provider=StaticTokenProvider("t"),
    )
    await opened.start()
    yield opened
    await opened.close()


async def _triage_one(assistant: Assistant, emulator: GraphEmulator, sender: str, subject: str):
    message = emulator.add_message(
        subject=subject,
        sender_name=sender.split("@")[0].title(),
        sender_address=sender,
        body=f"Hello Maya, about {subject}. Regards",
    )
    await assistant.triage()
    [view] = [v for v in await assistant.pending() if v.email_id == message.immutable_id]
    return message, view


def _system(body: dict) -> str:
    return json.dumps(body["system"], sort_keys=True)


async def test_an_edit_changes_the_next_suggestion_for_that_sender_and_only_then_the_prefix(
    assistant: Assistant, emulator: GraphEmulator, claude: AnthropicEmulator
) -> None:
    _, first = await _triage_one(assistant, emulator, "erik@kleinbooks.example", "VAT return Q3")
    _, other = await _triage_one(assistant, emulator, "ann@elsewhere.example", "Lunch on Friday")
    assert first.folder == TRADECORE  # the emulated model's default: the first folder
    one, two = claude.message_bodies()
    assert _system(one) == _system(two), "no correction: the cached prefix is byte-identical"
    assert len(one["system"]) == 1

    outcome = await assistant.approve(
        first.suggestion_id,
        actor=ACTOR_OWNER,
        edits={"folder": FINANCE, "priority": "P2 - Important", "action_type": "Review"},
    )
    assert outcome.status == "approved"

    _, later = await _triage_one(assistant, emulator, "erik@kleinbooks.example", "VAT return Q4")
    _, unrelated = await _triage_one(assistant, emulator, "ann@elsewhere.example", "Coffee")
    assert (later.folder, later.priority, later.action_type) == (
        FINANCE,
        "P2 - Important",
        "Review",
    )
    assert unrelated.folder == TRADECORE, "only mail from the corrected sender follows it"
    bands = (await assistant.status()).approval_bands
    assert bands is not None and bands.decided == 1
    [row] = bands.by_action  # the edited approval: decided, not approved unedited
    assert row.action_type.value == first.action_type and row.bands[0].approved_unedited == 0
    three, four = claude.message_bodies()[2:]
    assert three["system"][0] == one["system"][0], "the fixed part stays cached"
    assert len(three["system"]) == 2 and '"erik@kleinbooks.example"' in three["system"][1]["text"]
    assert _system(three) == _system(four), "no new correction: byte-identical again"
    # After the change the first request writes only the examples block (the fixed part is read
    # from the cache); the next one reads the whole prefix, examples included.
    store = assistant._runtime.store
    costs = await store.classifications_for_suggestions(
        [later.suggestion_id, unrelated.suggestion_id]
    )
    wrote, read = costs[later.suggestion_id], costs[unrelated.suggestion_id]
    assert wrote.cache_read_input_tokens > 0 and wrote.cache_creation_input_tokens > 0
    assert read.cache_creation_input_tokens == 0
    assert (
        read.cache_read_input_tokens
        == wrote.cache_read_input_tokens + wrote.cache_creation_input_tokens
    )


async def test_an_approved_email_moved_back_to_the_inbox_teaches_the_inbox(
    assistant: Assistant, emulator: GraphEmulator, claude: AnthropicEmulator
) -> None:
    message, view = await _triage_one(assistant, emulator, "pat@news.example", "Weekly digest")
    assert view.folder == TRADECORE
    assert (await assistant.approve(view.suggestion_id, actor=ACTOR_OWNER)).status == "approved"
    await assistant.triage()  # the delta reports the email gone from the Inbox
    emulator.move_message(message.immutable_id, "inbox")  # the owner, in Outlook

    await assistant.triage()
    await assistant.triage()  # a replayed or repeated pass records nothing twice

    [example] = await assistant.learned_examples()
    assert (example.source, example.folder, example.sender_address) == (
        ExampleSource.MOVED,
        "Inbox",
        "pat@news.example",
    )
    _, later = await _triage_one(assistant, emulator, "pat@news.example", "Weekly digest 2")
    assert later.folder == "Inbox"
    assert "(moved back to the Inbox)" in claude.message_bodies()[-1]["system"][1]["text"]
