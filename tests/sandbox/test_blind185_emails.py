"""The hundred-and-eighty-fifth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 19 July to 7 August 2048 (late high summer: colleagues
away and back, the July payroll's second signature given from a harbour, the key bank customer's
DORA register signed and sent, the largest client's line restarted and its CIO's letter on the
next phase's frame, a release weekend's go/no-go) of the owner's inbox in natural proportions,
with real To and Cc lines; written without a filed history, which another writer wrote after it
from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind185_emails, load_blind185_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind185"
    emails = load_blind185_emails()
    history = load_blind185_history()
    key_prefix = "b185-"
    at_least = 100
    file_attribute = "BLIND185_EMAILS_FILE"
