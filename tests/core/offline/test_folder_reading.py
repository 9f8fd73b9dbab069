"""How the folder is read from mail that names no keyword: forwards, colleagues, pitches.

Every email here is written for these tests (none comes from a labelled set), against a small
taxonomy of its own, so the rules are shown to work for any owner's areas.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from core.config.settings import Settings
from core.store.records import Recipients
from core.triage.addressing import Owner, addressed
from core.triage.classification import INBOX
from core.triage.offline import HeuristicClassifier
from core.triage.offline.layout import forwarded_author, label, quoted_text
from core.triage.offline.notices import tool_notice
from core.triage.offline.text import words
from core.vocabulary import ActionType
from tests.core.offline.test_folder_evidence import _area
from tests.core.offline.test_signals import mail

CONFIG: dict[str, Any] = {
    "projects": [
        {
            "name": "Warehouse Rollout",
            "folder": "Projects/Warehouse",
            "description": "Our scanners at the Harbour Freight warehouses.",
            "keywords": ["scanner rollout"],
            "senders": ["@harbourfreight.example"],
        }
    ],
    "areas": [
        {
            "name": "Customer Care",
            "folder": "Areas/Care",
            "description": "Customers' tickets and complaints.",
            "keywords": ["ticket"],
            "senders": ["care@ourco.example"],
        },
        {
            "name": "Money",
            "folder": "Areas/Money",
            "description": "Accounting, invoices and the bank.",
            "keywords": ["invoice"],
            "senders": ["@lenders.example"],
        },
    ],
}
SETTINGS = Settings.model_validate(CONFIG)
COLLEAGUE = "sam@ourco.example"


async def folder_of(subject: str, body: str, sender: str = COLLEAGUE) -> str:
    email = mail(subject, body, sender=sender)
    return (await HeuristicClassifier().classify(email, settings=SETTINGS)).folder


FORWARD = """Passing this on, nothing for you to do.

Sam

---------- Forwarded message ---------
From: {author}
Date: Monday
Subject: Depot timetable
To: Sam

