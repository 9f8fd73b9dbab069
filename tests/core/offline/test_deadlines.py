"""Dates in the body: how near they are and how much the matter weighs decide the quadrant.

Each case is a short email written for the signal, not one from a labelled set.
"""

from __future__ import annotations

import pytest

from core.config.settings import Settings
from tests.core.offline.labels import P1, P2, P3, P4
from tests.core.offline.test_signals import SETTINGS, by_rules, classify, mail

# A project with no priority default of its own, beside the test areas.
WITH_A_PROJECT = Settings.model_validate(
    {
        "projects": [
            {
                "name": "Data migration",
                "folder": "Projects/Migration",
                "keywords": ["migration"],
                "senders": ["@partner.example"],
            }
        ],
        "areas": [
            *(a.model_dump() for a in SETTINGS.areas),
            {
                "name": "Engineering",
                "folder": "Areas/Engineering",
                "keywords": ["conference"],
                "senders": ["@dev.example"],
                "priority_default": "P4 - Low",
            },
        ],
    }
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Days to go on important work: important, not yet urgent (on the labelled sets the
        # writers mark it P2 more often than P1).
        ("Could you confirm the cutover order? I need your decision by Thursday, crew booked.", P2),
        ("Can you sign the go-live checklist and send it back no later than this Friday?", P2),
        # Hours to go: urgent.
        ("Could you confirm the cutover order? I need your decision by tomorrow, crew booked.", P1),
    ],
)
async def test_a_weekday_need_leaves_important_work_important_not_urgent(body, expected):
    result = await classify(mail("Cutover order", body, sender="lea@mill.example"))

    assert (result.folder, result.priority) == ("Projects/Mill", expected)


@pytest.mark.parametrize(
    ("subject", "body", "sender", "folder"),
    [
        (
            "Migration risks",
            "Could you read the migration risk list and tell me what you think? No rush.",
            "lea@partner.example",
            "Projects/Migration",
        ),
        (
            "Invoice dispute",
            "Could you read the contract clause on the disputed invoice and tell me what you "
            "think? No rush.",
            "ana@books.example",
            "Areas/Finance",
        ),
    ],
)
async def test_no_rush_on_a_projects_work_or_a_weighty_matter_cancels_urgency_not_importance(
    subject, body, sender, folder
):
    email = mail(f"{subject} - today", body, sender=sender)

    result = await by_rules(email, WITH_A_PROJECT)

    assert (result.folder, result.priority) == (folder, P2)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Two of us would like to go to the conference. The early bird ends Friday. OK?", P3),
        ("Two of us would like to go to the conference in May. OK with you?", P4),
    ],
)
async def test_an_offer_that_ends_on_a_weekday_is_a_date_to_meet_in_low_priority_mail(
    body, expected
):
    email = mail("Conference tickets", body, sender="mo@dev.example")

    result = await by_rules(email, WITH_A_PROJECT)

    assert (result.folder, result.priority) == ("Areas/Engineering", expected)


@pytest.mark.parametrize(
    ("subject", "body", "sender", "expected"),
    [
        # The owner's word needed by a weekday on a small sum: urgent, not important.
        (
            "Invoice question",
            "Which cost centre does the EUR 240 invoice go to? I need your answer by Wednesday.",
            "ola@books.example",
            ("Areas/Finance", P3),
        ),
        # An office social event with a date to meet, in a folder kept at P2.
        (
            "Go-live celebration dinner - names by Friday",
            "The mill invites our project team to a celebration dinner. Who is coming?",
            "lea@mill.example",
            ("Projects/Mill", P3),
        ),
        # No rush on a small sum: neither urgent nor important.
        (
            "Invoice for the coffee machine",
            "Could you approve the EUR 180 invoice for the coffee machine? No rush.",
            "ana@books.example",
            ("Areas/Finance", P4),
        ),
    ],
)
async def test_a_matter_that_weighs_little_is_never_important(subject, body, sender, expected):
    result = await classify(mail(subject, body, sender=sender))

    assert (result.folder, result.priority) == expected
