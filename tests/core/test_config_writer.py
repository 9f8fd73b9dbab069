"""config.yaml writer (comments kept, atomic) and hot-reload watcher."""

from __future__ import annotations

import difflib
import logging
import os
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from core.config.settings import (
    Area,
    Project,
    Settings,
    TaxonomyEntry,
    add_taxonomy_entry,
    load_settings,
)
from core.config.watcher import ConfigWatcher
from core.config.writer import config_lock
from core.errors import ConfigError
from core.vocabulary import Priority
from tests.core.config_helpers import (
    write,
)

# --- the writer ---

ORIGINAL = """\
# My assistant config
auth:
  client_id: 'abc'      # odd spacing and single quotes stay
  scopes: [Mail.ReadWrite,   Tasks.ReadWrite]

projects:
    -   name: "Apollo"
        folder: Projects/Apollo   # trailing comment
        keywords: [moon,  rocket]
    # a commented-out project stays where it is
    # - name: Gemini

# ---- areas ----
areas:
  - name: Sales
    folder: Areas/Sales
    description: |
      Multi-line
      text

# trailing comment of the file
slack: {mode: socket}
"""


def only_inserted(before: str, after: str) -> list[str]:
    """Return the inserted lines; fail if any existing line was changed or removed."""
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    inserted: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        assert tag in ("equal", "insert"), f"{tag}: {a[i1:i2]!r} -> {b[j1:j2]!r}"
        if tag == "insert":
            inserted += b[j1:j2]
    return inserted


def test_writer_appends_an_area_and_keeps_every_other_byte(tmp_path: Path) -> None:
    path = write(tmp_path, ORIGINAL)
    path.chmod(0o640)
    area = Area(name="Client Support", folder="Areas/Client Support", keywords=("ticket",))
    add_taxonomy_entry(path, "area", area)
    after = path.read_text()
    assert only_inserted(ORIGINAL, after) == [
        '  - name: "Client Support"\n',
        '    folder: "Areas/Client Support"\n',
        '    keywords: ["ticket"]\n',
    ]
    assert after.index("Client Support") < after.index("# trailing comment of the file")
    assert load_settings(path).areas[-1] == area
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == [".config.yaml.lock", "config.yaml"]


def test_writer_follows_the_list_indentation_of_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, ORIGINAL)
    project = Project(
        name='Odd "name": #1 ${HOME} é',
        folder="Projects/Odd",
        description="two\nlines",
        senders=("@odd.example.com",),
        priority_default=Priority.P1,
    )
    add_taxonomy_entry(path, "project", project)
    inserted = only_inserted(ORIGINAL, path.read_text())
    assert inserted[0].startswith("    -   name: ")
    assert all(line.startswith("        ") for line in inserted[1:])
    assert load_settings(path).projects[-1] == project


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "log_level: INFO\n",
            'log_level: INFO\nareas:\n  - name: "Dev"\n    folder: "Areas/Dev"\n',
        ),
        ("log_level: INFO", 'log_level: INFO\nareas:\n  - name: "Dev"\n    folder: "Areas/Dev"\n'),
        ("", 'areas:\n  - name: "Dev"\n    folder: "Areas/Dev"\n'),
        (
            "areas: []  # none yet\nlog_level: INFO\n",
            'areas:  # none yet\n  - name: "Dev"\n    folder: "Areas/Dev"\nlog_level: INFO\n',
        ),
        (
            "areas:\n  # - name: Example\n\nlog_level: INFO\n",
            'areas:\n  # - name: Example\n  - name: "Dev"\n    folder: "Areas/Dev"\n'
            "\nlog_level: INFO\n",
        ),
        (
            "areas:\n- name: A\n  folder: Areas/A\n",
            'areas:\n- name: A\n  folder: Areas/A\n- name: "Dev"\n  folder: "Areas/Dev"\n',
        ),
        (
            "areas:\r\n  - name: A\r\n    folder: Areas/A\r\n",
            "areas:\r\n  - name: A\r\n    folder: Areas/A\r\n"
            '  - name: "Dev"\r\n    folder: "Areas/Dev"\r\n',
        ),
        (
            "areas:\n  -\n    name: A\n    folder: Areas/A\n",
            "areas:\n  -\n    name: A\n    folder: Areas/A\n"
            '  - name: "Dev"\n    folder: "Areas/Dev"\n',
        ),
    ],
)
def test_writer_creates_or_extends_the_list(tmp_path: Path, before: str, after: str) -> None:
    path = write(tmp_path, before)
    add_taxonomy_entry(path, "area", Area(name="Dev", folder="Areas/Dev"))
    assert path.read_bytes() == after.encode()


