"""Asks and promises said without a request or promise word, and who a team named serves."""

from __future__ import annotations

import pytest

from core.triage.offline import HeuristicClassifier
from core.triage.offline.wording import NO_OPINION
from core.vocabulary import ActionType
from tests.core.offline.labels import DL, FYI, NR, RV, SC, WF
from tests.core.offline.test_generalising import decide_action
from tests.core.offline.test_signals import SETTINGS, classify, mail, rules_unless_unsure


async def action_of(subject: str, body: str) -> ActionType:
    return (await classify(mail(subject, body))).action_type


_FORWARD = (
    "\n\n---------- Forwarded message ---------\n"
    "From: Reservations <stay@harbourhotel.example>\nSubject: Your booking\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi Sam,\n\nThe handbook draft is on the drive. Your corrections before Tuesday would "
         "be great.\n\nLena", RV),
        ("Hello,\n\nOur auditors asked about the export format. It would help if someone from "
         "your support desk could check the file this week.\n\nRegards, Omar", DL),
        ("Hi Sam,\n\nThe new floor plan is attached. Feedback in the shared doc welcome.", RV),
        ("Hi all,\n\nYou are welcome to join the summer party on the roof.", FYI),
        ("Hi all,\n\nThey are at the welcome lunch at 12:00 - say hello if you see them.", FYI),
        ("Thanks for the comments yesterday, that would help us a lot.", FYI),
    ],
)  # fmt: skip
async def test_a_wish_put_as_something_welcome_asks_the_owner(body, expected):
    assert await action_of("Floor plan", body) is expected


async def test_a_wish_for_what_nobody_does_is_no_ask_to_the_rules():
    email = mail("Floor plan", "It would be great if the weather holds for the offsite.")

    rules = await HeuristicClassifier(wording=NO_OPINION).classify(email, settings=SETTINGS)
    shipped = await classify(email)

    assert rules.action_type is FYI
    # The wording model (1,241 emails) hears "would be great" as an ask in so short a mail; it
    # may say so, but only weakly: never at the confidence "approve all" rests on.
    assert shipped.confidence < 0.85


@pytest.mark.parametrize(
    "body",
    [
        "Dear partners,\n\nThe revised timetable will be circulated next week.\n\nThe Office",
        "Dear applicants,\n\nAll results will be published on 3 March on the portal.",
        "export works now. more tomorrow",
        "Slides look fine. Details to follow",
        "I have the material from the retro but I'm off until Monday, so you get it on Tuesday.",
        "Let us write it together on Monday; you get the draft on Wednesday morning.",
    ],
)
async def test_news_someone_else_will_deliver_is_waited_for(body):
    assert await action_of("Timetable", body) is WF


@pytest.mark.parametrize(
    "body",
    [
        "Numbers by Friday.",
        "You will have to sign it by Friday.",
        "You get the launch discount if you sign by Friday.",
    ],
)
async def test_a_deadline_or_an_obligation_is_no_promise(body):
    # The rules hear no promise; the wording model may guess at three words, never surely.
    assert await rules_unless_unsure(mail("numbers", body)) is not WF


async def test_a_team_the_writer_would_show_something_is_no_one_to_delegate_to():
    body = "Hi Sam,\n\nCould we show your finance team a demo of our reconciliation tool?"

    assert await action_of("Reconciliation", body) is NR


async def test_a_question_about_what_we_should_do_wants_a_decision_not_a_hand_over():
    body = "Sam, the pilot is late again. Do we extend it or ask the vendor to start over?"

    assert await action_of("Pilot", body) is NR


async def test_a_forwarded_booking_with_a_question_on_top_needs_a_reply():
    booking = "Your booking is confirmed: two nights from 4 March."
    asked = mail("Fwd: Hotel booking", f"Sam, same hotel as last year?{_FORWARD}{booking}")
    plain = mail("Hotel booking", f"{booking}\n\nNeed to change it? Use the link below.")

    assert (await classify(asked)).action_type is NR
    assert (await classify(plain)).action_type is SC


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("lmk if thursday works", NR),
        ("We request you to confirm the new delivery date.", NR),
        ("Hi Sam, attached the offer for your signature.", RV),
        ("Sent you the draft in Teams, have a look when you can", RV),
        ("Can one of your developers check the API logs?", DL),
        ("Let me check with finance and come back to you.", WF),
        ("Let me know if Thursday works.", NR),
        ("You will hear from us before the end of the month.", WF),
        ("on it", WF),
    ],
)
async def test_phone_and_formal_voices_ask_and_promise_in_their_own_words(body, expected):
    assert await action_of("Note", body) is expected


@pytest.mark.parametrize(
    ("body", "sure"),
    [
        ("Kim: can you confirm which VAT number goes on the invoice?\n\nReply in Tracker.", False),
        ("Your weekly summary: 14 tickets closed, 3 opened.\n\nView it in Tracker.", True),
    ],
)
def test_a_tool_relaying_a_persons_question_is_no_sure_fyi(body, sure):
    action = decide_action("kim commented", body, automated=True)

    assert action.action is FYI
    assert (action.strength >= 0.85) is sure


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("How is your team doing after the release?", NR),
        ("Is someone from your side joining the kickoff on Monday?", NR),
        ("Could your team join the kickoff on Monday?", DL),
        ("Can you tell your team to update the wiki before Monday?", DL),
        ("Is it possible that two engineers from Proseware are on site on Saturday?", DL),
        ("I met two people from Contoso yesterday. Nice group.", FYI),
        ("Could you ask one of the support people to call the customer back?", DL),
    ],
)
async def test_people_asked_to_act_are_a_hand_over_and_their_state_is_not(body, expected):
    assert await action_of("Kickoff", body) is expected


async def test_a_forward_saying_you_can_ignore_it_asks_nothing_of_what_it_forwards():
    body = (
        "Sam, they sent this to you too. I paid the right amount, so you can ignore it."
        "\n\n---------- Forwarded message ---------\nFrom: Billing <ar@host.example>\n"
        "Subject: Reminder\n\nPlease arrange payment of invoice 77 at your earliest convenience."
    )

    assert await action_of("Fw: Reminder", body) is FYI
