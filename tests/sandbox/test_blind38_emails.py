"""The thirty-eighth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 7 February to 25 February in deep winter (the 2038 accounts and
the statutory auditors' interim audit, the salary review and a pay dispute, the SOC 2 report
delivered and customers asking for it with a bridge letter, the big client's third site under
negotiation, the hosting partner's data-centre move and the outage after it, the .NET 8
migration's successor starting as a proof of concept, a price increase announced for April and
customers pushing back, the sports holiday week, a storm, a long-term sick leave, a fire drill)
of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on
a little over a quarter, a distribution list on about one in ten); written without a filed
history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind38_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtyEighthBlindSet(MeasuredOnlySetTests):
    name = "blind38"
    emails = load_blind38_emails()
    key_prefix = "b38-"
    at_least = 100
    file_attribute = "BLIND38_EMAILS_FILE"
