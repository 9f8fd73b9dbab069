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
which merges the rows and prints the one table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.scoreboard import Scoreboard

_HERE = Path(__file__).parent


_BOARD = pytest.StashKey[Scoreboard]()


def _board(config: pytest.Config) -> Scoreboard:
    if _BOARD not in config.stash:
        config.stash[_BOARD] = Scoreboard()
    return config.stash[_BOARD]


@pytest.fixture(scope="session")
def scoreboard(pytestconfig: pytest.Config) -> Scoreboard:
    """The session's scoreboard; see the module docstring for its API."""
    return _board(pytestconfig)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/faults/ with `faults`."""
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.faults)


_WORKER_KEY = "fault_scoreboard"


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On an xdist worker, hand this worker's rows to the controller."""
    workeroutput = getattr(session.config, "workeroutput", None)
    board = session.config.stash.get(_BOARD, None)
    if workeroutput is not None and board is not None:
        workeroutput[_WORKER_KEY] = board.as_rows()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """On the xdist controller, merge a finished worker's rows into the session's board."""
    rows = getattr(node, "workeroutput", {}).get(_WORKER_KEY)
    if rows:
        _board(node.config).merge(rows)  # type: ignore[attr-defined]


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    """Print one row per fault scenario: attempted, succeeded, duplicated, lost, extra figures."""
    board = config.stash.get(_BOARD, None)
    if board is None or not board.rows:
        return
    terminalreporter.section("fault injection: attempted / succeeded / duplicated / lost")
    for line in board.table():
        terminalreporter.write_line(line)
