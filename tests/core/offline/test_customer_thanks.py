"""A customer's thanks for the help it had files with support, not with the feature it names.

Each email is written for the test; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from core.triage.addressing import Owner
from core.triage.offline import HeuristicClassifier
from core.triage.offline.profiles import profiles
from core.triage.offline.text import words
from core.triage.offline.thanks import CUSTOMER_THANKS, thanked_for_help
from tests.core.offline.test_folder_evidence import _area
from tests.core.offline.test_folder_reading import _areas
from tests.core.offline.test_signals import mail

OWNER = Owner(name="Maya Berg", addresses=frozenset({"maya@ourcompany.example"}))
SUPPORTED = _areas(
    _area("Support", "Customers' tickets, faults and outages.", "outage"),
    _area("Finance", "Accounting, invoices, payroll and VAT.", "invoice"),
)
CUSTOMER = "roger@harbour-energy.example"
THANKS = (
    "Thank you to Hampus",
    "Hampus saved our payroll import last night and stayed until the invoices ran.",
)


async def _folder(subject: str, body: str, sender: str) -> str:
    email = mail(subject, body, sender=sender, owner=OWNER)
    return (await HeuristicClassifier().classify(email, settings=SUPPORTED)).folder


async def test_a_customers_thanks_for_help_files_with_support():
    assert await _folder(*THANKS, sender=CUSTOMER) == "Areas/Support"


@pytest.mark.parametrize(
    ("sender", "why"),
    [
        ("lena@ourcompany.example", "a colleague's thanks"),
        ("roger@gmail.com", "a private mailbox's"),
    ],
)
async def test_thanks_from_a_colleague_or_a_private_mailbox_is_no_customers(sender, why):
    assert await _folder(*THANKS, sender=sender) == "Areas/Finance", why


async def test_thanks_that_name_no_help_are_no_support_matter():
    body = "The payroll import and the invoices ran on time again this month."
    assert await _folder("Thank you", body, sender=CUSTOMER) == "Areas/Finance"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Tack - momsen stämmer nu", "Fakturorna gick ut i morse."),  # the VAT is right now
        ("Tack för snabb fix av momsavrundningen", "Allt fungerar."),
        ("Kiitos - VAT report fine now", "The invoices went out this morning."),
    ],
)
async def test_a_customers_thanks_in_swedish_or_finnish_files_with_support(subject, body):
    assert await _folder(subject, body, sender=CUSTOMER) == "Areas/Support"


def test_the_help_may_be_named_in_the_subject():
    thanks = thanked_for_help(
        profiles(SUPPORTED),
        CUSTOMER,
        words("Invoices out - thank you for the late fix"),
        words("All 212 posted before the month-end."),
        OWNER.addresses,
    )

    assert thanks == {"Areas/Support": (CUSTOMER_THANKS, "a customer's thanks for help ('fix')")}
