"""The terminal console (`review`, `demo`, `bootstrap`): what the console says."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.messages.common import counted, filed_mail_size

# --- the console (`review`, `demo`) ---

# Each key acts on one press, no Enter: (key, word, what it does).
REVIEW_KEYS = (
    ("a", "approve", "move, categorise and create the task as suggested"),
    ("e", "edit", "change folder, priority, action type, task or note, then approve"),
    ("d", "dismiss", "leave the email as it is; nothing changes in Outlook"),
    ("s", "skip", "leave it pending and go to the next"),
    ("r", "retry", "retry an approval that failed (shown on failed ones)"),
    ("q", "quit", "stop; the rest stay pending"),
)


def review_keys_line() -> str:
    """Return the keys on one line, e.g. for a command's one-line help."""
    return " · ".join(f"{key} {word}" for key, word, _ in REVIEW_KEYS)


def review_keys_help() -> str:
    """Return every key with what it does, for `--help`."""
    lines = [f"  {key}  {word:<8} {what}" for key, word, what in REVIEW_KEYS]
    return (
        "Keys (a single press acts, no Enter needed):\n"
        + "\n".join(lines)
        + "\nAfter e, the folder, priority and action type are picked by number and the note"
        "\nis typed, each ended with Enter (Enter alone keeps the current value)."
    )


def quit_early(database_kept: bool) -> str:
    """Say what happens to the suggestions left when the owner quit early."""
    if database_kept:
        return "You quit early; the rest stay pending for next time."
    return (
        "You quit early; the rest stay pending only until the demo ends: its database is "
        "temporary (--data-dir keeps it)."
    )


# --- the terminal console (`review`, `demo`, `bootstrap`): what the console says ---

START_TITLE = "Start"
TRIAGE_TITLE = "Triage"
SUMMARY_TITLE = "Summary"
IDS_ALREADY_MIGRATED = "Immutable ids: already migrated"
IDS_NOTHING_TO_MIGRATE = "Immutable ids: nothing to migrate (new database)"
HEURISTIC_CLASSIFIES = "ANTHROPIC_API_KEY is not set: the offline heuristic classifier suggests."
SYNC_THE_INBOX = "sync the inbox"  # what failed, for `problem_text`
APPLY_THE_EDIT = "apply the edit"
NOTHING_TO_REVIEW = "Nothing to review: no suggestion is pending."
NOTHING_CHANGED = "Nothing changed; back to the card."
GONE = "gone"
UNKNOWN_ERROR = "unknown error"
NO_ANSWER = "No answer; stopping the review. Nothing else was changed."
NOTE_PROMPT = "Note for the record (optional, Enter for none):"


def ids_translated(total: int, translated: int) -> str:
    """Report the immutable-id migration's counts."""
    return f"Immutable ids: {total} checked, {translated} translated"


def todo_available(list_name: str) -> str:
    """Say that To Do works and which list is the assistant's."""
    return f"To Do available; the assistant's list is '{list_name}'"


def todo_off(reason: str | None) -> str:
    """Say why To Do is switched off."""
    return f"To Do off: {reason}"


def bootstrapped(total: int, created: int, existed: int) -> str:
    """Report the start-up's category bootstrap."""
    return (
        f"Bootstrapped {counted(total, 'category', 'categories')} "
        f"({created} created, {existed} already existed, colours kept)"
    )


def unmanaged_categories(names: Sequence[str]) -> str:
    """Name the categories the assistant does not manage, and that none is deleted unasked."""
    listed = ", ".join(f"'{name}'" for name in names)
    return (
        f"{counted(len(names), 'category', 'categories')} the assistant does not manage; "
        "nothing is deleted without your confirmation (`outlook-assistant bootstrap`): "
        f"{listed}"
    )


def start_up_took(requests: int) -> str:
    """Say how many Graph requests the start-up made."""
    return f"start-up took {counted(requests, 'Graph request')}"


