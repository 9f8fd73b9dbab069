"""The seventy-fourth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 26 January to 13 February (the annual report drafted and the AGM
date set, the SOC 2 period 2 fieldwork planned, a key customer's bankruptcy rumour turning into a
company reconstruction, an engineer's long-term sick leave, a recruiting push for two developers,
the sales kick-off, a vendor's software licence audit, Valentine's Day and the sports holiday
coming) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in
Cc on about three in ten, a distribution list on about one in ten); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind74_emails, load_blind74_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind74"
    emails = load_blind74_emails()
    history = load_blind74_history()
    key_prefix = "b74-"
    at_least = 100
    file_attribute = "BLIND74_EMAILS_FILE"
