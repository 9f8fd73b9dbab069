"""The hundred-and-seventy-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 29 September to 18 October 2047 (the Q3 close and the key
bank customer's quarter-end interest posting stopped before its branches opened, the largest
client's Oulu phase 2 out of hypercare and through its first month-end close with Raahe coming
into view, the SOC 2 fieldwork's two exceptions and the penetration test with a critical finding
in the customer portal, the board's autumn meeting and the 2048 budget's second draft, release
2047.8 after a fix sprint, a security engineer recruited and the union's negotiation on the
on-call rota, the family's half-term ahead) of the owner's inbox in natural proportions, with real
To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind171_emails, load_blind171_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind171"
    emails = load_blind171_emails()
    history = load_blind171_history()
    key_prefix = "b171-"
    at_least = 100
    file_attribute = "BLIND171_EMAILS_FILE"
