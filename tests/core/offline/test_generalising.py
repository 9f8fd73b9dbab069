"""Signals added so the offline classifier holds up on mail in other voices, one at a time.

Each case is written in its own words, not copied from a labelled set: the signal is what counts.
"""

from __future__ import annotations

import pytest

from core.config.settings import Settings
from core.triage.classification import INBOX
from core.triage.offline import HeuristicClassifier, signals
from core.triage.offline import action as actions
from core.triage.offline.examples import Pull
from core.triage.offline.text import sentence, sentences, words
from tests.core.offline.labels import DL, FYI, NR, P3, P4, RV, SC, WF
from tests.core.offline.test_signals import by_rules, classify, mail, rules_unless_unsure

DEV_SETTINGS = Settings.model_validate(
    {
        "areas": [
            {
                "name": "Engineering",
                "folder": "Areas/Engineering",
                "keywords": ["sprint", "build"],
                "senders": ["@dev.example"],
            }
        ]
    }
)


# --- who is asked, and what is promised -------------------------------------------------------


async def test_a_softened_instruction_still_asks():
    body = "Your May travel claim is short of the hotel bill. Just reply with a photo of it."

    assert (await classify(mail("Travel claim", body))).action_type is NR


async def test_requests_to_others_beside_nothing_for_you_are_not_sure_enough_to_approve():
    body = "Anna, can you send the slides to the client by Friday? Nothing for you yet."
    result = await classify(mail("Status", body))

    # The rules read FYI; the wording model may hear the request, but never surely.
    assert await rules_unless_unsure(mail("Status", body)) is FYI
    assert result.confidence < 0.85


async def test_nothing_for_you_keeps_a_promise_made_to_you():
    result = await classify(
        mail("Renewal", "We will come back to you after the 12th. No action needed until then.")
    )

    assert result.action_type is WF


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("We kindly ask you to review the amendment and return a signed copy.", RV),
        ("Could you ask Lars to review the amendment?", DL),
    ],
)
async def test_ask_you_to_asks_the_owner_and_ask_someone_to_hands_over(body, expected):
    assert (await classify(mail("Amendment", body))).action_type is expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Support in two teams - the final split for your OK", RV),
        ("Hotfix outside the change window - need your OK by 17", NR),
    ],
)
async def test_a_plan_put_up_for_your_ok_is_a_review_a_go_you_are_asked_for_a_reply(
    subject, expected
):
    body = "Details below; Anders agrees."
    assert (await classify(mail(subject, body))).action_type is expected


@pytest.mark.parametrize(
    "body",
    [
        "I am pleased to tell you that the loan was approved.",
        "Thanks for the update.\n\nKind regards,\nLee",
        "Please give a warm welcome to Ines and Karl, who start in engineering today.",
        "Your support fixed our invoicing on a Saturday. Please thank him from all of us!",
    ],
)
async def test_pleased_and_kind_regards_ask_nothing(body):
    assert (await classify(mail("News", body))).action_type is FYI


async def test_a_cancelled_meeting_is_fyi_only():
    result = await classify(
        mail("Canceled: Quarterly review @ Mon 10:00", "This meeting has been canceled.")
    )

    assert (result.action_type, result.priority) == (FYI, P4)
    assert "cancelled" in result.reason


def test_a_number_joined_by_a_hyphen_is_a_measure_not_a_compound():
    assert words("a 20-minute call").has(words("minute call"))
    assert not words("an e-ticket").has(words("ticket"))


async def test_a_pitch_offering_a_hyphenated_call_is_found():
    result = await classify(
        mail("Apps for retailers", "We build mobile apps for retailers. Open to a 20-minute call?")
    )

    assert (result.action_type, result.priority) == (FYI, P4)
    assert "cold outreach" in result.reason


@pytest.mark.parametrize(
    "body",
    [
        "Many companies your size pay too much for a mill ERP. A comparison costs nothing.",
        "We advise on ERP cutovers. Would you meet for a coffee, without any commitment?",
        "Rack prices rise 15 % this autumn; we keep yours flat. 15 minutes next week?",
        "Our tool flags delays in your cutover weeks before they happen. Free pilot for 30 days?",
        "Our checklists halve the risk of a cutover weekend. Worth a quick look?",
        "We place interim controllers for the months around a cutover, at five days' notice.",
        "Breakfast on 3 May: three mills tell the story of their cutover. Seats are limited.",
    ],
)
async def test_a_strangers_offer_of_a_free_comparison_or_a_short_slot_is_a_pitch(body):
    # Each names the owner's project (the mill's cutover): a stranger's pitch name-drops it.
    result = await classify(mail("Your cutover", body))

    assert (result.folder, result.action_type) == (INBOX, FYI)
    assert "cold outreach" in result.reason


