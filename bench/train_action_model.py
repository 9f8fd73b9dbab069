"""Fit the offline classifier's wording models (`core/triage/offline/action_model.json` and
`priority_model.json`).

`uv run python -m bench.train_action_model [--check | --cross-validate [--folds K]]`

It reads every email of the development sets (every labelled set but the unseen ones, which
nothing may be fitted on), builds the text the classifier hands the models (`model_text`), and
fits scikit-learn's TfidfVectorizer (words and word pairs seen in at least MIN_DF emails, sublinear
tf) and LogisticRegression (C = C_VALUE) to the labelled action types. The priority model is
fitted the same way to the labelled priorities, with the facts the rules found for each email
(`priority_wording.facts`: the classifier run with the new action model and no priority model)
as further features worth 1 each. The files hold each term's idf and weights, rounded to DIGITS
decimals, and a fingerprint of the emails they were fitted on; `core/triage/offline/wording.py`
reads them in plain Python. scikit-learn is a development dependency: the product never
imports it.

`--check` fits again and fails if a shipped file no longer matches (the sets or the rules changed
and it was not refitted). `--cross-validate` leaves each development set out in turn (or, with
`--folds K`, each of K groups of them, dealt round-robin: K fits instead of one per set), fits both
models on the others, and prints the offline classifier's accuracy on the set left out by the
rules alone, with the action model, and with both: that is how WORDING_WEIGHT was chosen, and
how the priority model was judged, before any unseen set was scored with them.
`--forward SET` fits both models on the development sets up to SET only and scores the later ones
pooled, as they were when each was fresh: new people and storylines the models never read, which
a set left out among its neighbours does not have (its storylines run on in the sets beside it).
`--c VALUE` fits at another C than C_VALUE, to compare: C_VALUE is the one that scored the later
sets best (`--forward blind100`, see the README).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

import core.api  # noqa: F401  (loads the store before the triage modules it imports)
from bench.offline_filed import DEVELOPMENT_SETS, NOW, summary_line
from bot.terminal.evaluation import eval_settings
from core.config.settings import ClassifierConfig
from core.triage.email_text import clean_email_text, normalize_subject
from core.triage.evaluation import email_for_sample, evaluate
from core.triage.offline import HeuristicClassifier
from core.triage.offline.outreach import colleague
from core.triage.offline.priority_wording import NO_WEIGHING, PRIORITY_MODEL_FILE, facts
from core.triage.offline.profiles import entries
from core.triage.offline.wording import (
    MODEL_FILE,
    NO_OPINION,
    WordingModel,
    from_json,
    model_text,
)
from core.vocabulary import ActionType, Priority
from sandbox.labelled_sets import LabelledSetName, labelled_set
from sandbox.sample_mailbox import SampleEmail

MIN_DF = 3
C_VALUE = 30.0
DIGITS = 6
TOLERANCE = 1e-4  # a refit on another machine's BLAS may differ in the last digits


def training_text(sample: SampleEmail) -> str:
    """The text the classifier would hand the model for `sample`."""
    email = email_for_sample(sample, now=NOW)
    max_chars = ClassifierConfig().max_body_chars
    cleaned = clean_email_text(email.body_text or email.preview, max_chars=max_chars)
    return model_text(normalize_subject(email.subject), cleaned)


def samples_of(sets: Sequence[LabelledSetName]) -> list[SampleEmail]:
    """Every email of `sets`, in order."""
    return [s for name in sets for s in labelled_set(name)]


def new_vectorizer() -> TfidfVectorizer:
    """What both models read: words and word pairs in at least MIN_DF emails, sublinear tf."""
    return TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF, sublinear_tf=True)


def new_regression() -> LogisticRegression:
    """The classifier both models are: a logistic regression at C_VALUE."""
    return LogisticRegression(C=C_VALUE, max_iter=5000)


def fitted(
    sets: Sequence[LabelledSetName],
) -> tuple[TfidfVectorizer, LogisticRegression, list[str], list[str]]:
    """scikit-learn's vectorizer and action model fitted on `sets`, with the texts and labels."""
    samples = samples_of(sets)
    texts = [training_text(s) for s in samples]
    labels = [s.expected_action.value for s in samples]
    vectorizer = new_vectorizer()
    model = new_regression()
    model.fit(vectorizer.fit_transform(texts), labels)
    return vectorizer, model, texts, labels


def fingerprint(sets: Sequence[LabelledSetName]) -> str:
    """A digest of every email of `sets` and its labels: what a model fitted on them read."""
    digest = hashlib.sha256()
    for sample in samples_of(sets):
        digest.update(repr(sample).encode())
    return digest.hexdigest()


