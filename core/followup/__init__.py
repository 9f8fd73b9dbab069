"""Follow-through after triage: waiting-for, follow-up flags, the daily digest and weekly
numbers, undo."""
