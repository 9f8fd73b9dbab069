"""The scoreboard's hand-over between pytest-xdist workers and the controller."""

from __future__ import annotations

import pytest

from tests.faults.scoreboard import Scoreboard

pytestmark = pytest.mark.faults


def test_rows_from_two_workers_merge_into_one_table_row_per_scenario() -> None:
    first, second, controller = Scoreboard(), Scoreboard(), Scoreboard()
    first.scenario("storm").add(attempted=60, succeeded=60, throttled=12)
    second.scenario("storm").add(attempted=40, succeeded=39, lost=1, throttled=7)
    second.scenario("kill").add(attempted=5, succeeded=5, points={"after GET": 2})

    controller.merge(first.as_rows())
    controller.merge(second.as_rows())

    storm, kill = controller.rows
    assert (storm.scenario, storm.attempted, storm.succeeded, storm.lost) == ("storm", 100, 99, 1)
    assert storm.extra == {"throttled": "7"}  # an extra figure is replaced, as within one process
    assert kill.extra == {"points": "{'after GET': 2}"}
    assert [line.split()[0] for line in controller.table()[1:]] == ["storm", "kill"]
    with pytest.raises(AssertionError, match="storm: 0 duplicated and 1 lost of 100"):
        storm.assert_clean()
