"""`doctor` and `demo` with Todoist as the task backend, against the Todoist emulator."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import messages
from bot.terminal.cli import EXIT_FAILED, EXIT_OK, build_parser, run_command
from core.triage.failures import Failure, FailureKind
from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator
from tests.bot.terminal.test_cli import config, run, terminal
from tests.sandbox.todoist_fixtures import todoist

__all__ = ["config", "todoist"]


def on_todoist(config: Path, base_url: str) -> None:
    config.write_text(
        config.read_text() + f'  task_backend: todoist\n  todoist:\n    base_url: "{base_url}"\n'
    )


def said(out: str) -> str:
    return " ".join(out.split())


async def test_doctor_checks_the_todoist_token_and_project_without_creating_it(
    config, todoist: TodoistEmulator, monkeypatch
):
    monkeypatch.setenv("TODOIST_API_TOKEN", DEFAULT_TOKEN)
    on_todoist(config, todoist.base_url)

    _, out = await run(config, "doctor")

    assert (
        "todoist: token accepted; the project 'AI Assistant' does not exist yet: the first "
        "approval creates it (new approvals create their tasks here)" in said(out)
    )
    assert todoist.count("POST") == 0, "the doctor creates nothing"
    todoist.add_project("AI Assistant")
    _, out = await run(config, "doctor")
    assert "todoist: token accepted; project 'AI Assistant' found" in said(out)


async def test_doctor_says_to_renew_a_refused_todoist_token(config, todoist, monkeypatch):
    monkeypatch.setenv("TODOIST_API_TOKEN", "revoked-token")
    on_todoist(config, todoist.base_url)

    status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    text = said(out)
    assert "todoist: Todoist refused TODOIST_API_TOKEN" in text
    assert "fix: Copy the API token from Todoist (Settings > Integrations > Developer)" in text


@pytest.mark.parametrize("reachable", [True, False])
async def test_doctor_names_a_missing_token_or_an_unreachable_todoist(
    config, todoist, monkeypatch, reachable
):
    if reachable:
        monkeypatch.delenv("TODOIST_API_TOKEN", raising=False)
        on_todoist(config, todoist.base_url)
    else:
        monkeypatch.setenv("TODOIST_API_TOKEN", DEFAULT_TOKEN)
        on_todoist(config, "http://127.0.0.1:9/api/v1")

    status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    text = said(out)
    if reachable:
        assert "todoist: integrations.todoist.enabled: Todoist needs the TODOIST_API_TOKEN" in text
        assert "fix: Copy the API token from Todoist" in text
    else:
        assert "todoist: cannot reach Todoist (no answer)" in text
        assert "Error" not in text.split("todoist:")[1]
        assert "fix: Check the network and integrations.todoist.base_url" in text


async def test_the_demo_can_put_its_tasks_in_todoist_and_says_where_they_went(
    tmp_path, monkeypatch
):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("TODOIST_API_TOKEN", raising=False)
    term, out = terminal(None)
    argv = ["demo", "--auto-approve", "--task-backend", "todoist", "--data-dir", str(tmp_path)]

    assert await run_command(build_parser().parse_args(argv), term) == EXIT_OK

    text = said(out.getvalue())
    assert "Tasks: Todoist, in the Todoist emulator at http://127.0.0.1:" in text
    assert "Approved 18" in text
    went = text[text.index("Where the tasks went") :]
    count = int(re.search(r"(\d+) tasks in the Todoist project", went).group(1))  # type: ignore[union-attr]
    assert (
        count > 5
        and f"{count} tasks in the Todoist project 'AI Assistant'; 0 tasks in To Do" in went
    )
    assert "@needs-reply" in went and " due 20" in went
    assert "Todoist requests in total:" in text


def test_todoist_failures_tell_the_owner_what_to_do() -> None:
    refused = messages.failure_text(Failure(FailureKind.TODOIST_TOKEN_REFUSED, status=401))
    assert refused.startswith("Todoist refused the API token: renew TODOIST_API_TOKEN")
    throttled = Failure(FailureKind.TODOIST_THROTTLED, retryable=True, retry_after_s=7)
    assert messages.failure_text(throttled) == "Todoist is rate limiting us; retry in 7 s"
    gone = Failure(FailureKind.TODOIST_UNAVAILABLE, retryable=True, during_dismiss=True)
    assert "Todoist could not be reached" in messages.failure_text(gone)
