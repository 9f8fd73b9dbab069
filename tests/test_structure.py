"""Structural rules: core/ never reaches for a front end; SQL lives only in the store."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = sorted((ROOT / "core").rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_a_front_end():
    offenders = {
        path.name: sorted(
            m
            for m in imported_modules(path)
            if m.split(".")[0] in {"bot", "slack_bolt", "slack_sdk", "rich"}
        )
        for path in CORE
    }
    assert not {k: v for k, v in offenders.items() if v}


def _is_store(path: Path) -> bool:
    relative = path.relative_to(ROOT / "core")
    return relative.parts[0] == "store"


def test_only_the_store_touches_sqlite():
    offenders = [
        path.name
        for path in CORE
        if not _is_store(path)
        and {"aiosqlite", "sqlite3"} & {m.split(".")[0] for m in imported_modules(path)}
    ]
    assert offenders == []


def test_secrets_and_state_are_ignored_by_git():
    ignored = subprocess.run(
        ["git", "check-ignore", "config.yaml", "data/assistant.db", "data/token_cache.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert ignored == ["config.yaml", "data/assistant.db", "data/token_cache.json"]
