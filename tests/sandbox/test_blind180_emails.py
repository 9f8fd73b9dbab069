"""The hundred-and-eightieth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 5 to 24 April 2048 (spring after Easter: the Q1 close and
the Q1 report to the board, the annual general meeting's decisions carried out and an April payroll
rejected on a lapsed signatory, the SOC 2 interim testing with a leaver's account removed late, the
largest client's Raahe go-live prepared with a dress rehearsal stopped on a Sunday morning, the key
bank customer's April release with supplier payments posted twice on the Monday after, the summer
vacation and on-call rota, summer hires signed, a daughter's birthday and Walpurgis ahead) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on about a
quarter, a distribution list on about one in nine); written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind180_emails, load_blind180_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind180"
    emails = load_blind180_emails()
    history = load_blind180_history()
    key_prefix = "b180-"
    at_least = 100
    file_attribute = "BLIND180_EMAILS_FILE"
