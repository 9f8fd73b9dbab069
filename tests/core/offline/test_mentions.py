"""A key contact named in a colleague's terse mail files it where the contact's own mail goes."""

from __future__ import annotations

from core.config.settings import load_settings
from core.triage.addressing import Addressed
from core.triage.offline import HeuristicClassifier, folders
from core.triage.offline.mentions import named_contact
from core.triage.offline.text import words
from sandbox.sample_mailbox import SAMPLE_CONFIG
from tests.core.offline.test_signals import mail

SETTINGS = load_settings(SAMPLE_CONFIG)
COLLEAGUE = "wilma.backlund@proseware.com"


async def classify(email):
    return await HeuristicClassifier().classify(email, settings=SETTINGS)


def contact_named(body: str, sender: str = COLLEAGUE):
    return named_contact(SETTINGS, sender, words(body), lambda a: folders.sender_rule(SETTINGS, a))


async def test_a_terse_ask_about_a_key_contact_goes_to_their_folder():
    result = await classify(mail("quick one", "can u call Jonas before 3? he is upset", COLLEAGUE))
    unnamed = await classify(mail("quick one", "can u call him before 3? he is upset", COLLEAGUE))

    assert result.folder == "Projects/Tradecore Steel"
    assert "names Jonas Berg, whose mail goes to Tradecore Steel" in result.reason
    assert unnamed.folder == "Inbox"


def test_the_name_is_read_from_the_contacts_address():
    assert contact_named("Ellen Marsh asked for the report").entry.folder == "Areas/Client Support"
    assert contact_named("ellen wants the report").entry.folder == "Areas/Client Support"
    # A contact no sender rule files (the board chair) names no folder by name alone.
    assert contact_named("Robert Hale wants the bridge note") is None
    assert contact_named("Jonathan called") is None  # whole names only


def test_mail_from_the_contact_is_their_rule_not_a_mention():
    assert contact_named("Jonas here, call me", sender="jonas.berg@tradecore-steel.example") is None


async def test_another_topic_named_outright_outweighs_a_mention():
    body = "Jonas asked whether the VAT return is filed. Can you approve the payroll too?"

    result = await classify(mail("Quarter close", body, COLLEAGUE))

    assert result.folder == "Areas/Finance"


async def test_a_first_name_in_mail_not_addressed_to_her_is_someone_elses():
    # The school's mentor Jonas, in mail to the class's parents: no client's CIO.
    body = "The term starts on Monday at nine. Welcome!\nAnnika and Jonas, mentors 7B"
    to_a_list = mail("Welcome to year 7", body, "7b@school.example", addressed=Addressed.NEITHER)
    to_her = mail("Welcome to year 7", body, "7b@school.example", addressed=Addressed.TO)
    full_name = mail(
        "Welcome to year 7",
        body.replace("Jonas,", "Jonas Berg,"),
        "7b@school.example",
        addressed=Addressed.NEITHER,
    )

    assert (await classify(to_a_list)).folder == "Inbox"
    assert (await classify(to_her)).folder == "Projects/Tradecore Steel"
    assert (await classify(full_name)).folder == "Projects/Tradecore Steel"
