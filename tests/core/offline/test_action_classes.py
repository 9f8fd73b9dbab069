"""Classes of mail the action type must read by their shape, each email written for the test.

Every case failed on the classifier before the signal it proves; none is taken from a labelled
set.
"""

from __future__ import annotations

import pytest

from core.config.settings import KeyContact
from core.store.records import Recipients
from core.triage.addressing import Addressed, Owner
from core.triage.offline import HeuristicClassifier
from tests.core.offline.labels import DL, FYI, NR, P4, RV, SC, WF
from tests.core.offline.test_signals import SETTINGS, classify, mail, rules_unless_unsure

# --- who is asked to do what -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        pytest.param(
            "Summer barbecue",
            "Hi Lena,\n\nWe are planning the summer barbecue on 20 June. Could you let me know "
            "by Friday who is coming with you?\n\nPer",
            NR,
            id="asking who comes wants names, it hands nothing over",
        ),
        pytest.param(
            "Year-end close",
            "Update: forget number 2. I still need 1 and 3 from you, and now by Thursday.",
            NR,
            id="an adverb inside a request leaves it a request",
        ),
        pytest.param(
            "Auditor visit",
            "Lena, the auditors arrive on Thursday. Could someone take care of their badges?",
            DL,
            id="taking care of something is a deed, not a farewell",
        ),
        pytest.param(
            "Scanner",
            "Our scanner keeps failing on the invoices. Who will handle it on your side?",
            DL,
            id="asking who will handle it still hands it over",
        ),
        pytest.param(
            "Parking permits",
            "Dear residents,\n\nPlease sign the attached parking permit form by Friday.",
            RV,
            id="a signature asked of a crowd is still each one's review",
        ),
        pytest.param(
            "Retro on Thursday instead?",
            "We could also do it on Thursday afternoon.",
            NR,
            id="a new subject's question still asks",
        ),
        pytest.param(
            "Cost breakdown",
            "Thanks, that is exactly the breakdown we needed. Our controller reviews it on "
            "Tuesday and I will come back to you after that.",
            WF,
            id="a need told in the past asks nothing",
        ),
        pytest.param(
            "Budget",
            "We needed a week for the draft. Now we need your answer on the budget.",
            NR,
            id="a need in the present still asks",
        ),
        pytest.param(
            "Invitation to tender - warehouse system",
            "Dear Sir/Madam,\n\nNorthbay Foods invites you to tender for a warehouse system. "
            "Please confirm your intention to bid by Tuesday.",
            NR,
            id="an invitation to tender is an ask, not a meeting",
        ),
        pytest.param(
            "Refund",
            "Please confirm your account details so we can send the refund this week.",
            NR,
            id="confirming details without a threat still asks",
        ),
    ],
)
async def test_the_action_type_reads_who_is_asked_and_the_grammar(subject, body, expected):
    assert (await classify(mail(subject, body))).action_type is expected


@pytest.mark.parametrize(
    "body",
    [
        "Dear neighbours,\n\nThe street party is on Saturday. Can someone bring a grill? Reply "
        "to this mail if you can help.\n\nThe committee",
        "Dear residents, the lift is out of service on Monday. Please use the stairs.",
        # A form letter greets each of many as one: the portal is down for all its customers.
        "Dear customer,\n\nThe portal is closed on Sunday night for an upgrade. Please save"
        " your drafts before 22:00.\n\nThe support team",
    ],
)
async def test_asks_of_a_crowd_in_a_circular_are_not_the_owners(body):
    assert await rules_unless_unsure(mail("Street party", body)) is FYI


@pytest.mark.parametrize("greeting", ["Dear Thomas,", "Hi colleagues,"])
async def test_a_name_or_the_owners_colleagues_are_no_crowd(greeting):
    body = f"{greeting}\n\nCan you send me the figures for the board pack?"

    assert (await classify(mail("Board pack", body))).action_type is NR


async def test_a_late_ticket_escalated_to_the_owner_is_hers_to_hand_on():
    subject = "Escalation: ticket 4411 (Norrby Tak) - no update for 4 working days"
    body = (
        "Ticket: 4411   Customer: Norrby Tak AB   Priority: 2\n"
        "Assignee: Ola Berg (on leave)\n\nEscalation owner: Maya Lindqvist\n"
        "Open ticket: https://support.example/tickets/4411"
    )
    own = await classify(mail(subject, body, sender="support@proseware.com"))
    copied = await classify(
        mail(subject, body, sender="support@proseware.com", addressed=Addressed.CC)
    )

    assert own.action_type is DL
    assert "escalated to you" in own.reason
    # With the owner only in Cc and no name to say whose it is, the rule stays silent.
    assert "escalated to you" not in copied.reason


