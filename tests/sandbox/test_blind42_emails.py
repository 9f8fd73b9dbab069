"""The forty-second blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 15 August to 2 September, back from the summer holidays (the H1
accounts going to the board and the 2040 budget process starting, the data-centre partner's
hosting price increase, a competitor bought and customers asking what it means, the big client
asking for a fourth site's quote, the new platform's beta at three customers with a bad bug in
it, two graduates starting and a manager going on parental leave, a security researcher's
disclosure with a deadline, the SOC 2 report's bridge letter requests, the crayfish party, school
starting) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only
in Cc on about three in ten, a distribution list on about one in nine); written without a filed
history (the four months before it were written after it by another writer), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind42_emails, load_blind42_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind42"
    emails = load_blind42_emails()
    history = load_blind42_history()
    key_prefix = "b42-"
    at_least = 100
    file_attribute = "BLIND42_EMAILS_FILE"
