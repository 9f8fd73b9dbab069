"""The hundred-and-thirtieth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 21 May to 9 June 2045 (early summer, from a conference
panel and the auditors' interim testing to the summer party: the largest client's quality module
brought to its go-live after a failed dress rehearsal on the National Day evening, a new
customer's go-live morning with its CFO ready to stop it, a project manager's handover before his
parental leave, the key bank customer's audit report, e-invoices to public-sector buyers refused
by a new rule, a senior developer's resignation, the summer interns, the pre-summer board meeting,
the 2046 price list, the salary review, graduations and midsummer plans) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and kept unscored until the next
change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind130_emails, load_blind130_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind130"
    emails = load_blind130_emails()
    history = load_blind130_history()
    key_prefix = "b130-"
    at_least = 100
    file_attribute = "BLIND130_EMAILS_FILE"
