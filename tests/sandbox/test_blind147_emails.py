"""The hundred-and-forty-seventh blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 13 May to 1 June 2046 (early summer: the largest client's
Gdańsk go-live on 16-17 May with a stopped first morning and two weeks of hypercare, release
2046.7.0 and the key bank customer's single sign-on broken by it on its month-end, the April close
and the Q2 forecast for the board, the SOC 2 second period's fieldwork, Contoso's best and final
offer, summer hires starting and the summer vacation rota settled, the children's end of term and
the first swim of the year) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a quarter, a distribution list on about one in eight); written without a
filed history, which another writer wrote after it from the policy alone (the four months before
it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind147_emails, load_blind147_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind147"
    emails = load_blind147_emails()
    history = load_blind147_history()
    key_prefix = "b147-"
    at_least = 100
    file_attribute = "BLIND147_EMAILS_FILE"
