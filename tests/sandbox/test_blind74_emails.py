"""The seventy-fourth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 26 January to 13 February (the annual report drafted and the AGM
date set, the SOC 2 period 2 fieldwork planned, a key customer's bankruptcy rumour turning into a
company reconstruction, an engineer's long-term sick leave, a recruiting push for two developers,
the sales kick-off, a vendor's software licence audit, Valentine's Day and the sports holiday
coming) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in
Cc on about three in ten, a distribution list on about one in ten); written without a filed
history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

import re

from sandbox import labelled_sets
from sandbox.labelled_sets import filed_history, load_blind74_emails
from sandbox.sample_mailbox import SAMPLE_HISTORY
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, topic


def _subject(subject: str) -> str:
    return re.sub(r"^((re|fw|fwd|aw|sv)\s*:\s*)+", "", subject.strip(), flags=re.I).casefold()


def _body(body: str) -> str:
    return " ".join(body.split()).casefold()


class TestSeventyFourthBlindSet(MeasuredOnlySetTests):
    name = "blind74"
    emails = load_blind74_emails()
    key_prefix = "b74-"
    at_least = 100
    file_attribute = "BLIND74_EMAILS_FILE"

    def test_it_shares_no_subject_or_body_with_any_filed_history(self) -> None:
        histories = [
            *SAMPLE_HISTORY,
            *(e for n in labelled_sets.SINGLE_SETS for e in filed_history(n)),
        ]

        assert {topic(e) for e in self.emails} & {_subject(e.subject) for e in histories} == set()
        assert {_body(e.body) for e in self.emails} & {_body(e.body) for e in histories} == set()
