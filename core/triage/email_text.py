"""Email text a classifier can read: quotes, signatures and disclaimers out, cut to a budget.

Mail bodies are untrusted and can be large or hostile, so the cleaner scans line by line with
plain string tests and a few anchored regexes without nested quantifiers: its time is linear in
the input. What it removes, in order:

1. HTML (when the body is HTML): comments, `<style>`/`<script>` blocks and tags; entities decoded.
   Then hidden characters (`core.untrusted_text`): they never reach the model.
2. Everything from the first reply header on: "On ... wrote:" (a few languages), the Outlook
   "From:" block followed by "Sent:/Date:/To:/Subject:", "-----Original Message-----".
3. Lines quoted with ">".
4. Forwarded blocks keep their body: the separator and the header block become one line naming
   who wrote the forwarded message.
5. Signatures: everything after a "-- " delimiter, "Sent from my ..." and "Get Outlook for ..."
   lines, and a closing ("Best," "Regards,") followed by only a few short lines.
6. Disclaimer paragraphs (confidentiality notices, "received this in error", "DISCLAIMER:").
7. Whitespace: runs of spaces collapse to one, blank-line runs to one blank line.
8. Truncation at a word boundary to `max_chars`, ending in "[…]".
"""

from __future__ import annotations

import html
import re

from core.untrusted_text import strip_hidden

TRUNCATION_MARKER = "[…]"

# Mail-client conventions in the languages our users' correspondents write in.
# "On <date>, <name> wrote:" / "Am <date> schrieb <name>:": the verb's place varies, the colon ends.
_WROTE_VERBS = (
    " wrote",
    " schrieb",
    " a écrit",
    " escribió",
    " skrev",
    " schreef",
    " kirjoitti",
    " scrisse",
    " escreveu",
    " napisał",
)
_WROTE_OPENERS = ("on ", "am ", "le ", "el ", "op ", "den ", "il ", "em ", "w dniu ")
_HEADER_FIELDS = frozenset(
    {
        "from:",
        "sent:",
        "date:",
        "to:",
        "cc:",
        "subject:",
        "von:",
        "gesendet:",
        "an:",
        "betreff:",
        "de:",
        "envoyé:",
        "à:",
        "objet:",
        "enviado:",
        "para:",
        "asunto:",
        "från:",
        "skickat:",
        "till:",
        "ämne:",
    }
)
_FROM_FIELDS = ("from:", "von:", "de:", "från:")
# A header's From names a person; a form's "From:" opens a period with a weekday or a date.
_PERIOD_START = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d", re.IGNORECASE)
_FORWARD_MARKERS = (
    "forwarded message",
    "begin forwarded message",
    "weitergeleitete nachricht",
    "message transféré",
    "mensaje reenviado",
    "vidarebefordrat meddelande",
)
_ORIGINAL_MARKERS = (
    "original message",
    "ursprüngliche nachricht",
    "message d'origine",
    "mensaje original",
    "ursprungligt meddelande",
)
_MOBILE_SIGNATURES = (
    "sent from my ",
    "sent from mail for ",
    "get outlook for ",
    "sent from outlook",
)
_DISCLAIMER_OPENERS = (
    "disclaimer",
    "legal notice",
    "confidentiality notice",
    "confidentiality note",
    "this email is confidential",
    "this e-mail is confidential",
    "this message is confidential",
    "this email and any attachments",
    "this e-mail and any attachments",
    "this message and any attachments",
    "this email (including any attachments)",
    "the information contained in this",
    "this email is intended",
    "this e-mail is intended",
    "this message is intended",
    "if you have received this",
    "if you are not the intended recipient",
    "privileged and confidential",
)
_CLOSINGS = frozenset(
    {
        "best",
        "best regards",
        "best wishes",
        "kind regards",
        "warm regards",
        "warmest regards",
        "regards",
        "many thanks",
        "thanks",
        "thank you",
        "thanks again",
        "cheers",
        "sincerely",
        "yours sincerely",
        "yours faithfully",
        "all the best",
        "br",
        "mvh",
        "med vänliga hälsningar",
        "vänliga hälsningar",
        "viele grüße",
        "mit freundlichen grüßen",
        "cordialement",
        "saludos",
    }
)
# A closing is only a signature when this little follows it.
_SIGNATURE_TAIL_CHARS = 200
_SIGNATURE_TAIL_LINES = 6
_MAX_HEADER_LINE = 400
_WINDOW_FACTOR = 16
_MIN_WINDOW = 100_000

