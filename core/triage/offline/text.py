"""Words the offline classifier compares: folded, stemmed, hyphenated compounds kept whole.

Every comparison in the package goes through `words()`, so "Reviewed", "reviews" and "review"
are one word, "go live" matches the keyword "go-live", and "e-ticket" does not contain "ticket":
a hyphenated word is one token whose parts match only a term that spans all of it. Sentences are
split so that a cue is read together with whoever it is addressed to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[a-z0-9à-öø-ÿ]+(?:[-'][a-z0-9à-öø-ÿ]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[;:])\s+(?=[a-z])")
_PARAGRAPH = re.compile(r"\n\s*\n")
_BULLET = re.compile(r"\s*(?:[-*\u2022]|\d+[.)])\s")
# A line this short is its own sentence (a greeting, a name, a signature line), not a wrap.
_SHORT_LINE = 30
# Contractions become their long form, so negation and first person are one word each.
_CONTRACTIONS = (
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"\bcannot\b"), "can not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"\b(i|we|you|they|he|she)'d\b"), r"\1 would"),
    (re.compile(r"\b1[:-]1s?\b"), "one-on-one"),
)
_VOWELS = frozenset("aeiouy")
_SAID_CHARS = 60  # a cue or keyword keeps its spelling; a whole email does not


def fold(text: str) -> str:
    """Casefold, straighten quotes and spell contractions out."""
    folded = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    for pattern, long_form in _CONTRACTIONS:
        folded = pattern.sub(long_form, folded)
    return folded


def stem(word: str) -> str:
    """Strip common English inflections: plural, -ed, -ing, -ly and a final -e.

    A tiny suffix stripper rather than a stemming library: the classifier only needs word forms
    of one word to meet (approve/approved/approving -> approv), not linguistic roots.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        root = word[: -len(suffix)]
        if word.endswith(suffix) and len(root) >= 3 and _VOWELS & set(root):
            word = root
            if word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


@dataclass(frozen=True)
class Words:
    """A text as stemmed word parts, with where each whole token starts and ends."""

    parts: tuple[str, ...]
    starts: frozenset[int]
    ends: frozenset[int]
    positions: dict[str, list[int]] = field(compare=False, repr=False)
    said: str = field(default="", compare=False)  # the text as written, for reasons
    # Which parts were -ing forms: a topic word matches only the same kind ("building" is no
    # "build", "meeting" no "meet"), while a cue matches any form ("looking into" = "look into").
    gerunds: tuple[bool, ...] = field(default=(), compare=False, repr=False)

    def find(self, term: Words, *, same_form: bool = False) -> int:
        """Return where `term` first occurs as whole tokens, or -1.

        `same_form` also requires -ing forms to meet -ing forms (for topic words).
        """
        if not term.parts or term.parts[0] not in self.positions:
            return -1  # most terms looked for are absent: no generator for them (a hot path)
        return next(self.occurrences(term, same_form=same_form), -1)

    def occurrences(self, term: Words, *, same_form: bool = False) -> Iterator[int]:
        """Yield where `term` occurs as whole tokens, first to last (`same_form` as `find`)."""
        if not term.parts:
            return
        size = len(term.parts)
        for i in self.positions.get(term.parts[0], ()):
            if (
                i in self.starts
                and i + size - 1 in self.ends
                and self.parts[i : i + size] == term.parts
                and (not same_form or self.gerunds[i : i + size] == term.gerunds)
            ):
                yield i

    def has(self, term: Words, *, same_form: bool = False) -> bool:
        """Tell whether `term` occurs as whole tokens."""
        return self.find(term, same_form=same_form) >= 0

    @property
    def tokens(self) -> frozenset[str]:
        """The distinct stemmed parts."""
        return frozenset(self.parts)


def words(text: str) -> Words:
    """Split `text` into stemmed word parts; a hyphenated token keeps its boundaries."""
    parts: list[str] = []
    gerunds: list[bool] = []
    starts: set[int] = set()
    ends: set[int] = set()
    for token in _tokens(fold(text)):
        starts.add(len(parts))
        for piece in token.replace("'", "").split("-"):
            if piece:
                parts.append(stem(piece))
                gerunds.append(piece.endswith(("ing", "ings")) and parts[-1] != piece)
        ends.add(len(parts) - 1)
    positions: dict[str, list[int]] = {}
    for i, part in enumerate(parts):
        positions.setdefault(part, []).append(i)
    said = " ".join(text.split()) if len(text) <= _SAID_CHARS else ""
    return Words(tuple(parts), frozenset(starts), frozenset(ends), positions, said, tuple(gerunds))


def _tokens(folded: str) -> Iterator[str]:
    """The tokens of `folded`; a number's hyphen only joins a measure ("15-minute call" reads
    as "15 minute call"), unlike a compound word ("e-ticket")."""
    for token in _TOKEN.findall(folded):
        number, hyphen, rest = token.partition("-")
        if hyphen and number.isdigit() and rest[:1].isalpha():
            yield number
            yield rest
        else:
            yield token


def terms(text: str) -> tuple[Words, ...]:
    """Parse a comma-separated cue list into terms, keeping its order."""
    return tuple(words(t) for t in text.split(",") if t.strip())


def first(text: Words, cues: Iterable[Words]) -> Words | None:
    """Return the first cue `text` contains."""
    return next((cue for cue in cues if text.has(cue)), None)


def spoken(term: Words) -> str:
    """A term as a reason shows it: as written in the cue list."""
    return term.said or " ".join(term.parts)


@dataclass(frozen=True)
class Sentence:
    """One sentence of an email, raw for deadlines and as words for cues."""

    raw: str
    words: Words
    question: bool
    opener: str = ""  # its first word, folded but not stemmed ("looking" is no "look")


# Softeners before an instruction: "Just reply with photos", "Simply forward it to Lena".
_SOFTENERS = frozenset({"just", "simply", "kindly"})


def sentence(text: str) -> Sentence:
    """Read one sentence; its opener is its first word after a softener ("just reply")."""
    opener = next((t for t in _TOKEN.findall(fold(text)) if t not in _SOFTENERS), "")
    return Sentence(text, words(text), text.rstrip(" )\"'").endswith("?"), opener)


def sentences(text: str) -> Iterator[Sentence]:
    """Split `text` into sentences: hard-wrapped lines are joined, bullets and short lines not."""
    for paragraph in _PARAGRAPH.split(text):
        for line in _unwrap(paragraph.split("\n")):
            for piece in _SENTENCE_END.split(line):
                piece = piece.strip()
                if piece:
                    yield sentence(piece)


def _unwrap(lines: list[str]) -> Iterator[str]:
    current: list[str] = []
    for line in lines:
        if current and _BULLET.match(line):
            yield " ".join(current)
            current = []
        current.append(line.strip())
        stripped = line.strip()
        if len(stripped) < _SHORT_LINE or stripped.endswith((".", "!", "?", ":", ";")):
            yield " ".join(current)
            current = []
    if current:
        yield " ".join(current)
