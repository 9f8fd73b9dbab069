"""`/assistant status`: the observed approval rate per action type and confidence band."""

from __future__ import annotations

from dataclasses import replace

from bot.slack.blocks.limits import check_message
from bot.slack.blocks.status_builder import status_message
from core.triage.confidence_bands import ActionBands, ApprovalBands, BandRate
from core.vocabulary import ActionType
from tests.bot.slack.blocks import all_text
from tests.bot.slack.blocks.test_status_help import REPORT

BANDS = ApprovalBands(
    edges=(0.6, 0.85),
    by_action=(
        ActionBands(ActionType.NEEDS_REPLY, (BandRate(), BandRate(4, 3), BandRate(10, 9))),
        ActionBands(ActionType.FYI_ONLY, (BandRate(2, 0), BandRate(), BandRate(1, 1))),
    ),
)


def test_status_shows_the_approval_rate_by_band_and_says_auto_approve_is_off() -> None:
    payload = status_message(replace(REPORT, approval_bands=BANDS))

    assert check_message(payload) == []
    text = all_text(payload)
    assert "*Approval rate by confidence*" in text
    assert "Needs Reply: <0.6 – · 0.6–0.85 3/4 (75%) · ≥0.85 9/10 (90%)" in text
    assert "FYI Only: <0.6 0/2 (0%) · 0.6–0.85 – · ≥0.85 1/1 (100%)" in text
    assert "Auto-approve is off: these rates are only the ground for it." in text


def test_status_without_decisions_says_so_and_without_a_table_shows_none() -> None:
    empty = status_message(replace(REPORT, approval_bands=ApprovalBands((0.6, 0.85), ())))
    assert "No decided suggestions yet." in all_text(empty)
    assert "Approval rate" not in all_text(status_message(REPORT))