@pytest.mark.parametrize(
    "line",
    [
        "Escalation owners: Ola Berg, Maya Lindqvist",
        "Level 2 (Maya Lindqvist): please assign an owner or set a new target date.",
    ],
)
async def test_an_escalation_line_naming_the_owner_makes_a_copied_ticket_hers(line):
    subject = "[Escalated L3] #4412 Norrby Tak - stock report times out"
    body = f"Ticket #4412 was escalated (no resolution within 48 h).\n\nAssigned: Team A\n{line}"
    owner = Owner(name="Maya Lindqvist", addresses=frozenset({"maya@proseware.com"}))
    other = Owner(name="Ola Berg", addresses=frozenset({"ola@proseware.com"}))

    def copied_to(profile: Owner):
        return mail(
            subject, body, sender="support@proseware.com", addressed=Addressed.CC, owner=profile
        )

    hers = await classify(copied_to(owner))
    # The support system copies the owner beside the assignee; the line names whose it is.
    assert hers.action_type is DL
    assert "escalated to you" in hers.reason
    if "owners" not in line:
        # Naming someone else on the line leaves a copied ticket theirs.
        assert "escalated to you" not in (await classify(copied_to(other))).reason


async def test_a_ticket_the_support_system_escalated_to_you_is_the_owners_to_hand_on():
    subject = "Ticket #58213 escalated: SLA breach (P2) - Kalix Trä, stock report wrong"
    body = (
        "Ticket #58213 has breached its SLA and was escalated to you (level 3).\n\n"
        "Assigned: Omar Haddad (team Support 2)\nReassign or comment in the support portal."
    )
    escalated = await classify(mail(subject, body, sender="support@proseware.com"))
    # A colleague's plan for what may come ("if a customer escalates to you") is no escalation,
    # nor is the escalation in a message a colleague forwards with the customer's thanks.
    plan = "Tove is off. If a customer escalates to you, forward the ticket to me and I'll take it."
    cover = await classify(mail("Support over the holidays", plan, sender="hedda@proseware.com"))
    thanks = (
        "The customer is happy again, just for you to see.\n\n"
        "---------- Forwarded message ---------\nFrom: Proseware Support\n\n"
        f"{body}"
    )
    forwarded = await classify(mail("Fwd: Stock report", thanks, sender="omar@proseware.com"))

    assert escalated.action_type is DL
    assert "a ticket escalated to you" in escalated.reason
    assert "escalated to you" not in cover.reason
    assert "escalated to you" not in forwarded.reason


async def test_a_report_of_an_escalation_already_settled_asks_nothing():
    body = (
        "May: 438 tickets, 97.4 % within SLA. One breach: Sundsvall's onboarding ticket, "
        "escalated to you on 22 May and closed on 26 May.\n\nNo action needed - the full report "
        "is on the wiki."
    )

    result = await classify(mail("May SLA report", body, sender="tove@proseware.com"))

    assert (result.action_type, result.priority) == (FYI, P4)
    assert "escalated" not in result.reason


@pytest.mark.parametrize(("greeting", "action"), [("Dear customer,", FYI), ("Dear Maya,", WF)])
async def test_a_providers_notice_to_all_customers_promises_no_one(greeting, action):
    # "We will replace" to a class of readers announces the provider's own work; to her by
    # name, it is a promise she can wait for.
    body = (
        f"{greeting}\n\nWe will replace the B-side power feed in hall 3 on Saturday 6 June "
        "between 06:00 and 10:00.\n\nAffected: rack SE-DC2-1147.\n\nNetwork Operations"
    )

    result = await classify(mail("Planned work on power feed B", body, sender="noc@host.example"))

    assert result.action_type is action


async def test_a_newsletters_advice_to_name_an_escalation_owner_escalates_nothing():
    body = (
        "Three things the best-run companies do before the holidays: call your five unhappy "
        "customers, name a summer escalation owner, and freeze price changes."
    )
    listed = mail("SaaS weekly: before you leave", body, list_unsubscribe="<mailto:u@n.example>")

    result = await classify(listed)

    assert result.action_type is FYI and "escalated" not in result.reason


async def test_a_page_escalated_to_the_owner_by_name_names_no_ticket():
    subject = "[Oncallr] Escalated to you: CRITICAL queue depth einvoice-out"
    body = "Escalated to level 2: Maya Lindqvist (not acknowledged within 15 min)."
    owner = Owner(name="Maya Lindqvist", addresses=frozenset({"maya@proseware.com"}))
    paged = mail(
        subject, body, sender="alerts@oncallr.example", addressed=Addressed.CC, owner=owner
    )

    assert "escalated to you" not in (await classify(paged)).reason


