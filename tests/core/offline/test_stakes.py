"""Priority signals of stakes and timing: what presses on the owner soon, and what only informs.

Each case is a short email written for the signal, not one from a labelled set.
"""

from __future__ import annotations

import pytest

from core.config.settings import KeyContact
from core.triage.offline import HeuristicClassifier, stakes
from tests.core.offline.labels import FYI, P2, P3, P4, SC, WF
from tests.core.offline.test_generalising import DEV_SETTINGS
from tests.core.offline.test_signals import SETTINGS, by_rules, classify, mail

# --- a wait presses only when what is awaited comes back soon -------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thanks. I will send you the signed invoice as soon as our director is back.", P4),
        ("We received your invoice and will come back to you in March, after our audit.", P4),
        ("I will send you the corrected VAT invoice on 14 April once the ledger is closed.", P4),
        ("We received your invoice and will come back to you on Thursday with the answer.", P2),
        ("I will send you the corrected invoice tomorrow morning.", P2),
        ("The bank decides after the 20th; I will send you the invoice the day after.", P2),
    ],
)
async def test_a_wait_keeps_the_matters_priority_only_when_it_comes_back_soon(body, expected):
    result = await classify(mail("Invoice 2211", body, sender="ana@books.example"))

    assert (result.folder, result.action_type, result.priority) == ("Areas/Finance", WF, expected)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We will confirm by 14:30.", "'14:30'"),
        ("Expect it next week.", "'next week'"),
        ("Yesterday we met; release 8.5.3 is out.", None),
        ("The draft follows on 6 February.", None),
    ],
)
def test_soon_reads_relative_time_words_but_not_calendar_dates_or_versions(text, found):
    assert stakes.soon(text) == found


# --- an automated report's counts press on nobody ---------------------------------------------


async def test_an_automated_report_with_overdue_counts_stays_low():
    email = mail(
        "Weekly status: Mill rollout - 2 overdue tasks, 1 urgent risk",
        "This report was generated for you by Projectly. Open the dashboard for details.",
        sender="noreply@projectly.example",
    )

    result = await classify(email)

    assert (result.action_type, result.priority) == (FYI, P4)


# --- a dated ask on a matter that weighs little is urgent but not important -------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Can you approve the parking permits for the two interns by Wednesday?", P3),
        ("Should the EUR 45 gym subsidy start in January or February? Payroll closes Tuesday.", P3),
        ("Could you proofread the invitation text for the summer party before Friday?", P3),
        ("Team dinner at the harbour or in town? Either is fine, I need it by Monday.", P3),
        # Asked whether she can by a weekday on a matter that weighs: important, days to go.
        ("Can you approve the EUR 48,000 server invoice by Wednesday?", P2),
        ("Can you approve the parking invoice by Wednesday? The auditor asked for it.", P2),
        ("Can you approve the invoice by Wednesday?", P2),
    ],
)
async def test_a_dated_ask_is_p3_only_on_a_matter_that_weighs_little(body, expected):
    result = await classify(mail("Quick one", body, sender="ana@bank.example"))

    assert (result.folder, result.priority) == ("Areas/Support", expected)


def test_largest_amount_reads_currencies_on_either_side_and_scales():
    text = "EUR 1,284.50 now, 750k USD later, 30 euros for coffee, release 8.5.3"

    assert stakes.largest_amount(text) == 750_000


# --- a folder the owner keeps at P4 -------------------------------------------------------------


async def test_a_routine_meeting_in_a_folder_kept_at_p4_is_p3():
    engineering = DEV_SETTINGS.areas[0].model_copy(update={"priority_default": P4})
    settings = DEV_SETTINGS.model_copy(update={"areas": [engineering]})
    invitation = mail(
        "Invitation: Retrospective sprint 7 @ Thu 15:00",
        "Ada has invited you to a meeting. Accept | Tentative | Decline",
        sender="ada@dev.example",
    )
    notice = mail("Build 311 passed", "All green on main.", sender="ada@dev.example")

    invited = await by_rules(invitation, settings)
    noticed = await by_rules(notice, settings)

    assert (invited.folder, invited.action_type, invited.priority) == ("Areas/Engineering", SC, P3)
    assert (noticed.folder, noticed.priority) == ("Areas/Engineering", P4)


# --- invitations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Marta has invited you to a meeting. Come if you can! Accept | Tentative | Decline", P4),
        ("Marta has invited you to a meeting. Optional, cake included. Accept | Decline", P4),
        ("Marta has invited you to a meeting. Accept | Tentative | Decline", P2),
    ],
)
async def test_an_invitation_the_owner_may_skip_is_low_priority(body, expected):
    email = mail("Invitation: Bank Q1 review @ Tue 10:00", body, sender="marta@bank.example")

    result = await classify(email)

    assert (result.folder, result.action_type, result.priority) == ("Areas/Support", SC, expected)


async def test_a_meeting_of_an_area_without_a_default_is_sure_of_its_priority():
    email = mail(
        "Invitation: Candidate interview - Head of Sales @ Thu 14:00",
        "Nils has invited you to a meeting. Accept | Tentative | Decline",
        sender="nils@hr-partner.example",
    )
    # The partner is a known organisation (a key contact works there): its words are trusted.
    known = {"email": "ceo@hr-partner.example", "role": "Recruiting partner"}
    settings = SETTINGS.model_copy(update={"key_contacts": (KeyContact.model_validate(known),)})

    result = await HeuristicClassifier().classify(email, settings=settings)

    assert (result.folder, result.action_type, result.priority) == ("Areas/People", SC, P2)
    assert (result.certainty_besides_action or 0.0) >= 0.85
