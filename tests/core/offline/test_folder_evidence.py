"""Folder evidence from an area's description and office vocabulary, on short emails written
for these tests (none comes from a labelled set)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from core.config.settings import Settings
from core.triage.addressing import Addressed, Owner
from core.triage.classification import INBOX, EmailForClassification
from core.triage.offline import HeuristicClassifier
from core.triage.offline.confidence import folder_certainty
from core.triage.offline.descriptions import topics
from core.triage.offline.folders import Decision, Evidence
from core.triage.offline.lexicon import topic_words
from core.triage.offline.profiles import profiles
from core.triage.offline.senses import for_topics
from core.vocabulary import ActionType
from tests.core.offline.labels import FYI, NR
from tests.core.offline.test_signals import mail


def _area(name: str, description: str, *keywords: str) -> dict[str, Any]:
    return {
        "name": name,
        "folder": f"Areas/{name}",
        "description": description,
        "keywords": list(keywords),
    }


CONFIG: dict[str, Any] = {
    "projects": [
        {
            "name": "Harbour Portal",
            "folder": "Projects/Harbour",
            "description": "The customer portal for Harbour Logistics; its report is due.",
            "keywords": ["Harbour portal", "steering committee"],
        }
    ],
    "areas": [
        _area("People", "Hiring and leave requests.", "candidate", "parental leave"),
        _area("Money", "Accounting, budgets, forecasts and cash flow.", "invoice", "budget"),
        _area("Engineering", "Sprints, releases and training budgets.", "sprint", "release"),
        _area("Support", "Customers' tickets and incidents.", "ticket", "incident"),
    ],
}
SETTINGS = Settings.model_validate(CONFIG)


async def folder_of(subject: str, body: str, **fields) -> str:
    email = mail(subject, body, sender="alex@ourcompany.example", **fields)
    return (await HeuristicClassifier().classify(email, settings=SETTINGS)).folder


@pytest.mark.parametrize(
    ("subject", "body", "folder"),
    [
        # "leave" is in the description ("leave requests") and in the keyword "parental leave".
        ("Leave in March", "Could I take two weeks off?", "Areas/People"),
        # The team names training budgets, but budgets, forecasts and cash flow are the area's.
        ("Runway figures", "Can you send the board the latest runway?", "Areas/Money"),
        # Office vocabulary of a topic, no keyword.
        ("Some news", "I have decided to resign; my notice period ends in April.", "Areas/People"),
        ("A complaint", "Your update broke our checkout. Very disappointed.", "Areas/Support"),
        # "day" and "hack" are no team words alone; the team's "hack day" is.
        ("Invitation: Hack day kick-off", "You are invited.", "Areas/Engineering"),
        # A security advisory's advice to its readers: the team's words, not the owner's.
        (
            "[Advisory] PgBridge 7.1",
            "Affected repositories: api, web. Upgrade and redeploy.",
            "Areas/Engineering",
        ),
        # Swedish accounting words, office vocabulary like their English kin.
        ("Hösten", "Jag stämmer av periodiseringen mot kvartalsrapporten.", "Areas/Money"),
        # A data centre's network work is the operations of the engineers who run the platform.
        (
            "Hall 3, 2 September",
            "We upgrade the core switches; each colocation rack sees one short interruption.",
            "Areas/Engineering",
        ),
        # A certificate of employment is the people's paperwork, whatever the job was.
        (
            "Three for you",
            "The certificates of employment for our two summer interns are ready to sign.",
            "Areas/People",
        ),
        # "report" is in the project's description, but every area writes reports.
        ("Your report", "Here is the report you asked for.", INBOX),
    ],
)
async def test_descriptions_and_office_vocabulary_are_weighed_evidence(subject, body, folder):
    assert await folder_of(subject, body) == folder


async def test_a_taxonomy_changed_since_the_last_email_is_heard_at_once():
    """The entries' evidence is built once per taxonomy, never kept past a change to it."""
    assert await folder_of("Lighthouse plan", "Here is the lighthouse plan.") == INBOX
    changed = copy.deepcopy(CONFIG)
    changed["areas"][2]["keywords"].append("lighthouse")
    settings = Settings.model_validate(changed)
    email = mail(
        "Lighthouse plan", "Here is the lighthouse plan.", sender="alex@ourcompany.example"
    )

    suggestion = await HeuristicClassifier().classify(email, settings=settings)

    assert suggestion.folder == "Areas/Engineering"
    # An equal taxonomy read again reuses the evidence but hands back its own entries, which
    # the folder decision compares by identity.
    again = Settings.model_validate(changed)
    own = (*again.projects, *again.areas)
    assert all(p.entry is e for p, e in zip(profiles(again), own, strict=True))


