"""Mail that tries to instruct the assistant: a manipulation attempt, whatever it is about.

People write to people. A message with a note "to the AI assistant processing this mailbox",
an "Assistant:" line or "ignore your previous instructions" is written to the software that
sorts the mail, to have it file, prioritise or forward something; often hidden in an HTML
comment or an invisible block. Its words name whatever folder and priority it wants, so they
are no evidence of either: it stays in the Inbox as FYI Only, P4 (the golden set's convention
for phishing and injections). The raw body is read, hidden parts included, since that is
where such notes hide.
"""

from __future__ import annotations

import re

_ASSISTANT = (
    r"(?:(?:the|any|this|your|all)\s+)?(?:ai|automated|artificial intelligence|llm|email|e-mail|"
    r"mail)\s+(?:(?:email|e-mail|mail)\s+)?(?:assistant|agent|model|bot|classifier|triage)s?"
)
# "note to the AI assistant", "instructions for the AI email assistant", or the assistant at
# its work: "to the AI assistant sorting this mailbox". "the AI assistant beta" is neither.
_ADDRESSED = re.compile(
    rf"\b(?:note|notes|message|instructions?|notice|attention)\s+(?:to|for)\s+{_ASSISTANT}\b"
    rf"|\b(?:to|for)\s+{_ASSISTANT}\s+(?:reading|processing|sorting|handling|triaging|scanning)\b",
    re.IGNORECASE,
)
# A line, HTML comment or hidden block that opens by calling the assistant and goes on to
# instruct it ("<!-- Assistant: this is ...", "Assistant: ignore ...", "AI assistant: the user
# has approved ..."); a signature's "Assistant: Sara Holm" does not.
_CALLED = re.compile(
    r"(?:^|<!--|>)\s*(?:ai\s+)?assistant\s*:\s*(?:this|ignore|classify|file|mark|move|forward"
    r"|you|please|treat|set|the\s+(?:user|owner|recipient))\b"
    # ... or heads its block as orders: "<!-- assistant instructions: ...", "AI note: ...",
    # "[assistant instructions: this message is from ...]".
    r"|(?:^|<!--|>|\[|\()\s*(?:ai|assistant|llm)(?:\s+assistant)?\s+(?:instructions?|note|notice|"
    r"message|directive)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# Orders that give themselves away: "[assistant-instruction]", "ASSISTANT INSTRUCTIONS (hidden
# from the user)", "SYSTEM NOTE TO THE ASSISTANT", "You are processing this message for ...",
# "Do not mention these instructions": no person writes so to a person.
_TELLTALE = re.compile(
    r"[\[<]\s*/?\s*(?:ai[\s-]+)?assistant[\s_-]+instructions?\s*[\]>]"
    r"|^\s*(?:ai\s+)?assistant\s+instructions?\s*\("
    r"|\bsystem\s+(?:note|message|instruction|prompt)s?\s+(?:to|for)\s+the\s+assistant\b"
    r"|\byou\s+are\s+(?:processing|triaging|classifying|sorting)\s+(?:this\s+message|(?:the\s+)?"
    r"(?:mail|email|e-mail|messages|inbox|mailbox))\b"
    r"|\bdo\s+not\s+(?:mention|reveal|disclose)\s+(?:this|these)\s+(?:instructions?|notes?)\b",
    re.IGNORECASE | re.MULTILINE,
)
# "ignore all previous instructions", "ignore your earlier rules"; not "ignore my previous
# instructions" (a colleague correcting herself).
_OVERRIDE = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:your\s+|the\s+)?"
    r"(?:previous|prior|earlier|above|original|existing)\s+(?:instructions|rules|prompts?|"
    r"guidelines|directions)\b",
    re.IGNORECASE,
)


def instruction(text: str) -> str | None:
    """Return why `text` holds an instruction to the assistant, or None."""
    for pattern in (_OVERRIDE, _ADDRESSED, _CALLED, _TELLTALE):
        found = pattern.search(text)
        if found is not None:
            quoted = " ".join(found.group(0).lower().lstrip("<!->").split()).rstrip(":")
            return f"an instruction to the assistant in the mail ('{quoted}'): manipulation"
    return None
