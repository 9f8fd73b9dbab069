"""The demo mailbox's filed history: older mail in every project and area folder, unlabelled."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.config.settings import load_settings
from sandbox.graph_emulator import GraphEmulator
from sandbox.labelled_sets import labelled_set
from sandbox.sample_mailbox import (
    INBOX,
    OWNER_ADDRESS,
    SAMPLE_CONFIG,
    SAMPLE_EMAILS,
    SAMPLE_HISTORY,
    load_history,
)

FOLDERS = load_settings(SAMPLE_CONFIG).folders()


def test_the_history_covers_every_project_and_area_folder_with_weeks_old_mail() -> None:
    per_folder = Counter(e.folder for e in SAMPLE_HISTORY)
    assert set(per_folder) == set(FOLDERS)
    assert all(5 <= n <= 8 for n in per_folder.values()), per_folder
    assert all(14 <= e.days_ago <= 56 for e in SAMPLE_HISTORY)
    assert all(e.subject and e.body and "@" in e.sender_address for e in SAMPLE_HISTORY)
    # Real habits: some people write to one folder often, colleagues to several.
    by_sender = Counter((e.sender_address, e.folder) for e in SAMPLE_HISTORY)
    assert sum(n >= 3 for n in by_sender.values()) >= 4
    colleagues = {
        e.sender_address for e in SAMPLE_HISTORY if e.sender_address.endswith("@proseware.com")
    }
    assert any(
        len({e.folder for e in SAMPLE_HISTORY if e.sender_address == c}) >= 3 for c in colleagues
    )


def test_the_history_shares_nothing_with_any_labelled_set() -> None:
    labelled = labelled_set("all")
    subjects = {e.subject.casefold() for e in labelled}
    bodies = {" ".join(e.body.split()).casefold() for e in labelled}
    assert not {e.subject.casefold() for e in SAMPLE_HISTORY} & subjects
    assert not {" ".join(e.body.split()).casefold() for e in SAMPLE_HISTORY} & bodies
    assert len({e.subject for e in SAMPLE_HISTORY}) == len(SAMPLE_HISTORY)


def test_seed_files_the_history_read_in_its_folders_and_leaves_the_inbox_alone() -> None:
    emu = GraphEmulator()
    before = datetime.now(UTC)
    emu.seed_sample_mailbox()

    inbox = emu.messages_in(INBOX)
    assert len(inbox) == sum(e.folder == INBOX for e in SAMPLE_EMAILS)
    history_subjects = {e.subject for e in SAMPLE_HISTORY}
    assert not history_subjects & {m.subject for m in inbox}
    for folder in FOLDERS:
        filed = [m for m in emu.messages_in(folder) if m.subject in history_subjects]
        expected = [e for e in SAMPLE_HISTORY if e.folder == folder]
        assert sorted(m.subject for m in filed) == sorted(e.subject for e in expected), folder
        assert all(m.is_read and m.to == [("Maya Lindqvist", OWNER_ADDRESS)] for m in filed)
        for message, email in zip(
            sorted(filed, key=lambda m: m.subject),
            sorted(expected, key=lambda e: e.subject),
            strict=True,
        ):
            age = before - message.received
            assert timedelta(days=email.days_ago) - age < timedelta(minutes=1)
            assert message.sender_address == email.sender_address
            assert message.body == email.body


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- {folder: Areas/HR, subject: s}", "history.yaml, email 1: the field 'sender_name'"),
        (
            "- {folder: Inbox, sender_name: A, sender_address: a@x.example, subject: s,"
            " body: b, days_ago: 20}",
            "history.yaml, email 1: filed mail belongs in a project or area folder, not Inbox",
        ),
        (
            "- {folder: Areas/HR, sender_name: A, sender_address: a@x.example, subject: s,"
            " body: b, days_ago: soon}",
            "history.yaml, email 1: could not convert string to float",
        ),
        ("folder: Areas/HR", "history.yaml: expected a list of emails, found dict"),
    ],
)
def test_a_broken_history_file_says_which_email_and_what(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "history.yaml"
    path.write_text(text)
    with pytest.raises(ValueError, match="^" + problem.replace("(", r"\(").replace(")", r"\)")):
        load_history(path)


def test_without_the_history_only_the_golden_mail_is_seeded() -> None:
    emu = GraphEmulator()
    emu.seed_sample_mailbox(history=False)

    assert len(emu.all_messages()) == len(SAMPLE_EMAILS)
    assert any(emu.folder_id(f) is None for f in FOLDERS)  # the start-up still creates some
