"""The hundred-and-sixty-seventh blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 7 to 26 July 2047 (high summer with the summer
freeze in force and many colleagues on holiday: the largest client's Luleå upgrade in the mill's
summer stop, its go decision and an overrun on the upgrade night, the SOC 2 period run by a
stand-in with the auditor's change sample, the migration's close-out, an American prospect's
letter of intent and a German contract's liability cap, the key bank customer's payment export
stuck before the central bank's cut-off, a security patch inside the freeze, the chair's question
on concentration and financing, the July payroll with the finance manager away, a replacement
hire and the union's on-call questions, the family at the summer house) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a quarter, a distribution
list on about one in nine); written without a filed history, which another writer wrote after it
from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind167_emails, load_blind167_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind167"
    emails = load_blind167_emails()
    history = load_blind167_history()
    key_prefix = "b167-"
    at_least = 100
    file_attribute = "BLIND167_EMAILS_FILE"
