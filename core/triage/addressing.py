"""Whether the owner was addressed, copied, or reached another way: read from the To and Cc lines.

Mail that asks the owner to act names her in To; mail that asks someone else names them in To and
copies her so she knows. Mail to a distribution list or a Bcc names her on neither line. The
classifiers weigh this beside the text: a body that greets the owner by name still asks her,
whatever line she is on. Aliases the profile does not list are matched by display name.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.microsoft.graph_models import User
from core.store.records import Recipients

ADDRESSED_DETAILS_KEY = "addressed"
"""Where a suggestion's details keep how its email reached the owner, for the card."""


class Addressed(StrEnum):
    """How an email reached its owner."""

    ALONE = "alone"  # the only To recipient
    TO = "to"  # one of several To recipients
    CC = "cc"  # in Cc, not in To
    NEITHER = "neither"  # on neither line: a distribution list, a Bcc, a forwarding rule


@dataclass(frozen=True)
class Owner:
    """The mailbox's owner: her name and the addresses her profile gives."""

    name: str
    addresses: frozenset[str]

    @classmethod
    def of(cls, user: User) -> Owner:
        """Return the owner described by a Graph profile."""
        found = (user.mail, user.user_principal_name)
        return cls(
            name=" ".join((user.display_name or "").split()),
            addresses=frozenset(a.strip().lower() for a in found if a and a.strip()),
        )

    @property
    def first_name(self) -> str:
        """Return the name mail greets her by ("Maya" of "Maya Lindqvist"), or ""."""
        return first_name(self.name)

    def matches(self, recipient: tuple[str, str]) -> bool:
        """Tell whether a (name, address) recipient is the owner."""
        name, address = recipient
        if address.strip().lower() in self.addresses:
            return True
        return bool(self.name) and " ".join(name.split()).casefold() == self.name.casefold()


def first_name(name: str) -> str:
    """Return the first word of a display name ("Maya" of "Maya Lindqvist"), or ""."""
    parts = name.split()
    return parts[0] if parts else ""


def addressed(recipients: Recipients | None, owner: Owner | None) -> Addressed | None:
    """Return how the owner was addressed; None when it cannot be told (lines not known, or
    cut short before the owner could be found)."""
    if recipients is None or owner is None or not (recipients.to or recipients.cc):
        return None
    if any(owner.matches(r) for r in recipients.to):
        return Addressed.ALONE if len(recipients.to) == 1 else Addressed.TO
    if any(owner.matches(r) for r in recipients.cc):
        return Addressed.CC
    return None if recipients.more else Addressed.NEITHER
