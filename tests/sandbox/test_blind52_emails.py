"""The fifty-second blind set: written fresh, from the labelling policy alone, without seeing the
classifier; early autumn, from 10 to 28 September (the Q3 close approaching, a new bank and a
credit line, the big client's sixth site being scoped, the SOC 2 report's drafting with a
qualified opinion feared, a hosting migration to a new data centre, a senior developer's poor
performance and a written warning, a sales team offsite, a customer's GDPR audit of the company,
an autumn flu, a parents' meeting at school) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on a little under three in ten, a distribution list on
about one in ten); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind52_emails, load_blind52_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind52"
    emails = load_blind52_emails()
    history = load_blind52_history()
    key_prefix = "b52-"
    at_least = 100
    file_attribute = "BLIND52_EMAILS_FILE"
