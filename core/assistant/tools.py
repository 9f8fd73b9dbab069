"""The DM assistant's tools: typed inputs, what each tells Claude, and the proposals they make.

Every tool is a pydantic model whose JSON schema is the tool's `input_schema`; Claude's input is
validated back through the same model, and a failure goes back to Claude as an error tool_result.
Reading tools (list_pending, explain_suggestion, list_taxonomy, status, list_tasks) answer at
once. Tools that would change Outlook, To Do, Todoist, categories or config.yaml
(approve_suggestions, reclassify_suggestion, dismiss_suggestions, add_project_or_area,
complete_task) only check their input and return a `Proposal`: nothing
changes until the owner presses Confirm and `ChatTools.execute` runs it, re-checking everything.
Reclassifying is an approval with the owner's edits (stored as a correction), so a pending
suggestion is never rewritten behind the owner's back. More tools (the calendar's, in
`core.assistant.calendar_tools`) join these through `ExtraTools`: they build on this module, so
it never imports them.

Untrusted text (subjects, senders, previews, and the classifier's reasons, which may quote a
subject) reaches Claude only between <untrusted_email_data> tags, one line per field, cut short
and HTML-escaped so nothing inside can close the tags. No tool returns an email body.
"""

from __future__ import annotations

import functools
import hashlib
import json
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.admin import AddResult, add_project_or_area
from core.assistant.category_tools import (
    COLOR_PRESETS,
    check_new_category,
    clean_name,
    preset_guide,
)
from core.assistant.category_tools import MAX_NAME_CHARS as MAX_CATEGORY_CHARS
from core.assistant.task_tools import find_open_task, open_tasks, task_label
from core.categories import own_category_names
from core.config.settings import Area, Project, Settings
from core.errors import AppError
from core.microsoft.master_categories import CategoryApi
from core.runtime import Runtime
from core.status import StatusReport, TaskBackendHealth, gather_status
from core.store import Store
from core.tasks.registry import TaskBackends
from core.triage.classification import INBOX
from core.triage.service import TriageService
from core.triage.task_fields import BACKEND_LABELS, validate_edits
from core.triage.views import SuggestionView
from core.untrusted_text import one_line, prompt_data, prompt_quoted
from core.vocabulary import ActionType, Priority

if TYPE_CHECKING:
    from core.assistant.calendar_changes import EventPlan

UNTRUSTED_OPEN = "<untrusted_email_data>"
UNTRUSTED_CLOSE = "</untrusted_email_data>"
MAX_SUBJECT_CHARS = 120
MAX_SENDER_CHARS = 80
MAX_REASON_CHARS = 300
MAX_PREVIEW_CHARS = 300
MAX_IDS = 20
OPEN_STATUSES = ("pending", "failed")

# ---- tool inputs -------------------------------------------------------------------------------


