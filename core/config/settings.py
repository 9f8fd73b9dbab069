"""Settings from config.yaml: typed models, loading with line-precise errors, hot reload.

`load_settings` parses the file with ruamel.yaml's round-trip loader, which keeps each node's line,
expands `${VAR}` / `${VAR:-default}` from the environment, and validates the result with pydantic.
Every problem becomes one line `path.to.key: what is wrong (config.yaml:LINE)`, and all of them are
raised together as one `ConfigError`. Secrets never live in the file: `Secrets.from_env` reads them.
`ConfigWatcher` (`core.config.watcher`) polls the file and reports which projects and areas came
and went; `add_taxonomy_entry` appends a project or area without touching the rest of the file. The
byte-level work (YAML positions, text splicing, atomic replace) is in `core.config.writer`.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, get_origin
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from core.config.writer import (
    CONFIG_LOCK_WAIT_SECONDS,
    SECRET_ENV_VARS,
    EnvValue,
    Loc,
    append_entry_text,
    atomic_write,
    config_lock,
    describe_error,
    format_loc,
    locate,
    not_utf8_problem,
    parse_yaml,
    to_plain,
    without_env_values,
)
from core.errors import ConfigError as ConfigError
from core.errors import os_reason
from core.microsoft.graph_models import zone_info
from core.triage.thinking import default_timeout_seconds
from core.vocabulary import CATEGORY_COLORS, DEFAULT_SCOPES, ActionType, Priority

RESERVED_SCOPES = ("openid", "profile", "offline_access")
CALENDAR_SCOPE = "Calendars.ReadWrite"
CALENDAR_DEFAULT = "default"
_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_SENDER = re.compile(r"^(?:[^@\s]+)?@[^@\s]+\.[^@\s.]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")
_LISTEN_HOST = re.compile(r"^(?:[A-Za-z0-9.-]{1,253}|[0-9A-Fa-f:.]{2,45})$")


# --- field checks (each raises ValueError with the words the owner will read) ---


def _text(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in value):
        raise ValueError("must be a single line without control characters")
    return value


def _blank_is_none(value: Any) -> Any:
    # `${VAR:-}` expands to "", which for an optional setting means "not set".
    return None if isinstance(value, str) and not value.strip() else value


def _url(value: str) -> str:
    parts = urlsplit(value.strip())
    local = parts.scheme == "http" and (parts.hostname or "") in _LOOPBACK_HOSTS
    if not parts.netloc or (parts.scheme != "https" and not local):
        raise ValueError(f"must be an https URL (http only for localhost) (got {value!r})")
    return value.strip()


def _color(value: str) -> str:
    if value not in CATEGORY_COLORS:
        raise ValueError(f"must be a colour preset: none or preset0..preset24 (got {value!r})")
    return value


def _framework_name(value: str) -> str:
    names = {str(n).casefold(): str(n) for n in [*Priority, *ActionType]}
    if value.strip().casefold() not in names:
        raise ValueError("must be one of: " + ", ".join(names.values()))
    return names[value.strip().casefold()]


def _folder(value: str) -> str:
    segments = [s.strip() for s in value.strip().split("/")]
    if any(s in ("", ".", "..") for s in segments):
        raise ValueError(
            "must be a folder path like 'Projects/Tradecore Steel' "
            "(no empty segments, no leading or trailing '/', no '.' or '..')"
        )
    return "/".join(segments)


def _no_empty_path(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        raise ValueError("must not be empty")
    return value


def _resolve(value: Path, info: ValidationInfo) -> Path:
    # Relative paths mean "next to config.yaml", not "wherever the service was started".
    value = value.expanduser()
    base = info.context.get("base_dir") if isinstance(info.context, dict) else None
    return base / value if isinstance(base, Path) and not value.is_absolute() else value


Text = Annotated[str, AfterValidator(_text)]
Url = Annotated[str, AfterValidator(_url)]
ColorPreset = Annotated[str, AfterValidator(_color)]
FrameworkName = Annotated[str, AfterValidator(_framework_name)]
FolderPath = Annotated[str, AfterValidator(_folder)]
ConfigPath = Annotated[Path, BeforeValidator(_no_empty_path), AfterValidator(_resolve)]


def _custom_errors(title: str, problems: list[tuple[Loc, str]]) -> None:
    """Raise one ValidationError carrying each (loc, message) so every problem keeps its line."""
    if problems:
        raise ValidationError.from_exception_data(
            title,
            [
                InitErrorDetails(
                    type=PydanticCustomError("config", "{message}", {"message": msg}),
                    loc=loc,
                    input=None,
                )
                for loc, msg in problems
            ],
        )


class _Section(BaseModel):
    """Base of every config model: unknown keys are errors and values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _empty_means_defaults(cls, data: Any) -> Any:
        # `todo:` with nothing under it parses as null: the section is present with its defaults.
        if not isinstance(data, dict):
            return data
        fixed = dict(data)
        for key, value in data.items():
            info = cls.model_fields.get(key) if isinstance(key, str) else None
            if value is None and info is not None:
                kind = info.annotation
                if (
                    isinstance(kind, type)
                    and issubclass(kind, BaseModel)
                    or get_origin(kind) is dict
                ):
                    fixed[key] = {}
                elif get_origin(kind) is tuple:
                    fixed[key] = ()
        return fixed


