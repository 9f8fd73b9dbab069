"""Structural rules: core/ is grouped by domain and never reaches for a front end; SQL lives only
in the store; the emulators in sandbox/ stand apart from the tests and the product they emulate the
world for."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = sorted((ROOT / "core").rglob("*.py"))
SANDBOX = sorted((ROOT / "sandbox").rglob("*.py"))
BENCH = sorted((ROOT / "bench").rglob("*.py"))
# What the emulators may take from the product: plain names both sides agree on (the triage
# vocabulary, the Slack identifiers the app registers), never its logic or its tables.
SHARED_VOCABULARY = {"core.vocabulary", "bot.slack.ids"}
# Installed for development only; sandbox/ ships in the wheel, so it must import without them.
TEST_ONLY_PACKAGES = ("tests", "pytest", "_pytest", "trustme")


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


# core/ is grouped by domain (see the README's Architecture): a new module joins one of these
# packages, or is shared by several of them and stays at the top beside the few listed here.
CORE_PACKAGES = {
    "assistant",
    "calendars",
    "config",
    "followup",
    "google",
    "microsoft",
    "store",
    "tasks",
    "todoist",
    "triage",
}
CORE_TOP_MODULES = {
    "__init__.py",
    "admin.py",
    "api.py",
    "categories.py",
    "doctor.py",
    "errors.py",
    "files.py",
    "jobs.py",
    "json_http.py",
    "runtime.py",
    "status.py",
    "untrusted_text.py",
    "vocabulary.py",
}


def test_core_is_grouped_by_domain():
    top = ROOT / "core"
    packages = {p.name for p in top.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.name for p in top.glob("*.py")}
    assert (packages, modules) == (CORE_PACKAGES, CORE_TOP_MODULES)


def test_domain_packages_re_export_nothing_heavy():
    """A package __init__ that imports its service would load half of core with one module."""
    for name in ("assistant", "config", "followup", "google", "microsoft", "todoist", "triage"):
        assert imported_modules(ROOT / "core" / name / "__init__.py") <= {"__future__"}


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


def _top_level(module: str) -> str:
    return module.split(".")[0]


def test_bench_and_sandbox_never_import_tests():
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if _top_level(m) == "tests"
        )
        for path in SANDBOX + BENCH
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_sandbox_takes_only_shared_vocabulary_from_the_product():
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m
            for m in imported_modules(path)
            if _top_level(m) in {"core", "bot"} and m not in SHARED_VOCABULARY
        )
        for path in SANDBOX
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_every_sandbox_module_imports_without_test_only_packages():
    modules = [
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in SANDBOX
        if path.name != "__main__.py"
    ]
    script = f"""
import importlib, importlib.abc, sys

class RefuseTestOnly(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {TEST_ONLY_PACKAGES!r}:
            raise ImportError(f"sandbox imported the test-only package {{name}}")
        return None

sys.meta_path.insert(0, RefuseTestOnly())
for module in {modules!r}:
    importlib.import_module(module)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


PRODUCT = sorted((ROOT / "bot").rglob("*.py")) + CORE
# Cycles that stay until a larger redesign breaks them, each with the reason (empty: none).
KNOWN_CYCLES: list[list[str]] = []


def _module_name(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(path: Path, root: Path, known: set[str]) -> set[str]:
    """The product modules `path` imports when it runs: at the top or inside a function.

    Imports under `if TYPE_CHECKING:` are left out (they never run); `from package import name`
    counts the submodule `package.name` when that is a module, else `package`, and every import
    counts the packages above it, whose __init__ runs first.
    """
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    pending: list[ast.AST] = [ast.parse(path.read_text())]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            pending.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            submodules = {f"{base}.{alias.name}" for alias in node.names} & known
            found.update(submodules)
            if len(submodules) < len(node.names):
                found.add(base)
        pending.extend(ast.iter_child_nodes(node))
    # Importing `a.b.c` runs the packages `a` and `a.b` first, and their __init__ imports too,
    # unless they hold this module (then they are already importing).
    parents = {
        name.rsplit(".", depth)[0] for name in found for depth in range(1, name.count(".") + 1)
    }
    own = {module.rsplit(".", depth)[0] for depth in range(module.count(".") + 1)}
    return {name for name in found | (parents - own) if name in known and name != module}


def import_cycles(paths: list[Path], root: Path = ROOT) -> list[list[str]]:
    """Every group of modules that import one another in a circle (Tarjan's strongly connected
    components of the import graph), each sorted, largest first."""
    known = {_module_name(path, root) for path in paths}
    graph = {_module_name(path, root): _runtime_imports(path, root, known) for path in paths}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for target in graph[module]:
            if target not in order:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], order[target])
        if low[module] == order[module]:
            component = [stack.pop()]
            while component[-1] != module:
                component.append(stack.pop())
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return sorted(cycles, key=lambda c: (-len(c), c))


def test_no_import_cycles_in_the_product():
    assert import_cycles(PRODUCT) == KNOWN_CYCLES


def test_the_cycle_finder_sees_an_import_inside_a_function(tmp_path):
    package = tmp_path / "bot"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from bot import b\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from bot import c\n"
        "def later():\n    from bot.a import x\n"
    )
    (package / "c.py").write_text("import bot.b\n")
    assert import_cycles(sorted(package.glob("*.py")), tmp_path) == [["bot.a", "bot.b"]]


def test_each_listener_module_holds_its_own_handler():
    """STYLE rule 3: one module per handler, holding its logic; no module that only re-binds a
    handler built elsewhere."""
    listeners = ROOT / "bot" / "slack" / "listeners"
    shims = [
        str(path.relative_to(listeners))
        for path in sorted(listeners.glob("*/*.py"))
        if path.name != "__init__.py"
        and not any(
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            for node in ast.parse(path.read_text()).body
        )
    ]
    assert shims == []


# The front ends see core through one door: the facade, the exception tree, and modules of plain
# values (the triage vocabulary, text-safety functions). Anything else would let a listener reach
# the store or a Graph client and grow domain logic in bot/.
FRONT_END_MAY_IMPORT = {"core.api", "core.errors", "core.vocabulary", "core.untrusted_text"}


def test_front_ends_use_only_the_facade():
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m
            for m in imported_modules(path)
            if _top_level(m) == "core" and m not in FRONT_END_MAY_IMPORT
        )
        for path in sorted((ROOT / "bot").rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_facade_test_would_catch_a_deep_import(tmp_path: Path):
    module = tmp_path / "listener.py"
    module.write_text("from core.store import Store\nfrom core.api import Assistant\n")
    deep = {m for m in imported_modules(module) if m not in FRONT_END_MAY_IMPORT}
    assert deep == {"core.store"}


def test_the_cycle_finder_sees_the_package_an_import_runs_first(tmp_path):
    # `from bot.store.records import x` runs bot/store/__init__.py, which imports bot.triage back.
    for package in ("bot", "bot/store"):
        (tmp_path / package).mkdir()
    (tmp_path / "bot" / "__init__.py").write_text("")
    (tmp_path / "bot" / "triage.py").write_text("from bot.store.records import x\n")
    (tmp_path / "bot" / "store" / "__init__.py").write_text("from bot.store.queries import y\n")
    (tmp_path / "bot" / "store" / "queries.py").write_text("from bot.triage import z\n")
    (tmp_path / "bot" / "store" / "records.py").write_text("x = 1\n")
    assert import_cycles(sorted(tmp_path.rglob("*.py")), tmp_path) == [
        ["bot.store", "bot.store.queries", "bot.triage"]
    ]