def test_the_organisations_own_product_is_no_entrys_topic():
    # "our Harbourline ERP" is what the whole company sells: a conference on ERP or a prospect's
    # question about Harbourline says nothing of this rollout. A keyword still names it.
    rollout = {
        "name": "Mill rollout",
        "folder": "Projects/Mill",
        "description": "Rolling out our Harbourline ERP at the steel mill: cutover, go-live.",
        "keywords": ["cutover"],
    }
    settings = Settings.model_validate({**CONFIG, "projects": [*CONFIG["projects"], rollout]})
    mill = profiles(settings)[1]

    topics = {" ".join(t.parts) for t in mill.topic}
    assert "mill" in topics and not topics & {"harbourlin", "erp"}


async def test_a_code_hosts_notification_counts_its_words_for_the_team():
    body = "This pull request was opened by a bot. You are receiving this because you are "
    body += "watching this repository."
    fields = {"list_unsubscribe": "<mailto:u@x.example>"}
    folder = await folder_of("[ourco/app] Bump parser to 2.1", body, **fields)
    assert folder == "Areas/Engineering"


async def test_two_words_of_one_described_topic_outweigh_a_shared_keyword():
    # "budget" is a keyword of Money; "training ... budgets" is a topic of Engineering.
    body = "May I spend part of the training budget on an online course?"
    assert await folder_of("Training budget question", body) == "Areas/Engineering"


async def test_a_stranger_selling_into_a_project_with_a_time_ask_stays_in_the_inbox():
    body = "Congratulations on the new portal! We load-test ticket queues. Got 20 minutes?"
    email = mail("Your incident queue", body, sender="li@loadly.example")
    result = await HeuristicClassifier().classify(email, settings=SETTINGS)
    assert result.folder == INBOX


async def test_a_strangers_swedish_time_ask_and_offer_to_send_profiles_are_outreach():
    # "Får jag visa det i 20 minuter?" is the same small slice of time in Swedish; "could I
    # send you three profiles" a recruiter's pitch, whatever project its words name.
    demo = "Bokslutsbot gör er budget och forecast. Får jag visa det i 20 minuter?"
    profiles_offer = "Six developers free from March for your Harbour portal. Could I send you "
    profiles_offer += "three profiles?"
    pitched = [
        mail("Your budget and cash flow", demo, sender="klara@bokslutsbot.example"),
        mail("Harbour portal developers", profiles_offer, sender="ville@talent.example"),
    ]
    for email in pitched:
        result = await HeuristicClassifier().classify(email, settings=SETTINGS)
        assert result.folder == INBOX, email.subject


async def test_a_stranger_naming_their_own_product_with_a_time_ask_stays_in_the_inbox():
    body = "Loadly replays your support tickets against each release. A quick demo next week?"
    email = mail("Ticket load tests", body, sender="li@loadly.example")
    result = await HeuristicClassifier().classify(email, settings=SETTINGS)
    assert result.folder == INBOX


async def test_a_strangers_invitation_stating_its_length_is_not_outreach():
    body = "Loadly has invited you to: Ticket backlog review, 45 minutes, with your incident team."
    email = mail(
        "Invitation: Ticket backlog review @ Tue 09:00 - 09:45", body, sender="li@loadly.example"
    )
    result = await HeuristicClassifier().classify(email, settings=SETTINGS)
    assert result.folder == "Areas/Support" and "cold outreach" not in result.reason


async def test_a_suppliers_notice_that_wants_nothing_counts_its_own_minutes_not_hers():
    # A maintenance notice names its own company and "10 minutes" of slower tickets: no pitch.
    body = (
        "Hostly will replace firmware on the storage behind your ticket system on Sunday "
        "02:00 - 04:00. Expect slower incident pages for up to 10 minutes.\n\n"
        "No action is required. Hostly Operations"
    )
    email = mail("Planned maintenance: storage, Sunday night", body, sender="noc@hostly.example")

    result = await HeuristicClassifier().classify(email, settings=SETTINGS)

    assert result.folder != INBOX and "cold outreach" not in result.reason


