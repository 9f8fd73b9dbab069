"""The forty-third blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 3 October to 21 October, in the autumn (the Q3 close and a revised
full-year forecast, the 2040 budget's first draft, the big client's fourth site signed and its
kick-off, the SOC 2 report's second period being scoped and a customer's pen-test findings on the
hosted service, the new platform's general availability slipping, a key customer's merger and a
new procurement contact, a customer's works council asking about AI in the product, a
data-centre fire drill, the autumn school holiday, a colleague's wedding) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind43_emails, load_blind43_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind43"
    emails = load_blind43_emails()
    history = load_blind43_history()
    key_prefix = "b43-"
    at_least = 100
    file_attribute = "BLIND43_EMAILS_FILE"
