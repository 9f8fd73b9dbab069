"""The thirty-seventh blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 1 to 19 November, late autumn (the Q3 close done and the 2039
budget going to the board, the SOC 2 Type II fieldwork with a finding on change management and a
control owner on sick leave, a new client's implementation kick-off at a board mill, the big
client's steering committee deciding on a third site, the .NET 8 migration finished and the
team's next project scoped, a reseller's first deal, a lost tender, a price complaint, the
employee survey, flu season, the Christmas party's planning, Father's Day) of the owner's inbox
in natural proportions, with real To and Cc lines (the owner only in Cc on a little under three in
ten, a distribution list on about one in ten); written without a filed history, and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind37_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtySeventhBlindSet(MeasuredOnlySetTests):
    name = "blind37"
    emails = load_blind37_emails()
    key_prefix = "b37-"
    at_least = 100
    file_attribute = "BLIND37_EMAILS_FILE"