async def test_a_strangers_invitation_to_speak_asks_the_owner_and_stays_in_the_inbox():
    # It names the owner's project and asks for "a 30-minute talk": an ask, not a pitch, and
    # the event's topics are its own.
    body = (
        "I chair Logistics IT Days in Gothenburg. We would love a 30-minute talk on how the "
        "Harbour portal went live. Would you let me know by Friday?"
    )
    email = mail("Keynote at Logistics IT Days?", body, sender="chair@itdays.example")

    result = await HeuristicClassifier().classify(email, settings=SETTINGS)

    assert (result.folder, result.action_type) == (INBOX, NR)
    assert "an invitation to speak at a stranger's event ('keynote at')" in result.reason


@pytest.mark.parametrize(
    "ask",
    [
        "Would you give a 45-minute guest lecture in my course on the Harbour portal?",
        "Would you come back for a 45-minute guest lecture on the Harbour portal's go-live?",
        # Her own lecture recalled by the lecturer who asks her back; a lecture asked without
        # its length.
        "The students still talk about your September lecture. Would you return in the spring?",
        "Would you give one lecture in October on how the Harbour portal's release went?",
    ],
)
async def test_a_guest_lecture_asked_of_the_owner_is_an_invitation_to_speak(ask):
    email = mail("Guest lecture in the autumn", ask, sender="lecturer@university.example")

    result = await HeuristicClassifier().classify(email, settings=SETTINGS)

    assert (result.folder, result.action_type) == (INBOX, NR)
    assert "an invitation to speak at a stranger's event ('" in result.reason


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Confidential: CEO role, Nordic software group",
            "I am retained by a private-equity owner looking for its next CEO (revenue around"
            " SEK 900m, a budget to grow). Your name came up more than once. Would you be open"
            " to a discreet conversation?",
        ),
        (
            "A board seat you might enjoy",
            "A listed group is looking for a non-executive director with your background. Would"
            " you be open to a confidential conversation about the release of their plans?",
        ),
    ],
)
async def test_a_search_firms_approach_for_a_top_post_is_the_owners_own_and_asks_nothing(
    subject, body
):
    # The post's words (revenue, budget, release) are the other company's, no area's; a
    # headhunter's "would you be open" is an approach she may ignore.
    email = mail(subject, body, sender="partner@search.example")

    result = await HeuristicClassifier().classify(email, settings=SETTINGS)

    assert (result.folder, result.action_type) == (INBOX, FYI)
    assert "a search firm's approach ('" in result.reason


async def test_a_chief_executives_own_confidential_approach_is_no_search_firms():
    # "CEO" in his own signature is no post offered to her: he asks her to talk.
    body = (
        "I would like to explore, in confidence, whether our companies could work together."
        " Would you be open to a confidential conversation in July?\n\nRagnar Holt\nCEO, Norrsken"
    )
    email = mail("A confidential conversation", body, sender="ragnar@norrsken.example")

    result = await HeuristicClassifier().classify(email, settings=SETTINGS)

    assert "search firm" not in result.reason
    assert result.action_type is NR


async def test_a_strangers_thanks_for_her_reaching_out_answers_her_and_is_no_pitch():
    # The owner asked a candidate's former manager for a reference: his "thank you for reaching
    # out" answers her, and the reference check is the people area's.
    body = (
        "Thank you for reaching out. I am happy to give a reference for the candidate; Thursday"
        " at 15:00 is confirmed from my side, kindly call me then."
    )
    email = mail("Reference check - Thursday works", body, sender="ravi@kestrelbyte.example")

    result = await HeuristicClassifier().classify(email, settings=SETTINGS)

    assert "cold outreach" not in result.reason
    assert result.folder == "Areas/People"


