"""bench.offline_filed scores a set written with its own filed history against that history."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.offline_filed import compare, history_as_filed
from bot.terminal.evaluation import eval_settings
from sandbox.labelled_sets import load_blind8_history
from sandbox.sample_mailbox import FiledHistoryEmail


def test_a_history_email_is_read_as_graph_gives_it() -> None:
    email = FiledHistoryEmail("Areas/HR", "Ana", "Ana@Ours.Example", "Offer", "x  y\n" * 100, 20)

    filed = history_as_filed(email)

    assert (filed.folder, filed.sender_address, filed.subject) == (
        "Areas/HR",
        "ana@ours.example",
        "Offer",
    )
    assert filed.preview == ("x y " * 100)[:255]


# Runs the classifier over a whole set; the lines it runs are covered by the unit tests, and
# tracing them for coverage triples its time.
@pytest.mark.no_cover
async def test_a_set_with_a_history_gets_a_line_for_it_and_one_without_does_not() -> None:
    settings = eval_settings(Path("/nonexistent"))

    with_history = await compare("blind8", ["golden"], settings)
    without = await compare("blind2", ["golden"], settings)

    assert len(with_history) == 4 and len(without) == 3
    assert with_history[-1].startswith(f"  rules + own {len(load_blind8_history())} ")
