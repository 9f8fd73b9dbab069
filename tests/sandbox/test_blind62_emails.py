"""The sixty-second blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 23 April to 10 May, after Easter through Walpurgis and May Day (the
data-centre provider's price rise and the move to another provider, the new product's beta with
three customers, a shareholder wanting to sell his stake, a late-paying customer and a debt
collector, a GDPR subject access request, the summer holiday roster, a sales kick-off, a
hackathon, the family's summer house let) of the owner's inbox in natural proportions, with real
To and Cc lines (the owner only in Cc on about three in ten, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy alone
(the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind62_emails, load_blind62_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind62"
    emails = load_blind62_emails()
    history = load_blind62_history()
    key_prefix = "b62-"
    at_least = 100
    file_attribute = "BLIND62_EMAILS_FILE"
