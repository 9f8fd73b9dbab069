"""The hundred-and-seventh blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 24 January to 12 February 2044 (the 2043 year-end close
signed by the statutory auditor, the 2043 bonus payouts, a customer acquired by its competitor
asking about its contract, a new support tier launched, an engineer's paternity leave, a former
candidate's GDPR access request, the building's fire drill, the office lease renewal talks, the
sports holiday planned with the children) of the owner's inbox in natural proportions, with real
To and Cc lines (the owner only in Cc on about three in ten, a distribution list on about one in
ten); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind107_emails, load_blind107_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind107"
    emails = load_blind107_emails()
    history = load_blind107_history()
    key_prefix = "b107-"
    at_least = 100
    file_attribute = "BLIND107_EMAILS_FILE"
