"""A wait whose promise only prepares the owner's choice is an early step, P4.

Each case is a short email written for the signal, not one from a labelled set.
"""

from __future__ import annotations

import pytest

from core.triage.offline import stakes
from core.triage.offline.text import sentences
from tests.core.offline.labels import P2, P4, WF
from tests.core.offline.test_signals import classify, mail


@pytest.mark.parametrize(
    "body",
    [
        # What comes back only prepares a choice the owner has yet to make.
        "Thanks for the call. I will send you two quotes for the new printers on Monday.",
        "We will send you the cost comparison of both banks by Friday, then you can choose.",
        "I will send you the CVs of three accountants tomorrow.",
        # The promise waits on a condition, whatever time it names.
        "The tax office has the file. I will send you the invoice as soon as they approve, "
        "usually next Monday.",
        "I will check the invoice with our director and come back to you on Friday if we "
        "need anything else.",
    ],
)
async def test_an_early_or_conditional_promise_is_a_p4_wait_even_with_a_near_time(body):
    result = await classify(mail("Invoice handling", body, sender="ana@books.example"))

    assert (result.folder, result.action_type, result.priority) == ("Areas/Finance", WF, P4)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the call. I will send you the signed invoice on Monday.",
        "I will send you the signed invoice on Monday, and we can talk after if you like.",
        "We will confirm the payment of the invoice by Friday.",
    ],
)
async def test_a_promise_of_an_outcome_soon_keeps_the_matters_priority(body):
    result = await classify(mail("Invoice handling", body, sender="ana@books.example"))

    assert (result.folder, result.action_type, result.priority) == ("Areas/Finance", WF, P2)


def test_conditional_reads_only_promised_sentences():
    assert stakes.conditional(sentences("If it rains we stay. We will send it Monday.")) is None
    assert stakes.conditional(sentences("We will send it as soon as we can.")) == "'as soon as'"


def test_preliminary_reads_only_promised_sentences():
    assert stakes.preliminary(sentences("The quote was fine. We will send the order.")) is None
    assert stakes.preliminary(sentences("We will send the quote.")) == "'quote' promised"
