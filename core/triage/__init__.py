"""The triage engine: Inbox sync -> classification -> suggestions, and the suggestions API.

`TriageService` is what every front end talks to; `SuggestionSink` is how it talks back.
"""

from __future__ import annotations

from core.triage.inheritance import INHERITED_CONFIDENCE, inherit_from_thread
from core.triage.service import (
    STATE_TRIAGE_FLOOR,
    TriageService,
    TriageStats,
    for_classification,
)
from core.triage.views import SuggestionSink, SuggestionView, TriageReport, build_view

__all__ = [
    "INHERITED_CONFIDENCE",
    "STATE_TRIAGE_FLOOR",
    "SuggestionSink",
    "SuggestionView",
    "TriageReport",
    "TriageService",
    "TriageStats",
    "build_view",
    "for_classification",
    "inherit_from_thread",
]
