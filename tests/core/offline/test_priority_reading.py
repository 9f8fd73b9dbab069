"""Priority read from what the email asks and how much it weighs, not from its folder alone.

Each case is a short email written for the signal, not one from a labelled set.
"""

from __future__ import annotations

import pytest

from core.triage.addressing import Addressed
from core.triage.classification import INBOX
from core.triage.offline import stakes
from tests.core.offline.labels import FYI, P1, P2, P3, P4, RV, SC
from tests.core.offline.test_signals import classify, mail

# --- "tomorrow" is as near as "tonight" --------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("SLA draft", "Can you send me the signed SLA draft tomorrow? Legal is waiting."),
        ("Steering slides needed tomorrow", "Could you add the budget slide to the deck?"),
    ],
)
async def test_a_request_due_tomorrow_on_important_work_is_p1(subject, body):
    result = await classify(mail(subject, body, sender="eva@mill.example"))

    assert (result.folder, result.priority) == ("Projects/Mill", P1)


# --- mail that asks nothing presses on nobody ------------------------------------------------


@pytest.mark.parametrize(
    "subject", ["Your VPN certificate expires today", "URGENT: new VPN certificate tomorrow"]
)
async def test_mail_that_asks_nothing_stays_p4_whatever_its_subject_cries(subject):
    body = "Nothing for you to do, the service desk renews it automatically overnight."

    result = await classify(mail(subject, body, sender="desk@itpartner.example"))

    assert (result.action_type, result.priority) == (FYI, P4)


# --- a matter that weighs little is P3 however urgently it is asked ---------------------------


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Direct debit", "Could you sign the updated direct-debit form by Thursday?", P3),
        # A weighty matter with days to go is important, not yet urgent.
        ("Direct debit", "Could you sign the updated contract amendment by Thursday?", P2),
        ("Renewal by Friday", "Could you approve the EUR 900 renewal? The trial ends then.", P3),
        ("Renewal by Friday", "Could you approve the EUR 90,000 renewal? The trial ends.", P1),
    ],
)
async def test_paperwork_and_small_sums_are_urgent_but_not_important(subject, body, expected):
    result = await classify(mail(subject, body, sender="ana@bank.example"))

    assert (result.folder, result.priority) == ("Areas/Support", expected)


# --- a tool's approval queue ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tom requested leave from Monday 12 January to Friday 16 January.", P4),
        ("Tom requested leave. Please approve before payroll closes on Friday.", P3),
    ],
)
async def test_a_tools_routine_approval_presses_only_with_a_date_to_meet(body, expected):
    email = mail(
        "Leave request from Tom awaits your approval",
        f"{body}\n\nApprove or decline: https://leave.example/approvals/12",
        sender="notifications@leaveapp.example",
    )

    result = await classify(email)

    assert (result.action_type, result.priority) == (RV, expected)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Leave from Monday 12 January to Friday 16 January", None),
        ("Leave from Monday, 12th Jan", None),
        ("See you Monday at the office", "'monday'"),
    ],
)
def test_a_weekday_written_with_its_date_is_a_calendar_date_not_a_near_moment(text, found):
    assert stakes.soon(text) == found


# --- what weighs makes mail important even when no folder claims it ---------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Could you confirm today that we can sign the contract change for Contoso?", P1),
        ("Could you tell me today which pizza we order for Friday?", P3),
    ],
)
async def test_a_request_about_a_contract_or_the_board_is_important_in_the_inbox(body, expected):
    result = await classify(mail("Quick one", body, sender="olle@proseware.example"))

    assert (result.folder, result.priority) == (INBOX, expected)


# --- an invitation with the owner in Cc: Outlook's line for optional attendees -----------------


@pytest.mark.parametrize(("addressed", "expected"), [(Addressed.CC, P4), (Addressed.TO, P2)])
async def test_an_invitation_with_the_owner_in_cc_is_optional_to_attend(addressed, expected):
    email = mail(
        "Invitation: Cutover rehearsal @ Thu 14:00",
        "Walk-through of the cutover plan with the mill's team.",
        sender="eva@mill.example",
        addressed=addressed,
    )

    result = await classify(email)

    assert (result.folder, result.action_type, result.priority) == ("Projects/Mill", SC, expected)
