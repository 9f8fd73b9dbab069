"""Whether the owner was addressed, copied, or reached another way, from the To and Cc lines."""

from __future__ import annotations

import pytest

from core.microsoft.graph_models import User
from core.store.records import RECIPIENTS_KEPT, Recipients
from core.triage.addressing import Addressed, Owner, addressed

MAYA = ("Maya Lindqvist", "maya@proseware.com")
OSKAR = ("Oskar Nilsson", "oskar@proseware.com")
TOBIAS = ("Tobias Berg", "tobias@proseware.com")
OWNER = Owner.of(
    User(id="1", displayName="Maya  Lindqvist", mail="Maya@Proseware.com", userPrincipalName=None)
)


def test_the_owner_comes_from_her_profile():
    assert OWNER.name == "Maya Lindqvist" and OWNER.first_name == "Maya"
    assert OWNER.addresses == frozenset({"maya@proseware.com"})
    assert Owner.of(User(id="2")).first_name == ""


@pytest.mark.parametrize(
    ("to", "cc", "expected"),
    [
        ([MAYA], [], Addressed.ALONE),
        ([OSKAR, MAYA], [TOBIAS], Addressed.TO),
        ([OSKAR], [TOBIAS, MAYA], Addressed.CC),
        ([("Leadership", "leadership@proseware.com")], [], Addressed.NEITHER),
        # An alias her profile does not list still carries her display name.
        ([OSKAR], [("maya lindqvist", "m.lindqvist@proseware.com")], Addressed.CC),
        ([("", "MAYA@proseware.com")], [], Addressed.ALONE),
    ],
)
def test_the_lines_say_how_she_was_addressed(to, cc, expected):
    assert addressed(Recipients.kept(to, cc), OWNER) is expected


def test_what_cannot_be_told_is_none_rather_than_neither():
    assert addressed(None, OWNER) is None  # stored before the lines were kept
    assert addressed(Recipients.kept([MAYA], []), None) is None  # the profile was not read
    assert addressed(Recipients(), OWNER) is None  # Graph sent both lines empty
    crowd = [(f"P{i}", f"p{i}@example.com") for i in range(RECIPIENTS_KEPT + 5)]
    cut = Recipients.kept([*crowd, MAYA], [])
    assert cut.more == 6 and len(cut.to) == RECIPIENTS_KEPT
    assert addressed(cut, OWNER) is None  # she may be among those not kept
