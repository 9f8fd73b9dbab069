"""The hundred-and-twenty-seventh blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 19 March to 7 April 2045 (the first quarter's close
and a release that stopped 31 customers' quarter close, the pen test's week and its high finding,
the SOC 2 report delivered to customers with a bridge letter, the hosting provider's three-year
offer decided on its last day, the largest client's confidential fourth site, a Finnish deal signed
before Easter, a buyer's renewed approach, the AGM's papers, spring conferences, a parental leave,
Easter plans and the children's Easter break) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy alone
(the four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind127_emails, load_blind127_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind127"
    emails = load_blind127_emails()
    history = load_blind127_history()
    key_prefix = "b127-"
    at_least = 100
    file_attribute = "BLIND127_EMAILS_FILE"
