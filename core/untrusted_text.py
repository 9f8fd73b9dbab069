"""Untrusted text made fit for Claude and To Do: hidden characters out, links only to Outlook.

A character the owner cannot see must not reach the model or a task: Unicode tag characters
(U+E0000-E007F) spell out whole sentences invisibly, runs of zero-width characters or variation
selectors encode bytes, bidi overrides make text read backwards, NUL and ESC corrupt what
displays them. `strip_hidden` removes them in one linear pass and `count_hidden` says how many
there were, so the owner can be told. What stays: line breaks and tabs, one joiner between two
visible non-ASCII characters (emoji sequences, Persian and Indic spelling need it), one
variation selector after a visible character (❤️, 1️⃣), and the tag letters of a subdivision
flag (🏴 England). Soft hyphens and the left-to-right / right-to-left marks are dropped
without being counted (mail clients insert them routinely and they hide nothing), and so are
lone surrogates (broken encodings, not hidden text).

`one_line` flattens untrusted text to one line cut by `clip`; `prompt_data` also HTML-escapes
it, so text between our <untrusted_...> tags cannot close them, and `prompt_quoted` puts that in
JSON quotes.

`trusted_https_url` is the one check for a link built from data: https, no user info, the
default port, a plain host name under one of the given domains.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import urlsplit

_TAGS = range(0xE0000, 0xE0080)
_FLAG_TAGS = frozenset(chr(c) for c in (*range(0xE0030, 0xE003A), *range(0xE0061, 0xE007B)))
_CANCEL_TAG = "\U000e007f"
_BLACK_FLAG = "\U0001f3f4"
_MAX_FLAG_TAGS = 7
_SELECTORS = frozenset(chr(c) for c in (*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)))
_JOINERS = frozenset("\u200c\u200d")
# Format characters (category Cf) that print something: Arabic number signs and the like.
_VISIBLE_FORMAT = frozenset(
    chr(c) for c in (*range(0x600, 0x606), 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD)
)
# Invisible characters outside category Cf: fillers, the grapheme joiner, Mongolian selectors.
_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u3164\uffa0")
_LINE_BREAKS = frozenset("\r\x0b\x0c\x85\u2028\u2029")
# Dropped but not counted: a hyphenation hint and the direction marks right-to-left mail
# clients insert routinely; none of them can reorder or hide text.
_SILENT = frozenset("\u00ad\u061c\u200e\u200f")
# Every character `_scan` may change: controls but tab and newline, format characters (Unicode
# 14's Cf but the visible number signs), line separators, surrogates, selectors, tags, fillers.
_CANDIDATES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ud800-\udfff\ufe00-\ufe0f\ufeff\uffa0"
    "\ufff9-\ufffb\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e01ef]"
)

OUTLOOK_WEB_DOMAINS = (
    "outlook.com",
    "outlook.office.com",
    "outlook.office365.com",
    "outlook.live.com",
)
"""Hosts (and their subdomains) that serve Outlook on the web, work and personal accounts."""

_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
_URL_FORBIDDEN = re.compile(r"[\s<>|\"'`\\\x00-\x1f\x7f]")
MAX_URL = 2000


def strip_hidden(text: str) -> str:
    """Return `text` without hidden characters; line breaks become "\\n", tabs stay."""
    return _scan(text)[0]


def clip(text: str, limit: int) -> str:
    """Return `text` cut to `limit` characters, the last one an ellipsis when it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(text: str, limit: int) -> str:
    """Return `text` on one line without hidden characters, cut to `limit` characters."""
    return clip(" ".join(strip_hidden(text).split()), limit)


def prompt_data(text: str, limit: int) -> str:
    """Return untrusted text for Claude: one line, cut, HTML-escaped (cannot close our tags)."""
    return html.escape(one_line(text, limit), quote=False)


def prompt_quoted(text: str, limit: int) -> str:
    """Return `prompt_data(text, limit)` as a JSON string, quotes included."""
    return json.dumps(prompt_data(text, limit), ensure_ascii=False)


def count_hidden(text: str) -> int:
    """Return how many hidden characters `strip_hidden` removes from `text`."""
    return _scan(text)[1]


def _scan(text: str) -> tuple[str, int]:
    text = text.replace("\r\n", "\n")
    kept: list[str] = []
    removed = 0
    i = 0
    # Only candidates need a look; the visible runs between them are copied whole.
    while match := _CANDIDATES.search(text, i):
        at = match.start()
        kept.append(text[i:at])
        ch, i = text[at], at + 1
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        if ch in _LINE_BREAKS:
            kept.append("\n")
        elif ch in _SILENT or unicodedata.category(ch) == "Cs":
            pass
        elif before == _BLACK_FLAG and (stop := _flag_end(text, at)):
            kept.append(text[at:stop])
            i = stop
        elif ch in _SELECTORS:
            run = i
            while run < len(text) and text[run] in _SELECTORS:
                run += 1
            if run == i and before and _is_base(before, joiner=False):
                kept.append(ch)
            else:
                removed += run - at
            i = run
        elif ch in _JOINERS:
            # Judged on the raw neighbours: a joiner inside a run of hidden characters goes too.
            if before and after and _is_base(before, joiner=True) and _is_base(after, joiner=True):
                kept.append(ch)
            else:
                removed += 1
        elif _is_hidden(ch):
            removed += 1
        else:
            kept.append(ch)
    if not kept:
        return text, 0
    kept.append(text[i:])
    return "".join(kept), removed


def _is_hidden(ch: str) -> bool:
    if ch in _INVISIBLE or ord(ch) in _TAGS:
        return True
    kind = unicodedata.category(ch)
    return kind == "Cc" or (kind == "Cf" and ch not in _VISIBLE_FORMAT)


def _is_base(ch: str, *, joiner: bool) -> bool:
    """Tell whether a variation selector (or, with `joiner`, a joiner) may sit next to `ch`."""
    if ch in _SELECTORS:
        return joiner  # a joiner may follow a selector (❤️‍🔥); a selector never follows one
    # No ASCII text needs a joiner; between Latin letters one would only carry hidden bits.
    if joiner and ch.isascii():
        return False
    return not ch.isspace() and ch not in _JOINERS and not _is_hidden(ch)


def _flag_end(text: str, start: int) -> int:
    """Return where a subdivision flag's tag sequence after 🏴 ends, or 0 if there is none."""
    i = start
    while i < len(text) and i - start < _MAX_FLAG_TAGS and text[i] in _FLAG_TAGS:
        i += 1
    if i > start and i < len(text) and text[i] == _CANCEL_TAG:
        return i + 1
    return 0


def trusted_https_url(url: object, domains: Sequence[str]) -> bool:
    """Tell whether `url` is https on one of `domains` (or a subdomain), with nothing odd in it."""
    if not isinstance(url, str) or not url.isascii() or len(url) > MAX_URL:
        return False
    if not url or _URL_FORBIDDEN.search(url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = parts.hostname or ""
    return (
        parts.scheme == "https"
        and "@" not in parts.netloc
        and port in (None, 443)
        and bool(_HOST.match(host))
        and any(host == d or host.endswith("." + d) for d in domains)
    )


def outlook_web_url(url: str | None) -> str | None:
    """Return `url` if it opens Outlook on the web over https, else None."""
    return url if trusted_https_url(url, OUTLOOK_WEB_DOMAINS) else None
