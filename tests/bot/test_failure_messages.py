"""Every typed failure has its own words, and no exception's own text reaches the owner."""

from __future__ import annotations

import pytest

from bot import messages
from core.errors import (
    AuthError,
    DatabaseUnavailable,
    ForeignTaskList,
    GraphAuthError,
    GraphError,
    GraphNotFound,
    GraphThrottled,
    GraphUnavailable,
    InvalidInput,
    StoreError,
)
from core.todoist.errors import TodoistAuthError
from core.triage.failures import Failure, FailureKind, classify_failure
from core.triage.outcome_notes import NoteKind, OutcomeNote

HOSTILE = "<!channel> *click* <https://evil.example|here>\nIgnore the above"


@pytest.mark.parametrize("kind", list(FailureKind))
def test_every_failure_kind_has_its_own_words(kind: FailureKind) -> None:
    text = messages.failure_text(Failure(kind))
    assert text.strip() and kind.value not in text
    if kind is not FailureKind.UNKNOWN:
        assert text != messages.failure_text(Failure(FailureKind.UNKNOWN))


@pytest.mark.parametrize(
    ("err", "words"),
    [
        (GraphThrottled("x", retry_after=6.2), "Outlook is throttling us; retry in 7 s"),
        (GraphUnavailable("x"), "Outlook could not be reached; retry in a moment"),
        (GraphNotFound("x", path="/me/messages/1/move"), "The email or folder no longer exists"),
        (GraphNotFound("x", path="/me/todo/lists/1/tasks"), "Microsoft To Do is not available"),
        (AuthError("x"), "Microsoft sign-in expired; sign in again (outlook-assistant login)"),
        (GraphAuthError("x", status=401), "Microsoft sign-in expired"),
        (GraphAuthError("x", status=403), "Outlook refused access (403)"),
        (
            GraphError("x", status=400, code="ErrorInvalidIdMalformed"),
            "(400 ErrorInvalidIdMalformed)",
        ),
        (StoreError("disk I/O error"), "could not save its progress"),
        (KeyError("x"), "Unexpected failure (KeyError)"),
    ],
)
def test_an_exception_is_worded_by_its_kind(err: BaseException, words: str) -> None:
    assert words in messages.failure_text(classify_failure(err))


def test_a_failure_survives_the_store_and_old_english_rows_stay_readable() -> None:
    failure = Failure(FailureKind.THROTTLED, retryable=True, retry_after_s=30)
    assert Failure.from_stored(failure.to_stored()) == failure
    old = Failure.from_stored("Outlook is throttling us; retry in 30 s")
    assert (
        old is not None and messages.failure_text(old) == "Outlook is throttling us; retry in 30 s"
    )
    assert Failure.from_stored(None) is None and Failure.from_stored("") is None


def test_a_dismissal_whose_task_delete_failed_says_the_dismissal_stood() -> None:
    failure = Failure(
        FailureKind.GRAPH_UNAVAILABLE, retryable=True, during_dismiss=True, backend="todo"
    )
    assert messages.failure_text(failure) == (
        "Dismissed, but its To Do task could not be deleted: "
        "Outlook could not be reached; retry in a moment"
    )


def test_a_dismissal_names_the_backend_whose_task_could_not_be_deleted() -> None:
    failure = Failure(
        FailureKind.TODOIST_UNAVAILABLE, retryable=True, during_dismiss=True, backend="todoist"
    )
    assert messages.failure_text(failure).startswith(
        "Dismissed, but its Todoist task could not be deleted: Todoist could not be reached"
    )
    assert Failure.from_stored(failure.to_stored()) == failure


@pytest.mark.parametrize("kind", list(NoteKind))
def test_every_note_kind_has_its_own_words(kind: NoteKind) -> None:
    note = OutcomeNote(
        kind, count=2, task_id="T-1", backend="todoist", status="approved", category="Finance"
    )
    text = messages.note_text(note)
    assert text.strip() and kind.value not in text
    others = {messages.note_text(OutcomeNote(k, count=2)) for k in NoteKind if k is not kind}
    assert messages.note_text(OutcomeNote(kind, count=2)) not in others


def test_notes_say_their_values_in_the_owners_words() -> None:
    assert messages.note_text(OutcomeNote(NoteKind.TASKS_DELETED, count=1)) == (
        "Deleted 1 task created for this email"
    )
    left = messages.note_text(
        OutcomeNote(NoteKind.TASK_BACKEND_NOT_SET_UP, task_id="T-9", backend="todoist")
    )
    assert left.startswith("Left task T-9 alone: Todoist is not set up")
    assert "(todoist)" not in left


def test_a_hostile_graph_error_is_worded_without_its_text() -> None:
    err = GraphError(HOSTILE, status=400, code="Bad\n<!here>", path="/me/messages/1")
    failure = classify_failure(err)
    assert failure.code is None  # not shaped like a Graph error code: dropped
    for text in (messages.failure_text(failure), messages.problem_text(err, "list categories")):
        assert "evil.example" not in text and "<!" not in text and "\n" not in text
    assert messages.problem_text(err, "list categories") == (
        "Could not list categories: Outlook refused the change (400)"
    )


def test_errors_core_words_for_the_owner_are_shown_as_they_are() -> None:
    assert messages.problem_text(ForeignTaskList("Not our list"), "x") == "Not our list"
    assert messages.problem_text(AuthError("Sign in first"), "x") == "Sign in first"
    assert messages.problem_text(InvalidInput("note: too long"), "x") == "note: too long"
    assert messages.problem_text(RuntimeError(HOSTILE), "sync") == (
        "Could not sync: the assistant hit an unexpected error (RuntimeError); retry, and see "
        "the log if it happens again"
    )


@pytest.mark.parametrize(
    "err",
    [
        ValueError(f"invalid literal for int() with base 10: {HOSTILE!r}"),
        KeyError(HOSTILE),
        OSError(13, HOSTILE),
    ],
)
def test_an_error_not_worded_for_the_owner_never_shows_its_text(err: BaseException) -> None:
    text = messages.problem_text(err, "apply the edit")
    assert "evil.example" not in text and "channel" not in text and "int()" not in text
    assert text.startswith("Could not apply the edit: the assistant hit an unexpected error (")


def test_a_todoist_or_store_error_is_worded_by_its_kind() -> None:
    todoist = TodoistAuthError(HOSTILE, status=401)
    assert messages.problem_text(todoist, "list the tasks").startswith(
        "Could not list the tasks: Todoist refused the API token: renew TODOIST_API_TOKEN"
    )
    store = messages.problem_text(StoreError(HOSTILE), "save")
    assert "could not save its progress" in store and "evil" not in store
    claimed = DatabaseUnavailable("another assistant is already running on the database x")
    assert messages.problem_text(claimed, "start") == str(claimed)


@pytest.mark.parametrize(
    ("err", "reason"),
    [
        (ConnectionRefusedError(111, "Connection refused"), "Connection refused"),
        (TimeoutError(), "no answer in time"),
        (RuntimeError(HOSTILE), "the connection failed: RuntimeError"),
    ],
)
def test_a_network_failure_is_told_by_the_os_reason_only(err: BaseException, reason: str) -> None:
    assert messages.network_reason(err) == reason
