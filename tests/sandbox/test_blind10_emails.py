"""The tenth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; an ordinary spring stretch (late March to April) of the owner's inbox in natural
proportions, written together with her filed history of the months before it; kept unscored
until the next change to the classifier, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

import re
from collections import Counter

from core.config.settings import load_settings
from sandbox.labelled_sets import (
    LABELLED_SET_NAMES,
    filed_history,
    labelled_set,
    load_blind8_history,
    load_blind9_history,
    load_blind10_emails,
    load_blind10_history,
)
from sandbox.sample_mailbox import SAMPLE_CONFIG, SAMPLE_HISTORY
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, topic

HISTORY = load_blind10_history()
BLIND10 = load_blind10_emails()


class TestTenthBlindSet(MeasuredOnlySetTests):
    name = "blind10"
    emails = BLIND10
    key_prefix = "b10-"
    at_least = 90
    file_attribute = "BLIND10_EMAILS_FILE"


def _subject(subject: str) -> str:
    return re.sub(r"^((re|fw|fwd|aw|sv)\s*:\s*)+", "", subject.strip(), flags=re.I).casefold()


def _body(body: str) -> str:
    return " ".join(body.split()).casefold()


def test_eval_finds_the_history_written_with_blind10() -> None:
    assert filed_history("blind10") == HISTORY
    assert filed_history("blind9") == load_blind9_history()
    assert filed_history("blind8") == load_blind8_history()


def test_the_history_is_filed_mail_in_every_project_and_area_folder() -> None:
    folders = load_settings(SAMPLE_CONFIG).folders()
    per_folder = Counter(e.folder for e in HISTORY)

    assert len(HISTORY) >= 150
    assert set(per_folder) == set(folders)
    assert all(n >= 10 for n in per_folder.values()), per_folder
    assert all(14 <= e.days_ago <= 140 for e in HISTORY)
    assert all(e.subject and e.body and "@" in e.sender_address for e in HISTORY)
    assert len({_subject(e.subject) for e in HISTORY}) == len(HISTORY)


def test_the_history_is_the_same_inbox_as_blind10() -> None:
    """About half of blind10's senders are people the owner already filed mail from."""
    senders = {e.sender_address.casefold() for e in BLIND10}
    filed = Counter(e.sender_address.casefold() for e in HISTORY)
    known = {s for s in senders if s in filed}

    assert len(known) >= 0.4 * len(senders)
    assert len(senders - known) >= 0.3 * len(senders)
    assert all(filed[s] >= 2 for s in known)
    # Real habits: most people write about one folder, some about several.
    folders_of = {s: {e.folder for e in HISTORY if e.sender_address.casefold() == s} for s in filed}
    assert sum(len(f) > 1 for f in folders_of.values()) >= 5


def test_the_history_shares_no_subject_or_body_with_any_set_or_other_history() -> None:
    others = [
        e
        for name in LABELLED_SET_NAMES
        if name not in ("unseen", "all")
        for e in labelled_set(name)
    ]
    histories = (*SAMPLE_HISTORY, *load_blind8_history(), *load_blind9_history())
    subjects = {topic(e) for e in others} | {_subject(e.subject) for e in histories}
    bodies = {_body(e.body) for e in others} | {_body(e.body) for e in histories}

    assert {_subject(e.subject) for e in HISTORY} & subjects == set()
    assert {_body(e.body) for e in HISTORY} & bodies == set()


def test_blind10_shares_no_subject_or_body_with_a_history() -> None:
    histories = (*SAMPLE_HISTORY, *load_blind8_history(), *load_blind9_history(), *HISTORY)

    assert {topic(e) for e in BLIND10} & {_subject(e.subject) for e in histories} == set()
    assert {_body(e.body) for e in BLIND10} & {_body(e.body) for e in histories} == set()
