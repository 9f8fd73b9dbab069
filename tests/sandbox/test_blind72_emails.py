"""The seventy-second blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 9 to 27 December, the last push before Christmas (year-end
payments and the statutory auditors' interim visit, the 2042 kick-off planned, a hosted
customer's change freeze broken, a key account's holiday-cover contacts, gifts to customers and
staff, the Christmas lunch, out-of-office replies, a burst pipe at the office, the family's
Christmas travel) of the owner's inbox in natural proportions, with real To and Cc lines (the
owner only in Cc on about three in ten, a distribution list on about one in ten); written without
a filed history, which another writer wrote after it from the policy alone (the four months
before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

import re

from sandbox import labelled_sets
from sandbox.labelled_sets import filed_history, load_blind72_emails, load_blind72_history
from sandbox.sample_mailbox import SAMPLE_HISTORY
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests, topic


def _subject(subject: str) -> str:
    return re.sub(r"^((re|fw|fwd|aw|sv)\s*:\s*)+", "", subject.strip(), flags=re.I).casefold()


def _body(body: str) -> str:
    return " ".join(body.split()).casefold()


class TestSeventySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind72"
    emails = load_blind72_emails()
    history = load_blind72_history()
    key_prefix = "b72-"
    at_least = 100
    file_attribute = "BLIND72_EMAILS_FILE"

    def test_it_shares_no_subject_or_body_with_any_filed_history(self) -> None:
        histories = [
            *SAMPLE_HISTORY,
            *(e for n in labelled_sets.SINGLE_SETS for e in filed_history(n)),
        ]

        assert {topic(e) for e in self.emails} & {_subject(e.subject) for e in histories} == set()
        assert {_body(e.body) for e in self.emails} & {_body(e.body) for e in histories} == set()
