"""The forty-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 9 May to 27 May in late spring (Ascension Day and its bridge day,
the Q2 forecast revised, the big client's third site in hypercare and a change request's scope
disputed, the SOC 2 second period's mid-point and a new audit partner, the new platform's first
paying pilot customer, an underperforming reseller in Norway, a harassment complaint handled by
HR, a leaving customer's data export, a cyber-insurance renewal, the office moving floors, a
staff relay marathon, a son's graduation) of the owner's inbox in natural proportions, with real
To and Cc lines (the owner only in Cc on about three in ten, a distribution list on about one in
nine); written without a filed history (the four months before it were written after it by
another writer), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind41_emails, load_blind41_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind41"
    emails = load_blind41_emails()
    history = load_blind41_history()
    key_prefix = "b41-"
    at_least = 100
    file_attribute = "BLIND41_EMAILS_FILE"
