"""Fit the offline classifier's wording model (`core/triage/offline/action_model.json`).

`uv run python -m bench.train_action_model [--check | --cross-validate]`

It reads every email of the development sets (every labelled set but the unseen ones, which
nothing may be fitted on), builds the text the classifier hands the model (`model_text`), and fits
scikit-learn's TfidfVectorizer (words and word pairs seen in at least MIN_DF emails, sublinear tf)
and LogisticRegression (C = C_VALUE) to the labelled action types. The file it writes holds each
term's idf and weights, rounded to DIGITS decimals; `core/triage/offline/wording.py` reads it in
plain Python. scikit-learn is a development dependency: the product never imports it.

`--check` fits again and fails if the shipped file no longer matches (the sets changed and it was
not refitted). `--cross-validate` leaves each development set out in turn, fits on the others,
and prints the offline classifier's accuracy on the set left out without and with the model:
that is how WORDING_WEIGHT was chosen, before any unseen set was scored with it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

import core.api  # noqa: F401  (loads the store before the triage modules it imports)
from bench.offline_filed import DEVELOPMENT_SETS, NOW, summary_line
from bot.terminal.evaluation import eval_settings
from core.config.settings import ClassifierConfig
from core.triage.email_text import clean_email_text, normalize_subject
from core.triage.evaluation import email_for_sample, evaluate
from core.triage.offline import HeuristicClassifier
from core.triage.offline.wording import MODEL_FILE, NO_OPINION, from_json, model_text
from sandbox.labelled_sets import LabelledSetName, labelled_set
from sandbox.sample_mailbox import SampleEmail

MIN_DF = 3
C_VALUE = 10.0
DIGITS = 6
TOLERANCE = 1e-4  # a refit on another machine's BLAS may differ in the last digits


def training_text(sample: SampleEmail) -> str:
    """The text the classifier would hand the model for `sample`."""
    email = email_for_sample(sample, now=NOW)
    max_chars = ClassifierConfig().max_body_chars
    cleaned = clean_email_text(email.body_text or email.preview, max_chars=max_chars)
    return model_text(normalize_subject(email.subject), cleaned)


def fitted(
    sets: Sequence[LabelledSetName],
) -> tuple[TfidfVectorizer, LogisticRegression, list[str], list[str]]:
    """scikit-learn's vectorizer and model fitted on `sets`, with the texts and labels."""
    samples = [s for name in sets for s in labelled_set(name)]
    texts = [training_text(s) for s in samples]
    labels = [s.expected_action.value for s in samples]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF, sublinear_tf=True)
    model = LogisticRegression(C=C_VALUE, max_iter=5000)
    model.fit(vectorizer.fit_transform(texts), labels)
    return vectorizer, model, texts, labels


def fit(sets: Sequence[LabelledSetName]) -> dict[str, Any]:
    """Fit the model on `sets` and return it as `action_model.json`'s content."""
    vectorizer, model, texts, _ = fitted(sets)
    idf = vectorizer.idf_
    rows = {
        term: [round(float(idf[i]), DIGITS), *(round(float(w), DIGITS) for w in model.coef_[:, i])]
        for term, i in sorted(vectorizer.vocabulary_.items())
    }
    return {
        "trained_on": list(sets),
        "emails": len(texts),
        "classes": [str(c) for c in model.classes_],
        "intercepts": [round(float(b), DIGITS) for b in model.intercept_],
        "terms": rows,
    }


def differences(shipped: dict[str, Any], fresh: dict[str, Any]) -> list[str]:
    """What differs between the shipped model and a fresh fit (beyond TOLERANCE)."""
    found = [
        f"{key}: {shipped.get(key)} != {fresh[key]}"
        for key in ("trained_on", "emails", "classes")
        if shipped.get(key) != fresh[key]
    ]
    if set(shipped.get("terms", {})) != set(fresh["terms"]):
        found.append("the vocabulary differs")
        return found
    pairs = [(shipped["intercepts"], fresh["intercepts"])]
    pairs += [(shipped["terms"][t], row) for t, row in fresh["terms"].items()]
    if any(abs(a - b) > TOLERANCE for old, new in pairs for a, b in zip(old, new, strict=True)):
        found.append(f"weights differ by more than {TOLERANCE}")
    return found


def as_text(model: dict[str, Any]) -> str:
    """The model as JSON with one term per line, so a refit reads as a diff."""
    head = {k: v for k, v in model.items() if k != "terms"}
    lines = [json.dumps(head, sort_keys=True)[:-1] + ', "terms": {']
    rows = [f"{json.dumps(t)}: {json.dumps(row)}" for t, row in model["terms"].items()]
    return "\n".join([*lines, ",\n".join(rows), "}}", ""])


async def cross_validate() -> list[str]:
    """Each development set scored by the rules alone and with a model fitted on the others."""
    settings = eval_settings(Path("/nonexistent"))
    lines = ["set left out        folder / priority / action"]
    for name in DEVELOPMENT_SETS:
        model = from_json(fit([n for n in DEVELOPMENT_SETS if n != name]))
        samples = labelled_set(name)
        rules = await evaluate(HeuristicClassifier(wording=NO_OPINION), samples, settings, now=NOW)
        both = await evaluate(HeuristicClassifier(wording=model), samples, settings, now=NOW)
        lines += [name, summary_line("  rules", rules), summary_line("  rules + wording", both)]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Write, check or cross-validate the model; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bench.train_action_model")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if the shipped model is stale")
    mode.add_argument("--cross-validate", action="store_true", help="leave one set out in turn")
    args = parser.parse_args(argv)
    if args.cross_validate:
        print("\n".join(asyncio.run(cross_validate())))
        return 0
    fresh = fit(DEVELOPMENT_SETS)
    if args.check:
        found = differences(json.loads(MODEL_FILE.read_text(encoding="utf-8")), fresh)
        for problem in found:
            print(f"{MODEL_FILE.name} is stale: {problem}", file=sys.stderr)
        return 1 if found else 0
    MODEL_FILE.write_text(as_text(fresh), encoding="utf-8")
    print(f"wrote {MODEL_FILE} ({fresh['emails']} emails, {len(fresh['terms'])} terms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
