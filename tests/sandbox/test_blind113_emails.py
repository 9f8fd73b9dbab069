"""The hundred-and-thirteenth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 29 May to 17 June 2044 (early summer: the large renewal
won, the key bank customer's GDPR audit report, the board meeting held, the leaver's last day and
the interns' first week, the largest client's second mill taking the release, a hosted sign-in
outage and a bank's statement for its regulator, the .NET 8 migration closed, the SOC 2 audit
period ending, a daughter's graduation) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone
(the four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind113_emails, load_blind113_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirteenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind113"
    emails = load_blind113_emails()
    history = load_blind113_history()
    key_prefix = "b113-"
    at_least = 100
    file_attribute = "BLIND113_EMAILS_FILE"
