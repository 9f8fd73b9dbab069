"""The hundred-and-thirty-seventh blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 15 October to 3 November 2045 (mid-autumn: the SOC
2 fieldwork with a sample of leavers' accounts still active and the pen test's report, the largest
client's third site live and its fourth site's first parallel payroll run with a three-year price
frame negotiated for the steering committee, the clock change doubling a customer's night-shift
hours the morning after his upgrade weekend, the end of the old version's support, the 2046 budget
built for the board with a buyer's indicative offer, the covenant certificate nearly late, the
October close, the sales pipeline before the year-end with the 2046 price list, the Norwegian role
filled and a developer's resignation, autumn colds and a half-term week with the children) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a
quarter, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind137_emails, load_blind137_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind137"
    emails = load_blind137_emails()
    history = load_blind137_history()
    key_prefix = "b137-"
    at_least = 100
    file_attribute = "BLIND137_EMAILS_FILE"
