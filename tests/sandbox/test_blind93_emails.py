"""The ninety-third blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 22 March to 10 April 2043 (the Q1 close, Easter week, the
annual general meeting held, a key customer threatening to leave over a bug, the SOC 2 report's
first customer questions, a developer's long-planned sabbatical, a phishing attack on the
finance team, the spring hiring of two junior developers, a son's confirmation) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a little over
one in four, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind93_emails, load_blind93_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind93"
    emails = load_blind93_emails()
    history = load_blind93_history()
    key_prefix = "b93-"
    at_least = 100
    file_attribute = "BLIND93_EMAILS_FILE"
