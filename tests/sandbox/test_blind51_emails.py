"""The fifty-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; back from the summer holidays, from 13 to 31 August (the H1 report and a forecast cut,
the big client's fifth site in hypercare and its first invoice dispute, the SOC 2 observation
period ending, a key customer bought by a competitor's owner, a ransomware attack at the payroll
provider, two new developers starting and a team lead's parental leave, the 2041 budget process
and price list, a daughter starting school, the crayfish party) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in nine); written without a filed history, and only ever measured
on. Like the sets written with one, it shares no subject or body with any filed history.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

import re

from sandbox import labelled_sets
from sandbox.labelled_sets import filed_history, load_blind51_emails
from sandbox.sample_mailbox import SAMPLE_HISTORY
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, topic


def _subject(subject: str) -> str:
    return re.sub(r"^((re|fw|fwd|aw|sv)\s*:\s*)+", "", subject.strip(), flags=re.I).casefold()


def _body(body: str) -> str:
    return " ".join(body.split()).casefold()


class TestFiftyFirstBlindSet(MeasuredOnlySetTests):
    name = "blind51"
    emails = load_blind51_emails()
    key_prefix = "b51-"
    at_least = 100
    file_attribute = "BLIND51_EMAILS_FILE"

    def test_it_shares_no_subject_or_body_with_any_filed_history(self) -> None:
        histories = [
            *SAMPLE_HISTORY,
            *(e for n in labelled_sets.SINGLE_SETS for e in filed_history(n)),
        ]

        assert {topic(e) for e in self.emails} & {_subject(e.subject) for e in histories} == set()
        assert {_body(e.body) for e in self.emails} & {_body(e.body) for e in histories} == set()
