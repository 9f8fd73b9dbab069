"""config.yaml: defaults, validation with lines, env expansion, secrets, the example file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from core.config.settings import (
    Area,
    Project,
    Secrets,
    Settings,
    TaxonomyEntry,
    load_settings,
)
from core.config.watcher import diff_taxonomy
from core.config.writer import locate
from core.errors import ConfigError
from core.vocabulary import DEFAULT_SCOPES, ActionType
from tests.core.config_helpers import (
    A_CHOICES,
    EXAMPLE,
    FOLDER_RULE,
    P_CHOICES,
    error_of,
    load,
    write,
)

# --- defaults ---


def test_defaults_match_the_contract() -> None:
    settings = Settings()
    assert settings.auth.client_id is None
    assert settings.auth.authority == "https://login.microsoftonline.com/common"
    assert settings.auth.scopes == DEFAULT_SCOPES
    # Only what the assistant calls: no Mail.Send until something sends mail.
    assert DEFAULT_SCOPES == (
        "Mail.ReadWrite",
        "MailboxSettings.ReadWrite",
        "User.Read",
        "Tasks.ReadWrite",
        "Calendars.ReadWrite",
    )
    assert settings.graph.base_url == "https://graph.microsoft.com/v1.0"
    assert (settings.graph.max_concurrency, settings.graph.max_retries) == (4, 4)
    assert settings.storage.path == Path("data/assistant.db")
    assert settings.integrations.todo.enabled is False
    assert settings.classifier.model == "claude-haiku-5-5"
    assert (settings.slack.mode, settings.slack.channel) == ("socket", None)
    assert (settings.triage.nudge_after_hours, settings.triage.escalate_after_hours) == (48, 96)
    assert settings.triage.poll_interval == timedelta(seconds=30)
    assert settings.projects == () and settings.areas == ()
    assert settings.log_level == "INFO"


def test_an_empty_file_is_all_defaults_with_paths_next_to_it(tmp_path: Path) -> None:
    settings = load(tmp_path, "# nothing yet\n")
    assert settings.storage.path == tmp_path.resolve() / "data/assistant.db"
    assert settings.auth.token_cache_path == tmp_path.resolve() / "data/token_cache.json"
    assert settings.model_copy(update={"storage": None, "auth": None}) == Settings().model_copy(
        update={"storage": None, "auth": None}
    )


def test_relative_paths_resolve_against_the_config_directory(tmp_path: Path) -> None:
    sub = tmp_path / "etc"
    sub.mkdir()
    text = "storage:\n  path: db/a.db\nauth:\n  token_cache_path: /var/lib/cache.json\n"
    settings = load_settings(write(sub, text), environ={})
    assert settings.storage.path == sub.resolve() / "db/a.db"
    assert settings.auth.token_cache_path == Path("/var/lib/cache.json")


def test_settings_are_frozen() -> None:
    with pytest.raises(ValidationError):
        Settings().log_level = "DEBUG"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "enabled"),
    [
        ("log_level: INFO\n", False),
        ("integrations: {}\n", False),
        ("integrations:\n", False),
        ("integrations:\n  todo: {}\n", True),
        ("integrations:\n  todo:\n", True),
        ("integrations:\n  todo:\n    enabled: false\n", False),
    ],
)
def test_todo_is_off_unless_integrations_todo_is_present(
    tmp_path: Path, text: str, enabled: bool
) -> None:
    todo = load(tmp_path, text).integrations.todo
    assert todo.enabled is enabled
    if enabled:
        assert todo.list_name == "AI Assistant"
        assert todo.create_for_action_types == (
            ActionType.WAITING_FOR,
            ActionType.NEEDS_REPLY,
            ActionType.REVIEW,
            ActionType.DELEGATED,
        )


def test_every_section_accepts_valid_values(tmp_path: Path) -> None:
    text = """\
auth:
  client_id: 1b2c3d4e-0000-4000-8000-123456789abc
  authority: https://login.microsoftonline.com/contoso.onmicrosoft.com/
  scopes: [Mail.ReadWrite]
graph: {base_url: "https://graph.microsoft.us/v1.0/", max_concurrency: 2, timeout_seconds: 12.5}
categories:
  area_color: preset3
  framework_colors: {"review": preset4}