async def test_a_ticket_escalated_to_management_is_the_owners_to_hand_on():
    subject = "Ticket #7310 escalated: customer asks for a manager (Lunda Bygg)"
    escalated = "Ticket #7310 has been escalated to management at the customer's request.\n\n"
    by_priority = "Ticket #7310 has been escalated to priority 1.\n\n"
    rest = "Customer: Lunda Bygg AB\nOpen the ticket: https://support.example/tickets/7310"
    sender = "support@proseware.com"

    to_management = await classify(mail(subject, escalated + rest, sender=sender))
    to_a_priority = await classify(mail(subject, by_priority + rest, sender=sender))

    assert to_management.action_type is DL
    assert "escalated to you" in to_management.reason
    # Escalated by priority, the ticket is the support team's: the notice only informs her.
    assert to_a_priority.action_type is not DL
    # The escalation named in the subject alone says the same.
    named = "Escalated to management: #7310 Lunda Bygg - invoices posted twice"
    aged = "Ticket #7310 has been open 10 days without a resolution and was escalated.\n\n"
    in_the_subject = await classify(mail(named, aged + rest, sender=sender))
    assert in_the_subject.action_type is DL


async def test_a_ticket_escalated_to_a_management_list_is_the_owners_to_hand_on():
    subject = "[Escalated] #7311 Lunda Bygg - pallet labels cut off at the bottom"
    body = "Ticket #7311 was escalated automatically (24 h without a fix).\n\nAssigned: Team Syd"

    def to(name: str, address: str):
        lines = Recipients.kept([(name, address)], [])
        return mail(subject, body, sender="support@proseware.com", recipients=lines)

    managers = await classify(to("Management Escalations", "mgmt-escalations@proseware.com"))
    support = await classify(to("Support level 2", "support-l2@proseware.com"))

    assert managers.action_type is DL
    # Escalated to a support level, the ticket is the support team's: the notice only informs.
    assert support.action_type is not DL


# --- read or judge a document ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Onboarding handbook",
            "Hi Lena,\n\nThe new handbook is attached. Can you read and approve it?\n\nPer",
        ),
        ("Press release draft - please read", "Lena, the draft is in the shared folder."),
        (
            "Letter to our customers",
            "Lena, the letter goes out on Wednesday. Could you check the wording by Monday?",
        ),
        ("Staff announcement", "It goes to all staff at 10:00. Are you happy with the text?"),
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


# --- mail conventions --------------------------------------------------------------------------


async def test_a_writer_who_would_invite_you_to_lunch_sent_no_invitation():
    body = (
        "May I propose Wednesday at 10:00 in our office? Afterwards we would invite you to lunch."
        " Please confirm if the time suits you, then I send the invitation."
    )
    proposed = await classify(mail("Munich on Wednesday?", body))
    sent = await classify(mail("Munich on Wednesday", "Jürgen Weiß has invited you to a meeting."))

    assert (proposed.action_type, sent.action_type) == (NR, SC)


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


@pytest.mark.parametrize(
    "body",
    [
        "Dear user,\n\nWe noticed a login from a new device. Please verify your account within "
        "24 hours to avoid suspension: http://parcel-secure-login.example/verify",
        "A document waits for your signature. To avoid interruption of service, sign now. You "
        "will need to confirm your Microsoft 365 password to open it.",
    ],
)
async def test_a_request_to_prove_who_you_are_under_a_threat_is_a_lure(body):
    result = await classify(mail("Security notice", body, sender="alert@parcel-secure.example"))

    assert (result.action_type, result.priority) == (FYI, P4)


async def test_a_draft_sent_for_the_owners_comments_is_a_review():
    body = (
        "As promised, attached our revised draft of the reseller agreement; all changes are "
        "marked.\n\nWe would be happy to sign in February. I am looking forward to your comments."
    )

    assert (await classify(mail("Reseller agreement, revised draft", body))).action_type is RV


@pytest.mark.parametrize(
    "ask",
    [
        "That is a promise with a price, so I want your eye on it.",
        "Two places where I need your eye before it goes out.",
    ],
)
async def test_an_eye_wanted_on_a_document_is_a_review(ask):
    body = f"The go/no-go list is attached, 14 criteria with an owner each.\n\n{ask}"

    assert (await classify(mail("Go-live: the go/no-go list", body))).action_type is RV


async def test_an_invitation_in_progress_from_a_marketing_mailbox_is_no_calendar_invitation():
    offer = "We have the pleasure of inviting you to an exclusive breakfast on 7 November at 07:30."
    sent = "Kim has invited you to: Budget review, Tuesday 09:00 - 10:00."
    sender = "events@advisory.example"

    marketing = await classify(mail("Personal invitation: CEO breakfast", offer, sender=sender))
    calendar = await classify(mail("Budget review", sent, sender="calendar@tool.example"))

    assert marketing.action_type is not SC
    assert calendar.action_type is SC


async def test_expenses_to_approve_are_money_not_a_booking():
    subject = "Expenses to approve: Oulu trip, a book (3 reports)"
    body = "Waiting for you: 3 reports.\nApprove by 31 Oct to include them in the October payroll."

    result = await classify(mail(subject, body, sender="expenses@proseware.com"))

    assert result.action_type is RV
