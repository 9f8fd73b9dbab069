"""Keyword and topic points of one entry's profile in a subject and a body (`folders`).

A keyword counts as whole words in any word form (an -ing form only as written), or its words
joined in an identifier; a keyword inside a longer term of another entry is that term's word. A
version number a keyword ends in ("4.8" of "Framework 4.8", `profiles`) counts as numbers of
their own only: not a range ("4-8 April") nor the tail of a longer version ("5.4.8").
A whole topic of the description counts as an office keyword; topic and thesaurus words count
TOPIC_* / RELATED_* points each, at most TOPIC_CAP in all, none for a keyword's own words; a
topic or thesaurus term in an -ing form ("accounting", "billing") only as written, as keywords.
"""

from __future__ import annotations

from core.triage.offline.descriptions import whole_topic
from core.triage.offline.profiles import OFFICE_KEYWORD, Profile
from core.triage.offline.text import Words, spoken

SUBJECT_KEYWORD = 3.0
BODY_KEYWORD = 1.0
TOPIC_SUBJECT = 1.0
TOPIC_BODY = 0.5
RELATED_SUBJECT = 1.0
RELATED_BODY = 0.5
TOPIC_CAP = 2.5


def _found(term: Words, text: Words, longer: tuple[Words, ...]) -> bool:
    """Tell whether `term` occurs in `text` other than inside a longer term of `longer`."""
    if all(part.isdigit() for part in term.parts):
        return _version_found(term, text)
    at = text.find(term, same_form=True)
    if at < 0:
        # An identifier joins a term's words ("net8-port", "soc2-evidence"): a repository,
        # branch or tag named after the topic.
        return len(term.parts) > 1 and "".join(term.parts) in text.positions
    end = at + len(term.parts)
    return not any(
        len(other.parts) > len(term.parts)
        and 0 <= (start := text.find(other)) <= at
        and end <= start + len(other.parts)
        for other in longer
    )


def _version_found(version: Words, text: Words) -> bool:
    """Tell whether `text` names `version` ("4.8", as the parts 4 and 8): each number after the
    first a token of its own ("4-8 April" is a range), the first one too or the end of a name
    ("ledgerline-4.8-lts", a branch), and not the tail of a longer version ("5.4.8")."""
    size = len(version.parts)
    return any(
        text.parts[i : i + size] == version.parts
        and all(j in text.starts for j in range(i + 1, i + size))
        and (i in text.starts or (i > 0 and text.parts[i - 1].isalpha()))
        and not (i > 0 and text.parts[i - 1].isdigit())
        for i in text.positions.get(version.parts[0], ())
    )


def keyword_points(
    profile: Profile,
    subject: Words,
    body: Words | None,
    reasons: list[str],
    longer: tuple[Words, ...] = (),
    modified: frozenset[str] = frozenset(),
) -> tuple[float, float, frozenset[str]]:
    """The keywords' points, the strongest single keyword's and the words of those found.

    A keyword inside a longer term of another entry (`longer`) is that term's word, not its own;
    a keyword another entry's word modifies in the subject (`modified`, `compounds`) weighs
    there as in the body.
    """
    score = strongest = 0.0
    subject_hits, body_hits = [], []
    matched: set[str] = set()
    for keyword, term, specificity in profile.keywords:
        if _found(term, subject, longer):
            weight = BODY_KEYWORD if keyword in modified else SUBJECT_KEYWORD
            score += weight * specificity
            strongest = max(strongest, weight * specificity)
            subject_hits.append(keyword)
        if body is not None and _found(term, body, longer):
            score += BODY_KEYWORD * specificity
            strongest = max(strongest, BODY_KEYWORD * specificity)
            body_hits.append(keyword)
        if keyword in subject_hits[-1:] + body_hits[-1:]:
            matched.update(term.parts)
    for described in profile.described:
        # A whole topic of the description counts as an office keyword, beside the keywords.
        topic = described - matched
        if whole_topic(topic, subject):
            score += SUBJECT_KEYWORD * OFFICE_KEYWORD
            strongest = max(strongest, SUBJECT_KEYWORD * OFFICE_KEYWORD)
            subject_hits.append(" ".join(sorted(topic & subject.tokens)))
        elif body is not None and whole_topic(topic, body):
            score += BODY_KEYWORD * OFFICE_KEYWORD
            body_hits.append(" ".join(sorted(topic & body.tokens)))
    if subject_hits:
        reasons.append(f"keyword '{subject_hits[0]}' of {profile.entry.name} in the subject")
    elif body_hits:
        reasons.append(f"keyword '{body_hits[0]}' of {profile.entry.name} in the body")
    return score, strongest, frozenset(matched)


def topic_points(
    profile: Profile,
    subject: Words,
    body: Words | None,
    reasons: list[str],
    counted: frozenset[str],
) -> float:
    """Topic and related words' points; a word of a keyword already `counted` adds nothing."""
    score = 0.0
    hits: list[str] = []
    for group, in_subject, in_body in (
        (profile.topic, TOPIC_SUBJECT, TOPIC_BODY),
        (profile.related, RELATED_SUBJECT, RELATED_BODY),
    ):
        for term in group:
            if set(term.parts) <= counted:
                continue
            # An activity of the description ("accounting") is no bare "account".
            form = any(term.gerunds)
            if subject.has(term, same_form=form):
                score += in_subject
                hits.append(spoken(term))
            elif body is not None and body.has(term, same_form=form):
                score += in_body
                hits.append(spoken(term))
    if hits:
        reasons.append(f"{profile.entry.name} topic words ({', '.join(hits[:3])})")
    return min(score, TOPIC_CAP)