classifier: {base_url: "http://127.0.0.1:8080", concurrency: 32}
slack: {mode: http, owner_user_ids: [U012AB3CD, W0ABC], channel: C123, port: 8080,
        api_base_url: "http://localhost:9000/api"}
triage: {nudge_after_hours: 10, escalate_after_hours: 10, low_confidence_threshold: 0.75}
key_contacts:
  - {email: " Boss@Example.COM ", priority_boost: 3}
log_level: !shout debug
projects:
  - {name: " Apollo ", folder: " Projects / Apollo ", senders: ["@Apollo.example.com"]}
"""
    settings = load(tmp_path, text)
    assert settings.auth.authority == "https://login.microsoftonline.com/contoso.onmicrosoft.com"
    assert settings.graph.base_url == "https://graph.microsoft.us/v1.0"
    assert settings.categories.framework_colors == {"Review": "preset4"}
    assert settings.slack.api_base_url == "http://localhost:9000/api/"
    assert settings.key_contacts[0].email == "boss@example.com"
    assert settings.log_level == "DEBUG"
    assert (settings.projects[0].name, settings.projects[0].folder) == ("Apollo", "Projects/Apollo")
    assert settings.projects[0].senders == ("@apollo.example.com",)


# --- validation messages: key path and line ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("graph:\n  base_uri: https://x\n", "graph.base_uri: unknown key (config.yaml:2)"),
        (
            "areas:\n  - name: A\n    folder: Areas/A\n  - name: B\n",
            "areas[1].folder: field required (config.yaml:4)",
        ),
        (
            "projects:\n  - name: A\n    folder: P/A\n    priority_default: P5\n",
            f"projects[0].priority_default: must be one of: {P_CHOICES} (got 'P5') (config.yaml:4)",
        ),
        (
            "slack:\n  mode: rtm\n",
            "slack.mode: must be one of: socket, http (got 'rtm') (config.yaml:2)",
        ),
        (
            "graph:\n  max_concurrency: 8\n",
            "graph.max_concurrency: must be at most 4 (got 8) (config.yaml:2)",
        ),
        (
            "triage:\n  nudge_after_hours: 50\n  escalate_after_hours: 10\n",
            "triage.escalate_after_hours: must be at least nudge_after_hours (50) (config.yaml:3)",
        ),
        (
            "# c\ntriage:\n  poll_interval_minutes: often\n",
            "triage.poll_interval_minutes: must be a whole number (got 'often') (config.yaml:3)",
        ),
        (
            "triage:\n  poll_interval_seconds: 5\n",
            "triage.poll_interval_seconds: must be at least 15 (got 5): faster polling spends "
            "Graph requests without bringing a card sooner (config.yaml:2)",
        ),
        (
            "triage:\n  poll_interval_seconds: 90000\n",
            "triage.poll_interval_seconds: must be at most 86400 (got 90000) (config.yaml:2)",
        ),
        (
            "triage:\n  poll_interval_minutes: 5\n  poll_interval_seconds: 30\n",
            "triage.poll_interval_seconds: set either triage.poll_interval_seconds or "
            "triage.poll_interval_minutes, not both (poll_interval_seconds also allows intervals "
            "under a minute) (config.yaml:3)",
        ),
        (
            "integrations:\n  todo:\n    create_for_action_types: [Waiting For, Someday]\n",
            f"integrations.todo.create_for_action_types[1]: must be one of: {A_CHOICES} "
            "(got 'Someday') (config.yaml:3)",
        ),
        (
            "categories:\n  framework_colors:\n    P9 - Whenever: preset1\n",
            'categories.framework_colors["P9 - Whenever"]: must be one of: '
            f"{P_CHOICES}, {A_CHOICES} (config.yaml:3)",
        ),
        (
            "areas:\n  - name: Dev\n    folder: Areas/Dev\n    color: red\n",
            "areas[0].color: must be a colour preset: none or preset0..preset24 (got 'red') "
            "(config.yaml:4)",
        ),
        (
            "areas:\n  - name: Dev\n    folder: /Areas/Dev\n",
            f"areas[0].folder: {FOLDER_RULE} (config.yaml:3)",
        ),
        (
            "projects:\n  - name: X\n    folder: P/../X\n",
            f"projects[0].folder: {FOLDER_RULE} (config.yaml:3)",
        ),
        (
            'projects:\n  - name: ""\n    folder: P/X\n',
            "projects[0].name: must not be empty (config.yaml:2)",
        ),
        ("projects:\n  name: A\n", "projects: must be a list (config.yaml:1)"),
        (
            "storage: data.db\n",
            "storage: must be a mapping of keys to values (got 'data.db') (config.yaml:1)",
        ),
        (
            "key_contacts:\n  - email: boss\n",
            "key_contacts[0].email: must be an email address (got 'boss') (config.yaml:2)",
        ),
        (
            "classifier:\n  base_url: http://proxy.example.com\n",
            "classifier.base_url: must be an https URL (http only for localhost) "
            "(got 'http://proxy.example.com') (config.yaml:2)",
        ),
        (
            "auth:\n  authority: https://login.microsoftonline.com\n",
            "auth.authority: must end in a tenant: common, organizations, consumers, a tenant ID "
            "or a domain (e.g. https://login.microsoftonline.com/organizations) (config.yaml:2)",
        ),
        (
            "slack:\n  owner_user_ids: [Bob]\n",
            "slack.owner_user_ids: each owner must be a Slack member ID like U012AB3CD, "
            "not a name (got 'Bob') (config.yaml:2)",
        ),
        (
            "integrations:\n  todo:\n    enabled: maybe\n",
            "integrations.todo.enabled: must be true or false (got 'maybe') (config.yaml:3)",
        ),
        (
            "projects:\n  - name: A\n    folder: P/A\n    senders: [bob]\n",
            "projects[0].senders: each sender must be an address or '@domain.com' (got 'bob') "
            "(config.yaml:4)",
        ),
        (
            'projects:\n  - name: "Bell\\a"\n    folder: P/A\n',
            "projects[0].name: must be a single line without control characters (config.yaml:2)",
        ),
        (
            "projects:\n  - name: 2025-01-31\n    folder: P/A\n",
            "projects[0].name: must be text (put it in quotes) (config.yaml:2)",
        ),
        ('storage:\n  path: ""\n', "storage.path: must not be empty (config.yaml:2)"),
        (
            "log_level: LOUD\n",
            "log_level: must be one of: DEBUG, INFO, WARNING, ERROR, CRITICAL (config.yaml:1)",
        ),
        (
            "auth:\n  scopes: []\n",
            "auth.scopes: must list at least one Graph permission, e.g. Mail.ReadWrite "
            "(config.yaml:2)",
        ),
    ],
)
def test_each_problem_names_key_path_and_line(tmp_path: Path, text: str, expected: str) -> None:
    assert error_of(tmp_path, text) == expected


def test_all_problems_come_in_one_error_sorted_by_line(tmp_path: Path) -> None:
    text = """\
