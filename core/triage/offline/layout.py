"""How an email is laid out, as far as its folder is concerned: forwards, quotes, phrases.

- A forward has a second writer: the forwarded message's author (`forwarded_author`). A
  colleague forwarding "the auditors' open list" or "the notice support sent to customers"
  passes on mail from someone whose sender rule says what it is about.
- A reply quotes the earlier messages of its thread (`quoted_text`). Their cues are ignored
  (who is asked, what is asked: the cleaned body drops them), but their topic is the reply's:
  "Not yet, I'll have the date by Thursday" is about what the quoted question names.
- A subject is made of phrases (`phrases`): "Pipeline: deploy failed" is no "pipeline deploy"
  (`compounds` reads a phrase's words in order); a short first phrase before a colon is the
  subject's label, what the mail is ("Receipt: ...", "Penetration test: ...").
`folders.decide` weighs all three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.triage.offline.text import Words, words

# The line `email_text.clean_email_text` puts where a forwarded header was.
_FORWARDED_FROM = re.compile(r"^Forwarded message from [^\n<]*<([^<>@\s]+@[^<>\s]+)>:", re.M)
_QUOTE_START = re.compile(r"^\s*(on\b.*wrote:|-+ ?original message ?-+|from:\s)", re.I)
_LABEL = re.compile(r"^\s*([^:]{2,40}):\s")
_LABEL_WORDS = 3  # a longer stretch before a colon is a sentence, not a label
_FORWARD_LINES = 3  # a "From:" this close below "Forwarded message" heads a forward, not a quote
# Where a subject's phrases end.
_BETWEEN = re.compile(r"[:;,.!?()\[\]|/@]+|\s[-\u2013\u2014]+\s")


@dataclass(frozen=True)
class Layout:
    """The forwarded author, the quoted thread and the subject's phrases of one email."""

    forwarded_from: str | None = None
    quoted: Words | None = None
    phrases: tuple[Words, ...] = ()
    label: Words | None = None


PLAIN = Layout()  # no forward, no quote, the subject as one phrase unread


def layout(subject_line: str, cleaned: str, raw: str) -> Layout:
    """Read the layout of an email from its subject, cleaned body and raw body."""
    return Layout(
        forwarded_author(cleaned),
        words(quoted_text(raw)),
        phrases(subject_line),
        label(subject_line),
    )


def forwarded_author(cleaned: str) -> str | None:
    """The address of the first forwarded message's author in a cleaned body, if it gives one."""
    found = _FORWARDED_FROM.search(cleaned)
    return found.group(1).strip().lower() if found else None


def quoted_text(raw: str) -> str:
    """The earlier messages a reply quotes: '>' lines, and all below an attribution line
    ("On ... wrote:", "-----Original Message-----", an Outlook "From:" block). A forwarded
    message is no quote: the cleaned body keeps it."""
    lines = raw.split("\n")
    found = [line.lstrip("> ") for line in lines if line.lstrip().startswith(">")]
    start = next((i for i, line in enumerate(lines) if _quote_starts(lines, i)), None)
    if start is not None:
        found += [line for line in lines[start:] if not line.lstrip().startswith(">")]
    return "\n".join(found)


def _quote_starts(lines: list[str], i: int) -> bool:
    above = " ".join(lines[max(0, i - _FORWARD_LINES) : i]).casefold()
    return bool(_QUOTE_START.match(lines[i])) and "forwarded" not in above


def phrases(subject_line: str) -> tuple[Words, ...]:
    """The subject's phrases, split where punctuation or a spaced dash parts them."""
    return tuple(words(part) for part in _BETWEEN.split(subject_line) if part.strip())


def label(subject_line: str) -> Words | None:
    """The subject's label, a few words before a colon ("Receipt: ..."), if it has one."""
    found = _LABEL.match(subject_line)
    said = words(found.group(1)) if found else None
    return said if said is not None and 0 < len(said.parts) <= _LABEL_WORDS else None
