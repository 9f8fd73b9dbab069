"""The owner's own categories: the DM assistant's manage_category proposes one and creates it
only on Confirm (an existing one keeps its colour); triage then offers it to Claude, and an
approval applies the category Claude picked. Claude is the Anthropic emulator, Outlook the
Graph emulator."""

from __future__ import annotations

import json

import pytest

from bot.messages import chat_step_text, chat_text, proposal_text
from bot.slack.blocks import suggestion_message
from core.api import Assistant
from core.errors import InvalidInput
from core.runtime import Runtime
from core.triage.classifier import build_claude_classifier
from core.triage.classifier_prompt import answer_schema, system_prompt
from core.triage.claude_client import build_claude_client
from core.triage.heuristic import HeuristicClassifier
from core.triage.service import TriageService
from core.triage.user_categories import with_user_categories
from sandbox.anthropic_emulator import Answer, ToolUse
from tests.core import test_chat as loop_tests
from tests.core.test_chat import answering, tool_results, writes

runtime = loop_tests.runtime
claude = loop_tests.claude
client = loop_tests.client
assistant = loop_tests.assistant

FINANCE = "Areas/Finance"


def master(emulator, name: str) -> list[dict[str, str]]:
    return [c for c in emulator.categories if c["displayName"] == name]


async def propose(assistant, claude, tool_input: dict, seen: list | None = None):
    claude.enqueue(
        ToolUse("manage_category", tool_input), answering("Confirm?", [] if seen is None else seen)
    )
    return await assistant.handle("D1", "make me a category", actor="U1")


async def test_a_new_category_is_created_in_outlook_only_on_confirm_and_recorded(
    runtime: Runtime, emulator, assistant, claude
):
    before = len(writes(emulator))

    reply = await propose(
        assistant, claude, {"action": "create", "name": "Board", "color": "preset4"}
    )

    proposal = reply.proposal
    assert proposal is not None and proposal.kind == "create_category"
    assert proposal_text(proposal).startswith('Create the Outlook category "Board" in green')
    assert len(writes(emulator)) == before and master(emulator, "Board") == []

    done = await assistant.confirm(proposal.id, actor="U1")
    again = await assistant.confirm(proposal.id, actor="U1")

    assert chat_text(done) == 'Created the category "Board" in green; triage may now suggest it.'
    assert chat_text(again) == "That was already done."
    assert [c["color"] for c in master(emulator, "Board")] == ["preset4"]
    assert [c.name for c in await runtime.store.user_categories()] == ["Board"]
    created = await runtime.store.list_actions(action="category.create")
    assert [a.actor for a in created if a.after["displayName"] == "Board"] == ["U1"]


async def test_an_existing_outlook_category_is_adopted_and_never_recoloured(
    runtime: Runtime, emulator, assistant, claude
):
    emulator.add_category("Board", "preset9")
    reply = await propose(
        assistant, claude, {"action": "create", "name": "Board", "color": "preset4"}
    )
    assert reply.proposal is not None

    done = await assistant.confirm(reply.proposal.id, actor="U1")

    assert "already existed; it keeps its colour (cranberry)" in chat_text(done)
    assert [c["color"] for c in master(emulator, "Board")] == ["preset9"]
    assert not [r for r in writes(emulator) if "masterCategories/" in r.path]
    assert [(c.name, c.color) for c in await runtime.store.user_categories()] == [
        ("Board", "preset9")
    ]


@pytest.mark.parametrize(
    ("tool_input", "why"),
    [
        ({"action": "create", "name": "Needs Reply", "color": "preset1"}, "built-in"),
        ({"action": "create", "name": "finance", "color": "preset1"}, "category of an area"),
        ({"action": "create", "name": "Board"}, "not a colour preset"),
        ({"action": "create", "name": "Board", "color": "blue"}, "Invalid input"),
        ({"action": "create", "name": "", "color": "preset1"}, "1 to 255 characters"),
    ],
)
async def test_a_refused_category_is_never_proposed(
    runtime, emulator, assistant, claude, tool_input, why
):
    seen: list = []

    reply = await propose(assistant, claude, tool_input, seen)

    [result] = tool_results(seen[0])
    assert result["is_error"] is True and why in result["content"]
    assert reply.proposal is None


