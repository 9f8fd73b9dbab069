"""The hundred-and-thirty-third blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 23 July to 11 August 2045 (the depth of the Swedish summer:
the largest client's restart after its summer stop with July's lab values on the first
certificates, the fourth site's estimate split in two phases, single sign-on down for two hours on
the first workday of August, a look-alike invoice's bankgiro caught by the bank's fraud desk, the
key bank customer's risk committee, Fabrikam's Danish bank test and go/no-go, the July close and
the half-year report, a buyer asking for a date through the chair, the senior developer's
successor in a second round, skeleton crews, holiday cover and out-of-office replies, people back
in August, crayfish parties and the cottage) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind133_emails, load_blind133_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind133"
    emails = load_blind133_emails()
    history = load_blind133_history()
    key_prefix = "b133-"
    at_least = 100
    file_attribute = "BLIND133_EMAILS_FILE"
