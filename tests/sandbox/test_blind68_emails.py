"""The sixty-eighth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 16 September to 4 October, as the third quarter closes (the Q3
close, acquisition talks ending, the SOC 2 report's final version, a customer's ERP tender with a
one-week deadline, a senior developer's sabbatical request, a security incident at an
integration partner, the autumn price list, a trade fair in Gothenburg, the office's fire drill,
a daughter's riding competition) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on a little under three in ten, a distribution list on about one in
ten); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind68_emails, load_blind68_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind68"
    emails = load_blind68_emails()
    history = load_blind68_history()
    key_prefix = "b68-"
    at_least = 100
    file_attribute = "BLIND68_EMAILS_FILE"