async def test_the_minutes_a_deed_takes_are_no_slice_of_the_readers_time():
    # A supplier the owner's team works with sends what was promised, to sign: the two minutes
    # are the signing's, not a call asked of a stranger.
    body = (
        "As promised, here is the statement of work for this year's cutover test at Cutwise. "
        "Please sign in the link, it takes 2 minutes."
    )
    asked = "Cutwise checks cutover plans before go-live. Do you have 15 minutes next week?"

    signing = await classify(
        mail("Cutover test - SOW for signature", body, sender="t@cutwise.example")
    )
    pitch = await classify(mail("Your cutover", asked, sender="t@cutwise.example"))

    assert "cold outreach" not in signing.reason and signing.action_type is RV
    assert "cold outreach" in pitch.reason


async def test_how_long_an_outage_lasts_is_no_slice_of_the_readers_time():
    body = (
        "Dear customer,\n\nWe will replace power feed B at HostNordic DC2 on Saturday. "
        "Single-fed equipment should expect an interruption of up to 30 minutes."
    )

    result = await classify(mail("Planned work", body, sender="noc@hostnordic.example"))

    assert "cold outreach" not in result.reason


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "[acme/app] Kai requested your review on #42",
            "Kai requested your review on this pull request. View it or unsubscribe.",
        ),
        (
            "Timesheet for week 48",
            "Your timesheet is still open.\n\nSubmit your timesheet: https://hr.example/t/48",
        ),
        (
            "Quarterly access review - your sign-off as system owner",
            "12 accounts to confirm in the portal by 15 January.",
        ),
        (
            "Please acknowledge: Acceptable Use Policy v5 (due 14 Feb)",
            "You have not yet acknowledged it. Read and acknowledge: https://app.tool.example/p/5",
        ),
        (
            "2 card transactions need a receipt by 25 March",
            "Open the app to add them: https://app.spend.example/t/2",
        ),
        (
            "Your security awareness training is overdue",
            "Module 3 of 4 is left: https://app.tool.example/train",
        ),
        (
            "[Tool] Task due 22 April: the Q1 user access review",
            "Open the task: https://app.tool.example/t/9",
        ),
        (
            "1 policy waiting for your acceptance (due 12 May)",
            "Acceptable use policy v6: https://app.tool.example/p/6",
        ),
        (
            "Access review Q3: 38 accounts waiting for your decision",
            "Due on 15 October: https://app.tool.example/r/3",
        ),
        (
            "December payroll ready for approval - pay date 23 December",
            "Log in to see the totals: https://app.pay.example/p/12",
        ),
        (
            "Your expense report 'Oct-Nov travel' was returned",
            "Two receipts missing: https://app.spend.example/e/7",
        ),
        (
            "Plant visit on 3 June - complete before your visit",
            "Your link: https://learn.plant.example/v/41",
        ),
        ("Fire safety course to finish by 2 June", "Start here: https://learn.plant.example/c/7"),
    ],
)
async def test_an_automated_review_request_is_a_review(subject, body):
    result = await classify(
        mail(
            subject,
            body,
            sender="notifications@git.example",
            list_unsubscribe="<mailto:unsub@git.example>",
        )
    )

    assert result.action_type is RV


@pytest.mark.parametrize(
    "footer", ["This message was sent automatically.", "Please do not reply to this email."]
)
async def test_a_person_like_sender_signing_off_as_a_machine_is_automated(footer):
    # No unsubscribe link and a mailbox that reads like a team's: the footer says a machine sent
    # it, so its instruction to the reader is a request to act, not a colleague's news.
    body = (
        "You are registered as a visitor on 3 June. Before you arrive, complete the visitor"
        f" course (15 minutes): https://learn.plant.example/v/41\n\n{footer}"
    )
    result = await classify(mail("Your visit to the Ekby plant", body, sender="hse@plant.example"))

    assert result.action_type is RV
    assert "bulk mail: " in result.reason


