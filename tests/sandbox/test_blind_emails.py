"""The blind set: labelled like the golden set, about new people and situations, kept apart.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

import pytest

from sandbox import labelled_sets
from sandbox.labelled_sets import (
    labelled_set,
    load_blind2_emails,
    load_blind_emails,
    load_heldout_emails,
)
from sandbox.sample_mailbox import SAMPLE_EMAILS
from tests.sandbox import labelled_set_checks as check

BLIND = load_blind_emails()
OTHER_SETS = {"golden": SAMPLE_EMAILS, "heldout": load_heldout_emails()}


def test_every_label_is_in_the_sample_taxonomy_and_has_a_note():
    check.check_labels_are_the_taxonomys_with_notes(BLIND, "bl-", at_least=70)


def test_the_mix_is_an_inboxs_not_uniform():
    check.check_the_mix_is_an_inboxs(BLIND)


def test_it_speaks_in_many_voices():
    check.check_it_speaks_in_many_voices(BLIND)


@pytest.mark.parametrize("other", sorted(OTHER_SETS))
def test_it_shares_no_email_or_subject_with_another_set(other):
    check.check_no_email_or_subject_is_shared(BLIND, OTHER_SETS[other])


def test_only_replies_in_one_thread_repeat_a_subject():
    check.check_only_replies_in_one_thread_repeat_a_subject(BLIND)


def test_eval_offers_the_blind_set_alone_and_in_all():
    assert "blind" in labelled_sets.LABELLED_SET_NAMES
    assert labelled_set("blind") == BLIND
    assert labelled_set("all") == (
        SAMPLE_EMAILS + OTHER_SETS["heldout"] + BLIND + load_blind2_emails()
    )


def test_a_broken_blind_file_is_named_with_the_email_and_the_problem(tmp_path, monkeypatch):
    check.check_a_broken_file_is_named(tmp_path, monkeypatch, "blind", "BLIND_EMAILS_FILE", "bl-x")
