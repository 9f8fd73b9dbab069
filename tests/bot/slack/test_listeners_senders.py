"""Sender rules in Slack, through the real app against the Slack and Graph emulators: a
proposal arrives as a DM with Confirm / Not now, Confirm adds the rule once, `/assistant
senders` lists it with Edit and Remove, the Edit form refuses a bad sender on its field."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.slack import ids
from bot.slack.blocks.senders_builder import (
    FOLDER_BLOCK,
    SENDER_BLOCK,
    decision_message,
    proposal_message,
)
from bot.slack.sender_rule_posts import sender_rule_poster
from bot.slack.sink import OwnerChannel
from core.api import ProposalDecision, SenderRuleProposal
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.records import Ephemeral
from sandbox.slack_emulator.signed_requests import (
    block_actions,
    slash_command,
    static_select,
    text_input,
    view_submission,
)
from tests.bot.slack.test_app_support import Bot, action_ids, button_value, started_bot, text_of

ANA = "ana@steelco.example"
FINANCE = "Areas/Finance"


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        owner = OwnerChannel(slack_web_client, lambda: rig.assistant.settings)
        rig.assistant.on_sender_rule_proposal(sender_rule_poster(slack_web_client, owner))
        yield rig


async def corrected_twice(bot: Bot) -> None:
    """Two emails from Ana, triaged together, each approved into Finance instead of the Inbox."""
    for n in range(2):
        bot.emulator.add_message(
            subject=f"Statement {n}", sender_name="Ana", sender_address=ANA, body="Attached."
        )
    await bot.refresh()
    for view in await bot.assistant.pending():
        assert view.folder == "Inbox"
        outcome = await bot.assistant.approve(
            view.suggestion_id, actor="owner", edits={"folder": FINANCE}
        )
        assert outcome.status == "approved"


def proposals(bot: Bot) -> list:
    return [
        m for m in bot.slack.messages(bot.dm) if ids.SENDER_PROPOSAL_CONFIRM in action_ids(m.blocks)
    ]


async def senders_command(bot: Bot) -> Ephemeral:
    before = len(bot.slack.ephemerals)
    await bot.send(
        slash_command(
            OWNER_ID,
            "senders",
            channel_id=bot.dm,
            response_url=bot.slack.response_url(channel=bot.dm, user=OWNER_ID),
        )
    )
    [shown] = bot.slack.ephemerals[before:]
    return shown


def click_listed(bot: Bot, shown: Ephemeral, action_id: str, user: str = OWNER_ID):
    return block_actions(
        user,
        action_id,
        button_value(shown.blocks, action_id),
        channel=shown.channel,
        message_ts=shown.ts,
        is_ephemeral=True,
        response_url=bot.slack.response_url(channel=shown.channel, message_ts=shown.ts),
        message={"blocks": shown.blocks},
    )


async def test_a_proposal_is_a_dm_and_confirm_adds_the_rule_once(bot: Bot) -> None:
    await corrected_twice(bot)

    await bot.assistant.propose_sender_rules()
    await bot.assistant.propose_sender_rules()  # announced once only

    [proposal] = proposals(bot)
    assert "You moved mail from ana@steelco.example to Areas/Finance 2 times" in text_of(proposal)
    assert action_ids(proposal.blocks) == [
        ids.SENDER_PROPOSAL_CONFIRM,
        ids.SENDER_PROPOSAL_DECLINE,
    ]
    await bot.send(bot.click(proposal, ids.SENDER_PROPOSAL_CONFIRM, user="U0STRANGER"))
    assert await bot.assistant.sender_rules() == []

    value = button_value(proposal.blocks, ids.SENDER_PROPOSAL_CONFIRM)
    await bot.send(bot.click(proposal, ids.SENDER_PROPOSAL_CONFIRM))
    done = bot.slack.message(proposal.channel, proposal.ts)
    assert "now goes to Areas/Finance" in text_of(done) and action_ids(done.blocks) == []
    # A second click (an old client still showing the buttons) changes nothing more.
    await bot.send(bot.click(proposal, ids.SENDER_PROPOSAL_CONFIRM, value=value))
    again = bot.slack.message(proposal.channel, proposal.ts)
    assert "Already answered (confirmed)" in text_of(again)
    assert [(r.pattern, r.folder) for r in await bot.assistant.sender_rules()] == [(ANA, FINANCE)]
    # The next email from Ana is suggested for Finance by the rule.
    view = await bot.triage(subject="Statement 3", sender_name="Ana", sender_address=ANA)
    assert view.folder == FINANCE and "sender rule" in view.reason
    assert bot.limit_problems() == []


async def test_not_now_sets_the_proposal_aside(bot: Bot) -> None:
    await corrected_twice(bot)
    await bot.assistant.propose_sender_rules()
    [proposal] = proposals(bot)
    posted = len(bot.slack.calls("chat.postMessage"))

    await bot.send(bot.click(proposal, ids.SENDER_PROPOSAL_DECLINE))

    assert "for 30 days" in text_of(bot.slack.message(proposal.channel, proposal.ts))
    assert await bot.assistant.sender_rules() == []
    assert await bot.assistant.propose_sender_rules() == []
    assert len(bot.slack.calls("chat.postMessage")) == posted


async def test_senders_lists_the_rules_and_remove_redraws_the_list(bot: Bot) -> None:
    empty = await senders_command(bot)
    assert "No sender rules yet" in text_of({"text": empty.text, "blocks": empty.blocks})
    await corrected_twice(bot)
    [proposal] = await bot.assistant.propose_sender_rules()
    await bot.assistant.confirm_sender_rule_proposal(proposal.id, actor="owner")

    shown = await senders_command(bot)
    assert f"{ANA} → {FINANCE}" in text_of({"text": shown.text, "blocks": shown.blocks})
    assert action_ids(shown.blocks) == [ids.SENDER_RULE_EDIT, ids.SENDER_RULE_REMOVE]

    await bot.send(click_listed(bot, shown, ids.SENDER_RULE_REMOVE))

    assert await bot.assistant.sender_rules() == []
    redrawn = text_of({"text": shown.text, "blocks": shown.blocks})
    assert f"Removed the rule for {ANA}" in redrawn and "No sender rules yet" in redrawn
    assert bot.limit_problems() == []


async def test_the_edit_form_saves_and_refuses_a_bad_sender_on_its_field(bot: Bot) -> None:
    await corrected_twice(bot)
    [proposal] = await bot.assistant.propose_sender_rules()
    await bot.assistant.confirm_sender_rule_proposal(proposal.id, actor="owner")
    shown = await senders_command(bot)

    await bot.send(click_listed(bot, shown, ids.SENDER_RULE_EDIT))
    [opened] = bot.slack.calls("views.open")
    form = opened["view"]
    assert form["callback_id"] == ids.SENDER_RULE_VIEW
    rule_id = form["private_metadata"]

    def state(sender: str, folder: str) -> dict:
        return {
            SENDER_BLOCK: {"sender": text_input(sender)},
            FOLDER_BLOCK: {"folder": static_select(folder)},
        }

    refused = await bot.send(
        view_submission(OWNER_ID, ids.SENDER_RULE_VIEW, state("not a sender", FINANCE), rule_id)
    )
    assert refused.status == 200 and SENDER_BLOCK in refused.body
    assert "is not a sender" in refused.body

    saved = await bot.send(
        view_submission(OWNER_ID, ids.SENDER_RULE_VIEW, state("@SteelCo.example", FINANCE), rule_id)
    )
    assert saved.status == 200 and not saved.body
    assert [(r.pattern, r.folder) for r in await bot.assistant.sender_rules()] == [
        ("@steelco.example", FINANCE)
    ]
    told = bot.slack.calls("chat.postMessage")[-1]
    assert "Saved: mail from @steelco.example goes to Areas/Finance" in text_of(told)


def test_a_hostile_sender_stays_inert_in_a_proposal():
    hostile = SenderRuleProposal(
        id=7,
        kind="add",
        pattern="<!channel>*x*@evil.example",
        folder=FINANCE,
        evidence="history",
        evidence_count=3,
        status="open",
    )

    shown = proposal_message(hostile)

    text = text_of(shown)
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text


@pytest.mark.parametrize(
    ("kind", "evidence", "count", "said"),
    [
        ("add", "history", 3, "You approved the last 3 emails from ana@steelco.example into"),
        ("remove", "corrected", 2, "somewhere other than Areas/Finance 2 times since its rule"),
        ("remove", "stale", 90, "No mail from ana@steelco.example for 90 days. Remove the rule"),
    ],
)
def test_each_kind_of_proposal_says_what_it_was_learned_from(kind, evidence, count, said):
    proposal = SenderRuleProposal(1, kind, ANA, FINANCE, evidence, count, "open")

    assert said in text_of(proposal_message(proposal))


@pytest.mark.parametrize(
    ("result", "said"),
    [
        ("removed", "Removed the rule for ana@steelco.example"),
        ("withdrawn", "can no longer be done for ana@steelco.example"),
        ("declined", "for 30 days"),
    ],
)
def test_each_answer_says_what_it_did(result, said):
    proposal = SenderRuleProposal(1, "remove", ANA, FINANCE, "stale", 90, "confirmed")

    assert said in text_of(decision_message(ProposalDecision(proposal, result)))


async def test_an_edit_of_a_rule_removed_meanwhile_says_it_is_gone(bot: Bot) -> None:
    await corrected_twice(bot)
    [proposal] = await bot.assistant.propose_sender_rules()
    decision = await bot.assistant.confirm_sender_rule_proposal(proposal.id, actor="owner")
    assert decision.rule is not None
    await bot.assistant.remove_sender_rule(decision.rule.id, actor="owner")
    state = {
        SENDER_BLOCK: {"sender": text_input(ANA)},
        FOLDER_BLOCK: {"folder": static_select(FINANCE)},
    }

    response = await bot.send(
        view_submission(OWNER_ID, ids.SENDER_RULE_VIEW, state, str(decision.rule.id))
    )

    assert response.status == 200 and not response.body
    told = bot.slack.calls("chat.postMessage")[-1]
    assert "That sender rule no longer exists." in text_of(told)
    missing = await bot.send(
        view_submission(OWNER_ID, ids.SENDER_RULE_VIEW, {SENDER_BLOCK: {"sender": text_input(ANA)}})
    )
    assert "folder" in missing.body.lower()
