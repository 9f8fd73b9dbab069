"""Notices a colleague sends to all staff: a newcomer welcomed, the office's hours and parties.

Every email here is written for these tests, against a small taxonomy of its own.
"""

from __future__ import annotations

import pytest

from core.config.settings import Settings
from core.store.records import Recipients
from core.triage.addressing import Addressed, Owner
from core.triage.classification import INBOX
from core.triage.offline import HeuristicClassifier
from core.triage.offline.profiles import profiles
from core.triage.offline.staff_notices import (
    office_gathering,
    office_hours,
    practicalities,
    welcome_notice,
)
from tests.core.offline.labels import FYI, SC
from tests.core.offline.test_folder_evidence import _area
from tests.core.offline.test_signals import mail

PEOPLE = {
    **_area("People", "Hiring, onboarding, new hire paperwork, parental leave.", "recruiting"),
    "senders": ["people@ourcompany.example"],
}
SETTINGS = Settings.model_validate(
    {
        "areas": [
            PEOPLE,
            _area("Support", "Customer tickets, the support rota, the status page.", "ticket"),
            _area("Finance", "Accounting, payroll and the bank.", "invoice"),
            {
                **_area("Accounts", "The bank customer's service.", "service review"),
                "senders": ["@bank.example"],
            },
        ]
    }
)
OWNER = Owner(name="Maya Berg", addresses=frozenset({"maya@ourcompany.example"}))
ALL_STAFF = Recipients(to=(("All staff", "all@ourcompany.example"),), cc=())


def to_all(subject: str, body: str, sender: str = "tove@ourcompany.example", **fields):
    fields = {"recipients": ALL_STAFF, "addressed": Addressed.NEITHER, **fields}
    return mail(subject, body, sender=sender, owner=OWNER, **fields)


async def classified(email):
    return await HeuristicClassifier().classify(email, settings=SETTINGS)


@pytest.mark.parametrize(
    "subject",
    [
        "Welcome Mira Holmqvist to Support!",
        "Välkommen Ida! (Tuesday 1 November)",
        "Welcome, Camilla!",
        "Johan Ekdahl joins us on 1 March as support engineer",
    ],
)
async def test_a_colleague_welcoming_a_newcomer_by_name_is_the_peoples_news(subject):
    # The newcomer's job (support, tickets, the rota, payroll) is not the mail's matter.
    body = "She joins the support team on tickets and the rota; payroll has her bank details."

    result = await classified(to_all(subject, body))

    assert result.folder == "Areas/People"
    assert "a colleague welcomes a newcomer" in result.reason


@pytest.mark.parametrize(
    "subject", ["Welcome back! Support news for January", "Welcome to the new ticket portal"]
)
async def test_a_welcome_that_greets_no_one_by_name_is_read_by_its_words(subject):
    body = "The support rota changes on Monday: new tickets go to the first line."

    result = await classified(to_all(subject, body))

    assert result.folder == "Areas/Support"
    assert "welcomes a newcomer" not in result.reason


async def test_a_welcome_sent_to_a_customer_greets_the_customers_new_contact():
    # The account manager welcomes the bank's new contact: the customer's matter.
    to_the_bank = Recipients(to=(("Agnieszka Kowal", "agnieszka@bank.example"),), cc=())
    email = to_all(
        "Welcome Agnieszka - the service review on Wednesday",
        "Welcome aboard! Before the service review, here is how escalations reach us.",
        recipients=to_the_bank,
        addressed=Addressed.NEITHER,
    )

    assert "welcomes a newcomer" not in (await classified(email)).reason


def test_a_welcome_needs_a_people_area_to_go_to():
    without_people = Settings.model_validate({"areas": SETTINGS.model_dump()["areas"][1:]})

    assert welcome_notice(profiles(without_people), "Welcome Nadia!") == {}
    assert welcome_notice(profiles(SETTINGS), "Welcome Nadia!") != {}


@pytest.mark.parametrize(
    ("subject", "hours"),
    [
        ("Valborg: the office closes at 13:00 on Tuesday", "office closes"),
        ("Office closed Friday 24 May (klämdag) - and Thursday of course", "office closed"),
        ("Kontoret stänger 13:00 idag", "kontoret stänger"),
        ("Office hours over Valborg and May Day", "office hours"),
    ],
)
async def test_a_colleagues_notice_of_the_offices_hours_stays_in_the_inbox(subject, hours):
    # It names support's phone hours and the rota, and asks the whole list to take their cups.
    body = (
        "Support keeps its normal phone hours (Tove has the rota). Please take your cups home"
        " with you on Thursday: the cleaners do not come."
    )

    result = await classified(to_all(subject, body))

    assert office_hours(subject) == hours
    assert (result.folder, result.action_type) == (INBOX, FYI)
    assert f"the office's hours ('{hours}') to all staff" in result.reason


