"""Shared factories and inspectors for the Block Kit builder tests."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from core.config.settings import Settings
from core.triage.views import SuggestionView

WEB_LINK = "https://outlook.office365.com/owa/?ItemID=AAMkAD%3D&exvsurl=1&viewmodel=ReadMessageItem"

# Hostile email text: mentions, spoofed links, huge, entity-dense, bidi, control chars, mrkdwn.
HOSTILE = {
    "mentions": "<!channel> <https://evil.example|click>",
    "every_mention": "<!here> <!everyone> <@U0123ABCD> <!subteam^S012|@team> <#C012|general>",
    "spoofed_outlook": "<https://outlook.office365.com.evil.example/x|Open in Outlook>",
    "pre_escaped": "&lt;!channel&gt; &amp;lt;!here&amp;gt;",
    "huge": "Q3 pricing " * 1000,
    "ampersands": "R&D & " * 2000,
    "rtl_override": "invoice \u202egpj.exe\u202c and \u2067isolate\u2069 \u200fmark",
    "control": "bell\x07 nul\x00 esc\x1b[31mred\x1b[0m del\x7f\r\nnext",
    "mrkdwn": "*bold* _italic_ ~strike~ `code` ```block```\n> quote",
    "emoji": "Family 👩\u200d👩\u200d👧 flag 🇳🇱 ok ✅ :smile:",
    "emoji_flood": "😀" * 3000,
    "lonely_surrogate": "broken \ud800 surrogate",
}

_OUR_MARKUP = re.compile(
    r"<!date\^\d+\^[{}a-z_ ]+\|[0-9: -]+UTC>"
    r"|<https://(?:[a-z0-9-]+\.)*(?:outlook\.com|office\.com|office365\.com|microsoft\.com"
    r"|microsoftonline\.com|live\.com)(?:/[^|<>\s]*)?\|[^<>|]+>"
)
_ENTITY = re.compile(r"&(?!amp;|lt;|gt;)")
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def make_view(**changes: Any) -> SuggestionView:
    """Return a pending suggestion like a typical card, with `changes` applied."""
    view = SuggestionView(
        suggestion_id=7,
        email_id="AAMkAD=",
        status="pending",
        folder="Projects/Tradecore Steel",
        priority="P2 - Important",
        action_type="Needs Reply",
        confidence=0.91,
        reason="pricing question from the project's main contact with a Thursday deadline",
        needs_review=False,
        subject="Q3 pricing review for Tradecore",
        sender_name="Dana Reyes",
        sender_address="dana@tradecore.example",
        received_at=datetime(2025, 5, 6, 9, 14, tzinfo=UTC),
        web_link=WEB_LINK,
        preview="Can you confirm the revised volume tiers before Thursday's call?",
        classifier="claude",
        cost_usd=0.0002,
    )
    return replace(view, **changes)


def make_settings(
    projects: int | list[str] = ["Projects/Tradecore Steel"],  # noqa: B006 (never mutated)
    areas: int | list[str] = ["Areas/Finance"],  # noqa: B006
    *,
    todo: bool = True,
    todoist: bool = False,
    task_backend: str | None = None,
) -> Settings:
    """Return settings with the given project and area folders (paths, or how many to invent)."""

    def entries(spec: int | list[str], parent: str) -> list[dict[str, str]]:
        folders = (
            spec if isinstance(spec, list) else [f"{parent}/{parent[:-1]} {i}" for i in range(spec)]
        )
        return [{"name": f.rsplit("/", 1)[-1], "folder": f} for f in folders]

    return Settings.model_validate(
        {
            "projects": entries(projects, "Projects"),
            "areas": entries(areas, "Areas"),
            "integrations": {
                "todo": {"enabled": todo},
                "todoist": {"enabled": todoist},
                **({"task_backend": task_backend} if task_backend else {}),
            },
        }
    )


def text_objects(payload: Any) -> Iterator[dict[str, Any]]:
    """Yield every text object (plain_text or mrkdwn) anywhere in a payload."""
    if isinstance(payload, dict):
        if payload.get("type") in ("plain_text", "mrkdwn") and isinstance(payload.get("text"), str):
            yield payload
        for value in payload.values():
            yield from text_objects(value)
    elif isinstance(payload, list):
        for item in payload:
            yield from text_objects(item)


def all_text(payload: dict[str, Any]) -> str:
    """Return the fallback and every text object's text, one per line."""
    texts = [payload["text"]] if isinstance(payload.get("text"), str) else []
    return "\n".join([*texts, *(t["text"] for t in text_objects(payload))])


def buttons(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """Return every button in a message's actions blocks."""
    return [
        element
        for block in payload.get("blocks", [])
        if block.get("type") == "actions"
        for element in block["elements"]
        if element.get("type") == "button"
    ]


def inert_problems(payload: dict[str, Any], *, formatting: bool = True) -> list[str]:
    """Return every way untrusted text could act in `payload` (empty: the payload is inert).

    `formatting=False` skips the mrkdwn formatting check, for messages that carry only our own
    wording (escaped, but never given look-alike characters).
    """
    problems = []
    mrkdwn_texts = [t["text"] for t in text_objects(payload) if t["type"] == "mrkdwn"]
    if isinstance(payload.get("text"), str):
        mrkdwn_texts.append(payload["text"])  # the fallback is mrkdwn too
    for text in mrkdwn_texts:
        rest = _OUR_MARKUP.sub("", text)
        if "<" in rest or ">" in rest:
            problems.append(f"markup survives in mrkdwn: {text[:120]!r}")
        for pair in ("*bold*", "_italic_", "~strike~", "`code`") if formatting else ():
            if pair in text:
                problems.append(f"formatting survives in mrkdwn: {pair}")
        if "evil.example" in "".join(_OUR_MARKUP.findall(text)):
            problems.append("a link points at evil.example")
    for text in [*mrkdwn_texts, *(t["text"] for t in text_objects(payload))]:
        if "<" in _OUR_MARKUP.sub("", text):
            problems.append(f"raw '<' in text: {text[:120]!r}")
        if _ENTITY.search(text):
            problems.append(f"'&' not starting an entity (cut or unescaped): {text[:120]!r}")
        bad = {
            c for c in text if c in _BIDI or (unicodedata.category(c) in ("Cc", "Cs") and c != "\n")
        }
        if bad:
            problems.append(
                f"control or bidi characters survive: {sorted(map(hex, map(ord, bad)))}"
            )
    for key in ("link_names", "parse"):
        if payload.get(key):
            problems.append(f"{key} is set")
    return problems
