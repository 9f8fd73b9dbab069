"""The DM assistant's tasks: list the open ones (no request), complete one only on Confirm.

Claude is the Anthropic emulator driving the real tool-use loop; the tasks are real To Do tasks
in the Graph emulator, made by approvals.
"""

from __future__ import annotations

from bot.messages import chat_step_text, chat_text, proposal_text
from core.assistant.task_tools import complete_open_task
from sandbox.anthropic_emulator import ToolUse
from tests.core import test_chat as loop_tests
from tests.core.test_chat import (
    INVOICE,
    LUNCH,
    answering,
    deliver,
    make_assistant,
    tool_results,
    writes,
)

runtime = loop_tests.runtime
claude = loop_tests.claude
client = loop_tests.client
assistant = loop_tests.assistant


def turn_on_todo(runtime) -> None:
    todo = runtime.settings.integrations.todo.model_copy(update={"enabled": True})
    integrations = runtime.settings.integrations.model_copy(update={"todo": todo})
    runtime.settings = runtime.settings.model_copy(update={"integrations": integrations})


async def approved_with_tasks(runtime, emulator) -> list[int]:
    """Approve INVOICE and LUNCH, each with a To Do task; return their task numbers."""
    turn_on_todo(runtime)
    views = await deliver(runtime, emulator, INVOICE, LUNCH)
    numbers = []
    for subject in (INVOICE["subject"], LUNCH["subject"]):
        [view] = [v for v in views if v.subject == subject]
        outcome = await runtime.approvals.approve(
            view.suggestion_id, actor="U1", edits={"task_backend": "todo"}
        )
        assert outcome.task_id is not None
        [row] = await runtime.store.task_syncs_for_email(view.email_id)
        numbers.append(row.id)
    return numbers


def task_status(emulator, runtime, number_row) -> str:
    [task] = [
        t
        for todo_list in emulator.todo_lists
        for t in emulator.tasks(todo_list["id"])
        if t["id"] == number_row.todo_task_id
    ]
    return str(task["status"])


async def test_list_tasks_names_backend_subject_sender_and_link_without_a_request(
    runtime, emulator, assistant, claude
):
    numbers = await approved_with_tasks(runtime, emulator)
    requests = len(emulator.requests)
    seen: list = []
    claude.enqueue(ToolUse("list_tasks", {}), answering("Two open tasks.", seen))

    reply = await assistant.handle("D1", "what tasks are open?", actor="U1")

    assert chat_text(reply) == "Two open tasks." and reply.proposal is None
    [result] = tool_results(seen[0])
    text = result["content"]
    assert result.get("is_error") is not True
    assert text.startswith("2 open task(s)")
    body = text.split("<untrusted_email_data>", 1)[1]
    assert f'{numbers[0]} | To Do | "Invoice 42 due Friday" | Ana | https://to-do.' in body
    assert f'{numbers[1]} | To Do | "Lunch?" | Bo | https://to-do.' in body
    assert len(emulator.requests) == requests, "listing asks no service"


async def test_completing_a_task_is_proposed_then_runs_once_on_the_askers_confirm(
    runtime, emulator, assistant, claude
):
    first, second = await approved_with_tasks(runtime, emulator)
    before = len(writes(emulator))
    claude.enqueue(ToolUse("complete_task", {"task_number": first}), answering("Confirm?", []))

    reply = await assistant.handle("D1", "the invoice is paid, tick it off", actor="U1")

    proposal = reply.proposal
    assert proposal is not None and proposal.kind == "complete_task"
    assert (
        proposal_text(proposal)
        == f'Mark task {first} (To Do) "Invoice 42 due Friday" from Ana done in To Do.'
    )
    assert len(writes(emulator)) == before, "nothing changes before Confirm"
    assert chat_text(await assistant.confirm(proposal.id, actor="U2")).startswith("Only the person")

    done = await assistant.confirm(proposal.id, actor="U1")
    again = await assistant.confirm(proposal.id, actor="U1")

    assert chat_text(done) == f"Completed task {first} in To Do."
    assert chat_text(again) == "That was already done."
    row = await runtime.store.get_task_sync(first)
    assert row.status == "completed" and row.synced_at is not None
    assert task_status(emulator, runtime, row) == "completed"
    other = await runtime.store.get_task_sync(second)
    assert other.status == "active" and task_status(emulator, runtime, other) == "notStarted"
    assert [a.actor for a in await runtime.store.list_actions(action="todo.task.update")] == ["U1"]


