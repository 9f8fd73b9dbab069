"""The wording catalogue's counting helpers: a noun agrees with its number everywhere."""

from __future__ import annotations

import pytest

from bot import messages


@pytest.mark.parametrize(
    ("count", "noun", "plural", "said"),
    [
        (0, "email", None, "0 emails"),
        (1, "email", None, "1 email"),
        (2, "Graph request", None, "2 Graph requests"),
        (1, "category", "categories", "1 category"),
        (3, "category", "categories", "3 categories"),
    ],
)
def test_counted_puts_the_noun_in_the_right_number(count, noun, plural, said):
    assert messages.counted(count, noun, plural) == said


@pytest.mark.parametrize(
    ("say", "one", "many"),
    [
        (messages.approve_all_title, "Approve 1 suggestion?", "Approve 2 suggestions?"),
        (messages.approve_all, "Approve the 1 high-confidence", "Approve all 2 high-confidence"),
    ],
)
def test_counts_in_slack_wording_agree_with_their_nouns(say, one, many):
    assert (say(1), say(2)) == (one, many)
    assert messages.burst_summary(1, 1, 0, 0.85).startswith("1 new email triaged: 1 high")
    assert messages.today_summary(1, 0.0, "").startswith("1 classification,")
