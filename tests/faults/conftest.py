"""Shared by every fault-injection module: the `faults` marker and the scoreboard.

Marker: every test collected from tests/faults/ gets `@pytest.mark.faults` here, so
`pytest -m faults` runs the suite and `-m "not faults"` skips it; modules still say
`pytestmark = pytest.mark.faults` to be explicit.

Scoreboard API (the session-scoped `scoreboard` fixture):

    async def test_storm(scoreboard):
        score = scoreboard.scenario("Graph 429 storm")  # one row per name, created on first use
        score.add(attempted=100, succeeded=100, duplicated=0, lost=0, throttled=57)
        score.extra["max in flight"] = 4                 # any extra figure, shown in the table
        score.assert_clean()                             # duplicated == 0 and lost == 0

`add` accumulates (parametrised cases can share one row); keyword arguments beyond the four
counts go to `extra`. At the end of the session pytest prints one table row per scenario. Under
pytest-xdist each worker keeps its own board and hands it to the controller when it finishes,
which merges the rows and prints the one table; those session hooks live in
tests/faults/scoreboard.py, a plugin of tests/conftest.py, so the controller loads them even when
it collects nothing itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.scoreboard import Scoreboard, board

_HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def scoreboard(pytestconfig: pytest.Config) -> Scoreboard:
    """The session's scoreboard; see the module docstring for its API."""
    return board(pytestconfig)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/faults/ with `faults`."""
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.faults)
