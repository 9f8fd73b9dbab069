"""Which folder evidence the confidence may trust, and new kinds of folder evidence, on short
emails and decisions written for these tests (none comes from a labelled set)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.config.settings import Settings
from core.triage.addressing import Owner
from core.triage.classification import INBOX, EmailForClassification
from core.triage.offline import HeuristicClassifier
from core.triage.offline.confidence import folder_certainty
from core.triage.offline.folders import Decision, Evidence
from core.triage.offline.outreach import stranger
from tests.core.offline.test_folder_evidence import CONFIG, SETTINGS
from tests.core.offline.test_signals import mail

SURE = 0.85


def _certainty(evidence: Evidence, *, listed: bool = False, stranger: bool = False) -> float:
    decision = Decision(evidence, 0.0, 1)
    return folder_certainty(
        decision, listed=listed, automated=listed, pitch=False, stranger=stranger
    )


def test_words_alone_from_a_stranger_are_never_sure():
    project = SETTINGS.projects[0]
    words = Evidence(project.folder, project, 9.0, topic=9.0, strongest=3.0)
    assert _certainty(words) >= SURE  # a colleague naming the project this often
    assert _certainty(words, stranger=True) < SURE  # anyone can name-drop it


def test_a_known_organisations_list_mail_is_never_sure_of_its_folder():
    area = SETTINGS.areas[1]
    ruled = Evidence(area.folder, area, 6.0, sender=4.0, topic=2.0, strongest=4.0)
    assert _certainty(ruled) >= SURE  # the bank writing to you about your account
    assert _certainty(ruled, listed=True) < SURE  # the bank's newsletter or event


def test_a_stranger_is_an_organisation_no_rule_or_key_contact_names():
    settings = Settings.model_validate(
        {**CONFIG, "key_contacts": [{"email": "chair@board.example", "role": "Board chair"}]}
    )
    assert not stranger("treasurer@board.example", settings)
    assert stranger("sales@widgets.example", settings)


async def test_a_key_contacts_role_names_the_area_of_a_terse_mail():
    chair = {"email": "ada@fundco.example", "role": "Chair of the audit, cash flow committee"}
    settings = Settings.model_validate({**CONFIG, "key_contacts": [chair]})
    email = mail("quick one", "Call me before 9 about the numbers?", sender="ada@fundco.example")
    result = await HeuristicClassifier().classify(email, settings=settings)
    assert result.folder == "Areas/Money"


@pytest.mark.parametrize(
    ("title", "folder"),
    [("CTO", "Areas/Engineering"), ("CHRO", "Areas/People"), ("COO", INBOX)],
)
async def test_a_chief_officers_initials_name_their_department(title, folder):
    # "CTO" is the head of technology and engineering, "CHRO" of people and hiring; a chief
    # operating officer's operations are no area of this taxonomy.
    contact = {"email": "sam@ourco.example", "role": title}
    settings = Settings.model_validate({**CONFIG, "key_contacts": [contact]})
    email = mail("Back at my desk", "Anything I should pick up first?", sender="sam@ourco.example")
    result = await HeuristicClassifier().classify(email, settings=settings)
    assert result.folder == folder


async def test_a_colleagues_signed_title_names_the_area_of_a_terse_mail():
    owner = Owner(name="Maya Berg", addresses=frozenset({"maya@ourco.example"}))
    body = "Sent to Lindesberg this morning, all 212 links.\n\nAmira Haddad\nHead of Support, Ourco"
    signed = replace(mail("The list", body, owner=owner), sender_name="Amira Haddad")
    classifier = HeuristicClassifier()

    async def folder(email: EmailForClassification) -> str:
        return (await classifier.classify(email, settings=SETTINGS)).folder

    assert await folder(replace(signed, sender_address="amira@ourco.example")) == "Areas/Support"
    # A customer's head of support is the customer's: her title names no area of the owner's.
    assert await folder(replace(signed, sender_address="amira@lindesberg.example")) == INBOX
    # An accounting area is no account manager's: an activity is matched as an activity.
    manager = body.replace("Head of Support", "Account Manager")
    colleague = replace(signed, sender_address="amira@ourco.example", body_text=manager)
    assert await folder(colleague) == INBOX


async def test_a_colleagues_list_mail_read_as_a_report_keeps_her_signed_title():
    # List mail naming your work is re-read as a tool's report; who signs it still counts.
    owner = Owner(name="Maya Berg", addresses=frozenset({"maya@ourco.example"}))
    body = "Weekly digest: what moved this week.\n\nAmira Haddad\nCTO, Ourco"
    email = mail(
        "Weekly: sprint 12 and ticket 4471", body, owner=owner, sender="amira@ourco.example"
    )
    digest = replace(email, sender_name="Amira Haddad", list_unsubscribe="<https://l.example/u>")
    result = await HeuristicClassifier().classify(digest, settings=SETTINGS)
    assert result.folder == "Areas/Engineering"
    assert "the sender's role names engineer" in result.reason


async def test_a_machine_mailbox_names_its_topic_a_persons_mailbox_does_not():
    body = "Thanks for riding with Zipcar. Total: 18.40 EUR."
    receipt = mail("Your Friday trip", body, sender="receipts@zipcar.example")
    person = mail("Your Friday trip", "Fun ride! Total silliness.", sender="bill@zipcar.example")
    classifier = HeuristicClassifier()
    assert (await classifier.classify(receipt, settings=SETTINGS)).folder == "Areas/Money"
    assert (await classifier.classify(person, settings=SETTINGS)).folder == INBOX


async def test_list_mail_naming_your_work_is_a_tools_report_unless_it_carries_a_masthead():
    body = "3 invoices are overdue this month. Open the dashboard to see them."
    fields = {"list_unsubscribe": "<https://ledgerbot.example/u>"}
    report = mail("Your invoices this month: 3 overdue", body, **fields)
    issue = mail("Money Matters #41: invoices that get paid", body, **fields)
    classifier = HeuristicClassifier()
    tool = replace(report, sender_name="Ledgerbot", sender_address="digest@ledgerbot.example")
    paper = replace(issue, sender_name="Money Matters", sender_address="hi@moneymatters.example")
    assert (await classifier.classify(tool, settings=SETTINGS)).folder == "Areas/Money"
    assert (await classifier.classify(paper, settings=SETTINGS)).folder == INBOX


async def test_list_mail_from_a_marketing_mailbox_is_no_tools_report():
    body = "Join our round table on getting paid, 14 May, 09:00."
    invite = mail("Invitation: invoices without the pain", body, sender="events@ledgerbot.example")
    invite = replace(invite, list_unsubscribe="<https://ledgerbot.example/u>")
    assert (await HeuristicClassifier().classify(invite, settings=SETTINGS)).folder == INBOX


async def test_list_mail_offering_its_issue_online_is_a_publication_whatever_its_subject():
    body = "This issue: 3 invoices overdue, and how to get paid.\n\nRead online | Unsubscribe"
    issue = mail("Five things to fix before the close", body, sender="news@cfoletter.example")
    issue = replace(issue, list_unsubscribe="<https://cfoletter.example/u>")
    assert (await HeuristicClassifier().classify(issue, settings=SETTINGS)).folder == INBOX


async def test_a_stranger_offering_a_short_walkthrough_with_praise_is_outreach():
    body = "Congratulations on the Harbour portal launch! Can I send a brief walkthrough?"
    email = mail("Harbour portal", body, sender="li@queuely.example")
    assert (await HeuristicClassifier().classify(email, settings=SETTINGS)).folder == INBOX


async def test_an_identifier_joining_a_keywords_words_names_its_project():
    # "Harbour portal" is the project's keyword; the repository is named after it.
    email = mail("harbourportal-api: tests passed on main", "All 212 tests passed.")
    assert (await HeuristicClassifier().classify(email, settings=SETTINGS)).folder == (
        "Projects/Harbour"
    )
