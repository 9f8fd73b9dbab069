"""The blind set: labelled like the golden set, about new people and situations, kept apart.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest

from core.config.settings import load_settings
from core.vocabulary import ActionType, Priority
from sandbox import labelled_sets
from sandbox.labelled_sets import labelled_set, load_blind_emails, load_heldout_emails
from sandbox.sample_mailbox import SAMPLE_CONFIG, SAMPLE_EMAILS, SampleEmail

BLIND = load_blind_emails()
OTHER_SETS = {"golden": SAMPLE_EMAILS, "heldout": load_heldout_emails()}


def topic(email: SampleEmail) -> str:
    """The subject without reply and forward prefixes, case folded."""
    return re.sub(r"^((re|fw|fwd|aw|sv)\s*:\s*)+", "", email.subject.strip(), flags=re.I).casefold()


def test_every_label_is_in_the_sample_taxonomy_and_has_a_note():
    taxonomy = {*load_settings(SAMPLE_CONFIG).folders(), "Inbox"}

    assert len(BLIND) >= 70
    assert all(e.key.startswith("bl-") for e in BLIND)
    assert len({e.key for e in BLIND}) == len(BLIND)
    assert {e.expected_folder for e in BLIND} == taxonomy
    assert {e.expected_priority for e in BLIND} == set(Priority)
    assert {e.expected_action for e in BLIND} == set(ActionType)
    assert [e.key for e in BLIND if not e.note.strip()] == []


def test_the_mix_is_an_inboxs_not_uniform():
    actions = Counter(e.expected_action for e in BLIND)
    priorities = Counter(e.expected_priority for e in BLIND)

    assert max(actions, key=actions.__getitem__) is ActionType.FYI_ONLY
    assert actions[ActionType.FYI_ONLY] >= 3 * min(actions.values())
    assert max(priorities, key=priorities.__getitem__) is Priority.P4
    assert priorities[Priority.P1] < min(priorities[p] for p in Priority if p is not Priority.P1)


def test_it_speaks_in_many_voices():
    def count(is_one: Callable[[SampleEmail], bool]) -> int:
        return sum(1 for e in BLIND if is_one(e))

    assert count(lambda e: "Forwarded message" in e.body) >= 4
    assert count(lambda e: e.body.count("\n>") >= 2) >= 4
    assert count(lambda e: len(e.body) < 120) >= 6
    assert count(lambda e: "no action needed" in e.body.lower()) >= 4
    assert count(lambda e: e.headers.get("Auto-Submitted") == "auto-generated") >= 8
    assert count(lambda e: e.subject.startswith(("Invitation:", "Canceled:", "Accepted:"))) >= 6
    assert (
        count(lambda e: "can someone" in e.body.lower() or "could somebody" in e.body.lower()) >= 2
    )


@pytest.mark.parametrize("other", sorted(OTHER_SETS))
def test_it_shares_no_email_or_subject_with_another_set(other):
    theirs = OTHER_SETS[other]

    assert not {e.key for e in BLIND} & {e.key for e in theirs}
    assert not {e.body for e in BLIND} & {e.body for e in theirs}
    assert sorted({topic(e) for e in BLIND} & {topic(e) for e in theirs}) == []


def test_only_replies_in_one_thread_repeat_a_subject():
    threads_by_topic: dict[str, set[str | None]] = {}
    for email in BLIND:
        threads_by_topic.setdefault(topic(email), set()).add(email.thread or email.key)

    assert {t: ids for t, ids in threads_by_topic.items() if len(ids) > 1} == {}


def test_eval_offers_the_blind_set_alone_and_in_all():
    assert "blind" in labelled_sets.LABELLED_SET_NAMES
    assert labelled_set("blind") == BLIND
    assert labelled_set("all") == SAMPLE_EMAILS + OTHER_SETS["heldout"] + BLIND


def test_a_broken_blind_file_is_named_with_the_email_and_the_problem(tmp_path, monkeypatch):
    broken = tmp_path / "blind_emails.yaml"
    broken.write_text(
        "- {key: bl-x, subject: s, from: 'A <a@x.example>', body: x, hours_ago: 1,"
        " expected: {folder: Inbox, priority: P4 - Low, action: Maybe}}"
    )
    monkeypatch.setattr(labelled_sets, "BLIND_EMAILS_FILE", broken)

    with pytest.raises(ValueError) as raised:
        labelled_set("blind")

    assert (
        str(raised.value) == "blind_emails.yaml, email 1 (bl-x): 'Maybe' is not a valid ActionType"
    )
