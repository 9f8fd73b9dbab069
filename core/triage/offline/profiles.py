"""What counts as folder evidence for each project and area: its profile.

A profile holds an entry's keywords (each with its specificity: divided among the entries that
speak of it, SHARED_KEYWORD, and times OFFICE_KEYWORD when it is everyday office vocabulary; a
keyword ending in a version number, "Framework 4.8", also as the version alone), its
topic words (of its name, description and sender domains, when no other entry uses them, and
never the organisation's own product a description names after "our"), the
thesaurus terms related to them (`lexicon`) and its description's topics (`descriptions`).
A description word said only as an activity ("Accounting", "banking", "training") stays one:
it is matched in its -ing form, so "your account" is no accounting and "the train" no training.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from core.config.settings import Settings, TaxonomyEntry
from core.triage.offline.descriptions import topics
from core.triage.offline.lexicon import gerund_only, office_word, related_terms, topic_words
from core.triage.offline.text import Words, words

# Each further entry that speaks of a keyword divides its points by one more of this.
SHARED_KEYWORD = 1.0
# A keyword that is everyday office vocabulary ("quote", "release") says less than a name.
OFFICE_KEYWORD = 0.9
# Mail services whose domain says nothing about the sender's organisation.
_PUBLIC_DOMAINS = frozenset(
    "gmail googlemail outlook hotmail live yahoo icloud proton protonmail gmx aol".split()
)


@dataclass(frozen=True)
class Profile:
    """What counts as evidence for one taxonomy entry."""

    entry: TaxonomyEntry
    keywords: tuple[tuple[str, Words, float], ...]  # keyword, its words, its specificity
    topic: tuple[Words, ...]
    related: tuple[Words, ...]
    described: tuple[frozenset[str], ...] = ()  # the description's topics (`descriptions`)


def named_by(profile: Profile) -> tuple[Words, ...]:
    """Every term that names `profile`'s entry: its keywords, topic words and related terms."""
    return (*(t for _, t, _ in profile.keywords), *profile.topic, *profile.related)


# The people's area is the one entry whose terms name new hires or parental leave.
PEOPLE_TERMS = (words("new hire"), words("parental leave"))


def only_entry_named(built: Sequence[Profile], *terms: Words) -> TaxonomyEntry | None:
    """The one entry among `built` that one of `terms` names (`named_by`), or None when none or
    several do: "status page" names the customers' incidents area, "on-call" the engineers'."""
    wanted = {t.parts for t in terms}
    named = [p.entry for p in built if any(t.parts in wanted for t in named_by(p))]
    return named[0] if len(named) == 1 else None


def entries(settings: Settings) -> Iterable[TaxonomyEntry]:
    """Every project and area."""
    yield from settings.projects
    yield from settings.areas


def profiles(settings: Settings) -> list[Profile]:
    """Build each entry's evidence; a topic word two entries share counts for neither."""
    # Every email asks for the same taxonomy's profiles, and building them is most of the
    # work of classifying one; they are kept per taxonomy (entries compare by value) and
    # handed back holding this settings' own entries, which callers compare by identity.
    current = tuple(entries(settings))
    return [replace(p, entry=e) for p, e in zip(_built(current), current, strict=True)]


@lru_cache(maxsize=8)
def _built(taxonomy: tuple[TaxonomyEntry, ...]) -> tuple[Profile, ...]:
    own: list[frozenset[str]] = []
    described: list[frozenset[str]] = []
    activities: list[frozenset[str]] = []
    # The organisation's own product, named in any description, is no entry's topic.
    product = frozenset().union(*(_own_product(entry.description) for entry in taxonomy))
    for entry in taxonomy:
        text = " ".join((entry.name, entry.description, *_domain_names(entry)))
        described.append(topic_words(text) - product)
        activities.append(gerund_only(text))
        own.append(described[-1] | topic_words(" ".join(entry.keywords)))
    # A keyword said as an activity ("pricing") matches in that form only: its bare noun ("the
    # new prices") is still the entry's related word.
    said_as_activity = [
        ing & {w for k in e.keywords for w in words(k).parts}
        for e, ing in zip(taxonomy, activities, strict=True)
    ]
    related = [
        related_terms(o, [x for x in own if x is not o], ing)
        for o, ing in zip(own, said_as_activity, strict=True)
    ]
    pools = [o | {w for t in r for w in t.parts} for o, r in zip(own, related, strict=True)]
    usage = Counter(w for pool in pools for w in pool)
    found = []
    for entry, words_of, near, ing in zip(taxonomy, described, related, activities, strict=True):
        keywords = tuple(
            (said, term, _specificity(words(k), pools))
            for k in entry.keywords
            for said, term in _with_version(k)
        )
        # A keyword of one word already counts as a keyword; a described word that is also part
        # of a longer keyword ("leave requests" and "parental leave") is a topic word on its own.
        spelled = {term.parts[0] for _, term, _ in keywords if len(term.parts) == 1}
        # An activity ("accounting") is matched in its -ing form only (`matching`).
        topic = tuple(
            _activity(w) if w in ing else words(w)
            for w in sorted(words_of - spelled)
            if usage[w] == 1
        )
        # A phrase ("hack day") is its own topic when no other entry speaks of all its words.
        unique_near = tuple(t for t in near if sum(set(t.parts) <= pool for pool in pools) == 1)
        found.append(Profile(entry, keywords, topic, unique_near, topics(entry.description)))
    return tuple(found)


