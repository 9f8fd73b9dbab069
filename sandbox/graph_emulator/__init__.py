"""In-process Microsoft Graph emulator: real HTTP, Graph's wire format and its awkward edges.

`GraphEmulator` serves mail folders, messages (with delta and immutable ids), master categories,
Microsoft To Do, the Outlook calendar (events, calendarView, getSchedule, calendar delta,
invitations in mail), conversations (Sent Items, createReply drafts, replies from others: see
`replies`) and JSON batching under /v1.0, records every request, and injects faults
(errors, throttling, dropped connections, seeded random chaos, expired delta tokens, a
concurrency limit). Delta behaves as live: updates come as partial items, and on request with
duplicates, replays, stray partial items and 504s for pages above a size.
"""

from __future__ import annotations

from .app import GraphEmulator
from .state import EmulatedMessage
from .wire import RecordedRequest

__all__ = ["EmulatedMessage", "GraphEmulator", "RecordedRequest"]
