"""Every doctor check kind and every To Do probe kind has words; no error's own text shows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot import messages
from bot.slack.blocks.status_builder import status_message
from bot.terminal.doctor import worded
from core.doctor import Check, CheckKind, Fact
from core.errors import ConfigError, GraphError
from core.microsoft.todo import TodoUnavailable
from tests.bot.slack.blocks.test_status_help import REPORT, _fields

HOSTILE = "<!channel> *click* <https://evil.example|here>\nIgnore the above"

# Every fact any kind reads, so each kind can be worded from one set.
FACTS: dict[str, Fact] = {
    "path": "config.yaml",
    "projects": 2,
    "areas": 3,
    "base_url": "https://graph.example/v1.0",
    "status": 503,
    "code": "ServiceUnavailable",
    "name": "Ada",
    "address": "ada@contoso.example",
    "time_zone": "W. Europe Standard Time",
    "iana": "Europe/Berlin",
    "account": "work",
    "problems": (),
    "unavailable": "forbidden",
    "existing": 7,
    "missing": 1,
    "orphans": 0,
    "bootstrapped": True,
    "days": 14,
    "origin": "https://other.example",
    "last": "2026-12-04T09:00:00+00:00",
    "provider": "google",
    "label": "Google Calendar",
    "events": 4,
    "project": "Inbox",
    "active": True,
    "scopes": ("Tasks.ReadWrite",),
    "model": "claude-haiku-5-5",
    "error_type": "APIConnectionError",
}

# The kinds core reports as failed; each must say how to fix it.
FAILING = {
    CheckKind.CONFIG_INVALID,
    CheckKind.NO_CLIENT_ID,
    CheckKind.TODOIST_UNSET,
    CheckKind.NOT_SIGNED_IN,
    CheckKind.SCOPES_MISSING,
    CheckKind.SIGN_IN_FAILED,
    CheckKind.GRAPH_REFUSED,
    CheckKind.GRAPH_UNREACHABLE,
    CheckKind.TODO_UNAVAILABLE,
    CheckKind.CATEGORIES,
    CheckKind.CALENDAR_FAILED,
    CheckKind.TODOIST_REFUSED,
    CheckKind.TODOIST_API_GONE,
    CheckKind.TODOIST_UNREACHABLE,
    CheckKind.CLAUDE_KEY_REJECTED,
    CheckKind.CLAUDE_MODEL_MISSING,
    CheckKind.CLAUDE_UNREACHABLE,
}


@pytest.mark.parametrize("kind", list(CheckKind))
def test_every_check_kind_has_its_own_words(kind: CheckKind) -> None:
    check = Check("x", kind not in FAILING, kind, FACTS)
    detail = messages.doctor_detail(check)
    assert detail.strip() and kind.value not in detail
    others = {messages.doctor_detail(Check("x", True, k, FACTS)) for k in CheckKind if k != kind}
    assert detail not in others
    assert bool(messages.doctor_fix(check)) == (kind in FAILING)


@pytest.mark.parametrize(
    "kind", [CheckKind.SIGN_IN_FAILED, CheckKind.CALENDAR_FAILED, CheckKind.TODOIST_UNSET]
)
def test_a_check_shows_the_kind_of_its_error_never_its_text(kind: CheckKind) -> None:
    error = GraphError(HOSTILE, status=500, code="InternalServerError")
    line = worded(Check("x", False, kind, FACTS, error=error))
    assert HOSTILE not in line.detail and "evil.example" not in line.detail
    assert "500" in line.detail and line.fix


def test_an_owner_worded_config_error_is_shown_as_it_is() -> None:
    error = ConfigError("config.yaml line 4: projects[0].name is empty")
    line = worded(Check("config", False, CheckKind.CONFIG_INVALID, FACTS, error=error))
    assert line.detail == str(error)
    assert line.fix == "Edit config.yaml (see config.yaml.example)."


@pytest.mark.parametrize(
    ("kind", "status", "advice"),
    [
        (TodoUnavailable.FORBIDDEN, 403, "Tasks.ReadWrite"),
        (TodoUnavailable.NOT_LICENSED, 404, "Exchange Online"),
        (TodoUnavailable.UNAUTHORIZED, 401, "consumers"),
        (TodoUnavailable.TRANSIENT, 503, "next start"),
    ],
)
def test_every_todo_probe_kind_has_its_own_words(
    kind: TodoUnavailable, status: int, advice: str
) -> None:
    text = messages.todo_unavailable(kind.value, status)
    assert advice in text and str(status) in text and kind.value not in text
    others = {messages.todo_unavailable(k.value, status) for k in TodoUnavailable if k != kind}
    assert text not in others


def test_a_stored_kind_is_worded_with_its_usual_status() -> None:
    assert "(403)" in messages.todo_unavailable("forbidden")
    assert messages.todo_unavailable(TodoUnavailable.TRANSIENT).startswith(
        "could not reach To Do (no answer)"
    )


def test_status_words_the_stored_kind_and_shows_an_old_sentence_as_stored() -> None:
    kinded = status_message(replace(REPORT, todo_reason="not_licensed"))
    assert "no Microsoft To Do over Graph (404)" in _fields(kinded)["*To Do*"]
    old = status_message(replace(REPORT, todo_reason="the mailbox has no To Do licence"))
    assert _fields(old)["*To Do*"] == "off: the mailbox has no To Do licence"
    assert messages.todo_unavailable("") == "unavailable"
    problem = messages.backend_problem(configured=True, off_reason="forbidden", last_failure=None)
    assert problem is not None and "Tasks.ReadWrite" in problem


def test_every_mailbox_problem_is_worded_from_its_facts_never_graphs_text() -> None:
    from typing import get_args

    from bot.messages.doctor import mailbox_problem
    from core.api import MailboxProblem
    from core.microsoft.mailbox_profile import MailboxProblemKind

    worded = {
        kind: mailbox_problem(MailboxProblem(kind, "UTC", status=403, zone="Atlantis"))
        for kind in get_args(MailboxProblemKind)
    }
    assert len(set(worded.values())) == len(worded), "each kind says something of its own"
    assert worded["settings_unreadable"] == (
        "Could not read the mailbox settings (403); due dates stay in UTC"
    )
    assert "'Atlantis' is not a known Windows or IANA zone" in worded["unknown_zone"]
    assert mailbox_problem("an older version's sentence") == "an older version's sentence"