class ToolInput(BaseModel):
    """Base of every tool's input: unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tool_name: ClassVar[str]
    changes_things: ClassVar[bool] = False

    @classmethod
    def tool_description(cls) -> str:
        """Return the tool's description for Claude: the model's docstring."""
        return " ".join((cls.__doc__ or "").split())


class ListPending(ToolInput):
    """List the suggestions waiting for the owner, oldest first: number, subject and sender."""

    tool_name = "list_pending"

    limit: int = Field(default=10, ge=1, le=25, description="How many to list (1 to 25).")


class ExplainSuggestion(ToolInput):
    """Show one suggestion: the proposed folder, priority, action type, confidence, which
    classifier made it and why, and the email's subject, sender and a short preview.
    """

    tool_name = "explain_suggestion"

    suggestion_id: int = Field(ge=1, description="The suggestion's number, as in #12.")


class ApproveSuggestions(ToolInput):
    """Propose approving suggestions exactly as suggested (move the email, apply the categories,
    create the To Do task). Nothing happens until the owner confirms.
    """

    tool_name = "approve_suggestions"
    changes_things = True

    suggestion_ids: list[int] = Field(
        min_length=1, max_length=MAX_IDS, description=f"1 to {MAX_IDS} suggestion numbers."
    )


class DismissSuggestions(ToolInput):
    """Propose dismissing suggestions: the emails stay where they are. Nothing happens until the
    owner confirms.
    """

    tool_name = "dismiss_suggestions"
    changes_things = True

    suggestion_ids: list[int] = Field(
        min_length=1, max_length=MAX_IDS, description=f"1 to {MAX_IDS} suggestion numbers."
    )


class ReclassifySuggestion(ToolInput):
    """Propose approving one suggestion with different values (folder, priority, action type); the
    change is remembered as a correction. Give at least one of folder, priority, action_type.
    Nothing happens until the owner confirms.
    """

    tool_name = "reclassify_suggestion"
    changes_things = True

    suggestion_id: int = Field(ge=1, description="The suggestion's number.")
    folder: str | None = Field(
        default=None, description='A folder from list_taxonomy, exactly as written, or "Inbox".'
    )
    priority: Priority | None = None
    action_type: ActionType | None = None
    create_task: bool | None = Field(
        default=None, description="Create a task or not (default: by action type)."
    )
    task_backend: Literal["none", "todo", "todoist"] | None = Field(
        default=None,
        description='Where the task goes: "todo", "todoist" or "none" (default: as configured).',
    )
    note: str | None = Field(
        default=None, max_length=500, description="Why, in the owner's words (optional)."
    )

    @model_validator(mode="after")
    def _something_changes(self) -> ReclassifySuggestion:
        if self.folder is None and self.priority is None and self.action_type is None:
            raise ValueError("give at least one of folder, priority, action_type")
        return self

    def edits(self) -> dict[str, Any]:
        """Return the edits in the approval's vocabulary, omitting unset fields."""
        return self.model_dump(exclude={"suggestion_id"}, exclude_none=True, mode="json")


class AddProjectOrArea(ToolInput):
    """Propose adding a project (time-bound work) or an area (ongoing responsibility) to the
    taxonomy: it is written to config.yaml, its Outlook folder is created, and an area also gets
    its Outlook category. Nothing happens until the owner confirms.
    """

    tool_name = "add_project_or_area"
    changes_things = True

    kind: Literal["project", "area"]
    name: str = Field(min_length=1, max_length=255)
    folder: str = Field(
        min_length=1, max_length=400, description='Like "Projects/Website" or "Areas/Legal".'
    )
    description: str = Field(default="", max_length=500)
    keywords: list[str] = Field(default_factory=list, max_length=30)
    senders: list[str] = Field(
        default_factory=list,
        max_length=30,
        description='Addresses or domains starting with "@", e.g. "@contoso.example".',
    )


class ListTaxonomy(ToolInput):
    """List the projects and areas with their folders (where mail can be filed)."""

    tool_name = "list_taxonomy"


class Status(ToolInput):
    """Show the assistant's status: suggestion counts, last mail sync, To Do, sign-in and today's
    classification cost.
    """

    tool_name = "status"


class ListTasks(ToolInput):
    """List the open tasks the assistant created for approved emails, in Microsoft To Do and
    Todoist: task number, where it is, the email's subject and sender, and the task's link.
    """

    tool_name = "list_tasks"

    backend: Literal["todo", "todoist"] | None = Field(
        default=None, description='Only "todo" (Microsoft To Do) or "todoist"; default both.'
    )
    limit: int = Field(default=10, ge=1, le=25, description="How many to list (1 to 25).")


class CompleteTask(ToolInput):
    """Propose marking one open task done, in the service that holds it (To Do or Todoist), by
    its task number from list_tasks. Nothing happens until the owner confirms.
    """

    tool_name = "complete_task"
    changes_things = True

    task_number: int = Field(ge=1, description="The task's number from list_tasks.")


class ManageCategory(ToolInput):
    """List the owner's own Outlook categories (action "list"), or propose creating one with a
    name and a colour preset (action "create") that triage may then add to matching emails.
    An existing Outlook category of that name is adopted with its own colour; categories are
    never recoloured or deleted here. Nothing is created until the owner confirms.
    """

    tool_name = "manage_category"
    changes_things = True

    action: Literal["list", "create"]
    name: str | None = Field(default=None, max_length=MAX_CATEGORY_CHARS)
    color: Literal[COLOR_PRESETS] | None = Field(  # type: ignore[valid-type]
        default=None, description="Outlook's colour preset: " + preset_guide() + "."
    )


