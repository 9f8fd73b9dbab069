"""Evaluation scores a classifier exactly, and `eval` renders the scores as plain text."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.terminal.evaluation import render_eval_report
from core.config.settings import Settings, load_settings
from core.errors import ClassifierError
from core.triage.classification import INBOX, Classification, EmailForClassification, Source, Usage
from core.triage.evaluation import ALL, FIELDS, email_for_sample, evaluate
from core.triage.heuristic import HeuristicClassifier
from core.vocabulary import ActionType, Priority
from sandbox.sample_mailbox import SAMPLE_CONFIG, SAMPLE_EMAILS, SampleEmail

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
SETTINGS = Settings.model_validate(
    {
        "areas": [
            {"name": "Sales", "folder": "Areas/Sales"},
            {"name": "Finance", "folder": "Areas/Finance"},
        ],
        "classifier": {"concurrency": 3},
    }
)
P1, P2, P3, P4 = Priority.P1, Priority.P2, Priority.P3, Priority.P4
NR, WF, RV, DL, FYI = (
    ActionType.NEEDS_REPLY,
    ActionType.WAITING_FOR,
    ActionType.REVIEW,
    ActionType.DELEGATED,
    ActionType.FYI_ONLY,
)


def sample(key: str, folder: str, priority: Priority, action: ActionType, **fields) -> SampleEmail:
    return SampleEmail(
        key=key,
        subject=f"Subject {key}",
        sender_name="Sender",
        sender_address="Sender@Example.com",
        body="Body text.",
        hours_ago=2,
        expected_folder=folder,
        expected_priority=priority,
        expected_action=action,
        **fields,
    )


def answer(folder: str, priority: Priority, action: ActionType, **fields) -> Classification:
    return Classification(
        folder, priority, action, 0.9, f"scripted {folder}", Source.CLAUDE, **fields
    )


class ScriptedClassifier:
    """Answers from a script keyed by email id, and records how many calls ran at once."""

    name = "scripted"

    def __init__(self, script: dict[str, Classification | ClassifierError]) -> None:
        self.script = script
        self.seen: list[EmailForClassification] = []
        self.in_flight = 0
        self.most_in_flight = 0

    async def classify(self, email, *, settings, corrections=(), examples=()):
        self.seen.append(email)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        for _ in range(3):
            await asyncio.sleep(0)  # yield so every admitted call is in flight together
        self.in_flight -= 1
        result = self.script[email.email_id]
        if isinstance(result, ClassifierError):
            raise result
        return result


SAMPLES = [
    sample("s1", "Areas/Sales", P2, NR),
    sample("s2", "Areas/Finance", P3, RV),
    sample("s3", INBOX, P4, FYI),
    sample("s4", "Areas/Sales", P1, DL),
    sample("s5", "Areas/Finance", P2, NR),
]
SCRIPT: dict[str, Classification | ClassifierError] = {
    "s1": answer("Areas/Sales", P2, NR, usage=Usage(100, 20, 0, 0, 0.001, 400)),
    "s2": answer("Areas/Finance", P2, RV, usage=Usage(50, 10, 0, 30, 0.0005, 600)),
    "s3": answer("Areas/Sales", P4, NR),
    "s4": ClassifierError("Claude unavailable: HTTP 529 overloaded"),
    "s5": answer("Areas/Finance", P2, WF, needs_review=True),
}


async def scripted_report():
    return await evaluate(ScriptedClassifier(SCRIPT), SAMPLES, SETTINGS, now=NOW)


async def test_accuracy_per_field_matches_the_hand_count():
    report = await scripted_report()

    assert report.classifier == "scripted" and report.total == 5
    # folder: s1 s2 s5 right; priority: s1 s3 s5; action: s1 s2; all three: s1 only.
    assert dict(report.correct) == {"folder": 3, "priority": 3, "action_type": 2, ALL: 1}
    assert [report.accuracy(f) for f in (*FIELDS, ALL)] == [0.6, 0.6, 0.4, 0.2]
    assert (report.needs_review, report.errors) == (1, 1)


async def test_confusion_tables_count_expected_against_predicted():
    report = await scripted_report()
    folder = report.confusion["folder"]

    assert folder.labels == ("Areas/Sales", "Areas/Finance", INBOX, "(error)")
    assert dict(folder.counts) == {
        ("Areas/Sales", "Areas/Sales"): 1,
        ("Areas/Finance", "Areas/Finance"): 2,
        (INBOX, "Areas/Sales"): 1,
        ("Areas/Sales", "(error)"): 1,
    }
    action = report.confusion["action_type"]
    assert action.labels == (NR.value, WF.value, RV.value, DL.value, FYI.value, "(error)")
    assert action.count(NR.value, WF.value) == 1 and action.count(FYI.value, NR.value) == 1
    assert action.count(RV.value, RV.value) == 1
    for table in report.confusion.values():
        assert sum(table.counts.values()) == 5


async def test_misses_say_what_was_expected_what_came_back_and_why():
    report = await scripted_report()

    assert [(m.key, m.wrong) for m in report.misses] == [
        ("s2", ("priority",)),
        ("s3", ("folder", "action_type")),
        ("s4", FIELDS),
        ("s5", ("action_type",)),
    ]
    s3, s4, s5 = report.misses[1:]
    assert str(s3.expected) == "Inbox / P4 - Low / FYI Only"
    assert str(s3.got) == "Areas/Sales / P4 - Low / Needs Reply"
    assert s3.reason == "scripted Areas/Sales"
    assert s4.got is None and s4.reason == "Claude unavailable: HTTP 529 overloaded"
    assert s5.needs_review


async def test_usage_is_summed():
    report = await scripted_report()

    assert report.has_usage
    assert (report.input_tokens, report.output_tokens, report.cache_read_input_tokens) == (
        150,
        30,
        30,
    )
    assert report.cost_usd == pytest.approx(0.0015)
    assert report.latencies_ms == (400, 600)


async def test_concurrency_is_bounded_by_the_classifier_setting():
    script: dict[str, Classification | ClassifierError] = {
        f"c{i}": answer(INBOX, P4, FYI) for i in range(10)
    }
    classifier = ScriptedClassifier(script)

    report = await evaluate(
        classifier, [sample(k, INBOX, P4, FYI) for k in script], SETTINGS, now=NOW
    )

    assert report.correct[ALL] == 10
    assert classifier.most_in_flight == SETTINGS.classifier.concurrency == 3


def test_a_sample_becomes_the_email_triage_would_build():
    email = email_for_sample(
        sample(
            "n1",
            "Inbox",
            P4,
            FYI,
            thread="t1",
            headers={
                "list-unsubscribe": "<mailto:u@news.example>",
                "Auto-Submitted": "auto-generated",
            },
            importance="high",
        ),
        now=NOW,
    )

    assert email.email_id == "n1" and email.conversation_id == "t1"
    assert email.sender_address == "sender@example.com"
    assert email.received_at == NOW - timedelta(hours=2)
    assert email.list_unsubscribe == "<mailto:u@news.example>"
    assert email.auto_submitted == "auto-generated"
    assert (email.importance, email.body_text, email.preview) == (
        "high",
        "Body text.",
        "Body text.",
    )


async def test_the_report_renders_as_plain_text():
    lines = render_eval_report(await scripted_report())

    assert lines[0] == "Classifier: scripted    Emails: 5"
    assert "Folder           3/5     60.0%" in lines
    assert "All three        1/5     20.0%" in lines
    assert "Needs review: 1    Errors: 1" in lines
    assert any(line.startswith("Tokens: 150 in, 30 out, 30 cache read") for line in lines)
    header = lines.index("Folder: rows expected, columns predicted")
    assert lines[header + 1].split() == ["1", "2", "3", "4"]
    assert lines[header + 2].split() == ["1", "Areas/Sales", "1", ".", ".", "1"]
    assert lines[header + 4].split() == ["3", "Inbox", "1", ".", ".", "."]
    assert "Misses (4):" in lines
    assert "  s4" in lines and "    got      (error)" in lines
    assert "  s5 [needs review]" in lines


async def test_the_golden_set_runs_through_the_heuristic():
    settings = load_settings(SAMPLE_CONFIG)

    report = await evaluate(HeuristicClassifier(), SAMPLE_EMAILS, settings)

    assert report.total == len(SAMPLE_EMAILS) >= 60
    assert report.errors == 0 and not report.has_usage
    assert len(report.misses) == report.total - report.correct[ALL]
    assert report.correct[ALL] <= min(report.correct[f] for f in FIELDS)
    predicted = {got for (_, got) in report.confusion["folder"].counts}
    assert predicted <= {*settings.folders(), INBOX}
    print("\n" + "\n".join(render_eval_report(report)[:9]))  # the figure, with -s
