"""Sender rules: mail from one address or domain goes to one folder, as the owner confirmed.

The rules live in the database (`sender_rules`), not in config.yaml: each carries when it was
confirmed and what it was learned from, which the removal proposals need ("no mail since",
"corrected since"), and a click in Slack never rewrites the owner's hand-kept file. They reach
the classifiers the way the configuration's own `senders` lists do: `with_sender_rules` adds each
rule's pattern to the `senders` of the project or area that owns its folder, so the offline
classifier's first rule files the mail there and Claude's prompt names the sender among the
folder's typical senders (and says so about the email being classified). A rule for a folder
that has left the taxonomy is kept but has no effect until the folder comes back. A rule wins
over a `senders` entry of another project or area for the very same pattern: it is the owner's
newer decision.

Every change (confirm, edit, removal) is written to `action_log` with the rule before and after.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeVar

from core.config.settings import Area, Project, Settings
from core.errors import InvalidInput
from core.store import Store
from core.store.sender_rule_queries import SenderRuleRecord
from core.untrusted_text import clip

_PATTERN = re.compile(r"^(?:[^@\s]+)?@[^@\s]+\.[^@\s.]+$")
MAX_PATTERN_CHARS = 254  # the longest address SMTP allows

_Entry = TypeVar("_Entry", Project, Area)


class SenderRuleRefused(InvalidInput):
    """Raised when a rule the owner gave or picked is refused; `field` says which part."""

    def __init__(self, field: Literal["sender", "folder", "rule"], text: str) -> None:
        super().__init__(text)
        self.field = field


@dataclass(frozen=True)
class SenderRule:
    """A confirmed rule as front ends show it: mail from `pattern` is filed in `folder`.

    `active` is False when the folder is no longer a project's or area's (the rule waits).
    """

    id: int
    pattern: str
    folder: str
    origin: str
    created_at: datetime
    active: bool


def normalise_pattern(text: str) -> str:
    """Return `text` as a rule pattern ("dana@x.com" or "@x.com"); InvalidInput if it is none."""
    pattern = text.strip().lower()
    if len(pattern) > MAX_PATTERN_CHARS or not _PATTERN.match(pattern):
        raise SenderRuleRefused(
            "sender",
            f"{clip(text.strip(), 80)!r} is not a sender: give an address (dana@example.com) "
            "or a domain starting with @ (@example.com)",
        )
    return pattern


def taxonomy_folder(settings: Settings, folder: str) -> str | None:
    """Return the taxonomy's spelling of `folder` (compared case-insensitively), or None."""
    wanted = folder.strip().casefold()
    return next((f for f in settings.folders() if f.casefold() == wanted), None)


def checked_folder(settings: Settings, folder: str) -> str:
    """Return the taxonomy's spelling of `folder`; InvalidInput when no project or area has it."""
    found = taxonomy_folder(settings, folder)
    if found is None:
        raise SenderRuleRefused(
            "folder",
            f"{clip(folder, 120)!r} is not the folder of a project or area; pick one of: "
            + ", ".join(settings.folders()),
        )
    return found


def matches(pattern: str, address: str) -> bool:
    """Tell whether `address` is `pattern` or, for '@domain', in that domain or a subdomain."""
    address = address.strip().lower()
    if not pattern.startswith("@"):
        return address == pattern
    domain = address.rpartition("@")[2]
    return domain == pattern[1:] or domain.endswith("." + pattern[1:])


def ruled_folder(settings: Settings, address: str) -> str | None:
    """Return the folder `senders` entries file `address` in, ranked as the heuristic ranks them
    (an exact address beats any domain, the longest domain wins), or None."""
    best: tuple[int, str] | None = None
    for entry in (*settings.projects, *settings.areas):
        for pattern in entry.senders:
            if matches(pattern, address):
                rank = 10_000 if not pattern.startswith("@") else len(pattern)
                if best is None or rank > best[0]:
                    best = (rank, entry.folder)
    return None if best is None else best[1]


