"""The hundred-and-fifty-fourth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 7 to 26 October 2046 (the largest client's autumn stop and
a restart morning lost, the SOC 2 third period's fieldwork, the key bank customer's regulator's
questions with a deadline moved to the next morning, release 2046.11.0, the Q3 report to the board
and the investors and the 2047 budget's first draft, the salary review's aftermath and the autumn's
recruiting, a tender closing at noon, the children's autumn break ahead) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter, a
distribution list on about one in eight); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind154_emails, load_blind154_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind154"
    emails = load_blind154_emails()
    history = load_blind154_history()
    key_prefix = "b154-"
    at_least = 100
    file_attribute = "BLIND154_EMAILS_FILE"
