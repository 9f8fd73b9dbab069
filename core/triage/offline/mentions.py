"""A key contact named in the text: mail about them belongs where their own mail goes.

Colleagues write about the owner's key contacts by name and in few words ("can u call Jonas
before 15?"): nothing in such mail names the project, but the contact does. A key contact's
name is read from their address ("jonas.berg@" is Jonas Berg; a one-word mailbox names nobody),
and their folder is the one their own mail goes to by sender rule. The full name, or the first
name when no other key contact shares it, gives that folder MENTION points: enough to file mail
nothing else speaks of, too little to outweigh a keyword of another topic or a sender's rule.
Mail from the contact themselves is their sender rule's already.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from core.config.settings import Settings, TaxonomyEntry
from core.triage.offline.text import Words, words

MENTION = 0.9  # an office keyword in the body: the least that files mail


@dataclass(frozen=True)
class Named:
    """A key contact the text names, the folder their mail goes to, and why."""

    entry: TaxonomyEntry
    reason: str


def named_contact(
    settings: Settings,
    address: str,
    body: Words,
    rule_of: Callable[[str], tuple[TaxonomyEntry, str, float] | None],
    *,
    first_names: bool = True,
) -> Named | None:
    """Return the first key contact other than the sender whom `body` names, with their entry.

    `rule_of(address)` returns the sender-rule entry for an address (`folders.sender_rule`);
    `first_names` False counts full names only (a friend's "Jonas" is not the client's CIO).
    """
    people = [(c.email.casefold(), _name_parts(c.email)) for c in settings.key_contacts]
    firsts = Counter(parts[0] for _, parts in people if parts)
    for email, parts in people:
        if not parts or email == address:
            continue
        full = words(" ".join(parts))
        by_first = first_names and firsts[parts[0]] == 1 and body.has(words(parts[0]))
        if not (body.has(full) or by_first):
            continue
        found = rule_of(email)
        if found is not None:
            entry = found[0]
            name = " ".join(p.title() for p in parts)
            return Named(entry, f"names {name}, whose mail goes to {entry.name}")
    return None


def _name_parts(email: str) -> tuple[str, ...]:
    """Return a person's names from their mailbox ("jonas.berg" -> jonas, berg), or ()."""
    local = email.partition("@")[0].casefold()
    parts = tuple(p for p in local.replace("_", ".").split(".") if p)
    if len(parts) < 2 or not all(p.isalpha() and len(p) > 1 for p in parts):
        return ()
    return parts