def fit(sets: Sequence[LabelledSetName]) -> dict[str, Any]:
    """Fit the action model on `sets` and return it as `action_model.json`'s content."""
    vectorizer, model, texts, _ = fitted(sets)
    return as_json(sets, vectorizer, model, len(texts))


async def rules_facts(
    samples: Sequence[SampleEmail], wording: WordingModel[ActionType]
) -> list[tuple[str, ...]]:
    """What the rules (with `wording`, without a priority model) found for each sample."""
    settings = eval_settings(Path("/nonexistent"))
    by_folder = {e.folder: e for e in entries(settings)}
    classifier = HeuristicClassifier(wording=wording, weighing=NO_WEIGHING)
    found = []
    for sample in samples:
        email = email_for_sample(sample, now=NOW)
        got = await classifier.classify(email, settings=settings)
        own = colleague(sample.sender_address, email.owner.addresses if email.owner else ())
        found.append(facts(got.priority, got.action_type, own, by_folder.get(got.folder)))
    return found


def fitted_priority(
    sets: Sequence[LabelledSetName], wording: WordingModel[ActionType]
) -> tuple[TfidfVectorizer, list[str], LogisticRegression, Any]:
    """The priority model fitted on `sets`: its vectorizer, signals, model and feature rows."""
    samples = samples_of(sets)
    found = asyncio.run(rules_facts(samples, wording))
    signals = sorted({f for row in found for f in row})
    vectorizer = new_vectorizer()
    words = vectorizer.fit_transform([training_text(s) for s in samples])
    rows = priority_features(words, found, signals)
    model = new_regression()
    model.fit(rows, [s.expected_priority.value for s in samples])
    return vectorizer, signals, model, rows


def priority_features(words: Any, found: Sequence[tuple[str, ...]], signals: list[str]) -> Any:
    """The tf-idf rows beside one column per signal, 1 where the rules found it."""
    on = [[1.0 if s in row else 0.0 for s in signals] for row in found]
    return hstack([words, csr_matrix(on)]).tocsr()


def fit_priority(
    sets: Sequence[LabelledSetName], wording: WordingModel[ActionType]
) -> dict[str, Any]:
    """Fit the priority model on `sets` and return it as `priority_model.json`'s content."""
    vectorizer, signals, model, rows = fitted_priority(sets, wording)
    words = len(vectorizer.vocabulary_)
    found = as_json(sets, vectorizer, model, rows.shape[0])
    found["signals"] = {
        signal: [round(float(w), DIGITS) for w in model.coef_[:, words + i]]
        for i, signal in enumerate(signals)
    }
    return found


def as_json(
    sets: Sequence[LabelledSetName], vectorizer: TfidfVectorizer, model: Any, emails: int
) -> dict[str, Any]:
    """A fitted model as its JSON file's content: idf and weights of each term, rounded."""
    idf = vectorizer.idf_
    rows = {
        term: [round(float(idf[i]), DIGITS), *(round(float(w), DIGITS) for w in model.coef_[:, i])]
        for term, i in sorted(vectorizer.vocabulary_.items())
    }
    return {
        "trained_on": list(sets),
        "fingerprint": fingerprint(sets),
        "emails": emails,
        "classes": [str(c) for c in model.classes_],
        "intercepts": [round(float(b), DIGITS) for b in model.intercept_],
        "terms": rows,
    }


def differences(shipped: dict[str, Any], fresh: dict[str, Any]) -> list[str]:
    """What differs between a shipped model and a fresh fit (beyond TOLERANCE)."""
    found = [
        f"{key}: {shipped.get(key)} != {fresh[key]}"
        for key in ("trained_on", "fingerprint", "emails", "classes")
        if shipped.get(key) != fresh[key]
    ]
    for part in ("terms", "signals"):
        if set(shipped.get(part, {})) != set(fresh.get(part, {})):
            found.append(f"the {part} differ")
            return found
    pairs = [(shipped["intercepts"], fresh["intercepts"])]
    pairs += [(shipped["terms"][t], row) for t, row in fresh["terms"].items()]
    pairs += [(shipped["signals"][s], row) for s, row in fresh.get("signals", {}).items()]
    if any(abs(a - b) > TOLERANCE for old, new in pairs for a, b in zip(old, new, strict=True)):
        found.append(f"weights differ by more than {TOLERANCE}")
    return found


def as_text(model: dict[str, Any]) -> str:
    """The model as JSON with one term per line, so a refit reads as a diff."""
    head = {k: v for k, v in model.items() if k != "terms"}
    lines = [json.dumps(head, sort_keys=True)[:-1] + ', "terms": {']
    rows = [f"{json.dumps(t)}: {json.dumps(row)}" for t, row in model["terms"].items()]
    return "\n".join([*lines, ",\n".join(rows), "}}", ""])