TOOL_INPUTS: tuple[type[ToolInput], ...] = (
    ListPending,
    ExplainSuggestion,
    ApproveSuggestions,
    ReclassifySuggestion,
    DismissSuggestions,
    ListTaxonomy,
    AddProjectOrArea,
    Status,
    ListTasks,
    CompleteTask,
    ManageCategory,
)
_BY_NAME = {tool.tool_name: tool for tool in TOOL_INPUTS}


class ExtraTools(Protocol):
    """Tools defined outside this module (the calendar's), run beside these."""

    inputs: tuple[type[ToolInput], ...]

    async def run(self, args: ToolInput) -> ToolOutcome:
        """Run one of `inputs` on validated input."""
        ...


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """Resolve `$ref`s, drop titles and class docstrings, and let optional fields just be absent.

    Fewer tokens, the same meaning: a field that may be null is simply left out, and the model
    still accepts both.
    """
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    ref = node.get("$ref")
    if isinstance(ref, str):
        target = dict(defs[ref.rsplit("/", 1)[-1]])
        target.pop("description", None)
        out.update(_inline(target, defs))
    options = node.get("anyOf")
    if isinstance(options, list) and {"type": "null"} in options and len(options) == 2:
        out.update(_inline(next(o for o in options if o != {"type": "null"}), defs))
    for key, value in node.items():
        if key in ("$ref", "$defs", "title") or (key == "default" and value is None):
            continue
        if key == "anyOf" and "type" in out:
            continue
        if key == "properties":
            out[key] = {name: _inline(sub, defs) for name, sub in value.items()}
        else:
            out[key] = _inline(value, defs)
    return out


@functools.cache
def _definitions(extra: tuple[type[ToolInput], ...]) -> tuple[str, ...]:
    tools = []
    for model in (*TOOL_INPUTS, *extra):
        schema = model.model_json_schema()
        schema.pop("description", None)  # the tool's description already says it
        definition = {
            "name": model.tool_name,
            "description": model.tool_description(),
            "input_schema": _inline(schema, schema.get("$defs", {})),
        }
        tools.append(json.dumps(definition, sort_keys=True))
    return tuple(tools)


def tool_definitions(extra: tuple[type[ToolInput], ...] = ()) -> list[dict[str, Any]]:
    """Return the tools (these, then `extra`) as the Messages API takes them (the same bytes
    on every call)."""
    return [json.loads(text) for text in _definitions(extra)]


def tools_hash(extra: tuple[type[ToolInput], ...] = ()) -> str:
    """Return the sha256 of the tool definitions, to log next to every conversation call."""
    return hashlib.sha256("\n".join(_definitions(extra)).encode("utf-8")).hexdigest()


