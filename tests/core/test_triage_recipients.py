"""Whom an email addresses travels from Graph's To and Cc lines through the store to the
classifiers, with the owner's own name from her profile; without the profile triage goes on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.store import Store
from core.triage.addressing import Addressed
from core.triage.service import OWNER_RETRY
from sandbox.anthropic_emulator import AnthropicEmulator
from tests.core.test_triage import Rig, make_rig, use_real_claude

OWNER = ("Emulated User", "user@emulator.local")
ASK = "Oskar, could you send the cutover checklist to the client by Friday?\nDana"


@pytest.fixture
def rig(emulator, graph, store: Store) -> Rig:
    return make_rig(emulator, graph, store)


def deliver(rig: Rig, subject: str, *, to, cc=()) -> str:
    return rig.deliver(subject, body=ASK, to=to, cc=cc)


async def test_the_classifier_is_told_whether_the_owner_is_addressed_or_copied(rig):
    copied = deliver(rig, "Copied", to=[("Oskar", "oskar@proseware.com")], cc=[OWNER])
    alone = deliver(rig, "Alone", to=[OWNER])
    deliver(rig, "By list", to=[("Leadership", "leadership@proseware.com")])

    await rig.triage.refresh()

    # The card learns it too, from the suggestion's details.
    for email_id, expected in ((copied, Addressed.CC), (alone, Addressed.ALONE)):
        suggestion = await rig.suggestion_for(email_id)
        assert suggestion is not None
        view = await rig.triage.get(suggestion.id)
        assert view is not None and view.addressed is expected

    seen = {call.email.subject: call.email for call in rig.primary.history}
    assert seen["Copied"].addressed is Addressed.CC
    assert seen["Alone"].addressed is Addressed.ALONE
    assert seen["By list"].addressed is Addressed.NEITHER
    assert {email.owner.name for email in seen.values() if email.owner} == {"Emulated User"}
    assert all(email.owner is not None for email in seen.values())
    assert len(profile_reads(rig)) == 1  # read once, not per email


async def test_without_the_profile_triage_goes_on_not_knowing(rig):
    rig.emulator.inject("GET", r"^/me$", status=503, times=10)
    deliver(rig, "Copied", to=[("Oskar", "oskar@proseware.com")], cc=[OWNER])

    report = await rig.triage.refresh()

    assert report.classified == 1 and report.failures == 0
    (call,) = rig.primary.history
    assert call.email.addressed is None and call.email.recipients is not None


async def test_a_refused_profile_is_asked_for_again_only_after_a_while(rig):
    now = [datetime(2026, 12, 1, 9, tzinfo=UTC)]
    rig.new_service(clock=lambda: now[0])
    rig.emulator.inject("GET", r"^/me$", status=403, times=1)
    deliver(rig, "First", to=[OWNER])
    await rig.triage.refresh()
    asked = len(profile_reads(rig))

    # Idle polls within the pause do not ask again.
    now[0] += OWNER_RETRY - timedelta(seconds=1)
    deliver(rig, "Second", to=[OWNER])
    await rig.triage.refresh()
    assert len(profile_reads(rig)) == asked
    assert rig.primary.history[-1].email.owner is None

    now[0] += timedelta(seconds=1)
    deliver(rig, "Third", to=[OWNER])
    await rig.triage.refresh()
    assert len(profile_reads(rig)) == asked + 1
    assert rig.primary.history[-1].email.addressed is Addressed.ALONE


def profile_reads(rig: Rig) -> list:
    return [r for r in rig.emulator.requests if r.path == "/me"]


async def test_claude_reads_the_lines_as_data_and_her_place_as_our_fact(rig):
    claude_api = AnthropicEmulator()
    async with claude_api.serve() as base_url:
        claude = use_real_claude(rig, base_url)
        deliver(rig, "Copied", to=[("Oskar", "oskar@proseware.com")], cc=[OWNER])

        await rig.triage.refresh()
        await claude.aclose()

    (body,) = claude_api.message_bodies()
    content = body["messages"][0]["content"]
    text = content if isinstance(content, str) else content[0]["text"]
    facts, email = text.split("<email>")
    assert "the owner (Emulated User) is only in Cc" in facts
    assert (
        "To: Oskar &lt;oskar@proseware.com&gt;\nCc: Emulated User &lt;user@emulator.local&gt;"
        in email
    )
