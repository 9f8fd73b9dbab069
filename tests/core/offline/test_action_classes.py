"""Classes of mail the action type must read by their shape, each email written for the test.

Every case failed on the classifier before the signal it proves; none is taken from a labelled
set.
"""

from __future__ import annotations

import pytest

from core.config.settings import KeyContact
from core.triage.offline import HeuristicClassifier
from tests.core.offline.labels import DL, FYI, NR, P4, RV, WF
from tests.core.offline.test_signals import SETTINGS, classify, mail

# --- who is asked to do what -------------------------------------------------------------------


async def test_asking_who_comes_wants_a_list_of_names_not_a_hand_over():
    body = (
        "Hi Lena,\n\nWe are planning the summer barbecue on 20 June. Could you let me know by "
        "Friday who is coming with you?\n\nPer"
    )

    assert (await classify(mail("Summer barbecue", body))).action_type is NR


async def test_taking_care_of_something_is_a_deed_not_a_farewell():
    body = "Lena, the auditors arrive on Thursday. Could someone take care of their badges?"

    assert (await classify(mail("Auditor visit", body))).action_type is DL


async def test_asking_who_will_handle_it_still_hands_it_over():
    body = "Our scanner keeps failing on the invoices. Who will handle it on your side?"

    assert (await classify(mail("Scanner", body))).action_type is DL


@pytest.mark.parametrize(
    "body",
    [
        "Dear neighbours,\n\nThe street party is on Saturday. Can someone bring a grill? Reply "
        "to this mail if you can help.\n\nThe committee",
        "Dear residents, the lift is out of service on Monday. Please use the stairs.",
    ],
)
async def test_asks_of_a_crowd_in_a_circular_are_not_the_owners(body):
    assert (await classify(mail("Street party", body))).action_type is FYI


async def test_a_signature_asked_of_a_crowd_is_still_each_ones_review():
    body = "Dear residents,\n\nPlease sign the attached parking permit form by Friday."

    assert (await classify(mail("Parking permits", body))).action_type is RV


@pytest.mark.parametrize("greeting", ["Dear Thomas,", "Hi colleagues,"])
async def test_a_name_or_the_owners_colleagues_are_no_crowd(greeting):
    body = f"{greeting}\n\nCan you send me the figures for the board pack?"

    assert (await classify(mail("Board pack", body))).action_type is NR


# --- read or judge a document ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Onboarding handbook",
            "Hi Lena,\n\nThe new handbook is attached. Can you read and approve it?\n\nPer",
        ),
        ("Press release draft - please read", "Lena, the draft is in the shared folder."),
    ],
)
async def test_a_request_to_read_a_document_is_a_review(subject, body):
    assert (await classify(mail(subject, body))).action_type is RV


async def test_a_colleague_offering_something_to_a_customer_is_no_pitch():
    # The owner's own organisation is known (a key contact writes from it): its people "offer"
    # things to third parties, they do not sell to the owner.
    settings = SETTINGS.model_copy(
        update={"key_contacts": (KeyContact(email="cto@own.example", role="CTO"),)}
    )
    body = (
        "Hi Lena,\n\nThe incident report for the billing outage is attached. Could you have a "
        "look before I send it to the customer? We offer them a small credit in section 3."
        "\n\nPer"
    )
    email = mail("Incident report", body, sender="per@own.example")

    result = await HeuristicClassifier().classify(email, settings=settings)

    assert (result.folder, result.action_type) == ("Areas/Support", RV)


# --- threads -----------------------------------------------------------------------------------


async def test_a_replys_subject_question_was_the_first_messages():
    body = "Thursday works for me too.\n\n> Could we move the retro to Thursday afternoon?"

    result = await classify(mail("RE: Retro on Thursday instead?", body))

    assert result.action_type is FYI


async def test_a_new_subject_question_still_asks():
    body = "We could also do it on Thursday afternoon."

    assert (await classify(mail("Retro on Thursday instead?", body))).action_type is NR


async def test_a_need_told_in_the_past_asks_nothing():
    body = (
        "Thanks, that is exactly the breakdown we needed. Our controller reviews it on "
        "Tuesday and I will come back to you after that."
    )

    assert (await classify(mail("Cost breakdown", body))).action_type is WF


async def test_a_need_in_the_present_still_asks():
    body = "We needed a week for the draft. Now we need your answer on the budget."

    assert (await classify(mail("Budget", body))).action_type is NR


# --- mail conventions --------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["Automatic reply:", "Out of Office:", "Auto-reply:"])
async def test_an_out_of_office_reply_asks_nothing_whatever_it_says(prefix):
    body = "I am away until Monday 9 March. For urgent matters please call Kim on 555 0101."

    result = await classify(mail(f"{prefix} Cutover plan", body, sender="jo@mill.example"))

    assert (result.action_type, result.priority) == (FYI, P4)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "How to book the licence fee at year end",
            "Can you tell me whether the licence fee counts as revenue this year?",
        ),
        (
            "Our user day in May",
            "We would like to invite you to speak at our user day. Could you let me know?",
        ),
    ],
)
async def test_an_infinitive_is_a_wish_not_a_booking_or_an_invitation_on_record(subject, body):
    result = await classify(mail(subject, body, sender="jo@mill.example"))

    assert result.action_type is NR


async def test_a_request_to_prove_who_you_are_under_a_threat_is_a_lure():
    body = (
        "Dear user,\n\nWe noticed a login from a new device. Please verify your account within "
        "24 hours to avoid suspension: http://parcel-secure-login.example/verify"
    )

    result = await classify(mail("Security notice", body, sender="alert@parcel-secure.example"))

    assert (result.action_type, result.priority) == (FYI, P4)


async def test_a_request_to_confirm_details_without_a_threat_still_asks():
    body = "Please confirm your account details so we can send the refund this week."

    assert (await classify(mail("Refund", body))).action_type is NR
