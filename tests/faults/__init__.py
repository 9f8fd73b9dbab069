"""Fault-injection scenarios: every one reports attempted, succeeded, duplicated and lost."""
