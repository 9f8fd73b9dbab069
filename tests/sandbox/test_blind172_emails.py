"""The hundred-and-seventy-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 20 October to 8 November 2047 (the largest client's Raahe
phase 3 with a fixed-price part and its statement of work signed, Oulu's first month-end valuation
failing on All Saints' Eve, the clocks going back and the key bank customer's interest accrual run
twice in the repeated hour, its quarterly service review and a service credit, the SOC 2 draft
findings and the pen test's draft report, the 2048 budget for the board and the chair's investors'
call, the salary review's preparation, the family's autumn break) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about a quarter, a distribution list
on about one in eight); written without a filed history, which another writer wrote after it from
the policy alone (the four months before it), and kept unscored until the next change to the
classifier, in `unseen`.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind172_emails, load_blind172_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind172"
    emails = load_blind172_emails()
    history = load_blind172_history()
    key_prefix = "b172-"
    at_least = 100
    file_attribute = "BLIND172_EMAILS_FILE"
