"""The hundred-and-seventieth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 8 to 27 September 2047 (the largest client's Oulu phase 2
cutover and its hypercare, the SOC 2 2047 period's fieldwork and the auditor's questions, the
migration's last ends, the budget round for 2048 and the board's September meeting, the key bank
customer's quarter end approaching and a failed batch before its dry run, the first release after
the summer freeze, a product owner hired, the family's autumn) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a quarter, a distribution list on
about one in nine); written without a filed history, which another writer wrote after it from
the policy alone (the four months before it), and kept unscored until the next change to the
classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind170_emails, load_blind170_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind170"
    emails = load_blind170_emails()
    history = load_blind170_history()
    key_prefix = "b170-"
    at_least = 100
    file_attribute = "BLIND170_EMAILS_FILE"
