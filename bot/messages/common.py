"""Helpers every part of the catalogue shares."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """Return a count with its noun in the right number: "1 email", "0 emails", "2 categories"."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def filed_mail_size(filed: int, folders: int) -> str:
    """Say how much filed mail there is to learn from: "60 filed emails in 8 folders"."""
    return f"{counted(filed, 'filed email')} in {counted(folders, 'folder')}"


# What the owner calls each task backend (its `TaskBackend.label` says the same).
BACKEND_LABELS = {"todo": "To Do", "todoist": "Todoist"}


def backend_label(name: str | None, label: str | None = None) -> str:
    """Return a backend's name for the owner: its own label, else ours for its config name."""
    return label or BACKEND_LABELS.get(name or "todo", name or "To Do")
