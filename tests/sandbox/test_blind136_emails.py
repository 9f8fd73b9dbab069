"""The hundred-and-thirty-sixth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 24 September to 13 October 2045 (the third quarter's close
and the fourth's start: the largest client's quarter-end inventory valuation stuck with its group
report waiting and its fourth site's Norwegian payroll estimate grown past the call-off, the SOC 2
pen test window with a critical finding fixed the same night, the customer upgrade weekends,
quarter-end deals and a won tender, a customer CFO's slow quarter close before her renewal, the
budget for 2046 taking shape for the board, the salary revision and the autumn check-ins, a trade
fair and autumn conferences, and the autumn half-term planned at home) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter,
a distribution list on about one in nine); written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind136_emails, load_blind136_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind136"
    emails = load_blind136_emails()
    history = load_blind136_history()
    key_prefix = "b136-"
    at_least = 100
    file_attribute = "BLIND136_EMAILS_FILE"
