"""The fifty-eighth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; late winter, from 28 January to 15 February (the annual accounts drafted and audited
for the board's February meeting, the sales kick-off, a key customer's contract expiring with a
competitor's offer on the table, a subcontractor's invoices disputed, the SOC 2 bridge letter
season, an employee's long-term sick leave and the plan for his return, a data-centre provider's
price increase, the sports holiday week coming, a family birthday party) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little under three in
ten, a distribution list on about one in nine); written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind58_emails, load_blind58_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind58"
    emails = load_blind58_emails()
    history = load_blind58_history()
    key_prefix = "b58-"
    at_least = 100
    file_attribute = "BLIND58_EMAILS_FILE"
