"""The CLI end to end against the emulator: bootstrap and cleanup, migrate-ids, doctor, demo."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from bot import messages
from bot.terminal.cli import EXIT_CONFIG, EXIT_FAILED, EXIT_OK, build_parser, run_command
from bot.terminal.screen import Terminal
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.labelled_sets import SINGLE_SETS, UNSEEN_SETS, labelled_set
from sandbox.slack_emulator import APP_TOKEN, BOT_TOKEN, OWNER_ID

CONFIG = """\
auth:
  client_id: "00000000-0000-0000-0000-000000000000"
graph:
  base_url: "{base_url}"
storage:
  path: "{db}"
projects:
  - name: Tradecore Steel Implementation
    folder: Projects/Tradecore Steel
areas:
  - name: Sales & Prospects
    folder: Areas/Sales
integrations:
  todo:
    enabled: true
"""


def terminal(answers: list[str] | None = None) -> tuple[Terminal, io.StringIO]:
    out = io.StringIO()
    return Terminal(Console(file=out, width=200, highlight=False), answers=answers), out


@pytest.fixture
def config(tmp_path: Path, emulator, monkeypatch) -> Path:
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", "cli-test-token")
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.format(base_url=emulator.base_url, db=tmp_path / "a.db"))
    return path


async def run(config: Path, *argv: str, answers: list[str] | None = None) -> tuple[int, str]:
    term, out = terminal(answers)
    args = build_parser().parse_args(["--config", str(config), *argv])
    return await run_command(args, term), out.getvalue()


def names(emulator) -> set[str]:
    return {c["displayName"] for c in emulator.categories}


@pytest.mark.parametrize(
    ("answers", "expect_deleted"),
    [
        (["y"], {"Old Project X", "Personal"}),
        (["n"], set()),
        ([""], set()),
        (["s", "y", "n"], {"Old Project X"}),
    ],
)
async def test_bootstrap_deletes_exactly_the_orphans_the_owner_confirms(
    config, emulator, answers, expect_deleted
):
    emulator.add_category("Old Project X", "preset3")
    emulator.add_category("Personal", "preset4")

    status, out = await run(config, "bootstrap", answers=answers)

    assert status == EXIT_OK
    assert "Found 2 categories not managed by the assistant" in out
    assert {"Old Project X", "Personal"} - names(emulator) == expect_deleted
    assert {"P1 - Urgent Important", "Sales & Prospects"} <= names(emulator)


async def test_bootstrap_without_a_terminal_lists_orphans_and_deletes_nothing(config, emulator):
    emulator.add_category("Personal", "preset4")
    term, out = terminal(None)
    args = build_parser().parse_args(["--config", str(config), "bootstrap"])

    assert await run_command(args, term) == EXIT_OK

    assert "Personal" in names(emulator)
    assert "Nothing deleted" in out.getvalue()


async def test_a_malformed_config_names_the_key_and_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("areas:\n  - name: Sales\n")

    status, out = await run(path, "bootstrap")

    assert status == EXIT_CONFIG
    assert "areas[0].folder" in out and "config.yaml:2" in out


async def test_migrate_ids_reports_and_is_idempotent(config, emulator):
    status, out = await run(config, "migrate-ids")
    assert status == EXIT_OK and "Migrated 0 emails" in out

    status, out = await run(config, "migrate-ids")
    assert status == EXIT_OK and "already migrated" in out


async def test_doctor_passes_on_a_healthy_mailbox_after_bootstrap(
    config, emulator, fake_slack, monkeypatch
):
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    config.write_text(
        config.read_text()
        + f'slack:\n  owner_user_ids: ["{OWNER_ID}"]\n  api_base_url: "{fake_slack.base_url}"\n'
    )
    await run(config, "bootstrap", answers=["n"])

    status, out = await run(config, "doctor")

    assert status == EXIT_OK, out
    assert "graph: reachable" in out
    assert "slack: tokens accepted (socket mode" in out
    assert f"slack owners: members of the workspace: Maya Lindqvist ({OWNER_ID})" in out
    assert "claude: no ANTHROPIC_API_KEY: the offline heuristic classifies" in out


@pytest.mark.parametrize(
    ("owner", "said", "fix"),
    [
        ("U012AB3CD", "U012AB3CD is the example ID from config.yaml.example", "Copy member ID"),
        ("U0NOBODY01", "U0NOBODY01: Slack knows no member with this ID", "Copy member ID"),
        ("U07BOT00001", "U07BOT00001 is a bot, so nobody can act as the owner", "Copy member ID"),
        ("U07GONE0001", "U07GONE0001 is deactivated", "Copy member ID"),
    ],
)
async def test_doctor_fails_on_an_owner_id_slack_does_not_know(
    config, emulator, fake_slack, monkeypatch, owner, said, fix
):
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    fake_slack.add_user("U07GONE0001", "gone")
    fake_slack.users["U07GONE0001"]["deleted"] = True
    config.write_text(
        config.read_text()
        + f'slack:\n  owner_user_ids: ["{OWNER_ID}", "{owner}"]\n'
        + f'  api_base_url: "{fake_slack.base_url}"\n'
    )
    await run(config, "bootstrap", answers=["n"])

    status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    assert "slack: tokens accepted" in out
    assert f"slack owners: {said}" in out and fix in out


def test_the_example_owner_id_doctor_refuses_is_the_one_the_example_ships():
    example = (Path(__file__).resolve().parents[3] / "config.yaml.example").read_text()
    assert f'owner_user_ids: ["{messages.EXAMPLE_OWNER_ID}"]' in example


async def test_doctor_says_when_the_bot_may_not_look_owners_up(
    config, emulator, fake_slack, monkeypatch
):
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    fake_slack.fail("users.info", "missing_scope")
    config.write_text(
        config.read_text()
        + f'slack:\n  owner_user_ids: ["{OWNER_ID}"]\n  api_base_url: "{fake_slack.base_url}"\n'
    )

    status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    assert "the bot lacks the users:read scope" in out and "manifests/slack.json" in out


async def test_doctor_names_the_missing_slack_token_and_a_bad_claude_key(config, monkeypatch):
    from sandbox.anthropic_emulator import AnthropicEmulator

    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-wrong")
    claude = AnthropicEmulator(api_keys={"sk-right"})
    async with claude.serve() as claude_url:
        config.write_text(config.read_text() + f'classifier:\n  base_url: "{claude_url}"\n')

        status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    assert "slack: SLACK_BOT_TOKEN is not set" in out
    assert "claude: Anthropic rejected ANTHROPIC_API_KEY" in out


async def test_doctor_names_a_model_the_claude_api_does_not_know(config, monkeypatch):
    from sandbox.anthropic_emulator import AnthropicEmulator

    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-right")
    claude = AnthropicEmulator(api_keys={"sk-right"})
    async with claude.serve() as claude_url:
        config.write_text(
            config.read_text()
            + f'classifier:\n  base_url: "{claude_url}"\n  model: "claude-haiku-9-9"\n'
        )

        status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    assert "claude: model 'claude-haiku-9-9' is not available to this key" in out
    assert "Set classifier.model to a model your account can use." in " ".join(out.split())


async def test_doctor_says_how_to_fix_what_is_wrong(config, emulator):
    emulator.todo_availability = "forbidden"

    status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    assert "to do:" in out and "fix:" in out
    assert "categories:" in out and "outlook-assistant bootstrap" in out


async def test_demo_runs_unattended_with_auto_approve(tmp_path, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    term, out = terminal(None)
    args = build_parser().parse_args(["demo", "--auto-approve", "--data-dir", str(tmp_path)])

    assert await run_command(args, term) == EXIT_OK

    text = " ".join(out.getvalue().split())
    assert "Approved 18" in text
    assert "1 inherited from its thread without a model call" in text
    assert "Graph requests made" in text


async def test_triage_once_classifies_new_mail_and_prints_cards(config, emulator, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    emulator.add_message(
        subject="Tradecore: can you confirm the go-live date?",
        sender_name="Jonas Berg",
        sender_address="jonas@tradecore.example",
        body="Can you confirm the go-live date by Friday?",
    )

    status, out = await run(config, "triage", "--once")

    assert status == EXIT_OK
    assert "Triage pass: 1 new email, 1 classified (1 heuristic)" in out
    assert "Tradecore: can you confirm the go-live date?" in out
    assert "Why:" in out
    assert not [r for r in emulator.requests if r.path.endswith("/move")]  # nothing acted on


async def test_eval_measures_the_heuristic_on_the_golden_set(tmp_path, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)

    status, out = await run(tmp_path / "absent.yaml", "eval", "--limit", "5")

    assert status == EXIT_OK
    assert "Classifier: heuristic    Emails: 5" in out
    assert "Folder" in out and "Action type" in out


async def test_eval_measures_claude_when_a_key_is_set(tmp_path, monkeypatch):
    claude = AnthropicEmulator()  # answers every email with its default classification
    async with claude.serve() as claude_url:
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-eval-test")
        monkeypatch.setenv("ANTHROPIC_BASE_URL", claude_url)
        status, out = await run(tmp_path / "absent.yaml", "eval", "--limit", "3")

    assert status == EXIT_OK
    assert len(claude.requests) == 3
    assert "Classifier: claude:claude-haiku-5-5    Emails: 3" in out
    assert "Tokens: " in out and "Errors: 0" in out
    assert "offline heuristic" not in out


async def test_eval_with_learned_compares_the_newer_half_without_and_with_corrections(
    tmp_path, monkeypatch
):
    claude = AnthropicEmulator()  # follows an example from the sender, as a live model would
    async with claude.serve() as claude_url:
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-eval-test")
        monkeypatch.setenv("ANTHROPIC_BASE_URL", claude_url)
        status, out = await run(tmp_path / "absent.yaml", "eval", "--with-learned")

    assert status == EXIT_OK
    assert len(claude.requests) == 34 + 35 + 35  # the older half once, the newer half twice
    assert "The classifier's misses on the older 34 emails become" in out
    assert "measured on the newer 35 emails only" in out
    assert "With learned examples" in out
    [folder] = [line for line in out.splitlines() if line.startswith("Folder ") and "->" in line]
    before, after = (float(p.split("%")[0]) for p in folder.split()[1:4:2])
    assert after > before, folder
    # Only the older half's labels were shown: no newer email's subject is in any example block.
    from core.triage.evaluation_learned import split_by_time
    from core.triage.examples import excerpt
    from sandbox.sample_mailbox import SAMPLE_EMAILS

    newer = split_by_time(SAMPLE_EMAILS)[1]
    blocks = " ".join(b["text"] for body in claude.message_bodies() for b in body["system"][1:])
    shown = [s.key for s in newer if json.dumps(excerpt(s.body), ensure_ascii=False) in blocks]
    assert blocks and not shown


async def test_eval_with_learned_runs_offline_too(tmp_path, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)

    status, out = await run(tmp_path / "absent.yaml", "eval", "--with-learned", "--limit", "20")

    assert status == EXIT_OK
    assert "Classifier: heuristic    Emails: 10" in out and "With learned examples" in out


@pytest.mark.parametrize(
    ("chosen", "name"),
    [
        (["--set", "heldout"], "heldout"),
        (["--set", "blind"], "blind"),
        (["--set", "blind2"], "blind2"),
        (["--set", "unseen", "--limit", "30"], "unseen"),
        # Several sets together are long to classify; their first emails show they are assembled.
        (["--set", "all", "--limit", "30"], "all"),
        ([], "golden"),
    ],
)
async def test_eval_measures_the_chosen_set(tmp_path, monkeypatch, chosen, name):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    measured = len(labelled_set(name)[:30] if "--limit" in chosen else labelled_set(name))

    status, out = await run(tmp_path / "absent.yaml", "eval", *chosen)

    assert status == EXIT_OK
    assert f"Classifier: heuristic    Emails: {measured}" in out
    assert messages.eval_set_line(name, measured, UNSEEN_SETS, len(SINGLE_SETS)) in out
    assert "Calibration: emails and accuracy per confidence band" in out
    assert "No suggestion reached confidence >= 0.85." in out or "at confidence >= 0.85" in out


def test_eval_names_each_set_by_its_role_now():
    unseen = ("blind31", "blind32")

    def line(name: str) -> str:
        return messages.eval_set_line(name, 2, unseen, 34)

    assert line("unseen") == "Measuring on the sets never tuned on (blind31, blind32): 2 emails."
    assert line("all") == "Measuring on all 34 labelled sets together: 2 emails."
    assert line("blind31") == "Measuring on blind31 (never tuned on): 2 emails."
    assert line("blind5") == "Measuring on blind5 (a development set): 2 emails."
    assert line("golden") == "Measuring on the golden set (the demo mailbox): 2 emails."


def test_eval_help_names_the_sets_never_tuned_on(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["eval", "--help"])

    shown = " ".join(capsys.readouterr().out.split())
    assert f"unseen (the sets never tuned on: {' and '.join(UNSEEN_SETS)} now)" in shown
    assert f"heldout, blind, blind2 to {SINGLE_SETS[-len(UNSEEN_SETS) - 1]}," in shown


def test_eval_refuses_an_unknown_set(capsys):
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["eval", "--set", "training"])

    assert exited.value.code == 2
    assert "argument --set: invalid choice: 'training'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("limit", "reason"), [("0", "must be at least 1, got 0"), ("-3", "must be at least 1, got -3")]
)
def test_eval_refuses_a_limit_below_one(limit, reason, capsys):
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["eval", "--limit", limit])

    assert exited.value.code == 2
    assert f"argument --limit: {reason}" in capsys.readouterr().err


async def test_doctor_stops_at_an_invalid_config(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("graph:\n  base_uri: https://graph.microsoft.com/v1.0\n")

    status, out = await run(path, "doctor")

    assert status == EXIT_FAILED
    assert "graph.base_uri: unknown key (config.yaml:2)" in out
    assert "fix: Edit" in out and "sign-in" not in out


async def test_doctor_explains_a_missing_client_id(tmp_path, monkeypatch):
    monkeypatch.delenv("GRAPH_ACCESS_TOKEN", raising=False)
    path = tmp_path / "config.yaml"
    path.write_text(f'storage:\n  path: "{tmp_path / "d.db"}"\n')

    status, out = await run(path, "doctor")

    assert status == EXIT_FAILED
    assert "auth.client_id is not set" in out and "Entra" in out


async def test_doctor_asks_for_a_new_sign_in_when_graph_rejects_the_token(config, emulator):
    emulator.valid_tokens = {"some-other-token"}

    status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    assert "graph:" in out and "login --force" in out


async def test_doctor_points_at_the_base_url_when_graph_is_unreachable(config, tmp_path):
    text = config.read_text()
    base = text.split('base_url: "')[1].split('"')[0]
    # No retries: connection-refused backoff would only slow the test down.
    config.write_text(
        text.replace(base, "http://127.0.0.1:9/v1.0").replace("graph:", "graph:\n  max_retries: 0")
    )

    status, out = await run(config, "doctor")

    assert status == EXIT_FAILED
    assert "graph.base_url" in out and "127.0.0.1:9" in out
    assert "graph: cannot reach Microsoft Graph (no answer)" in out
    assert "ClientConnectorError" not in out and "Connect call failed" not in out


async def test_doctor_reports_a_sync_position_saved_for_another_graph_host(config, emulator):
    from core.store import Store
    from core.vocabulary import STATE_INBOX_DELTA_LINK

    status, out = await run(config, "triage", "--once")
    assert status == EXIT_OK, out
    status, out = await run(config, "doctor")
    assert "inbox sync: last synced" in out
    store = await Store.open(config.parent / "a.db")
    try:
        await store.set_state(
            STATE_INBOX_DELTA_LINK,
            "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=x",
        )
    finally:
        await store.close()

    status, out = await run(config, "doctor")

    line = next(line for line in out.splitlines() if "inbox sync:" in line)
    assert line.startswith("!"), "a warning: the next pass copes by itself"
    assert "https://graph.microsoft.com, not graph.base_url" in line
    assert "fresh sync of the last 2 days" in line and "deltatoken" not in out


@pytest.mark.parametrize(
    ("zone", "user_id", "said", "warned"),
    [
        (
            "Pacific Standard Time",
            "0123456789abcdef",
            "mailbox: time zone Pacific Standard Time (America/Los_Angeles), personal Microsoft "
            "account (To Do links open to-do.live.com)",
            False,
        ),
        (
            "Europe/Stockholm",
            "5b3f6d7e-2a1c-4e8f-9b0d-7c6a5e4f3d2b",
            "mailbox: time zone Europe/Stockholm, work or school account (To Do links open "
            "to-do.office.com)",
            False,
        ),
        (
            "Atlantis Standard Time",
            "5b3f6d7e-2a1c-4e8f-9b0d-7c6a5e4f3d2b",
            "mailbox: time zone UTC, work or school account (To Do links open to-do.office.com); "
            "The mailbox time zone 'Atlantis Standard Time' is not a known Windows or IANA zone; "
            "due dates use UTC",
            True,
        ),
    ],
)
async def test_doctor_shows_the_mailbox_time_zone_and_account_kind(
    config, emulator, zone, user_id, said, warned
):
    emulator.mailbox_settings["timeZone"] = zone
    emulator.profile["id"] = user_id

    status, out = await run(config, "doctor")

    line = next(line for line in out.splitlines() if "mailbox:" in line)
    assert said in line
    assert line.startswith("!") is warned, line


async def follow_a_to_do_task(config: Path, emulator) -> str:
    """Put one approved-looking To Do task in the CLI's database; return the task id."""
    from datetime import UTC, datetime

    from core.store import EmailRecord, Store
    from core.vocabulary import STATE_TODO_LIST_ID

    list_id = emulator.add_todo_list("AI Assistant")
    task_id = str(emulator.add_task(list_id, "Reply to Jonas")["id"])
    store = await Store.open(config.parent / "a.db")
    try:
        email = EmailRecord(
            id="email-1",
            conversation_id=None,
            internet_message_id=None,
            subject="Go-live",
            sender_name="Jonas",
            sender_address="jonas@tradecore.example",
            received_at=datetime(2026, 12, 1, tzinfo=UTC),
            web_link=None,
            preview="",
        )
        await store.upsert_emails([email])
        await store.set_state(STATE_TODO_LIST_ID, list_id)
        await store.add_task_sync(
            email_id=email.id, todo_task_id=task_id, todo_list_id=list_id, task_type="reply"
        )
    finally:
        await store.close()
    emulator.change_task(list_id, task_id, status="completed")
    return list_id


