"""The Slack app manifests: valid against Slack's official schema, and in step with the app.

manifests/slack.json is the source of truth for the app's Slack surface (STYLE rule 4): every
command, event, action id and view callback id it implies has a listener in the real app, and the
app registers nothing that bot/slack/ids.py and the manifest do not name. "Has a listener" is
checked by behaviour (a signed request for it is not answered 404 "unhandled request"); "nothing
else" by recording what create_app registers through bolt's AsyncApp registration methods.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from jsonschema import validators
from referencing import Registry
from referencing.jsonschema import DRAFT7
from slack_bolt.app.async_app import AsyncApp

from bot import messages
from bot.slack import ids
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator import signed_requests as rq

ROOT = Path(__file__).resolve().parents[3]
SCHEMAS = ROOT / "tests/schemas"
MANIFESTS = {"socket": ROOT / "manifests/slack.json", "http": ROOT / "manifests/slack-http.json"}
REQUEST_URL = "https://YOUR-HOST/slack/events"
URL_KEYS = {"url", "request_url", "message_menu_options_url"}
# The top-level schema refers to the versioned ones by these addresses.
SCHEMA_URI = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.{}.json"


def load(name: str) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(MANIFESTS[name].read_text())
    return manifest


def schema_file(name: str) -> dict[str, Any]:
    """Read one of Slack's schemas (a missing file fails the test: the check never switches off)."""
    schema: dict[str, Any] = json.loads((SCHEMAS / name).read_text())
    return schema


def manifest_validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """Draft 7 (the schema's $schema), its $refs resolved locally, and Slack's `regex` keyword.

    The schema spells background_color's pattern as the non-standard `regex`, which jsonschema
    would skip silently; it is validated as `pattern`. Every schema loses its `$schema` key once
    the dialect is read: jsonschema switches to the stock Draft7Validator (dropping `regex`) in
    any subschema that names its dialect, as the referenced versioned schemas do.
    """
    draft7 = validators.validator_for(schema)
    assert draft7 is jsonschema.Draft7Validator

    def dialectless(name: str) -> dict[str, Any]:
        return {k: v for k, v in schema_file(name).items() if k != "$schema"}

    registry: Registry = Registry().with_resources(
        (
            SCHEMA_URI.format(v),
            DRAFT7.create_resource(dialectless(f"slack-app-manifest.schema.{v}.json")),
        )
        for v in ("1.0.0", "2.0.0")
    )
    slack_draft7 = validators.extend(draft7, {"regex": draft7.VALIDATORS["pattern"]})
    root = {k: v for k, v in schema.items() if k != "$schema"}
    return slack_draft7(root, registry=registry, format_checker=draft7.FORMAT_CHECKER)


def problems(manifest: dict[str, Any], schema: str = "slack-app-manifest.schema.json") -> list[str]:
    """Validate against one of Slack's schema files (default: the all-versions one)."""
    validator = manifest_validator(schema_file(schema))
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(manifest)]


def walk(node: Any, path: str = "") -> list[tuple[str, Any]]:
    """Return (dotted path, value) for every key in a JSON document."""
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in [(f"{path}.{k}", v), *walk(v, f"{path}.{k}")]]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in walk(v, f"{path}[{i}]")]
    return []


def without_urls(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: without_urls(v) for k, v in node.items() if k not in URL_KEYS}
    if isinstance(node, list):
        return [without_urls(v) for v in node]
    return node


# --- the manifests themselves ---


SCHEMA_FILES = ["slack-app-manifest.schema.json", "slack-app-manifest.schema.1.0.0.json"]


def test_the_official_schemas_live_in_the_repository_with_their_licence():
    assert SCHEMAS.is_relative_to(ROOT)
    for name in [*SCHEMA_FILES, "slack-app-manifest.schema.2.0.0.json"]:
        assert schema_file(name)["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert (SCHEMAS / "slack-app-manifest.schema.LICENSE").read_text().startswith("MIT")


@pytest.mark.parametrize("schema", SCHEMA_FILES)
@pytest.mark.parametrize("name", MANIFESTS)
def test_manifest_is_valid_against_the_official_schema(name, schema):
    assert problems(load(name), schema) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("display_information", "background_color"), "navy"),
        (("display_information", "long_description"), "Too short."),
        (("features", "slash_commands", 0, "command"), "assistant"),
        (("settings", "interactivity"), {}),
    ],
)
@pytest.mark.parametrize("schema", SCHEMA_FILES)
def test_the_schema_check_catches_mistakes(path, value, schema):
    manifest = load("socket")
    node = manifest
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value

    assert problems(manifest, schema)


