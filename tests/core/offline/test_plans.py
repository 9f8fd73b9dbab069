"""A service's notice about the owner's own plan goes to the area that looks after the tooling.

Every email here is written for these tests, against a small taxonomy of its own.
"""

from __future__ import annotations

import pytest

from core.config.settings import Settings
from core.triage.classification import INBOX
from core.triage.offline import HeuristicClassifier
from tests.core.offline.test_folder_evidence import _area
from tests.core.offline.test_signals import mail

TOOLED = Settings.model_validate(
    {
        "areas": [
            _area("Sales", "New business, renewals and seats.", "seats", "renewal"),
            _area("Engineering", "Sprints, releases and tooling.", "sprint"),
            _area("Finance", "Accounting, invoices and banking.", "invoice"),
        ]
    }
)
UNTOOLED = Settings.model_validate(
    {
        "areas": [
            _area("Sales", "New business, renewals and seats.", "seats", "renewal"),
            _area("Finance", "Accounting, invoices and banking.", "invoice"),
        ]
    }
)


async def folder_of(subject: str, settings: Settings = TOOLED, sender="billing@vendor.example"):
    email = mail(subject, "Manage your plan: https://vendor.example/billing", sender=sender)
    return (await HeuristicClassifier().classify(email, settings=settings)).folder


@pytest.mark.parametrize(
    "subject",
    [
        "Your CodeHub Team plan renews on 2 April",
        "Your organization proseware has used 50 of 50 seats",
        "You've used 90% of your included build minutes",
        "Your Codelens Pro trial ends on 10 May",
        "Your subscription could not be renewed: payment method expired",
    ],
)
async def test_a_notice_about_the_owners_own_plan_is_the_toolings(subject):
    assert await folder_of(subject) == "Areas/Engineering"


async def test_a_bill_for_the_plan_stays_a_bill_and_a_training_plan_is_no_tool():
    assert await folder_of("Invoice 2044-118 for your Team plan") == "Areas/Finance"
    marathon = await folder_of("Week 9 of 16: your marathon plan", sender="noreply@run.example")
    assert marathon == INBOX


async def test_without_an_area_for_tooling_the_notice_is_read_as_before():
    seats = "Your organization proseware has used 50 of 50 seats"

    assert await folder_of(seats, UNTOOLED) == "Areas/Sales"


@pytest.mark.parametrize(
    "subject",
    [
        "Receipt for your Meetwise Business renewal (annual)",
        "Your Teamloop receipt - September, 48 seats",
        "Kvitto 2047-03: 12 seats, Business",
    ],
)
async def test_a_services_bill_is_the_invoices_area_whatever_else_its_subject_names(subject):
    assert await folder_of(subject, UNTOOLED) == "Areas/Finance"


@pytest.mark.parametrize(
    "subject",
    ["Your renewal request - confirmation of receipt", "Receipt confirmation: renewal notice"],
)
async def test_a_confirmation_of_receipt_is_no_bill(subject):
    assert await folder_of(subject, UNTOOLED) == "Areas/Sales"


@pytest.mark.parametrize(
    "subject",
    [
        "Expense report to approve: Sam Berg, sprint review in Oslo (9 740 SEK)",
        "Expenses to approve: 3 reports (sprint offsite, customer dinner, conference)",
    ],
)
async def test_an_expense_tools_claim_is_the_invoices_area_whatever_trip_it_paid(subject):
    # The tool writes from the owner's own domain and marks its mail auto-generated; the trip's
    # "sprint" is no engineering matter of the mail.
    claim = mail(
        subject,
        "Expense report ER-2048-0388 is waiting for your approval. Purpose: sprint review.",
        sender="expenses@ourcompany.example",
        auto_submitted="auto-generated",
    )

    assert (await HeuristicClassifier().classify(claim, settings=TOOLED)).folder == (
        "Areas/Finance"
    )