# A tag name followed by a space, "/" or ">": "<a@example.com>" in plain text is no HTML.
_HTML_HINT = re.compile(
    r"<(?:html|head|body|style|p|div|br|table|span|a|h[1-6]|ul|ol|li|td)[\s/>]", re.I
)
_HTML_BREAK = re.compile(r"</?(?:br|p|div|tr|li|h[1-6]|table|ul|ol|blockquote)\b[^<>]*>", re.I)
_HTML_TAG = re.compile(r"<[^<>]*>")
_SUBJECT_PREFIX = re.compile(
    r"\s*(?:(re|fwd?|aw|wg|sv|vs|tr|antw|rif|odp|res)\s*(?:\[\d{1,4}\]|\(\d{1,4}\))?\s*:"
    r"|\[(?:external|ext|extern|caution)\b[^\[\]]{0,40}\])",
    re.I,
)


def clean_email_text(text: str, *, max_chars: int) -> str:
    """Return the body without quotes, signatures or disclaimers, cut to `max_chars`."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1 (got {max_chars})")
    if _HTML_HINT.search(text):
        text = _html_to_text(text)
    # Only the start of a huge body can reach the model, so the line scan sees a window of it.
    window = max(_WINDOW_FACTOR * max_chars, _MIN_WINDOW)
    cut = len(text) > window
    if cut:
        text = text[:window]
    text = strip_hidden(text)
    lines = _strip_disclaimers(_strip_signature(_strip_quotes(text.split("\n"))))
    return truncate(_collapse(lines), max_chars, more=cut)


def strip_subject_prefixes(subject: str) -> str:
    """Return `subject` on one line without reply/forward prefixes or [EXTERNAL] tags."""
    pos = 0
    while match := _SUBJECT_PREFIX.match(subject, pos):
        if match.end() == pos:
            break
        pos = match.end()
    return " ".join(subject[pos:].split())


# The prefixes a forward puts ("Fwd:", German "WG:", French "TR:"); the others answer.
_FORWARD_PREFIXES = frozenset({"fw", "fwd", "wg", "tr"})


def answers_thread(subject: str) -> bool:
    """Tell whether `subject` is a reply's ("Re:", "SV:", "[EXTERNAL] AW:"), not a forward's nor
    a new mail's: its first reply or forward prefix answers."""
    pos = 0
    while (match := _SUBJECT_PREFIX.match(subject, pos)) and match.end() > pos:
        if match.group(1):
            return match.group(1).casefold() not in _FORWARD_PREFIXES
        pos = match.end()
    return False


def normalize_subject(subject: str) -> str:
    """Return `subject` without reply/forward prefixes or [EXTERNAL] tags, casefolded."""
    return strip_subject_prefixes(subject).casefold()


