"""What every measured-only labelled set must hold, shared by the blind sets' tests.

Each check asserts one guarantee for a tuple of emails; `MeasuredOnlySetTests` runs them all, so
a new set's test module is one subclass naming the set.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

from core.config.settings import load_settings
from core.vocabulary import ActionType, Priority
from sandbox import labelled_sets
from sandbox.labelled_sets import LabelledSetName, filed_history, labelled_set
from sandbox.sample_mailbox import SAMPLE_CONFIG, SAMPLE_HISTORY, FiledHistoryEmail, SampleEmail


def topic(email: SampleEmail | FiledHistoryEmail) -> str:
    """The subject without reply and forward prefixes, case folded."""
    return re.sub(r"^((re|fw|fwd|aw|sv)\s*:\s*)+", "", email.subject.strip(), flags=re.I).casefold()


def check_labels_are_the_taxonomys_with_notes(
    emails: Sequence[SampleEmail], key_prefix: str, at_least: int
) -> None:
    """Every folder, priority and action type is used; keys are unique; every label says why."""
    taxonomy = {*load_settings(SAMPLE_CONFIG).folders(), "Inbox"}

    assert len(emails) >= at_least
    assert all(e.key.startswith(key_prefix) for e in emails)
    assert len({e.key for e in emails}) == len(emails)
    assert {e.expected_folder for e in emails} == taxonomy
    assert {e.expected_priority for e in emails} == set(Priority)
    assert {e.expected_action for e in emails} == set(ActionType)
    assert [e.key for e in emails if not e.note.strip()] == []


def check_the_mix_is_an_inboxs(emails: Sequence[SampleEmail]) -> None:
    """Mostly FYI Only and P4, P1 the rarest: an inbox's mix, not a uniform one."""
    actions = Counter(e.expected_action for e in emails)
    priorities = Counter(e.expected_priority for e in emails)

    assert max(actions, key=actions.__getitem__) is ActionType.FYI_ONLY
    assert actions[ActionType.FYI_ONLY] >= 3 * min(actions.values())
    assert max(priorities, key=priorities.__getitem__) is Priority.P4
    assert priorities[Priority.P1] < min(priorities[p] for p in Priority if p is not Priority.P1)


def check_it_speaks_in_many_voices(emails: Sequence[SampleEmail]) -> None:
    """Forwards, quoted threads, one-liners, automated mail, invitations, asks for someone."""

    def count(is_one: Callable[[SampleEmail], bool]) -> int:
        return sum(1 for e in emails if is_one(e))

    assert count(lambda e: "Forwarded message" in e.body) >= 4
    assert count(lambda e: e.body.count("\n>") >= 2) >= 4
    assert count(lambda e: len(e.body) < 120) >= 6
    assert count(lambda e: "no action needed" in e.body.lower()) >= 4
    assert count(lambda e: e.headers.get("Auto-Submitted") == "auto-generated") >= 8
    assert count(lambda e: e.subject.startswith(("Invitation:", "Canceled:", "Accepted:"))) >= 6
    assert (
        count(lambda e: "can someone" in e.body.lower() or "could somebody" in e.body.lower()) >= 2
    )


_Owners = dict[str, frozenset[str]]


@dataclass(frozen=True)
class _Index:
    """Which sets and histories hold each key, body and subject: read once per test process,
    so each set's overlap checks look up its own emails instead of rereading all the others
    (a hundred sets checked pairwise took most of the sandbox tests' time)."""

    keys: _Owners
    bodies: _Owners  # as written
    topics: _Owners
    spaced_bodies: _Owners  # whitespace and case folded
    history_subjects: _Owners  # "sample" is the demo mailbox's SAMPLE_HISTORY
    history_bodies: _Owners

    def elsewhere(self, owners: _Owners, item: str, mine: str) -> frozenset[str]:
        return owners.get(item, frozenset()) - {mine}


def _owners(pairs: Iterable[tuple[str, str]]) -> _Owners:
    found: dict[str, set[str]] = {}
    for item, owner in pairs:
        found.setdefault(item, set()).add(owner)
    return {item: frozenset(owners) for item, owners in found.items()}


@functools.cache
def _index() -> _Index:
    emails = [(n, e) for n in labelled_sets.SINGLE_SETS for e in labelled_set(n)]
    filed = [("sample", e) for e in SAMPLE_HISTORY]
    filed += [(n, e) for n in labelled_sets.SINGLE_SETS for e in filed_history(n)]
    return _Index(
        keys=_owners((e.key, n) for n, e in emails),
        bodies=_owners((e.body, n) for n, e in emails),
        topics=_owners((topic(e), n) for n, e in emails),
        spaced_bodies=_owners((_body(e.body), n) for n, e in emails),
        history_subjects=_owners((_subject(e.subject), n) for n, e in filed),
        history_bodies=_owners((_body(e.body), n) for n, e in filed),
    )


def check_only_replies_in_one_thread_repeat_a_subject(emails: Sequence[SampleEmail]) -> None:
    threads_by_topic: dict[str, set[str | None]] = {}
    for email in emails:
        threads_by_topic.setdefault(topic(email), set()).add(email.thread or email.key)

    assert {t: ids for t, ids in threads_by_topic.items() if len(ids) > 1} == {}