def test_socket_mode_manifest_has_no_request_urls():
    manifest = load("socket")

    assert manifest["settings"]["socket_mode_enabled"] is True
    assert [p for p, _ in walk(manifest) if p.rsplit(".", 1)[-1] in URL_KEYS] == []


def test_http_manifest_sends_everything_to_slack_events():
    manifest = load("http")
    urls = {p: v for p, v in walk(manifest) if p.rsplit(".", 1)[-1] in URL_KEYS}

    assert manifest["settings"]["socket_mode_enabled"] is False
    assert set(urls) == {
        ".features.slash_commands[0].url",
        ".settings.event_subscriptions.request_url",
        ".settings.interactivity.request_url",
        ".settings.interactivity.message_menu_options_url",
    }
    assert set(urls.values()) == {REQUEST_URL}


def test_the_two_manifests_differ_only_in_transport():
    socket, http = load("socket"), load("http")
    socket["settings"].pop("socket_mode_enabled")
    http["settings"].pop("socket_mode_enabled")

    assert without_urls(socket) == without_urls(http)


@pytest.mark.parametrize("name", MANIFESTS)
def test_manifest_declares_the_command_scopes_and_an_open_messages_tab(name):
    manifest = load(name)
    features = manifest["features"]

    assert [c["command"] for c in features["slash_commands"]] == [ids.COMMAND]
    hint = features["slash_commands"][0]["usage_hint"]
    assert (
        hint
        == "bootstrap | cleanup | add | status | today | digest | stats | undo | senders | help"
    )
    # Every subcommand `/assistant help` lists is in the hint Slack shows while typing.
    assert set(hint.split(" | ")) == {command.split()[1] for command, _ in messages.HELP_LINES}
    assert features["app_home"]["messages_tab_enabled"] is True
    assert features["app_home"]["messages_tab_read_only_enabled"] is False
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == [
        "chat:write",
        "commands",
        "im:history",
        "im:write",
        "users:read",
    ]
    assert manifest["settings"]["event_subscriptions"]["bot_events"] == ["message.im"]
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["display_information"]["name"] == "Outlook AI Assistant"


# --- the manifest and bot/slack/ids.py against the real app ---


def identifiers() -> dict[str, dict[str, str]]:
    """Sort bot/slack/ids.py's constants by kind, from their names."""
    kinds: dict[str, dict[str, str]] = {"command": {}, "view": {}, "options": {}, "action": {}}
    for name, value in vars(ids).items():
        if not name.isupper() or not isinstance(value, str):
            continue
        if name.endswith("_BLOCK"):
            continue  # a block_id prefix, not something a listener matches on its own
        kind = (
            "command"
            if name == "COMMAND"
            else "view"
            if name.endswith("_VIEW")
            else "options"
            if name.endswith("_OPTIONS")
            else "action"
        )
        kinds[kind][name] = value
    return kinds


IDS = identifiers()


def requests_for_every_handle(dm: str, response_url: str) -> dict[str, Any]:
    """One signed request per thing the manifest and bot/slack/ids.py say the app handles."""
    manifest = load("socket")
    requests: dict[str, Any] = {}
    for command in manifest["features"]["slash_commands"]:
        requests[f"command {command['command']}"] = rq.slash_command(
            OWNER_ID, "help", channel_id=dm, response_url=response_url, command=command["command"]
        )
    for event in manifest["settings"]["event_subscriptions"]["bot_events"]:
        assert event == "message.im", f"no request builder for the manifest's event {event}"
        requests["event message.im"] = rq.message_im(OWNER_ID, "help", channel=dm)
        for subtype in ("message_changed", "message_deleted", "file_share"):
            requests[f"event message.im/{subtype}"] = rq.message_im(
                OWNER_ID, "help", channel=dm, subtype=subtype
            )
        requests["event message.im from another bot"] = rq.message_im(
            "U0OTHERBOT1", "hi", channel=dm, bot_id="B0OTHERBOT1"
        )
    for name, action_id in IDS["action"].items():
        requests[f"action {name}"] = rq.block_actions(
            OWNER_ID,
            action_id,
            "1",
            channel=dm,
            message_ts="1732000000.000100",
            response_url=response_url,
            action_type="multi_static_select" if name == "CLEANUP_SELECT" else "button",
            selected_options=[] if name == "CLEANUP_SELECT" else None,
        )
    for name, action_id in IDS["options"].items():
        requests[f"options {name}"] = rq.block_suggestion(OWNER_ID, action_id, "Fin")
    for name, callback_id in IDS["view"].items():
        requests[f"view {name}"] = rq.view_submission(OWNER_ID, callback_id, {}, "1")
    return requests


