"""The fifty-sixth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the run-up to Christmas, from 3 December to 21 December (the year-end close
prepared, a code freeze and the last release of the year, the big client's go-live date for its
sixth site disputed, a customer's year-end batch jobs failing, Lucia and the Christmas party,
gifts to customers and their gift policies, holiday on-call rotas, an intern's thesis
presentation, a government grant application deadline, a family Christmas trip) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on about three in
ten, a distribution list on about one in eight); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind56_emails, load_blind56_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind56"
    emails = load_blind56_emails()
    history = load_blind56_history()
    key_prefix = "b56-"
    at_least = 100
    file_attribute = "BLIND56_EMAILS_FILE"
