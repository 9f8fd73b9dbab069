"""Thirty malformed config.yaml files: each is refused with one line naming the key and the line.

Each case is checked three ways: `load_settings` raises one ConfigError of one line that names
the key path and ends in `(config.yaml:LINE)`; a command that needs the config (`triage --once`)
prints exactly that line and exits 2; and `doctor` reports the same line with how to fix it.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import NamedTuple

import pytest
from rich.console import Console

from bot.terminal.cli import EXIT_CONFIG, EXIT_FAILED, build_parser, run_command
from bot.terminal.screen import Terminal
from core.config.settings import ConfigError, load_settings
from tests.faults.scoreboard import Scoreboard

pytestmark = pytest.mark.faults

UNSET_VAR = "OA_FAULTS_NEVER_SET_CLIENT_ID"
PROJECT = "projects:\n  - name: Tradecore\n    folder: Projects/Tradecore\n"


class Case(NamedTuple):
    """A malformed file, the key and line its error must name, and words it must say."""

    text: str | bytes
    key: str
    line: int
    says: str


CASES: dict[str, Case] = {
    "text for a number": Case(
        "graph:\n  max_concurrency: four\n", "graph.max_concurrency", 2, "whole number"
    ),
    "text for a boolean": Case(
        "integrations:\n  todo:\n    enabled: maybe\n",
        "integrations.todo.enabled",
        3,
        "true or false",
    ),
    "mapping for a list": Case(
        PROJECT + "    keywords: {steel: 1}\n", "projects[0].keywords", 4, "must be a list"
    ),
    "unknown section": Case("grpah:\n  timeout_seconds: 5\n", "grpah", 1, "unknown key"),
    "unknown key": Case("triage:\n  poll_minutes: 5\n", "triage.poll_minutes", 2, "unknown key"),
    "project without folder": Case(
        "projects:\n  - name: Tradecore\n", "projects[0].folder", 2, "field required"
    ),
    "area without name": Case(
        "areas:\n  - folder: Areas/Finance\n", "areas[0].name", 2, "field required"
    ),
    "bad priority_default": Case(
        PROJECT + "    priority_default: P5\n",
        "projects[0].priority_default",
        4,
        "must be one of: P1 - Urgent Important",
    ),
    "bad action type": Case(
        "integrations:\n  todo:\n    create_for_action_types: [Needs Reply, Call Back]\n",
        "integrations.todo.create_for_action_types[1]",
        3,
        "got 'Call Back'",
    ),
    "bad area colour": Case(
        "areas:\n  - name: Finance\n    folder: Areas/Finance\n    color: red\n",
        "areas[0].color",
        4,
        "colour preset",
    ),
    "bad framework colour": Case(
        "categories:\n  framework_colors:\n    P1 - Urgent Important: preset99\n",
        'categories.framework_colors["P1 - Urgent Important"]',
        3,
        "got 'preset99'",
    ),
    "unknown framework category": Case(
        "categories:\n  framework_colors:\n    P9 - Whenever: preset1\n",
        'categories.framework_colors["P9 - Whenever"]',
        3,
        "must be one of",
    ),
    "plain http URL": Case(
        "graph:\n  base_url: http://graph.microsoft.com/v1.0\n",
        "graph.base_url",
        2,
        "https URL",
    ),
    "not a URL": Case("slack:\n  api_base_url: slack\n", "slack.api_base_url", 2, "https URL"),
    "negative number": Case(
        "triage:\n  backfill_days: -1\n", "triage.backfill_days", 2, "at least 0"
    ),
    "escalate before nudge": Case(
        "triage:\n  nudge_after_hours: 48\n  escalate_after_hours: 24\n",
        "triage.escalate_after_hours",
        3,
        "at least nudge_after_hours (48)",
    ),
    "duplicate names": Case(
        PROJECT + "  - name: tradecore\n    folder: Projects/Other\n",
        "projects[1].name",
        4,
        "duplicate name",
    ),
    "duplicate folders": Case(
        PROJECT + "areas:\n  - name: Finance\n    folder: projects/tradecore\n",
        "areas[0].folder",
        6,
        "same folder as projects[0]",
    ),
    "folder with ..": Case(
        "areas:\n  - name: Finance\n    folder: Areas/../Secret\n",
        "areas[0].folder",
        3,
        "no '.' or '..'",
    ),
    "tab indentation": Case(
        "graph:\n\tbase_url: https://graph.microsoft.com/v1.0\n",
        "graph.base_url",
        2,
        "YAML syntax error",
    ),
    "bad indentation": Case(
        "triage:\n  backfill_days: 2\n nudge_after_hours: 5\n",
        "triage.nudge_after_hours",
        3,
        "YAML syntax error",
    ),
    "unclosed quote": Case(
        'auth:\n  client_id: "abc\nstorage:\n  path: x.db\n',
        "auth.client_id",
        5,
        "quoted scalar that starts on line 2",
    ),
    "duplicate key": Case(
        "graph:\n  timeout_seconds: 5\n  timeout_seconds: 6\n",
        "graph.timeout_seconds",
        3,
        "duplicate key",
    ),
    "list for a mapping": Case(
        "graph:\n  - base_url: https://graph.microsoft.com/v1.0\n",
        "graph",
        1,
        "mapping of keys to values",
    ),
    "list at the top": Case("- auth\n- graph\n", "top level", 1, "mapping of sections"),
    "unset variable": Case(
        f"auth:\n  client_id: ${{{UNSET_VAR}}}\n",
        "auth.client_id",
        2,
        f"environment variable {UNSET_VAR} is not set",
    ),
    "reserved scope": Case(
        "auth:\n  scopes: [Mail.ReadWrite, offline_access]\n",
        "auth.scopes",
        2,
        "remove offline_access",
    ),
    "secret in the file": Case(
        "classifier:\n  api_key: sk-ant-fake\n",
        "classifier.api_key",
        2,
        "secrets are read only from environment variables",
    ),
    "not UTF-8": Case(
        b"areas:\n  - name: Caf\xe9\n    folder: Areas/Cafe\n",
        "areas[0].name",
        2,
        "not UTF-8 (byte 0xe9)",
    ),
    "NUL byte": Case(
        "graph:\n  timeout_seconds: 5\x00\n", "graph.timeout_seconds", 2, "#x0000 is not allowed"
    ),
}


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "config.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


async def cli(path: Path, *argv: str) -> tuple[int, list[str]]:
    """Run the real CLI command; return its exit status and its output lines."""
    out = io.StringIO()
    terminal = Terminal(Console(file=out, width=10_000, highlight=False))
    status = await run_command(build_parser().parse_args(["--config", str(path), *argv]), terminal)
    return status, out.getvalue().splitlines()


def test_there_are_thirty_cases() -> None:
    assert len(CASES) == 30


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
async def test_a_malformed_config_gives_one_line_naming_the_key_and_line(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scoreboard: Scoreboard
) -> None:
    monkeypatch.delenv(UNSET_VAR, raising=False)
    path = write(tmp_path, case.text)

    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    message = str(caught.value)
    triage_status, triage_out = await cli(path, "triage", "--once")
    doctor_status, doctor_out = await cli(path, "doctor")

    lines = message.splitlines()
    names_it = f"{case.key}: " in message and message.endswith(f"(config.yaml:{case.line})")
    clear = names_it and case.says in message and triage_out == [f"✗ config: {message}"]
    score = scoreboard.scenario("malformed configs")
    score.add(
        attempted=1,
        succeeded=int(clear and len(lines) == 1),
        duplicated=max(0, len(lines) - 1),
        lost=int(not clear),
    )
    assert lines == [message] and names_it, message
    assert case.says in message
    assert (triage_status, triage_out) == (EXIT_CONFIG, [f"✗ config: {message}"])
    assert doctor_status == EXIT_FAILED
    assert doctor_out[0] == f"✗ config: {message}" and doctor_out[1].strip().startswith("fix:")
    score.assert_clean()


async def test_an_empty_file_is_all_defaults_and_the_first_command_names_the_missing_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GRAPH_ACCESS_TOKEN", raising=False)
    path = write(tmp_path, "")

    settings = load_settings(path)  # documented: an empty file means every default
    status, out = await cli(path, "triage", "--once")

    assert settings.auth.client_id is None and settings.projects == ()
    assert status == EXIT_FAILED and len(out) == 1
    assert out[0].startswith("✗ auth.client_id is not set.")
