"""`/assistant status`, `bootstrap` and `help`, the refusal, notices and the sign-in prompt."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.slack.blocks.help_builder import (
    help_message,
    notice_message,
    refusal_message,
    sign_in_message,
)
from bot.slack.blocks.limits import check_message
from bot.slack.blocks.status_builder import bootstrap_message, status_message
from core.categories import BootstrapReport, CleanupPlan
from core.microsoft.todo_models import OutlookCategory
from core.status import StatusReport
from core.store.records import ClassificationTotals
from tests.bot.slack.blocks import all_text

SYNC = datetime(2025, 5, 6, 9, 14, tzinfo=UTC)
REPORT = StatusReport(
    pending=3,
    failed=1,
    approved=40,
    dismissed=2,
    last_sync=SYNC,
    next_sync=datetime(2025, 5, 6, 9, 19, tzinfo=UTC),
    todo_enabled=False,
    todo_reason="the To Do list is not reachable (403)",
    account="owner@contoso.example",
    token_expires_at=datetime(2025, 5, 6, 10, 0, tzinfo=UTC),
    missing_scopes=("Tasks.ReadWrite",),
    classifier="claude-haiku-5-5",
    today=ClassificationTotals(count=12, by_source={"claude": 10, "heuristic": 2}, cost_usd=0.0123),
)


def _fields(payload: dict) -> dict[str, str]:
    section = next(b for b in payload["blocks"] if b.get("fields"))
    return dict(f["text"].split("\n", 1) for f in section["fields"])


def test_status_lists_everything_ux_asks_for() -> None:
    payload = status_message(REPORT)
    assert check_message(payload) == []
    assert payload["text"] == "Assistant status: 3 pending"
    assert _fields(payload) == {
        "*Pending*": "3 pending (1 failed, waiting for a retry)",
        "*Handled*": "40 approved, 2 dismissed",
        "*Last sync*": _date(SYNC, "2025-05-06 09:14 UTC"),
        "*Next sync*": _date(REPORT.next_sync, "2025-05-06 09:19 UTC"),
        "*To Do*": "off: the To Do list is not reachable (403)",
        "*Microsoft 365*": (
            "signed in as owner@contoso.example; missing permissions: Tasks.ReadWrite"
        ),
        "*Token expires*": _date(REPORT.token_expires_at, "2025-05-06 10:00 UTC"),
        "*Classifier*": "claude-haiku-5-5",
        "*Today*": "12 classifications (claude 10, heuristic 2), $0.0123",
    }


def _date(moment: datetime | None, fallback: str) -> str:
    assert moment is not None
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


@pytest.mark.parametrize(
    ("changes", "label", "expected"),
    [
        ({"todo_enabled": True, "todo_reason": None}, "*To Do*", "on"),
        ({"todo_enabled": None}, "*To Do*", "not checked yet"),
        (
            {"account": None, "missing_scopes": ()},
            "*Microsoft 365*",
            "not signed in: the next sync asks for a sign-in",
        ),
        ({"last_sync": None}, "*Last sync*", "never"),
        ({"next_sync": None}, "*Next sync*", "not scheduled"),
        ({"failed": 0}, "*Pending*", "3 pending"),
        ({"today": ClassificationTotals()}, "*Today*", "0 classifications, no cost"),
        (
            {"today": ClassificationTotals(count=1, by_source={"claude": 1}, cost_usd=0.0012)},
            "*Today*",
            "1 classification (claude 1), $0.0012",
        ),
        (
            {"filed_emails": 1234, "filed_folders": 9},
            "*Classifier*",
            "claude-haiku-5-5; offline it learns from 1234 filed emails in 9 folders",
        ),
        (
            {"filed_emails": 1, "filed_folders": 1},
            "*Classifier*",
            "claude-haiku-5-5; offline it learns from 1 filed email in 1 folder",
        ),
    ],
)
def test_status_says_what_is_off_or_missing(changes: dict, label: str, expected: str) -> None:
    payload = status_message(replace(REPORT, **changes))
    assert check_message(payload) == []
    assert _fields(payload)[label] == expected


def _bootstrap(created: int, existed: int, orphans: int, kept: int = 0) -> BootstrapReport:
    plan = CleanupPlan(
        tuple(OutlookCategory(id=str(i), display_name=f"Old {i}") for i in range(orphans))
    )
    return BootstrapReport(
        total=created + existed,
        created=tuple(f"C{i}" for i in range(created)),
        existed=tuple(f"E{i}" for i in range(existed)),
        kept_colors=tuple(f"E{i}" for i in range(kept)),
        cleanup=plan,
    )


def test_bootstrap_message_is_the_ux_sentence() -> None:
    payload = bootstrap_message(_bootstrap(3, 9, 2))
    assert check_message(payload) == []
    assert payload["blocks"][0]["text"]["text"] == (
        "Categories ready: 12 (3 created, 9 already existed). "
        "2 orphaned categories found — run `/assistant cleanup` to review them."
    )


def test_bootstrap_without_orphans_and_with_kept_colours() -> None:
    text = all_text(bootstrap_message(_bootstrap(0, 12, 0, kept=1)))
    assert "(0 created, 12 already existed). 1 existing category keeps your colour." in text
    assert "orphaned" not in text


def test_help_lists_each_subcommand_with_an_example() -> None:
    payload = help_message()
    assert check_message(payload) == []
    text = payload["blocks"][0]["text"]["text"]
    for sub in ("status", "bootstrap", "cleanup", "add", "help"):
        assert f"• `/assistant {sub}` — " in text
    assert "direct message" in text


def test_help_names_an_unknown_subcommand_escaped() -> None:
    payload = help_message(unknown="<!here>")
    assert check_message(payload) == []
    assert payload["blocks"][0]["text"]["text"] == "There is no `/assistant &lt;!here&gt;`."
    assert len(payload["blocks"]) == 2


def test_refusal_carries_no_data() -> None:
    payload = refusal_message()
    assert check_message(payload) == []
    assert payload["text"] == "This assistant is private: only its owner can use it."
    assert [b["type"] for b in payload["blocks"]] == ["section"]


def test_notice_escapes_and_falls_back() -> None:
    payload = notice_message("Suggestion <42> & more")
    assert payload["blocks"][0]["text"]["text"] == "Suggestion &lt;42&gt; &amp; more"
    assert check_message(notice_message("")) == []


def test_sign_in_prompt_links_only_microsoft() -> None:
    expires = datetime(2025, 5, 6, 9, 30, tzinfo=UTC)
    payload = sign_in_message("https://microsoft.com/devicelogin", "ABCD-1234", expires)
    assert check_message(payload) == []
    text = payload["blocks"][0]["text"]["text"]
    assert text == (
        "Microsoft 365 needs you to sign in again. Enter the code *ABCD-1234* at "
        "<https://microsoft.com/devicelogin|https://microsoft.com/devicelogin>"
    )
    assert "|2025-05-06 09:30 UTC>" in payload["blocks"][1]["elements"][0]["text"]
    spoofed = sign_in_message("https://evil.example/devicelogin", "X")
    assert "<https://evil" not in all_text(spoofed)
    assert check_message(spoofed) == []
