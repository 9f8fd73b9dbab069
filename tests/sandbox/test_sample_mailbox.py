"""The demo mailbox and its config agree with each other and cover what triage must handle."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ruamel.yaml import YAML

from core.config.settings import load_settings
from core.vocabulary import ActionType, Priority
from sandbox.graph_emulator import GraphEmulator
from sandbox.sample_mailbox import (
    PREEXISTING_CATEGORIES,
    SAMPLE_CONFIG,
    SAMPLE_EMAILS,
    SAMPLE_HISTORY,
)
from tests.sandbox.helpers import Http


def _config() -> dict[str, Any]:
    return YAML(typ="safe").load(SAMPLE_CONFIG.read_text())


def _taxonomy_folders() -> set[str]:
    config = _config()
    return {entry["folder"] for entry in [*config["projects"], *config["areas"]]}


def test_labels_use_the_sample_taxonomy_and_cover_it() -> None:
    folders = _taxonomy_folders()
    config = _config()
    assert 3 <= len(config["projects"]) <= 4 and 4 <= len(config["areas"]) <= 5
    expected = Counter(email.expected_folder for email in SAMPLE_EMAILS)
    assert set(expected) == folders | {"Inbox"}
    assert {e.expected_priority for e in SAMPLE_EMAILS} == set(Priority)
    assert {e.expected_action for e in SAMPLE_EMAILS} == set(ActionType)
    assert 60 <= len(SAMPLE_EMAILS) <= 80
    assert len({e.key for e in SAMPLE_EMAILS}) == len(SAMPLE_EMAILS)


def test_seeded_mailbox_shape() -> None:
    emu = GraphEmulator()
    emu.seed_sample_mailbox()
    folders = _taxonomy_folders()
    # The owner has filed mail in every project and area folder, so all of them exist.
    assert all(emu.folder_id(f) is not None for f in folders)
    total = sum(len(emu.messages_in(f)) for f in ["Inbox", *folders])
    assert total == len(SAMPLE_EMAILS) + len(SAMPLE_HISTORY)

    names = {c["displayName"]: c["color"] for c in emu.categories}
    framework = {p.value for p in Priority} | {a.value for a in ActionType}
    areas = {a["name"] for a in _config()["areas"]}
    orphans = set(names) - framework - areas
    assert len(orphans) >= 2
    assert names["Needs Reply"] != "preset0"
    assert set(names) & areas
    assert len(names) == len(PREEXISTING_CATEGORIES)

    inbox = emu.messages_in("Inbox")
    threads = Counter(m.conversation_id for m in inbox)
    threaded = [m for m in inbox if threads[m.conversation_id] > 1]
    assert len(threaded) >= 6 and any(m.subject.startswith("RE:") for m in threaded)
    assert sum("List-Unsubscribe" in m.headers for m in inbox) >= 2
    assert any(
        "ignore all previous instructions" in " ".join(m.body.lower().split()) for m in inbox
    )
    assert any(m.categories for m in inbox)


async def test_seeded_inbox_over_http(http: Http, emu: GraphEmulator) -> None:
    emu.seed_sample_mailbox()
    select = "subject,from,internetMessageHeaders,conversationId"
    reply = await http.get(
        "/me/mailFolders/inbox/messages/delta",
        params={"$select": select},
        headers={"Prefer": "odata.maxpagesize=100"},
    )
    items = reply.body["value"]
    assert len(items) == len(emu.messages_in("Inbox"))
    newsletter = next(i for i in items if i["subject"].startswith("SaaS Weekly"))
    header_names = {h["name"] for h in newsletter["internetMessageHeaders"]}
    assert {"List-Unsubscribe", "Message-ID", "From"} <= header_names
    me = await http.get("/me")
    assert me.body["mail"] == "maya@proseware.com"


async def test_recipients_come_over_http_as_graph_sends_them(
    http: Http, emu: GraphEmulator
) -> None:
    emu.add_message(
        subject="Minutes",
        sender_name="Tobias Berg",
        sender_address="tobias@proseware.com",
        to=[("Oskar Nilsson", "oskar@proseware.com")],
        cc=[("Maya Lindqvist", "maya@proseware.com")],
    )
    reply = await http.get(
        "/me/mailFolders/inbox/messages",
        params={"$select": "toRecipients,ccRecipients,internetMessageHeaders"},
    )
    (item,) = reply.body["value"]
    assert item["toRecipients"] == [
        {"emailAddress": {"name": "Oskar Nilsson", "address": "oskar@proseware.com"}}
    ]
    assert item["ccRecipients"] == [
        {"emailAddress": {"name": "Maya Lindqvist", "address": "maya@proseware.com"}}
    ]
    headers = {h["name"]: h["value"] for h in item["internetMessageHeaders"]}
    assert headers["Cc"] == "Maya Lindqvist <maya@proseware.com>"


def test_sample_config_loads_with_the_real_loader() -> None:
    settings = load_settings(SAMPLE_CONFIG)
    assert settings.integrations.todo.enabled is True
    assert {p.folder for p in settings.projects} | {a.folder for a in settings.areas} == (
        _taxonomy_folders()
    )
