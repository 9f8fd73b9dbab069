"""The hundred-and-sixty-eighth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 28 July to 16 August 2047 (late summer and the return from
the holidays: the largest client's mill restarting after its summer stop with a weighbridge fault
and a rollback decision asked of the owner by 10:00, the SOC 2 autumn fieldwork prepared, the .NET
8 migration's close, the board meeting of 15 August with the budget round's frame and the bank's
covenant certificate to sign the same day, the key bank customer's Q3, an offer and a former
engineer coming back, the daughters' school start and a crayfish party) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a quarter, a distribution
list on about one in nine); written without a filed history, which another writer wrote after it
from the policy alone (the four months before it), and kept unscored until the next change to the
classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind168_emails, load_blind168_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind168"
    emails = load_blind168_emails()
    history = load_blind168_history()
    key_prefix = "b168-"
    at_least = 100
    file_attribute = "BLIND168_EMAILS_FILE"