@pytest.mark.parametrize(
    "body",
    [
        "We noticed you are moving to a new ERP. Our team has four senior developers free from"
        " June. May I send two CVs?",
        "Three senior backend developers are free from August, CVs on request.",
        "Our architects know your stack. Shall I send the profiles?",
        "We match vendors with resellers abroad; our clients typically sign one within a quarter.",
        "Our pre-vetted .NET developers can start in June at a fixed monthly rate.",
        "Three seniors are available from October at EUR 58 per hour. Can I send you their CVs?",
        "Greetings! I came to know about your cutover. Our engineers work 24x7 at lower cost.",
        # A tool's proof by its customers, and a demo as the slice of time asked for.
        "Our connectors fill your cutover checklist. Customers typically cut the work by 60 %.",
        "We automate cutover checklists for teams like yours. Worth a demo before your go-live?",
        # Marketing's flattery for a paid seat: the reply it asks for is a purchase.
        "You have been personally selected to join 40 CEOs. Reply YES to secure your place.",
        "You have been selected for our cutover summit. Fee 4 900 SEK + VAT.",
        "Join us aboard for the regatta and a talk on your cutover. Places are limited.",
        "A VIP boat for growth CEOs on 31 July. Reply YES to secure yours.",
    ],
)
async def test_a_staffing_or_matchmaking_offer_from_a_stranger_is_a_pitch(body):
    result = await classify(mail("Your cutover", body, sender="sales@talentfirm.example"))

    assert (result.folder, result.action_type) == (INBOX, FYI)
    assert "cold outreach" in result.reason


async def test_a_friends_invitation_in_swedish_is_no_pitch():
    # "så jag vet hur mycket": "vet" is "know", no stem of "vetted".
    body = "Vi tänder brasan på lördag. Kommer ni? Säg till senast torsdag så jag vet hur mycket."
    result = await classify(mail("Valborg lördag?", body, sender="karin@mailbox.example"))

    assert "cold outreach" not in result.reason
    assert result.action_type is NR


# --- priority: the P3 quadrant and personal mail ------------------------------------------------


async def test_a_routine_team_meeting_is_urgent_but_not_important():
    email = mail(
        "Invitation: Sprint 12 planning @ Mon 10:00",
        "Ada has invited you to a meeting. Accept | Tentative | Decline",
        sender="ada@dev.example",
    )

    result = await by_rules(email, DEV_SETTINGS)

    assert (result.folder, result.action_type, result.priority) == ("Areas/Engineering", SC, P3)


async def test_a_friends_urgent_request_stays_p4():
    result = await classify(
        mail("dinner", "Can you call me tonight about Sunday?", sender="ola@gmail.com")
    )

    assert (result.action_type, result.priority) == (NR, P4)


# --- calibration --------------------------------------------------------------------------------


async def test_an_automated_failure_report_is_not_sure_enough_to_approve_blindly():
    """News for one owner, work for another (a failing control): FYI, but below 0.85."""

    def report(subject: str):
        email = mail(subject, "See the dashboard.", sender="noreply@dev.example")
        return HeuristicClassifier().classify(email, settings=DEV_SETTINGS)

    failed, passed = await report("Build failed: main"), await report("Build passed: main")

    assert failed.folder == passed.folder == "Areas/Engineering"
    assert failed.action_type is passed.action_type is FYI
    assert failed.confidence < 0.85 <= passed.confidence


async def test_a_tools_notice_about_your_work_is_a_less_sure_inbox_than_a_newsletter():
    def listed(subject: str, body: str):
        return mail(subject, body, list_unsubscribe="<mailto:u@x.example>")

    notice = await classify(
        listed("Bump lib", "You are receiving this because you are watching this repository.")
    )
    tagged = await classify(listed("[acme/app] Bump lib", "Bumps lib from 1.0 to 1.1."))
    newsletter = await classify(listed("Retail weekly", "Five trends in retail. Unsubscribe."))

    assert notice.confidence < 0.85 <= newsletter.confidence
    assert tagged.confidence < 0.85  # a repository's name leads a code host's subjects


async def test_several_sales_phrases_make_a_sure_pitch_and_one_a_likely_one():
    sure = await classify(mail("Growth", "We help SaaS firms grow. Worth a 15-minute call?"))
    likely = await classify(mail("Growth", "SaaS firms grow with us. Worth a 15-minute call?"))

    assert sure.confidence >= 0.85 > likely.confidence


