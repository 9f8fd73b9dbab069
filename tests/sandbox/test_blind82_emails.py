"""The eighty-second blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 3 to 22 August 2042 (the owner back from four weeks' holiday,
the autumn planning, a customer's complaint left unanswered over the summer, the SOC 2 period 3
kick-off, a new release's beta, the price list for 2043, two new hires starting, a supplier going
bankrupt, the crayfish party, a son starting at a new school) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little under three in ten, a
distribution list on about one in ten); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind82_emails, load_blind82_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind82"
    emails = load_blind82_emails()
    history = load_blind82_history()
    key_prefix = "b82-"
    at_least = 100
    file_attribute = "BLIND82_EMAILS_FILE"
