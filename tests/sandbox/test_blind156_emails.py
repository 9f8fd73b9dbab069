"""The hundred-and-fifty-sixth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 18 November to 7 December 2046 (the largest client's
year-end freeze and the owner's commitment to an installation window before it, the 2047-2049
frame agreement's first draft, the SOC 2 third period nearing its end, the key bank customer's
year-end cover and a rehearsal's batch stopped before noon, release 2046.12.0, the 2047 budget
approved by the board, the November payroll before the bank's cut-off, the spring recruiting,
Thanksgiving, Black Friday and Advent) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on a little over a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind156_emails, load_blind156_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind156"
    emails = load_blind156_emails()
    history = load_blind156_history()
    key_prefix = "b156-"
    at_least = 100
    file_attribute = "BLIND156_EMAILS_FILE"