The depot at Pier 4 closes for two days over Easter; we move the test days to the week after.
"""


async def test_a_forward_is_filed_by_its_authors_sender_rule():
    body = FORWARD.format(author="Lena Berg <lena.berg@harbourfreight.example>")
    assert await folder_of("Fw: Depot timetable", body) == "Projects/Warehouse"


async def test_a_forward_from_an_author_no_rule_names_stays_where_its_words_lead():
    body = FORWARD.format(author="Lena Berg <lena.berg@elsewhere.example>")
    assert await folder_of("Fw: Depot timetable", body) == INBOX


async def test_the_forwarders_own_sender_rule_outranks_the_forwarded_author():
    body = FORWARD.format(author="Lena Berg <lena.berg@harbourfreight.example>")
    assert await folder_of("Fw: Depot timetable", body, "care@ourco.example") == "Areas/Care"


def test_the_forwarded_author_is_read_from_the_cleaned_forward_line():
    cleaned = "FYI\nForwarded message from Lena Berg <Lena.Berg@harbourfreight.example>:\nHi"
    assert forwarded_author(cleaned) == "lena.berg@harbourfreight.example"
    assert forwarded_author("Forwarded message from Lena Berg:\nHi") is None


async def test_a_colleagues_offer_to_a_customer_is_no_cold_outreach():
    body = "Draft answer below. We offer them a quick call to walk through the fix. Fine by you?"
    assert await folder_of("Ticket 4411 - draft answer", body) == "Areas/Care"
    # The same words from an organisation the config does not know are a pitch.
    assert await folder_of("Ticket 4411 - draft answer", body, "jo@acme.example") == INBOX


async def test_a_stranger_writing_to_the_owners_colleagues_with_her_in_cc_is_no_pitch():
    body = "Kim, the draft is attached: two tickets still open. We offer a free retest next week."
    owner = Owner(name="Lena Holm", addresses=frozenset({"lena@ourco.example"}))

    async def folder(to: tuple[str, str], cc: tuple[tuple[str, str], ...]) -> str:
        lines = Recipients.kept([to], cc)
        email = mail("Draft report", body, sender="jo@testers.example", recipients=lines,
                     addressed=addressed(lines, owner), owner=owner)  # fmt: skip
        return (await HeuristicClassifier().classify(email, settings=SETTINGS)).folder

    lena, kim = ("Lena Holm", "lena@ourco.example"), ("Kim Berg", "kim@ourco.example")
    assert await folder(kim, (lena,)) == "Areas/Care"
    # To the owner herself, the same offer from a stranger is a pitch.
    assert await folder(lena, ()) == INBOX


async def test_a_functional_mailbox_outranks_its_domains_rule():
    body = "Attached is the statement for the scanner rental at the depots, due in 30 days."
    subject = "Your statement for March"
    # The supplier's people write about the project; its billing mailbox sends bills.
    assert await folder_of(subject, body, "billing@harbourfreight.example") == "Areas/Money"
    assert await folder_of(subject, body, "lena.berg@harbourfreight.example") == (
        "Projects/Warehouse"
    )
    # "ap@" is the accounts payable team's, spelled out.
    assert await folder_of(subject, body, "ap@harbourfreight.example") == "Areas/Money"
    # A mailbox that names nothing (or a person) leaves the domain's rule alone.
    assert await folder_of(subject, body, "info@harbourfreight.example") == "Projects/Warehouse"


async def test_a_senders_own_organisation_named_in_its_mail_is_no_topic_of_its_rule():
    subject = "Ticket 812 about the portal"
    body = "Lenders staff cannot log in since Monday; the ticket has a complaint attached."
    # "Lenders" says who writes, which the @lenders.example rule already counts: the ticket's
    # topic takes the mail, as it would if the bank's name were not in it.
    assert await folder_of(subject, body, "anna@lenders.example") == "Areas/Care"
    assert await folder_of(subject, body.replace("Lenders", "Our"), "anna@lenders.example") == (
        "Areas/Care"
    )


async def test_an_out_of_office_reply_is_filed_by_who_answers_not_by_the_echoed_subject():
    away = "I am away until Monday 14 April with limited access to mail."
    subject = "Automatic reply: Ticket 4411 - draft answer"
    # The subject is the owner's own, echoed back: a stranger's absence is nobody's ticket.
    assert await folder_of(subject, away, "jo@elsewhere.example") == INBOX
    # A sender rule still says whose correspondent is away.
    assert await folder_of(subject, away, "lena.berg@harbourfreight.example") == (
        "Projects/Warehouse"
    )


async def test_a_colleagues_out_of_office_reply_is_filed_with_the_work_it_answers():
    owner = Owner(name="Maya Berg", addresses=frozenset({"maya@ourco.example"}))
    away = "I am on vacation until 24 July and do not read email. Anything urgent: Priya."
    subject = "Automatic reply: Scanner rollout - the Rauma slots?"

    def reply_from(sender: str):
        return mail(subject, away, sender=sender, owner=owner, auto_submitted="auto-replied")

    colleague = await HeuristicClassifier().classify(reply_from(COLLEAGUE), settings=SETTINGS)
    outsider = await HeuristicClassifier().classify(
        reply_from("jo@elsewhere.example"), settings=SETTINGS
    )

    # Her colleague answers her about their shared work; an outsider only says who is away.
    assert (colleague.folder, colleague.action_type) == ("Projects/Warehouse", ActionType.FYI_ONLY)
    assert outsider.folder == INBOX


async def test_an_organisations_marketing_mailbox_is_no_one_its_domain_rule_speaks_for():
    subject = "Spring news from our depots"
    body = "Our new depots open in Gdansk and Rauma; meet us at the logistics fair in May."
    # The supplier's newsletter is its marketing, not the project its people write about.
    assert await folder_of(subject, body, "newsletter@harbourfreight.example") == INBOX
    assert await folder_of(subject, body, "events@harbourfreight.example") == INBOX
    assert await folder_of(subject, body, "lena.berg@harbourfreight.example") == (
        "Projects/Warehouse"
    )


async def test_a_stranger_organisations_newsletter_names_topics_not_the_owners_work():
    subject = "Weekly #271: invoice automation, and the scanner rollout season at the ports"
    body = "This week: why invoices still go by post, and three ports' scanner rollout plans."
    # A newsletter's topics are its own, like a mailing list's: "invoice" files no money mail.
    assert await folder_of(subject, body, "weekly@logisticsnews.example") == INBOX
    assert await folder_of(subject, body, "nyhetsbrev@logisticsnews.example") == INBOX
    assert await folder_of(subject, body, "veckobrev@logisticsnews.example") == INBOX
    # An advisory firm's seminar invitations ("seminarier@") are its marketing too.
    assert await folder_of(subject, body, "seminarier@logisticsnews.example") == INBOX
    # The same words from a person are evidence.
    assert await folder_of(subject, body, "kim@logisticsnews.example") != INBOX


async def test_a_fault_report_is_about_the_fault_not_the_feature_that_broke():
    body = "Since Monday our invoices stay in draft and we cannot send them. Can you look at it?"
    customer = "kim@elsewhere.example"
    assert await folder_of("Invoices stuck since your update", body, customer) == "Areas/Care"
    assert await folder_of("Invoice export crashes again", body, customer) == "Areas/Care"
    # Invoices that go wrong in the body are no money matter either: nothing here names the care
    # area, so the mail waits in the Inbox. With no fault at all, the invoices are the topic.
    assert await folder_of("Invoices for March", body, customer) == INBOX
    body = "Attached are our invoices for March; the total is 40 000 as agreed."
    assert await folder_of("Invoices for March", body, customer) == "Areas/Money"


async def test_a_tools_failure_notice_is_no_fault_report():
    body, tool = "The nightly job could not finish.", "noreply@ci.elsewhere.example"
    assert await folder_of("Invoice export broken on main", body, tool) == "Areas/Money"


async def test_a_short_reply_belongs_to_the_topic_its_quoted_thread_names():
    body = (
        "Not yet, the depot manager is away. I'll have the date by Thursday.\n\n"
        "> Sam, do we have a date for the scanner rollout at Pier 4?"
    )
    assert await folder_of("RE: Pier 4 date", body) == "Projects/Warehouse"
    outlook = (
        "Not yet, I'll have the date by Thursday.\n\n"
        "From: Alex\nSent: Monday 08:12\nTo: Sam\n\n"
        "Do we have a date for the scanner rollout at Pier 4?"
    )
    assert await folder_of("RE: Pier 4 date", outlook) == "Projects/Warehouse"
    assert await folder_of("RE: Pier 4 date", body.split("\n")[0]) == INBOX


def test_a_forwarded_message_is_no_quote():
    raw = "FYI\n\n---------- Forwarded message ---------\nFrom: Lena\nDate: Monday\n\nHi Sam"
    assert quoted_text(raw) == ""
    assert "Hi Sam" in quoted_text("Thanks.\n\nOn Monday, Lena wrote:\nHi Sam")


async def test_an_activity_of_the_description_is_no_bare_noun():
    # "Accounting" is the area's activity; "your account" is a login.
    stranger = "security@mail-check.example"
    body = "We noticed a sign-in to your account. Confirm your account details at the link."
    assert await folder_of("Your account will be locked", body, stranger) == INBOX
    body = "The accounting timetable for the year end is attached; accounting closes on the 9th."
    assert await folder_of("Year-end accounting timetable", body) == "Areas/Money"


async def test_a_keyword_said_as_an_activity_still_relates_its_bare_noun():
    # "Pricing" as a keyword matches "pricing" only, but "the new prices" are still the area's
    # matter: a related word, worth less than the keyword.
    settings = _areas(
        _area("Sales", "New business and pricing.", "pricing", "quote"),
        _area("Engineering", "Sprints and releases.", "sprint"),
    )
    email = mail("Letter about the new prices", "The draft is attached; discounts at the end.")
    result = await HeuristicClassifier().classify(email, settings=settings)
    assert result.folder == "Areas/Sales"
    assert "price" in result.reason


async def test_a_keywords_version_number_alone_names_its_release():
    # "Framework 4.8" is the release being ported from; mail says "the 4.8 branch".
    settings = _areas(
        _area("Porting", "Porting the product to the new runtime.", "Framework 4.8"),
        _area("Engineering", "Sprints, releases and the CI.", "sprint"),
    )

    async def folder(subject: str, body: str) -> str:
        email = mail(subject, body, sender=COLLEAGUE)
        return (await HeuristicClassifier().classify(email, settings=settings)).folder

    email = mail("The last 4.8 build agent", "It can go in January.", sender=COLLEAGUE)
    found = await HeuristicClassifier().classify(email, settings=settings)
    assert (found.folder, "keyword '4.8' of Porting" in found.reason) == ("Areas/Porting", True)
    assert await folder("4.8.79 published", "Two security fixes.") == "Areas/Porting"
    # A branch named after it ("product-4.8-lts") names it too.
    assert await folder("product-4.8-lts weekly build failed", "Sprint tests not run.") == (
        "Areas/Porting"
    )
    # A range, the tail of another version and a number are not the version.
    assert await folder("Build agents down 4-8 April", "Sprint builds wait.") == (
        "Areas/Engineering"
    )
    assert await folder("Sprint tooling: vite 5.4.8", "Dependencies bumped.") == (
        "Areas/Engineering"
    )
    assert await folder("Sprint 48 build agents", "All green.") == "Areas/Engineering"


async def test_a_known_sender_writing_about_another_entrys_keyword_is_filed_by_topic():
    # A lender's domain is the money area's, but a subject keyword, the same keyword in the
    # body and a topic word of the project put it clearly ahead (a body keyword's worth).
    subject, body = "Warehouses: scanner rollout", "Is the scanner rollout still on plan for May?"
    assert await folder_of(subject, body, "anna@lenders.example") == "Projects/Warehouse"
    # A passing mention of the project's keyword leaves the sender's folder in place.
    body = "Your loan statement is attached; is the scanner rollout still on plan?"
    assert await folder_of("Loan statement", body, "anna@lenders.example") == "Areas/Money"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Invoice 118 approved",
            "Your invoice is approved; the payment goes to your bank on Friday.",
        ),
        ("Ticket 4412 closed", "The ticket is closed and the complaint answered."),
    ],
)
async def test_a_projects_client_keeps_its_mail_against_an_areas_words(subject, body):
    # The client's invoice for the project, or its ticket, is the project's matter: the
    # client's domain rule holds against an area's keyword and words short of a clear margin.
    client = await folder_of(subject, body, "anna@harbourfreight.example")
    # A lender whose domain an area's rule names also writes of other things: with nothing of
    # the area's own in it, another area's keyword and word lead.
    lender = await folder_of(
        "Ticket 4412 closed",
        "The ticket is closed and the complaint answered.",
        "anna@lenders.example",
    )

    assert client == "Projects/Warehouse"
    assert lender == "Areas/Care"


async def test_a_tools_digest_about_followed_work_is_read_by_its_body():
    body = (
        "Weekly summary for the scanner rollout: 4 resolved, 1 reopened.\n"
        "You receive this because you follow this project. Manage notifications in Tasker."
    )
    tracker = "noreply@tasker.example"
    assert await folder_of("[Tasker] 4 items resolved this week", body, tracker) == (
        "Projects/Warehouse"
    )
    # A newsletter's footer says you subscribed: its words stay its own.
    newsletter = body.replace("follow this project", "subscribed at tasker.example")
    assert await folder_of("[Tasker] 4 items resolved this week", newsletter, tracker) == INBOX


async def test_a_boards_summary_or_a_task_assigned_is_read_by_its_body():
    summary = (
        "Due this week: 4 tasks, all of them others'.\n\n"
        'You receive this weekly summary as a member of the board "Scanner rollout, Harbour".'
    )
    assigned = "Sam assigned a task to you.\n\nTask: sign the scanner rollout plan\nDue: Friday"
    tracker = "noreply@tasker.example"

    assert await folder_of("[Tasker] 4 tasks due this week", summary, tracker) == (
        "Projects/Warehouse"
    )
    assert await folder_of("Assigned to you: sign the plan", assigned, tracker) == (
        "Projects/Warehouse"
    )
    follower = summary.replace(
        'You receive this weekly summary as a member of the board "Scanner rollout, Harbour".',
        "Board: Scanner rollout, Harbour. You are receiving this as a follower of the board.",
    )
    assert await folder_of("[Tasker] 4 tasks due this week", follower, tracker) == (
        "Projects/Warehouse"
    )
    # A signing service's request names the document the sender wants signed.
    signing = "Harbour AB has sent you a document to sign.\n\nDocument: scanner rollout, appendix 9"
    assert await folder_of("Signature requested: appendix 9", signing, "no-reply@sign.example") == (
        "Projects/Warehouse"
    )
    # A newsletter's reader is no member of its board: its words stay its own.
    newsletter = summary.replace("as a member of the board", "as a subscriber of the letter")
    assert await folder_of("[Tasker] 4 tasks due this week", newsletter, tracker) == INBOX


@pytest.mark.parametrize(
    "subject",
    [
        "Maya, 38 people commented on your post about the scanner rollout",
        "Kim and 14 others reacted to your post about the scanner rollout",
        "Your post about the scanner rollout was seen 4,120 times",
        "Maya, your post about the scanner rollout is getting attention",
        "Kim Berg shared a post: Speaking about our scanner rollout",
        "Maya, 1,480 people watched your panel clip about the scanner rollout",
        "Maya, 41 people found you in search this week - 3 from scanner rollout teams",
        "Maya, your profile was viewed 41 times by scanner rollout people",
        "Kim Berg and 14 others reacted to a post about the scanner rollout",
        "Maya, people at Harbour Freight looked you up this week",
        "Maya, 14 people searched for you - 3 of them run a scanner rollout",
        "Kim Berg and 6 others have new roles in scanner rollout teams",
        "Kim Berg mentioned you in a post about the scanner rollout",
        "Congratulate Kim Berg on 10 years at the Scanner Rollout Group",
        "Congratulate Kim Berg on the new job at scanner rollout experts",
        "Kim Berg shared a photo from the scanner rollout",
    ],
)
async def test_a_social_networks_notice_about_her_post_names_no_project(subject):
    body = "Your post is doing well: 2,104 reactions.\n\nSee all activity: https://social.example"
    social = "notifications-noreply@social.example"

    assert await folder_of(subject, body, social) == INBOX
    # The same machine's subject about the project itself still files it.
    assert await folder_of("Scanner rollout: the plan", body, social) == "Projects/Warehouse"


async def test_a_newsletters_issue_is_no_trackers_issue():
    newsletter = "In this issue: how the best warehouses plan a scanner rollout.\n\nUnsubscribe"
    opening = "This issue: how the best warehouses plan a scanner rollout.\n\nUnsubscribe"
    tracker = "Sam commented on this issue: the scanner rollout slips a week."

    assert not tool_notice("Warehouse Weekly", words(newsletter), listed=True)
    assert not tool_notice("Warehouse Weekly", words(opening), listed=True)
    assert tool_notice("Rollout slips", words(tracker), listed=True)
    assert await folder_of("Planning season", newsletter, "noreply@wh-weekly.example") == INBOX


async def test_a_publications_issue_is_list_mail_without_the_header():
    # Its masthead heads the subject: its topics are its own even if it names the project.
    issue = mail(
        "Warehouse Weekly: summer stops and the scanner rollout season",
        "Three depots plan their scanner rollout.\n\nUnsubscribe: https://wh-weekly.example/u",
        sender="letter@wh-weekly.example",
    )
    letter = replace(issue, sender_name="Warehouse Weekly")
    online = replace(letter, body_text="Three depots plan their scanner rollout.\n\nRead online")
    classifier = HeuristicClassifier()

    assert (await classifier.classify(letter, settings=SETTINGS)).folder == INBOX
    # An issue that offers itself online instead of an unsubscribe link is one too.
    assert (await classifier.classify(online, settings=SETTINGS)).folder == INBOX
    # A person's mail naming the same words is no publication's.
    person = replace(issue, sender_address=COLLEAGUE)
    assert (await classifier.classify(person, settings=SETTINGS)).folder == "Projects/Warehouse"


async def test_an_issue_from_a_publications_own_mailbox_needs_no_unsubscribe_link():
    # "The Board Letter: ..." from letter@: its masthead and its editorial mailbox make it an
    # issue, whose topics are its own and whose questions every reader is asked.
    body = "Three depots plan their scanner rollout. Is yours ready for the summer stop?"
    issue = replace(
        mail("Warehouse Notes #212: the scanner rollout season", body, sender="editor@whw.example"),
        sender_name="Warehouse Notes",
    )
    result = await HeuristicClassifier().classify(issue, settings=SETTINGS)

    assert (result.folder, result.action_type) == (INBOX, ActionType.FYI_ONLY)
    assert "a publication's issue -> FYI Only" in result.reason
    # The same masthead from a person's mailbox is no publication's.
    person = replace(issue, sender_address="ines@whw.example")
    assert (await HeuristicClassifier().classify(person, settings=SETTINGS)).folder != INBOX


async def test_a_digest_is_a_publications_by_its_name_and_a_tools_report_by_its_subject():
    # "Warehouse Digest" calls itself a publication; the tool "Trackwell" sends its digest of
    # your project from the same kind of mailbox, under its own name.
    body = "Three depots plan their scanner rollout. Is yours ready for the summer stop?"
    publication = replace(
        mail("Warehouse Digest: the scanner rollout season", body, sender="digest@whd.example"),
        sender_name="Warehouse Digest",
    )
    report = replace(
        mail("Trackwell weekly: scanner rollout - 6 open issues", body, sender="digest@tw.example"),
        sender_name="Trackwell",
    )
    classifier = HeuristicClassifier()

    assert (await classifier.classify(publication, settings=SETTINGS)).folder == INBOX
    assert (await classifier.classify(report, settings=SETTINGS)).folder == "Projects/Warehouse"


SALES_AND_ENGINEERING = Settings.model_validate(
    {
        "areas": [
            _area("Sales", "New business: prospects, demos and pricing.", "proposal", "demo"),
            _area("Engineering", "Sprints, releases and architecture.", "sprint"),
        ]
    }
)


async def test_the_word_in_front_of_a_keyword_says_whose_matter_it_is():
    async def folder(subject: str) -> str:
        email = mail(subject, "Draft attached, comments welcome.", sender=COLLEAGUE)
        result = await HeuristicClassifier().classify(email, settings=SALES_AND_ENGINEERING)
        return result.folder

    assert await folder("Architecture proposal: split the reporting service") == (
        "Areas/Engineering"
    )
    assert await folder("Proposal for the Harbour architecture") == "Areas/Sales"


async def test_a_reference_visit_is_a_step_of_a_sale():
    # A prospect's visit to a customer who vouches for the product, in English or Swedish.
    for subject, body in (
        ("Reference visit in March?", "Could someone arrange one for our production manager?"),
        ("Referensbesök i mars?", "Kan ni ordna ett hos en kund innan vi bestämmer oss?"),
    ):
        email = mail(subject, body, sender="sari@newmill.example")
        result = await HeuristicClassifier().classify(email, settings=SALES_AND_ENGINEERING)
        assert result.folder == "Areas/Sales"


async def test_a_senders_organisation_in_front_of_a_keyword_is_no_matter_of_its_own():
    settings = Settings.model_validate(
        {
            "areas": [
                {**_area("People", "Hiring and onboarding.", "interview"),
                 "senders": ["@hirewell.example"]},
                _area("Finance", "Accounting, invoices and banking.", "invoice"),
                _area("Engineering", "Sprints, releases and architecture.", "sprint"),
            ]
        }
    )  # fmt: skip

    async def folder(subject: str) -> str:
        email = mail(subject, "Attached, as agreed.", sender=COLLEAGUE)
        return (await HeuristicClassifier().classify(email, settings=settings)).folder

    # The recruiter's invoice is a bill to pay; the sprint's invoice is the team's work.
    assert await folder("Hirewell invoice 2045-003") == "Areas/Finance"
    assert await folder("Sprint invoice layout") == "Areas/Engineering"


async def test_a_pipeline_beside_deals_is_the_sales_teams():
    settings = Settings.model_validate(
        {
            "areas": [
                _area("Sales", "New business: prospects, demos and pricing.", "proposal"),
                _area("Engineering", "Sprints, releases and the CI.", "sprint", "pipeline"),
            ]
        }
    )

    async def folder(subject: str, body: str) -> str:
        email = mail(subject, body, sender=COLLEAGUE)
        return (await HeuristicClassifier().classify(email, settings=settings)).folder

    assert await folder("Pipeline review", "Four deals moved to proposal this week.") == (
        "Areas/Sales"
    )
    assert await folder("Pipeline this week", "Won: Harbour. Weighted: SEK 11.8M.") == "Areas/Sales"
    assert await folder("Pipeline at risk", "Harbour, close date 31 March.") == "Areas/Sales"
    assert await folder("Weekly pipeline", "Q3 new business: 104 % of target.") == "Areas/Sales"
    assert await folder("Pipeline is red", "The nightly build broke on the new runner.") == (
        "Areas/Engineering"
    )


def _areas(*areas: dict[str, Any]) -> Settings:
    return Settings.model_validate({"areas": list(areas)})


INSURED = _areas(
    _area("Sales", "New business and renewals, pricing.", "renewal"),
    _area("Finance", "Accounting, banking, insurance and invoices.", "invoice"),
)
GRIEVED = _areas(
    _area("Support", "Customers' tickets, complaints and outages.", "complaint"),
    _area("People", "Hiring, leave, grievances and reviews.", "offer letter"),
)
REFERENCED = _areas(
    _area("Sales", "New business, demos and reference customers.", "proposal"),
    _area("People", "Hiring, reference checks and onboarding.", "offer letter"),
)


def _soc2_beside(area: dict[str, Any], description: str, *keywords: str) -> Settings:
    """A SOC 2 project (its description, its keywords) beside one area."""
    soc2 = {"name": "SOC 2", "folder": "Projects/SOC 2", "description": description}
    return Settings.model_validate(
        {"projects": [{**soc2, "keywords": list(keywords)}], "areas": [area]}
    )


AUDITED = _soc2_beside(
    _area("Finance", "Accounting, the annual accounts and banking.", "VAT"),
    "Our SOC 2 attestation: evidence and controls.",
    "auditor",
    "SOC 2",
)
TOOLED = _areas(
    _area("Sales", "New business, renewals and seats.", "seats", "renewal"),
    _area("Engineering", "Sprints, releases and tooling.", "sprint", "release"),
)
SECURED = _areas(
    _area("Support", "Customers' tickets and outages.", "incident"),
    _area("Security", "Our SOC 2 attestation and its controls.", "SOC 2"),
)
REGULATED = _areas(
    _area("Support", "Customers' tickets and outages.", "ticket"),
    _area("Security", "Our SOC 2 attestation and its auditors.", "auditor"),
)
CONTROLLED = _areas(
    _area("Support", "Customers' tickets and outages.", "incident"),
    _area("Security", "Our SOC 2 attestation.", "controls"),
)
OFFERED = _areas(
    _area("Sales", "New business, proposals and pricing.", "quote"),
    _area("People", "Hiring, offers and onboarding.", "interview"),
)
PROPOSED = _areas(
    _area("Sales", "New business, proposals and pricing.", "proposal"),
    _area("People", "Hiring, appraisals and leave.", "interview"),
)
PROCESSED = _soc2_beside(
    _area("Support", "Customers' tickets, incidents and complaints.", "ticket"),
    "Our SOC 2 attestation: evidence and controls.",
    "audit",
    "SOC 2",
)
OFFBOARDED = _soc2_beside(
    _area("People", "Hiring, onboarding and offboarding.", "offboarding"),
    "Our SOC 2 attestation and its controls.",
    "SOC 2",
)
CERTIFIED = _soc2_beside(
    _area("People", "Hiring, interviews and onboarding.", "interview"),
    "Our SOC 2 attestation: evidence and controls.",
    "SOC 2",
)
MIGRATING = Settings.model_validate(
    {
        "projects": [
            {
                "name": "NET 8",
                "folder": "Projects/NET 8",
                "description": "Porting our product to .NET 8 and the customer upgrade plan.",
                "keywords": [".NET 8"],
            },
            {
                "name": "Mill rollout",
                "folder": "Projects/Mill",
                "description": "Rolling out our ERP at the steel mill.",
                "keywords": ["cutover"],
            },
        ],
        "areas": [
            _area("Support", "Customers' tickets and outages.", "ticket"),
            _area("Sales", "New business: prospects, demos and pricing.", "proposal"),
        ],
    }
)
BOARDED = _areas(
    _area("Sales", "New business, prospects and pricing.", "proposal"),
    _area("Finance", "Accounting, board financials and forecasts.", "invoice"),
)
PRICED = Settings.model_validate(
    {
        "projects": [
            {
                "name": "NET 8",
                "folder": "Projects/NET 8",
                "description": "Porting our product to .NET 8.",
                "keywords": [".NET 8"],
            }
        ],
        "areas": [_area("Sales", "New business: prospects and quotes.", "pricing")],
    }
)
FORECAST = _areas(
    _area("Finance", "Accounting, budgets and forecasts.", "forecast"),
    _area("Support", "Customers' tickets and outages.", "outage"),
)
BILLED = _areas(
    _area("Support", "Customers' tickets, faults and outages.", "outage"),
    _area("Finance", "Accounting, invoices and banking.", "invoice"),
)
PAYROLL = _areas(
    _area("Support", "Customers' tickets, faults and outages.", "outage"),
    _area("Finance", "Accounting, payroll and banking.", "payroll"),
)
PAYROLL_SOLD = _areas(
    _area("Sales", "New business, prospects and demos.", "demo"),
    _area("Finance", "Accounting, payroll and banking.", "payroll"),
)
ON_CALL = _areas(
    _area("Engineering", "Sprints, releases, on-call and tooling.", "sprint"),
    _area("People", "Hiring, onboarding, leave and appraisals.", "interview"),
)


@pytest.mark.parametrize(
    ("settings", "subject", "body", "folder"),
    [
        pytest.param(INSURED, "Renewal 2040", "The insurer's offer for our liability cover; the "
                     "invoice follows.", "Areas/Finance", id="an insurer's renewal: a policy"),
        pytest.param(INSURED, "Renewal 2040", "Harbour's subscription offer for 40 seats.",
                     "Areas/Sales", id="a customer's renewal: a sale"),
        pytest.param(INSURED, "Renewal offer for your lease from 2043", "Five more years at "
                     "the same rent, if you sign by June.", INBOX, id="a lease's renewal"),
        pytest.param(GRIEVED, "A complaint received today", "An employee complains of "
                     "harassment by her manager.", "Areas/People", id="a complaint of harassment"),
        pytest.param(GRIEVED, "A complaint received today", "Harbour complains that the "
                     "invoices print blank.", "Areas/Support", id="a customer's complaint"),
        pytest.param(REFERENCED, "Reference for Anders Wik", "I will call you back on Thursday.",
                     "Areas/People", id="a reference for a person"),
        pytest.param(REFERENCED, "A reference for our proposal to the mill", "I will call you "
                     "back on Thursday.", "Areas/Sales", id="a reference for a proposal"),
        pytest.param(AUDITED, "Auditor's report signed", "The annual report is final; the "
                     "auditors signed today.", "Areas/Finance", id="the annual accounts' auditor"),
        pytest.param(AUDITED, "Auditor's report signed", "The auditors signed off the evidence "
                     "for our controls.", "Projects/SOC 2", id="an attestation's auditor"),
        pytest.param(AUDITED, "Auditor visit confirmed", "The auditor is on site 4-6 February "
                     "for the financial year 2040.", "Areas/Finance", id="the financial year's"),
        pytest.param(AUDITED, "Auditor visit confirmed", "The auditor is on site 4-6 February. "
                     "Mats Ahlgren, authorised public accountant", "Areas/Finance",
                     id="a public accountant's audit"),
        pytest.param(PROCESSED, "Notice of audit", "Our data protection officer will audit "
                     "how you process our personal data under the DPA.", "Areas/Support",
                     id="a customer's data protection audit"),
        pytest.param(PROCESSED, "Notice of audit", "The auditors start the fieldwork on our "
                     "controls next week.", "Projects/SOC 2", id="the attestation's audit"),
        pytest.param(OFFBOARDED, "Offboarding evidence for the December leavers", "Logs showing "
                     "their accounts were disabled, for the auditors.", "Projects/SOC 2",
                     id="a leaver's access removed, in evidence"),
        pytest.param(OFFBOARDED, "Offboarding for Karl", "His last day is Friday; the exit "
                     "interview is on Thursday.", "Areas/People", id="a leaver's offboarding"),
        pytest.param(BILLED, "Storm warning", "The power company warns of outages in the city: "
                     "work from home tomorrow.", INBOX, id="a power cut"),
        pytest.param(BILLED, "Outage at Harbour", "Their hosted server is down since the storm.",
                     "Areas/Support", id="a customer's outage"),
        pytest.param(BILLED, "Third failed invoice run this month", "The same outage as last "
                     "week.", "Areas/Support", id="a failed invoice run"),
        pytest.param(BILLED, "Third unpaid invoice this month", "The same outage as last week.",
                     "Areas/Finance", id="an unpaid invoice"),
        pytest.param(BILLED, "Harbour's invoices print blank", "They cannot send a single "
                     "invoice since the update; their ticket says it is a bug in the layout.",
                     "Areas/Support", id="a customer's invoices gone wrong"),
        pytest.param(BILLED, "Harbour's invoices", "Their invoice for the scanners is still "
                     "unpaid; a reminder went out.", "Areas/Finance",
                     id="a supplier's unpaid invoice"),
        pytest.param(BILLED, "Harbour's invoice layout is not correct after the update", "Their "
                     "customers complain; the support case is open.", "Areas/Support",
                     id="a customer's layout gone wrong"),
        pytest.param(TOOLED, "IDE renewal: 14 seats", "The licences run out "
                     "on Friday; the developers need them.", "Areas/Engineering",
                     id="seats of the team's own tools"),
        pytest.param(TOOLED, "10 more seats for the code review tool", "The new starters need "
                     "them on Monday.", "Areas/Engineering", id="seats of a code review tool"),
        pytest.param(TOOLED, "Harbour renewal: 14 seats", "The customer wants "
                     "a proposal by Friday.", "Areas/Sales", id="seats sold to a customer"),
        pytest.param(TOOLED, "Invitation: CEO breakfast, 4 February", "Seats are limited: "
                     "reserve yours today.", INBOX, id="a seat at a breakfast"),
        pytest.param(TOOLED, "Your talk on 19 October", "The main stage, about 400 seats; "
                     "slides by Monday.", INBOX, id="seats at a venue"),
        pytest.param(TOOLED, "Harbour: 10 more seats", "Reserve them today, they say.",
                     "Areas/Sales", id="seats sold"),
        pytest.param(TOOLED, "Press release: names and quotes", "The press release goes out "
                     "Tuesday with two customer quotes.", "Areas/Sales", id="a press release"),
        pytest.param(TOOLED, "9.2.1 is out", "Changelog in the usual place.",
                     "Areas/Engineering", id="a version shipped"),
        pytest.param(REFERENCED, "Elsa's first day", "Photos from her first day at school: "
                     "the class teacher says she did well.", INBOX, id="a child's first day"),
        pytest.param(GRIEVED, "Sports holiday week", "The school is closed for the holiday; "
                     "the after-school centre stays open.", INBOX, id="a school's holiday"),
        pytest.param(GRIEVED, "Holiday requests", "Your holiday requests for the summer, "
                     "please, for the leave planning.", "Areas/People", id="a holiday request"),
        pytest.param(GRIEVED, "The office over the holidays", "Open 27-28 December, the "
                     "heating low.", INBOX, id="the festive season"),
        pytest.param(GRIEVED, "The office between the holidays", "Open 27-28 December, the "
                     "heating low.", INBOX, id="between the holidays"),
        pytest.param(GRIEVED, "The boat leaves at 17:15 sharp", "From Strömkajen, for the "
                     "summer party.", INBOX, id="a boat that leaves"),
        pytest.param(GRIEVED, "Leave from Thursday", "Ines is on parental leave from "
                     "Thursday.", "Areas/People", id="a colleague's leave"),
        pytest.param(REFERENCED, "Our stand at the fair", "The exhibitor pack is here; the "
                     "graduates visit the stands from ten.", "Areas/People", id="a careers fair"),
        pytest.param(REFERENCED, "Our stand at the fair", "The exhibitor pack is here; the "
                     "prospects visit the stands from ten.", "Areas/Sales", id="a trade fair"),
        pytest.param(REFERENCED, "Kunddag: 91 registered", "Your slides by Monday noon, the "
                     "run-through on Wednesday.", "Areas/Sales", id="the company's customer day"),
        pytest.param(REFERENCED, "Tilldelningsbeslut: ERP-upphandling 2046", "Ni har vunnit.",
                     "Areas/Sales", id="a public tender's award"),
        pytest.param(REFERENCED, "Norrskog - projektstart i Härnösand", "Onsdag 10:00.",
                     "Areas/Sales", id="a new customer's project start"),
        pytest.param(REFERENCED, "Tilbud Ledgerline - Vestland AS", "They want 15 % "
                     "rabatt before Friday.", "Areas/Sales", id="a Norwegian quote"),
        pytest.param(REFERENCED, "Your first day", "Your first days: the laptop, the badge and "
                     "lunch with the team.", "Areas/People", id="a new starter's first day"),
        pytest.param(REFERENCED, "Acting team lead while Karl is away", "Ines takes over the "
                     "team for three months; can we agree her terms?", "Areas/People",
                     id="a team lead"),
        pytest.param(SECURED, "Incident response plan v3", "The plan now covers ransomware, "
                     "as the tabletop showed.", "Areas/Security", id="a security incident plan"),
        pytest.param(SECURED, "Incident at Harbour", "Their portal is down since nine; ticket "
                     "4411 has the details.", "Areas/Support", id="a customer's incident"),
        pytest.param(SECURED, "Incident response tabletop - ransomware", "Who decides, who "
                     "calls the police. Phones face down.", "Areas/Security",
                     id="phones face down in a tabletop"),
        pytest.param(SECURED, "Incident at Harbour - tabletop tomorrow cancelled", "Their portal "
                     "went down at nine.", "Areas/Support", id="a service gone down"),
        pytest.param(OFFERED, "Our final offer", "The revised offer keeps the price at 40 "
                     "per seat.", "Areas/Sales", id="an offer at a price"),
        pytest.param(OFFERED, "Our final offer", "The candidate wants the offer before she "
                     "names her start date.", "Areas/People", id="an offer to a candidate"),
        pytest.param(PROPOSED, "Salary review Amir - my proposal", "4 % from January, within "
                     "the budget.", "Areas/People", id="a proposal for a pay rise"),
        pytest.param(BOARDED, "AGM notice and the dividend proposal", "Could somebody draft "
                     "them for the board?", "Areas/Finance", id="a dividend proposal"),
        pytest.param(PROPOSED, "Harbour - my proposal", "15 % discount on the renewal, two "
                     "years.", "Areas/Sales", id="a proposal to a customer"),
        pytest.param(SECURED, "RE: CC7.3 closed after all", "Nothing more for you to do.",
                     "Areas/Security", id="a SOC 2 criterion"),
        pytest.param(SECURED, "RE: 7.3 closed after all", "Nothing more for you to do.", INBOX,
                     id="a section number"),
        pytest.param(CONTROLLED, "Lift B out of service 12-14 May", "Its annual inspection "
                     "and a new control unit.", INBOX, id="a lift's control unit"),
        pytest.param(CONTROLLED, "Lift A out Monday to Wednesday", "It gets a new control "
                     "system; deliveries through the courtyard.", INBOX,
                     id="a lift's control system"),
        pytest.param(CONTROLLED, "Lift B out of service 12-14 May", "Badges stay under the "
                     "access controls.", "Areas/Security", id="access controls"),
        pytest.param(CERTIFIED, "Management interview in July", "Two hours with you and the "
                     "CTO, in the week of the 15th.", "Projects/SOC 2",
                     id="an auditor's management interview"),
        pytest.param(CERTIFIED, "Interview in July", "Two hours with you and the CTO, in the "
                     "week of the 15th.", "Areas/People", id="a candidate's interview"),
        pytest.param(CERTIFIED, "Surveillance audit 9-10 June and your interview", "One hour "
                     "with you on the second day.", "Projects/SOC 2", id="a certifier's interview"),
        pytest.param(FORECAST, "29 degrees on floor 5 tomorrow", "The forecast says it gets "
                     "worse; can we work from home?", INBOX, id="the weather's forecast"),
        pytest.param(FORECAST, "Q3 figures tomorrow", "The forecast says it gets worse; can "
                     "we cut costs?", "Areas/Finance", id="a financial forecast"),
        pytest.param(BILLED, "Invoice module unavailable since 9", "Our clerks wait; please "
                     "call me.", "Areas/Support", id="an invoice module unavailable"),
        pytest.param(MIGRATING, "Wave 3: the final list of 14 customers", "Sent to the "
                     "letters team on Monday.", "Projects/NET 8", id="an upgrade's wave"),
        pytest.param(MIGRATING, "A wave of tickets after Monday", "Sent to the letters team on "
                     "Monday.", "Areas/Support", id="a wave of tickets"),
        pytest.param(MIGRATING, "Fwd: Gotland ferry operator looking for a new ERP", "Their CFO "
                     "would like an introduction.", "Areas/Sales", id="an ERP sought"),
        pytest.param(MIGRATING, "Tender alert: ERP system for a housing company", "Questions "
                     "by 3 October.", "Areas/Sales", id="an ERP in a tender"),
        pytest.param(BOARDED, "Invitation: Customer advisory board, first meeting", "Eight "
                     "customers, four hours.", "Areas/Sales", id="a customer advisory board"),
        pytest.param(BOARDED, "Invitation: Board meeting, first of the year", "Eight "
                     "members, four hours.", "Areas/Finance", id="the company's board"),
        pytest.param(MIGRATING, "Fwd: the ERP at the mill", "Their CFO would like an "
                     "introduction.", "Projects/Mill", id="the ERP rolled out"),
        pytest.param(PRICED, "Pricing service slips a week", "Oskar is ill; the .NET 8 "
                     "port waits.", "Projects/NET 8", id="a pricing service"),
        pytest.param(PRICED, "Pricing for the Malmö office", "Oskar is ill; the .NET 8 port "
                     "waits.", "Areas/Sales", id="a customer's pricing"),
        pytest.param(ON_CALL, "Weekend on-call from 1 October", "Agreed with the "
                     "union in the MBL negotiation; pay as agreed.", "Areas/People",
                     id="on-call negotiated with a union"),
        pytest.param(ON_CALL, "On-call pay from January", "Unionenklubben wants the on-call "
                     "salaries compared with the others'.", INBOX,
                     id="on-call pay raised by the union club is no engineers' matter"),
        pytest.param(ON_CALL, "Weekend on-call from 1 October", "Kim takes the first weekend; "
                     "the rota is in the wiki.", "Areas/Engineering", id="the engineers' on-call"),
        pytest.param(REGULATED, "Day 1 done", "The bank's DORA auditors read our ticket "
                     "log today.", "Areas/Support", id="a bank's DORA auditors"),
        pytest.param(REGULATED, "Day 1 done", "The auditors read our attestation's log today.",
                     "Areas/Security", id="the attestation's auditors"),
        pytest.param(PAYROLL, "Payroll exports late for four customers", "The outage held "
                     "their close jobs all night.", "Areas/Support", id="a payroll export"),
        pytest.param(PAYROLL, "Payroll late for four staff", "The outage held the bank's "
                     "file all night.", "Areas/Finance", id="the company's payroll"),
        pytest.param(PAYROLL_SOLD, "Fw: Mjøsa Maskin asks for Norwegian payroll", "They want a "
                     "demo for 90 users.", "Areas/Sales", id="a country's payroll in the product"),
        pytest.param(PAYROLL_SOLD, "Payroll for our Oslo staff", "The bank file goes on the "
                     "24th.", "Areas/Finance", id="the company's payroll abroad"),
        pytest.param(SALES_AND_ENGINEERING, "Invitation: Sprint 13 demo", "See you there.",
                     "Areas/Engineering", id="a sprint's demo"),
        pytest.param(SALES_AND_ENGINEERING, "Invitation: Harbour demo", "See you there.",
                     "Areas/Sales", id="a prospect's demo"),
    ],
)  # fmt: skip
async def test_a_word_with_two_senses_is_read_by_its_context(settings, subject, body, folder):
    email = mail(subject, body, sender=COLLEAGUE)

    assert (await HeuristicClassifier().classify(email, settings=settings)).folder == folder


@pytest.mark.parametrize(
    ("sender", "folder"),
    [
        # A customer's IT manager on parental leave explains their delay; a colleague's is the
        # people area's, and without the owner's organisation nobody can tell the two apart.
        ("kent@customer.example", INBOX),
        ("ines@ourcompany.example", "Areas/People"),
    ],
)
async def test_parental_leave_is_the_people_areas_only_from_the_owners_organisation(sender, folder):
    body = "Our IT manager is on parental leave until May, so we are short of hands."
    owner = Owner(name="Maya Berg", addresses=frozenset({"maya@ourcompany.example"}))
    email = mail("Can we move the pilot?", body, sender=sender, owner=owner)
    unknown = mail("Can we move the pilot?", body, sender=sender)

    assert (await HeuristicClassifier().classify(email, settings=GRIEVED)).folder == folder
    unknown_folder = (await HeuristicClassifier().classify(unknown, settings=GRIEVED)).folder
    assert unknown_folder == "Areas/People"


@pytest.mark.parametrize(
    ("subject", "body", "folder"),
    [
        ("Your JetBrains subscription renews on 15 October", "Confirm the number of users by "
         "1 October.", "Areas/Engineering"),
        ("Request for information: a finance system for Ystad", "Answers by 30 August, "
         "please.", "Areas/Sales"),
        ("Equity ratio at 30 June", "Close to the covenant; the final figure after the close.",
         "Areas/Finance"),
        ("Safety representative: indoor temperature", "I ask the employer for measures this "
         "week.", "Areas/People"),
        ("Henrik back on Monday", "The occupational health doctor agrees with the rehab "
         "plan.", "Areas/People"),
        ("Lost to Corvent: CRM updated", "Closed it on Friday.", "Areas/Sales"),
        ("Partner agreement, signed from our side", "Here it is, signed by our CEO.",
         "Areas/Sales"),
        ("Bergslagen: what we told IMY", "The data protection authority has our answer.",
         "Areas/Support"),
        ("Ida and Jon: a mediator?", "Both agree to the mediation next week.", "Areas/People"),
        ("MBL minutes of 30 August", "Signed by the club; yours next in the portal.",
         "Areas/People"),
        ("Exit conversation with Kim", "Friday 14:00 in the small room.", "Areas/People"),
        ("Your review form for Ola is due Friday", "Three questions, ten minutes.",
         "Areas/People"),
        ("Review cycle open: 6 manager reviews to write", "Deadline 14 October.", "Areas/People"),
        ("The frame for 2045", "3.0 % as the industry agreement, and the union's three points.",
         "Areas/People"),
        ("Claim 88-1412 registered", "The assessor visits on Tuesday about the water damage.",
         "Areas/Finance"),
        ("Lönesamtal 2045: the timetable", "Your ratings in the system by 3 February.",
         "Areas/People"),
        ("Pay review: the club wants to meet", "Before 10 February, if you can.", "Areas/People"),
        ("Winter break: 14 want the same week off", "Check your coverage by Friday.",
         "Areas/People"),
    ],
)  # fmt: skip
async def test_a_topics_own_words_reach_the_area_that_handles_it(subject, body, folder):
    settings = _areas(
        _area("Sales", "New business, prospects and pricing.", "proposal", "renewal"),
        _area("Engineering", "Sprints, releases and tooling.", "sprint"),
        _area("Finance", "Accounting, invoices and banking.", "invoice"),
        _area("People", "Hiring, onboarding, leave and appraisals.", "interview"),
        _area("Support", "Customers' tickets and outages.", "outage"),
    )
    email = mail(subject, body, sender="team@vendor.example")

    assert (await HeuristicClassifier().classify(email, settings=settings)).folder == folder


async def test_a_leave_request_is_peoples_whatever_its_comment_names():
    settings = _areas(
        _area("Finance", "Accounting, VAT, payroll and banking.", "invoice", "VAT", "payroll"),
        _area("People", "Hiring, onboarding, leave and appraisals.", "interview"),
    )
    comment = "Comment: February's payroll is approved before I go, Petra covers the VAT."
    email = mail("Leave request: Lena, 27 February - 3 March", comment, sender=COLLEAGUE)

    assert (await HeuristicClassifier().classify(email, settings=settings)).folder == (
        "Areas/People"
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your security awareness module is due on 30 June", "Twenty minutes, everyone."),
        ("Phishing test in May: one in six clicked", "Figures by team attached."),
        ("Risk acceptance for the old FTP server", "Two pages, for the risk owner."),
        ("Your laptop - disk encryption check", "It has not reported since 19 December."),
    ],
)
async def test_security_training_encryption_and_risk_papers_are_the_audits(subject, body):
    settings = _areas(
        _area("Engineering", "Sprints, releases, conference and training budgets.", "sprint"),
        _area("Compliance", "Our audit: evidence requests and control fixes.", "auditor"),
    )
    email = mail(subject, body, sender="team@vendor.example")

    assert (await HeuristicClassifier().classify(email, settings=settings)).folder == (
        "Areas/Compliance"
    )


async def test_a_customers_servers_for_the_new_version_are_the_upgrades_matter():
    # "Windows Server" and "SQL Server" are the upgrade plan's words, though no keyword names them.
    email = mail(
        "Windows Server 2019 for the new version - enough?",
        "Our IT asks whether our two hosts will do, or whether we must buy new ones.",
        sender="olle@builder.example",
    )

    assert (await HeuristicClassifier().classify(email, settings=MIGRATING)).folder == (
        "Projects/NET 8"
    )


async def test_a_subject_labelled_with_an_entrys_term_is_that_entrys_matter():
    body = "Thanks for your order of the ticket printer; we hope for no complaints."
    shop = "orders@shop.example"
    assert await folder_of("Receipt: March order", body, shop) == "Areas/Money"
    # Said in passing, the same word weighs less than the body's support words.
    assert await folder_of("Your receipt for the March order", body, shop) == "Areas/Care"


def test_a_label_is_a_few_words_before_a_colon():
    assert label("Receipt: March order") == words("receipt")
    assert label("We moved the meeting to Friday at 10: see you there") is None
    assert label("No colon here") is None


async def test_a_colleague_signing_as_account_manager_writes_about_sales():
    owner = Owner(name="Maya Berg", addresses=frozenset({"maya@ourco.example"}))
    body = "Confirmed with them: 21-22 August, we come three.\n\nKris Bakke\nAccount Manager, Ourco"
    email = replace(
        mail("Kick-off dates", body, sender="kris@ourco.example", owner=owner),
        sender_name="Kris Bakke",
    )
    result = await HeuristicClassifier().classify(email, settings=SALES_AND_ENGINEERING)

    assert result.folder == "Areas/Sales"


@pytest.mark.parametrize(
    "subject",
    [
        "Incoming payment: 4,212,500.00 SEK from HARBOUR LOGISTICS AB",
        "Inbetalning mottagen: 2 418 750,00 SEK från HARBOUR LOGISTICS AB",
    ],
)
async def test_a_banks_notice_of_a_payment_is_the_ledgers_whoever_paid(subject):
    # The payer is the project's client, named in the subject; the money received is Finance's.
    project = {
        "name": "Harbour Portal",
        "folder": "Projects/Harbour",
        "description": "The customer portal for Harbour Logistics.",
        "keywords": ["Harbour"],
    }
    bank = {**_area("Money", "Accounting, payments and the bank.", "invoice")}
    settings = Settings.model_validate(
        {"projects": [project], "areas": [{**bank, "senders": ["@northbank.example"]}]}
    )
    email = mail(
        subject, "Value date 2047-08-14. Reference 40-0815.", sender="noreply@northbank.example"
    )

    assert (await HeuristicClassifier().classify(email, settings=settings)).folder == "Areas/Money"