@pytest.mark.parametrize(
    ("kind", "entry", "reason"),
    [
        (
            "area",
            Area(name="sales", folder="Areas/Elsewhere"),
            "already has a project or area named 'Sales'",
        ),
        ("project", Project(name="APOLLO", folder="Projects/New"), "named 'Apollo'"),
        (
            "project",
            Project(name="Zeus", folder="areas/sales"),
            "'Sales' in config.yaml already uses folder",
        ),
        ("area", Area(name="Waiting for", folder="Areas/W"), "clashes with the framework category"),
        ("project", Area(name="Colourful", folder="P/C", color="preset1"), "color: unknown key"),
    ],
)
def test_writer_refuses_duplicates_and_invalid_entries(
    tmp_path: Path, kind: str, entry: TaxonomyEntry, reason: str
) -> None:
    path = write(tmp_path, ORIGINAL)
    with pytest.raises(ConfigError, match=reason):
        add_taxonomy_entry(path, kind, entry)  # type: ignore[arg-type]
    assert path.read_text() == ORIGINAL
    assert sorted(p.name for p in tmp_path.iterdir()) == [".config.yaml.lock", "config.yaml"]


def test_writer_refuses_an_invalid_file_and_a_flow_list(tmp_path: Path) -> None:
    broken = write(tmp_path, "graph:\n  base_uri: x\n")
    with pytest.raises(ConfigError, match=r"fix them before adding a project:\ngraph.base_uri"):
        add_taxonomy_entry(broken, "project", Project(name="A", folder="P/A"))
    for text, reason in [
        ("areas: [{name: A, folder: Areas/A}]\n", "flow list"),
        ("areas: [\n  {name: A, folder: Areas/A}\n]\n", "flow list"),
        ("areas: !!null\n", "write it as 'areas:' or 'areas: \\[\\]'"),
    ]:
        odd = write(tmp_path, text, "odd.yaml")
        with pytest.raises(ConfigError, match=reason):
            add_taxonomy_entry(odd, "area", Area(name="B", folder="Areas/B"))
        assert odd.read_text() == text


def test_writer_leaves_the_file_alone_when_the_replace_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, ORIGINAL)

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ConfigError, match="cannot write .*No space left on device"):
        add_taxonomy_entry(path, "area", Area(name="Dev", folder="Areas/Dev"))
    assert path.read_text() == ORIGINAL
    assert sorted(p.name for p in tmp_path.iterdir()) == [".config.yaml.lock", "config.yaml"]


# --- the watcher ---


def rewrite(path: Path, text: str, tick: list[int]) -> None:
    """Write and give the file a strictly newer mtime (filesystem clocks are coarse)."""
    path.write_text(text)
    tick[0] += 1_000_000_000
    os.utime(path, ns=(tick[0], tick[0]))


BASE = (
    "areas:\n  - {name: Sales, folder: Areas/Sales}\nprojects:\n  - {name: Apollo, folder: P/A}\n"
)


def test_watcher_reports_added_and_removed_entries_once(tmp_path: Path) -> None:
    path = write(tmp_path, BASE)
    tick = [path.stat().st_mtime_ns]
    watcher = ConfigWatcher(path, load_settings(path))
    assert watcher.check() is None

    add_taxonomy_entry(path, "area", Area(name="Dev", folder="Areas/Dev"))
    change = watcher.check()
    assert change is not None
    settings, diff = change
    assert [a.name for a in diff.added_areas] == ["Dev"]
    assert diff.removed_areas == () and diff.added_projects == diff.removed_projects == ()
    assert watcher.current is settings
    assert watcher.check() is None

    rewrite(path, BASE.replace("  - {name: Apollo, folder: P/A}\n", ""), tick)
    change = watcher.check()
    assert change is not None
    assert [p.name for p in change[1].removed_projects] == ["Apollo"]
    assert [a.name for a in change[1].removed_areas] == ["Dev"]
    assert watcher.check() is None


def test_watcher_ignores_touches_and_reports_other_setting_changes(tmp_path: Path) -> None:
    path = write(tmp_path, BASE)
    tick = [path.stat().st_mtime_ns]
    watcher = ConfigWatcher(path, load_settings(path))
    rewrite(path, BASE, tick)
    assert watcher.check() is None
    rewrite(path, "# only a comment is new\n" + BASE, tick)
    assert watcher.check() is None
    rewrite(path, BASE + "log_level: DEBUG\n", tick)
    change = watcher.check()
    assert change is not None and change[1].empty and change[0].log_level == "DEBUG"


