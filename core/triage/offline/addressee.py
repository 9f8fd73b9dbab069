"""Whom an email speaks to: the person it greets, and a person it says is only copied.

Mail often asks one person to act and copies another so they know: "Tobias, could you update
the list? Maya in copy for information." The owner reads both kinds; when the greeting names
one person and a sentence names a different one as copied, the asks are the greeted person's
and the owner is the one copied (the owner received it, and the writer explains a copy to the
person copied). Both are read from the sentence's shape, not from phrases: a name as the first
word followed by a comma, or after a greeting word, and a name beside a copy word. "Nothing
for Maya yet" in mail to several people is the owner's "nothing for you" in the third person.
A circular greets a crowd of people in one role ("Dear parents,", "Dear tenants,"): what it
asks, whoever in the crowd can do it, unless it is a form each of them signs. When the To and
Cc lines are known (`aside`), they say it first: an owner only in Cc is asked only if the text
speaks to her, and a person greeted on the To line beside her is the one asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.store.records import Recipients
from core.triage.addressing import Addressed, first_name
from core.triage.offline.text import Sentence

_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# "Tobias," / "Hi Tobias," / "Dear Ms Lind," / "Oskar, can you ...": a vocative at the start,
# greeted in Swedish, Norwegian or Danish too ("Hej Henrik,", "Hei Kari,", "Hallo Mads,").
_HELLO = r"(?:hi|hello|hey|dear|hej|hei|hallo)"
_GREETING = re.compile(
    rf"^(?:(?i:{_HELLO}|good morning|morning|god morgon)\s+(?:(?i:mr|mrs|ms|dr)\.?\s+)?)?"
    rf"({_NAME})\s*[,:!]"
)
# "Maya in copy", "Maya is cc'd", "(Maya cc because ...)", "copying Maya", "cc: Maya".
_COPY_WORD = r"(?:in\s+copy|in\s+cc|on\s+cc|cc(?:'?d|'?ed)?|copied)"
_COPIED_AFTER = re.compile(rf"\b({_NAME})\s+(?i:(?:(?:is|was|has\s+been)\s+)?{_COPY_WORD})\b")
_COPIED_BEFORE = re.compile(rf"\b(?i:copying|cc'?ing|cc:?)\s+({_NAME})\b")
# "Maya, copying you since you asked", "Maya, you are in copy": the copy note spoken to her,
# in Swedish too ("Maya, jag tar med dig så att det inte blir som sist": I include you so ...).
_COPIED_SPOKEN_TO = re.compile(
    rf"^({_NAME})\s*,\s*(?i:(?:i\s+am\s+|i'm\s+)?(?:copying|cc'?ing)\s+you"
    rf"|you\s+are\s+(?:in\s+copy|in\s+cc|on\s+cc|cc'?d|copied)"
    rf"|(?:jag\s+)?tar\s+med\s+dig)\b"
)
# "Nothing for Maya yet", "nothing needed from Maya": the owner spoken of in the third person.
_SPARED = re.compile(
    rf"\b(?i:nothing|no action)\s+(?i:(?:is\s+)?(?:needed|required)\s+)?(?i:for|from)\s+({_NAME})\b"
)
# The copied person is given a deed: "he will help", "who can answer", "she'll take over".
_ACTOR = re.compile(
    r"\b(?i:he|she|they|who)(?:\s+|'ll\s+)(?i:(?:will|can|could|would|should|is going to)\s+)?"
    r"(?i:help|handle|take|answer|follow|support|own|lead|do|send|join|look|run|manage)",
)
# "Dear parents,", "Hi tenants!": a circular to a crowd of people in one role, as is a form
# letter's "Dear customer," sent to each of many. A team or "all" of the owner's colleagues is
# not one: their group mail asks each of them.
_CROWD = re.compile(
    r"^(?i:hi|hello|hey|dear)\s+([a-z]+s|customer|client|user|member|subscriber|partner)\b"
    r"\s*[,!:]"
)
_NOT_A_CROWD = frozenset({"colleagues", "teams", "guys", "folks", "friends", "ladies"})
# Words that look like names at the start of a sentence but are not anybody.
_NOT_NAMES = frozenset(
    """
    hi hello hey dear all team everyone folks thanks thank please sorry yes no ok okay also
    and but so then note fyi update attached good morning afternoon evening
    """.split()
)


def greeted(sentences: Sequence[Sentence]) -> str | None:
    """Return the name the email opens on ("Tobias," / "Hi Tobias,"), if any."""
    return next((name for s in sentences[:2] if (name := vocative(s)) is not None), None)


def greets_another(sentences: Sequence[Sentence], owner: str) -> str | None:
    """Return the person the email opens on when it is not the owner ("Hi Priya," in mail she
    is copied on): the writer's "I will send you" is made to them. None when the opening greets
    her too ("Hi Ines, hi Maya,")."""
    opening = next(((s, name) for s in sentences[:2] if (name := vocative(s)) is not None), None)
    if opening is None or not owner or names_owner(opening[0], owner):
        return None
    return opening[1]


def names_owner(sentence: Sentence, owner: str) -> bool:
    """Tell whether `sentence` names the owner by her first name."""
    return bool(owner) and re.search(rf"\b{re.escape(owner)}\b", sentence.raw, re.I) is not None


def vocative(sentence: Sentence) -> str | None:
    """Return the name `sentence` opens on ("Priya, I'll update the guide"), if any."""
    found = _GREETING.match(sentence.raw.strip())
    return None if found is None or found.group(1).casefold() in _NOT_NAMES else found.group(1)


def copied(sentence: Sentence) -> str | None:
    """Return the name `sentence` says is copied ("Maya in copy so she knows", "Maya, copying
    you since you asked"), if any."""
    for pattern in (_COPIED_AFTER, _COPIED_BEFORE, _COPIED_SPOKEN_TO):
        found = pattern.search(sentence.raw.strip())
        if found is not None and found.group(1).casefold() not in _NOT_NAMES:
            return found.group(1)
    return None


def spared(sentence: Sentence) -> str | None:
    """Return "nothing for <name>" when `sentence` says a named person has nothing to do: in
    mail to several people, the owner's own "nothing for you" in the third person."""
    found = _SPARED.search(sentence.raw)
    if found is None or found.group(1).casefold() in _NOT_NAMES:
        return None
    return f"nothing for {found.group(1)}"


def bystander(sentences: Sequence[Sentence], owner: str = "") -> str | None:
    """Return "<name> in copy" when the email greets one person and says another is copied:
    its asks are the greeted person's, and the owner, who received it, is the one copied. A
    writer explains a copy to the person copied ("Maya cc.", "Maya is copied as the
    signatory"), whatever reason they give; one copied to act ("he will send it on") may be
    the owner's colleague. When the owner's first name is known and it is the one greeted,
    she is the one asked."""
    to = greeted(sentences)
    if to is None or to.casefold() == owner.casefold():
        return None
    for sentence in sentences:
        name = copied(sentence)
        if name is None or name.casefold() == to.casefold() or _ACTOR.search(sentence.raw):
            continue  # "Tobias in copy, he will take it from here": copied to act, not to know
        return f"{name} in copy"
    return None


def aside(
    sentences: Sequence[Sentence],
    addressed: Addressed | None,
    owner: str,
    recipients: Recipients | None,
    *,
    asked: bool,
    team_list: str | None = None,
) -> str | None:
    """Return why the email's asks and promises are someone else's, read from its To and Cc
    lines: the owner is only in Cc, or the email greets another person on it, or (when it
    promises without asking, `asked` False) it went to a list she is on: a broadcast's "we will
    confirm" is news, not something made to her. A list's asks are everyone's, hers too, but
    those of a team's list (`team_list`, its address: "sales@" for the sales team,
    `team_lists`) are the team's: she is on it to see the team's work, not to do it. None
    when the text makes the owner a party to it (`_names`: speaks to her, or for a promise
    names her) or when how she was addressed is not known."""
    if addressed is None or recipients is None or _names(sentences, owner, asked=asked):
        return None
    if addressed is Addressed.CC:
        return "you are only in Cc"
    if addressed is Addressed.NEITHER and not asked:
        return "a promise to a list you are on"
    if addressed is Addressed.NEITHER and team_list is not None:
        return f"it asks the team on {team_list}"
    if addressed is Addressed.TO:
        to = greeted(sentences)
        on_the_mail = {first_name(n).casefold() for n, _ in (*recipients.to, *recipients.cc)}
        if to is not None and to.casefold() in on_the_mail:
            return f"it asks {to}, not you"
    return None


def broadcast(sentences: Sequence[Sentence], addressed: Addressed | None, owner: str) -> bool:
    """Tell whether the email went to a list she is on (on neither line) and does not name
    her: its promises ("you will get the report") are made to the whole list."""
    return addressed is Addressed.NEITHER and not _names(sentences, owner, asked=False)


def _names(sentences: Sequence[Sentence], owner: str, *, asked: bool) -> bool:
    """Tell whether the text makes the owner a party to what it asks or promises.

    An ask is hers when a sentence speaks to her by her first name ("Maya, could you ...", "Hi
    Maya", "Lena and Maya,", "And Maya -", "Hi Lena (and Maya, since ...)", "@Maya", "...
    before Friday, Maya?", "...; Maya, could you do so by Thursday?", "so, Maya, your approval
    is needed as well"); mail that speaks of her ("the budget Maya approved", "send Maya the
    invitations", "as I understood Jonas and Maya, the trip was hypercare") tells the people
    in To about her. A promise is hers when the text names her at all ("the answer Maya asked
    for"), but not as copied or spared.
    """
    if not owner:
        return False
    name = re.escape(owner)
    if asked:
        pattern = (
            rf"^{name}\s*[,:!–-]|\b{_HELLO}\s+{name}\b"
            rf"|^(?:{_HELLO}\s+)?(?:[\w-]+\s+)?and\s+{name}\s*[,:–-]"
            rf"|\(and\s+{name}\s*[,:–-]"
            rf"|@{name}\b|[,;]\s*{name}\s*[?.!,]"
        )
        spoken_to = re.compile(pattern, re.IGNORECASE)
        # "Maya, copying you as promised": the copy note speaks to her to say she only sees it.
        return any(
            spoken_to.search(s.raw.strip()) and (copied(s) is None or "?" in s.raw)
            for s in sentences
        )
    named = re.compile(rf"\b{name}\b", re.IGNORECASE)
    return any(named.search(s.raw) and copied(s) is None and spared(s) is None for s in sentences)


def crowd(sentences: Sequence[Sentence]) -> str | None:
    """Return the crowd a circular greets ("Dear parents," -> "parents"), if any: its asks
    ("can someone drive?", "please park next door") go to whoever in the crowd can, not to the
    owner in particular."""
    found = _CROWD.match(sentences[0].raw.strip()) if sentences else None
    if found is None or found.group(1) in _NOT_A_CROWD:
        return None
    return found.group(1)