def claude_classifies(model: str) -> str:
    """Say that Claude classifies, with which model."""
    return f"ANTHROPIC_API_KEY is set: Claude ({model}) classifies."


def reviewing_stored(reason: str) -> str:
    """Say that the sync failed and the review goes on with what is stored."""
    return f"{reason}; reviewing what is already stored"


def by_source(counts: Mapping[str, int]) -> str:
    """List how many classifications each source made, e.g. "3 by claude, 1 by thread"."""
    return ", ".join(f"{n} by {source}" for source, n in sorted(counts.items()))


def triaged(new_emails: int, classified: int, sources: str, requests: int, cost_usd: float) -> str:
    """Report a triage pass: emails synced, classified (by whom), Graph requests, Claude cost."""
    return (
        f"{counted(new_emails, 'new email')} synced, {classified} classified"
        + (f" ({sources})" if sources else "")
        + f", {counted(requests, 'Graph request')}"
        + (f", ${cost_usd:.4f} of Claude" if cost_usd else "")
    )


def not_classified(failures: int) -> str:
    """Say how many emails could not be classified."""
    return f"{counted(failures, 'email')} could not be classified; the next pass retries"


def no_terminal_to_ask(pending: int) -> str:
    """Say that without a terminal the suggestions stay pending."""
    return (
        f"No terminal to ask: {counted(pending, 'suggestion')} left pending. "
        "Run this in a terminal to review them."
    )


def review_start(count: int) -> str:
    """Say how many suggestions wait, before the first card."""
    return f"{counted(count, 'suggestion')} to review. Press any key to start."


def approving_confident(chosen: int, total: int, min_confidence: float) -> str:
    """Say which suggestions the unattended run approves and that the rest stay pending."""
    return (
        f"{chosen} of {counted(total, 'suggestion')} "
        f"{'has' if chosen == 1 else 'have'} confidence >= {min_confidence:.2f}, "
        "need no review and leave the Inbox: approving them. The rest stay pending."
    )


# The summary's row labels.
SUMMARY_APPROVED = "Approved"
SUMMARY_DISMISSED = "Dismissed"
SUMMARY_SKIPPED = "Skipped"
SUMMARY_FAILED = "Failed"
SUMMARY_STILL_PENDING = "Still pending"
SUMMARY_CATEGORIES_CREATED = "Categories created"
SUMMARY_GRAPH_REQUESTS = "Graph requests made"
SUMMARY_CLAUDE_TOKENS = "Claude tokens"
SUMMARY_CLAUDE_COST = "Claude cost"
SUMMARY_CLASSIFIED = "Classified"
SUMMARY_OFFLINE_CLASSIFIER = "Offline classifier"
CLAUDE_NOT_ASKED = "0 (Claude was not asked)"


def learned_from_filed_mail(filed: int, folders: int) -> str:
    """Say what the offline classifier learned the owner's filing from, this session."""
    return f"learned from {filed_mail_size(filed, folders)}"


def session_cost(usd: float) -> str:
    """Give what Claude cost this session, to the hundredth of a cent."""
    return f"${usd:.4f}"


def claude_tokens(input_tokens: int, cache_read_tokens: int, output_tokens: int) -> str:
    """Give the session's Claude tokens: in (of which from cache) and out."""
    return f"{input_tokens:,} in ({cache_read_tokens:,} from cache), {output_tokens:,} out"


def changed_meanwhile(suggestion_id: int, status: str) -> str:
    """Say that a suggestion was decided elsewhere while the console showed others."""
    return f"Suggestion {suggestion_id} is {status} meanwhile; next."


def with_requests(outcome: str, requests: int) -> str:
    """Follow an outcome with the Graph requests it took."""
    return f"→ {outcome} · {counted(requests, 'Graph request')}"


def previous(line: str) -> str:
    """Repeat the last outcome on top of a fresh screen."""
    return f"Previous: {line}"


