"""The Claude request timeout: 30 s for a model that only answers, longer for one that thinks.

Real SDK clients against the Anthropic emulator; the emulator's latency stands in for thinking
time, and the timeouts are shrunk (the same arithmetic, on a short real scale) so it runs fast.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from core.config.settings import ClassifierConfig, Settings, load_settings
from core.errors import ClassifierError
from core.triage import thinking
from core.triage.classifier import build_claude_classifier
from core.triage.claude_client import build_claude_client
from core.triage.thinking import THINKING_ALLOWANCE_TOKENS
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.sample_mailbox import SAMPLE_CONFIG
from tests.core.test_classifier import GOOD, email

ALWAYS_THINKING = ("claude-sonnet-5-5", "claude-opus-5-5", "claude-fable-5-1")


@pytest.fixture
async def claude() -> AsyncIterator[AnthropicEmulator]:
    emu = AnthropicEmulator()
    async with emu.serve():
        yield emu


def configured(claude: AnthropicEmulator, **classifier: object) -> Settings:
    settings = load_settings(SAMPLE_CONFIG)  # it sets timeout_seconds: 30 explicitly
    fields = {"base_url": claude.base_url, "max_retries": 0, "timeout_seconds": None, **classifier}
    return settings.model_copy(update={"classifier": settings.classifier.model_copy(update=fields)})


async def classify(settings: Settings) -> str:
    """Return the classification's reason, or the error that ended the call."""
    classifier = build_claude_classifier(settings, build_claude_client(settings, "sk-ant-test"))
    try:
        return (await classifier.classify(email(), settings=settings)).reason
    except ClassifierError as err:
        return str(err)
    finally:
        await classifier.aclose()


def test_a_thinking_model_defaults_to_a_timeout_that_fits_its_output_budget() -> None:
    assert ClassifierConfig().timeout == 30
    assert ClassifierConfig(model="claude-haiku-4-5").timeout == 30
    for model in ALWAYS_THINKING:
        assert ClassifierConfig(model=model).timeout == 30 + THINKING_ALLOWANCE_TOKENS / 40 == 222
        # An explicit value still wins, and a config written before this default stays valid.
        assert ClassifierConfig(model=model, timeout_seconds=30).timeout == 30
        assert ClassifierConfig(model=model, timeout_seconds=400).timeout == 400


@pytest.mark.parametrize("model", ["claude-haiku-5-5", *ALWAYS_THINKING])
async def test_the_sdk_client_gets_the_model_s_default_timeout(claude, model):
    claude.enqueue(lambda request: GOOD)

    await classify(configured(claude, model=model))

    expected = ClassifierConfig(model=model).timeout
    assert float(claude.requests[-1].headers["x-stainless-read-timeout"]) == expected


async def test_a_thinking_model_outlasts_the_answer_only_timeout(claude, monkeypatch):
    # On a short scale: an answer alone gets 0.1 s, the thinking allowance 1.9 s more. A call
    # that takes 0.3 s (a long think) abandons Haiku's request but not Sonnet 5.5's.
    monkeypatch.setattr(thinking, "ANSWER_TIMEOUT_SECONDS", 0.1)
    monkeypatch.setattr(thinking, "SLOW_OUTPUT_TOKENS_PER_SECOND", THINKING_ALLOWANCE_TOKENS / 1.9)
    claude.latency = 0.3
    claude.enqueue(*[lambda request: GOOD] * 2)

    haiku = await classify(configured(claude, model="claude-haiku-5-5"))
    sonnet = await classify(configured(claude, model="claude-sonnet-5-5"))
    explicit = await classify(configured(claude, model="claude-sonnet-5-5", timeout_seconds=0.1))

    assert haiku == "Claude API did not answer within 0.1 s"
    assert sonnet == GOOD["reason"]
    assert explicit == "Claude API did not answer within 0.1 s"
