"""The priority model: read in plain Python exactly as scikit-learn fitted it, with the rules'
facts beside the words, and heard only where the rules are less than sure."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import train_action_model as training
from bench.offline_filed import NOW
from bot.terminal.evaluation import eval_settings
from core.config.settings import Settings
from core.triage.evaluation import email_for_sample
from core.triage.offline import HeuristicClassifier
from core.triage.offline.priority import Decision
from core.triage.offline.priority_wording import (
    NO_WEIGHING,
    PRIORITY_MODEL_FILE,
    REREAD,
    SURE,
    facts,
    reconsider,
    shipped_priority_model,
)
from core.triage.offline.wording import WordingModel, from_json, read_model, shipped_model
from core.vocabulary import ActionType, Priority
from sandbox.labelled_sets import labelled_set
from tests.core.offline.labels import P1, P2, P3, P4
from tests.core.offline.test_signals import mail

SETTINGS = Settings.model_validate(
    {
        "projects": [{"name": "Mill", "folder": "Projects/Mill", "keywords": ["cutover"]}],
        "areas": [{"name": "Money", "folder": "Areas/Money", "keywords": ["invoice"]}],
    }
)


def test_the_plain_python_reading_gives_scikit_learns_probabilities() -> None:
    vectorizer, signals, fitted, rows = training.fitted_priority(["golden"], shipped_model())
    model = from_json(training.fit_priority(["golden"], shipped_model()), Priority)
    texts = [training.training_text(s) for s in labelled_set("golden")]
    found = [
        [s for s, on in zip(signals, row, strict=True) if on]
        for row in rows[:, -len(signals) :].toarray()
    ]
    expected = fitted.predict_proba(rows)

    for text, on, row in zip(texts, found, expected, strict=True):
        got = model.probabilities(text, on)
        for label, p in zip(fitted.classes_, row, strict=True):
            assert got[Priority(label)] == pytest.approx(p, abs=1e-4)


def test_the_facts_name_the_rules_reading_the_sender_and_the_kind_of_folder() -> None:
    project, area = SETTINGS.projects[0], SETTINGS.areas[0]

    assert facts(P2, ActionType.REVIEW, True, project) == (
        "rules P2 - Important",
        "action Review",
        "sender own organisation",
        "in project",
    )
    assert facts(P4, ActionType.FYI_ONLY, False, area)[2:] == ("sender elsewhere", "in area")
    assert facts(P4, ActionType.FYI_ONLY, False, None)[3] == "in inbox"


@pytest.mark.parametrize(
    ("rules", "probabilities", "kept"),
    [
        (Decision(P2, "the folder's default", 0.75), {P1: 0.1, P2: 0.7, P3: 0.1, P4: 0.1}, True),
        (Decision(P4, "only informs", SURE), {P1: 0.0, P2: 1.0, P3: 0.0, P4: 0.0}, True),
        (Decision(P2, "the folder's default", 0.75), {}, True),
        (Decision(P2, "the folder's default", 0.75), {P1: 0.1, P2: 0.2, P3: 0.1, P4: 0.6}, False),
    ],
)
def test_the_model_speaks_where_the_rules_are_less_than_sure(rules, probabilities, kept) -> None:
    chosen = reconsider(rules, probabilities)

    if kept:
        assert chosen == rules
    else:
        assert chosen == Decision(
            P4, "weighed like P4 mail (60%) over the folder's default", REREAD
        )


# A toy model: one made-up word says P1, everything else P3; the rules' P2 counts for nothing.
TOY: WordingModel[Priority] = WordingModel(
    (P1, P3), (-1.0, 1.0), {"zorblat": (1.0, (5.0, -5.0))}, {"rules P2 - Important": (0.0, 0.0)}
)


async def test_the_classifier_hears_the_model_and_lowers_its_confidence() -> None:
    email = mail("Zorblat on the cutover", "Can you confirm the cutover plan? Zorblat zorblat.")

    rules = await HeuristicClassifier(weighing=NO_WEIGHING).classify(email, settings=SETTINGS)
    heard = await HeuristicClassifier(weighing=TOY).classify(email, settings=SETTINGS)

    assert (rules.folder, rules.priority) == ("Projects/Mill", P2)
    assert heard.priority is P1
    assert "weighed like P1 mail" in heard.reason
    assert heard.confidence <= REREAD


# Runs the classifier over a whole set; the lines it runs are covered by the unit tests, and
# tracing them for coverage triples its time.
@pytest.mark.no_cover
async def test_by_default_the_classifier_hears_the_shipped_priority_model() -> None:
    settings = eval_settings(Path("/nonexistent"))
    changed = []
    for sample in labelled_set("blind6"):
        email = email_for_sample(sample, now=NOW)
        rules = await HeuristicClassifier(weighing=NO_WEIGHING).classify(email, settings=settings)
        default = await HeuristicClassifier().classify(email, settings=settings)
        assert (default.folder, default.action_type) == (rules.folder, rules.action_type)
        if default.priority is not rules.priority:
            changed.append(default)

    assert changed
    assert all("weighed like" in c.reason and c.confidence <= REREAD for c in changed)


def test_a_missing_priority_model_leaves_the_rules_alone_and_says_so(tmp_path, caplog) -> None:
    assert read_model(tmp_path / "priority_model.json", Priority) == NO_WEIGHING
    assert "priority_model.json" in caplog.text
    assert shipped_priority_model().classes == (P1, P2, P3, P4)
    assert PRIORITY_MODEL_FILE.name == "priority_model.json"
