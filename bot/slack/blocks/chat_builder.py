"""DM assistant replies: plain answers and proposals behind Confirm / Cancel buttons.

Replies come from Claude, which may quote email text, so they are treated like email text:
escaped plain_text (no mention, link or formatting acts), line breaks kept. A proposal's buttons
carry the proposal id; the listener re-checks it and the actor before running anything.
"""

from __future__ import annotations

from typing import Any, Literal

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import Block, actions, button, fallback, message, note, section
from bot.slack.blocks.text import clip, escape_mrkdwn, lookalikes, plain_text, sanitize, slack_len

ProposalState = Literal["pending", "confirmed", "cancelled"]
_SECTION = 3000
_MAX_REPLY = 11_000


def chat_reply(text: str, *, ours: bool = False) -> dict[str, Any]:
    """Return an assistant answer, split into sections of at most 3000 characters.

    Claude may quote email text, so the fallback of an answer that is not `ours` gets
    look-alikes for mrkdwn's formatting characters like any untrusted text.
    """
    safe = clip(escape_mrkdwn(sanitize(text, multiline=True)), _MAX_REPLY) or "…"
    notification = fallback((text if ours else lookalikes(text)) or "…")
    return message(notification, [_paragraph(chunk) for chunk in _chunks(safe)])


def chat_confirmation(
    proposal_id: str, summary: str, *, state: ProposalState = "pending"
) -> dict[str, Any]:
    """Return a proposed change with Confirm (primary) and Cancel; later, how it was resolved."""
    safe = clip(escape_mrkdwn(sanitize(summary, multiline=True)), _SECTION) or "…"
    blocks: list[Block] = [_paragraph(safe)]
    if state == "pending":
        value = proposal_id[:2000]
        blocks.append(
            actions(
                button(msg.CONFIRM, ids.CHAT_CONFIRM, value, style="primary"),
                button(msg.CANCEL, ids.CHAT_CANCEL, value),
            )
        )
    else:
        blocks.append(note(msg.CONFIRMED if state == "confirmed" else msg.CANCELLED))
    return message(fallback(msg.chat_fallback(lookalikes(summary))), blocks)


def _paragraph(safe: str) -> Block:
    return section(plain_text(safe))


def _chunks(text: str) -> list[str]:
    # Split on line breaks where possible, never inside an entity (clip handles the rest).
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if slack_len(candidate) <= _SECTION:
            current = candidate
            continue
        if current:
            chunks.append(current)
        while slack_len(line) > _SECTION:
            head = clip(line, _SECTION)[:-1] or line[: _SECTION // 2]
            chunks.append(head)
            line = line[len(head) :]
        current = line
    if current:
        chunks.append(current)
    return chunks
