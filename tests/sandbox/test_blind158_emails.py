"""The hundred-and-fifty-eighth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 30 December 2046 to 18 January 2047 (the turn of the year
and back to work: the largest client's stock count and its restart after the year-end freeze with
the dispatch stopped, the Luleå phase 1 proposal, the SOC 2 third period closed and the report's
work starting, the 2047 price increase in force and customers' questions, the key bank customer's
first month under its new contract and an emergency change for its payment files, the year-end
close and the auditors' planning, the salary review's preparation, January hires starting, the
sales kick-off, the flu and heavy snow) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on a little over a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind158_emails, load_blind158_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind158"
    emails = load_blind158_emails()
    history = load_blind158_history()
    key_prefix = "b158-"
    at_least = 100
    file_attribute = "BLIND158_EMAILS_FILE"
