"""The hundred-and-fiftieth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 15 July to 3 August 2046 (high summer and the Swedish
holidays: the owner on vacation with her out-of-office on, a skeleton staff and an on-call
engineer, the largest client's summer stop and restart with hotfix 2046.8.3 as the summer freeze's
one exception, a storage fault at the hosting provider and the key bank customer's empty month-end
file, the July payroll, the Q2 close and the half-year report's draft, the SOC 2 period 2 draft
report, Contoso's master agreement, the autumn's plans starting to form, sailing, the ferry home
and the crayfish season ahead) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on a little over a quarter, a distribution list on about one in
eight); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind150_emails, load_blind150_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind150"
    emails = load_blind150_emails()
    history = load_blind150_history()
    key_prefix = "b150-"
    at_least = 100
    file_attribute = "BLIND150_EMAILS_FILE"
