"""The offline classifier's signals, one at a time, on emails in plain words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.config.settings import Settings
from core.triage.classification import INBOX, EmailForClassification
from core.triage.offline import HeuristicClassifier, classify_offline
from core.triage.offline.priority_wording import NO_WEIGHING
from core.triage.offline.text import sentences, stem, words
from core.triage.offline.wording import NO_OPINION
from core.vocabulary import ActionType
from tests.core.offline.labels import DL, FYI, NR, P1, P2, P3, P4, RV, SC, WF

SETTINGS = Settings.model_validate(
    {
        "projects": [
            {
                "name": "Mill rollout",
                "folder": "Projects/Mill",
                "description": "Rolling out the ERP at the steel mill: cutover and go-live.",
                "keywords": ["cutover", "go-live"],
                "senders": ["@mill.example"],
                "priority_default": "P2 - Important",
            }
        ],
        "areas": [
            {
                "name": "Client Support",
                "folder": "Areas/Support",
                "description": "Existing customers' tickets, incidents and escalations.",
                "keywords": ["ticket", "outage"],
                "senders": ["@bank.example"],
                "priority_default": "P2 - Important",
            },
            {
                "name": "People",
                "folder": "Areas/People",
                "description": "Recruiting, onboarding, leave requests and performance reviews.",
                "keywords": ["offer letter", "interview", "candidate"],
            },
            {
                "name": "Finance",
                "folder": "Areas/Finance",
                "description": "Accounting, invoices, banking and forecasts.",
                "keywords": ["invoice", "VAT"],
            },
        ],
    }
)


def mail(subject: str, body: str, sender: str = "kim@elsewhere.example", **fields):
    return EmailForClassification(
        email_id="m1",
        subject=subject,
        sender_name="Kim",
        sender_address=sender,
        received_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        body_text=body,
        **fields,
    )


async def by_rules(email, settings=SETTINGS, **kwargs):
    """The classification with the rules' own priority (no priority model), checking that the
    shipped classifier, when its priority model weighs the mail otherwise, is never sure enough
    for "approve all": these tests pin down the rules, and the model is tested on its own."""
    rules = await HeuristicClassifier(weighing=NO_WEIGHING).classify(
        email, settings=settings, **kwargs
    )
    shipped = await HeuristicClassifier().classify(email, settings=settings, **kwargs)
    assert (shipped.folder, shipped.action_type) == (rules.folder, rules.action_type)
    assert shipped.priority is rules.priority or shipped.confidence < 0.85
    return rules


async def classify(email, **kwargs):
    return await by_rules(email, **kwargs)


async def rules_unless_unsure(email) -> ActionType:
    """The rules' action type (no wording model), checking that the shipped classifier, when
    its wording model hears the mail otherwise, is never sure enough for "approve all"."""
    rules = await HeuristicClassifier(wording=NO_OPINION).classify(email, settings=SETTINGS)
    shipped = await classify(email)
    assert shipped.action_type is rules.action_type or shipped.confidence < 0.85
    return rules.action_type


# --- words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("forms", "stem_of_all"),
    [
        (("review", "reviews", "reviewed", "reviewing"), "review"),
        (("approve", "approved", "approves", "approving"), "approv"),
        (("hire", "hires", "hiring", "hired"), "hir"),
        (("invoice", "invoices", "invoiced"), "invoic"),
    ],
)
def test_word_forms_meet_in_one_stem(forms, stem_of_all):
    assert {stem(f) for f in forms} == {stem_of_all}


def test_a_hyphenated_word_is_one_token_but_matches_its_spaced_form():
    text = words("Your e-ticket and the go live plan")

    assert not text.has(words("ticket"))
    assert text.has(words("e-ticket")) and text.has(words("go-live"))
    assert words("the go-live date").has(words("go live"))


def test_a_nordic_or_accented_letter_stays_inside_its_word():
    # "för" is one word, not the letters "f" and "r"; "lönesamtal" is not "l" and "nesamtal".
    assert words("Ett dokument för underskrift: lönesamtal, Ørsted, façade").parts == (
        "ett", "dokument", "för", "underskrift", "lönesamtal", "ørsted", "façad",
    )  # fmt: skip
    assert not words("Lönesamtal 2045").has(words("nesamtal"))


def test_hard_wrapped_lines_are_one_sentence_but_short_lines_stand_alone():
    text = (
        "Hi Maya,\nMost answers are in our control descriptions. Can you ask Lars and his\n"
        "team to fill in sections 3 to 9?\n- item one\nLars"
    )

    found = [s.raw for s in sentences(text)]

    assert found == [
        "Hi Maya,",
        "Most answers are in our control descriptions.",
        "Can you ask Lars and his team to fill in sections 3 to 9?",
        "- item one",
        "Lars",
    ]


async def test_an_e_ticket_is_not_a_support_ticket():
    result = await classify(mail("Your e-ticket to Oslo", "Have a good flight."))

    assert result.folder == INBOX


# --- negation and who is asked ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The rota changed. No action needed.",
        "The rota changed. You don't need to reply.",
        "The rota changed; nothing is needed from you.",
        "The full report is in the folder. Comments welcome, but nothing is needed.",
        "All 214 invoices arrived, I checked five. Thank you, nothing more needed.",
        "Maya, you should see what the shift leads wrote yesterday. Nothing to answer.",
        "Rotan är ändrad från måndag. Du behöver inte svara.",
        "Just so you know, the rota changed.",
        "No changes from Wednesday. There is nothing you need to send us.",
        # requests addressed to others on the thread, beside "nothing for you" / "cc only"
        "Tom, please fix the two red checks. You are in cc so you know why the build is red.",
        "Anna, can you send the slides to the client by Friday? Nothing for you yet.",
        "The board has to approve it on our side first. For your information only.",
        # what the writer passes on, or closes, with nothing asked of her
        "From our CEO this afternoon. I wanted you to see it too. No answer needed.",
        "Results are in. Nothing to do before the meeting on 2 June, where I'll show them.",
        "Submitted at 11:47; I'll send Jürgen the receipt. That's it, nothing more from you.",
        "The file is complete. I'll close the case tomorrow. Nothing more is needed from you.",
        "Signed and sent. Nothing more for you until he answers; I'll send Kerstin the list today.",
        "The kick-off went well. From my side there is nothing you must do.",
        "Sneha runs on call. I'll read mail in the evenings. Nothing to decide before I go.",
        "No new pre-study without your sign-off. Nothing from you before the minutes, though.",
    ],
)
async def test_negation_makes_the_email_informational(body):
    result = await classify(mail("Rota", body))

    assert (result.action_type, result.priority) == (FYI, P4)


async def test_please_do_not_forbids_a_deed_and_asks_none():
    body = (
        "Hi all, until the auditors leave on 13 February please do not edit any policy in the "
        "library, not even typos."
    )

    assert await rules_unless_unsure(mail("Policy freeze", body)) is FYI


async def test_a_negated_sentence_asks_nothing_even_with_a_request_word():
    result = await classify(mail("Rota", "No need to reply, can you believe it changed again."))

    assert result.action_type is FYI


@pytest.mark.parametrize(
    "body",
    [
        "The partner has to approve the budget before we start.",
        "Our works council must approve the shifts first.",
        "IT needs the laptops by Monday.",
    ],
)
async def test_an_obligation_of_a_third_party_is_no_request_to_the_owner(body):
    assert await rules_unless_unsure(mail("Budget", body)) is FYI


async def test_the_same_verb_asked_of_the_owner_is_a_request():
    assert (await classify(mail("Budget", "Can you approve the budget?"))).action_type is RV


@pytest.mark.parametrize(
    ("body", "action"),
    [
        ("Our export is stuck. Get your support team on this pls", DL),
        ("Could you ask Lars to fill in sections 3 to 9?", DL),
        ("Could someone from your office sign the order?", DL),
        ("Please go through the draft and tell us if chapter 2 is ok.", RV),
        ("Could you have a look at the draft when you can?", RV),
        ("I'll confirm as soon as the council has signed off.", WF),
        ("We will send the signed annex next week. Let me know if you have any questions.", WF),
        ("Should the bonus go into the November run?", NR),
        ("The new developer has no laptop. Who in IT can order one today?", DL),
        ("Could Priya's team prepare the integration part?", DL),
        ("Please let us know if these dates work for your team.", NR),
        ("We are waiting for the board approval and will inform you.", WF),
        ("I expect a call from you today.", NR),
        ("I would like to request leave from 3 March.", NR),
        # a formal letter's request
        ("We request a written account of the causes within ten working days.", NR),
        # a staffing question or a named role on the owner's side: hand it over
        ("Could your consultants be on site at six? Please tell us who is coming.", DL),
        ("This landed with us by mistake. Who should take it?", DL),
        ("Could your analysts rerun the figures for March?", DL),
        # a customer's quote or price: the sales team writes it
        ("We need 15 more seats from May. Could you send us a quote for the renewal?", DL),
        ("Can you send me a price for the Polish interface by Friday?", DL),
        # "on your side" in a question about progress asks the owner, hands nothing over
        ("Is there any news on your side? I have to decide soon.", NR),
        # someone else's future deed is foretold, not asked: "reply by" after "she will"
        ("Offer is out. She'll reply by Monday.", WF),
        ("They will respond by the end of the week.", WF),
        # the writer commits to a deed with a time: something to wait for
        ("We will test the patch with five users on Thursday and report back.", WF),
        # a remark about the writer's own work, with no time, is not a promise
        ("FYI for the plan. I'll add a line about it to the deck.", FYI),
        # reading and judging a queue of requests is a review
        ("Could you read my notes before we meet?", RV),
        ("Please approve or decline the pending holiday requests in the portal.", RV),
        # a draft to pass or mend: "your OK or your edits" hands over a text
        ("Draft attached, one page. I need your OK or your edits by Wednesday 17:00.", RV),
        ("The letter goes out on Monday. Could I have your OK or changes by noon?", RV),
        # a document handed over with room to change it: a review, however the ask is put
        ("As promised, the forecast. If you want anything changed, tell me before Monday.", RV),
        # "your" owns the approval, not the team after the preposition
        ("I need your approval before the team plan for March is published on Thursday.", RV),
        # a document named first ("the signed minutes"), the signature asked after it
        ("The registry wants the signed minutes, so please sign by Tuesday 21 April.", RV),
        # a verb joined into a noun opens a line of minutes, not an order
        ("Minutes in short. Go/no-go criteria: stock below 0.1 % off, cutover under 30 h.", FYI),
        # whether she wants anyone at all is hers to say, no one to hand it to
        ("Can we close the reception on Friday, or do you want someone at the desk?", NR),
        # what the writer's side can do once she answers names no team of hers
        ("Please tell us which option you prefer by Friday, so that we can plan the team.", NR),
        # a signature wished for is a document handed over
        ("IT sets up their accounts on Thursday, so a signature by Wednesday would be great.", RV),
        ("Vi behöver uppdragsbrevet undertecknat senast fredag 15 maj.", RV),
        # Swedish "read it through" hands over a document as "please read" does
        ("Läs gärna igenom promemorian och hör av dig innan bokslutet låses.", RV),
        # the owner's signature put as the condition of an outcome is wanted
        ("The closing letter is in Signflow. If you countersign this week, it closes in time.", RV),
        ("Our order is signed. If you can sign by Friday it makes their September reporting.", RV),
        # a review held at a time is an event, and going through it together is a meeting
        ("A short answer before our supplier review on 25 August would be appreciated.", NR),
        ("Could we take half an hour on Wednesday to go through section 4 together?", NR),
        # a seller of hers named to send something: hand it over
        ("Yes to the visit. Have your seller send Kerstin the names by Friday for the passes.", DL),
        # Swedish "so we can sign the minutes" after her answer: the signing is both sides' later
        (
            "Kan du svara senast fredag, så kan vi skriva under protokollet veckan efter?",
            NR,
        ),
    ],
)
async def test_requests_and_promises_one_word_away_from_a_listed_cue(body, action):
    assert (await classify(mail("Hello", body))).action_type is action


# --- quoted text --------------------------------------------------------------------------------


async def test_quoted_reply_subjects_and_quoted_lines_ask_nothing():
    body = (
        "Thanks, noted.\n\n"
        "From: Maya Lindqvist\nSent: Monday\nTo: Kim\nSubject: RE: Pen test - OK to sign?\n\n"
        "Kim, OK to sign with Redline? Can you confirm today?\n"
        "> Can you approve it?"
    )

    result = await classify(mail("RE: Pen test", body))

    assert (result.action_type, result.priority) == (FYI, P4)


@pytest.mark.parametrize(
    ("subject", "action"),
    [
        ("Your 30 minutes on the 13th - one page to read first", RV),
        ("Prognos Q4 till banken - två sidor att läsa före onsdag", RV),
        # advice on reading, or a file that cannot be read in, hands her nothing
        ("The Board Brief: how to read a downside case", FYI),
        ("Priserna går inte att läsa in", FYI),
        # an answer's subject was the first message's
        ("RE: one page to read first", FYI),
    ],
)
async def test_a_subject_handing_over_something_to_read_asks_a_review(subject, action):
    body = "Jakub will ask you three things on Tuesday. The answers are on the page attached."

    assert (await classify(mail(subject, body))).action_type is action


@pytest.mark.parametrize(
    ("prefix", "action"),
    [("Re: ", FYI), ("SV: ", FYI), ("Fwd: ", RV), ("", RV)],
)
async def test_an_answers_subject_asks_what_the_first_message_asked(prefix, action):
    # "Got it, thanks": the signature the subject asks for is given; a forward or a new mail
    # with the same subject still asks it.
    subject = f"{prefix}Supplier declaration - needs your signature by Wednesday"

    email = mail(subject, "Got it, signed from a ski lift. Thanks!")

    assert await rules_unless_unsure(email) is action


async def test_a_forwarded_message_keeps_the_forwarders_ask():
    body = (
        "Worth bidding? Your call.\n\n---------- Forwarded message ---------\n"
        "From: Procurement <tenders@metals.example>\nSubject: Tender\n\nThe tender is attached."
    )

    assert (await classify(mail("Fwd: Tender", body))).action_type is NR


FORWARD = (
    "\n\n---------- Forwarded message ---------\nFrom: Procurement <tenders@metals.example>\n"
    "Subject: Tender\n\nCan you confirm your participation by Friday?"
)


@pytest.mark.parametrize(
    ("note", "action"),
    [
        ("FYI, see below.", FYI),
        ("We will answer them ourselves.", WF),
        ("", NR),  # a bare forward hands the owner the request
    ],
)
async def test_the_forwarders_note_speaks_for_a_forwarded_email(note, action):
    assert (await classify(mail("Fwd: Tender", note + FORWARD))).action_type is action


@pytest.mark.parametrize(
    "body",
    [
        "Signed copy attached. Have a great weekend!",
        "Minutes attached. Take care.",
        "Freeze at 14:00 as planned. Have a calm Friday, if there is such a thing today.",
    ],
)
async def test_a_closing_wish_is_no_request(body):
    assert (await classify(mail("Minutes", body))).action_type is FYI


@pytest.mark.parametrize(
    "body",
    [
        "Balances are right all week. Thank you for calling me back that day. Lars writes soon.",
        "All done now. Many thanks for letting me know about the delay.",
        "Thanks for getting back to me about the contract.",
    ],
)
async def test_a_deed_thanked_for_is_done_not_asked(body):
    assert (await classify(mail("Thank you", body))).action_type is FYI


# --- urgency ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The export must work by 13:00 or the payments stop. Can you get someone on it?",
        "Can you get someone on the outage ASAP?",
        "I need someone on the outage today.",
    ],
)
async def test_urgency_in_the_body_counts_when_the_owner_must_act(body):
    result = await classify(mail("Export", body, sender="ellen@bank.example"))

    assert result.priority is P1 and "in the body" in result.reason


async def test_a_time_in_a_story_is_no_deadline():
    body = "Since 07:10 this morning the export fails. We fixed it; all good now."

    result = await classify(mail("Export", body, sender="ellen@bank.example"))

    assert result.priority is P4 and "urgent" not in result.reason


async def test_urgency_in_a_reply_subject_is_stale_when_the_owner_only_waits():
    body = "Hotfix in test. I will call Ellen at noon with an update."

    result = await classify(mail("RE: URGENT: export failing", body, sender="sam@bank.example"))

    assert (result.action_type, result.priority) == (WF, P2)


async def test_a_no_rush_taken_back_by_a_but_is_no_calm():
    body = "No rush on the plan, but the leave request needs your approval in the system."

    result = await classify(mail("Leave request", body))

    assert result.action_type is RV
    assert result.priority is not P4 and "no rush" not in result.reason


async def test_no_rush_cancels_urgency_and_importance_by_folder():
    body = "No rush: could you review the onboarding checklist when you have a moment?"

    result = await classify(mail("Onboarding checklist today", body))

    assert (result.folder, result.action_type, result.priority) == ("Areas/People", RV, P4)


# --- folder evidence ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Backend hiring", "We want to hire two more people; the recruiter has a shortlist."),
        ("Our 1:1 on Thursday", "My notes for the one-on-one are in the doc."),
        ("Vacation in July", "I would like to take two weeks of holiday in July."),
    ],
)
async def test_a_description_and_its_related_words_file_mail_no_keyword_names(subject, body):
    assert (await classify(mail(subject, body))).folder == "Areas/People"


async def test_a_private_mailbox_is_filed_by_keywords_only():
    body = "Are you still taking holiday in July? We could rent the cabin."

    private = await classify(mail("Holiday", body, sender="karin@gmail.example"))
    work = await classify(mail("Holiday", body, sender="karin@partner.example"))
    keyword = await classify(mail("My invoice", "Attached.", sender="karin@gmail.example"))

    assert (private.folder, work.folder, keyword.folder) == (INBOX, "Areas/People", "Areas/Finance")


@pytest.mark.parametrize(
    "body",
    [
        "Our platform helps finance teams close invoices faster. Would you be interested?",
        "Most teams answer the same invoice questions every month. Ours drafts them. Worth a look?",
        "Late invoices cost you customers. Chasebot sends the reminders. Free for 30 days.",
        "Our consultants have closed 14 invoice backlogs like yours. May I send you case studies?",
        "Our half-day workshop cut invoice errors by a third. Shall I send dates in January?",
    ],
)
async def test_a_pitch_from_an_unknown_sender_stays_in_the_inbox_whatever_it_names(body):
    result = await classify(mail("Invoices in half the time", body))

    assert (result.folder, result.action_type, result.priority) == (INBOX, FYI, P4)


async def test_a_known_senders_folder_yields_to_a_clearly_different_topic():
    body = "My feedback on the candidate from the interview: hire her, we are recruiting."

    result = await classify(mail("Interview feedback", body, sender="jonas@mill.example"))

    assert result.folder == "Areas/People"


async def test_a_known_sender_keeps_mail_that_only_touches_another_topic():
    body = "The invoice for the cutover weekend has the wrong PO. Please reissue it."

    # (A person's mail: the client's ap@ mailbox is its accounts payable team, Finance's.)
    result = await classify(mail("Invoice query", body, sender="jonas@mill.example"))

    assert result.folder == "Projects/Mill"


@pytest.mark.parametrize(
    ("subject", "sender", "folder"),
    [
        # An area's customer (the bank under support) with nothing of support in its mail: the
        # rule alone holds it, and any topic ahead takes it.
        ("Invoice", "ellen@bank.example", "Areas/Finance"),  # 5 vs 4
        # A project's client: its invoice is the project's unless another topic is clearly ahead.
        ("Invoice", "jonas@mill.example", "Projects/Mill"),
        ("Invoice and VAT", "jonas@mill.example", "Areas/Finance"),  # 8 vs 4
        # A word of the mill's own: only a clearly different topic takes it, as for any rule.
        ("Go-live", "jonas@mill.example", "Projects/Mill"),
        ("Invoice after the go-live", "jonas@mill.example", "Projects/Mill"),
    ],
)
async def test_another_topic_takes_a_known_senders_mail_only_when_clearly_ahead(
    subject, sender, folder
):
    body = "The invoice has the wrong VAT number."

    assert (await classify(mail(subject, body, sender=sender))).folder == folder


def test_an_ing_form_is_no_keyword_of_its_root():
    settings = SETTINGS.model_copy(
        update={"areas": [SETTINGS.areas[0].model_copy(update={"keywords": ("build",)})]}
    )

    email = mail("Office", "The building is closed on Friday.")
    result = classify_offline(email, settings)

    assert result.folder == INBOX


async def test_a_receipt_from_an_unknown_billing_service_is_finance_fyi():
    body = "Thanks for your payment. Your receipt is attached."

    result = await classify(mail("Payment receipt", body, sender="billing@tool.example"))

    assert (result.folder, result.priority, result.action_type) == ("Areas/Finance", P4, FYI)


async def test_automated_mail_asking_for_an_approval_is_a_review():
    body = "Sam submitted an expense report for your approval. Approve or reject it in the app."

    result = await classify(mail("Expense report", body, sender="notifications@spend.example"))

    assert (result.action_type, result.priority) == (RV, P3)


async def test_a_banks_swedish_notice_of_a_payment_run_to_sign_is_a_review():
    body = "Ett betalningsuppdrag väntar på din signatur i företagsbanken. Logga in och signera."

    result = await classify(mail("Betalningsuppdrag 19 betalningar", body, "noreply@bank.example"))

    assert result.action_type is RV


async def test_a_swedish_attestation_or_approve_or_reject_is_a_review_not_an_answer():
    # "Attest" is the Swedish sign-off of a payment run; "godkänn eller avslå", approve or reject.
    run = mail("Attest före 11:00 idag", "Betalningarna behöver din attest. Kan du attestera?")
    leave = mail(
        "Ledighet att godkänna: Kim, 18-22 juni",
        "Kim har ansökt om ledighet.\n\nGodkänn eller avslå: https://hr.example/4471",
        "hr-system@ourcompany.example",
    )

    assert (await classify(run)).action_type is RV
    assert (await classify(leave)).action_type is RV


async def test_a_confirmed_appointment_is_scheduled():
    body = "Your check-up is confirmed for Tuesday at 08:30."

    result = await classify(
        mail("Appointment confirmed: Tuesday 08:30", body, sender="no-reply@clinic.example")
    )

    assert (result.folder, result.action_type, result.priority) == (INBOX, SC, P4)


# --- confidence ---------------------------------------------------------------------------------


async def test_confidence_follows_margin_and_agreement():
    agreeing = await classify(mail("Cutover weekend", "FYI the plan.", sender="a@mill.example"))
    sender_only = await classify(mail("Weekend", "FYI the plan.", sender="a@mill.example"))
    keyword_only = await classify(mail("Cutover weekend", "FYI the plan."))
    # Two office words of two areas: a tie ("cutover", the project's own word, beats either),
    # broken for the narrower matter but no surer for it.
    tie = await classify(mail("Ticket and candidate", "FYI the plan."))

    assert agreeing.confidence > sender_only.confidence > keyword_only.confidence
    assert keyword_only.confidence > tie.confidence and "evidence ties between" in tie.reason


async def test_a_list_naming_your_work_is_a_less_sure_inbox_than_one_that_does_not():
    header = {"list_unsubscribe": "<mailto:u@news.example>"}
    # Issues of a publication: its masthead (the sender's name) heads the subject.
    naming = await classify(mail("Kim: Cutover lessons", "Read online.", **header))
    other = await classify(mail("Kim: Weekly lessons", "Read online.", **header))

    assert naming.folder == other.folder == INBOX
    assert naming.confidence < 0.85 <= other.confidence


async def test_confidence_is_the_least_sure_field():
    # The folder is certain (sender rule and keyword agree) but a bare question is a weak cue.
    result = await classify(mail("Cutover weekend", "Saturday?", sender="a@mill.example"))

    assert result.folder == "Projects/Mill" and result.action_type is NR
    assert result.confidence < 0.6


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Task assigned to you: annual supplier review (due 3 May)",
            "Hi Lena,\n\nOla assigned you a task.\n\nTask: supplier review\nDue: 3 May",
        ),
        (
            "Invoice run waiting for a second approver",
            "Run: INV-88\nTotal: 12,400 EUR\n\nLog in to the bank portal to approve or reject it.",
        ),
        ("Expense report", "Open the report in Spendly to review and approve it."),
        (
            "Task assigned: annual approval - Security Policy v4.2",
            "Task: annual management approval\nDue: 31 August\nAssigned to: Lena Berg",
        ),
    ],
)
async def test_a_tool_assigning_or_asking_an_approval_is_a_review_never_sure_fyi(subject, body):
    machine = {"sender": "no-reply@tool.example", "auto_submitted": "auto-generated"}
    result = await classify(mail(subject, body, **machine))
    told = await classify(mail("Invoice run", "Batch INV-88 was paid.", **machine))

    assert result.action_type is RV and result.confidence < 0.85
    assert told.action_type is FYI


@pytest.mark.parametrize(
    "newest",
    [
        "Please forget my question from Monday: the board kept the date.",
        "Scratch that. The module is in our plan already, so there is nothing to choose.",
        "Good news, you're off the hook: they accepted 12 %, so I don't need your approval.",
        "We settled it in the retro, so no need to weigh in.",
        "No need any more. Jonas called me himself this morning.",
        "You can ignore my question below. I will send him the usual change form.",
        "No need for the call after all: we reached his manager and have what we need.",
        "After the call with Karin we stay with you. You do not need to call me, thank you.",
    ],
)
async def test_a_newest_message_that_withdraws_the_ask_is_fyi(newest):
    quoted = "\n\n> Maya, could you approve 18 % off list? I need to know by Tuesday."

    result = await classify(mail("RE: Discount", newest + quoted))

    assert result.action_type is FYI


async def test_a_withdrawal_outweighs_the_ask_its_subject_still_carries():
    body = "Forget this one, Maya. Ida confirmed the July test counts for the quarter."
    quoted = "\n\n> Can you approve the test plan so I can book the on-call person?"

    result = await classify(mail("RE: Restore test plan - can you approve?", body + quoted))

    assert result.action_type is FYI


async def test_a_reminder_not_to_forget_is_still_an_ask():
    result = await classify(mail("Deadline", "Don't forget the signed form, please send it today."))

    assert result.action_type is not FYI


@pytest.mark.parametrize(
    ("subject", "body", "action"),
    [
        # The owner's own language asks as English does: approve, sign, pass on, answer.
        ("Moms juni", "Momsdeklarationen ligger i portalen. Godkänn gärna senast måndag.", RV),
        ("Protokollet", "Jag har skrivit under. Det behöver vara underskrivet av er i dag.", RV),
        ("Raderingsintyget", "Kan någon hos er skicka intyget i dag?", DL),
        ("Starten i augusti", "Kan du komma upp till starten den 21 augusti?", NR),
        ("Betalningar", "Dagens uppdrag ligger för din signatur. Signera gärna före kl. 14.", RV),
        ("Offerter", "Jag återkommer med två offerter senast fredag 18 augusti.", WF),
        ("Mormor", "Pappa var hos doktorn i dag, allt ser bra ut. Du behöver inte ringa.", FYI),
        # "Snällt av dig": kind of you, thanks; no ask.
        ("Tack", "Vi hann med allt i dag. Det var snällt av dig att ringa.", FYI),
    ],
)
async def test_swedish_asks_read_like_english_ones(subject, body, action):
    assert (await classify(mail(subject, body))).action_type is action


async def test_a_swedish_statement_of_what_parents_can_book_asks_nothing():
    # "Efteråt kan ni boka": afterwards you can book; a statement, no question for her. The
    # wording model refitted on 172 sets hears the short invitation as an ask (68 %); the rules
    # do not, and the shipped classifier is never sure enough for "approve all" otherwise.
    body = "Välkomna på föräldramöte onsdag. Efteråt kan ni boka ett samtal."

    assert await rules_unless_unsure(mail("Föräldramöte", body)) is FYI


async def test_swedish_salary_and_tax_words_name_their_areas():
    salary = mail("Lönerevisionen klar", "Vi skrev under med klubben i dag; nya löner från juli.")
    tax = mail("Ny händelse på skattekontot", "Logga in och se.", "no-reply@tax.example")

    assert (await classify(salary)).folder == "Areas/People"
    assert (await classify(tax)).folder == "Areas/Finance"


async def test_swedish_on_call_pay_union_club_benefit_and_sick_notices_are_the_people_areas():
    # "beredskap" is on-call duty, the engineers' rota: its pay and its local agreement with the
    # union are the people area's, as is the HR system's notice of a sick leave.
    agreement = mail("Lokalt avtal om beredskapsersättning", "Klart för underskrift före lönen.")
    sick = mail("Sjukanmälan: Oscar från 15 november", "Registrerad i systemet.", "hr@hr.example")
    club = mail("Klubben säger ja till ert motförslag", "Avtalstexten kommer på måndag.")
    wellness = mail("Friskvårdsbidraget: sista dag i morgon", "Lämna in dem i systemet.")

    assert (await classify(agreement)).folder == "Areas/People"
    assert (await classify(sick)).folder == "Areas/People"
    assert (await classify(club)).folder == "Areas/People"  # the union's local club
    assert (await classify(wellness)).folder == "Areas/People"  # an employee benefit


async def test_swedish_annual_report_and_leave_request_words_name_their_areas():
    report = mail("Årsredovisning 2045 väntar på din signatur", "Signera i tjänsten.")
    leave = mail("Ledighetsansökan väntar: Priya, 26 februari", "Godkänn eller avslå.")
    minutes = mail("Protokoll årsstämma 2046 väntar på din signatur", "Signera i tjänsten.")
    holidays = mail("Semesterplanering 2046 öppnar måndag", "Lägg in dina veckor.")
    pay_survey = mail("Lönekartläggning 2046 - utkast", "Tre skillnader att förklara.")

    assert (await classify(report)).folder == "Areas/Finance"
    assert (await classify(minutes)).folder == "Areas/Finance"  # the AGM's minutes
    for people in (leave, holidays, pay_survey):
        assert (await classify(people)).folder == "Areas/People", people.subject


@pytest.mark.parametrize(
    ("subject", "body", "folder"),
    [
        ("Sommarpraktikanter: sex avtal att signera", "Före 4 maj, tack.", "Areas/People"),
        ("Semesterplaner att godkänna: 6 medarbetare", "Senast fredag.", "Areas/People"),
        ("Sommarstängning v. 29-30: MBL-förhandling före 20 maj?", "Ett datum?", "Areas/People"),
        ("Medarbetarundersökningen: 37 av 42 har svarat", "Resultat 18/11.", "Areas/People"),
        ("Distansarbetspolicy 2046 för godkännande", "Före chefsmötet.", "Areas/People"),
        ("Föräldraledig 20 % från november - kan vi prata?", "Gäller hösten.", "Areas/People"),
        ("Søknad - Account Manager Norge", "Jeg så innlegget på LinkedIn.", "Areas/People"),
        ("LIA-platser hösten 2046: två studenter?", "2 oktober - 24 november.", "Areas/People"),
        ("MBL-protokoll sommarstängning - att skriva under", "Senast fredag.", "Areas/People"),
        ("Praktikutvärdering - handledarens bedömning", "Före 24 augusti.", "Areas/People"),
        ("Summer temps in support - contracts to sign", "Two, from 1 July.", "Areas/People"),
        ("Protokoll styrelsemöte 26 april väntar på din signatur", "Signera.", "Areas/Finance"),
        ("Invitation: Bokslutsrevision 2045 - intervju med vd", "Tisdag 10:00.", "Areas/Finance"),
    ],
)
async def test_swedish_and_norwegian_hr_and_board_words_name_their_areas(subject, body, folder):
    # Interns, vacation plans, an MBL negotiation and its protocol, the staff survey, remote
    # work, parental leave, an application, placements and summer temps are HR's; the board
    # meeting's minutes and the year-end audit are Finance's.
    assert (await classify(mail(subject, body))).folder == folder


async def test_a_salary_file_to_approve_today_in_swedish_is_an_urgent_finance_review():
    # "lönefilen" is the payroll run's file, "banken" the bank, "måste godkännas idag" an
    # approval asked for today.
    support, people, finance = SETTINGS.areas
    paid = finance.model_copy(update={"description": "Accounting, payroll and banking."})
    settings = SETTINGS.model_copy(update={"areas": (support, people, paid)})
    email = mail("Lönefilen måste godkännas idag - banken stänger 14", "Det är midsommar.")
    result = await classify(email, settings=settings)
    assert (result.folder, result.action_type) == ("Areas/Finance", RV)
    assert "'idag'" in result.reason


async def test_a_go_live_is_project_vocabulary_not_the_projects_name():
    # "Go-live" is every rollout's word: it names no project against a customer's domain rule,
    # and "hypercare", a word of the same kind, is the rollout's.
    bank = mail(
        "Go-live 1 June - who answers in July?", "A phone number, please.", "lena@bank.example"
    )
    staffing = mail("RE: Hypercare staffing in October", "Two people on site the first week.")

    assert (await classify(bank)).folder == "Areas/Support"
    assert (await classify(staffing)).folder == "Projects/Mill"


async def test_check_ins_in_the_plural_are_the_people_areas_conversations():
    email = mail("Autumn check-ins are open", "Seven conversations to hold by 29 September.")
    assert (await classify(email)).folder == "Areas/People"


async def test_a_newsletters_question_is_for_its_readers():
    body = "Three ERP tenders open this autumn. Are you ready for the season?"
    email = mail("Veckans nyhetsbrev: höstens upphandlingar", body, "nyhetsbrev@tradenews.example")

    assert (await classify(email)).action_type is FYI
