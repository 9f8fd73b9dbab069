"""A tool a sender rule names by one address: its other mailboxes' reports are the same tool's.

Every email here is written for these tests, against a small taxonomy of its own.
"""

from __future__ import annotations

from dataclasses import replace

from core.config.settings import Settings
from core.triage.classification import INBOX
from core.triage.offline import HeuristicClassifier
from tests.core.offline.test_folder_evidence import _area
from tests.core.offline.test_signals import mail

AUDIT = {
    "name": "Audit",
    "folder": "Projects/Audit",
    "description": "Our attestation: evidence requests and control fixes.",
    "keywords": ["controls", "audit"],
    "senders": ["alerts@checkly.example", "ada@gmail.com"],
}
SETTINGS = Settings.model_validate(
    {"projects": [AUDIT], "areas": [_area("Finance", "Accounting and invoices.", "invoice")]}
)
DIGEST = "weekly digest: 118 of 123 controls passing"
BODY = (
    "Controls passing: 118 of 123. Newly failing: HR-07.\n\nView dashboard: https://checkly.example"
)


async def folder_of(sender: str, name: str) -> str:
    # The subject starts with the sender's name, as a newsletter's masthead does.
    email = mail(f"{name} {DIGEST}", BODY, sender=sender, list_unsubscribe="<https://x.example/u>")
    email = replace(email, sender_name=name)
    return (await HeuristicClassifier().classify(email, settings=SETTINGS)).folder


async def test_a_digest_from_another_mailbox_of_a_tool_a_rule_names_is_its_report():
    assert await folder_of("noreply@checkly.example", "Checkly") == "Projects/Audit"


async def test_the_same_digest_from_an_unknown_tool_or_a_mail_service_stays_a_newsletter():
    assert await folder_of("noreply@otherly.example", "Otherly") == INBOX
    assert await folder_of("news@gmail.com", "Newsly") == INBOX
