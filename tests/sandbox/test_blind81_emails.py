"""The eighty-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 22 June to 11 July 2042 (the half-year close and the first cash
figures, the summer slowdown and its out-of-office replies, a hosted customer's data centre move
over a weekend, a major bug found by a key customer just before the holidays, the migration's
consultant ending his contract, the salary revision's last details, a new sales hire's first
week, the summer intern's project, the owner's own holiday handover, a family sailing trip) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a
little under three in ten, a distribution list on about one in ten); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind81_emails, load_blind81_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind81"
    emails = load_blind81_emails()
    history = load_blind81_history()
    key_prefix = "b81-"
    at_least = 100
    file_attribute = "BLIND81_EMAILS_FILE"
