"""A pytest plugin that turns every skip into a failure: a check that cannot run fails the run.

A schema file that is missing, an import that breaks, a `pytest.skip` or `skipif` left in a
fixture or module would otherwise let a group of checks pass silently on some clone or CI
machine. Skips are reported as failures, whether they happen while collecting a module or while
setting up or running a test. (Expected failures, `xfail`, are not skips and are left alone.)
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

NO_SKIPS = "this suite allows no skips"


def _reason(longrepr: Any) -> str:
    return str(longrepr[2] if isinstance(longrepr, tuple) else longrepr)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Generator[None, Any, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid} was skipped ({_reason(report.longrepr)}); {NO_SKIPS}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, None]:
    outcome = yield
    report: pytest.CollectReport = outcome.get_result()
    if report.skipped:
        report.outcome = "failed"
        report.longrepr = f"{collector.nodeid} was skipped ({_reason(report.longrepr)}); {NO_SKIPS}"
