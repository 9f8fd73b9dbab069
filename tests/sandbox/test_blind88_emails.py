"""The eighty-eighth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 7 to 19 December 2042 (a customer's go-live right before
Christmas, the Christmas party and the staff's gifts, the year-end close starting, a bank's new
covenant report, the on-call rota over the holidays, a recruiter's offer for a senior developer,
the product roadmap review, a parent's hospital appointment, the family's holiday travel) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a little
over one in four, a distribution list on about one in ten); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind88_emails, load_blind88_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind88"
    emails = load_blind88_emails()
    history = load_blind88_history()
    key_prefix = "b88-"
    at_least = 100
    file_attribute = "BLIND88_EMAILS_FILE"
