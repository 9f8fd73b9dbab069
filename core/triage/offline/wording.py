"""A second opinion on the action type: how the labelled sets' writers word each kind of mail.

The rules read what the sentences ask, and they know only the phrasings they were shown: on mail
by writers nobody tuned them on they choose the action type right about four times in five. This
model knows no grammar, but it has read every development email with its label, and words carry
further than phrasings. It is a logistic regression over tf-idf weights of words and word pairs
(the subject twice, then the start of the cleaned body), fitted by `bench/train_action_model.py`
with scikit-learn and shipped as data (`action_model.json`). Reading it is plain Python here:
nothing is downloaded and nothing is trained at run time.

It speaks only where the rules are unsure (`weigh`): when their cues were mixed or weak
(strength at most MIXED), another action type wins if `WORDING_WEIGHT` times its probability
beats the rules' choice's probability times the same weight plus the rules' strength. A clear
cue ("please confirm the date") is never overruled by topic words, and the wording never talks
an ask away: FYI Only is where the rules land when they find nothing, and where the model lands
on short mail whose words it has not seen (most mail is FYI Only), so it may find an ask the
rules missed or name its kind, but not turn one into FYI Only. When the wording wins, the
strength drops to WEAK, so a disagreement never reaches the confidence a burst's "approve all"
rests on. The weight was chosen by leave-one-set-out runs on the development sets
(`--cross-validate`), before any unseen set was scored with it.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from core.triage.offline.action import MIXED, WEAK, Action
from core.vocabulary import ActionType, Priority

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).with_name("action_model.json")
WORDING_WEIGHT = 1.5
BODY_CHARS = 1500  # the start of the body says what is asked; long threads only dilute it
# scikit-learn's default token: two or more word characters (its lowercase is str.lower).
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def model_text(subject: str, cleaned_body: str) -> str:
    """The text the model reads: the subject (without Re:/Fwd:) twice, then the body's start."""
    return f"{subject} {subject} {cleaned_body[:BODY_CHARS]}"


def terms(text: str) -> list[str]:
    """Words and adjacent word pairs, as scikit-learn's TfidfVectorizer(ngram_range=(1, 2))."""
    words = _TOKEN.findall(text.lower())
    return [*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))]


Label = TypeVar("Label", ActionType, Priority)


@dataclass(frozen=True)
class WordingModel(Generic[Label]):
    """The fitted model: each known term's idf and weight per class (an action type, or a
    priority), and each signal's weight per class (a fact the rules found, worth 1 when on)."""

    classes: tuple[Label, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, tuple[float, ...]]]  # term -> (idf, weight per class)
    signals: dict[str, tuple[float, ...]] = field(default_factory=dict)

    def probabilities(self, text: str, signals: Iterable[str] = ()) -> dict[Label, float]:
        """Each class's probability for `text` (sublinear tf, l2 norm, softmax) and the
        `signals` that are on."""
        if not self.classes:
            return {}
        counts = Counter(t for t in terms(text) if t in self.weights)
        values = {t: (1 + math.log(n)) * self.weights[t][0] for t, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        scores = list(self.intercepts)
        for term, value in values.items():
            for k, weight in enumerate(self.weights[term][1]):
                scores[k] += weight * value / norm
        for signal in signals:
            for k, weight in enumerate(self.signals.get(signal, ())):
                scores[k] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


def weigh(action: Action, probabilities: dict[ActionType, float]) -> Action:
    """Keep the rules' action unless the wording clearly says another (module docstring)."""
    if not probabilities or action.strength > MIXED:
        return action
    own = WORDING_WEIGHT * probabilities.get(action.action, 0.0) + action.strength
    other, p = max(probabilities.items(), key=lambda item: item[1])
    if other in (action.action, ActionType.FYI_ONLY) or WORDING_WEIGHT * p <= own:
        return action
    why = f"worded like {other.value} mail ({p:.0%}) over {action.reason}"
    return replace(action, action=other, reason=why, strength=WEAK, nothing_to_do=False)


# A model with no opinion: the rules alone (for comparisons and tests).
NO_OPINION: WordingModel[ActionType] = WordingModel((), (), {})


def from_json(
    data: dict[str, object],
    label: Callable[[str], Label] = ActionType,  # type: ignore[assignment]
    name: str = MODEL_FILE.name,
) -> WordingModel[Label]:
    """Build a model from its JSON file's content (`name`); ValueError says what is wrong."""
    try:
        classes = tuple(label(c) for c in data["classes"])  # type: ignore[attr-defined]
        intercepts = tuple(float(x) for x in data["intercepts"])  # type: ignore[attr-defined]
        weights = {
            str(term): (float(row[0]), tuple(float(w) for w in row[1:]))
            for term, row in data["terms"].items()  # type: ignore[attr-defined]
        }
        signals = {
            str(signal): tuple(float(w) for w in row)
            for signal, row in data.get("signals", {}).items()  # type: ignore[attr-defined]
        }
    except (KeyError, TypeError, ValueError) as err:
        raise ValueError(f"{name}: not a wording model ({err})") from err
    rows = [w for _, w in weights.values()] + list(signals.values())
    if len(intercepts) != len(classes) or any(len(w) != len(classes) for w in rows):
        raise ValueError(f"{name}: a weight row does not match the classes")
    return WordingModel(classes, intercepts, weights, signals)


def read_model(
    path: Path,
    label: Callable[[str], Label] = ActionType,  # type: ignore[assignment]
) -> WordingModel[Label]:
    """The model in `path`; one that cannot be read leaves the rules alone (and says so), since
    the offline classifier is the fallback of last resort and must start whatever happens."""
    try:
        return from_json(json.loads(path.read_text(encoding="utf-8")), label, path.name)
    except (OSError, ValueError) as err:
        log.error("Offline classifier: no wording model (%s); the rules choose alone", err)
        return WordingModel((), (), {})


@cache
def shipped_model() -> WordingModel[ActionType]:
    """The action model that ships with the package, read once."""
    return read_model(MODEL_FILE)