async def test_listing_and_a_duplicate(runtime: Runtime, assistant, claude):
    await runtime.store.add_user_category("Board", "preset4")
    seen: list = []
    await propose(assistant, claude, {"action": "list"}, seen)
    [listed] = tool_results(seen[0])
    assert listed["content"] == "The owner's own categories: Board."
    again: list = []
    await propose(
        assistant, claude, {"action": "create", "name": "BOARD", "color": "preset1"}, again
    )
    [result] = tool_results(again[0])
    assert "already one of the owner's categories" in result["content"]


def test_a_step_that_failed_is_worded_by_kind():
    from core.assistant.replies import Step, StepKind
    from core.errors import GraphUnavailable

    step = Step(StepKind.CATEGORY_NOT_CREATED, category="Board", problem=GraphUnavailable("x"))
    assert 'create the category "Board"' in chat_step_text(step)


# -- triage offers the categories to Claude and approval applies the pick -------------------


def use_claude(runtime: Runtime, base_url: str):
    settings = runtime.settings.model_copy(
        update={
            "classifier": runtime.settings.classifier.model_copy(
                update={"base_url": base_url, "max_retries": 0}
            )
        }
    )
    classifier = build_claude_classifier(settings, build_claude_client(settings, "test-key"))
    runtime.triage = TriageService(
        inbox=runtime.inbox,
        store=runtime.store,
        approvals=runtime.approvals,
        settings=lambda: runtime.settings,
        primary=classifier,
        fallback=HeuristicClassifier(),
    )
    return classifier


async def test_claude_sees_the_categories_and_approval_applies_its_pick(
    runtime: Runtime, emulator, claude
):
    classifier = use_claude(runtime, claude.base_url)
    emulator.add_category("Board", "preset4")
    await runtime.store.add_user_category("Board", "preset4")
    answer = {
        "folder": FINANCE,
        "priority": "P2 - Important",
        "action_type": "Review",
        "confidence": 0.9,
        "reason": "Board pack.",
        "category": "Board",
    }
    claude.enqueue(Answer(answer))
    emulator.add_message(subject="Board pack", sender_name="Ana", sender_address="ana@x.example")

    report = await runtime.triage.refresh()
    await classifier.aclose()

    [body] = claude.message_bodies()
    system = body["system"][0]["text"]
    assert "# The owner's own categories" in system and "- Board" in system
    schema = body["output_config"]["format"]["schema"]
    assert schema["properties"]["category"]["enum"] == ["Board", "none"]
    assert "category" in schema["required"]
    [sid] = report.suggestion_ids
    suggestion = await runtime.store.get_suggestion(sid)
    assert suggestion is not None and suggestion.details["category"] == "Board"
    view = await runtime.triage.get(sid)
    assert view is not None and view.category == "Board"
    card = suggestion_message(view, low_confidence_threshold=0.6)
    assert "Category: Board" in json.dumps(card)

    outcome = await runtime.approvals.approve(sid, actor="U1")

    message = emulator.message(suggestion.email_id)
    assert outcome.status == "approved" and message is not None
    assert "Board" in message.categories and "P2 - Important" in message.categories


def test_without_user_categories_prompt_and_schema_are_unchanged(runtime: Runtime):
    settings = runtime.settings
    plain_prompt, plain_schema = system_prompt(settings), answer_schema(settings)
    with_none = with_user_categories(settings, [])

    assert system_prompt(with_none) == plain_prompt and answer_schema(with_none) == plain_schema
    assert "category" not in json.dumps(plain_schema["properties"])
    ours = with_user_categories(settings, ["Board", "Hiring"])
    assert system_prompt(ours) == system_prompt(with_user_categories(settings, ["Board", "Hiring"]))
    assert system_prompt(ours) != plain_prompt


async def test_the_owners_categories_are_never_offered_for_cleanup(runtime: Runtime, emulator):
    emulator.add_category("Board", "preset4")
    emulator.add_category("Old stuff", "preset2")
    await runtime.store.add_user_category("Board", "preset4")
    front = Assistant(runtime)

    plan = await front.cleanup_plan()
    report = await front.bootstrap_categories(actor="U1")

    assert "Board" not in plan.names and "Old stuff" in plan.names
    assert "Board" not in report.orphans
    with pytest.raises(InvalidInput, match="the assistant manages that category"):
        await front.delete_categories(["Board"], actor="U1")
    assert master(emulator, "Board") != []
