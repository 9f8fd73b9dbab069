"""Follow-through after an approval: waiting-for, follow-up flags, digest, learning, undo."""