def with_sender_rules(settings: Settings, rules: Iterable[SenderRuleRecord]) -> Settings:
    """Return `settings` with each rule's pattern among its folder's `senders` (see the module)."""
    by_folder: dict[str, list[str]] = {}
    for rule in rules:
        folder = taxonomy_folder(settings, rule.folder)
        if folder is not None:
            by_folder.setdefault(folder.casefold(), []).append(rule.pattern)
    if not by_folder:
        return settings
    ruled = {p for patterns in by_folder.values() for p in patterns}

    def merged(entry: _Entry) -> _Entry:
        own: list[str] = by_folder.get(entry.folder.casefold(), [])
        kept: list[str] = [p for p in entry.senders if p not in ruled or p in own]
        senders = tuple(dict.fromkeys([*kept, *own]))
        return entry if senders == entry.senders else entry.model_copy(update={"senders": senders})

    return settings.model_copy(
        update={
            "projects": tuple(merged(p) for p in settings.projects),
            "areas": tuple(merged(a) for a in settings.areas),
        }
    )


def rule_view(rule: SenderRuleRecord, settings: Settings) -> SenderRule:
    """Return the front ends' view of a stored rule."""
    return SenderRule(
        id=rule.id,
        pattern=rule.pattern,
        folder=rule.folder,
        origin=rule.origin,
        created_at=rule.created_at,
        active=taxonomy_folder(settings, rule.folder) is not None,
    )


def _logged(rule: SenderRuleRecord | None) -> dict[str, str] | None:
    return None if rule is None else {"pattern": rule.pattern, "folder": rule.folder}


async def _logged_change(
    store: Store,
    settings: Settings,
    action: str,
    rule_id: int,
    before: SenderRuleRecord | None,
    actor: str,
    **details: str,
) -> SenderRule:
    """Log a rule just saved (before and after) to action_log and return its view."""
    rule = await store.sender_rule(rule_id)
    assert rule is not None  # just saved under the store's lock
    await store.log_action(
        action,
        actor=actor,
        target=rule.pattern,
        before=_logged(before),
        after=_logged(rule),
        details={"rule_id": rule_id, **details},
    )
    return rule_view(rule, settings)


async def list_rules(store: Store, settings: Settings) -> list[SenderRule]:
    """Return every stored rule, by pattern."""
    return [rule_view(rule, settings) for rule in await store.sender_rules()]


async def add_rule(
    store: Store, settings: Settings, pattern: str, folder: str, *, origin: str, actor: str
) -> SenderRule:
    """Store a confirmed rule (an existing rule for the pattern is re-pointed) and log it."""
    pattern, folder = normalise_pattern(pattern), checked_folder(settings, folder)
    before = next((r for r in await store.sender_rules() if r.pattern == pattern), None)
    rule_id = await store.save_sender_rule(pattern, folder, origin=origin)
    return await _logged_change(
        store, settings, "sender_rule_added", rule_id, before, actor, origin=origin
    )


async def edit_rule(
    store: Store, settings: Settings, rule_id: int, pattern: str, folder: str, *, actor: str
) -> SenderRule:
    """Rewrite a rule as the owner edited it; InvalidInput when it is gone or clashes."""
    pattern, folder = normalise_pattern(pattern), checked_folder(settings, folder)
    rules: Sequence[SenderRuleRecord] = await store.sender_rules()
    before = next((r for r in rules if r.id == rule_id), None)
    if before is None:
        raise SenderRuleRefused("rule", f"sender rule {rule_id} no longer exists")
    if any(r.pattern == pattern and r.id != rule_id for r in rules):
        raise SenderRuleRefused(
            "sender", f"another rule already covers {pattern}; edit or remove that one"
        )
    await store.change_sender_rule(rule_id, pattern=pattern, folder=folder)
    return await _logged_change(store, settings, "sender_rule_changed", rule_id, before, actor)


async def remove_rule(store: Store, rule_id: int, *, actor: str, why: str) -> SenderRuleRecord:
    """Delete a rule (the owner asked or confirmed) and log it; InvalidInput when it is gone."""
    rule = await store.sender_rule(rule_id)
    if rule is None or not await store.delete_sender_rule(rule_id):
        raise SenderRuleRefused("rule", f"sender rule {rule_id} no longer exists")
    await store.log_action(
        "sender_rule_removed",
        actor=actor,
        target=rule.pattern,
        before=_logged(rule),
        details={"rule_id": rule_id, "why": why},
    )
    return rule