async def test_tasks_sync_prints_what_changed_and_the_requests_used(config, emulator):
    status, out = await run(config, "tasks", "sync")
    assert status == EXIT_OK and "To Do: no tasks yet" in out

    await follow_a_to_do_task(config, emulator)
    status, out = await run(config, "tasks", "sync")
    assert status == EXIT_OK
    assert "To Do: 1 completed (1 request, full resync)" in out
    status, out = await run(config, "tasks", "sync")
    assert (status, out.strip()) == (EXIT_OK, "✓ To Do: nothing changed (1 request)")


async def test_tasks_sync_fails_with_the_reason_when_to_do_refuses(config, emulator):
    await follow_a_to_do_task(config, emulator)
    emulator.inject("GET", r"/tasks/delta", status=401, times=5)
    status, out = await run(config, "tasks", "sync")
    assert status == EXIT_FAILED
    assert "To Do: not synced: Microsoft 365 refused the sign-in" in out


async def test_undo_puts_the_newest_approval_back_and_says_so_once(config, emulator, monkeypatch):
    from tests.conftest import open_runtime

    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    message = emulator.add_message(
        subject="Tradecore: can you confirm the go-live date?",
        sender_name="Jonas Berg",
        sender_address="jonas@tradecore.example",
        body="Can you confirm the go-live date by Friday?",
    )
    before = (message.folder_id, list(message.categories))
    async with open_runtime(config) as runtime:
        await runtime.first_start()
        await runtime.triage.refresh()
        [view] = await runtime.triage.list_pending()
        assert (await runtime.triage.approve(view.suggestion_id, actor="owner")).task_id

    status, out = await run(config, "undo")
    assert status == EXIT_OK and f"Undone suggestion {view.suggestion_id}" in out
    undone = emulator.message(message.immutable_id)
    assert (undone.folder_id, list(undone.categories)) == before

    status, out = await run(config, "undo", str(view.suggestion_id))
    assert status == EXIT_OK and "already undone" in out
    status, out = await run(config, "undo", "999")
    assert status == EXIT_FAILED and "there is no such suggestion" in out


async def test_waiting_lists_the_open_waits_and_when_each_is_nudged(config, emulator):
    from sandbox.graph_emulator.replies import reply_from

    code, out = await run(config, "waiting")
    assert (code, out.strip()) == (EXIT_OK, messages.WAITING_NONE_OPEN)
    email = emulator.add_message(
        subject="Signed contract",
        sender_name="Dana Reyes",
        sender_address="dana@tradecore.example",
    )
    from core.api import Assistant, Secrets, load_settings

    async with await Assistant.open(load_settings(config), Secrets.from_env()) as assistant:
        await assistant.start()
        await assistant.triage()
        [view] = await assistant.pending()
        await assistant.approve(
            view.suggestion_id, actor="owner", edits={"action_type": "Waiting For"}
        )
    code, out = await run(config, "waiting")
    assert code == EXIT_OK
    assert "1 wait for a reply:" in out
    assert "Dana Reyes: Signed contract (0 hours; nudge " in out and "escalation" in out

    reply_from(emulator, email, sender_name="Dana Reyes", sender_address="dana@tradecore.example")
    await run(config, "triage", "--once")
    code, out = await run(config, "waiting")
    assert out.strip() == messages.WAITING_NONE_OPEN
