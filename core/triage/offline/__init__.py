"""The offline classifier, split by concern; `HeuristicClassifier` is its entry point."""

from core.triage.offline.classifier import HeuristicClassifier, classify_offline, with_note
from core.triage.offline.examples import LabelledExampleLike

__all__ = ["HeuristicClassifier", "LabelledExampleLike", "classify_offline", "with_note"]
