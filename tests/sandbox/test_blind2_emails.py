"""The second blind set: written fresh, from the labelling policy alone, once the golden,
held-out and blind sets were all used in tuning; only ever measured on.

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

BLIND2 = load_blind2_emails()
OTHER_SETS = {
    "golden": SAMPLE_EMAILS,
    "heldout": load_heldout_emails(),
    "blind": load_blind_emails(),
}


def test_every_label_is_in_the_sample_taxonomy_and_has_a_note():
    check.check_labels_are_the_taxonomys_with_notes(BLIND2, "b2-", at_least=60)


def test_the_mix_is_an_inboxs_not_uniform():
    check.check_the_mix_is_an_inboxs(BLIND2)


def test_it_speaks_in_many_voices():
    check.check_it_speaks_in_many_voices(BLIND2)


@pytest.mark.parametrize("other", sorted(OTHER_SETS))
def test_it_shares_no_email_or_subject_with_another_set(other):
    check.check_no_email_or_subject_is_shared(BLIND2, OTHER_SETS[other])


def test_only_replies_in_one_thread_repeat_a_subject():
    check.check_only_replies_in_one_thread_repeat_a_subject(BLIND2)


def test_eval_offers_the_second_blind_set_alone_and_last_in_all():
    assert "blind2" in labelled_sets.LABELLED_SET_NAMES
    assert labelled_set("blind2") == BLIND2
    assert labelled_set("all")[-len(BLIND2) :] == BLIND2


def test_a_broken_blind2_file_is_named_with_the_email_and_the_problem(tmp_path, monkeypatch):
    check.check_a_broken_file_is_named(
        tmp_path, monkeypatch, "blind2", "BLIND2_EMAILS_FILE", "b2-x"
    )
