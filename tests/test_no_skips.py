"""tests/no_skips.py: a skip anywhere (test, marker, fixture, module) fails the run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBES = """\
import pytest

@pytest.fixture
def needs_a_file():
    pytest.skip("the file is missing")

def test_skips_itself():
    pytest.skip("cannot run here")

@pytest.mark.skipif(True, reason="switched off")
def test_marked():
    pass

def test_fixture_skips(needs_a_file):
    pass

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_expected_failure():
    assert False

def test_runs():
    pass
"""


def run(
    tmp_path: Path, files: dict[str, str], *, plugins: tuple[str, ...] = ("tests.no_skips",)
) -> subprocess.CompletedProcess[str]:
    """Run pytest on probe files in tmp_path with only `plugins` of this suite loaded."""
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    loaded = [arg for plugin in plugins for arg in ("-p", plugin)]
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *loaded, "-p", "no:cacheprovider"]
        + ["--rootdir", str(tmp_path), "-c", "/dev/null", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_every_kind_of_skip_fails_the_run(tmp_path):
    result = run(tmp_path, {"test_probe.py": PROBES})

    assert result.returncode == 1, result.stdout
    summary = result.stdout.strip().splitlines()[-1]
    assert "skipped" not in summary
    assert "1 passed" in summary and "1 xfailed" in summary
    assert result.stdout.count("this suite allows no skips") >= 3
    for name in ("test_skips_itself", "test_marked", "test_fixture_skips"):
        assert f"test_probe.py::{name} was skipped" in result.stdout


def test_a_module_that_skips_itself_fails_the_run(tmp_path):
    module = (
        "import pytest\npytest.importorskip('no_such_module_here')\n\ndef test_x():\n    pass\n"
    )
    result = run(tmp_path, {"test_gone.py": module})

    assert result.returncode != 0
    assert "no_such_module_here" in result.stdout and "this suite allows no skips" in result.stdout