slack:
  mode: rtm
auth:
  client_id: ${NO_SUCH_VAR}
areas:
  - name: A
    folder: Areas/A
  - name: B
  - name: C
    folder: Areas/C
    colour: preset1
"""
    assert error_of(tmp_path, text).splitlines() == [
        "slack.mode: must be one of: socket, http (got 'rtm') (config.yaml:2)",
        "auth.client_id: environment variable NO_SUCH_VAR is not set (used as ${NO_SUCH_VAR}) "
        "(config.yaml:4)",
        "areas[1].folder: field required (config.yaml:8)",
        "areas[2].colour: unknown key (config.yaml:11)",
    ]


def test_taxonomy_names_and_folders_must_be_unique_and_not_framework_names(tmp_path: Path) -> None:
    text = """\
projects:
  - {name: Apollo, folder: Projects/Apollo}
  - {name: review, folder: Projects/Review}
areas:
  - {name: APOLLO, folder: Areas/Apollo}
  - {name: Sales, folder: projects/apollo}
"""
    assert error_of(tmp_path, text).splitlines() == [
        "projects[1].name: clashes with the framework category 'Review' (config.yaml:3)",
        "areas[0].name: duplicate name (also projects[0]) (config.yaml:5)",
        "areas[1].folder: same folder as projects[0] (config.yaml:6)",
    ]


def test_programmatic_settings_are_validated_too() -> None:
    one = Area(name="Sales", folder="Areas/Sales")
    with pytest.raises(ValidationError, match="duplicate name"):
        Settings(areas=(one, one.model_copy(update={"folder": "Areas/Other"})))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("auth:\n  scopes: [\n    Mail.Read\n", "(config.yaml:4)"),
        ("auth:\n  client_id: a\n  client_id: b\n", 'found duplicate key "client_id"'),
        ("auth:\n  client_id: a\n bad: 1\n", "(config.yaml:3)"),
        ("log_level: INFO\nx: \x07\n", "character #x0007 is not allowed (config.yaml:2)"),
    ],
)
def test_yaml_syntax_errors_name_the_line(tmp_path: Path, text: str, expected: str) -> None:
    message = error_of(tmp_path, text)
    assert message.startswith("YAML syntax error: ")
    assert expected in message
    if "duplicate" in expected:
        assert message.endswith("(config.yaml:3)")


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    assert error_of(tmp_path, "- a\n- b\n").startswith("top level: must be a mapping")


def test_missing_file_names_the_path_and_the_example(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "config.yaml"
    with pytest.raises(ConfigError) as caught:
        load_settings(missing)
    assert str(missing) in str(caught.value)
    assert "copy config.yaml.example" in str(caught.value)


def test_a_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_bytes(b"log_level: \xff\n")
    with pytest.raises(ConfigError, match="config.yaml: cannot read the file"):
        load_settings(path)


def test_locate_points_at_the_deepest_existing_node() -> None:
    root = YAML(typ="rt").load("a:\n  b:\n    - x\n    - y\n")
    assert locate(root, ("a", "b", 1)) == ("a.b[1]", 4)
    assert locate(root, ("a", "missing", "deeper", 0)) == ("a.missing.deeper[0]", 1)
    assert locate(root, ("a", "b", 7, "odd key")) == ('a.b[7]["odd key"]', 2)
    assert locate(root, ()) == ("top level", 1)


# --- environment ---


def test_env_expansion_with_defaults_and_escapes(tmp_path: Path) -> None:
    text = """\
