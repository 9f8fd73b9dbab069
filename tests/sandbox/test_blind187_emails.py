"""The hundred-and-eighty-seventh blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 30 August to 18 September 2048 (early autumn:
everyone back, the largest client's phase 4 decided and signed, tenders, the salary review and
the autumn's board and bank work under way) of the owner's inbox in natural proportions, with
real To and Cc lines; written without a filed history, which another writer wrote after it from
the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind187_emails, load_blind187_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind187"
    emails = load_blind187_emails()
    history = load_blind187_history()
    key_prefix = "b187-"
    at_least = 100
    file_attribute = "BLIND187_EMAILS_FILE"
