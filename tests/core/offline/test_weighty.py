"""Who is affected beyond the office: the company's board, not a job board or a boarding pass.

Each case is a short email written for the signal, not one from a labelled set.
"""

from __future__ import annotations

import pytest

from core.triage.offline import stakes
from tests.core.offline.labels import P2, P4
from tests.core.offline.test_signals import classify, mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Could you check the text before we post it on the job boards?", P4),
        ("Could you check the text before our board sees it?", P2),
    ],
)
async def test_only_the_companys_board_makes_a_request_no_folder_claims_weigh(body, expected):
    result = await classify(mail("Text check", body, sender="jo@stranger.example"))

    assert (result.folder, result.priority) == ("Inbox", expected)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Your boarding pass for flight SK 1420.", None),
        ("One person for the planning board, one for the booking.", None),
        ("The board meets on Thursday.", "'board'"),
        ("It goes into the board pack.", "'board'"),
    ],
)
def test_weighty_reads_the_board_of_directors_only(text, found):
    assert stakes.weighty(text) == found
