"""The DM assistant's words: every reply and step kind is worded, and no raw error is shown."""

from __future__ import annotations

import pytest

from bot.messages import chat_step_text, chat_text, proposal_text
from core.admin import AddResult
from core.api import Change, ChatReply, Proposal, ReplyKind, Step, StepKind
from core.assistant.replies import Listed
from core.errors import ConfigError, GraphError, InvalidInput

_RAW = "<b>raw service text</b> from upstream"


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_every_reply_kind_has_words(kind):
    step = Step(StepKind.GONE, 2)
    said = chat_text(ChatReply(kind, steps=(step,)))
    assert said or kind in (ReplyKind.ANSWER, ReplyKind.OFFLINE)
    assert chat_text(ChatReply(kind, "Claude's words", steps=(step,))) != ""


def test_claude_s_words_are_shown_as_they_came_and_cut_ones_say_so():
    assert chat_text(ChatReply(ReplyKind.ANSWER, "Two pending.")) == "Two pending."
    assert chat_text(ChatReply(ReplyKind.CUT_SHORT, "Two pend")) == "Two pend …(cut short)"
    assert chat_text(ChatReply(ReplyKind.CUT_SHORT)) == "My answer was cut short; ask again."


def test_only_replies_without_model_or_email_text_are_ours():
    assert ChatReply(ReplyKind.EXPIRED).ours and ChatReply(ReplyKind.CLAUDE_BUSY).ours
    assert not ChatReply(ReplyKind.ANSWER, "hi").ours
    assert not ChatReply(ReplyKind.DONE).ours, "steps cite subjects and senders"


_ADDED = AddResult(
    kind="area", name="Legal", folder="Areas/Legal", folder_created=True, category="Legal",
    category_created=False,
)  # fmt: skip


@pytest.mark.parametrize("kind", list(StepKind))
def test_every_step_kind_has_words(kind):
    step = Step(kind, 7, '#7 "Invoice" from Ana', status="approved", folder="Areas/Finance",
                backend="To Do", added=_ADDED, entry_kind="area", entry_name="Legal")  # fmt: skip
    said = chat_step_text(step)
    assert said.strip() and "None" not in said


@pytest.mark.parametrize(
    "kind", [StepKind.NOT_DONE, StepKind.TASK_NOT_COMPLETED, StepKind.NOT_ADDED]
)
def test_a_failed_change_is_worded_by_its_kind_never_its_raw_text(kind):
    graph = GraphError(_RAW, status=503, code="serviceNotAvailable")
    unexpected = RuntimeError(_RAW)
    for err in (graph, unexpected):
        said = chat_step_text(Step(kind, 7, "#7", backend="To Do", problem=err, entry_kind="area",
                                   entry_name="Legal"))  # fmt: skip
        assert _RAW not in said and "Could not" in said


def test_an_owner_worded_error_is_shown_with_what_failed():
    refused = Step(StepKind.NOT_DONE, 7, '#7 "Invoice"', problem=InvalidInput("no folder X"))
    config = Step(StepKind.NOT_ADDED, problem=ConfigError("config.yaml line 3: bad"),
                  entry_kind="area", entry_name="Legal")  # fmt: skip
    assert chat_step_text(refused) == '#7 "Invoice": not done, no folder X.'
    assert chat_step_text(config) == 'Could not add area "Legal": config.yaml line 3: bad'


def test_a_done_reply_says_each_step_on_its_own_line():
    reply = ChatReply(
        ReplyKind.DONE,
        steps=(
            Step(StepKind.APPROVED, 1, "#1", folder="Inbox", task_title="Reply"),
            Step(StepKind.GONE, 2),
        ),
    )
    assert chat_text(reply) == (
        'Approved #1: filed in Inbox; To Do task "Reply" created.\n#2 no longer exists.'
    )


@pytest.mark.parametrize(
    ("proposal", "prompt"),
    [
        (
            Proposal("p1", "approve", cited=("#1", "#2"), values=("Inbox, P2", "Areas/X, P4")),
            "Approve:\n• #1 → Inbox, P2\n• #2 → Areas/X, P4",
        ),
        (
            Proposal("p1", "dismiss", cited=tuple(f"#{i}" for i in range(7))),
            "Dismiss (the emails stay where they are):\n• #0\n• #1\n• #2\n• #3\n• #4\n"
            "• … and 2 more",
        ),
        (
            Proposal(
                "p1",
                "reclassify",
                cited=("#3",),
                changes=(
                    Change("action_type", "FYI Only", "Needs Reply"),
                    Change("create_task", after="no"),
                    Change("task_backend", after="Todoist"),
                ),
            ),
            "Approve #3 with changes: action type FYI Only → Needs Reply; no task; "
            "the task in Todoist.",
        ),
        (
            Proposal("p1", "complete_task", cited=("task 7 (To Do)",), backend="To Do"),
            "Mark task 7 (To Do) done in To Do.",
        ),
        (
            Proposal("p1", "add_project_or_area", {"kind": "area"}, ("Legal",), ("Areas/Legal",)),
            'Add area "Legal" in Areas/Legal (writes config.yaml, creates the Outlook folder '
            'Areas/Legal if missing, creates the category "Legal").',
        ),
    ],
)
def test_every_proposal_kind_has_a_confirmation_prompt(proposal, prompt):
    assert proposal_text(proposal) == prompt


def test_the_offline_lists_cite_each_item_and_count_the_rest():
    pending = ChatReply(
        ReplyKind.PENDING, listed=(Listed('#4 "Invoice" from Ana', "Inbox, P2, Review", 0.9),),
        total=3,
    )  # fmt: skip
    tasks = ChatReply(
        ReplyKind.TASKS, listed=(Listed("task 7 (To Do)", link="https://to-do.example/7"),),
        total=1,
    )  # fmt: skip
    assert chat_text(pending) == (
        '3 pending:\n• #4 "Invoice" from Ana → Inbox, P2, Review (0.90)\n… and 2 more.'
    )
    assert chat_text(tasks) == "1 open task(s):\n• task 7 (To Do) https://to-do.example/7"
