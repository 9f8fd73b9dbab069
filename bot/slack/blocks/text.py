"""Turning untrusted text (email subjects, senders, previews, model output) into inert Slack text.

The pipeline is always sanitize -> escape -> (defuse, for mrkdwn) -> clip:
- `sanitize` removes hidden characters (control characters, bidi overrides that make text read
  backwards, tag and zero-width characters: `core.untrusted_text`) and flattens whitespace;
  emoji, including joined sequences, survive.
- `escape_mrkdwn` replaces only `&`, `<` and `>`, which kills every mention and link form
  (`<!channel>`, `<@U…>`, `<https://…|…>`). plain_text objects are escaped too: Slack stores
  and returns text in escaped form, so the same three entities are safe everywhere.
- `defuse` swaps `*_~` and backticks for look-alike characters: Slack has no escape for them.
  Only untrusted text gets them; our own wording ("ANTHROPIC_API_KEY") is escaped, not defused.
  Where our wording and untrusted pieces share one string, the pieces pass `lookalikes` first.
- `clip` cuts to a limit measured in UTF-16 units (never fewer than Slack's characters) and never
  in the middle of an `&…;` entity.
Links are built only from data we produced or validated (`safe_url`), never from email text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from core.untrusted_text import strip_hidden, trusted_https_url

ELLIPSIS = "…"
_LOOKALIKES = str.maketrans({"*": "∗", "_": "ˍ", "~": "∼", "`": "ˋ"})
_ENTITIES = ("&amp;", "&lt;", "&gt;")

OUTLOOK_DOMAINS = ("outlook.com", "office.com", "office365.com", "outlook.live.com")
# Where a task link may point: To Do's web app (office.com, live.com for personal accounts)
# and Todoist's.
TASK_DOMAINS = (*OUTLOOK_DOMAINS, "to-do.live.com", "todoist.com")
SIGN_IN_DOMAINS = ("microsoft.com", "microsoftonline.com", "live.com")
VALUE_LIMIT = 75


def sanitize(text: str, *, multiline: bool = False) -> str:
    """Remove hidden characters (`core.untrusted_text`); flatten whitespace to one line."""
    cleaned = strip_hidden(text)
    if not multiline:
        return " ".join(cleaned.split())
    lines = [" ".join(line.split()) for line in cleaned.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def escape_mrkdwn(text: str) -> str:
    """Replace `&`, `<` and `>` with their entities, and nothing else."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def defuse(text: str) -> str:
    """Neutralise mrkdwn formatting in escaped text: look-alikes for `*_~` and backticks."""
    return unquote(lookalikes(text))


def lookalikes(text: str) -> str:
    """Swap `*_~` and backticks for look-alikes: for untrusted text only, never our wording."""
    return text.translate(_LOOKALIKES)


def unquote(escaped: str) -> str:
    """Keep escaped lines from rendering as quotes: a line starting "&gt;" gets a soft hyphen."""
    return re.sub(r"(?m)^&gt;", "\u00ad&gt;", escaped)


def slack_len(text: str) -> int:
    """Return the length Slack may count: UTF-16 code units (an emoji can count twice)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def clip(text: str, limit: int) -> str:
    """Cut escaped `text` to `limit` with an ellipsis, never inside an `&…;` entity."""
    if slack_len(text) <= limit:
        return text
    budget = limit - 1
    cut: list[str] = []
    used = 0
    for ch in text:
        size = 2 if ord(ch) > 0xFFFF else 1
        if used + size > budget:
            break
        cut.append(ch)
        used += size
    head = "".join(cut)
    amp = head.rfind("&")
    if amp != -1 and not head.startswith(_ENTITIES, amp):
        head = head[:amp]
    # A dangling joiner or variation selector would glue the ellipsis to half an emoji.
    return head.rstrip(" \u200d\ufe0f") + ELLIPSIS


def plain(text: str, limit: int, *, multiline: bool = False) -> str:
    """Return untrusted text ready for a plain_text object: sanitized, escaped, clipped."""
    return clip(escape_mrkdwn(sanitize(text, multiline=multiline)), limit)


def mrkdwn(text: str, limit: int, *, multiline: bool = False) -> str:
    """Return untrusted text ready for mrkdwn: sanitized, escaped, defused, clipped."""
    return clip(defuse(escape_mrkdwn(sanitize(text, multiline=multiline))), limit)


def plain_text(text: str, *, emoji: bool = True) -> dict[str, Any]:
    """Return a plain_text object for text that is already escaped and clipped."""
    obj: dict[str, Any] = {"type": "plain_text", "text": text}
    if not emoji:
        obj["emoji"] = False
    return obj


def mrkdwn_text(text: str) -> dict[str, Any]:
    """Return a verbatim mrkdwn object (no auto-linking) for text that is already safe."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def join_clipped(
    items: Sequence[str],
    limit: int,
    *,
    more: Callable[[int], str] | None = None,
    separator: str = ", ",
) -> str:
    """Join escaped items within `limit`, ending with `more(n)` for the n items left out."""
    for count in range(len(items), -1, -1):
        shown = list(items[:count])
        if count < len(items):
            shown.append(more(len(items) - count) if more else ELLIPSIS)
        joined = separator.join(shown)
        if slack_len(joined) <= limit:
            return joined
    return clip(separator.join(items), limit)


def safe_url(url: str | None, domains: Sequence[str] = OUTLOOK_DOMAINS) -> str | None:
    """Return `url` escaped for a mrkdwn link if it is https on one of `domains`, else None."""
    return escape_mrkdwn(url) if isinstance(url, str) and trusted_https_url(url, domains) else None


def link(url: str | None, label: str, domains: Sequence[str] = OUTLOOK_DOMAINS) -> str | None:
    """Return a mrkdwn link with our own label, or None when the URL is not trusted."""
    safe = safe_url(url, domains)
    return f"<{safe}|{label}>" if safe else None


def slack_date(moment: datetime, fmt: str = "{date_short_pretty} {time}") -> str:
    """Return Slack date markup that renders in the reader's time zone, with a UTC fallback."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    fallback = aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(aware.timestamp())}^{fmt}|{fallback}>"


def option_value(name: str) -> str:
    """Return an option value for `name`: itself when short and clean, else a stable digest."""
    if len(name) <= VALUE_LIMIT and not name.startswith("#") and sanitize(name) == name:
        return name
    return "#" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def resolve_option_value(value: str, candidates: Sequence[str]) -> str | None:
    """Return the candidate an `option_value` stands for, or None."""
    if not value.startswith("#"):
        return value
    return next((c for c in candidates if option_value(c) == value), None)