@pytest.mark.parametrize(
    ("body", "stronger"),
    [
        ("Please review the cutover plan.", True),
        ("Could someone on your side check the export?", True),
        ("The rota changed. No action needed.", True),
        ("Can you do the cutover plan?", False),
    ],
)
def test_a_cue_naming_the_kind_of_work_is_surer_than_a_bare_request(body, stronger):
    assert (decide_action("plan", body).strength >= 0.85) is stronger


def decide_action(subject: str, body: str, *, automated: bool = False) -> actions.Action:
    """The action rules alone on a subject and body, with no examples."""
    reading = signals.read(sentence(subject), list(sentences(body)))
    return actions.decide(
        subject,
        words(subject),
        words(body),
        reading,
        automated=automated,
        listed=False,
        pitch=False,
        pull=Pull({}, {}, {}),
    )


# --- topic words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "folder"),
    [
        (
            "Summer",
            "I am looking for an internship next summer. My CV is attached.",
            "Areas/People",
        ),
        ("Weekend cover", "The new weekend support rota is in the wiki.", "Areas/Support"),
        ("Kvitto: SJ Stockholm C - Uddevalla", "Tack för din resa. Totalt 612 kr.",
         "Areas/Finance"),
        ("Påminnelse: faktura 40217", "Förfallen sedan 2 september.", "Areas/Finance"),
        ("Mid-year talks move to September", "The templates stay the same.", "Areas/People"),
        ("Letter for Fredrik", "The exit letter repeats the non-solicitation clause.",
         "Areas/People"),
        ("Draft for Tuesday", "The investor update has the April numbers; add your highlights.",
         "Areas/Finance"),
        ("Portal unreachable since 06:50", "We are looking into it.", "Areas/Support"),
        ("Hello Leila", "Here is your first two weeks: a buddy, the tools and a lunch.",
         "Areas/People"),
    ],
)  # fmt: skip
async def test_common_office_words_reach_the_area_they_belong_to(subject, body, folder):
    assert (await classify(mail(subject, body))).folder == folder


AUDIT_SETTINGS = Settings.model_validate(
    {
        "projects": [
            {
                "name": "ISO audit",
                "folder": "Projects/Audit",
                "description": "Our first ISO 27001 audit: the evidence and the control fixes.",
                "keywords": ["ISO 27001"],
            }
        ],
        "areas": [
            {
                "name": "Engineering",
                "folder": "Areas/Engineering",
                "description": "Builds, releases and the servers we run.",
                "keywords": ["deploy"],
            }
        ],
    }
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Observation 3 covered", "The restore test ran on Tuesday and is documented."),
        ("Drafts for you", "Here are the management responses to the three observations."),
    ],
)
async def test_an_auditors_findings_and_their_answers_are_the_audits(subject, body):
    result = await classify(mail(subject, body), settings=AUDIT_SETTINGS)

    assert result.folder == "Projects/Audit"


# --- how much a keyword says ------------------------------------------------------------------

SHARED_WORD_SETTINGS = Settings.model_validate(
    {
        "areas": [
            {"name": "Sales", "folder": "Areas/Sales", "keywords": ["pipeline", "deal"]},
            {
                "name": "Engineering",
                "folder": "Areas/Engineering",
                "description": "Our CI pipeline, builds and deployments.",
                "keywords": ["deploy", "retro", "sprint"],
            },
            {"name": "Finance", "folder": "Areas/Finance", "keywords": ["invoice"]},
            {"name": "Kestrel", "folder": "Projects/Kestrel", "keywords": ["Kestrel"]},
        ]
    }
)


@pytest.mark.parametrize(
    ("subject", "body", "folder"),
    [
        # "pipeline" is Sales' keyword, but Engineering speaks of it too: "deploy" decides.
        ("Pipeline: deploy failed", "It stopped at the last step.", "Areas/Engineering"),
        # Equal points: one keyword in the subject says more than three passing body mentions.
        (
            "Invoice from the venue",
            "Room hire for our sprint retro and deploy party.",
            "Areas/Finance",
        ),
        # Any business says "invoice"; only this one says "Kestrel".
        ("Kestrel invoice", "See attached.", "Projects/Kestrel"),
        # An office keyword in the body alone is still enough to file.
        ("Hello", "The invoice is attached.", "Areas/Finance"),
    ],
)
async def test_a_keyword_counts_by_how_much_it_says_about_one_entry(subject, body, folder):
    got = await HeuristicClassifier().classify(mail(subject, body), settings=SHARED_WORD_SETTINGS)

    assert got.folder == folder
