"""The fifty-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; back from the summer holidays, from 13 to 31 August (the H1 report and a forecast cut,
the big client's fifth site in hypercare and its first invoice dispute, the SOC 2 observation
period ending, a key customer bought by a competitor's owner, a ransomware attack at the payroll
provider, two new developers starting and a team lead's parental leave, the 2041 budget process
and price list, a daughter starting school, the crayfish party) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind51_emails, load_blind51_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind51"
    emails = load_blind51_emails()
    history = load_blind51_history()
    key_prefix = "b51-"
    at_least = 100
    file_attribute = "BLIND51_EMAILS_FILE"
