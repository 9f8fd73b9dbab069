"""The thirty-sixth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from mid-August to early September, back from the summer holidays
(the backlog, a summer outage's post-mortem, the H1 report to the board and the 2039 budget
starting, the big client's second mill going live and its hypercare, the SOC 2 observation period
ending, the old build servers switched off, a competitor's price cut, renewals, a reseller in
Norway, a manager on parental leave, a new office lease, school starting) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little under three in
ten, a distribution list on about one in ten); written without a filed history, and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind36_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtySixthBlindSet(MeasuredOnlySetTests):
    name = "blind36"
    emails = load_blind36_emails()
    key_prefix = "b36-"
    at_least = 100
    file_attribute = "BLIND36_EMAILS_FILE"