UNHANDLED = "no listener handles"


def unhandled(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if UNHANDLED in r.getMessage()]


async def test_every_command_event_action_and_view_has_a_listener(bot_app, fake_slack, caplog):
    dm = fake_slack.open_dm(OWNER_ID)
    requests = requests_for_every_handle(dm, fake_slack.response_url(channel=dm, user=OWNER_ID))

    statuses = {name: (await rq.dispatch(bot_app, req)).status for name, req in requests.items()}

    assert set(statuses.values()) <= {200}, statuses
    assert unhandled(caplog) == []


async def test_an_unknown_action_is_unhandled(bot_app, fake_slack, caplog):
    dm = fake_slack.open_dm(OWNER_ID)
    click = rq.block_actions(
        OWNER_ID,
        "no_such_action",
        "1",
        channel=dm,
        message_ts="1.000100",
        response_url=fake_slack.response_url(),
    )

    # Proves the check above can fail: nothing catches every action (it is acked, not retried).
    assert (await rq.dispatch(bot_app, click)).status == 200
    assert unhandled(caplog) == [f"Acked a Slack request {UNHANDLED}: the button(s) no_such_action"]


REGISTRATIONS = {
    "command": "command",
    "event": "event",
    "message": "message",
    "action": "action",
    "block_action": "action",
    "options": "options",
    "block_suggestion": "options",
    "view": "view",
    "view_submission": "view",
    "view_closed": "view",
    "shortcut": "other",
    "global_shortcut": "other",
    "message_shortcut": "other",
    "attachment_action": "other",
    "dialog_submission": "other",
    "dialog_cancellation": "other",
    "dialog_suggestion": "other",
    "function": "other",
}


@pytest.fixture
def registered(monkeypatch, create_app, assistant, fake_slack, slack_web_client):
    """Kind -> the constraints create_app registers listeners with, as passed to AsyncApp."""
    seen: dict[str, list[Any]] = {}

    def recording(method_name: str) -> Callable[..., Any]:
        original = getattr(AsyncApp, method_name)

        def record(self, *args, **kwargs):
            constraint = args[0] if args else next(iter(kwargs.values()), None)
            seen.setdefault(REGISTRATIONS[method_name], []).append(constraint)
            return original(self, *args, **kwargs)

        return record

    for method_name in REGISTRATIONS:
        monkeypatch.setattr(AsyncApp, method_name, recording(method_name))
    create_app(
        assistant,
        bot_token=fake_slack.bot_token,
        signing_secret=rq.SIGNING_SECRET,
        web_client=slack_web_client,
    )
    return seen


def named(constraints: list[Any], *keys: str) -> set[str | re.Pattern[str]]:
    """The names constraints match on: strings, a dict's values under `keys`, regexes."""
    found: set[str | re.Pattern[str]] = set()
    for constraint in constraints:
        if isinstance(constraint, dict):
            found |= named([constraint[k] for k in keys if constraint.get(k) is not None])
        else:
            found.add(constraint if isinstance(constraint, re.Pattern) else str(constraint))
    return found


def covers(names: set[str | re.Pattern[str]], value: str) -> bool:
    return any(n == value if isinstance(n, str) else n.search(value) for n in names)


def test_the_app_registers_only_what_the_manifest_and_ids_name(registered):
    manifest = load("socket")
    bot_events = manifest["settings"]["event_subscriptions"]["bot_events"]
    actions = named(registered.get("action", []), "action_id", "block_id")
    # Action listeners may also match on a cleanup select's block id (prefix + index).
    known = [*IDS["action"].values(), ids.CLEANUP_SELECT_BLOCK + "0"]

    assert named(registered.get("command", []), "command") == {ids.COMMAND}
    assert {c["command"] for c in manifest["features"]["slash_commands"]} == {ids.COMMAND}
    event_types = named(registered.get("event", []), "type")
    event_types |= {"message"} if registered.get("message") else set()
    assert event_types == {e.split(".", 1)[0] for e in bot_events}
    assert {a for a in actions if not any(covers({a}, k) for k in known)} == set()
    assert [v for v in IDS["action"].values() if not covers(actions, v)] == []
    assert named(registered.get("options", []), "action_id", "block_id") == set(
        IDS["options"].values()
    )
    assert named(registered.get("view", []), "callback_id") == set(IDS["view"].values())
    assert registered.get("other", []) == []
