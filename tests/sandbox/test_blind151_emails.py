"""The hundred-and-fifty-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 5 to 24 August 2046 (back from the Swedish summer: the
owner back from her holiday and the largest client's mills restarting, the Polish Assumption Day
at its Gdańsk plant with goods receipts stopped on the holiday shift, the summer freeze lifted and
release 2046.9.0 with a customer's labels broken after it, the half-year report and the board
pack for the August call, the August payroll's file rejected on its cut-off day, the SOC 2 second
period's report issued and a bridge letter, Contoso's agreement signed, the autumn's sales push,
the support's two teams after the union's consultation, the interns' last days and the autumn
hires starting, the school start and the crayfish parties) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter, a
distribution list on about one in eight); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and kept unscored until the next
change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind151_emails, load_blind151_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind151"
    emails = load_blind151_emails()
    history = load_blind151_history()
    key_prefix = "b151-"
    at_least = 100
    file_attribute = "BLIND151_EMAILS_FILE"
