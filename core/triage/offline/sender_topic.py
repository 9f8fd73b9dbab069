"""What the sender's identity says about the topic, when the words of the mail say little.

Three parts of who wrote can name a topic the mail itself does not:
- a key contact's role in the config ("Board chair and lead investor"): a terse "bridge note"
  from the board chair is about the board's matters, and a CTO's about engineering (a chief
  officer's initials are spelled out as their department). Only the entry's own words (its name,
  description and keywords) count, not the thesaurus: a role's "lead" is no sales lead; an
  activity counts as one ("accounting" names no account manager); and only for a sender no rule
  names (a role naming the contact's company, "CIO of Tradecore", would repeat the sender rule
  as if it were a second, independent piece of evidence);
- a colleague's title, on the line under their name in the signature ("Head of Support,
  Proseware"), read as a key contact's role: a colleague of the owner's organisation only, since
  a customer's head of support heads the customer's support, no area of the owner's;
- a machine-sent mailbox's name (receipts@, billing@, payroll@): automated mail is read by its
  subject only, and its mailbox says what it sends. A person's mailbox is their name ("bill@"
  is someone called Bill), so it counts only for automated mail.
Each adds SENDER_TOPIC points to the entries it names, enough to file mail nothing else
speaks of, and far too little to outweigh a keyword or a sender rule.

A functional mailbox of an organisation (billing@, accounts@, receipts@, ap@ for accounts payable:
one word, no person's name) names what it sends more precisely than the organisation's domain: a
supplier whose domain rule files its people's mail under a project still sends its bills from
billing@, and those are the finance area's (`functional_entry`; `folders` lets it take the domain
rule's place).
A marketing mailbox (newsletter@, events@, insights@) speaks for the organisation's marketing,
not for the people the domain rule files: the auditors' newsletter and the bank's golf day are
no audit and no banking matter (`marketing_mailbox`; `folders` then sets the domain rule aside).
"""

from __future__ import annotations

import re

from core.config.settings import Settings, TaxonomyEntry
from core.triage.offline.profiles import Profile, named_by
from core.triage.offline.text import Words, spoken, words

SENDER_TOPIC = 1.0


def role(settings: Settings, address: str) -> Words | None:
    """The configured role of the key contact writing from `address`, if any."""
    contact = next((c for c in settings.key_contacts if c.email.casefold() == address), None)
    return _title(contact.role) if contact is not None and contact.role else None


def _title(said: str) -> Words:
    """A role or title's words, its chief officer's initials spelled out ("CTO": the head of
    technology and engineering), since a role says its department that way more often than not,
    and an account manager's or executive's department named (sales: 38 of the 43 such colleagues'
    mail in the sets is)."""
    said = _SELLING_TITLE.sub(r"\g<0> sales", said)
    return words(" ".join(_CHIEF_OFFICERS.get(w.strip(",.;:").casefold(), w) for w in said.split()))


_SELLING_TITLE = re.compile(r"\baccount (?:manager|executive)s?\b", re.IGNORECASE)


# Initials of the chief officers whose department names an area: "CTO, Proseware".
_CHIEF_OFFICERS = {
    "cto": "CTO chief technology officer, head of engineering",
    "cfo": "CFO chief financial officer, head of finance",
    "chro": "CHRO chief human resources officer, head of hiring",
}


def signature_title(body: str, sender_name: str) -> Words | None:
    """The title a signature gives under the sender's name ("Head of Support, Proseware")."""
    name = sender_name.strip().casefold()
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()][-6:]
    for above, line in zip(lines, lines[1:], strict=False):
        if name and above.casefold() == name:
            return _title(line.partition(",")[0])
    return None


def mailbox(address: str) -> Words:
    """The words of an address's mailbox name: "receipts" for receipts@cabs.example."""
    return words(address.partition("@")[0].replace(".", " ").replace("_", " "))


def functional_entry(profiles: list[Profile], address: str) -> TaxonomyEntry | None:
    """The one entry a one-word mailbox name ("billing@") names by its own or related words."""
    local = address.partition("@")[0].casefold()
    if not local.isalpha():
        return None  # "anna.berg@", "it-ops@", "jb2@": a person or a team, not a function
    name = words(_SPELLED_OUT.get(local, local))
    named = [p.entry for p in profiles if any(name.has(t) for t in named_by(p))]
    return named[0] if len(named) == 1 else None


# Functional mailboxes named by an abbreviation: "ap@" is the accounts payable team's.
_SPELLED_OUT = {"ap": "accounts payable", "ar": "accounts receivable"}

# One-word mailboxes an organisation sends its marketing from.
_MARKETING = frozenset(
    ("newsletter", "newsletters", "news", "nyhetsbrev", "veckobrev", "events", "event", "insights")
    + ("marketing", "webinar", "webinars", "weekly", "seminar", "seminars", "seminarier")
)


def marketing_mailbox(address: str) -> bool:
    """Tell whether `address` is an organisation's marketing mailbox ("events@bank.example")."""
    return address.partition("@")[0].casefold() in _MARKETING


def sender_topic(
    profile: Profile, role_words: Words | None, mailbox_words: Words | None
) -> tuple[float, str | None]:
    """SENDER_TOPIC points when the sender's role or mailbox names `profile`'s topic, and why."""
    own = (*(t for _, t, _ in profile.keywords), *profile.topic)
    if role_words is not None:
        # An activity of the description ("accounting") is no bare "account" manager.
        named = next((t for t in own if role_words.has(t, same_form=any(t.gerunds))), None)
        if named is not None:
            return SENDER_TOPIC, f"the sender's role names {spoken(named)}"
    if mailbox_words is not None:
        named = next((t for t in (*own, *profile.related) if mailbox_words.has(t)), None)
        if named is not None:
            return SENDER_TOPIC, f"the sender's mailbox names {spoken(named)}"
    return 0.0, None
