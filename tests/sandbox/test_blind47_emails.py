"""The forty-seventh blind set: written fresh, from the labelling policy alone, without seeing
the classifier; early spring from early to late March (Q1 closing in on its numbers with a weak
March, the AGM held and a new board member, the SOC 2 period's last evidence round, the big
client asking for a fifth site and a framework agreement, a performance collapse at a hosted
customer after a database upgrade, an engineer's burnout and sick leave, the graduate
programme's recruiting, a competitor's price cut, a GDPR access request, the customer advisory
board, Easter and a child's class trip) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on about three in ten, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

import re

from sandbox import labelled_sets
from sandbox.labelled_sets import filed_history, load_blind47_emails, load_blind47_history
from sandbox.sample_mailbox import SAMPLE_HISTORY
from tests.sandbox.labelled_set_checks import (
    MeasuredOnlySetTests,
    WrittenWithHistoryTests,
    topic,
)


def _subject(subject: str) -> str:
    return re.sub(r"^((re|fw|fwd|aw|sv)\s*:\s*)+", "", subject.strip(), flags=re.I).casefold()


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


class TestFortySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind47"
    emails = load_blind47_emails()
    history = load_blind47_history()
    key_prefix = "b47-"
    at_least = 100
    file_attribute = "BLIND47_EMAILS_FILE"

    def test_it_shares_no_subject_or_body_with_any_filed_history(self) -> None:
        histories = [
            *SAMPLE_HISTORY,
            *(e for n in labelled_sets.SINGLE_SETS for e in filed_history(n)),
        ]
        subjects = {_subject(e.subject) for e in histories}
        bodies = {_folded(e.body) for e in histories}

        assert {topic(e) for e in self.emails} & subjects == set()
        assert {_folded(e.body) for e in self.emails} & bodies == set()
