"""Notifications from the owner's own tools, told apart from newsletters.

List mail is normally a newsletter whose topics are its own, not the owner's projects. A code
host's notification is list mail too, but about the owner's work: its subject carries the
repository ("[owner/repo] ...") or its body the reason it was sent ("you are watching this
repository", "requested your review"). Its words then count as evidence like a colleague's.
"""

from __future__ import annotations

import re

from core.triage.offline import cues
from core.triage.offline.text import Words, first

# "[proseware/ledgerline] Release v8.5.3": a repository's name leads the subject.
_REPOSITORY_TAG = re.compile(r"^\s*\[[\w.-]+/[\w.-]+\]")


def tool_notice(subject_line: str, body: Words, *, listed: bool) -> bool:
    """Tell whether list mail is a tool's notification about the owner's work."""
    if not listed:
        return False
    return bool(_REPOSITORY_TAG.match(subject_line)) or first(body, cues.TOOL_NOTICE) is not None
