"""Fault reports: someone telling that a feature of the product broke.

"Invoices stuck in approval since the update", "Invoice printing crashes again", "Wrong VAT
number on our invoices", "Invoice module unavailable 21 May": the subject reports a fault, and
the words beside the fault name the feature that broke (invoices, VAT), not what the mail is
about. What it is about is the fault:
the entry whose vocabulary speaks of faults (a support area, through the thesaurus's group of
incidents, bugs and errors) takes a subject keyword's points, and the other entries' keywords
count from the body only. Automated and list mail are left alone: a tool's "build failed" or
"control failing" is its own area's event, which is why failing is no fault word here.
"""

from __future__ import annotations

from core.triage.offline.matching import SUBJECT_KEYWORD
from core.triage.offline.profiles import OFFICE_KEYWORD, Profile, vocabulary
from core.triage.offline.text import Words, first, terms

FAULT_REPORT = SUBJECT_KEYWORD * OFFICE_KEYWORD
_FAULTS = terms(
    "crash, crashes, stuck, wrong, not working, stopped working, does not work, broken, bug, error,"
    " unavailable"
)


def reported_fault(subject: Words) -> Words | None:
    """The fault a subject reports, if any."""
    return first(subject, _FAULTS)


def speaks_of_faults(profile: Profile) -> bool:
    """Tell whether an entry's vocabulary holds fault words (a support area's does)."""
    return any(term.parts == fault.parts for term in vocabulary(profile) for fault in _FAULTS)
