"""The hundred-and-forty-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 7 to 26 January 2046 (midwinter: the first release of
the year, 2046.1.0, stopping the largest client's shift reports on its first morning, the first
SOC 2 Type II report issued and a customer CISO's vendor board, the last customers off 4.8, the
key bank customer's major incident under DORA and the final report signed on its last day, the
largest client's Oulu order and its board's yes to three more years, the sales kick-off and the
2046 targets, the 2045 close with the statutory auditor's fieldwork, the board's first meeting
with a buyer on its agenda, the salary revision agreed with the union club, flu, snow and a
skiing weekend) of the owner's inbox in natural proportions, with real To and Cc lines (the
owner only in Cc on about a quarter, a distribution list on about one in nine); written without
a filed history, which another writer wrote after it from the policy alone (the four months
before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind141_emails, load_blind141_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind141"
    emails = load_blind141_emails()
    history = load_blind141_history()
    key_prefix = "b141-"
    at_least = 100
    file_attribute = "BLIND141_EMAILS_FILE"
