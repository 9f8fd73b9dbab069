"""The thirty-fifth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the late-spring stretch from 10 May to 28 May (Ascension Day and its bridge day
ahead, the SOC 2 observation period's midpoint check and a lapsed control, the big client's
second mill in user acceptance testing, .NET 8 general availability planned for June, a large
prospect's proof of concept, Q2 forecast pressure and the bank's covenant review, summer interns
and leave planning, a customer's data-processing agreement, graduations) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little under three in
ten, a distribution list on about one in nine); written without a filed history, and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind35_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtyFifthBlindSet(MeasuredOnlySetTests):
    name = "blind35"
    emails = load_blind35_emails()
    key_prefix = "b35-"
    at_least = 100
    file_attribute = "BLIND35_EMAILS_FILE"
