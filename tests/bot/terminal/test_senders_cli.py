"""`outlook-assistant senders`: the real command on a real database lists the confirmed rules
and the proposals still waiting, and says so when there are none."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from bot.terminal.cli import EXIT_OK, build_parser, run_command
from bot.terminal.screen import Terminal
from core.store import Store
from sandbox.graph_emulator import GraphEmulator

CONFIG = """\
graph:
  base_url: "{graph}"
storage:
  path: "{db}"
areas:
  - name: Finance
    folder: Areas/Finance
"""


@pytest.fixture
def config(tmp_path: Path, emulator: GraphEmulator, monkeypatch) -> Path:
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", "cli-test-token")
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.format(graph=emulator.base_url, db=tmp_path / "a.db"))
    return path


async def senders(config: Path) -> tuple[int, str]:
    out = io.StringIO()
    term = Terminal(Console(file=out, width=200, highlight=False))
    args = build_parser().parse_args(["--config", str(config), "senders"])
    return await run_command(args, term), out.getvalue()


async def test_senders_lists_rules_and_open_proposals(config: Path, tmp_path: Path) -> None:
    status, empty = await senders(config)
    assert status == EXIT_OK and "No sender rules yet" in empty

    async with await Store.open(tmp_path / "a.db") as store:
        await store.save_sender_rule("ana@steelco.example", "Areas/Finance", origin="history")
        await store.save_sender_rule("@gone.example", "Projects/Old", origin="owner")
        await store.add_sender_rule_proposal(
            kind="add",
            pattern="bo\u202e@x.example",
            folder="Areas/Finance",
            evidence="corrections",
            evidence_count=2,
        )

    status, shown = await senders(config)

    assert status == EXIT_OK
    assert "2 sender rules" in shown
    assert "ana@steelco.example → Areas/Finance (from your approvals)" in shown
    assert "@gone.example → Projects/Old (waiting: no project or area" in shown
    assert "You moved mail from bo@x.example to Areas/Finance 2 times" in shown
    assert "\u202e" not in shown
