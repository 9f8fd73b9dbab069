"""The hundred-and-forty-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 28 January to 16 February 2046 (the annual report for
2045 and the board meeting that approves it, with the statutory auditor's questions and a board
pack corrected an hour before its deadline; the largest client's spring plans, its extension
agreement and the mill test certificates release 2046.2.0 stopped at its mill; the price increase
on the first invoices of the year; the key bank customer's service review actions; the SOC 2
exception's remediation and the pen test; the salary revision with the union club; a conference
panel in Amsterdam, Fettisdagen, Valentine's Day and the sportlov week planned) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on about a quarter,
a distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind142_emails, load_blind142_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind142"
    emails = load_blind142_emails()
    history = load_blind142_history()
    key_prefix = "b142-"
    at_least = 100
    file_attribute = "BLIND142_EMAILS_FILE"