# "our Ledgerline ERP": the name the owner gives her organisation's own product.
_OUR_NAME = re.compile(r"\b[Oo]ur((?:\s+[A-Z][\w.&-]*)+)")


def _own_product(description: str) -> frozenset[str]:
    """The words of the organisation's own product a description names ("rolling out our
    Ledgerline ERP at ..."): all of the owner's work speaks of it, so they are no entry's topic
    (a keyword still names it)."""
    return frozenset(w for m in _OUR_NAME.finditer(description) for w in topic_words(m.group(1)))


def _with_version(keyword: str) -> tuple[tuple[str, Words], ...]:
    """A keyword and its words, and the version number it ends in when it names a product's
    release ("Framework 4.8"): mail speaks of "the 4.8 branch" or "Ledgerline 4.8" without the
    name."""
    term = words(keyword)
    digits = 0
    while digits < len(term.parts) and term.parts[len(term.parts) - 1 - digits].isdigit():
        digits += 1
    if digits < 2 or digits == len(term.parts):
        return ((keyword, term),)
    version = ".".join(term.parts[-digits:])
    return ((keyword, term), (version, words(version)))


def _activity(stem: str) -> Words:
    """A topic word said as an -ing form: "account" as "accounting"."""
    return replace(words(stem), gerunds=(True,))


def _specificity(term: Words, pools: list[frozenset[str]]) -> float:
    """How much a keyword says about one entry: 1 when only its own entry speaks of it.

    A keyword another entry also names (in its keywords, description or related thesaurus
    words: "pipeline" of a team that is also a project's "CI pipeline") tells less which
    one the mail is about, so it counts SHARED_KEYWORD for every entry beyond the first.
    """
    sharing = sum(1 for pool in pools if set(term.parts) <= pool)
    common = OFFICE_KEYWORD if office_word(term) else 1.0
    return common / (1.0 + SHARED_KEYWORD * max(sharing - 1, 0))


def _domain_names(entry: TaxonomyEntry) -> list[str]:
    labels = (domain_label(pattern) for pattern in entry.senders)
    return [label for label in labels if label and label not in _PUBLIC_DOMAINS]


def organisation_names(entry: TaxonomyEntry) -> frozenset[str]:
    """The organisations `entry`'s sender rules name, as word parts ("hireloop")."""
    return frozenset(part for name in _domain_names(entry) for part in words(name).parts)


def private_mailbox(address: str) -> bool:
    """Tell whether `address` is a personal mailbox (gmail, outlook, ...), not an organisation."""
    return domain_label(address) in _PUBLIC_DOMAINS


def kin(address: str, owner_name: str) -> bool:
    """Tell whether the sender's own mailbox bears the owner's surname ("alva.lindqvist@" writing
    to Maya Lindqvist): family, whose mail is life, not work, whatever it mentions. A display
    name alone ("Kim Berg" from foretag@) says nothing of who writes; the owner herself,
    forwarding from a private address, is no kin: she sends her work on. The caller leaves out
    colleagues, who may share a name without being family."""
    names = owner_name.casefold().split()
    mailbox = set(re.split(r"[._-]", address.partition("@")[0].casefold()))
    return len(names) >= 2 and names[-1] in mailbox and names[0] not in mailbox


def named_person(address: str) -> bool:
    """Tell whether `address`'s mailbox is a person's by name ("nikola.jovic@", "anna-lena.berg@"),
    not a list's or a role's ("engineering@", "ap@", "key-suppliers@")."""
    return _PERSON.match(address.partition("@")[0]) is not None


# Names joined by dots or hyphens, the last by a dot: "first.last" or "first.middle-last".
_PERSON = re.compile(r"^[^\W\d_]+(?:[.-][^\W\d_]+)*\.[^\W\d_]+$")


def domain_label(address: str) -> str:
    """The organisation part of an address or @domain: "fabrikam" for a@mail.fabrikam.com."""
    domain = address.rpartition("@")[2]
    parts = domain.split(".")
    return parts[-2] if len(parts) >= 2 else parts[0]


def vocabulary(profile: Profile) -> tuple[Words, ...]:
    """Every term that is evidence for `profile`'s entry."""
    return (*(t for _, t, _ in profile.keywords), *profile.topic, *profile.related)


def others_terms(built: Sequence[Profile], profile: Profile) -> tuple[Words, ...]:
    """The terms of every entry but `profile`'s: a keyword inside one is that term's word."""
    return tuple(t for p in built if p is not profile for t in vocabulary(p))
