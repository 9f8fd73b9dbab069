"""Watching config.yaml: new settings when its content changes, and which projects and areas
came and went (hot reload)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from core.config.settings import Area, Project, Settings, TaxonomyEntry, settings_from_text
from core.config.writer import not_utf8_problem
from core.errors import ConfigError, os_reason

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaxonomyDiff:
    """Projects and areas that appeared or disappeared between two settings (by name)."""

    added_projects: tuple[Project, ...] = ()
    removed_projects: tuple[Project, ...] = ()
    added_areas: tuple[Area, ...] = ()
    removed_areas: tuple[Area, ...] = ()

    @property
    def empty(self) -> bool:
        """Return True when nothing was added or removed."""
        return not (
            self.added_projects or self.removed_projects or self.added_areas or self.removed_areas
        )


_E = TypeVar("_E", bound="TaxonomyEntry")


def _missing_from(entries: tuple[_E, ...], other: tuple[_E, ...]) -> tuple[_E, ...]:
    names = {e.name.casefold() for e in other}
    return tuple(e for e in entries if e.name.casefold() not in names)


def diff_taxonomy(old: Settings, new: Settings) -> TaxonomyDiff:
    """Compare projects and areas by name, case-insensitively."""
    return TaxonomyDiff(
        added_projects=_missing_from(new.projects, old.projects),
        removed_projects=_missing_from(old.projects, new.projects),
        added_areas=_missing_from(new.areas, old.areas),
        removed_areas=_missing_from(old.areas, new.areas),
    )


class ConfigWatcher:
    """Poll config.yaml and hand back new settings when its content changes."""

    def __init__(
        self, path: Path, current: Settings, *, environ: Mapping[str, str] | None = None
    ) -> None:
        self.path = path
        self.current = current
        self._environ = environ
        self._signature = self._stat()
        self._digest = self._read_digest()
        self._problem: str | None = None

    def _stat(self) -> tuple[int, int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        # Inode and ctime catch an atomic replace within the mtime's resolution.
        return (st.st_mtime_ns, st.st_size, st.st_ino, st.st_ctime_ns)

    def _read_digest(self) -> bytes | None:
        try:
            return hashlib.sha256(self.path.read_bytes()).digest()
        except OSError:
            return None

    def check(self) -> tuple[Settings, TaxonomyDiff] | None:
        """Return (new settings, taxonomy diff) once per real change, else None.

        An unreadable or invalid file logs a WARNING, keeps the current settings and leaves the
        reason for `take_problem`; the same bad file is not reported again, and a fixed file is
        picked up by a later check.
        """
        signature = self._stat()
        if signature == self._signature:
            return None
        self._signature = signature
        if signature is None:
            self._digest = None
            log.warning("%s is gone; keeping the previous settings", self.path)
            return None
        try:
            data = self.path.read_bytes()
        except OSError as err:
            self._reject(f"{self.path} cannot be read ({os_reason(err)})")
            return None
        digest = hashlib.sha256(data).digest()
        if digest == self._digest:
            return None
        self._digest = digest
        try:
            new = settings_from_text(data.decode("utf-8"), self.path, environ=self._environ)
        except UnicodeDecodeError as err:
            self._reject(not_utf8_problem(data, err, self.path))
            return None
        except ConfigError as err:
            self._reject(f"{self.path} is invalid:\n{err}")
            return None
        if new == self.current:
            return None
        diff = diff_taxonomy(self.current, new)
        self.current = new
        return new, diff

    def _reject(self, problem: str) -> None:
        log.warning("%s; keeping the previous settings", problem)
        self._problem = problem

    def take_problem(self) -> str | None:
        """Return why the latest changed version of the file was not loaded, once; else None."""
        problem, self._problem = self._problem, None
        return problem
