"""The emulated model follows the newest learned example from the sender, like a live one."""

from __future__ import annotations

from typing import Any

from sandbox.anthropic_emulator import default_answer
from sandbox.anthropic_learning import learned_answer

EXAMPLES = (
    "# The owner's learned examples\n<examples>\n"
    '- from "ann@x.example" | subject "Old" | text "a -&gt; b" -> Areas/Finance | P2 - Important'
    " | Review (edited)\n"
    '- from "bob@x.example" | subject "Gone" | text "t" -> Projects/Gone | P1 - Urgent Important'
    " | Needs Reply (edited)\n"
    '- from "ann@x.example" | subject "New" | text "t" -> Inbox | P4 - Low | FYI Only'
    " (moved back to the Inbox)\n</examples>\n"
)


def request(sender_line: str) -> dict[str, Any]:
    return {
        "system": [{"type": "text", "text": "rules"}, {"type": "text", "text": EXAMPLES}],
        "messages": [
            {"role": "user", "content": f"Classify.\n<email>\n{sender_line}\nSubject: s\n</email>"}
        ],
        "output_config": {
            "format": {"schema": {"properties": {"folder": {"enum": ["Areas/Finance", "Inbox"]}}}}
        },
    }


def test_the_newest_example_from_the_sender_decides() -> None:
    answer = learned_answer(request("From: Ann &lt;ANN@x.example&gt;"))
    assert answer is not None
    assert (answer["folder"], answer["priority"], answer["action_type"]) == (
        "Inbox",
        "P4 - Low",
        "FYI Only",
    )
    assert default_answer(request("From: ann@x.example")) == answer


def test_other_senders_and_folders_outside_the_schema_are_ignored() -> None:
    assert learned_answer(request("From: carol@x.example")) is None
    assert learned_answer(request("From: bob@x.example")) is None  # Projects/Gone: not allowed
    assert default_answer(request("From: bob@x.example"))["folder"] == "Areas/Finance"
