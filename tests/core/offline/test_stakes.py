"""Priority signals of stakes and timing: what presses on the owner soon, and what only informs.

Each case is a short email written for the signal, not one from a labelled set.
"""

from __future__ import annotations

import pytest

from core.triage.offline import stakes
from tests.core.offline.labels import FYI, P2, P4, WF
from tests.core.offline.test_signals import classify, mail

# --- a wait presses only when what is awaited comes back soon -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Thanks. I will send you the signed invoice as soon as our director is back.",
        "We received your invoice and will come back to you in March, after our audit closes.",
        "I will send you the corrected VAT invoice on 14 April once the ledger is reconciled.",
    ],
)
async def test_an_open_ended_or_early_wait_is_low_priority(body):
    result = await classify(mail("Invoice 2211", body, sender="ana@books.example"))

    assert (result.folder, result.action_type, result.priority) == ("Areas/Finance", WF, P4)


@pytest.mark.parametrize(
    "body",
    [
        "We received your invoice and will come back to you on Thursday with the answer.",
        "I will send you the corrected invoice tomorrow morning.",
        "The bank decides after the 20th; I will send you the invoice the day after.",
    ],
)
async def test_a_wait_due_soon_keeps_the_matters_priority(body):
    result = await classify(mail("Invoice 2211", body, sender="ana@books.example"))

    assert (result.folder, result.action_type, result.priority) == ("Areas/Finance", WF, P2)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We will confirm by 14:30.", "'14:30'"),
        ("Expect it next week.", "'next week'"),
        ("Yesterday we met; release 8.5.3 is out.", None),
        ("The draft follows on 6 February.", None),
    ],
)
def test_soon_reads_relative_time_words_but_not_calendar_dates_or_versions(text, found):
    assert stakes.soon(text) == found


# --- an automated report's counts press on nobody ---------------------------------------------


async def test_an_automated_report_with_overdue_counts_stays_low():
    email = mail(
        "Weekly status: Mill rollout - 2 overdue tasks, 1 urgent risk",
        "This report was generated for you by Projectly. Open the dashboard for details.",
        sender="noreply@projectly.example",
    )

    result = await classify(email)

    assert (result.action_type, result.priority) == (FYI, P4)