def check_a_broken_file_is_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: LabelledSetName,
    file_attribute: str,
    key: str,
) -> None:
    """A bad label in set `name`'s file is reported with the file, the email and the problem."""
    file_name = getattr(labelled_sets, file_attribute).name
    broken = tmp_path / file_name
    broken.write_text(
        f"- {{key: {key}, subject: s, from: 'A <a@x.example>', body: x, hours_ago: 1,"
        " expected: {folder: Inbox, priority: P4 - Low, action: Maybe}}"
    )
    monkeypatch.setattr(labelled_sets, file_attribute, broken)

    with pytest.raises(ValueError) as raised:
        labelled_set(name)

    assert str(raised.value) == f"{file_name}, email 1 ({key}): 'Maybe' is not a valid ActionType"


class MeasuredOnlySetTests:
    """The tests of one measured-only set; a `Test...` subclass fills in the class variables."""

    name: ClassVar[LabelledSetName]
    emails: ClassVar[tuple[SampleEmail, ...]]
    key_prefix: ClassVar[str]
    at_least: ClassVar[int]
    file_attribute: ClassVar[str]

    def test_every_label_is_in_the_sample_taxonomy_and_has_a_note(self) -> None:
        check_labels_are_the_taxonomys_with_notes(self.emails, self.key_prefix, self.at_least)

    def test_the_mix_is_an_inboxs_not_uniform(self) -> None:
        check_the_mix_is_an_inboxs(self.emails)

    def test_it_speaks_in_many_voices(self) -> None:
        check_it_speaks_in_many_voices(self.emails)

    def test_it_shares_no_email_or_subject_with_another_set(self) -> None:
        index, mine = _index(), self.name

        assert {e.key: index.elsewhere(index.keys, e.key, mine) for e in self.emails} == {
            e.key: frozenset() for e in self.emails
        }
        assert [e.key for e in self.emails if index.elsewhere(index.bodies, e.body, mine)] == []
        shared = {t: index.elsewhere(index.topics, t, mine) for t in map(topic, self.emails)}
        assert {t: sets for t, sets in shared.items() if sets} == {}

    def test_only_replies_in_one_thread_repeat_a_subject(self) -> None:
        check_only_replies_in_one_thread_repeat_a_subject(self.emails)

    def test_eval_offers_the_set_alone_and_in_all(self) -> None:
        assert self.name in labelled_sets.LABELLED_SET_NAMES
        assert labelled_set(self.name) == self.emails
        everything = labelled_set("all")
        start = everything.index(self.emails[0])
        assert everything[start : start + len(self.emails)] == self.emails

    def test_a_broken_file_is_named_with_the_email_and_the_problem(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        check_a_broken_file_is_named(
            tmp_path, monkeypatch, self.name, self.file_attribute, f"{self.key_prefix}x"
        )


def _subject(subject: str) -> str:
    return re.sub(r"^((re|fw|fwd|aw|sv)\s*:\s*)+", "", subject.strip(), flags=re.I).casefold()


def _body(body: str) -> str:
    return " ".join(body.split()).casefold()


class WrittenWithHistoryTests:
    """The tests of a set written with its owner's filed history of the months before it (folder
    only); a `Test...` subclass that also inherits MeasuredOnlySetTests fills in `history`."""

    name: ClassVar[LabelledSetName]
    emails: ClassVar[tuple[SampleEmail, ...]]
    history: ClassVar[tuple[FiledHistoryEmail, ...]]

    def test_eval_finds_the_history_written_with_the_set(self) -> None:
        assert filed_history(self.name) == self.history

    def test_the_history_is_filed_mail_in_every_project_and_area_folder(self) -> None:
        folders = load_settings(SAMPLE_CONFIG).folders()
        per_folder = Counter(e.folder for e in self.history)

        assert len(self.history) >= 150
        assert set(per_folder) == set(folders)
        assert all(n >= 10 for n in per_folder.values()), per_folder
        assert all(14 <= e.days_ago <= 140 for e in self.history)
        assert all(e.subject and e.body and "@" in e.sender_address for e in self.history)
        assert len({_subject(e.subject) for e in self.history}) == len(self.history)

    def test_the_history_is_the_same_inbox_as_the_set(self) -> None:
        """About half of the set's senders are people the owner already filed mail from."""
        senders = {e.sender_address.casefold() for e in self.emails}
        filed = Counter(e.sender_address.casefold() for e in self.history)
        known = {s for s in senders if s in filed}

        assert len(known) >= 0.4 * len(senders)
        assert len(senders - known) >= 0.3 * len(senders)
        assert all(filed[s] >= 2 for s in known)
        # Real habits: most people write about one folder, some about several.
        folders_of = {
            s: {e.folder for e in self.history if e.sender_address.casefold() == s} for s in filed
        }
        assert sum(len(f) > 1 for f in folders_of.values()) >= 5

    def test_the_history_shares_no_subject_or_body_with_any_set_or_other_history(self) -> None:
        index, mine = _index(), self.name
        subjects = {_subject(e.subject) for e in self.history}
        bodies = {_body(e.body) for e in self.history}

        assert {s for s in subjects if s in index.topics} == set()
        assert {s for s in subjects if index.elsewhere(index.history_subjects, s, mine)} == set()
        assert {b for b in bodies if b in index.spaced_bodies} == set()
        assert {b for b in bodies if index.elsewhere(index.history_bodies, b, mine)} == set()

    def test_the_set_shares_no_subject_or_body_with_any_history(self) -> None:
        index = _index()

        assert {topic(e) for e in self.emails} & index.history_subjects.keys() == set()
        assert {_body(e.body) for e in self.emails} & index.history_bodies.keys() == set()
