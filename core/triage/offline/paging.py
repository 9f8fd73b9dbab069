"""A paging tool's alert to the engineer on call: the matter of the team that runs on-call.

"RESOLVED: [P1] prw-db-01 replication lag above 60 s", sent by a monitoring service to one
colleague by name with the owner in Cc as the last step of the escalation: the page goes to the
person who keeps the platform running, so it is the entry whose terms hold "on-call" (the
engineering team's area) whatever the alert names ("latency", "SSO", "incident" are customers'
words too). An alert to a list ("incidents@", "escalations@") is that list's team's
(`team_lists`), one to the owner alone says nothing of whose it is unless it names her the
escalation's second level ("Escalated to level 2: Maya Lindqvist", after the engineer on call
did not acknowledge), and the organisation's own status page speaks to its customers
(`team_lists.status_page`). On the 146 development sets,
the 21 automated alerts of a paging state sent to one colleague by name were all filed with the
engineers; the rules had left 13 of them with support or in the Inbox.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from core.store.records import Recipients
from core.triage.offline.matching import SUBJECT_KEYWORD
from core.triage.offline.outreach import colleague
from core.triage.offline.profiles import Profile, named_person, only_entry_named
from core.triage.offline.text import words

# Above a customers' word in the subject ("incident", "latency"): who is paged says whose it is.
PAGE = SUBJECT_KEYWORD + 1.0
# The alert's state as paging tools write it: "TRIGGERED:", "[Resolved]", "acknowledged by",
# "ACK:", or the page itself: "[PAGE] api: p95 latency > 2s".
_STATE = re.compile(
    r"\b(?:triggered|resolved|acknowledged|ack|escalated)\b|\[page\]", re.IGNORECASE
)
_ON_CALL = (words("on-call"), words("on call"))
# "Escalated to level 2", "second level", "Escalation step 2 of 3 ... You are the secondary".
_SECOND_LEVEL = re.compile(r"\b(?:level 2|second level|step 2|secondary)\b", re.IGNORECASE)


def on_call_page(
    built: Sequence[Profile],
    subject_line: str,
    recipients: Recipients | None,
    own: Collection[str],
    body: str = "",
) -> dict[str, tuple[float, str]]:
    """The on-call entry's points and why, by folder, when an automated mail's subject carries
    an alert's state and its To line holds only colleagues by name, not the owner, or only the
    owner as the escalation's second level (`body`); else nothing.
    """
    found = _STATE.search(subject_line)
    if found is None or recipients is None or not recipients.to:
        return {}
    mine = {a.casefold() for a in own}
    paged = [address for _, address in recipients.to]
    second_level = all(a in mine for a in paged) and _SECOND_LEVEL.search(body) is not None
    if not second_level and any(
        a in mine or not colleague(a, own) or not named_person(a) for a in paged
    ):
        return {}
    entry = only_entry_named(built, *_ON_CALL)
    if entry is None:
        return {}
    why = f"an alert ('{found.group(0).lower()}') paged to {paged[0]}: {entry.name}'s on-call"
    return {entry.folder: (PAGE, why)}
