"""The ninety-sixth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 24 May to 12 June 2043 (the half-year forecast revised, a
former employee's GDPR data-subject access request with a deadline, the office lease break
option to decide, a senior engineer resigning to a competitor, the first pilot customer going
live on .NET 8, the staff summer party planned, an investor update, a daughter's graduation, a
broken boat engine) of the owner's inbox in natural proportions, with real To and Cc lines (the
owner only in Cc on about three in ten, a distribution list on about one in ten); written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind96_emails, load_blind96_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind96"
    emails = load_blind96_emails()
    history = load_blind96_history()
    key_prefix = "b96-"
    at_least = 100
    file_attribute = "BLIND96_EMAILS_FILE"
