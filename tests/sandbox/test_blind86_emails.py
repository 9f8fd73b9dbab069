"""The eighty-sixth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 26 October to 14 November 2042 (the autumn school holiday week,
the budget 2043's final round, a big public tender won and then challenged at court, a customer's
data migration gone wrong, a new compliance requirement from a bank customer, a developer's long
sick leave starting, the Christmas party planned, a tax audit letter, a broken coffee machine, a
son's football trip) of the owner's inbox in natural proportions, with real To and Cc lines (the
owner only in Cc on a little over one in four, a distribution list on about one in eight);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind86_emails, load_blind86_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind86"
    emails = load_blind86_emails()
    history = load_blind86_history()
    key_prefix = "b86-"
    at_least = 100
    file_attribute = "BLIND86_EMAILS_FILE"