async def test_the_offices_hours_from_a_rules_sender_or_to_the_owner_herself_are_read_as_before():
    subject = "Easter: office closed Good Friday and Easter Monday"
    body = "The support rota covers the tickets. New hire paperwork waits until Tuesday."
    from_people = await classified(to_all(subject, body, sender="people@ourcompany.example"))
    # Written to the owner in person, the office is only the background of a matter of hers.
    in_person = await classified(
        to_all(
            "Door log from Wednesday (office closed)",
            "The ticket for the door log is open: can you approve it?",
            recipients=Recipients(to=(("Maya Berg", "maya@ourcompany.example"),), cc=()),
            addressed=Addressed.ALONE,
        )
    )

    assert from_people.folder == "Areas/People"
    assert "the office's hours" not in from_people.reason
    assert in_person.folder == "Areas/Support"
    assert "the office's hours" not in in_person.reason


@pytest.mark.parametrize(
    ("subject", "occasion"),
    [
        ("Invitation: Women's Day lunch @ Mon 9 Mar 2048 12:00 - 13:00 (CET)", "lunch"),
        ("Invitation: Sommarfika på takterrassen - torsdag 11 juli 14:30", "sommarfika"),
        ("Midsommarfika Thursday 15:00 - and the office on Friday", "midsommarfika"),
        ("Waffles on Friday for the ticket team", "waffles"),
        ("Away-day Friday 13 November: boat at 08:15, back by 18:00", "away-day"),
    ],
)
async def test_a_colleagues_get_together_for_all_staff_stays_in_the_inbox(subject, occasion):
    # Its guest talks about tickets and the support rota: the office's party, not support's.
    body = "Our guest from the support desk tells us about 40 years of tickets. RSVP by Friday."

    result = await classified(to_all(subject, body))

    assert office_gathering(subject) == occasion
    assert result.folder == INBOX
    assert f"the office's '{occasion}' for all staff" in result.reason
    if subject.startswith("Invitation:"):
        assert result.action_type is SC  # what it asks still stands


@pytest.mark.parametrize(
    "subject",
    [
        "Canceled: Lunch & learn - your pension and parental leave",
        "Lunch seminar: recruiting without bias",
        "Invitation: Welcome breakfast for Johan Westerlund",
    ],
)
def test_a_talk_over_lunch_or_a_newcomers_welcome_is_no_get_together(subject):
    assert office_gathering(subject) is None


async def test_a_get_together_from_a_rules_sender_or_to_a_teams_list_is_read_as_before():
    subject, body = "Friday cake for the ticket team", "The support rota is covered. Cake at 15."
    support_list = Recipients(to=(("Support", "support@ourcompany.example"),), cc=())

    from_people = await classified(to_all(subject, body, sender="people@ourcompany.example"))
    to_the_team = await classified(to_all(subject, body, recipients=support_list))

    assert from_people.folder == "Areas/People"
    assert to_the_team.folder == "Areas/Support"


async def test_a_day_aways_practicalities_to_a_teams_list_stay_in_the_inbox():
    # The board's list names the finance area; the boat, rooms and dinner are the guests' news.
    board = Recipients(to=(("Board", "finance-board@ourcompany.example"),), cc=())
    practical = (
        "Practical details for Thursday: the boat leaves the quay at 08:00 sharp, rooms are "
        "booked for those who stay, and dinner is at 18:30 on the jetty. Dress: smart casual."
    )
    agenda = "The agenda for Thursday: the budget, the forecast and the bank's covenant."

    guests = await classified(to_all("Thursday", practical, recipients=board))
    members = await classified(to_all("Thursday", agenda, recipients=board))

    assert practicalities(practical) == "dinner, dress:, rooms are booked, the boat"
    assert guests.folder == INBOX
    assert members.folder == "Areas/Finance"  # the list still names the board's own matter


@pytest.mark.parametrize(
    "body",
    [
        "Dinner at 19:00 after the review; the bus is on me.",
        "The sales kick-off: targets, the price list and the new demo, in Sigtuna.",
    ],
)
def test_one_or_two_practicalities_are_any_mails(body):
    assert practicalities(body) is None
