"""Words with two senses in office mail, read by their context before they count for a topic.

"Ticket" is a support case in "ticket 73344" or "412 tickets this quarter", and a seat at an event
in "3 tickets for NDC Oslo - early bird ends Friday". Mail that speaks of a conference, a summit
or an early-bird price means the second, which is no evidence for the area that handles tickets:
for the folder, such a ticket is read as an admission (the action and priority read the text as
written).
"""

from __future__ import annotations

import re

# An event one buys a seat at; a "conference call" is a meeting about anything.
_EVENT = re.compile(
    r"\b(?:early[- ]?bird|conference(?!\s+call)|summit|congress|expo|festival|concert|meetup|"
    r"trade fair)s?\b",
    re.IGNORECASE,
)
_TICKET = re.compile(r"\btickets?\b", re.IGNORECASE)


def for_topics(subject_line: str, body_text: str) -> tuple[str, str]:
    """The subject and body as topic evidence: an event's tickets read as admissions."""
    if _EVENT.search(subject_line) is None and _EVENT.search(body_text) is None:
        return subject_line, body_text
    return _TICKET.sub("admission", subject_line), _TICKET.sub("admission", body_text)
