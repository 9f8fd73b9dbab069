"""The thirty-fourth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from early March to the end of March (the annual report and the
auditor's sign-off, the board's March meeting and the AGM notice, spring hiring and an intern
programme, the big client's second mill planning its cutover after a failed dry run, SOC 2's
first bridge letter, the last WCF services moving to gRPC, a renewal at risk and a public-sector
tender, a burst pipe at the office, Easter approaching) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little under three in ten, a
distribution list on about one in ten); written without a filed history, and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind34_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtyFourthBlindSet(MeasuredOnlySetTests):
    name = "blind34"
    emails = load_blind34_emails()
    key_prefix = "b34-"
    at_least = 100
    file_attribute = "BLIND34_EMAILS_FILE"
