"""The offline classifier's public names, kept where the rest of the code imports them from.

The classifier itself lives in the `core.triage.offline` package.
"""

from core.triage.offline import HeuristicClassifier, LabelledExampleLike, with_note

__all__ = ["HeuristicClassifier", "LabelledExampleLike", "with_note"]
