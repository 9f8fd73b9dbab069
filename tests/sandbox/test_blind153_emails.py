"""The hundred-and-fifty-third blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 16 September to 5 October 2046 (the Q3 close and its first
figures, a failed dry run before the largest client's autumn stop and the question withdrawn the
same evening, the Luleå phase 0's purchase order, the key bank customer's renewal terms and its
quarter-end batch stuck before a filing, release 2046.10.1, the SOC 2 third period's interim
fieldwork planned, the migration's last customer, the advisory board and the autumn fairs, the
investor committee's questions, the payroll before the bank's cut-off, the 2047 budget's start,
the union's negotiation, the new hires' first weeks, the new government and the first cold
mornings) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only
in Cc on a little under three in ten, a distribution list on about one in eight); written without
a filed history, which another writer wrote after it from the policy alone (the four months before
it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind153_emails, load_blind153_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind153"
    emails = load_blind153_emails()
    history = load_blind153_history()
    key_prefix = "b153-"
    at_least = 100
    file_attribute = "BLIND153_EMAILS_FILE"
