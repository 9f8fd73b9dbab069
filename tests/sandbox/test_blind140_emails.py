"""The hundred-and-fortieth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 17 December 2045 to 5 January 2046 (the holidays: the
largest client's year-end stocktaking and a mill left without opening balances by the year
rollover on New Year's night, its Finnish service centre's letter of intent and its Norwegian
site's first live payroll, the cloud tenants' rollover running late and the key bank customer's
questions under DORA, 4.8's end of support on 31 December, the SOC 2 report's date and a
customer's bridge letter, the last signatures of the year and a payroll file rejected before
Christmas pay, the credit line and the board's dates for 2046, the code freeze and the on-call
over Christmas, the salary revision and a replacement against the hiring gate, out-of-office
replies, and the family's Christmas and New Year) of the owner's inbox in natural proportions,
with real To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind140_emails, load_blind140_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind140"
    emails = load_blind140_emails()
    history = load_blind140_history()
    key_prefix = "b140-"
    at_least = 100
    file_attribute = "BLIND140_EMAILS_FILE"
