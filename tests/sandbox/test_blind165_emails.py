"""The hundred-and-sixty-fifth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 26 May to 14 June 2047 (the largest client's Oulu phase 2
under way with a fixed price the owner had to put in writing within hours, the SOC 2 2047
period's interim fieldwork reported, the migration's end, a German customer's conditional yes and
an invitation to tender, the key bank customer's payment files stopped after the bridge day and
its annual service review, a release before the summer freeze and the summer on-call, the board
pack's forecast and the chair's evening question, summer interns in and the MBL negotiation, the
nephew's graduation and the summer house) of the owner's inbox in natural proportions, with real
To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind165_emails, load_blind165_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind165"
    emails = load_blind165_emails()
    history = load_blind165_history()
    key_prefix = "b165-"
    at_least = 100
    file_attribute = "BLIND165_EMAILS_FILE"
