"""Calibration: `eval` counts answers per confidence band and how many of them were right."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot import messages
from bot.terminal.evaluation import render_eval_report
from core.config.settings import Settings
from core.errors import ClassifierError
from core.triage.calibration import BAND_FLOORS, HIGH_CONFIDENCE, band_floor, calibrate
from core.triage.classification import INBOX, Classification, EmailForClassification, Source
from core.triage.evaluation import ALL, evaluate
from core.vocabulary import ActionType, Priority
from sandbox.sample_mailbox import SampleEmail

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
SETTINGS = Settings.model_validate({"areas": [{"name": "Sales", "folder": "Areas/Sales"}]})
SALES = "Areas/Sales"
P2, P4 = Priority.P2, Priority.P4
NR, FYI = ActionType.NEEDS_REPLY, ActionType.FYI_ONLY


class FakeClassifier:
    """Answers each email id with a scripted classification (or error)."""

    name = "fake"

    def __init__(self, script: dict[str, Classification | ClassifierError]) -> None:
        self.script = script

    async def classify(
        self, email: EmailForClassification, *, settings: Settings, corrections=(), examples=()
    ) -> Classification:
        answer = self.script[email.email_id]
        if isinstance(answer, ClassifierError):
            raise answer
        return answer


def labelled(key: str) -> SampleEmail:
    """Every sample expects Sales / P2 / Needs Reply."""
    return SampleEmail(key, f"Subject {key}", "S", "s@example.com", "Body.", 1, SALES, P2, NR)


def said(confidence: float, folder: str = SALES, priority=P2, action=NR) -> Classification:
    return Classification(folder, priority, action, confidence, "scripted", Source.HEURISTIC)


# (confidence, answer): two right and one wrong at the top, boundaries on each band's edge.
SCRIPT: dict[str, Classification | ClassifierError] = {
    "low-right": said(0.2),
    "low-edge-wrong-folder": said(0.4999, folder=INBOX),
    "mid-edge-wrong-action": said(0.5, action=FYI),
    "mid-right": said(0.6999),
    "upper-edge-wrong-all": said(0.7, folder=INBOX, priority=P4, action=FYI),
    "upper-wrong-priority": said(0.8499, priority=P4),
    "high-edge-right": said(0.85),
    "high-right": said(1.0),
    "high-wrong-priority": said(0.93, priority=P4),
    "failed": ClassifierError("Claude unavailable"),
}


async def report():
    samples = [labelled(key) for key in SCRIPT]
    return await evaluate(FakeClassifier(SCRIPT), samples, SETTINGS, now=NOW)


async def test_each_band_counts_its_answers_and_how_many_were_right():
    bands = (await report()).calibration

    assert [(b.low, b.high) for b in bands] == [(0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, None)]
    assert [b.count for b in bands] == [2, 2, 2, 3]  # the failed email has no confidence
    by_field = [dict(b.correct) for b in bands]
    assert by_field == [
        {ALL: 1, "folder": 1, "priority": 2, "action_type": 2},
        {ALL: 1, "folder": 2, "priority": 2, "action_type": 1},
        {ALL: 0, "folder": 1, "priority": 0, "action_type": 1},
        {ALL: 2, "folder": 3, "priority": 2, "action_type": 3},
    ]
    assert bands[3].accuracy(ALL) == pytest.approx(2 / 3)
    assert bands[2].accuracy("folder") == 0.5


async def test_the_high_band_is_the_one_at_or_above_the_threshold():
    result = await report()

    high = result.high_confidence
    assert high is not None and high.low == HIGH_CONFIDENCE == 0.85
    assert (high.count, high.correct[ALL]) == (3, 2)


def test_an_empty_band_has_no_accuracy_rather_than_zero():
    bands = calibrate([(0.9, {ALL: True, "folder": True})])

    assert [b.count for b in bands] == [0, 0, 0, 1]
    assert bands[0].accuracy(ALL) is None and dict(bands[0].correct) == {ALL: 0, "folder": 0}
    assert bands[3].accuracy("folder") == 1.0


@pytest.mark.parametrize(
    ("confidence", "floor"), [(-0.1, 0.0), (0.0, 0.0), (0.5, 0.5), (0.84999, 0.7), (1.0, 0.85)]
)
def test_a_confidence_falls_in_the_band_whose_floor_it_reaches(confidence, floor):
    assert band_floor(confidence) == floor and floor in BAND_FLOORS


async def test_eval_prints_the_table_and_the_share_right_at_high_confidence():
    lines = render_eval_report(await report())

    start = lines.index(messages.CALIBRATION_TITLE)
    table = [line.split() for line in lines[start + 1 : start + 6]]
    assert table[0] == [
        "Confidence",
        "Emails",
        "All",
        "three",
        "Folder",
        "Priority",
        "Action",
        "type",
    ]
    assert table[1] == ["<", "0.50", "2", "50.0%", "50.0%", "100.0%", "100.0%"]
    assert table[3] == ["0.70-0.85", "2", "0.0%", "50.0%", "0.0%", "50.0%"]
    assert table[4] == [">=", "0.85", "3", "66.7%", "100.0%", "66.7%", "100.0%"]
    assert lines[start + 6] == "Right on all three fields at confidence >= 0.85: 2/3 (66.7%)."


async def test_without_high_confidence_answers_eval_says_so():
    script: dict[str, Classification | ClassifierError] = {"only": said(0.6)}
    result = await evaluate(FakeClassifier(script), [labelled("only")], SETTINGS, now=NOW)

    lines = render_eval_report(result)

    start = lines.index(messages.CALIBRATION_TITLE)
    assert lines[start + 5].split() == [">=", "0.85", "0", "—", "—", "—", "—"]
    assert lines[start + 6] == "No suggestion reached confidence >= 0.85."
