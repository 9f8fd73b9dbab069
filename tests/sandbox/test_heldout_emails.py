"""The held-out set: labelled like the golden set, in other voices, and never in the demo."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from core.config.settings import load_settings
from core.vocabulary import ActionType, Priority
from sandbox.graph_emulator import GraphEmulator
from sandbox.labelled_sets import (
    labelled_set,
    load_heldout_emails,
)
from sandbox.sample_mailbox import (
    HISTORY_MESSAGE_ID_PREFIX,
    OWNER_ADDRESS,
    OWNER_NAME,
    SAMPLE_CONFIG,
    SAMPLE_EMAILS,
    SAMPLE_HISTORY,
    load_sample_emails,
)

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = load_heldout_emails()
# Every labelled set's file but the golden one: found by name, so a new set is covered too.
LABELLED_FILES = sorted(
    f for f in (ROOT / "sandbox").glob("*_emails.yaml") if f.name != "sample_emails.yaml"
)


def test_labels_use_the_sample_taxonomy_and_every_label_says_why():
    folders = {*load_settings(SAMPLE_CONFIG).folders(), "Inbox"}

    assert len(HELDOUT) >= 70
    assert {e.expected_folder for e in HELDOUT} == folders
    assert {e.expected_priority for e in HELDOUT} == set(Priority)
    assert {e.expected_action for e in HELDOUT} == set(ActionType)
    assert [e.key for e in HELDOUT if not e.note.strip()] == []
    assert len({e.key for e in HELDOUT}) == len(HELDOUT)


def test_the_mix_is_realistic_rather_than_uniform():
    actions = Counter(e.expected_action for e in HELDOUT).most_common()
    priorities = Counter(e.expected_priority for e in HELDOUT).most_common()

    assert actions[0][0] is ActionType.FYI_ONLY and actions[0][1] >= 3 * actions[-1][1]
    assert priorities[0][0] is Priority.P4 and priorities[-1][0] is Priority.P1


def test_the_voices_differ_from_the_golden_set():
    bodies = [e.body for e in HELDOUT]

    assert sum("Forwarded message" in body for body in bodies) >= 4
    assert sum(body.count("\n>") >= 2 for body in bodies) >= 4  # quoted replies
    assert sum(len(body) < 120 for body in bodies) >= 6  # terse one-liners
    assert sum("no action needed" in body.lower() for body in bodies) >= 4
    assert sum(e.headers.get("Auto-Submitted") == "auto-generated" for e in HELDOUT) >= 8


def test_the_sets_share_no_email():
    assert not {e.key for e in HELDOUT} & {e.key for e in SAMPLE_EMAILS}
    # A held-out reply may carry a golden thread's subject, never its text.
    assert not {e.body for e in HELDOUT} & {e.body for e in SAMPLE_EMAILS}


def test_eval_sets_are_golden_heldout_and_both():
    assert labelled_set("golden") == SAMPLE_EMAILS
    assert labelled_set("heldout") == HELDOUT
    # The whole order of "all" is test_blind_emails.py's; here: golden and held-out lead it.
    assert labelled_set("all")[: len(SAMPLE_EMAILS) + len(HELDOUT)] == SAMPLE_EMAILS + HELDOUT
    with pytest.raises(ValueError, match="unknown labelled set 'training'"):
        labelled_set("training")  # type: ignore[arg-type]


def test_the_demo_mailbox_never_holds_a_heldout_email():
    emu = GraphEmulator()
    emu.seed_sample_mailbox()
    ids = [m.internet_message_id.strip("<") for m in emu.all_messages()]
    # The rest of the mailbox is the owner's unlabelled filed history (`sample_history.yaml`).
    labelled = [i for i in ids if not i.startswith(HISTORY_MESSAGE_ID_PREFIX)]
    assert len(ids) - len(labelled) == len(SAMPLE_HISTORY)
    seeded = {i.split(".")[0] for i in labelled}

    assert seeded == {e.key for e in SAMPLE_EMAILS}
    others = labelled_set("all")[len(SAMPLE_EMAILS) :]
    assert not seeded & {e.key for e in others}
    for module in ("sandbox/sample_mailbox.py", "bot/terminal/demo.py"):
        tree = ast.parse((ROOT / module).read_text())
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        assert "sandbox.labelled_sets" not in imported, module
        assert {f.stem for f in LABELLED_FILES} >= {"heldout_emails", "blind_emails"}
        for labelled_file in LABELLED_FILES:  # every set but the golden one, the demo's own
            assert labelled_file.name not in (ROOT / module).read_text(), module


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- {key: a, subject: s}", "broken.yaml, email 1 (a): the field 'from' is missing"),
        (
            "- {key: b, subject: s, from: '', body: x, hours_ago: 1,"
            " expected: {folder: Inbox, priority: P4 - Low, action: FYI Only}}",
            "broken.yaml, email 1 (b): '' is not 'Name <address>'",
        ),
        (
            "- {key: c, subject: s, from: 'A <a@x.example>', body: x, hours_ago: 1,"
            " expected: {folder: Inbox, priority: P9, action: FYI Only}}",
            "broken.yaml, email 1 (c): 'P9' is not a valid Priority",
        ),
        ("key: d", "broken.yaml: expected a list of emails, found dict"),
        (
            "- {key: e, subject: s, from: 'A <a@x.example>', body: x, hours_ago: 1, to: [],"
            " expected: {folder: Inbox, priority: P4 - Low, action: FYI Only}}",
            "broken.yaml, email 1 (e): 'to' is empty: an email has at least one To recipient",
        ),
        (
            "- {key: f, subject: s, from: 'A <a@x.example>', body: x, hours_ago: 1,"
            " to: ['B <b@x.example>'], also_to: ['C <c@x.example>'],"
            " expected: {folder: Inbox, priority: P4 - Low, action: FYI Only}}",
            "broken.yaml, email 1 (f): give either 'to' (the whole To line) or 'also_to', not both",
        ),
    ],
)
def test_a_bad_labelled_file_names_the_email_and_the_problem(tmp_path, text, problem):
    path = tmp_path / "broken.yaml"
    path.write_text(text)

    with pytest.raises(ValueError) as raised:
        load_sample_emails(path)

    assert str(raised.value) == problem


def test_an_email_names_its_whole_to_line_and_its_cc(tmp_path):
    path = tmp_path / "cc.yaml"
    common = (
        "subject: s, from: 'A <a@x.example>', body: x, hours_ago: 1,"
        " expected: {folder: Inbox, priority: P4 - Low, action: FYI Only}"
    )
    owner = f"{OWNER_NAME} <{OWNER_ADDRESS}>"
    path.write_text(
        f"- {{key: copied, {common}, to: ['B <b@x.example>'], cc: ['{owner}']}}\n"
        f"- {{key: default, {common}, also_to: ['C <c@x.example>']}}\n"
    )

    copied, default = load_sample_emails(path)

    assert copied.to == (("B", "b@x.example"),)
    assert copied.cc == ((OWNER_NAME, OWNER_ADDRESS),)
    assert default.to == ((OWNER_NAME, OWNER_ADDRESS), ("C", "c@x.example"))
    assert default.cc == ()