auth:
  client_id: "${CLIENT}"
storage:
  path: "${DATA:-/srv/assistant}/db-${SUFFIX:-x}.sqlite"
slack:
  channel: "${EMPTY:-C999}"
  port: "${PORT}"
classifier:
  model: "literal-$${NOT_A_VAR}"
"""
    settings = load(tmp_path, text, CLIENT="abc-123", SUFFIX="prod", EMPTY="", PORT="8443")
    assert settings.auth.client_id == "abc-123"
    assert settings.storage.path == Path("/srv/assistant/db-prod.sqlite")
    assert settings.slack.channel == "C999"
    assert settings.slack.port == 8443
    assert settings.classifier.model == "literal-${NOT_A_VAR}"


def test_env_expansion_reads_the_process_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OAA_TEST_CLIENT_ID", "from-env")
    settings = load_settings(write(tmp_path, "auth:\n  client_id: ${OAA_TEST_CLIENT_ID}\n"))
    assert settings.auth.client_id == "from-env"


def test_unset_and_malformed_variables_are_errors(tmp_path: Path) -> None:
    text = "graph:\n  base_url: ${GRAPH_URL}\nclassifier:\n  model: ${oops\n"
    assert error_of(tmp_path, text).splitlines() == [
        "graph.base_url: environment variable GRAPH_URL is not set (used as ${GRAPH_URL}) "
        "(config.yaml:2)",
        "classifier.model: malformed ${...}: write ${NAME} or ${NAME:-default} "
        "($${ for a literal ${) (config.yaml:4)",
    ]


def test_an_error_never_quotes_a_value_from_the_environment(tmp_path: Path) -> None:
    # Errors reach the log at WARNING and the owner's DM on hot reload; ${VAR} may hold a secret.
    secret = "sk-ant-api03-LEAKED"
    text = """\
graph:
  base_url: "http://${HOST}/v1.0"
  max_concurrency: ${SLOTS}
slack:
  mode: ${MODE}
  owner_user_ids: ["U012AB3CD", "${OWNER}"]
triage:
  poll_interval_seconds: ${POLL}
areas:
  - name: Admin
    folder: Areas/Admin
    color: "${COLOR}"
