"""A service's notice about the owner's own plan: the tools she pays for, not a bill or a sale.

"Your CodeHub Team plan renews on 2 April", "Your organization has used 50 of 50 seats", "You've
used 90% of your included build minutes", "Your Codelens Pro trial ends on 10 May": a service's
machine writes about the subscription the owner's company holds. Its subject's "seats" and
"renewal" are no customer's deal, and its billing@ mailbox sends no invoice: the matter is the
tooling, and the entry whose description names tools or tooling takes it. On the 114
development sets all 21 such notices from a machine were filed under the engineering team's area,
which lists tooling (13 of them elsewhere before); an invoice, a receipt or a payment received is
a bill and is left alone. (`senses` already reads "seats" beside a tool's name as tooling; a plan
notice often names no tool, "Your CodeHub Team plan renews", and its billing@ mailbox pulls
toward Finance, so it needs points of its own rather than a reworded subject.)
The bill itself is the other side (`bill_notice`): "Receipt for your Meetwise Business renewal",
"Your Teamloop receipt - September, 48 seats", "GitHub invoice for Proseware" from a service's
machine go to the entry whose description names invoices, whatever sales or tooling word the
subject also holds (on 158 labelled sets, 95 of the 97 bills a machine sent were filed with
Finance, the other two are phishing; the rules had sent 7 of them to Sales or the engineers).
An expense tool's report to approve is a claim on the company's money the same way, whatever
trip it paid for ("Expense report to approve: Henrik Sandberg, steering committee Raahe"): on
190 labelled sets all 108 such mails from an expense tool were filed with Finance, three of them
elsewhere by the rules before (two by the project a trip was for).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.triage.offline.matching import SUBJECT_KEYWORD
from core.triage.offline.profiles import Profile

# Enough to outweigh a subject's sales word ("seats") and a billing mailbox's name.
PLAN_NOTICE = SUBJECT_KEYWORD + 1.0
# "your Team plan renews", "your subscription could not be renewed", "your trial ends", "used 90%
# of included Actions minutes", "48 of 50 seats", "nearing its seat limit", "2 seats added"; not
# "your marathon plan", a training app's week.
_PLAN = re.compile(
    r"\byour\b[^:]{0,40}?\b(?:plan|subscription|trial|licen[cs]es?)\b[^:]{0,20}?"
    r"\b(?:renew\w*|expir\w*|ends?|could\s+not)\b"
    r"|\bused\s+\d+\s*(?:%|of)[^.]{0,40}?\b(?:minutes|seats)\b"
    r"|\bseat\s+limit\b|\bseats?\s+added\b",
    re.IGNORECASE,
)
_BILL = re.compile(r"\b(?:invoice|receipt|faktura|payment received|paid)\b", re.IGNORECASE)
_TOOLING = re.compile(r"\btool(?:s|ing)?\b", re.IGNORECASE)
# A bill the mail is: "Your receipt", "Kvitto", "Invoice 2046-118", "GitHub invoice for ...",
# "Your invoice"; not "confirmation of receipt" or "Receipt confirmation: supplier notice", which
# acknowledge a message, nor "invoice automation" or "Invoice exports delayed", a topic.
_BILLED = re.compile(
    r"\b(?:receipt|kvitto)\b(?! of\b| confirm)"
    r"|\b(?:your|new|an) (?:\w+ )?(?:invoice|faktura)\b"
    r"|\b(?:invoice|faktura)(?: (?:no\.?|nr\.?|number|for)\b| ?#? ?[a-z]{0,4}-?\d)",
    re.IGNORECASE,
)
# An expense tool's claim on the company's money: "Expense report to approve: Amir, Raahe".
_CLAIMED = re.compile(
    r"\bexpense (?:report|claim)s?\b|\bexpenses to approve\b|\butlägg\w*|\breseräkning\w*",
    re.IGNORECASE,
)
_RECEIPT_OF = re.compile(r"\bof receipt\b", re.IGNORECASE)
_INVOICES = re.compile(r"\binvoic", re.IGNORECASE)


def plan_notice(built: Sequence[Profile], subject_line: str) -> dict[str, tuple[float, str]]:
    """The tooling entry's points and why, by folder, when an automated mail's subject speaks of
    the owner's own plan (and is no bill); otherwise nothing."""
    found = _PLAN.search(subject_line)
    if found is None or _BILL.search(subject_line):
        return {}
    tooling = _described(built, _TOOLING)
    if tooling is None:
        return {}
    why = f"a notice about your own plan ('{' '.join(found.group(0).lower().split())}')"
    return {tooling.entry.folder: (PLAN_NOTICE, why)}


def bill_notice(built: Sequence[Profile], subject_line: str) -> dict[str, tuple[float, str]]:
    """The invoices entry's points and why, by folder, when an automated mail's subject names a
    bill it sends (a receipt, an invoice) or an expense claim to approve; otherwise nothing."""
    claimed = _CLAIMED.search(subject_line)
    found = claimed or _BILLED.search(subject_line)
    if found is None or _RECEIPT_OF.search(subject_line):
        return {}
    billing = _described(built, _INVOICES)
    if billing is None:
        return {}
    said = found.group(0).lower()
    why = f"an expense claim to approve ('{said}')" if claimed else f"a service's bill ('{said}')"
    return {billing.entry.folder: (PLAN_NOTICE, why)}


def _described(built: Sequence[Profile], topic: re.Pattern[str]) -> Profile | None:
    """The one entry whose description names `topic` ("tooling", "invoices"), or None."""
    named = [p for p in built if topic.search(p.entry.description or "")]
    return named[0] if len(named) == 1 else None
