"""The hundred-and-thirty-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 11 to 30 June 2045 (midsummer and the half-year's end, from
the largest client's go-live morning to the half-year's last day: the quality module's hypercare
with a night's stop of the certificate queue and trucks at the gate, the fourth site's fit-gap
workshop, the key bank customer's salary files refused on the day before midsummer pay day with a
DORA classification waiting on the CEO's word, the new credit facility nearly lapsing, a discount
beyond the head of sales' mandate that decides the quarter's target, the leaving developer's
handover and a final interview, the summer interns, the salary review agreed, holiday cover and
the first out-of-office replies, midsummer and boat plans) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and kept unscored until the
next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind131_emails, load_blind131_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind131"
    emails = load_blind131_emails()
    history = load_blind131_history()
    key_prefix = "b131-"
    at_least = 100
    file_attribute = "BLIND131_EMAILS_FILE"