async def test_a_strangers_forwarded_ask_is_read_from_its_note_not_as_cold_outreach():
    # The lecturer forwards her programme director's ask: his "would your contact at Ourcompany
    # give us 30 minutes" names his own school, as a pitch names its firm, but it was put to
    # the lecturer, who asks the owner herself.
    body = (
        "Maya, see below. I told Magnus you would be perfect. Could you say yes?\n\n"
        "---------- Forwarded message ---------\nFrom: Magnus <magnus@school.example>\n"
        "Subject: Jury\n\nHelena, would your contact at Ourcompany give our school's jury"
        " 30 minutes on 8 October? We would need a yes by mid-June."
    )
    email = mail("Fwd: Jury", body, sender="helena@school.example")

    result = await HeuristicClassifier().classify(email, settings=SETTINGS)

    assert "cold outreach" not in result.reason
    assert result.action_type is NR


async def test_a_stranger_asking_for_one_of_the_teams_people_to_speak_goes_to_the_team():
    body = "Could one of your developers give a 25-minute talk on your release pipeline?"
    email = mail("Meetup talk in May", body, sender="org@meetup.example")

    result = await HeuristicClassifier().classify(email, settings=SETTINGS)

    assert result.folder == "Areas/Engineering"
    assert "invitation to speak" not in result.reason


async def test_a_colleague_asking_for_minutes_about_a_ticket_is_not_outreach():
    # The owner's own company is named in the config, so it is no stranger's product.
    config = copy.deepcopy(CONFIG)
    config["areas"][3]["senders"] = ["helpdesk@ourcompany.example"]
    settings = Settings.model_validate(config)
    body = "Ourcompany support needs 15 minutes with you about the incident backlog."
    email = mail("Incident backlog", body, sender="alex@ourcompany.example")
    result = await HeuristicClassifier().classify(email, settings=settings)
    assert result.folder == "Areas/Support"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Audit committee call", "Agenda: the year-end close."),
        # A security audit's project does not take the accounts' statutory audit.
        ("Statutory audit 2031: our document list", "The fieldwork starts on 9 February."),
        ("Interim audit finished", "The auditors found nothing in the sales cut-off test."),
        # The company's annual general meeting adopts the accounts: no keyword names it.
        ("Notice of the AGM on 12 May", "The draft notice with the share count is attached."),
    ],
)
async def test_the_accounts_audits_and_meetings_are_the_money_areas_not_the_audit_projects(
    subject, body
):
    config = copy.deepcopy(CONFIG)
    config["projects"].append(
        {"name": "Audit", "folder": "Projects/Audit", "keywords": ["audit", "auditor"]}
    )
    settings = Settings.model_validate(config)
    email = mail(subject, body, sender="alex@ourcompany.example")
    result = await HeuristicClassifier().classify(email, settings=settings)
    assert result.folder == "Areas/Money"


def test_a_described_topic_is_a_short_phrase_not_a_sentence():
    found = topics("Rolling out our tracking app at the harbour's cranes: conference budgets.")
    assert found == (frozenset({"conferenc", "budget"}),)


@pytest.mark.parametrize(("topic", "agrees"), [(0.5, False), (1.0, True)])
def test_topic_words_corroborate_a_sender_rule_only_beyond_a_passing_mention(topic, agrees):
    entry = SETTINGS.areas[0]
    best = Evidence(entry.folder, entry, 4.0 + topic, sender=4.0, topic=topic)
    alone = Evidence(entry.folder, entry, 4.0 + topic, sender=4.0 + topic)
    sure = folder_certainty(Decision(best, 0.0, 1), listed=False, automated=False, pitch=False)
    base = folder_certainty(Decision(alone, 0.0, 1), listed=False, automated=False, pitch=False)
    assert (sure > base) is agrees


def test_an_insurers_renewal_offer_is_the_policys_not_a_job_offer():
    # A job's "offer" is the people area's word: beside an insurer it is the policy's terms.
    body = "The underwriters accepted the renewal: the premium goes up 6 %. Please sign the offer."

    subject, text = for_topics("Cyber insurance 2048 - renewal offer to sign", body)

    assert subject == "Cyber insurance 2048 - policy term policy terms to sign"
    assert text.endswith("Please sign the policy terms.")


