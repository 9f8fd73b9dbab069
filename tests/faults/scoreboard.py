"""The fault suite's scoreboard: each scenario's operations attempted, succeeded, duplicated and
lost, kept per process and merged across pytest-xdist workers (see conftest.py for its use)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
