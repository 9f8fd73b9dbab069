"""How the emulated model follows the owner's learned examples, as a live model would.

The product's prompt may carry a system block of labelled examples, one per line between
`<examples>` and `</examples>`:

    - from "<sender>" | subject "<subject>" | text "<excerpt>" -> <folder> | <priority> | <action>

The quoted parts are JSON strings of HTML-escaped text, so " -> " can only be the separator. The
emulator's default answer follows the newest example from the email's sender whose folder is in
the answer schema, the way a model told to follow the owner's corrections would; with no such
example it answers as before.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from typing import Any

_FROM_LINE = re.compile(r"^From: (?:.*&lt;(?P<inside>[^&]*)&gt;|(?P<bare>\S+))\s*$", re.M)
_EXAMPLES = re.compile(r"<examples>\n(?P<lines>.*?)</examples>", re.S)


def _texts(blocks: Any) -> list[str]:
    if isinstance(blocks, str):
        return [blocks]
    if isinstance(blocks, list):
        return [str(b.get("text", "")) for b in blocks if isinstance(b, dict)]
    return []


def _sender(request: Mapping[str, Any]) -> str | None:
    for message in request.get("messages") or []:
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        for text in _texts(message.get("content")):
            if "<email>" not in text:
                continue
            found = _FROM_LINE.search(text.split("<email>", 1)[1])
            if found:
                return html.unescape(found["inside"] or found["bare"]).strip().lower()
    return None


def _parse(line: str) -> tuple[str, str, str, str] | None:
    """Return (sender, folder, priority, action) of one example line, or None."""
    if not line.startswith("- from "):
        return None
    try:
        sender, _ = json.JSONDecoder().raw_decode(line, len("- from "))
    except ValueError:
        return None
    _, _, labels = line.rpartition(" -> ")
    parts = [p.strip() for p in labels.split(" (", 1)[0].split(" | ")]
    if len(parts) != 3:
        return None
    return html.unescape(str(sender)).strip().lower(), parts[0], parts[1], parts[2]


def learned_answer(request: Mapping[str, Any]) -> dict[str, Any] | None:
    """Return the answer the newest example from the email's sender dictates, or None."""
    sender = _sender(request)
    if sender is None:
        return None
    schema = (request.get("output_config") or {}).get("format", {}).get("schema", {})
    folders = schema.get("properties", {}).get("folder", {}).get("enum") or []
    chosen = None
    for text in _texts(request.get("system")):
        for block in _EXAMPLES.finditer(text):
            for line in block["lines"].splitlines():
                parsed = _parse(line)
                if parsed and parsed[0] == sender and parsed[1] in folders:
                    chosen = parsed  # printed oldest first: the last match is the newest
    if chosen is None:
        return None
    return {
        "folder": chosen[1],
        "priority": chosen[2],
        "action_type": chosen[3],
        "confidence": 0.9,
        "reason": "The owner corrected mail from this sender the same way before.",
    }
