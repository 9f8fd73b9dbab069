"""The fortieth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 4 April to 22 April around Easter (the Q1 close going to the board,
the annual report and the AGM, the big client's third site going live after a cutover weekend, a
data-protection authority's questionnaire, a supplier's bankruptcy, a new office lease, summer
interns, a change of pension provider, a conference talk in Amsterdam, the staff's spring
kick-off) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only
in Cc on a little under three in ten, a distribution list on about one in nine); written without
a filed history (one of the four months before it was written after it by another writer), and
only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind40_emails, load_blind40_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind40"
    emails = load_blind40_emails()
    history = load_blind40_history()
    key_prefix = "b40-"
    at_least = 100
    file_attribute = "BLIND40_EMAILS_FILE"
