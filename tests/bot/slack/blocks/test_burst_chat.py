"""The burst summary and the DM assistant's replies and proposals."""

from __future__ import annotations

import pytest

from bot.slack import ids
from bot.slack.blocks.burst_builder import BurstCounts, burst_message, parse_id_list
from bot.slack.blocks.chat_builder import chat_confirmation, chat_reply
from bot.slack.blocks.limits import check_message
from bot.slack.blocks.text import slack_len
from tests.bot.slack.blocks import all_text, buttons, make_view


def _views(count: int, start: int = 1, **changes: object) -> list:
    return [
        make_view(suggestion_id=start + i, subject=f"Subject {start + i}", **changes)
        for i in range(count)
    ]


def test_burst_summary_counts_and_buttons() -> None:
    confident, rest = _views(15), _views(8, start=100, confidence=0.5)
    payload = burst_message(confident, rest, 0.85)
    assert check_message(payload) == []
    summary = "23 new emails triaged: 15 high confidence (≥ 0.85), 8 need a look"
    assert payload["text"] == summary
    assert payload["blocks"][0]["text"]["text"] == summary
    approve, review, show = buttons(payload)
    assert approve["action_id"] == ids.APPROVE_ALL_CONFIDENT
    assert approve["text"]["text"] == "Approve all 15 high-confidence"
    assert approve["style"] == "primary"
    assert parse_id_list(approve["value"]) == list(range(1, 16))
    # The confident ones can be looked at (and edited) one by one instead.
    assert review["action_id"] == ids.SHOW_CONFIDENT
    assert review["text"]["text"] == "Review the 15 one by one"
    assert parse_id_list(review["value"]) == list(range(1, 16))
    assert show["action_id"] == ids.SHOW_REST
    assert show["text"]["text"] == "Show the 8"
    assert parse_id_list(show["value"]) == list(range(100, 108))


def test_approve_all_confirm_lists_them_within_300() -> None:
    payload = burst_message(_views(15), [], 0.85)
    confirm = buttons(payload)[0]["confirm"]
    assert confirm["title"]["text"] == "Approve 15 suggestions?"
    text = confirm["text"]["text"]
    assert slack_len(text) <= 300
    assert text.startswith(
        "Each email is moved and categorised as suggested: "
        "Subject 1 → Projects/Tradecore Steel; Subject 2 → Projects/Tradecore Steel"
    )
    assert text.endswith("more")
    assert [b["action_id"] for b in buttons(payload)] == [
        ids.APPROVE_ALL_CONFIDENT,
        ids.SHOW_CONFIDENT,
    ]


def test_burst_without_confident_ones_only_offers_to_show_them() -> None:
    payload = burst_message([], _views(4), 0.85)
    assert check_message(payload) == []
    assert [b["action_id"] for b in buttons(payload)] == [ids.SHOW_REST]


def test_button_values_are_capped_and_say_so() -> None:
    confident = _views(400, start=1_000_000)
    payload = burst_message(confident, [], 0.85)
    assert check_message(payload) == []
    approve, review = buttons(payload)
    covered = parse_id_list(approve["value"])
    assert len(approve["value"]) <= 2000 and review["value"] == approve["value"]
    assert covered == list(range(1_000_000, 1_000_000 + len(covered)))
    assert approve["text"]["text"] == f"Approve all {len(covered)} high-confidence"
    assert f"The button covers the first {len(covered)} of 400" in all_text(payload)
    # The others get cards of their own at once, and the summary counts them as shown.
    assert payload["text"] == (
        f"400 new emails triaged: {400 - len(covered)} shown below; "
        f"{len(covered)} high confidence (≥ 0.85) waiting"
    )


@pytest.mark.parametrize(
    ("confident", "rest", "counts", "summary", "actions"),
    [
        (
            15,
            0,
            BurstCounts(23, shown=8),
            "23 new emails triaged: 8 shown below; 15 high confidence (≥ 0.85) waiting",
            [ids.APPROVE_ALL_CONFIDENT, ids.SHOW_CONFIDENT],
        ),
        (
            0,
            8,
            BurstCounts(23, approved=14, shown=1),
            "23 new emails triaged: 14 approved, 1 shown below; 8 need a look",
            [ids.SHOW_REST],
        ),
        (
            0,
            0,
            BurstCounts(23, approved=15, shown=8),
            "23 new emails triaged: 15 approved, 8 shown below",
            [],
        ),
        (
            13,
            0,
            BurstCounts(23, shown=8),
            "23 new emails triaged: 8 shown below, 2 decided elsewhere; "
            "13 high confidence (≥ 0.85) waiting",
            [ids.APPROVE_ALL_CONFIDENT, ids.SHOW_CONFIDENT],
        ),
    ],
)
def test_the_summary_stays_true_after_its_buttons_were_used(
    confident: int, rest: int, counts: BurstCounts, summary: str, actions: list[str]
) -> None:
    payload = burst_message(
        _views(confident), _views(rest, start=100, confidence=0.5), 0.85, counts=counts
    )
    assert check_message(payload) == []
    assert payload["text"] == summary == payload["blocks"][0]["text"]["text"]
    assert [b["action_id"] for b in buttons(payload)] == actions
    assert BurstCounts.of(payload["blocks"]) == (counts if actions else None)


def test_parse_id_list_skips_junk_and_duplicates() -> None:
    assert parse_id_list("3, 1,x,,-2,3, 07") == [3, 1, 7]


def test_chat_reply_is_escaped_plain_text_split_into_sections() -> None:
    text = "Pending: <!channel> *Q3* pricing\n" + ("line of text\n" * 600)
    payload = chat_reply(text)
    assert check_message(payload) == []
    sections = payload["blocks"]
    assert len(sections) == 3
    assert all(b["text"]["type"] == "plain_text" for b in sections)
    assert all(slack_len(b["text"]["text"]) <= 3000 for b in sections)
    assert sections[0]["text"]["text"].startswith("Pending: &lt;!channel&gt; *Q3* pricing\n")
    joined = "\n".join(b["text"]["text"] for b in sections)
    assert joined.count("line of text") == 600


def test_chat_reply_never_empty() -> None:
    assert check_message(chat_reply("")) == []
    assert check_message(chat_reply("x" * 20_000)) == []


def test_chat_confirmation_buttons_carry_the_proposal_id() -> None:
    payload = chat_confirmation("prop-42", "Approve ‘Q3 pricing’ into Projects/Tradecore Steel")
    assert check_message(payload) == []
    confirm, cancel = buttons(payload)
    assert (confirm["action_id"], confirm["value"], confirm["style"]) == (
        ids.CHAT_CONFIRM,
        "prop-42",
        "primary",
    )
    assert (cancel["action_id"], cancel["value"], cancel.get("style")) == (
        ids.CHAT_CANCEL,
        "prop-42",
        None,
    )
    assert payload["text"].startswith("Confirm? Approve")


def test_resolved_confirmation_drops_the_buttons() -> None:
    done = chat_confirmation("p", "Dismiss it", state="confirmed")
    cancelled = chat_confirmation("p", "Dismiss it", state="cancelled")
    assert buttons(done) == [] and buttons(cancelled) == []
    assert "Confirmed by you" in all_text(done)
    assert "Cancelled: nothing was changed" in all_text(cancelled)