async def test_tickets_to_an_event_are_no_support_tickets():
    event = "Three of us would like to go; the early bird price ends Friday. OK to book?"
    case = "Ticket 5521 is open since Monday; the customer asks for an update."

    assert await folder_of("3 tickets for DevDays?", event) != "Areas/Support"
    early_price = "Two tickets, early price ends Friday"
    assert await folder_of(early_price, "Three of us would like to go. OK?") != "Areas/Support"
    assert await folder_of("Ticket 5521 still open", case) == "Areas/Support"
    # A conference call is a meeting about anything, not an event with tickets.
    assert await folder_of("Ticket 5521", f"{case} Conference call at 10?") == "Areas/Support"
    # Tickets to a dinner are seats; a third party's ticket is still a case.
    assert await folder_of("Dinner tickets", "Two tickets left for the client dinner.") != (
        "Areas/Support"
    )
    assert await folder_of("Ticket 5521", f"{case} A third party handles it.") == "Areas/Support"


def _changed(change: Callable[[dict[str, Any]], None]) -> Settings:
    """The tests' config with one change made to a copy of it."""
    config = copy.deepcopy(CONFIG)
    change(config)
    return Settings.model_validate(config)


async def _folder(settings: Settings, subject: str, body: str, sender: str, **fields) -> str:
    email = mail(subject, body, sender=sender, **fields)
    return (await HeuristicClassifier().classify(email, settings=settings)).folder


async def test_an_outsiders_board_is_theirs_not_the_board_the_owners_finance_reports_to():
    settings = _changed(
        lambda c: c["areas"][1].update(description="Accounting, board meetings and cash flow.")
    )
    subject, body = "Our board on Tuesday", "Our board wants the figures before then."
    owner = Owner(name="Maya Berg", addresses=frozenset({"maya@ourcompany.example"}))

    async def folder(sender: str) -> str:
        return await _folder(settings, subject, body, sender, owner=owner)

    # A colleague's "our board" is the owner's company's; a prospect's is the prospect's.
    assert await folder("alex@ourcompany.example") == "Areas/Money"
    assert await folder("ceo@prospect.example") == INBOX


async def test_an_entrys_two_letter_acronym_names_it_and_a_roman_numeral_does_not():
    def rename(config: dict[str, Any]) -> None:
        config["areas"][0]["name"] = "HR & Hiring"
        config["projects"][0]["name"] = "Harbour Portal Phase II"

    settings = _changed(rename)

    async def folder(subject: str) -> str:
        return await _folder(settings, subject, "See you there.", "therese@ourcompany.example")

    # "HR & Hiring": the owner's meeting with her HR partner is the area's.
    assert await folder("Accepted: HR monthly - September") == "Areas/People"
    assert "hr" in topic_words("HR & Hiring")
    # "Phase II" spells a number, no name: "II" in mail names nothing.
    assert "ii" not in topic_words("SOC 2 Type II")
    assert await folder("Accepted: Type II walkthrough") == INBOX


async def test_tickets_for_the_theatre_are_no_support_tickets():
    assert await folder_of("Dramaten 19/10 - two tickets left, you and Erik?", "Saturday?") == INBOX
    assert await folder_of("Two tickets left open since Friday", "Can you look?") == (
        "Areas/Support"
    )


async def test_a_pen_test_spelled_short_is_the_penetration_test():
    settings = _changed(lambda c: c["projects"][0].update(keywords=["penetration test"]))

    async def folder(subject: str) -> str:
        body = "For your signature by Friday."
        return await _folder(settings, subject, body, "tomasz@redgate.example")

    assert await folder("Pentest 2047 - rules of engagement v2") == "Projects/Harbour"
    assert await folder("Pen test retest passed - two findings closed") == "Projects/Harbour"


async def test_a_managers_development_talks_are_the_people_areas_appraisals():
    settings = _changed(
        lambda c: c["areas"][0].update(
            description="Hiring, leave requests and performance reviews."
        )
    )

    async def folder(subject: str) -> str:
        return await _folder(settings, subject, "See the list.", "alex@ourcompany.example")

    # "Development" names the engineering area; a development talk is a yearly appraisal.
    assert await folder("Development talks 2046 - 94 % done, summary") == "Areas/People"
    assert await folder("Development of the release tooling") == "Areas/Engineering"


TIED = Settings.model_validate(
    {
        "areas": [
            _area("Engineering", "Sprints, releases and the build pipeline.", "sprint"),
            _area("Money", "Accounting, invoices and banking.", "invoice"),
            _area("Support", "Customers' tickets, incidents, escalations and SLAs.", "ticket"),
            _area("People", "Recruiting, new hires, onboarding and parental leave.", "candidate"),
        ]
    }
)


