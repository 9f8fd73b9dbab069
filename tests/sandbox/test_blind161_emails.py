"""The hundred-and-sixty-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 3 to 22 March 2047 (early spring: the largest client's
Luleå cutover planned for the Easter stop and the CIO asking the owner's written commitment of
its staffing, Oulu phase 2 approved; the SOC 2 report in customers' hands and the key bank
customer's questions on its exceptions; the migration's close; a Finnish tender; the key bank
customer's regulator asking for an exit test and its payments stuck before the clearing's
cut-off; the annual report filed, the AGM's preparations, the Q1 forecast and the March payroll;
spring recruiting; International Women's Day and the family's spring) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter,
a distribution list on about one in nine); written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind161_emails, load_blind161_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind161"
    emails = load_blind161_emails()
    history = load_blind161_history()
    key_prefix = "b161-"
    at_least = 100
    file_attribute = "BLIND161_EMAILS_FILE"