def suggestion_heading(index: int, total: int) -> str:
    """Head one card: which of how many."""
    return f"Suggestion {index} of {total}"


def console_low_confidence(confidence: float, threshold: float) -> str:
    """Warn that the confidence is below the threshold, and that e edits."""
    return f"Low confidence ({confidence:.2f} < {threshold:.2f}): check it, or press e"


def last_approval_failed(reason: str) -> str:
    """Say why the last approval failed and that r retries it."""
    return f"The last approval failed: {reason}; r retries it"


def key_prompt(keys: Sequence[str], suggested: str) -> str:
    """Offer the keys that act on this card, with the suggested one."""
    words = {key: word for key, word, _ in REVIEW_KEYS}
    menu = " · ".join(f"{key} {words[key]}" for key in keys)
    return f"{menu} (suggested: {suggested}) >"


def not_a_key(answer: str, keys: Sequence[str]) -> str:
    """Refuse an answer that is no key here, naming the keys."""
    return f"'{answer}' is not a key here: press one of {', '.join(keys)}"


def press_a_key(suggested: str) -> str:
    """Answer a blank answer: one press is enough."""
    return f"Press a key; no Enter needed (suggested: {suggested})."


def choice_intro(label: str, current: str) -> str:
    """Introduce numbered choices and what Enter keeps."""
    return f"{label} (Enter keeps {current}):"


def choice_prompt(label: str) -> str:
    """Ask for the number of a choice."""
    return f"{label} number:"


def not_a_choice(label: str, answer: str, count: int, current: str) -> str:
    """Refuse an answer that names no choice, saying what would do."""
    return (
        f"{label}: '{answer}' is not one of the choices; type a number from 1 to "
        f"{count}, or Enter to keep {current}"
    )


def console_note_too_long(length: int, limit: int) -> str:
    """Say how long the note is and how long it may be."""
    return f"The note has {length} characters; keep it to {limit}"


def found_unmanaged(count: int) -> str:
    """Introduce the list of categories the assistant does not manage."""
    return f"Found {counted(count, 'category', 'categories')} not managed by the assistant:"


NOTHING_DELETED = "Nothing deleted."
NOTHING_DELETED_NO_TERMINAL = (
    "Nothing deleted. Run `outlook-assistant bootstrap` in a terminal to review them."
)
DELETE_ORPHANS = "Delete these categories? (y/N/select individually) [y/N/s]"


def delete_one(name: str) -> str:
    """Ask about one category when the owner selects individually."""
    return f"Delete '{name}'? [y/N]"


def deleted_orphans(names: Sequence[str]) -> str:
    """Report the deleted categories and what happens to the items that had them."""
    listed = ", ".join(f"'{name}'" for name in names)
    return f"Deleted {len(names)}: {listed}. Items that had them keep the name without a colour."


# --- `eval`: which set, and whether confidence can be trusted ---

CALIBRATION_TITLE = "Calibration: emails and accuracy per confidence band"


def eval_set_line(name: str, count: int, unseen: Sequence[str], sets: int) -> str:
    """Say which labelled set is measured and how many emails it has.

    `unseen` are the sets nobody has tuned on yet and `sets` how many single sets there are.
    """
    if name == "golden":
        measured = "the golden set (the demo mailbox)"
    elif name == "unseen":
        measured = f"the sets never tuned on ({', '.join(unseen)})"
    elif name == "all":
        measured = f"all {sets} labelled sets together"
    else:
        measured = f"{name} ({'never tuned on' if name in unseen else 'a development set'})"
    return f"Measuring on {measured}: {counted(count, 'email')}."


def high_confidence_share(threshold: float, right: int, total: int) -> str:
    """Say how many suggestions at or above `threshold` were right on all three fields."""
    if not total:
        return f"No suggestion reached confidence >= {threshold:.2f}."
    return (
        f"Right on all three fields at confidence >= {threshold:.2f}: "
        f"{right}/{total} ({right / total:.1%})."
    )
