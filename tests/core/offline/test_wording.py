"""The wording model: read in plain Python exactly as scikit-learn fitted it, fitted only on the
development sets, and heard only where the rules are unsure."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench import train_action_model as training
from bench.offline_filed import DEVELOPMENT_SETS, NOW
from bot.terminal.evaluation import eval_settings
from core.config.settings import Settings
from core.triage.classification import EmailForClassification
from core.triage.evaluation import email_for_sample
from core.triage.offline import HeuristicClassifier
from core.triage.offline.action import CLEAR, LIKELY, MIXED, WEAK, Action
from core.triage.offline.priority_wording import PRIORITY_MODEL_FILE
from core.triage.offline.wording import (
    MODEL_FILE,
    NO_OPINION,
    WordingModel,
    from_json,
    model_text,
    read_model,
    terms,
    weigh,
)
from core.vocabulary import ActionType
from sandbox.labelled_sets import UNSEEN_SETS, labelled_set

SETTINGS = Settings.model_validate({"projects": [], "areas": []})
REPLY, FYI, REVIEW = ActionType.NEEDS_REPLY, ActionType.FYI_ONLY, ActionType.REVIEW


def email(subject: str, body: str) -> EmailForClassification:
    return EmailForClassification(
        email_id="m1",
        subject=subject,
        sender_name="Someone",
        sender_address="someone@elsewhere.example",
        received_at=datetime(2026, 12, 1, tzinfo=UTC),
        body_text=body,
        preview=body[:255],
    )


def test_the_plain_python_reading_gives_scikit_learns_probabilities() -> None:
    vectorizer, fitted, texts, _ = training.fitted(["golden"])
    model = from_json(training.fit(["golden"]))
    expected = fitted.predict_proba(vectorizer.transform(texts))
    for text, row in zip(texts, expected, strict=True):
        got = model.probabilities(text)
        for label, p in zip(fitted.classes_, row, strict=True):
            assert got[ActionType(label)] == pytest.approx(p, abs=1e-4)


def test_terms_are_scikit_learns_words_and_word_pairs() -> None:
    vectorizer, _, _, _ = training.fitted(["golden"])
    text = "Re: can you sign the SOW by 12:00? Thanks, Jo - I'm out"
    assert terms(text) == vectorizer.build_analyzer()(text)
    assert model_text("Budget", "x" * 2000) == "Budget Budget " + "x" * 1500


REFIT = "refit: uv run python -m bench.train_action_model"


def test_the_shipped_model_is_fitted_on_the_development_sets_only_and_is_current() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["trained_on"] == list(DEVELOPMENT_SETS)
    assert not set(data["trained_on"]) & set(UNSEEN_SETS)
    assert training.differences(data, training.fit(DEVELOPMENT_SETS)) == [], REFIT


def test_the_shipped_priority_model_read_the_development_sets_as_they_are() -> None:
    """Fitting it runs the rules over every development email (`--check` does, in CI's time it
    would not fit): here its fingerprint must be that of the sets as they are now."""
    data = json.loads(PRIORITY_MODEL_FILE.read_text(encoding="utf-8"))
    assert data["trained_on"] == list(DEVELOPMENT_SETS)
    assert data["fingerprint"] == training.fingerprint(DEVELOPMENT_SETS), REFIT
    assert set(data["signals"]) >= {"rules P1 - Urgent Important", "action Needs Reply"}


def test_a_stale_model_is_reported_by_what_differs() -> None:
    fresh = {
        "trained_on": ["golden"],
        "fingerprint": "ab",
        "emails": 2,
        "classes": ["FYI Only"],
        "intercepts": [0.5],
    }
    shipped = {**fresh, "terms": {"budget": [1.0, 0.2]}}
    assert training.differences(shipped, {**fresh, "terms": {"budget": [1.0, 0.2]}}) == []
    assert training.differences(shipped, {**fresh, "terms": {"budget": [1.0, 0.3]}}) == [
        f"weights differ by more than {training.TOLERANCE}"
    ]
    assert training.differences(shipped, {**fresh, "emails": 3, "terms": {"plan": [1.0, 0.2]}}) == [
        "emails: 2 != 3",
        "the terms differ",
    ]
    weighed = {**shipped, "signals": {"rules P4 - Low": [0.1]}}
    assert training.differences(weighed, {**weighed, "fingerprint": "cd"}) == [
        "fingerprint: ab != cd"
    ]
    assert training.differences(weighed, {**weighed, "signals": {"rules P4 - Low": [0.2]}}) == [
        f"weights differ by more than {training.TOLERANCE}"
    ]
    assert training.differences(weighed, {**weighed, "signals": {}}) == ["the signals differ"]


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--c", "3"], "--c only compares: with --forward or --cross-validate"),
        (["--forward", "unseen"], "--forward: unseen is not a development set"),
        (["--forward", "blind2", "--check"], "not allowed with argument"),
    ],
)
def test_a_comparison_run_is_refused_before_anything_is_fitted(argv, problem, capsys) -> None:
    # A C other than the shipped one must never write the model files --check compares with.
    with pytest.raises(SystemExit):
        training.main(argv)
    assert problem in capsys.readouterr().err


def test_sure_wording_overrules_unsure_rules_and_the_confidence_says_so() -> None:
    unsure = Action(FYI, "nothing asked -> FYI Only", WEAK)
    chosen = weigh(unsure, {FYI: 0.1, REPLY: 0.8, REVIEW: 0.1})
    assert (chosen.action, chosen.strength) == (REPLY, WEAK)
    assert chosen.reason == "worded like Needs Reply mail (80%) over nothing asked -> FYI Only"
    mixed = Action(REVIEW, "cues of two kinds", MIXED)
    assert weigh(mixed, {FYI: 0.0, REPLY: 0.9, REVIEW: 0.1}).action == REPLY


@pytest.mark.parametrize(
    ("rules", "probabilities"),
    [
        (Action(FYI, "weak", WEAK), {FYI: 0.3, REPLY: 0.5, REVIEW: 0.2}),  # not sure enough
        (Action(FYI, "clear", CLEAR), {FYI: 0.0, REPLY: 1.0, REVIEW: 0.0}),  # a clear rule holds
        (Action(REPLY, "one cue", LIKELY), {FYI: 0.0, REPLY: 0.0, REVIEW: 1.0}),
        (Action(REPLY, "agrees", WEAK), {FYI: 0.1, REPLY: 0.8, REVIEW: 0.1}),
        (Action(REPLY, "no opinion", WEAK), {}),
        (Action(REPLY, "a bare question", WEAK), {FYI: 0.9, REPLY: 0.05, REVIEW: 0.05}),
    ],
)
def test_the_rules_stand_unless_the_wording_is_clearly_other(rules, probabilities) -> None:
    assert weigh(rules, probabilities) == rules


# A toy model: one made-up word says Needs Reply, everything else says FYI Only.
TOY = WordingModel((FYI, REPLY), (1.0, -1.0), {"zorblat": (1.0, (-5.0, 5.0))})


async def test_the_classifier_hears_the_wording_and_lowers_its_confidence() -> None:
    mail = email("Zorblat for the quarter", "Zorblat zorblat, the numbers from Tuesday.")
    rules = await HeuristicClassifier(wording=NO_OPINION).classify(mail, settings=SETTINGS)
    heard = await HeuristicClassifier(wording=TOY).classify(mail, settings=SETTINGS)
    assert rules.action_type == FYI
    assert heard.action_type == REPLY
    assert "worded like Needs Reply mail" in heard.reason
    assert heard.confidence < 0.85


# Runs the classifier over a whole set; the lines it runs are covered by the unit tests, and
# tracing them for coverage triples its time.
@pytest.mark.no_cover
async def test_by_default_the_classifier_hears_the_shipped_model() -> None:
    settings = eval_settings(Path("/nonexistent"))
    changed = []
    for sample in labelled_set("blind6"):
        mail = email_for_sample(sample, now=NOW)
        rules = await HeuristicClassifier(wording=NO_OPINION).classify(mail, settings=settings)
        default = await HeuristicClassifier().classify(mail, settings=settings)
        if default.action_type != rules.action_type:
            changed.append(default)
    assert changed
    assert all("worded like" in c.reason and c.confidence < 0.85 for c in changed)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"classes": ["FYI Only"], "intercepts": [0.0]}, "not a wording model ('terms')"),
        ({"classes": ["Maybe"], "intercepts": [0.0], "terms": {}}, "not a wording model"),
        (
            {"classes": ["FYI Only"], "intercepts": [0.0], "terms": {"a": [1.0, 0.1, 0.2]}},
            "a weight row does not match the classes",
        ),
    ],
)
def test_a_broken_model_file_is_named_with_what_is_wrong(data, problem) -> None:
    with pytest.raises(ValueError, match=r"action_model\.json: ") as raised:
        from_json(data)
    assert problem in str(raised.value)


def test_a_missing_or_broken_model_file_leaves_the_rules_alone_and_says_so(tmp_path, caplog):
    broken = tmp_path / "action_model.json"
    broken.write_text('{"classes": ["Maybe"]', encoding="utf-8")

    assert read_model(tmp_path / "missing.json") == NO_OPINION
    assert read_model(broken) == NO_OPINION
    assert caplog.text.count("no wording model") == 2 and "missing.json" in caplog.text
    assert read_model(MODEL_FILE).classes  # the shipped one reads
