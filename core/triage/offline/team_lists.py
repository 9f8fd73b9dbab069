"""Mail sent to a team's list: an address of the owner's organisation named after a project or area.

"net8-migration@proseware.com" or "Customer escalations" on the To or Cc line says whose matter the
mail is, whoever sends it (a build server, a colleague, a customer): the organisation made the list
for that work. So an entry whose keyword the list's name or mailbox name holds gains TEAM_LIST
points, read as the subject would be; so does the one entry whose own topic words (its name's and
description's) or their thesaurus terms the name holds ("support@" for Client Support, "people@"
for HR, "engineering@" for the development team), when no other entry's do. Only addresses of the
owner's own organisation count (a client's "Accounts Payable" list names the client's team, not
hers), never her own. What such mail asks is the team's, when it reaches her through the list
alone and does not speak to her (the first of `named_lists`, read by `addressee.aside`).

The organisation's own status page ("status@", "noreply@status.") is a list of its kind: it tells
the customers who subscribe about the service's incidents and maintenance, so its notices are the
matter of the one entry whose terms hold "status page" (the area of customers' incidents), whatever
module an incident touches ("payroll", "bank files"). A supplier's status page is not the
organisation's: its notices are about a tool the team uses.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from core.store.records import Recipients
from core.triage.offline.matching import keyword_points
from core.triage.offline.outreach import colleague
from core.triage.offline.profiles import Profile, only_entry_named, others_terms
from core.triage.offline.text import words
from core.untrusted_text import clip

# A subject keyword's weight: the list names the matter as a subject would.
TEAM_LIST = 3.0
# The status page's weight: who sends says what it is, above another entry's subject keyword (a
# notice of "invoice exports delayed" is the incident's, not the invoices').
STATUS_PAGE = 2 * TEAM_LIST
_ADDRESS_CHARS = 100


def list_points(named: Sequence[tuple[str, Profile]]) -> dict[str, tuple[float, str]]:
    """The points and why of each entry `named_lists` found, keyed by folder (the first list
    naming an entry speaks for it)."""
    found: dict[str, tuple[float, str]] = {}
    for address, profile in named:
        found.setdefault(profile.entry.folder, _sent_to(address, profile))
    return found


def named_lists(
    built: Sequence[Profile], recipients: Recipients | None, own: Collection[str]
) -> list[tuple[str, Profile]]:
    """Each list of the owner's organisation on the mail with an entry it is named after, as
    (address, profile), in the order of the To and Cc lines."""
    return list(_named_lists(built, recipients, own))


def _named_lists(
    built: Sequence[Profile], recipients: Recipients | None, own: Collection[str]
) -> Iterator[tuple[str, Profile]]:
    """Each list of the owner's organisation on the mail, with an entry it is named after."""
    if recipients is None or not own:
        return
    mine = {a.casefold() for a in own}
    for name, address in (*recipients.to, *recipients.cc):
        if address in mine or not colleague(address, own):
            continue
        mailbox = address.partition("@")[0]
        said = words(f"{name} {mailbox.replace('-', ' ').replace('_', ' ').replace('.', ' ')}")
        named = []
        for profile in built:
            points, _, _ = keyword_points(profile, said, None, [], others_terms(built, profile))
            if points:
                yield address, profile
            if any(said.has(t) for t in (*profile.topic, *profile.related)):
                named.append(profile)
        if len(named) == 1:
            yield address, named[0]


def status_page(
    built: Sequence[Profile], address: str, own: Collection[str]
) -> dict[str, tuple[float, str]]:
    """The points and why of the one entry whose terms hold "status page", keyed by its folder,
    when `address` is the owner's organisation's status page; else nothing."""
    mailbox, _, domain = address.casefold().partition("@")
    if not colleague(address, own) or not (mailbox in _STATUS or domain.startswith("status.")):
        return {}
    entry = only_entry_named(built, _STATUS_PAGE)
    if entry is None:
        return {}
    why = f"from {clip(address, _ADDRESS_CHARS)}, the organisation's status page: {entry.name}"
    return {entry.folder: (STATUS_PAGE, why)}


_STATUS = frozenset({"status", "statuspage", "status-page", "status-noreply", "noreply-status"})
_STATUS_PAGE = words("status page")


def _sent_to(address: str, profile: Profile) -> tuple[float, str]:
    """A team list's points for `profile`'s entry, and why."""
    return TEAM_LIST, f"sent to {clip(address, _ADDRESS_CHARS)}, a {profile.entry.name} list"
