"""The owner's filed mail as folder evidence: what already sits in each project and area folder.

An owner's folders hold hundreds of emails they filed by hand (and, once the assistant runs,
every approved suggestion). They say, better than any hand-written keyword, which words and
which correspondents belong to which folder. The model keeps three kinds of evidence:
- correspondents: a sender whose filed mail sits mostly in one folder (at least SENDER_SHARE of
  at least SENDER_MIN emails), or a domain the same way (DOMAIN_MIN emails from DOMAIN_PEOPLE
  people or more; never a private mailbox such as gmail, whose people write about anything);
  only for a sender no sender rule names (the rule already says where its mail goes);
- words: the email's nearest filed neighbours by the cosine of idf-weighted content words
  (subject and the start of the body, as Graph's preview gives it). The NEIGHBOURS most alike,
  each at least MIN_SIMILARITY, vote for their folders by similarity; a folder's vote counts
  when it holds at least WORD_SHARE of the whole vote;
- a word model of each folder (naive Bayes over the words its filed emails use) once the owner
  has filed enough: where the neighbours read five emails, it reads the whole folder. It speaks
  for a folder holding at least MODEL_MIN filed emails when it gives that folder a probability
  of MODEL_SURE or more (with less mail per folder it is overconfident and files personal mail
  away; the neighbours decide alone then).
Words that appear in a single filed email say nothing about a folder and are left out (the idf
weighs down words many emails share). Habits join the owner's labelled examples
(`examples.Pull`) and words the topic evidence (`folders.decide`), so the folder decision weighs
them against sender rules and keywords like any other evidence.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from core.triage.offline.examples import Pull
from core.triage.offline.lexicon import content_words
from core.triage.offline.profiles import private_mailbox
from core.untrusted_text import clip

SENDER_MIN = 4
DOMAIN_MIN = 4
DOMAIN_PEOPLE = 2  # a domain's habit is an organisation's, not one person's
SENDER_SHARE = 0.75
SENDER_POINTS = 2.5  # less than a keyword in the subject: people write about more than one thing
DOMAIN_POINTS = 1.5
NEIGHBOURS = 5
MIN_SIMILARITY = 0.12
WORD_SHARE = 0.6
WORD_POINTS = 4.0  # for a vote of full similarity; a real vote is a fraction of it
MODEL_MIN = 50
MODEL_SURE = 0.8
MODEL_POINTS = 2.5  # for a probability of 1: a little under a keyword in the subject
_SMOOTHING = 0.5  # added to every word's count per folder (a word a folder never used)
_ADDRESS_CHARS = 100


@dataclass(frozen=True)
class FiledEmail:
    """An email the owner keeps in a folder: who sent it, its subject and the start of its body."""

    folder: str
    sender_address: str
    subject: str
    preview: str


@dataclass(frozen=True)
class _Doc:
    folder: str
    weights: dict[str, float]
    norm: float


class FiledMail:
    """What the owner's filed mail says about an email's folder (build once, ask per email)."""

    def __init__(self, filed: Iterable[FiledEmail], folders: Iterable[str]) -> None:
        known = {f.casefold(): f for f in folders}
        kept = [(known[e.folder.casefold()], e) for e in filed if e.folder.casefold() in known]
        self.size = len(kept)
        self._senders: dict[str, Counter[str]] = defaultdict(Counter)
        self._domains: dict[str, Counter[str]] = defaultdict(Counter)
        self._domain_senders: dict[str, set[str]] = defaultdict(set)
        for folder, email in kept:
            address = email.sender_address.strip().lower()
            self._senders[address][folder] += 1
            domain = address.rpartition("@")[2]
            if domain and not private_mailbox(address):
                self._domains[domain][folder] += 1
                self._domain_senders[domain].add(address)
        texts = [(folder, _words(e.subject, e.preview)) for folder, e in kept]
        frequency = Counter(w for _, found in texts for w in found)
        self._idf = {w: math.log(len(texts) / n) for w, n in frequency.items() if n >= 2}
        self._model = _FolderWords(texts, frozenset(self._idf))
        docs = [self._doc(folder, found) for folder, found in texts]
        self._folders = [doc.folder for doc in docs]
        self._senders_of = [e.sender_address.strip().lower() for _, e in kept]
        # Word -> (email, weight / norm): an email is compared only with those sharing a word.
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, doc in enumerate(docs):
            for word, weight in doc.weights.items() if doc.norm else ():
                self._postings[word].append((index, weight / doc.norm))

    def _doc(self, folder: str, found: frozenset[str]) -> _Doc:
        weights = {w: self._idf[w] for w in found if w in self._idf}
        return _Doc(folder, weights, math.sqrt(sum(v * v for v in weights.values())))

    def habits(self, address: str) -> Pull:
        """Where the owner files mail from `address` (or its domain), if mostly in one folder."""
        address = address.strip().lower()
        by_sender = _majority(self._senders.get(address), SENDER_MIN)
        if by_sender:
            folder, count, total = by_sender
            who = clip(address, _ADDRESS_CHARS)
            why = f"you filed {count} of {total} emails from {who} in {folder}"
            return Pull({folder: SENDER_POINTS}, {}, {folder: why})
        domain = address.rpartition("@")[2]
        by_domain = _majority(self._domains.get(domain), DOMAIN_MIN)
        if by_domain and len(self._domain_senders[domain]) >= DOMAIN_PEOPLE:
            folder, count, total = by_domain
            why = f"you filed {count} of {total} emails from @{domain} in {folder}"
            return Pull({folder: DOMAIN_POINTS}, {}, {folder: why})
        return Pull({}, {}, {})

    def alike(self, subject: str, text: str, sender: str = "") -> dict[str, tuple[float, str]]:
        """The folders whose filed mail is worded like `subject` and `text`: points and why.

        Mail from `sender` itself is left out: it shares their greeting and signature whatever
        the topic, and where they are filed is the habit's evidence, not the words'.
        """
        found = _words(subject, text)
        votes = self._votes(self._doc("", found), sender.strip().lower())
        whole = sum(votes.values())
        points = {
            folder: WORD_POINTS * vote / NEIGHBOURS
            for folder, vote in votes.items()
            if vote >= WORD_SHARE * whole
        }
        if read := self._model.verdict(found):
            folder, probability = read
            points[folder] = points.get(folder, 0.0) + MODEL_POINTS * probability
        return {f: (p, f"worded like the mail you filed in {f}") for f, p in points.items()}

    def _votes(self, email: _Doc, sender: str) -> dict[str, float]:
        if not email.norm:
            return {}
        shared: dict[int, float] = defaultdict(float)
        for word, weight in email.weights.items():
            for index, unit in self._postings.get(word, ()):
                if not sender or self._senders_of[index] != sender:
                    shared[index] += weight / email.norm * unit
        alike = sorted(
            ((similarity, self._folders[index]) for index, similarity in shared.items()),
            reverse=True,
        )
        votes: dict[str, float] = defaultdict(float)
        for similarity, folder in alike[:NEIGHBOURS]:
            if similarity >= MIN_SIMILARITY:
                votes[folder] += similarity
        return votes


class _FolderWords:
    """Naive Bayes over the words of each folder's filed emails (each word once per email)."""

    def __init__(self, texts: list[tuple[str, frozenset[str]]], vocabulary: frozenset[str]):
        self._vocabulary = vocabulary
        self._emails: Counter[str] = Counter(folder for folder, _ in texts)
        self._counts: dict[str, Counter[str]] = defaultdict(Counter)
        for folder, found in texts:
            self._counts[folder].update(found & vocabulary)
        total = len(texts)
        spread = _SMOOTHING * len(vocabulary)
        self._prior = {f: math.log(n / total) for f, n in self._emails.items()}
        # Without a vocabulary (a word in two filed emails) no email's words are known to it.
        self._unseen = {
            f: math.log(spread + sum(self._counts[f].values())) for f in self._emails if spread
        }

    def verdict(self, found: frozenset[str]) -> tuple[str, float] | None:
        """The folder the words point to and its probability, when the model may speak."""
        known = found & self._vocabulary
        if not known:
            return None
        scores = {
            folder: prior
            + sum(math.log(self._counts[folder][w] + _SMOOTHING) for w in known)
            - len(known) * self._unseen[folder]
            for folder, prior in self._prior.items()
        }
        best = max(scores, key=lambda f: scores[f])
        top = scores[best]
        probability = 1.0 / sum(math.exp(score - top) for score in scores.values())
        if self._emails[best] < MODEL_MIN or probability < MODEL_SURE:
            return None
        return best, probability


def merged(first: Pull, second: Pull) -> Pull:
    """Return the two pulls' evidence added up; the stronger side's reason per folder."""
    folders = dict(first.folders)
    reasons = dict(first.reasons)
    for folder, points in second.folders.items():
        if points > folders.get(folder, 0.0):
            reasons[folder] = second.reasons[folder]
        folders[folder] = folders.get(folder, 0.0) + points
    actions = dict(first.actions)
    for action, weight in second.actions.items():
        actions[action] = actions.get(action, 0.0) + weight
    habits = dict(first.habits)
    for folder, points in second.habits.items():
        habits[folder] = habits.get(folder, 0.0) + points
    return Pull(folders, actions, reasons, habits)


def _majority(counts: Counter[str] | None, least: int) -> tuple[str, int, int] | None:
    if not counts:
        return None
    total = sum(counts.values())
    folder, count = counts.most_common(1)[0]
    if total >= least and count >= SENDER_SHARE * total:
        return folder, count, total
    return None


def _words(subject: str, preview: str) -> frozenset[str]:
    return content_words(f"{subject}\n{preview}")
