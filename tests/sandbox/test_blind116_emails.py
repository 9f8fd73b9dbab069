"""The hundred-and-sixteenth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 31 July to 19 August 2044 (the return from the holidays:
the largest client after its summer stop, a late supplier specification and a mill without its
shift reports, the autumn priorities and a weighbridge quote, the draft SOC 2 report, the Q3
pipeline and a large prospect's presentation prepared, a new customer's go-live saved over a
weekend, the key bank customer's SLA review, the half-year report and the board pack, the summer
interns finishing, the school year starting) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy alone
(the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind116_emails, load_blind116_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixteenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind116"
    emails = load_blind116_emails()
    history = load_blind116_history()
    key_prefix = "b116-"
    at_least = 100
    file_attribute = "BLIND116_EMAILS_FILE"
