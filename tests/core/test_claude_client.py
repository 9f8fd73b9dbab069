"""One Claude client per process: the classifier and the DM assistant share one HTTP pool."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.assistant.chat import build_chat_assistant
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from core.triage.claude_client import build_claude_client
from sandbox.anthropic_emulator import AnthropicEmulator, RawText
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import OWNER_CONFIG

KEY = "sk-ant-test"


@pytest.fixture
async def claude() -> AsyncIterator[AnthropicEmulator]:
    emu = AnthropicEmulator(api_keys={KEY})
    async with emu.serve():
        yield emu


@pytest.fixture
async def runtime(
    tmp_path: Path, emulator: GraphEmulator, claude: AnthropicEmulator
) -> AsyncIterator[Runtime]:
    path = tmp_path / "config.yaml"
    path.write_text(OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "owner.db"))
    loaded = load_settings(path)
    settings = loaded.model_copy(
        update={"classifier": loaded.classifier.model_copy(update={"base_url": claude.base_url})}
    )
    built = await build_runtime(
        settings, Secrets(anthropic_api_key=KEY), token_provider=StaticTokenProvider("t")
    )
    await built.first_start()
    yield built
    await built.aclose()


async def test_a_classification_and_a_chat_turn_share_one_connection(
    runtime: Runtime, emulator: GraphEmulator, claude: AnthropicEmulator
) -> None:
    emulator.add_message(
        subject="Invoice 42 due Friday", sender_name="Ana", sender_address="ana@x.example"
    )
    await runtime.triage.refresh()
    chat = build_chat_assistant(runtime, runtime.claude)  # as the Slack service builds it
    claude.enqueue(RawText("Hello."))

    reply = await chat.handle("D1", "hi", actor="U1")

    assert reply.text == "Hello."
    bodies = claude.message_bodies()
    assert len(bodies) == 2 and "output_config" in bodies[0]  # a classification, then the chat
    assert len(claude.connections) == 1


def test_the_factory_takes_base_url_timeout_and_retries_from_the_classifier_settings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(OWNER_CONFIG.format(base_url="http://localhost:1", db=tmp_path / "a.db"))
    loaded = load_settings(path)
    settings = loaded.model_copy(
        update={
            "classifier": loaded.classifier.model_copy(
                update={"base_url": "http://localhost:2", "max_retries": 3}
            )
        }
    )

    client = build_claude_client(settings, KEY)
    doctor = build_claude_client(settings, KEY, max_retries=1)

    assert str(client.base_url).rstrip("/") == "http://localhost:2"
    assert client.timeout == settings.classifier.timeout
    assert (client.max_retries, doctor.max_retries) == (3, 1)