"""
    env = {"HOST": secret, "SLOTS": secret, "MODE": secret, "OWNER": secret, "COLOR": secret}
    message = error_of(tmp_path, text, POLL="5", **env)
    assert secret not in message and "'5'" not in message and "got 5" not in message
    assert message.splitlines() == [
        "graph.base_url: must be an https URL (http only for localhost) (from ${HOST}) "
        "(config.yaml:2)",
        "graph.max_concurrency: must be a whole number (from ${SLOTS}) (config.yaml:3)",
        "slack.mode: must be one of: socket, http (from ${MODE}) (config.yaml:5)",
        "slack.owner_user_ids: each owner must be a Slack member ID like U012AB3CD, not a name "
        "(from ${OWNER}) (config.yaml:6)",
        "triage.poll_interval_seconds: must be at least 15 (from ${POLL}): faster polling "
        + error_of(tmp_path, "triage:\n  poll_interval_seconds: 5\n")
        .split("faster polling ")[1]
        .replace("(config.yaml:2)", "(config.yaml:8)"),
        "areas[0].color: must be a colour preset: none or preset0..preset24 (from ${COLOR}) "
        "(config.yaml:12)",
    ]


def test_a_literal_value_is_still_quoted_beside_an_env_value(tmp_path: Path) -> None:
    text = "slack:\n  mode: rtm\n  owner_user_ids: [bob, '${OWNER}']\n"
    assert error_of(tmp_path, text, OWNER="U012AB3CD").splitlines() == [
        "slack.mode: must be one of: socket, http (got 'rtm') (config.yaml:2)",
        "slack.owner_user_ids: each owner must be a Slack member ID like U012AB3CD, not a name "
        "(got 'bob') (config.yaml:3)",
    ]


# --- secrets ---


def test_secrets_come_from_the_environment_and_repr_hides_them() -> None:
    env = {
        "ANTHROPIC_API_KEY": "sk-ant-SECRET1",
        "SLACK_BOT_TOKEN": "xoxb-SECRET2",
        "SLACK_APP_TOKEN": "",
        "SLACK_SIGNING_SECRET": "SECRET3",
        "GRAPH_ACCESS_TOKEN": "eyJSECRET4",
        "TODOIST_API_TOKEN": "SECRET5todoist",
    }
    secrets = Secrets.from_env(env)
    assert secrets.todoist_api_token == "SECRET5todoist"
    assert secrets.anthropic_api_key == "sk-ant-SECRET1"
    assert secrets.slack_bot_token == "xoxb-SECRET2"
    assert secrets.slack_app_token is None
    assert secrets.slack_signing_secret == "SECRET3"
    assert secrets.graph_access_token == "eyJSECRET4"
    for shown in (repr(secrets), str(secrets), f"{secrets!r}"):
        assert "SECRET" not in shown
        assert "anthropic_api_key=<set>" in shown
        assert "slack_app_token=None" in shown
        assert "todoist_api_token=<set>" in shown


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("classifier:\n  api_key: sk-ant-123\n", "classifier.api_key"),
        ("log_level: INFO\nanthropic_api_key: sk-ant-123\n", "anthropic_api_key"),
        ("slack:\n  bot_token: xoxb-1\n", "slack.bot_token"),
        ("integrations:\n  todoist:\n    api_token: 0123abcd\n", "integrations.todoist.api_token"),
        ("calendars:\n  google:\n    client_secret: GOCSPX-1\n", "calendars.google.client_secret"),
    ],
)
def test_secrets_in_yaml_are_unknown_keys(tmp_path: Path, text: str, where: str) -> None:
    message = error_of(tmp_path, text)
    assert message == (
        f"{where}: unknown key; secrets are read only from environment variables "
        "(ANTHROPIC_API_KEY, SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, "
        "GRAPH_ACCESS_TOKEN, TODOIST_API_TOKEN, GOOGLE_CLIENT_SECRET, GOOGLE_ACCESS_TOKEN) "
        f"(config.yaml:{text.count(chr(10))})"
    )


@pytest.mark.parametrize("scope", ["offline_access", "openid", "Profile"])
def test_reserved_scopes_are_rejected_with_a_reason(tmp_path: Path, scope: str) -> None:
    message = error_of(tmp_path, f"auth:\n  scopes:\n    - Mail.ReadWrite\n    - {scope}\n")
    assert message == (
        f"auth.scopes: remove {scope}: MSAL adds openid, profile and offline_access itself "
        "and refuses them in the scope list (config.yaml:2)"
    )


# --- taxonomy helpers ---


def test_area_for_folder_matches_the_folder_and_below_case_insensitively() -> None:
    sales = Area(name="Sales", folder="Areas/Sales")
    leads = Area(name="Leads", folder="Areas/Sales/Leads")
    dev = Area(name="Dev", folder="Areas/Dev")
    settings = Settings(areas=(sales, leads, dev), projects=(Project(name="X", folder="P/X"),))
    assert settings.area_for_folder("Areas/Sales") == sales
    assert settings.area_for_folder("areas/SALES/Prospects/2025") == sales
    assert settings.area_for_folder("Areas/Sales/Leads/Hot") == leads
    assert settings.area_for_folder("/Areas/Dev/") == dev
    assert settings.area_for_folder("Areas/SalesOps") is None
    assert settings.area_for_folder("P/X") is None
    assert settings.folders() == ["P/X", "Areas/Sales", "Areas/Sales/Leads", "Areas/Dev"]
    assert settings.color_for_area(sales) == "preset10"


def test_diff_taxonomy_compares_names_case_insensitively() -> None:
    old = Settings(
        projects=(Project(name="Apollo", folder="P/A"), Project(name="Gemini", folder="P/G")),
        areas=(Area(name="Sales", folder="A/S"),),
    )
    new = Settings(
        projects=(Project(name="APOLLO", folder="P/A"),),
        areas=(Area(name="sales", folder="A/S"), Area(name="Dev", folder="A/D")),
    )
    diff = diff_taxonomy(old, new)
    assert [p.name for p in diff.removed_projects] == ["Gemini"]
    assert diff.added_projects == () and diff.removed_areas == ()
    assert [a.name for a in diff.added_areas] == ["Dev"]
    assert not diff.empty
    assert diff_taxonomy(new, new).empty


# --- config.yaml.example ---


def _documented_paths(
    model: type[BaseModel], prefix: tuple[str | int, ...]
) -> list[tuple[str | int, ...]]:
    paths: list[tuple[str | int, ...]] = []
    for name, info in model.model_fields.items():
        kind = info.annotation
        here = (*prefix, name)
        if model is Area and name in TaxonomyEntry.model_fields:
            continue  # documented once, under projects
        paths.append(here)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            paths += _documented_paths(kind, here)
        item = getattr(kind, "__args__", (None,))[0]
        if isinstance(item, type) and issubclass(item, BaseModel):
            paths += _documented_paths(item, (*here, 0))
    return paths


def test_the_example_documents_every_key_with_a_comment_above_it() -> None:
    text = EXAMPLE.read_text()
    lines = text.splitlines()
    root = YAML(typ="rt").load(text)
    paths = _documented_paths(Settings, ())
    assert ("integrations", "todo", "create_for_action_types") in paths
    assert ("areas", 0, "color") in paths and ("key_contacts", 0, "priority_boost") in paths
    for path in paths:
        node, parent = root, None
        for part in path:
            parent, node = node, node[part]
        assert isinstance(parent, CommentedMap), path
        line = parent.lc.key(path[-1])[0]
        assert lines[line - 1].strip().startswith("#"), f"no comment above {path} (line {line + 1})"


def test_the_example_is_valid_with_its_todo_section_and_a_real_taxonomy() -> None:
    settings = load_settings(EXAMPLE, environ={})
    assert len(settings.projects) == 2 and len(settings.areas) == 3
    assert settings.integrations.todo.enabled is True
    assert settings.integrations.todo.list_name == "AI Assistant"
    assert [str(a) for a in settings.integrations.todo.create_for_action_types] == [
        "Waiting For",
        "Needs Reply",
        "Review",
        "Delegated",
    ]
    assert settings.auth.scopes == DEFAULT_SCOPES
    assert settings.storage.path == EXAMPLE.parent / "data/assistant.db"
    for name in ("ANTHROPIC_API_KEY", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        assert f"#   {name}" in EXAMPLE.read_text()


def test_an_unreadable_config_gives_the_os_reason_alone(tmp_path: Path) -> None:
    folder = tmp_path / "config.yaml"
    folder.mkdir()
    with pytest.raises(ConfigError) as caught:
        load_settings(folder)
    assert str(caught.value) == f"{folder}: cannot read the file (Is a directory)"
