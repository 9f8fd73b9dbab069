"""The waiting-for nudge job killed mid-run: no nudge is posted twice and none is lost.

Several waits pass their nudge threshold on a virtual clock; the first check is killed at a
different point per case (the post refused, the post held and the job cancelled while Slack
holds it, the post landed and its answer lost before the job could record it). A new process
(a fresh runtime on the same database, a fresh Slack client) then checks again, twice, and an
hour later once more. Every nudge message in the fake Slack carries its key in its metadata:
a key with two messages is a duplicate, a due wait with none is lost.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.waiting_notifier import EVENT_TYPE, SlackWaitingNotifier
from core.runtime import Runtime
from sandbox.graph_emulator import GraphEmulator
from sandbox.slack_emulator import OWNER_ID, FakeSlack
from tests.core.test_waiting_for import VirtualClock, running

pytestmark = pytest.mark.faults

WAITS = 4
SCENARIO = "Nudge job killed mid-run"
CONFIG = """\
graph:
  base_url: "{base_url}"
storage:
  path: "{db}"
integrations:
  todo: {{}}
"""


@asynccontextmanager
async def slack_notifier(
    fake: FakeSlack, trace: aiohttp.TraceConfig | None = None
) -> AsyncIterator[SlackWaitingNotifier]:
    async with aiohttp.ClientSession(trace_configs=[trace] if trace else []) as session:
        client = AsyncWebClient(token=fake.bot_token, base_url=fake.base_url, session=session)

        async def owner_dm() -> str:
            return fake.open_dm(OWNER_ID)

        yield SlackWaitingNotifier(client, owner_dm)


def nudge_keys(fake: FakeSlack) -> Counter[str]:
    return Counter(
        m.metadata["event_payload"]["key"]
        for m in fake.messages(fake.open_dm(OWNER_ID))
        if m.metadata and m.metadata.get("event_type") == EVENT_TYPE
    )


def lost_answer_trace() -> aiohttp.TraceConfig:
    """A trace that kills the job once, just after Slack answered the first post."""
    trace = aiohttp.TraceConfig()
    state = SimpleNamespace(fired=False)

    async def on_end(_: Any, __: Any, params: aiohttp.TraceRequestEndParams) -> None:
        if not state.fired and params.url.path.endswith("chat.postMessage"):
            state.fired = True
            raise asyncio.CancelledError("the process died with the answer in flight")

    trace.on_request_end.append(on_end)
    return trace


async def kill_first_check(mode: str, fake: FakeSlack, runtime: Runtime) -> None:
    """Run the first check and kill it at the point `mode` names."""
    assert runtime.waiting is not None
    waiting = runtime.waiting
    if mode == "post refused":
        fake.fail("chat.postMessage", "internal_error")
        async with slack_notifier(fake) as notifier:
            waiting.attach_notifier(notifier)
            with pytest.raises(Exception, match="internal_error"):
                await waiting.check()
    elif mode == "killed while Slack holds the post":
        hold = fake.hold("chat.postMessage")
        async with slack_notifier(fake) as notifier:
            waiting.attach_notifier(notifier)
            job = asyncio.create_task(waiting.check())
            await hold.arrived.wait()
            job.cancel()
            with pytest.raises(asyncio.CancelledError):
                await job
            hold.released.set()  # Slack goes on and posts it: the client never hears
            for _ in range(50):
                if fake.calls("chat.postMessage")[-1].response is not None:
                    break
                await asyncio.sleep(0.01)
    else:
        async with slack_notifier(fake, lost_answer_trace()) as notifier:
            waiting.attach_notifier(notifier)
            with pytest.raises(asyncio.CancelledError):
                await waiting.check()


@pytest.mark.parametrize(
    "mode", ["post refused", "killed while Slack holds the post", "answer lost after landing"]
)
async def test_a_nudge_job_killed_mid_run_neither_duplicates_nor_loses_a_nudge(
    tmp_path: Path, emulator: GraphEmulator, scoreboard: Any, mode: str
) -> None:
    fake = FakeSlack()
    async with fake.serve():
        for i in range(WAITS):
            emulator.add_message(
                subject=f"Contract {i}",
                sender_name=f"Person {i}",
                sender_address=f"p{i}@partner.example",
                received=datetime.now(UTC) - timedelta(hours=1),
            )
        config = tmp_path / "config.yaml"
        config.write_text(CONFIG.format(base_url=emulator.base_url, db=tmp_path / "a.db"))
        clock = VirtualClock()
        async with running(config, clock) as runtime:
            await runtime.triage.refresh()
            for view in await runtime.triage.list_pending(100):
                await runtime.triage.approve(
                    view.suggestion_id, actor="owner", edits={"action_type": "Waiting For"}
                )
            clock.now += timedelta(hours=48)
            await kill_first_check(mode, fake, runtime)

        async with running(config, clock) as runtime, slack_notifier(fake) as notifier:
            assert runtime.waiting is not None
            runtime.waiting.attach_notifier(notifier)
            await runtime.waiting.check()
            await runtime.waiting.check()
            clock.now += timedelta(hours=1)
            await runtime.waiting.check()

        keys = nudge_keys(fake)
        duplicated = sum(count - 1 for count in keys.values())
        lost = WAITS - len(keys)
        score = scoreboard.scenario(SCENARIO).add(
            attempted=WAITS, succeeded=len(keys), duplicated=duplicated, lost=lost
        )
        score.extra[f"posts ({mode})"] = len(fake.calls("chat.postMessage"))
        assert (duplicated, lost) == (0, 0), keys
