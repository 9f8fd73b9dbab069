"""Noun compounds in a subject: the word in front says whose matter the keyword is.

"Architecture proposal", "insurance renewal", "engineering demo hour": the keyword at the head
("proposal", "renewal", "demo") names a kind of document or event that every area has; the word
in front of it, a term of another entry (its keyword, topic or thesaurus word), names the area
it belongs to. Such a keyword then weighs as it would in the body, and the entry of the word in
front, already counted as a subject topic word, is lifted to an office keyword's weight
(`folders`). A subject labelled with an entry's term ("Receipt: domain renewal",
"Penetration test: two vendor quotes") says what the mail is: that entry is lifted the same.
`read_subject` gathers these readings of the subject's structure with a fault it reports
(`faults`) for `folders`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.triage.offline.faults import FAULT_REPORT, reported_fault, speaks_of_faults
from core.triage.offline.layout import Layout
from core.triage.offline.matching import SUBJECT_KEYWORD, TOPIC_SUBJECT
from core.triage.offline.profiles import OFFICE_KEYWORD, Profile, organisation_names, vocabulary
from core.triage.offline.text import Words, spoken, words

MODIFIER = SUBJECT_KEYWORD * OFFICE_KEYWORD - TOPIC_SUBJECT
_NOTHING = words("")


@dataclass(frozen=True)
class Compounds:
    """The subject keywords another entry's word modifies, and the modifiers' entries."""

    modified: dict[str, frozenset[str]] = field(default_factory=dict)  # folder -> keywords
    owners: dict[str, str] = field(default_factory=dict)  # folder -> the compound, as said


def compounds(built: list[Profile], subject: tuple[Words, ...]) -> Compounds:
    """Find the keywords that directly follow another entry's term in a phrase of `subject`
    (`layout.phrases`)."""
    modified: dict[str, set[str]] = {}
    owners: dict[str, str] = {}
    for profile, phrase in ((p, s) for p in built for s in subject):
        for keyword, term, _ in profile.keywords:
            at = phrase.find(term, same_form=True)
            if at <= 0:
                continue
            for other in built:
                if other is profile:
                    continue
                modifier = next((t for t in _modifiers(other) if _just_before(t, phrase, at)), None)
                if modifier is not None:
                    modified.setdefault(profile.entry.folder, set()).add(keyword)
                    owners.setdefault(other.entry.folder, f"{spoken(modifier)} {keyword}")
    return Compounds({f: frozenset(k) for f, k in modified.items()}, owners)


def _modifiers(profile: Profile) -> tuple[Words, ...]:
    """The terms of `profile` that make a keyword after them its matter. A sender's organisation
    in front ("Hireloop invoice", "Contoso hotfix") is the counterpart, not the matter: the
    keyword still says what the mail is."""
    names = organisation_names(profile.entry)
    return tuple(t for t in vocabulary(profile) if not (len(t.parts) == 1 and t.parts[0] in names))


def _just_before(term: Words, subject: Words, at: int) -> bool:
    start = at - len(term.parts)
    return start >= 0 and start in subject.starts and subject.parts[start:at] == term.parts


def labelled(built: list[Profile], label: Words | None) -> str | None:
    """The folder of the one entry whose term is the whole label of the subject ("Receipt:")."""
    if label is None:
        return None
    named = [p.entry.folder for p in built if any(t.parts == label.parts for t in _own(p))]
    return named[0] if len(named) == 1 else None


def _own(profile: Profile) -> tuple[Words, ...]:
    """The terms only `profile` speaks of: a shared keyword ("pipeline" of sales and of a CI
    team) labels nobody's mail."""
    alone = (t for _, t, specificity in profile.keywords if specificity >= OFFICE_KEYWORD)
    return (*alone, *profile.topic, *profile.related)


@dataclass(frozen=True)
class Subject:
    """What the subject's structure says: a fault it reports (`faults`), its compounds, its
    label's entry."""

    words: Words
    fault: Words | None
    compound: Compounds
    kind: str | None

    def heading(self, profile: Profile) -> Words:
        """The subject as `profile`'s keywords are read in it: in a fault report the other
        entries' keywords name the feature that broke, so they count from the body only."""
        return _NOTHING if self.fault is not None and not speaks_of_faults(profile) else self.words

    def modified(self, profile: Profile) -> frozenset[str]:
        """`profile`'s subject keywords another entry's word modifies."""
        return self.compound.modified.get(profile.entry.folder, frozenset())

    def lift(self, profile: Profile, reasons: list[str]) -> float:
        """The points the subject's structure adds to `profile`, with the reasons why."""
        entry, points = profile.entry, 0.0
        if entry.folder in self.compound.owners:
            points += MODIFIER
            reasons.append(f"'{self.compound.owners[entry.folder]}' is a {entry.name} matter")
        if self.kind == entry.folder:
            points += MODIFIER
            reasons.append(f"the subject is labelled as a {entry.name} matter")
        if self.fault is not None and speaks_of_faults(profile):
            points += FAULT_REPORT
            reasons.append(f"a fault report ('{spoken(self.fault)}')")
        return points


def read_subject(
    built: list[Profile], subject: Words, laid_out: Layout, *, by_person: bool
) -> Subject:
    """Read the subject's structure; only a person's subject (`by_person`) reports a fault."""
    fault = reported_fault(subject) if by_person else None
    if fault is not None and not any(speaks_of_faults(p) for p in built):
        fault = None  # no entry is about faults: the subject's keywords keep their weight
    return Subject(
        subject, fault, compounds(built, laid_out.phrases), labelled(built, laid_out.label)
    )
