"""The hundred-and-fifth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 29 November to 18 December 2043 (the run-up to the year's
end: customers rushing to spend their 2043 budgets, the SOC 2 bridge letter for the year, the
Christmas lunch and the office closing dates, a key engineer resigning, invoices to chase before
the books close, the largest client's go-live on 14 December, a Lucia concert at the children's
school, the family's Christmas travel) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on a little under three in ten, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it; only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind105_emails, load_blind105_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind105"
    emails = load_blind105_emails()
    history = load_blind105_history()
    key_prefix = "b105-"
    at_least = 100
    file_attribute = "BLIND105_EMAILS_FILE"
