"""The hundred-and-fifty-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 26 August to 14 September 2046 (the largest client's
August close and a valuation corrected the same day, the board's strategy day and the year-end
forecast, release 2046.10.0 and the key bank customer's report timing out after it, a large
renewal negotiated and signed at the last moment, the SOC 2 third period's first evidence
requests, the customer advisory board and the autumn trade fairs, the autumn's recruiting, the
salary review's follow-up and the development talks, the first autumn storm, the children's
autumn term, chanterelles and the election) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on a quarter, a distribution list on about one in
eight); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind152_emails, load_blind152_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind152"
    emails = load_blind152_emails()
    history = load_blind152_history()
    key_prefix = "b152-"
    at_least = 100
    file_attribute = "BLIND152_EMAILS_FILE"