@pytest.mark.parametrize(
    ("subject", "folder", "why"),
    [
        ("Sprint plan and the candidate", "Areas/People", "a person's matter"),
        ("Ticket queue and the candidate", "Areas/People", "a person's matter"),
        ("Sprint plan and the ticket", "Areas/Support", "a customer's incident"),
        ("Sprint plan and the invoice", INBOX, None),
    ],
)
async def test_a_tie_of_two_areas_is_the_narrower_matters_or_the_inboxs(subject, folder, why):
    email = mail(subject, "See you on Monday.")
    result = await HeuristicClassifier().classify(email, settings=TIED)

    assert result.folder == folder
    assert "evidence ties between" in result.reason
    if why:
        assert f"{why} is the narrower matter" in result.reason


@pytest.mark.parametrize(
    ("sender", "addressed", "folder"),
    [
        # A colleague writing to the owner herself: one topic word in the body files it.
        ("kim.berg@ourcompany.example", Addressed.ALONE, "Areas/People"),
        ("kim.berg@ourcompany.example", Addressed.CC, "Areas/People"),
        # The same words to a list she is on, or from a stranger, are too little to file.
        ("kim.berg@ourcompany.example", Addressed.NEITHER, INBOX),
        ("kim@elsewhere.example", Addressed.ALONE, INBOX),
    ],
)
async def test_one_topic_word_files_a_colleagues_mail_to_the_owner(sender, addressed, folder):
    owner = Owner(name="Maya Berg", addresses=frozenset({"maya@ourcompany.example"}))
    email = mail(
        "Next week",
        "I am on vacation from Monday; Sam covers the Thursday meeting.",
        sender=sender,
        owner=owner,
        addressed=addressed,
    )

    assert (await HeuristicClassifier().classify(email, settings=TIED)).folder == folder


def from_home(sender_name: str, sender: str, subject: str, body: str) -> EmailForClassification:
    """Mail to Maya Berg from a private mailbox."""
    return EmailForClassification(
        email_id="m1",
        subject=subject,
        sender_name=sender_name,
        sender_address=sender,
        received_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        body_text=body,
        owner=Owner(name="Maya Berg", addresses=frozenset({"maya@ourcompany.example"})),
    )


async def test_the_familys_can_someone_asks_the_household_for_her_answer():
    def note(sender_name: str, sender: str) -> EmailForClassification:
        body = "Jag kommer med båten 11.05. Kan någon möta mig vid bryggan?"
        return from_home(sender_name, sender, "Båten på fredag", body)

    family = await HeuristicClassifier().classify(
        note("Alva Berg", "alva.berg@home.example"), settings=TIED
    )
    stranger = await HeuristicClassifier().classify(
        note("Alva Holm", "alva.holm@home.example"), settings=TIED
    )

    assert family.action_type is ActionType.NEEDS_REPLY
    # The same "kan någon" from anyone else asks her to get someone on it.
    assert stranger.action_type is ActionType.DELEGATED


@pytest.mark.parametrize(
    ("sender_name", "sender", "folder"),
    [
        # Family writes about life: a ball's ticket is no support case.
        ("Alva Berg", "alva.berg@home.example", INBOX),
        ("Alva", "alva.berg@home.example", INBOX),
        # A display name alone says nothing of who writes from a role's mailbox.
        ("Kim Berg", "tickets@home.example", "Areas/Support"),
        # The owner herself, forwarding from a private address, sends her work on.
        ("Maya Berg", "maya.berg@home.example", "Areas/Support"),
        # A colleague who shares the name is no family; a stranger is read as anyone.
        ("Ola Berg", "ola.berg@ourcompany.example", "Areas/Support"),
        ("Alva Holm", "alva.holm@home.example", "Areas/Support"),
    ],
)
async def test_the_owners_family_writes_personal_mail(sender_name, sender, folder):
    email = from_home(
        sender_name,
        sender,
        "The ticket for the spring ball",
        "Can you help with the ticket? It sells out on Wednesday.",
    )

    assert (await HeuristicClassifier().classify(email, settings=TIED)).folder == folder
