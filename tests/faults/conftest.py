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
counts go to `extra`. At the end of the session pytest prints one table row per scenario.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

_HERE = Path(__file__).parent


@dataclass
class Score:
    """One scenario's counts: operations attempted, succeeded, duplicated and lost."""

    scenario: str
    attempted: int = 0
    succeeded: int = 0
    duplicated: int = 0
    lost: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    def add(
        self,
        *,
        attempted: int = 0,
        succeeded: int = 0,
        duplicated: int = 0,
        lost: int = 0,
        **extra: object,
    ) -> Score:
        """Add counts to this row; extra figures replace earlier ones of the same name."""
        self.attempted += attempted
        self.succeeded += succeeded
        self.duplicated += duplicated
        self.lost += lost
        self.extra.update(extra)
        return self

    def assert_clean(self) -> None:
        """Fail the test unless nothing was duplicated and nothing was lost."""
        assert (self.duplicated, self.lost) == (0, 0), (
            f"{self.scenario}: {self.duplicated} duplicated and {self.lost} lost "
            f"of {self.attempted} attempted ({self.extra})"
        )


class Scoreboard:
    """Every scenario's score in this session, in the order they were first reported."""

    def __init__(self) -> None:
        self._rows: dict[str, Score] = {}

    def scenario(self, name: str) -> Score:
        """Return the row for `name`, creating it on first use."""
        return self._rows.setdefault(name, Score(name))

    @property
    def rows(self) -> list[Score]:
        """Return the rows in report order."""
        return list(self._rows.values())

    def table(self) -> list[str]:
        """Return the summary table as lines of text."""
        header = ("scenario", "attempted", "succeeded", "duplicated", "lost", "extra")
        body = [
            (
                row.scenario,
                str(row.attempted),
                str(row.succeeded),
                str(row.duplicated),
                str(row.lost),
                ", ".join(f"{key} {value}" for key, value in row.extra.items()),
            )
            for row in self.rows
        ]
        widths = [max(len(line[i]) for line in [header, *body]) for i in range(5)]
        lines = []
        for line in [header, *body]:
            cells = [
                line[0].ljust(widths[0]),
                *(cell.rjust(width) for cell, width in zip(line[1:5], widths[1:], strict=True)),
            ]
            lines.append("  ".join([*cells, line[5]]).rstrip())
        return lines


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