async def test_a_task_that_is_not_open_is_never_proposed_nor_completed(
    runtime, emulator, assistant, claude
):
    [first, _] = await approved_with_tasks(runtime, emulator)
    done = await complete_open_task(runtime.store, runtime.tasks, first, actor="U1")
    assert done.done
    seen: list = []
    claude.enqueue(
        ToolUse("complete_task", {"task_number": first}),
        answering("It is done already.", seen),
    )
    before = len(writes(emulator))

    reply = await assistant.handle("D1", "complete it", actor="U1")

    [result] = tool_results(seen[0])
    assert result["is_error"] is True and "already completed" in result["content"]
    assert reply.proposal is None
    again = await complete_open_task(runtime.store, runtime.tasks, first, actor="U1")
    missing = await complete_open_task(runtime.store, runtime.tasks, 999, actor="U1")
    assert not again.done and "already completed" in again.text
    assert not missing.done and "there is no task 999" in missing.text
    assert len(writes(emulator)) == before


async def test_a_backend_error_leaves_the_task_open_and_says_why(runtime, emulator):
    [first, _] = await approved_with_tasks(runtime, emulator)
    emulator.inject("PATCH", r"/tasks/", status=403, times=5)

    result = await complete_open_task(runtime.store, runtime.tasks, first, actor="U1")

    assert not result.done and result.text.startswith(f"Task {first} was not completed in To Do:")
    shown = chat_step_text(result.step)
    assert shown.startswith(f"Could not complete task {first} in To Do: ")
    assert "Access is denied" not in shown and "PATCH" not in shown, (
        "the owner reads words, not the error"
    )
    assert (await runtime.store.get_task_sync(first)).status == "active"


async def test_without_a_key_tasks_are_listed_with_their_links(runtime, emulator):
    offline = make_assistant(runtime, None)
    assert chat_text(await offline.handle("D1", "tasks", actor="U1")).startswith("No open tasks")
    numbers = await approved_with_tasks(runtime, emulator)
    before = len(emulator.requests)

    reply = await offline.handle("D1", "Tasks?", actor="U1")

    lines = chat_text(reply).splitlines()
    assert lines[0] == "2 open task(s):"
    assert lines[1].startswith(
        f'• task {numbers[0]} (To Do) "Invoice 42 due Friday" from Ana https://to-do.'
    )
    assert len(emulator.requests) == before


async def test_a_task_of_a_backend_this_process_lacks_is_listed_but_not_completed(
    runtime, emulator
):
    [view] = await deliver(runtime, emulator, INVOICE)
    number = await runtime.store.add_task_sync(
        email_id=view.email_id,
        todo_task_id="6X7rM8997g3RQmvh",
        todo_list_id="2203306141",
        task_type="needs_reply",
        provider="todoist",
    )
    offline = make_assistant(runtime, None)

    listed = await offline.handle("D1", "tasks", actor="U1")
    result = await complete_open_task(runtime.store, runtime.tasks, number, actor="U1")

    assert f'• task {number} (Todoist) "Invoice 42 due Friday" from Ana' in chat_text(listed)
    assert "https://" not in chat_text(listed), "no link without the backend that knows it"
    assert not result.done and "(todoist) is not set up" in result.text
    assert (await runtime.store.get_task_sync(number)).status == "active"


async def test_reclassifying_can_pick_where_the_task_goes(runtime, emulator, assistant, claude):
    turn_on_todo(runtime)
    [fresh] = await deliver(runtime, emulator, INVOICE)
    claude.enqueue(
        ToolUse(
            "reclassify_suggestion",
            {
                "suggestion_id": fresh.suggestion_id,
                "priority": "P1 - Urgent Important",
                "task_backend": "none",
            },
        ),
        answering("Confirm?", []),
    )

    reply = await assistant.handle("D1", "file it as P1, no task", actor="U1")

    assert reply.proposal is not None and "no task" in proposal_text(reply.proposal)
    done = await assistant.confirm(reply.proposal.id, actor="U1")
    assert chat_text(done).startswith(f"Approved #{fresh.suggestion_id}")
    assert await runtime.store.task_syncs_for_email(fresh.email_id) == []
    record = await runtime.store.get_suggestion(fresh.suggestion_id)
    assert record.edited_create_task is False
    assert record.steps["task_backend_chosen"] == {"backend": None}