def folds(sets: Sequence[LabelledSetName], count: int) -> list[list[LabelledSetName]]:
    """The development sets in `count` groups dealt round-robin (0: each set its own group), so
    each group mixes old and new sets."""
    if count <= 0 or count >= len(sets):
        return [[name] for name in sets]
    return [list(sets[i::count]) for i in range(count)]


def cross_validate(count: int = 0) -> None:
    """Print each development set scored by the rules alone, with an action model fitted on the
    other groups' sets, and with both models fitted on them (set by set, as each is done).
    `count` groups the sets (`folds`): each set alone by default, which fits both models once
    per set; six groups fit them six times."""
    settings = eval_settings(Path("/nonexistent"))

    def scored(name: LabelledSetName, classifier: HeuristicClassifier) -> Any:
        return asyncio.run(evaluate(classifier, labelled_set(name), settings, now=NOW))

    print("set left out        folder / priority / action", flush=True)
    for group in folds(DEVELOPMENT_SETS, count):
        others = [n for n in DEVELOPMENT_SETS if n not in group]
        wording = from_json(fit(others))
        weighing = from_json(fit_priority(others, wording), Priority)
        for name in group:
            rules = scored(name, HeuristicClassifier(wording=NO_OPINION, weighing=NO_WEIGHING))
            worded = scored(name, HeuristicClassifier(wording=wording, weighing=NO_WEIGHING))
            both = scored(name, HeuristicClassifier(wording=wording, weighing=weighing))
            lines = [
                name,
                summary_line("  rules", rules),
                summary_line("  rules + wording", worded),
                summary_line("  + priority model", both),
            ]
            print("\n".join(lines), flush=True)


def forward(cut: LabelledSetName) -> None:
    """Print the development sets after `cut`, pooled, scored by the rules alone, with an action
    model fitted on the sets up to `cut`, and with both models fitted on them."""
    settings = eval_settings(Path("/nonexistent"))
    at = DEVELOPMENT_SETS.index(cut) + 1
    earlier, later = DEVELOPMENT_SETS[:at], DEVELOPMENT_SETS[at:]
    if not later:
        raise SystemExit(f"--forward: no development set comes after {cut}")
    wording = from_json(fit(earlier))
    weighing = from_json(fit_priority(earlier, wording), Priority)
    samples = samples_of(later)
    print(f"fitted on {len(earlier)} sets, scored on {later[0]} to {later[-1]} (C = {C_VALUE})")
    for name, classifier in (
        ("rules", HeuristicClassifier(wording=NO_OPINION, weighing=NO_WEIGHING)),
        ("rules + wording", HeuristicClassifier(wording=wording, weighing=NO_WEIGHING)),
        ("+ priority model", HeuristicClassifier(wording=wording, weighing=weighing)),
    ):
        report = asyncio.run(evaluate(classifier, samples, settings, now=NOW))
        print(summary_line(name, report), flush=True)


def main(argv: list[str] | None = None) -> int:
    """Write, check or cross-validate the models; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bench.train_action_model")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if a shipped model is stale")
    mode.add_argument("--cross-validate", action="store_true", help="leave one set out in turn")
    mode.add_argument("--forward", metavar="SET", help="fit up to SET, score the later sets")
    parser.add_argument(
        "--folds", type=int, default=0, help="with --cross-validate: leave out this many groups"
    )
    parser.add_argument("--c", type=float, help="fit at this C instead of C_VALUE (to compare)")
    args = parser.parse_args(argv)
    if args.c is not None:
        if not (args.forward or args.cross_validate):
            parser.error("--c only compares: with --forward or --cross-validate")
        global C_VALUE  # noqa: PLW0603  (a comparison run fits at another C; nothing else reads it)
        C_VALUE = args.c
    if args.forward:
        if args.forward not in DEVELOPMENT_SETS:
            parser.error(f"--forward: {args.forward} is not a development set")
        forward(args.forward)
        return 0
    if args.cross_validate:
        cross_validate(args.folds)
        return 0
    action = fit(DEVELOPMENT_SETS)
    priority = fit_priority(DEVELOPMENT_SETS, from_json(action))
    models = ((MODEL_FILE, action), (PRIORITY_MODEL_FILE, priority))
    if args.check:
        found = [
            f"{path.name} is stale: {problem}"
            for path, fresh in models
            for problem in differences(json.loads(path.read_text(encoding="utf-8")), fresh)
        ]
        for problem in found:
            print(problem, file=sys.stderr)
        return 1 if found else 0
    for path, fresh in models:
        path.write_text(as_text(fresh), encoding="utf-8")
        print(f"wrote {path} ({fresh['emails']} emails, {len(fresh['terms'])} terms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
