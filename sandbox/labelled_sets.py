"""The labelled sets `eval --set` measures a classifier on: golden, held-out, the blind ones or all.

The golden set is the demo mailbox (`sample_emails.yaml`); the offline classifier's rules are
designed on it. The held-out set (`heldout_emails.yaml`) is written in other voices for the same
sample taxonomy and labelling policy; it was first only measured on, and is now used in
development too. The blind set (`blind_emails.yaml`) was written and labelled without seeing the
classifier; after two unseen measurements it was used in tuning too. The second blind set
(`blind2_emails.yaml`) was written the same way, fresh, once the first three were all used in
tuning. The fourth blind set (`blind4_emails.yaml`) was written the same way, fresh and from the
labelling policy alone, with more non-native, formal and forwarded mail, senders whose domain
belongs to another folder than their topic, and colleagues who name no keyword; it and blind2
say how the classifier does on mail nobody tuned it for. All are read
here, on demand, and nothing that seeds a mailbox (the demo, `sandbox.sample_mailbox.seed`)
imports this module. The set names import nothing else, so the CLI can offer them without
reading any file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from sandbox.sample_mailbox import SampleEmail

HELDOUT_EMAILS_FILE = Path(__file__).with_name("heldout_emails.yaml")
BLIND_EMAILS_FILE = Path(__file__).with_name("blind_emails.yaml")
BLIND2_EMAILS_FILE = Path(__file__).with_name("blind2_emails.yaml")
BLIND4_EMAILS_FILE = Path(__file__).with_name("blind4_emails.yaml")

LabelledSetName = Literal["golden", "heldout", "blind", "blind2", "blind4", "all"]
LABELLED_SET_NAMES: tuple[LabelledSetName, ...] = get_args(LabelledSetName)


def load_heldout_emails() -> tuple[SampleEmail, ...]:
    """Read the held-out set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(HELDOUT_EMAILS_FILE)


def load_blind_emails() -> tuple[SampleEmail, ...]:
    """Read the blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND_EMAILS_FILE)


def load_blind2_emails() -> tuple[SampleEmail, ...]:
    """Read the second blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND2_EMAILS_FILE)


def load_blind4_emails() -> tuple[SampleEmail, ...]:
    """Read the fourth blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND4_EMAILS_FILE)


def labelled_set(name: LabelledSetName) -> tuple[SampleEmail, ...]:
    """Return the emails of set `name`: golden, held-out, blind, blind2, blind4, or all in order."""
    from sandbox.sample_mailbox import SAMPLE_EMAILS

    if name == "golden":
        return SAMPLE_EMAILS
    if name == "heldout":
        return load_heldout_emails()
    if name == "blind":
        return load_blind_emails()
    if name == "blind2":
        return load_blind2_emails()
    if name == "blind4":
        return load_blind4_emails()
    if name == "all":
        return (
            SAMPLE_EMAILS
            + load_heldout_emails()
            + load_blind_emails()
            + load_blind2_emails()
            + load_blind4_emails()
        )
    raise ValueError(f"unknown labelled set {name!r}: use one of {', '.join(LABELLED_SET_NAMES)}")
