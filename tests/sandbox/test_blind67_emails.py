"""The sixty-seventh blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 26 August to 13 September, as the autumn starts (the 2042 budget
round in earnest, the acquisition talks' due diligence requests, the largest client's ninth site
kicked off, a hosted customer's data-centre certificate expiring, a sales hire who does not work
out, a customer advisory board, a works-council question about AI tools, a pension provider
change, a son's football trials) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on a little under three in ten, a distribution list on about one in
ten); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind67_emails, load_blind67_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind67"
    emails = load_blind67_emails()
    history = load_blind67_history()
    key_prefix = "b67-"
    at_least = 100
    file_attribute = "BLIND67_EMAILS_FILE"