# ---- proposals and results ---------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One change a reclassification makes to a suggestion, as facts the front end words.

    `field` is folder, priority or action_type (`before` → `after`), create_task (`after` is
    "yes" or "no") or task_backend (`after` is the backend's label, or "none" for no task).
    """

    field: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class Proposal:
    """A change the assistant proposes; nothing happens until the owner confirms it.

    `kind` is approve, reclassify, dismiss, complete_task or add_project_or_area; `args` is what
    runs. The rest are facts for the owner's confirmation prompt (worded by the front end):
    `cited` the suggestions (or the task) it acts on, as cited to the owner (untrusted text, front
    ends escape it), `values` each approved suggestion's folder, priority and action type,
    `changes` a reclassification's changes, `backend` the task's backend label. Adding a project
    or area cites its name and gives its folder as the one value. A calendar change
    (calendar_create, calendar_move, calendar_delete) carries its facts in `event`.
    """

    id: str
    kind: str
    args: dict[str, Any] = field(default_factory=dict)
    cited: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    changes: tuple[Change, ...] = ()
    backend: str = ""
    event: EventPlan | None = None


@dataclass(frozen=True)
class ToolOutcome:
    """What a tool call gives back to Claude, and the proposal it made, if any."""

    text: str
    is_error: bool = False
    proposal: Proposal | None = None


@dataclass(frozen=True)
class ChatOperations:
    """What the tools need beyond the suggestions API (`TriageService`) and the store.

    `settings` returns the settings in force, `status` gathers the status report,
    `add_project_or_area` runs core.admin's add with an actor, `config_path` tells whether
    there is a config.yaml to write to (the demo has none), and `tasks` are the task backends.
    """

    settings: Callable[[], Settings]
    status: Callable[[], Awaitable[StatusReport]]
    add_project_or_area: Callable[[AddProjectOrArea, str], Awaitable[AddResult]]
    config_path: Callable[[], Path | None]
    tasks: TaskBackends
    categories: CategoryApi | None = None  # Outlook's master categories (manage_category)


def chat_operations(runtime: Runtime) -> ChatOperations:
    """Build the assistant's operations on a runtime (reads `runtime.settings` on every use)."""

    async def add(entry: AddProjectOrArea, actor: str) -> AddResult:
        return await add_project_or_area(
            runtime,
            entry.kind,
            name=entry.name,
            folder=entry.folder,
            description=entry.description,
            keywords=entry.keywords,
            senders=entry.senders,
            actor=actor,
        )

    async def status() -> StatusReport:
        return await gather_status(runtime)

    return ChatOperations(
        settings=lambda: runtime.settings,
        status=status,
        add_project_or_area=add,
        config_path=lambda: runtime.config_path,
        tasks=runtime.tasks,
        categories=runtime.categories,
    )


def new_proposal_id() -> str:
    """Return an unguessable proposal id (it travels in a button's value)."""
    return "p" + secrets.token_hex(6)


# ---- text helpers ------------------------------------------------------------------------------


def _untrusted(lines: Sequence[str]) -> str:
    return "\n".join([UNTRUSTED_OPEN, *lines, UNTRUSTED_CLOSE])


def _sender(view: SuggestionView) -> str:
    name = one_line(view.sender_name, MAX_SENDER_CHARS)
    address = one_line(view.sender_address, MAX_SENDER_CHARS)
    if name and address:
        return f"{name} <{address}>"
    return name or address or "unknown sender"


def label(view: SuggestionView) -> str:
    """Return how the owner sees a suggestion cited: #12 "Subject" from Sender."""
    subject = one_line(view.subject, 80) or "(no subject)"
    sender = one_line(view.sender_name, 60) or one_line(view.sender_address, 60) or "unknown"
    return f'#{view.suggestion_id} "{subject}" from {sender}'


def values(view: SuggestionView) -> str:
    """Return a suggestion's folder, priority and action type, as cited to the owner."""
    return f"{view.folder}, {view.priority}, {view.action_type}"


def status_text(report: StatusReport) -> str:
    """Return the status report in a few short lines (the owner's and Claude's view alike)."""
    lines = [
        f"Suggestions: {report.pending} pending, {report.failed} failed, "
        f"{report.approved} approved, {report.dismissed} dismissed.",
        "Last mail sync: "
        + (
            f"{report.last_sync.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
            if report.last_sync
            else "never"
        )
        + (f"; next {report.next_sync.astimezone(UTC):%H:%M} UTC" if report.next_sync else "")
        + ".",
    ]
    if report.task_backends:
        lines += [_backend_line(health) for health in report.task_backends]
    elif report.todo_enabled is None:
        lines.append("To Do: not checked yet.")
    else:
        todo = "on" if report.todo_enabled else f"off ({report.todo_reason or 'unavailable'})"
        lines.append(f"To Do: {todo}.")
    if report.account:
        lines.append(f"Signed in as {report.account}.")
    if report.token_expires_at:
        lines.append(f"Sign-in token expires {report.token_expires_at.astimezone(UTC):%H:%M} UTC.")
    if report.missing_scopes:
        lines.append(f"Missing permissions: {', '.join(report.missing_scopes)}.")
    today = report.today
    lines.append(
        f"Classifier: {report.classifier}; today {today.count} classified, ${today.cost_usd:.4f}."
    )
    return "\n".join(lines)


def _backend_line(health: TaskBackendHealth) -> str:
    where = " (new tasks go here)" if health.active else ""
    state = "set up" if health.configured else "not set up"
    if health.off_reason is not None:
        trouble: str | None = f"switched off at start ({health.off_reason or 'unavailable'})"
    else:
        trouble = health.last_failure.summary() if health.last_failure else None
    problem = f"; last problem: {one_line(trouble, 300)}" if trouble else ""
    return f"{health.label}{where}: {state}{problem}; {health.open_tasks} open task(s)."


def _error(message: str) -> ToolOutcome:
    return ToolOutcome(message, is_error=True)


def _validation_summary(err: ValidationError) -> str:
    problems = []
    for error in err.errors(include_url=False)[:4]:
        where = ".".join(str(part) for part in error["loc"])
        problems.append(f"{where}: {error['msg']}" if where else str(error["msg"]))
    return "; ".join(problems)


# ---- the tools ---------------------------------------------------------------------------------


class ChatTools:
    """Run the assistant's tools: answer a question, or check a change and propose it."""

    def __init__(
        self,
        *,
        triage: TriageService,
        store: Store,
        ops: ChatOperations,
        extra: ExtraTools | None = None,
    ) -> None:
        self._triage = triage
        self._store = store
        self._ops = ops
        self._extra = extra
        self._by_name = dict(_BY_NAME)
        self._by_name.update({tool.tool_name: tool for tool in extra.inputs} if extra else {})

    async def run(self, name: str, raw: object, *, may_propose: bool = True) -> ToolOutcome:
        """Validate `raw` through the tool's model and run it; errors become error outcomes."""
        model = self._by_name.get(name)
        if model is None:
            return _error(f"There is no tool {name!r}; use one of: {', '.join(self._by_name)}.")
        try:
            args = model.model_validate(raw)
        except ValidationError as err:
            return _error(f"Invalid input for {name}: {_validation_summary(err)}.")
        if model.changes_things and not may_propose:
            return _error(
                "A change is already waiting for the owner's confirmation in this reply; propose "
                "one change at a time."
            )
        try:
            return await self._dispatch(args)
        except AppError as err:
            return _error(f"{name} failed: {err}")

    async def _dispatch(self, args: ToolInput) -> ToolOutcome:
        if self._extra is not None and isinstance(args, self._extra.inputs):
            return await self._extra.run(args)
        if isinstance(args, ListPending):
            return await self._list_pending(args)
        if isinstance(args, ExplainSuggestion):
            return await self._explain(args)
        if isinstance(args, ApproveSuggestions | DismissSuggestions):
            return await self._propose_decision(args)
        if isinstance(args, ReclassifySuggestion):
            return await self._propose_reclassify(args)
        if isinstance(args, AddProjectOrArea):
            return self._propose_add(args)
        if isinstance(args, ListTaxonomy):
            return ToolOutcome(self._taxonomy())
        if isinstance(args, ListTasks):
            return await self._list_tasks(args)
        if isinstance(args, CompleteTask):
            return await self._propose_complete(args)
        if isinstance(args, ManageCategory):
            return await self._manage_category(args)
        return ToolOutcome(status_text(await self._ops.status()))

    # -- reading --------------------------------------------------------------------------------

    async def pending(self, limit: int) -> tuple[list[SuggestionView], int]:
        """Return up to `limit` pending suggestions and how many are pending in all."""
        views = await self._triage.list_pending(limit)
        counts = await self._store.count_suggestions()
        return views, max(counts.get("pending", 0), len(views))

    async def _list_pending(self, args: ListPending) -> ToolOutcome:
        views, total = await self.pending(args.limit)
        if not views:
            return ToolOutcome("No suggestions are pending.")
        lines = [
            f"#{v.suggestion_id} | {prompt_quoted(v.subject, MAX_SUBJECT_CHARS)}"
            f" | {prompt_data(_sender(v), 2 * MAX_SENDER_CHARS)}"
            for v in views
        ]
        head = (
            f"{total} suggestion(s) pending; showing {len(views)}, oldest first, as "
            "number | subject | sender."
        )
        return ToolOutcome(f"{head}\n{_untrusted(lines)}")

    async def _list_tasks(self, args: ListTasks) -> ToolOutcome:
        listed, total = await open_tasks(
            self._store, self._ops.tasks, backend=args.backend, limit=args.limit
        )
        if not listed:
            return ToolOutcome("No open tasks.")
        lines = [
            f"{t.number} | {t.label} | {prompt_quoted(t.subject, MAX_SUBJECT_CHARS)}"
            f" | {prompt_data(t.sender, MAX_SENDER_CHARS)} | {t.web_url or 'no link'}"
            for t in listed
        ]
        head = (
            f"{total} open task(s); showing {len(listed)}, oldest first, as "
            "task number | where | email subject | sender | link. Give the owner the links."
        )
        return ToolOutcome(f"{head}\n{_untrusted(lines)}")

    async def _explain(self, args: ExplainSuggestion) -> ToolOutcome:
        view = await self._triage.get(args.suggestion_id)
        if view is None:
            return _error(f"There is no suggestion #{args.suggestion_id}.")
        received = (
            f"{view.received_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if view.received_at else "?"
        )
        source = view.source.value if view.source else "unknown"
        facts = [
            f"Suggestion #{view.suggestion_id}, status {view.status}, received {received}.",
            f"Suggested: folder {view.folder} | {view.priority} | {view.action_type} | "
            f"confidence {view.confidence:.2f}"
            + (" | flagged for review" if view.needs_review else "")
            + (" | edited by the owner" if view.edited else "")
            + ".",
            f"Made by {view.classifier} (source: {source}).",
        ]
        if view.failure:
            facts.append(f"Last approval error: {one_line(view.failure.summary(), 300)}")
        email = [
            f"Subject: {prompt_data(view.subject, MAX_SUBJECT_CHARS)}",
            f"From: {prompt_data(_sender(view), 2 * MAX_SENDER_CHARS)}",
            f"Classifier's reason: {prompt_data(view.reason, MAX_REASON_CHARS)}",
            f"Preview: {prompt_data(view.preview, MAX_PREVIEW_CHARS)}",
        ]
        return ToolOutcome("\n".join(facts) + "\n" + _untrusted(email))

    def _taxonomy(self) -> str:
        settings = self._ops.settings()
        lines: list[str] = []
        for title, entries in (("Projects", settings.projects), ("Areas", settings.areas)):
            lines.append(f"{title}:" if entries else f"{title}: none")
            for entry in entries:
                extra = f" (keywords: {', '.join(entry.keywords)})" if entry.keywords else ""
                lines.append(f'- "{entry.name}": {entry.folder}{extra}')
        lines.append(f'Or "{INBOX}": leave the email unfiled.')
        return "\n".join(lines)

    # -- proposing ------------------------------------------------------------------------------

    async def _open_views(self, ids: Sequence[int]) -> tuple[list[SuggestionView], list[str]]:
        views, problems = [], []
        for suggestion_id in dict.fromkeys(ids):
            view = await self._triage.get(suggestion_id)
            if view is None:
                problems.append(f"#{suggestion_id}: no such suggestion")
            elif view.status not in OPEN_STATUSES:
                problems.append(f"#{suggestion_id}: already {view.status}")
            else:
                views.append(view)
        return views, problems

    async def _propose_decision(self, args: ApproveSuggestions | DismissSuggestions) -> ToolOutcome:
        views, problems = await self._open_views(args.suggestion_ids)
        if problems:
            return _error("Cannot propose that: " + "; ".join(problems) + ".")
        ids = [v.suggestion_id for v in views]
        numbers = ", ".join(f"#{i}" for i in ids)
        kind = "approve" if isinstance(args, ApproveSuggestions) else "dismiss"
        proposal = Proposal(
            new_proposal_id(),
            kind,
            {"suggestion_ids": ids},
            cited=tuple(label(v) for v in views),
            values=tuple(values(v) for v in views) if kind == "approve" else (),
        )
        return proposed(proposal, f"{kind} suggestion(s) {numbers} as they stand")

    async def _propose_reclassify(self, args: ReclassifySuggestion) -> ToolOutcome:
        views, problems = await self._open_views([args.suggestion_id])
        if problems:
            return _error("Cannot propose that: " + "; ".join(problems) + ".")
        view = views[0]
        try:
            edits = validate_edits(args.edits(), self._ops.settings())
        except ValueError as err:
            return _error(f"Cannot propose that: {err}.")
        before = {"folder": view.folder, "priority": view.priority, "action_type": view.action_type}
        changes = [
            Change(key, str(before[key]), str(edits[key]))
            for key in ("folder", "priority", "action_type")
            if key in edits and edits[key] != before[key]
        ]
        if "create_task" in edits:
            changes.append(Change("create_task", after="yes" if edits["create_task"] else "no"))
        if "task_backend" in edits:
            where = edits["task_backend"]
            changes.append(
                Change("task_backend", after="none" if where == "none" else BACKEND_LABELS[where])
            )
        if not changes:
            return _error(
                f"#{view.suggestion_id} already suggests exactly that; use approve_suggestions."
            )
        proposal = Proposal(
            new_proposal_id(),
            "reclassify",
            {"suggestion_id": view.suggestion_id, "edits": edits},
            cited=(label(view),),
            changes=tuple(changes),
        )
        told = "; ".join(
            f"{c.field}: {c.before} → {c.after}" if c.before else f"{c.field}: {c.after}"
            for c in changes
        )
        return proposed(proposal, f"approve #{view.suggestion_id} with {told}")

    async def _propose_complete(self, args: CompleteTask) -> ToolOutcome:
        task = await find_open_task(self._store, self._ops.tasks, args.task_number)
        if isinstance(task, str):
            return _error(f"Cannot propose that: {task}.")
        proposal = Proposal(
            new_proposal_id(),
            "complete_task",
            {"task_number": task.number},
            cited=(task_label(task),),
            backend=task.label,
        )
        return proposed(proposal, f"complete task {task.number} in {task.label}")

    async def _manage_category(self, args: ManageCategory) -> ToolOutcome:
        existing = await own_category_names(self._store)
        if args.action == "list":
            if not existing:
                return ToolOutcome("The owner has no categories of their own yet.")
            return ToolOutcome("The owner's own categories: " + ", ".join(existing) + ".")
        name = clean_name(args.name or "")
        problem = check_new_category(name, args.color or "", self._ops.settings(), existing)
        if problem is not None:
            return _error(f"Cannot propose that: {problem}.")
        proposal = Proposal(
            new_proposal_id(),
            "create_category",
            {"name": name, "color": args.color},
            cited=(name,),
            values=(str(args.color),),
        )
        return proposed(proposal, f"create the category {name!r} ({args.color})")

    def _propose_add(self, args: AddProjectOrArea) -> ToolOutcome:
        if self._ops.config_path() is None:
            return _error("There is no config.yaml to add to (the demo runs on built-in settings).")
        model: type[Project | Area] = Project if args.kind == "project" else Area
        try:
            entry = model.model_validate(args.model_dump(exclude={"kind"}))
        except ValidationError as err:
            return _error(f"Cannot propose that: {_validation_summary(err)}.")
        problem = _taxonomy_problem(args.kind, entry, self._ops.settings())
        if problem:
            return _error(f"Cannot propose that: {problem}.")
        proposal = Proposal(
            new_proposal_id(),
            "add_project_or_area",
            args.model_dump(),
            cited=(entry.name,),
            values=(entry.folder,),
        )
        return proposed(proposal, f"add {args.kind} {entry.name!r} with folder {entry.folder!r}")


def proposed(proposal: Proposal, what: str) -> ToolOutcome:
    """Tell Claude a proposal waits for the owner's Confirm and what it would do."""
    text = (
        f"Proposal {proposal.id} is waiting for the owner: {what}. Nothing has changed yet; the "
        "owner confirms or cancels it with the buttons under your reply. Tell them in one "
        "sentence what will happen."
    )
    return ToolOutcome(text, proposal=proposal)


def _taxonomy_problem(kind: str, entry: Project | Area, settings: Settings) -> str | None:
    framework = {value.casefold() for value in (*Priority, *ActionType)}
    if entry.name.casefold() in framework:
        return f"{entry.name!r} is a built-in category name"
    for other in (*settings.projects, *settings.areas):
        if other.name.casefold() == entry.name.casefold():
            return f"a project or area is already named {other.name!r}"
        if other.folder.casefold() == entry.folder.casefold():
            return f"{other.name!r} already uses folder {other.folder!r}"
    wrong_root = "Areas" if kind == "project" else "Projects"
    if entry.folder.split("/", 1)[0].casefold() == wrong_root.casefold():
        return f"a {kind}'s folder does not belong under {wrong_root}/"
    return None
