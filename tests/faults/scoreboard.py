"""The fault suite's scoreboard: each scenario's operations attempted, succeeded, duplicated and
lost, kept per process and merged across pytest-xdist workers (tests/faults/conftest.py says how
a scenario uses it).

This module is also a pytest plugin (tests/conftest.py lists it): its session hooks must load on
the xdist controller, which never collects tests/faults/ and so never reads its conftest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest


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

    def merge(self, rows: list[dict[str, object]]) -> None:
        """Add rows another process reported (`as_rows`) to this board."""
        for row in rows:
            extra = row["extra"]
            assert isinstance(extra, dict)
            self.scenario(str(row["scenario"])).add(
                attempted=int(str(row["attempted"])),
                succeeded=int(str(row["succeeded"])),
                duplicated=int(str(row["duplicated"])),
                lost=int(str(row["lost"])),
                **extra,
            )

    def as_rows(self) -> list[dict[str, object]]:
        """The rows as plain data a worker process can send (extra figures as text)."""
        return [
            {
                "scenario": row.scenario,
                "attempted": row.attempted,
                "succeeded": row.succeeded,
                "duplicated": row.duplicated,
                "lost": row.lost,
                "extra": {key: str(value) for key, value in row.extra.items()},
            }
            for row in self.rows
        ]

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


def board(config: pytest.Config) -> Scoreboard:
    """The session's scoreboard in this process, made on first use."""
    if _BOARD not in config.stash:
        config.stash[_BOARD] = Scoreboard()
    return config.stash[_BOARD]


_WORKER_KEY = "fault_scoreboard"


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On an xdist worker, hand this worker's rows to the controller."""
    workeroutput = getattr(session.config, "workeroutput", None)
    scores = session.config.stash.get(_BOARD, None)
    if workeroutput is not None and scores is not None:
        workeroutput[_WORKER_KEY] = scores.as_rows()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """On the xdist controller, merge a finished worker's rows into the session's board."""
    rows = getattr(node, "workeroutput", {}).get(_WORKER_KEY)
    if rows:
        board(node.config).merge(rows)  # type: ignore[attr-defined]


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    """Print one row per fault scenario: attempted, succeeded, duplicated, lost, extra figures."""
    scores = config.stash.get(_BOARD, None)
    if scores is None or not scores.rows:
        return
    terminalreporter.section("fault injection: attempted / succeeded / duplicated / lost")
    for line in scores.table():
        terminalreporter.write_line(line)