def test_watcher_keeps_old_settings_when_the_file_turns_invalid(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, BASE)
    tick = [path.stat().st_mtime_ns]
    original = load_settings(path)
    watcher = ConfigWatcher(path, original)

    rewrite(path, BASE + "triage:\n  poll_interval_minutes: 0\n", tick)
    with caplog.at_level(logging.WARNING, logger="core.config"):
        assert watcher.check() is None
        assert watcher.check() is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "keeping the previous settings" in warnings[0].getMessage()
    assert "triage.poll_interval_minutes: must be at least 1 (got 0) (config.yaml:6)" in (
        warnings[0].getMessage()
    )
    assert watcher.current is original
    problem = watcher.take_problem()
    assert problem is not None and "poll_interval_minutes: must be at least 1" in problem
    assert watcher.take_problem() is None  # once per bad version

    rewrite(path, BASE + "areas_extra: 1\n", tick)
    with caplog.at_level(logging.WARNING, logger="core.config"):
        assert watcher.check() is None
    assert "areas_extra: unknown key (config.yaml:5)" in caplog.records[-1].getMessage()

    rewrite(path, BASE.replace("Sales", "Support"), tick)
    change = watcher.check()
    assert change is not None
    assert [a.name for a in change[1].added_areas] == ["Support"]
    assert [a.name for a in change[1].removed_areas] == ["Sales"]


def test_watcher_picks_up_a_file_created_after_it_started(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    watcher = ConfigWatcher(path, Settings())
    assert watcher.check() is None
    write(tmp_path, BASE)
    change = watcher.check()
    assert change is not None
    assert [a.name for a in change[1].added_areas] == ["Sales"]
    assert [p.name for p in change[1].added_projects] == ["Apollo"]


def test_watcher_warns_about_unreadable_and_non_utf8_files(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, BASE)
    watcher = ConfigWatcher(path, load_settings(path))
    path.unlink()
    path.mkdir()
    with caplog.at_level(logging.WARNING, logger="core.config"):
        assert watcher.check() is None
        path.rmdir()
        path.write_bytes(b"log_level: \xff\n")
        assert watcher.check() is None
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert "cannot be read" in messages[0] and "not UTF-8 (byte 0xff)" in messages[1]


def test_watcher_warns_once_when_the_file_disappears(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, BASE)
    watcher = ConfigWatcher(path, load_settings(path))
    path.unlink()
    with caplog.at_level(logging.WARNING, logger="core.config"):
        assert watcher.check() is None
        assert watcher.check() is None
    assert [r.getMessage() for r in caplog.records] == [
        f"{path} is gone; keeping the previous settings"
    ]
    write(tmp_path, BASE + "log_level: ERROR\n")
    change = watcher.check()
    assert change is not None and change[0].log_level == "ERROR"


# --- concurrent writers ---

WRITER = """\
import sys
from pathlib import Path
from core.config.settings import Area, add_taxonomy_entry
path, prefix = Path(sys.argv[1]), sys.argv[2]
for n in range(5):
    add_taxonomy_entry(path, "area", Area(name=f"{prefix} {n}", folder=f"Areas/{prefix} {n}"))
"""


def test_writers_in_other_processes_and_threads_all_land(tmp_path: Path) -> None:
    path = write(tmp_path, ORIGINAL)
    script = write(tmp_path, WRITER, "writer.py")
    root = Path(__file__).resolve().parents[2]
    others = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), prefix], cwd=root, stderr=subprocess.PIPE
        )
        for prefix in ("Alpha", "Beta")
    ]

    def add_here(n: int) -> None:
        add_taxonomy_entry(path, "area", Area(name=f"Local {n}", folder=f"Areas/Local {n}"))

    with ThreadPoolExecutor(max_workers=5) as pool:
        list(pool.map(add_here, range(5)))
    failures = [p.communicate(timeout=60)[1].decode() for p in others]
    failures = [f for p, f in zip(others, failures, strict=True) if p.returncode or f]

    assert failures == []
    names = {a.name for a in load_settings(path).areas}
    wanted = {f"{p} {n}" for p in ("Alpha", "Beta", "Local") for n in range(5)}
    assert wanted <= names
    assert path.read_text().startswith(ORIGINAL.split("# ---- areas ----")[0])


def test_a_writer_that_cannot_get_the_lock_in_time_changes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, ORIGINAL)

    with config_lock(path), pytest.raises(ConfigError) as caught:  # held as another writer would
        add_taxonomy_entry(path, "area", Area(name="Dev", folder="Areas/Dev"), lock_wait=0)

    assert "is being changed by another process" in str(caught.value)
    assert "'Dev'" in str(caught.value) and "try again" in str(caught.value)
    assert path.read_text() == ORIGINAL
    add_taxonomy_entry(path, "area", Area(name="Dev", folder="Areas/Dev"), lock_wait=0)
    assert load_settings(path).areas[-1].name == "Dev"


def test_an_editor_that_saves_over_the_new_entry_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import core.config.settings

    path = write(tmp_path, ORIGINAL)
    from core.config.writer import atomic_write as real_write

    def then_an_editor_saves_its_stale_buffer(target: Path, data: bytes) -> None:
        real_write(target, data)
        target.write_text(ORIGINAL)  # editors do not take our lock

    monkeypatch.setattr(core.config.settings, "atomic_write", then_an_editor_saves_its_stale_buffer)
    with pytest.raises(ConfigError, match="replaced by something else right after.*add it again"):
        add_taxonomy_entry(path, "area", Area(name="Dev", folder="Areas/Dev"))
