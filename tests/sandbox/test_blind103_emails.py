"""The hundred-and-third blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 18 October to 6 November 2043 (the first full month under the
new prices and the churn it brings, the SOC 2 auditor's final report and the remediation plan, a
half-term week with the children at home, a key customer's security questionnaire, the budget
round for 2044, a supplier going into reconstruction, a new office printer contract, a team
away-day, a colleague's long-term sick leave) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on a little under three in ten, a distribution list
on about one in ten); written without a filed history, which another writer wrote after it from
the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind103_emails, load_blind103_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind103"
    emails = load_blind103_emails()
    history = load_blind103_history()
    key_prefix = "b103-"
    at_least = 100
    file_attribute = "BLIND103_EMAILS_FILE"
