"""The fifty-fifth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; towards the year's end, from 12 November to 30 November (the 2041 budget going to the
board, the big client's sixth site's kick-off while the fifth is in hypercare, a fire in a
customer's server room and its system restored into the cloud in a day, suppliers' Black Friday
offers, a whistleblowing report, the SOC 2 report delivered and customers asking for it, the
CTO's talk at a developer conference, the year-end salary review, a neighbour's renovation, the
owner's mother in hospital) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a little under three in ten, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind55_emails, load_blind55_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind55"
    emails = load_blind55_emails()
    history = load_blind55_history()
    key_prefix = "b55-"
    at_least = 100
    file_attribute = "BLIND55_EMAILS_FILE"
