"""Follow-through after an approval: waiting-for tracking, follow-up flags, digest, undo."""