def truncate(text: str, max_chars: int, *, more: bool = False) -> str:
    """Cut `text` at a word boundary so that it and a trailing "[…]" fit in `max_chars`.

    `more` says the text was already cut before this call, so it gets the marker even if it fits.
    """
    room = max_chars - len(TRUNCATION_MARKER) - 1
    if not more and len(text) <= max_chars:
        return text
    if room < 1:
        return text[:max_chars]
    if len(text) <= room:
        return f"{text} {TRUNCATION_MARKER}".lstrip()
    cut = text[: room + 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    # A word longer than a fifth of the budget (a URL, a base64 blob) is cut mid-word.
    head = cut[:space] if space >= room * 4 // 5 else cut[:room]
    return head.rstrip() + " " + TRUNCATION_MARKER


# --- the steps -------------------------------------------------------------------------------


def _html_to_text(text: str) -> str:
    text = _drop_between(text, "<!--", "-->")
    for tag in ("style", "script", "head"):
        text = _drop_between(text, f"<{tag}", f"</{tag}>")
    text = _HTML_BREAK.sub("\n", text)
    return html.unescape(_HTML_TAG.sub("", text)).replace("\xa0", " ")


def _drop_between(text: str, start: str, end: str) -> str:
    """Remove every `start`...`end` span (case-insensitive); an unclosed one runs to the end."""
    lower = text.lower()
    parts: list[str] = []
    pos = 0
    while (begin := lower.find(start, pos)) != -1:
        parts.append(text[pos:begin])
        close = lower.find(end, begin + len(start))
        pos = len(text) if close == -1 else close + len(end)
    parts.append(text[pos:])
    return "".join(parts)


def _strip_quotes(lines: list[str]) -> list[str]:
    fields = [_field(line) for line in lines]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        low = line.casefold()
        if low.startswith(">"):
            i += 1
            continue
        if _is_wrote_line(lines, i) or _is_separator(low, _ORIGINAL_MARKERS):
            break
        if _is_separator(low, _FORWARD_MARKERS):
            i = _forward_header(lines, fields, i + 1, kept)
            continue
        if low.startswith("_____") and not low.strip("_"):
            if _is_header_block(lines, fields, _next_content(lines, i + 1)):
                break
            i += 1
            continue
        if _is_header_block(lines, fields, i):
            break
        kept.append(lines[i])
        i += 1
    return kept


def _is_wrote_line(lines: list[str], i: int) -> bool:
    stripped = lines[i].strip()
    if len(stripped) > _MAX_HEADER_LINE:
        return False
    low = stripped.casefold()
    if not low.startswith(_WROTE_OPENERS):
        return False
    # Gmail wraps long attributions onto a second line.
    joined = low
    for j in (i, i + 1):
        if j > i:
            if j >= len(lines) or len(joined) > _MAX_HEADER_LINE:
                return False
            joined = joined + " " + lines[j].strip().casefold()
        if joined.endswith(":") and any(verb in joined for verb in _WROTE_VERBS):
            return True
    return False


def _is_separator(low: str, markers: tuple[str, ...]) -> bool:
    if len(low) > 120:
        return False
    core = low.strip("-_=*<> :").strip()
    return core in markers


def _next_content(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _field(line: str) -> str | None:
    stripped = line.strip()
    if len(stripped) > _MAX_HEADER_LINE:
        return None
    name = stripped[:12].casefold().lstrip("*").partition(":")
    field = name[0] + name[1]
    return field if field in _HEADER_FIELDS else None


def _is_header_block(lines: list[str], fields: list[str | None], i: int) -> bool:
    """Tell whether an Outlook-style reply header ("From:" then "Sent:", "To:"...) starts at `i`."""
    if i >= len(lines) or fields[i] not in _FROM_FIELDS:
        return False
    if _PERIOD_START.match(lines[i].strip().lstrip("*").partition(":")[2].strip(" *")):
        return False  # "From: Monday 4 July" then "To: Friday 29 July": a leave's dates
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j].lstrip().startswith(">") or fields[j] not in (None, *_FROM_FIELDS):
            return True
    return False


def _forward_header(lines: list[str], fields: list[str | None], i: int, kept: list[str]) -> int:
    """Replace a forwarded header block with one line; return the index after the block."""
    i = _next_content(lines, i)
    author = ""
    while i < len(lines) and fields[i] is not None:
        if fields[i] in _FROM_FIELDS:
            author = lines[i].strip().lstrip("*").split(":", 1)[1].strip(" *")
        i += 1
    kept.append(f"Forwarded message from {author}:" if author else "Forwarded message:")
    return i


def _strip_signature(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped == "--":
            break
        if stripped.casefold().startswith(_MOBILE_SIGNATURES) and len(stripped) < 80:
            continue
        kept.append(line)
    # A closing ("Best,") followed by at most a name and a title ends the message.
    tail_chars = 0
    for k in range(len(kept) - 1, max(-1, len(kept) - 2 - _SIGNATURE_TAIL_LINES), -1):
        words = kept[k].strip().rstrip(",.!").strip().casefold()
        if words in _CLOSINGS and k > 0:
            return kept[:k]
        tail_chars += len(kept[k].strip())
        if tail_chars > _SIGNATURE_TAIL_CHARS:
            break
    return kept


def _strip_disclaimers(lines: list[str]) -> list[str]:
    kept: list[str] = []
    skipping = False
    for line in lines:
        low = line.strip().casefold().lstrip("*_ ")
        if not low:
            skipping = False
        elif low.startswith(_DISCLAIMER_OPENERS):
            skipping = True
        if not skipping:
            kept.append(line)
    return kept


def _collapse(lines: list[str]) -> str:
    out: list[str] = []
    blank = False
    for line in lines:
        words = line.split()
        if not words:
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(" ".join(words))
    return "\n".join(out)
