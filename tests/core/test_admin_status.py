"""Adding a project or area end to end, and the status report, against the emulator."""

from __future__ import annotations

import asyncio

import pytest

from core.admin import add_project_or_area
from core.config.settings import load_settings
from core.errors import ConfigError
from core.runtime import Runtime
from core.status import gather_status


@pytest.fixture
def runtime(owner_runtime: Runtime) -> Runtime:
    return owner_runtime


async def test_adding_an_area_writes_config_creates_folder_and_category(runtime, emulator):
    result = await add_project_or_area(
        runtime,
        "area",
        name="Client Support",
        folder="Areas/Client Support",
        keywords=["ticket", "SLA"],
        senders=["@proseware-support.example"],
        actor="owner",
    )

    assert result.folder_created and result.category_created
    assert emulator.folder_id("Areas/Client Support") is not None
    assert "Client Support" in {c["displayName"] for c in emulator.categories}
    text = runtime.config_path.read_text()
    assert text.startswith("# The owner's taxonomy (this comment must survive)")
    assert "Client Support" in text and "SLA" in text
    assert "Areas/Client Support" in runtime.settings.folders()
    logged = {a.action for a in await runtime.store.list_actions()}
    assert {"config.area.add", "mail.folder.create", "category.create"} <= logged


async def test_adding_a_project_creates_its_folder_but_no_category(runtime, emulator):
    emulator.add_folder("Projects/SOC 2")

    result = await add_project_or_area(
        runtime, "project", name="SOC 2 Compliance", folder="Projects/SOC 2", actor="owner"
    )

    assert result.category is None and not result.folder_created
    assert "SOC 2 Compliance" not in {c["displayName"] for c in emulator.categories}
    assert runtime.settings.projects[-1].name == "SOC 2 Compliance"


@pytest.mark.parametrize(
    ("name", "folder", "message"),
    [
        ("Finance", "Areas/Money", "Finance"),
        ("Ops", "Areas/../etc", "folder"),
        ("", "Areas/Empty", "name"),
    ],
)
async def test_an_invalid_or_duplicate_entry_changes_nothing(
    runtime, emulator, name, folder, message
):
    before = runtime.config_path.read_text()
    requests_before = len([r for r in emulator.requests if r.method != "GET"])

    with pytest.raises(ConfigError, match=message):
        await add_project_or_area(runtime, "area", name=name, folder=folder, actor="owner")

    assert runtime.config_path.read_text() == before
    assert len([r for r in emulator.requests if r.method != "GET"]) == requests_before


async def test_status_counts_suggestions_and_reports_the_last_sync_and_cost(runtime, emulator):
    emulator.add_message(subject="Invoice 42", sender_name="A", sender_address="a@x.example")
    emulator.add_message(subject="Hello", sender_name="B", sender_address="b@x.example")
    await runtime.first_start()
    await runtime.triage.refresh()
    [first, _] = await runtime.triage.list_pending()
    await runtime.triage.dismiss(first.suggestion_id, actor="owner")

    status = await gather_status(runtime)

    assert (status.pending, status.dismissed, status.failed) == (1, 1, 0)
    assert status.last_sync is not None
    assert status.todo_enabled is True
    assert status.today.count == 2 and status.today.by_source == {"heuristic": 2}
    assert status.classifier == "heuristic (no API key)"
    assert status.account is None  # a static token has no account


async def test_many_adds_at_once_all_reach_config_yaml(runtime, emulator):
    names = [f"Client {n}" for n in range(8)]

    results = await asyncio.gather(
        *(
            add_project_or_area(runtime, "area", name=name, folder=f"Areas/{name}", actor="owner")
            for name in names
        )
    )

    assert [r.name for r in results] == names
    on_disk = {a.name for a in load_settings(runtime.config_path).areas}
    assert set(names) <= on_disk
    assert set(names) <= {a.name for a in runtime.settings.areas}
    assert all(emulator.folder_id(f"Areas/{name}") is not None for name in names)