# --- the models ---


class AuthConfig(_Section):
    """How the assistant signs in to Microsoft 365 (MSAL device-code flow)."""

    client_id: Annotated[Text | None, BeforeValidator(_blank_is_none)] = None
    authority: Url = "https://login.microsoftonline.com/common"
    scopes: tuple[Text, ...] = DEFAULT_SCOPES
    token_cache_path: ConfigPath = Field(
        default=Path("data/token_cache.json"), validate_default=True
    )

    @field_validator("authority")
    @classmethod
    def _tenant_segment(cls, value: str) -> str:
        value = value.rstrip("/")
        if not urlsplit(value).path.strip("/"):
            raise ValueError(
                "must end in a tenant: common, organizations, consumers, a tenant ID or a domain "
                "(e.g. https://login.microsoftonline.com/organizations)"
            )
        return value

    @field_validator("scopes")
    @classmethod
    def _graph_scopes_only(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        reserved = [s for s in value if s.lower() in RESERVED_SCOPES]
        if reserved:
            raise ValueError(
                f"remove {', '.join(reserved)}: MSAL adds openid, profile and offline_access "
                "itself and refuses them in the scope list"
            )
        if not value:
            raise ValueError("must list at least one Graph permission, e.g. Mail.ReadWrite")
        return value


class GraphConfig(_Section):
    """Where and how hard to call Microsoft Graph."""

    base_url: Url = "https://graph.microsoft.com/v1.0"
    max_concurrency: int = Field(default=4, ge=1, le=4)
    timeout_seconds: float = Field(default=60, gt=0, le=600)
    max_retries: int = Field(default=4, ge=0, le=10)
    delta_page_size: int = Field(default=50, ge=1, le=1000)

    @field_validator("base_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")


class StorageConfig(_Section):
    """Where the SQLite database lives."""

    path: ConfigPath = Field(default=Path("data/assistant.db"), validate_default=True)


class TaxonomyEntry(_Section):
    """A project or area: a mail folder plus hints that help the classifier pick it."""

    name: Text = Field(max_length=255)
    folder: FolderPath
    description: str = ""
    keywords: tuple[Text, ...] = ()
    senders: tuple[str, ...] = ()
    priority_default: Priority | None = None

    @field_validator("senders")
    @classmethod
    def _sender_patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [s for s in value if not _SENDER.match(s.strip())]
        if bad:
            raise ValueError(f"each sender must be an address or '@domain.com' (got {bad[0]!r})")
        return tuple(s.strip().lower() for s in value)


class Project(TaxonomyEntry):
    """A time-bound piece of work with its own folder (no Outlook category of its own)."""


class Area(TaxonomyEntry):
    """A permanent area of responsibility; it gets an Outlook category named after it."""

    color: ColorPreset | None = None


class CategoriesConfig(_Section):
    """Colours of the categories the assistant creates (never applied to existing ones)."""

    area_color: ColorPreset = "preset10"
    framework_colors: dict[FrameworkName, ColorPreset] = {}


class TodoConfig(_Section):
    """Microsoft To Do tasks for approved actionable emails (README: How triage works)."""

    enabled: bool = True
    list_name: Text = Field(default="AI Assistant", max_length=255)
    create_for_action_types: tuple[ActionType, ...] = (
        ActionType.WAITING_FOR,
        ActionType.NEEDS_REPLY,
        ActionType.REVIEW,
        ActionType.DELEGATED,
    )


class TodoistConfig(_Section):
    """Todoist tasks for approved actionable emails, in a project of the assistant's own.

    The API token is a secret: it comes only from the TODOIST_API_TOKEN environment variable.
    """

    enabled: bool = True
    # Todoist refuses a project name above 120 characters (its usage limits).
    project_name: Text = Field(default="AI Assistant", max_length=120)
    base_url: Url = "https://api.todoist.com/api/v1"
    create_for_action_types: tuple[ActionType, ...] = TodoConfig().create_for_action_types

    @field_validator("base_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")


class IntegrationsConfig(_Section):
    """Optional integrations; a missing section means all of them are off."""

    # Where approvals create tasks; the other backend may stay enabled for sync.
    task_backend: Literal["todo", "todoist"] = "todo"
    todo: TodoConfig = TodoConfig(enabled=False)
    todoist: TodoistConfig = TodoistConfig(enabled=False)
    # How often task sync reads what the owner did to the tasks in To Do or Todoist.
    task_sync_minutes: int = Field(default=15, ge=1, le=1440)

    @property
    def task_sync_interval(self) -> timedelta:
        """The task-sync job's interval."""
        return timedelta(minutes=self.task_sync_minutes)

    def backend_problem(self) -> str | None:
        """Say why `task_backend` names a backend that is switched off, or None."""
        if self.task_backend == "todoist" and not self.todoist.enabled:
            return (
                "is 'todoist' but integrations.todoist is not enabled; add an "
                "integrations.todoist section (enabled: true) and set TODOIST_API_TOKEN, "
                "or use 'todo'"
            )
        if "task_backend" in self.model_fields_set and self.task_backend == "todo":
            if not self.todo.enabled:
                return (
                    "is 'todo' but integrations.todo is not enabled; add an integrations.todo "
                    "section (enabled: true), or remove task_backend to create no tasks"
                )
        return None


def _calendar_list(value: tuple[str, ...], example: str) -> tuple[str, ...]:
    if not value:
        raise ValueError(f"must name at least one calendar, e.g. [{example}]")
    if len(set(value)) != len(value):
        raise ValueError("names a calendar twice")
    return value


class GoogleCalendarConfig(_Section):
    """Google Calendar as a calendar provider (README: Google Calendar).

    The Desktop OAuth client's secret comes only from GOOGLE_CLIENT_SECRET; GOOGLE_ACCESS_TOKEN
    replaces the sign-in with a ready token for debugging.
    """

    enabled: bool = True
    client_id: Annotated[Text | None, BeforeValidator(_blank_is_none)] = None
    calendar_ids: tuple[Text, ...] = ("primary",)
    base_url: Url = "https://www.googleapis.com/calendar/v3"
    auth_url: Url = "https://accounts.google.com/o/oauth2/v2/auth"
    token_url: Url = "https://oauth2.googleapis.com/token"
    token_cache_path: ConfigPath = Field(
        default=Path("data/google_token.json"), validate_default=True
    )
    # 0: any free port; a fixed one for an SSH port forward on a headless server.
    loopback_port: int = Field(default=0, ge=0, le=65535)

    @field_validator("base_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("calendar_ids")
    @classmethod
    def _some_calendar(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _calendar_list(value, "primary")


class OutlookCalendarConfig(_Section):
    """The Outlook calendar through Microsoft Graph (uses graph.base_url and the Microsoft
    sign-in; needs the Calendars.ReadWrite permission)."""

    enabled: bool = True
    # "default" is the mailbox's default calendar; others by their Graph id.
    calendar_ids: tuple[Text, ...] = (CALENDAR_DEFAULT,)

    @field_validator("calendar_ids")
    @classmethod
    def _some_calendar(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _calendar_list(value, CALENDAR_DEFAULT)


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _clock(value: Any) -> Any:
    # YAML reads an unquoted 09:00 as the number 540 (sexagesimal); only quoted text is clear.
    if isinstance(value, time):
        return value
    # HH:MM:SS too, as a dumped Settings writes it back (seconds must be 00: slots are minutes).
    if not isinstance(value, str) or not re.fullmatch(r"\d{1,2}:\d{2}(:00)?", value.strip()):
        raise ValueError(f'must be a time of day as "HH:MM" in quotes, e.g. "09:00", got {value!r}')
    hours, minutes = (int(part) for part in value.strip().split(":")[:2])
    if hours > 23 or minutes > 59:
        raise ValueError(f"is not a time of day: {value!r}")
    return time(hours, minutes)


ClockTime = Annotated[time, BeforeValidator(_clock)]


class WorkingHoursConfig(_Section):
    """When free slots may be offered: wall-clock hours on some weekdays in a time zone."""

    start: ClockTime = time(9, 0)
    end: ClockTime = time(17, 0)
    days: tuple[Weekday, ...] = WEEKDAYS[:5]
    # None: the mailbox's time zone (Outlook's mailbox settings).
    time_zone: Annotated[Text | None, BeforeValidator(_blank_is_none)] = None

    @field_validator("days")
    @classmethod
    def _some_day(cls, value: tuple[Weekday, ...]) -> tuple[Weekday, ...]:
        if not value:
            raise ValueError("must list at least one weekday, e.g. [mon, tue, wed, thu, fri]")
        return tuple(dict.fromkeys(value))

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None and zone_info(value) is None:
            raise ValueError(
                f"unknown time zone {value!r}: use an IANA name such as Europe/Berlin "
                "(or a Windows name such as W. Europe Standard Time)"
            )
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> WorkingHoursConfig:
        if self.start == self.end:
            _custom_errors("WorkingHoursConfig", [(("end",), "must differ from start")])
        return self

    @property
    def weekday_numbers(self) -> frozenset[int]:
        """The working days as 0 (Monday) to 6."""
        return frozenset(WEEKDAYS.index(day) for day in self.days)


class CalendarsConfig(_Section):
    """Calendar providers; a missing provider section means that provider is off."""

    # Off unless its section is present (which also resolves its token path next to the file).
    google: GoogleCalendarConfig = GoogleCalendarConfig(enabled=False)
    outlook: OutlookCalendarConfig = OutlookCalendarConfig(enabled=False)
    working_hours: WorkingHoursConfig = WorkingHoursConfig()

    @property
    def any_enabled(self) -> bool:
        """Whether at least one calendar provider is on."""
        return self.google.enabled or self.outlook.enabled


class KeyContact(_Section):
    """A person whose mail matters more than its content suggests."""

    email: str
    role: str = ""
    priority_boost: int = Field(default=1, ge=0, le=3)

    @field_validator("email")
    @classmethod
    def _address(cls, value: str) -> str:
        if not _EMAIL.match(value.strip()):
            raise ValueError(f"must be an email address (got {value!r})")
        return value.strip().lower()


class ClassifierConfig(_Section):
    """The Claude model that classifies mail, and its limits."""

    model: Text = "claude-haiku-5-5"
    base_url: Annotated[Url | None, BeforeValidator(_blank_is_none)] = None
    # None: 30 s, or for a thinking model enough for its output budget (see `timeout`).
    timeout_seconds: Annotated[float | None, BeforeValidator(_blank_is_none)] = Field(
        default=None, gt=0, le=600
    )
    concurrency: int = Field(default=4, ge=1, le=32)
    max_body_chars: int = Field(default=4000, ge=200, le=200_000)
    max_output_tokens: int = Field(default=512, ge=64, le=64_000)
    max_retries: int = Field(default=2, ge=0, le=10)
    cache_ttl: Literal["5m", "1h"] = "5m"
    # Prompt tokens for the owner's corrections as labelled examples; 0 leaves them out.
    learned_examples_tokens: int = Field(default=1500, ge=0, le=20_000)
    # USD a day (the owner's day) Claude may cost, every call counted; past it Claude is not
    # asked until midnight (core.triage.budget). None: no budget.
    daily_budget_usd: Annotated[float | None, BeforeValidator(_blank_is_none)] = Field(
        default=None, gt=0, le=100_000
    )
    # The newest messages of each project and area folder the offline classifier learns the
    # owner's filing from (`core.triage.filed_mail`), read daily; 0 reads none.
    filed_mail_per_folder: int = Field(default=200, ge=0, le=2000)

    @property
    def timeout(self) -> float:
        """Seconds before one Claude request is abandoned: the configured value or the default."""
        if self.timeout_seconds is not None:
            return self.timeout_seconds
        return default_timeout_seconds(self.model, self.max_output_tokens)


class SlackConfig(_Section):
    """How the owner reaches the assistant in Slack."""

    mode: Literal["socket", "http"] = "socket"
    owner_user_ids: tuple[str, ...] = ()
    channel: Annotated[Text | None, BeforeValidator(_blank_is_none)] = None
    port: int = Field(default=3000, ge=1, le=65535)
    host: Text = "0.0.0.0"
    api_base_url: Url = "https://slack.com/api/"

    @field_validator("owner_user_ids")
    @classmethod
    def _slack_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [v for v in value if not _SLACK_USER.match(v.strip())]
        if bad:
            raise ValueError(
                f"each owner must be a Slack member ID like U012AB3CD, not a name (got {bad[0]!r})"
            )
        return tuple(v.strip() for v in value)

    @field_validator("host")
    @classmethod
    def _listen_address(cls, value: str) -> str:
        if not _LISTEN_HOST.match(value):
            raise ValueError(
                f"must be an IP address or a host name such as 127.0.0.1 or 0.0.0.0 (got {value!r})"
            )
        return value

    @field_validator("api_base_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        # Slack's clients append method names to this URL, so it must end in '/'.
        return value if value.endswith("/") else value + "/"


# Polling below this buys no speed: a card already takes a few seconds after its poll (Claude, then
# the sink's 2 s wait for a burst to settle), and each idle poll is still one Graph request. 15 s is
# 5,760 requests a day and 40 of the mailbox's 10,000 per 10 minutes: room for approvals and bursts.
MIN_POLL_INTERVAL_SECONDS = 15
# 30 s keeps the p95 from arrival to card under a minute (at most 30 s until the poll, a few seconds
# to classify and post) for 2,880 Graph requests a day while idle.
DEFAULT_POLL_INTERVAL_SECONDS = 30


class TriageConfig(_Section):
    """When to poll, how far back to look, and when to nudge or escalate."""

    # The first key, kept so existing configs schedule as before; the seconds key supersedes it.
    poll_interval_minutes: int | None = Field(default=None, ge=1, le=1440)
    poll_interval_seconds: int | None = Field(default=None, le=86_400)
    backfill_days: int = Field(default=2, ge=0, le=365)
    nudge_after_hours: int = Field(default=48, ge=1, le=8760)
    escalate_after_hours: int = Field(default=96, ge=1, le=8760)
    # Saturday and Sunday in the owner's time zone do not count towards the two thresholds.
    skip_weekends: bool = False
    low_confidence_threshold: float = Field(default=0.6, ge=0, le=1)
    # A pending suggestion leaves the Slack queue this long after it arrived (0: never), with
    # one reminder at `pending_reminder_hours` (0: no reminder).
    pending_expiry_hours: int = Field(default=72, ge=0, le=8760)
    pending_reminder_hours: int = Field(default=48, ge=0, le=8760)

    @field_validator("pending_reminder_hours")
    @classmethod
    def _reminder_first(cls, value: int, info: ValidationInfo) -> int:
        expiry = info.data.get("pending_expiry_hours")
        if value and isinstance(expiry, int) and expiry and value >= expiry:
            raise ValueError(
                f"must be less than pending_expiry_hours ({expiry}): the reminder comes "
                "before the suggestion leaves the queue (0 turns the reminder off)"
            )
        return value

    @field_validator("escalate_after_hours")
    @classmethod
    def _after_nudge(cls, value: int, info: ValidationInfo) -> int:
        nudge = info.data.get("nudge_after_hours")
        if isinstance(nudge, int) and value < nudge:
            raise ValueError(f"must be at least nudge_after_hours ({nudge})")
        return value

    @field_validator("poll_interval_seconds")
    @classmethod
    def _one_poll_interval(cls, value: int | None, info: ValidationInfo) -> int | None:
        if value is None:
            return None
        if value < MIN_POLL_INTERVAL_SECONDS:
            raise ValueError(
                f"must be at least {MIN_POLL_INTERVAL_SECONDS} (got {value}): faster polling "
                "spends Graph requests without bringing a card sooner"
            )
        if info.data.get("poll_interval_minutes") is not None:
            raise ValueError(
                "set either triage.poll_interval_seconds or triage.poll_interval_minutes, "
                "not both (poll_interval_seconds also allows intervals under a minute)"
            )
        return value

    @property
    def poll_interval(self) -> timedelta:
        """Return the time between Inbox syncs, from whichever key is set (default 30 s)."""
        if self.poll_interval_seconds is not None:
            return timedelta(seconds=self.poll_interval_seconds)
        if self.poll_interval_minutes is not None:
            return timedelta(minutes=self.poll_interval_minutes)
        return timedelta(seconds=DEFAULT_POLL_INTERVAL_SECONDS)


class DigestConfig(_Section):
    """The daily digest DM: when it comes, and how long before an earlier first meeting."""

    enabled: bool = True
    # Wall-clock time in the owner's zone (calendars.working_hours.time_zone, else the mailbox's).
    time: ClockTime = time(8, 0)
    before_first_meeting_minutes: int = Field(default=15, ge=0, le=240)


class FlagRule(_Section):
    """When the follow-up flag of one action type starts and falls due, in working days.

    Working days are `calendars.working_hours.days`, counted from the approval's day in the
    mailbox's time zone.
    """

    start_in_working_days: int = Field(default=0, ge=0, le=260)
    due_in_working_days: int = Field(default=2, ge=0, le=260)
    # The task's due date instead (the email's arrival plus triage.nudge_after_hours).
    due_from_task: bool = False

    @field_validator("due_in_working_days")
    @classmethod
    def _not_before_start(cls, value: int, info: ValidationInfo) -> int:
        start = info.data.get("start_in_working_days")
        if isinstance(start, int) and value < start:
            raise ValueError(f"must be at least start_in_working_days ({start})")
        return value


class FollowupConfig(_Section):
    """Follow-through after triage: the daily digest, follow-up flags and how long an approval
    can be undone."""

    digest: DigestConfig = DigestConfig()
    # Action types whose approval flags the email, each with its start and due rule.
    flags: dict[ActionType, FlagRule] = {}
    undo_window_hours: int = Field(default=24, ge=1, le=720)

    @property
    def undo_window(self) -> timedelta:
        """How long after an approval it can still be undone."""
        return timedelta(hours=self.undo_window_hours)


class Settings(_Section):
    """The whole validated configuration."""

    auth: AuthConfig = AuthConfig()
    graph: GraphConfig = GraphConfig()
    storage: StorageConfig = StorageConfig()
    projects: tuple[Project, ...] = ()
    areas: tuple[Area, ...] = ()
    categories: CategoriesConfig = CategoriesConfig()
    integrations: IntegrationsConfig = IntegrationsConfig()
    calendars: CalendarsConfig = CalendarsConfig()
    classifier: ClassifierConfig = ClassifierConfig()
    slack: SlackConfig = SlackConfig()
    triage: TriageConfig = TriageConfig()
    followup: FollowupConfig = FollowupConfig()
    key_contacts: tuple[KeyContact, ...] = ()
    log_level: str = "INFO"

    @model_validator(mode="before")
    @classmethod
    def _resolve_default_paths(cls, data: Any) -> Any:
        # Default section instances skip validation, so their relative paths would not resolve.
        return {"auth": {}, "storage": {}, **data} if isinstance(data, dict) else data

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        if value.upper() not in _LOG_LEVELS:
            raise ValueError("must be one of: " + ", ".join(_LOG_LEVELS))
        return value.upper()

    @model_validator(mode="after")
    def _check_across_sections(self) -> Settings:
        # Names become Outlook categories and folders map mail back to entries: both must be unique.
        problems: list[tuple[Loc, str]] = []
        framework = {n.casefold(): str(n) for n in [*Priority, *ActionType]}
        names: dict[str, str] = {}
        folders: dict[str, str] = {}
        for kind, entries in (("projects", self.projects), ("areas", self.areas)):
            for i, entry in enumerate(entries):
                here = f"{kind}[{i}]"
                name, folder = entry.name.casefold(), entry.folder.casefold()
                if name in framework:
                    problems.append(
                        (
                            (kind, i, "name"),
                            f"clashes with the framework category '{framework[name]}'",
                        )
                    )
                elif name in names:
                    problems.append(((kind, i, "name"), f"duplicate name (also {names[name]})"))
                if folder in folders:
                    problems.append(((kind, i, "folder"), f"same folder as {folders[folder]}"))
                names.setdefault(name, here)
                folders.setdefault(folder, here)
        if (
            self.calendars.outlook.enabled
            and "scopes" in self.auth.model_fields_set
            and CALENDAR_SCOPE.casefold() not in {s.casefold() for s in self.auth.scopes}
        ):
            problems.append(
                (
                    ("auth", "scopes"),
                    f"add {CALENDAR_SCOPE}: calendars.outlook is enabled and reads and writes "
                    "the Outlook calendar with it (or remove auth.scopes to use the defaults)",
                )
            )
        backend = self.integrations.backend_problem()
        if backend is not None:
            problems.append((("integrations", "task_backend"), backend))
        _custom_errors("Settings", problems)
        return self

    def folders(self) -> list[str]:
        """Return every project and area folder, projects first, in file order."""
        return [entry.folder for entry in (*self.projects, *self.areas)]

    def area_for_folder(self, folder: str) -> Area | None:
        """Return the area that owns `folder`, or None.

        An area owns its folder and everything below it, compared case-insensitively:
        "areas/sales/Leads" belongs to the area with folder "Areas/Sales". When areas nest, the
        deepest one wins. "Areas/SalesOps" does not belong to "Areas/Sales" (whole segments only).
        """
        wanted = "/".join(s.strip() for s in folder.strip().strip("/").split("/")).casefold()
        best: Area | None = None
        for area in self.areas:
            own = area.folder.casefold()
            if (wanted == own or wanted.startswith(own + "/")) and (
                best is None or len(own) > len(best.folder)
            ):
                best = area
        return best

    def color_for_area(self, area: Area) -> str:
        """Return the colour preset a new category for `area` gets."""
        return area.color or self.categories.area_color


@dataclass(frozen=True)
class Secrets:
    """Credentials from the environment; never read from config.yaml, never shown by repr."""

    anthropic_api_key: str | None = field(default=None, repr=False)
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    graph_access_token: str | None = field(default=None, repr=False)
    todoist_api_token: str | None = field(default=None, repr=False)
    google_client_secret: str | None = field(default=None, repr=False)
    google_access_token: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Secrets:
        """Read the secrets from environment variables; empty values count as unset."""
        env = os.environ if environ is None else environ
        values = [env.get(name) or None for name in SECRET_ENV_VARS]
        return cls(*values)

    def __repr__(self) -> str:
        names = [f.lower() for f in SECRET_ENV_VARS]
        shown = ", ".join(f"{n}={'<set>' if getattr(self, n) else None}" for n in names)
        return f"Secrets({shown})"


# --- loading and writing ---


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError as err:
        raise ConfigError(
            f"{path}: file not found; copy config.yaml.example to {path} and fill it in"
        ) from err
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the file ({os_reason(err)})") from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ConfigError(not_utf8_problem(data, err, path)) from err


def load_settings(path: Path, *, environ: Mapping[str, str] | None = None) -> Settings:
    """Load and validate `path`; raise one ConfigError listing every problem with its line."""
    return settings_from_text(_read(path), path, environ=environ)


def settings_from_text(
    text: str, path: Path, *, environ: Mapping[str, str] | None = None
) -> Settings:
    """Validate YAML `text` as if it were the file `path` (for line numbers and relative paths)."""
    name = path.name
    root = parse_yaml(text, name)
    problems: list[tuple[int, str]] = []
    unexpanded: set[Loc] = set()
    from_env: dict[Loc, EnvValue] = {}

    def report(loc: Loc, message: str) -> None:
        where, line = locate(root, loc)
        problems.append((line, f"{where}: {message} ({name}:{line})"))

    def expansion_failed(loc: Loc, message: str) -> None:
        unexpanded.add(loc)
        report(loc, message)

    data = to_plain(root, os.environ if environ is None else environ, expansion_failed, from_env)
    try:
        settings = Settings.model_validate(data, context={"base_dir": path.resolve().parent})
    except ValidationError as err:
        for error in err.errors(include_url=False):
            if tuple(error["loc"]) not in unexpanded:
                loc = tuple(error["loc"])
                report(loc, without_env_values(describe_error(error), loc, from_env))
    if problems:
        raise ConfigError("\n".join(line for _, line in sorted(problems, key=lambda p: p[0])))
    return settings


def add_taxonomy_entry(
    path: Path,
    kind: Literal["project", "area"],
    entry: Project | Area,
    *,
    environ: Mapping[str, str] | None = None,
    lock_wait: float = CONFIG_LOCK_WAIT_SECONDS,
) -> None:
    """Append a project or area to config.yaml, leaving every other byte of the file as it was.

    Refuses a name or folder already used by any project or area (case-insensitively), checks
    that the new file validates, then replaces the file atomically with the same mode. Writers
    take turns on a lock file beside config.yaml (threads and other processes alike) and read
    the file only once they hold it, so concurrent adds all land; the entry is read back after
    the write, and a ConfigError says so if something else replaced the file meanwhile.
    """
    lock = config_lock(path)
    try:
        lock.acquire(wait=lock_wait)
    except TimeoutError as err:
        raise ConfigError(
            f"cannot add {kind} {entry.name!r}: {path} is being changed by another process "
            f"(it has held {lock.path} for over {lock_wait:g} s); try again in a moment"
        ) from err
    except OSError as err:
        raise ConfigError(
            f"cannot write {path}: cannot create {lock.path} ({os_reason(err)})"
        ) from err
    try:
        checked = _append_entry(path, kind, entry, environ)
        _verify_entry(path, kind, checked, environ)
    finally:
        lock.release()


def _append_entry(
    path: Path,
    kind: Literal["project", "area"],
    entry: Project | Area,
    environ: Mapping[str, str] | None,
) -> Project | Area:
    text = _read(path)
    try:
        current = settings_from_text(text, path, environ=environ)
    except ConfigError as err:
        raise ConfigError(
            f"{path.name} has problems; fix them before adding a {kind}:\n{err}"
        ) from err
    model: type[Project | Area] = Project if kind == "project" else Area
    try:
        checked = model.model_validate(entry.model_dump(exclude_defaults=True))
    except ValidationError as err:
        reasons = "; ".join(
            f"{format_loc(tuple(e['loc']))}: {describe_error(e)}" for e in err.errors()
        )
        raise ConfigError(f"cannot add {kind} {entry.name!r}: {reasons}") from err
    for other in (*current.projects, *current.areas):
        if other.name.casefold() == checked.name.casefold():
            raise ConfigError(f"{path.name} already has a project or area named {other.name!r}")
        if other.folder.casefold() == checked.folder.casefold():
            raise ConfigError(f"{other.name!r} in {path.name} already uses folder {other.folder!r}")
    fields = checked.model_dump(mode="json", exclude_defaults=True)
    new_text = append_entry_text(text, parse_yaml(text, path.name), f"{kind}s", fields)
    try:
        settings_from_text(new_text, path, environ=environ)
    except ConfigError as err:
        raise ConfigError(
            f"adding {kind} {checked.name!r} would make {path.name} invalid, "
            f"so nothing was written:\n{err}"
        ) from err
    try:
        atomic_write(path, new_text.encode("utf-8"))
    except OSError as err:
        raise ConfigError(f"cannot write {path} ({os_reason(err)})") from err
    return checked


def _verify_entry(
    path: Path,
    kind: Literal["project", "area"],
    entry: Project | Area,
    environ: Mapping[str, str] | None,
) -> None:
    """Read the file back: an editor that ignores the lock may have replaced it just now."""
    try:
        written = load_settings(path, environ=environ)
    except ConfigError as err:
        raise ConfigError(
            f"{kind} {entry.name!r} was written, but {path.name} no longer loads (changed by "
            f"something else?); check the file:\n{err}"
        ) from err
    if entry not in (written.projects if kind == "project" else written.areas):
        raise ConfigError(
            f"{kind} {entry.name!r} was written, but {path.name} was replaced by something else "
            "right after and no longer has it; add it again"
        )
