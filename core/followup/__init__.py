"""Follow-through after triage: the daily digest and the weekly numbers."""
