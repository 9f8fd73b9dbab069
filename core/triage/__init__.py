"""The triage engine: Inbox sync -> classification -> suggestions, approval, and evaluation.

`service.TriageService` is what every front end talks to; `views.SuggestionSink` is how it talks
back. `classifier` (Claude) and `heuristic` (offline) produce a `classification.Classification`;
`approval` runs the compound action as persisted `approval_steps`; `evaluation` scores the
golden set. This file re-exports nothing, so importing one module does not load them all.
"""
