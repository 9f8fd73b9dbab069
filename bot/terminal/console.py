"""The console front end: review suggestions in a terminal through the same core API as Slack.

errbot's text backend, kept as an idea only: `outlook-assistant review` (and
`outlook-assistant demo`) show the suggestion card as text, one per screen, and take single
keys that act without Enter (`bot.messages.REVIEW_KEYS`): a approve, e edit, d dismiss, s skip,
r retry a failed one, q quit. Scripted answers (tests) are read a line at a time instead. Every
decision goes through the `Assistant` (`core.api`) exactly as a Slack button would; a summary at
the end says what the session did and cost.

A blank answer (Enter) never approves anything: approving is always an explicit key. Three
blank answers in a row (a closed stdin answers blank forever) end the review like `q`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from rich.padding import Padding
from rich.text import Text

from bot import messages
from bot.terminal.cards import card_lines, outcome_line
from bot.terminal.screen import Terminal
from core.api import (
    ACTOR_OWNER,
    INBOX,
    MAX_NOTE_CHARS,
    NO_TASK,
    ApprovalOutcome,
    Assistant,
    BootstrapReport,
    StartupReport,
    SuggestionView,
    TriageReport,
)
from core.errors import AuthError, GraphError
from core.vocabulary import ActionType, Priority

AUTO_APPROVE_CONFIDENCE = 0.8
MAX_BLANK_ANSWERS = 3
REVIEW_LIMIT = 1000
_REVIEWABLE = ("pending", "failed")
_KEY_WORDS = {word: key for key, word, _ in messages.REVIEW_KEYS}


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ReviewSummary:
    """What a console session decided, created and cost."""

    approved: int = 0
    dismissed: int = 0
    skipped: int = 0
    failed: int = 0
    still_pending: int = 0
    tasks_created: int = 0
    tasks_by_backend: Counter[str] = field(default_factory=Counter)  # the owner's names
    categories_created: int = 0
    graph_requests: int = 0
    classifications: Counter[str] = field(default_factory=Counter)
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cost_usd: float = 0.0
    stopped_early: bool = False
    # What the offline classifier learned the owner's filing from; None: not read this session.
    filed_emails: int | None = None
    filed_folders: int = 0


class ConsoleFrontEnd:
    """Show suggestions in a terminal and carry out the owner's keys through the `Assistant`."""

    def __init__(
        self,
        assistant: Assistant,
        terminal: Terminal,
        *,
        bootstrap: BootstrapReport | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        """Start a session now: its Graph requests and Claude costs count from here."""
        self._assistant = assistant
        self._terminal = terminal
        self._bootstrap = bootstrap
        self._clock = clock
        self._started_at = clock()
        self._graph_baseline = assistant.graph_requests
        self._decisions: dict[int, str] = {}
        self._outcomes: dict[int, ApprovalOutcome] = {}
        self._stopped_early = False
        self._last_line = ""
        self._todo_usable = True

    @property
    def _clears_screen(self) -> bool:
        # Only a person at a real terminal wants a fresh screen; logs and tests want every card.
        return self._terminal.interactive and self._terminal.console.is_terminal

    # -- start-up and triage ------------------------------------------------------------------

    async def start(self) -> StartupReport:
        """Run the first start (id migration, To Do, category bootstrap) and say what it did."""
        term = self._terminal
        before = self._assistant.graph_requests
        report = await self._assistant.start()
        migration = report.migration
        if migration.skipped:
            term.ok(messages.IDS_ALREADY_MIGRATED)
        elif migration.total:
            term.ok(messages.ids_translated(migration.total, migration.translated))
        else:
            term.ok(messages.IDS_NOTHING_TO_MIGRATE)
        if report.todo.enabled:
            list_name = self._assistant.settings.integrations.todo.list_name
            term.ok(messages.todo_available(list_name))
        else:
            todo = report.todo
            term.warn(messages.todo_off(messages.todo_unavailable(todo.unavailable, todo.status)))
        if report.bootstrap is not None:
            self._bootstrap = b = report.bootstrap
            term.ok(messages.bootstrapped(b.total, len(b.created), len(b.existed)))
            if b.orphans:
                self._print(messages.unmanaged_categories(b.orphans), indent=2)
        used = self._assistant.graph_requests - before
        term.say("  " + messages.start_up_took(used))
        return report

    async def triage(self) -> TriageReport | None:
        """Run one triage pass (sync and classify) and say who classified and at what cost."""
        term, assistant = self._terminal, self._assistant
        if assistant.classifier_name is None:
            term.say(messages.HEURISTIC_CLASSIFIES)
        else:
            term.say(messages.claude_classifies(assistant.settings.classifier.model))
        before = assistant.graph_requests
        try:
            report = await assistant.triage()
        except (GraphError, AuthError) as err:
            term.warn(
                messages.reviewing_stored(messages.problem_text(err, messages.SYNC_THE_INBOX))
            )
            return None
        term.ok(
            messages.triaged(
                report.new_emails,
                report.classified,
                messages.by_source(report.by_source),
                assistant.graph_requests - before,
                report.cost_usd,
            )
        )
        if report.failures:
            term.warn(messages.not_classified(report.failures))
        return report

    # -- the review ---------------------------------------------------------------------------

    async def review(self) -> ReviewSummary:
        """Show each pending (or failed) suggestion and act on the owner's key; then summarise."""
        term = self._terminal
        views = await self._assistant.pending(REVIEW_LIMIT, with_failed=True)
        if not views:
            term.say(messages.NOTHING_TO_REVIEW)
            return await self.summary()
        if not term.interactive:
            term.warn(messages.no_terminal_to_ask(len(views)))
            return await self.summary()
        self._todo_usable = await self._assistant.tasks_enabled()
        if self._clears_screen:
            term.key(messages.review_start(len(views)))
        for index, view in enumerate(views, 1):
            if not await self._review_one(view, index, len(views)):
                self._stopped_early = True
                break
        return await self.summary()

    async def approve_confident(
        self, min_confidence: float = AUTO_APPROVE_CONFIDENCE
    ) -> ReviewSummary:
        """Approve, unattended, every pending suggestion that is confident, unflagged and filed.

        A suggestion qualifies with confidence >= `min_confidence`, no needs_review flag and a
        folder other than the Inbox; everything else stays pending for the owner.
        """
        term = self._terminal
        views = await self._assistant.pending(REVIEW_LIMIT)
        chosen = [
            v
            for v in views
            if v.confidence >= min_confidence and not v.needs_review and v.folder != INBOX
        ]
        term.say(messages.approving_confident(len(chosen), len(views), min_confidence))
        for view in chosen:
            self._print(card_lines(view)[0])
            await self._act(view, "a", None)
        return await self.summary()

    async def summary(self) -> ReviewSummary:
        """Return what this session did: decisions, tasks, categories, Graph requests, Claude."""
        decided = Counter(self._decisions.values())
        made = Counter(
            messages.backend_label(o.task_backend, o.task_backend_label)
            for i, o in self._outcomes.items()
            if o.task_id and self._decisions.get(i) == "approved"
        )
        # A second of slack: some platforms' clocks tick coarsely, and the window must hold
        # the classifications just written.
        totals = await self._assistant.classification_totals(
            since=self._started_at, until=self._clock() + timedelta(seconds=1)
        )
        statuses = await self._assistant.suggestion_counts()
        filed = self._assistant.filed_mail
        return ReviewSummary(
            approved=decided["approved"],
            dismissed=decided["dismissed"],
            skipped=decided["skipped"],
            failed=decided["failed"],
            still_pending=statuses.get("pending", 0),
            tasks_created=sum(made.values()),
            tasks_by_backend=made,
            categories_created=len(self._bootstrap.created) if self._bootstrap else 0,
            graph_requests=self._assistant.graph_requests - self._graph_baseline,
            classifications=Counter(dict(totals.by_source)),
            input_tokens=totals.input_tokens
            + totals.cache_read_input_tokens
            + totals.cache_creation_input_tokens,
            output_tokens=totals.output_tokens,
            cache_read_tokens=totals.cache_read_input_tokens,
            cost_usd=totals.cost_usd,
            stopped_early=self._stopped_early,
            filed_emails=filed.model.size if filed else None,
            filed_folders=filed.folders if filed else 0,
        )

    def print_summary(self, summary: ReviewSummary, *, database_kept: bool = True) -> None:
        """Print the summary as an aligned table that fits 80 columns.

        `database_kept` is False for a temporary database (the demo's default), which takes the
        pending suggestions with it: the summary then promises nothing for "next time".
        """
        term = self._terminal
        term.console.rule(messages.SUMMARY_TITLE)
        rows: list[tuple[str, str]] = [
            (messages.SUMMARY_APPROVED, str(summary.approved)),
            (messages.SUMMARY_DISMISSED, str(summary.dismissed)),
            (messages.SUMMARY_SKIPPED, str(summary.skipped)),
            (messages.SUMMARY_FAILED, str(summary.failed)),
            (messages.SUMMARY_STILL_PENDING, str(summary.still_pending)),
            (messages.TASKS_CREATED, messages.tasks_created(summary.tasks_by_backend)),
            (messages.SUMMARY_CATEGORIES_CREATED, str(summary.categories_created)),
            (messages.SUMMARY_GRAPH_REQUESTS, str(summary.graph_requests)),
        ]
        by_source = messages.by_source(summary.classifications)
        if summary.classifications.get("claude"):
            tokens = messages.claude_tokens(
                summary.input_tokens, summary.cache_read_tokens, summary.output_tokens
            )
        else:
            tokens = messages.CLAUDE_NOT_ASKED
        rows.append((messages.SUMMARY_CLAUDE_TOKENS, tokens))
        rows.append((messages.SUMMARY_CLAUDE_COST, messages.session_cost(summary.cost_usd)))
        if by_source:
            rows.append((messages.SUMMARY_CLASSIFIED, by_source))
        if summary.filed_emails is not None:
            learned = messages.learned_from_filed_mail(summary.filed_emails, summary.filed_folders)
            rows.append((messages.SUMMARY_OFFLINE_CLASSIFIER, learned))
        for label, value in rows:
            term.say(f"  {label:<20} {value}")
        if summary.stopped_early:
            term.say("  " + messages.quit_early(database_kept))

    async def _review_one(self, view: SuggestionView, index: int, total: int) -> bool:
        """Handle one card until it is decided or skipped; return False to stop the review."""
        current = await self._assistant.suggestion(view.suggestion_id)
        if current is None or current.status not in _REVIEWABLE:
            status = current.status if current else messages.GONE
            self._terminal.say(messages.changed_meanwhile(view.suggestion_id, status))
            return True
        while True:
            self._show(current, index, total)
            key = self._ask_key(current)
            if key is None or key == "q":
                return False
            if key == "s":
                self._decisions.setdefault(current.suggestion_id, "skipped")
                return True
            edits: dict[str, Any] | None = None
            if key == "e":
                edits = self._ask_edits(current)
                if not edits:
                    self._terminal.say(messages.NOTHING_CHANGED)
                    continue
            outcome = await self._act(current, key, edits)
            if outcome is None or outcome.status == "failed":
                refreshed = await self._assistant.suggestion(current.suggestion_id)
                if refreshed is None or refreshed.status not in _REVIEWABLE:
                    return True
                current = refreshed
                continue
            return True

    async def _act(
        self, view: SuggestionView, key: str, edits: dict[str, Any] | None
    ) -> ApprovalOutcome | None:
        """Approve (with edits), retry or dismiss; print and record the outcome."""
        assistant = self._assistant
        before = assistant.graph_requests
        try:
            if key == "d":
                outcome = await assistant.dismiss(view.suggestion_id, actor=ACTOR_OWNER)
            elif key == "r":
                outcome = await assistant.retry(view.suggestion_id, actor=ACTOR_OWNER)
            else:
                outcome = await assistant.approve(
                    view.suggestion_id, actor=ACTOR_OWNER, edits=edits
                )
        except ValueError as err:  # an edit the core refused; it names the field
            self._terminal.error(messages.problem_text(err, messages.APPLY_THE_EDIT))
            return None
        used = assistant.graph_requests - before
        self._last_line = messages.with_requests(outcome_line(outcome), used)
        self._print(self._last_line, indent=2)
        if outcome.status in ("approved", "dismissed", "failed"):
            self._decisions[view.suggestion_id] = outcome.status
            self._outcomes[view.suggestion_id] = outcome
        return outcome

    def _show(self, view: SuggestionView, index: int, total: int) -> None:
        term = self._terminal
        if self._clears_screen:
            term.console.clear()
            if self._last_line:
                self._print(messages.previous(self._last_line))
        term.console.rule(messages.suggestion_heading(index, total))
        for line in card_lines(view):
            if line.startswith("! "):
                term.warn(line[2:])
                continue
            self._print(line)
        threshold = self._assistant.settings.triage.low_confidence_threshold
        if view.confidence < threshold:
            term.warn(messages.console_low_confidence(view.confidence, threshold))
        if view.status == "failed":
            failure = view.failure
            reason = messages.failure_text(failure) if failure else messages.UNKNOWN_ERROR
            term.warn(messages.last_approval_failed(reason))

    def _ask_key(self, view: SuggestionView) -> str | None:
        """Ask for a key until a valid one comes; None after MAX_BLANK_ANSWERS blank answers."""
        keys = ["a", "e", "d", "s", "q"]
        if view.status == "failed":
            keys.insert(0, "r")
        threshold = self._assistant.settings.triage.low_confidence_threshold
        if view.status == "failed":
            suggested = "r"
        elif view.needs_review or view.confidence < threshold:
            suggested = "e"
        else:
            suggested = "a"
        blanks = 0
        while True:
            answer = self._terminal.key(messages.key_prompt(keys, suggested))
            key = _KEY_WORDS.get(answer, answer)
            if key in keys:
                return key
            if answer:
                blanks = 0
                self._terminal.error(messages.not_a_key(answer, keys))
                continue
            blanks += 1
            if blanks >= MAX_BLANK_ANSWERS:
                self._terminal.warn(messages.NO_ANSWER)
                return None
            self._terminal.say(messages.press_a_key(suggested))

    # -- the edit questions -------------------------------------------------------------------

    def _ask_edits(self, view: SuggestionView) -> dict[str, Any]:
        """Ask folder, priority, action type, task and note; return only what the owner changed."""
        settings = self._assistant.settings
        folder_groups = [
            (messages.PROJECTS, [p.folder for p in settings.projects]),
            (messages.AREAS, [a.folder for a in settings.areas]),
            (messages.INBOX, [INBOX]),
        ]
        folder = self._choose(messages.FOLDER, folder_groups, view.folder)
        priority = self._choose(
            messages.PRIORITY, [("", [p.value for p in Priority])], view.priority
        )
        action = self._choose(
            messages.ACTION_TYPE, [("", [a.value for a in ActionType])], view.action_type
        )
        edits: dict[str, Any] = {}
        for name, new, old in (
            ("folder", folder, view.folder),
            ("priority", priority, view.priority),
            ("action_type", action, view.action_type),
        ):
            if new != old:
                edits[name] = new
        task = self._ask_task(action)
        if task is not None:
            edits["task_backend"] = task
        note = self._ask_note()
        if note:
            edits["note"] = note
        return edits

    def _ask_task(self, action: str) -> str | None:
        """Offer No task and each usable backend, as Slack's Edit does; None keeps the default.

        The preselection is what approving would do now for `action`; only a different pick
        becomes the `task_backend` edit.
        """
        choices = self._assistant.task_choices(self._assistant.settings, action)
        # To Do switched off by the start-up probe cannot take a task, whatever config says.
        options = [c for c in choices.options if c != "todo" or self._todo_usable]
        if len(options) < 2:  # "No task" alone is no choice
            return None
        preselected = choices.preselected if choices.preselected in options else NO_TASK
        labels = [messages.task_choice_label(c) for c in options]
        picked = self._choose(
            messages.TASK_CHOICE, [("", labels)], messages.task_choice_label(preselected)
        )
        choice = options[labels.index(picked)]
        return None if choice == preselected else choice

    def _choose(self, label: str, groups: Sequence[tuple[str, list[str]]], current: str) -> str:
        """Show numbered choices (grouped) and return the chosen one; Enter keeps `current`."""
        options = [option for _, group in groups for option in group]
        self._terminal.say(messages.choice_intro(label, current))
        number = 0
        for title, group in groups:
            items = []
            for option in group:
                number += 1
                items.append(f"{number} {option}")
            head = f"{title:<9} " if title else ""
            self._print(head + " · ".join(items), indent=2, hang=len(head))
        while True:
            answer = self._terminal.ask(messages.choice_prompt(label))
            if not answer:
                return current
            if answer.isdigit() and 1 <= int(answer) <= len(options):
                return options[int(answer) - 1]
            named = [o for o in options if o.casefold() == answer.casefold()]
            if named:
                return named[0]
            self._terminal.error(messages.not_a_choice(label, answer, len(options), current))

    def _ask_note(self) -> str:
        while True:
            note = self._terminal.ask(messages.NOTE_PROMPT)
            if len(note) <= MAX_NOTE_CHARS:
                return note
            self._terminal.error(messages.console_note_too_long(len(note), MAX_NOTE_CHARS))

    def _print(self, text: str, *, indent: int = 0, hang: int = 2) -> None:
        say_plain(self._terminal, text, indent=indent, hang=hang)


def say_plain(terminal: Terminal, text: str, *, indent: int = 0, hang: int = 2) -> None:
    """Print untrusted text as is: no markup, no control characters, broken at ' · '."""
    # Outcome lines carry the email's subject in the task title: drop escape sequences and
    # bidi overrides before they reach the terminal.
    clean = "".join(c if c.isprintable() else " " for c in text)
    width = max(40, terminal.console.width) - indent - hang
    for i, part in enumerate(wrap_at_separators(clean, width)):
        pad = indent if i == 0 else indent + hang
        terminal.console.print(Padding(Text(part), (0, 0, 0, pad), expand=False))


def wrap_at_separators(line: str, width: int) -> list[str]:
    """Break a ' · '-joined line at its separators so each piece fits `width` where possible."""
    if len(line) <= width:
        return [line]
    parts = line.split(" · ")
    lines, current = [], parts[0]
    for part in parts[1:]:
        if len(current) + 3 + len(part) <= width:
            current += " · " + part
        else:
            lines.append(current)
            current = part
    lines.append(current)
    return lines


async def review_session(assistant: Assistant, terminal: Terminal) -> None:
    """Start, triage once, review in the terminal and print the summary (`review` command)."""
    front = ConsoleFrontEnd(assistant, terminal)
    terminal.console.rule(messages.START_TITLE)
    await front.start()
    terminal.console.rule(messages.TRIAGE_TITLE)
    await front.triage()
    front.print_summary(await front.review())
