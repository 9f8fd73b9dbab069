"""Category bootstrap, cleanup, hot-reload sync and derivation against the Graph emulator."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest

from core.categories import (
    FRAMEWORK_NAMES,
    area_category_for_folder,
    bootstrap,
    delete_confirmed,
    email_categories,
    find_orphans,
    missing_categories,
    sync_area_categories,
    task_categories,
)
from core.config.settings import Area, CategoriesConfig, Project, Settings
from core.microsoft.master_categories import CategoryApi
from core.vocabulary import STATE_CATEGORIES_BOOTSTRAPPED, ActionType, Priority

ACTOR = "test:owner"
MASTER = "/me/outlook/masterCategories"

# The README's category table, written out independently of core.categories.
SEED_FRAMEWORK = {
    "P1 - Urgent Important": "preset0",
    "P2 - Important": "preset1",
    "P3 - Urgent Low": "preset7",
    "P4 - Low": "preset14",
    "Needs Reply": "preset3",
    "Waiting For": "preset8",
    "Delegated": "preset5",
    "FYI Only": "preset14",
    "Scheduled": "preset9",
    "Review": "preset2",
}


def make_settings(*areas: Area, framework_colors: dict[str, str] | None = None) -> Settings:
    return Settings(
        projects=(
            Project(name="Tradecore Steel Implementation", folder="Projects/Tradecore Steel"),
        ),
        areas=areas
        or (
            Area(name="Sales & Prospects", folder="Areas/Sales"),
            Area(name="Client Support", folder="Areas/Client Support", color="preset12"),
        ),
        categories=CategoriesConfig(framework_colors=framework_colors or {}),
    )


@pytest.fixture
def api(graph) -> CategoryApi:
    return CategoryApi(graph)


def colours(emulator) -> dict[str, str]:
    return {c["displayName"]: c["color"] for c in emulator.categories}


def patches(emulator) -> list:
    return [r for r in emulator.requests if r.method == "PATCH" and MASTER in r.path]


async def test_bootstrap_on_a_clean_mailbox_creates_framework_and_area_categories(
    emulator, api, store, caplog
):
    with caplog.at_level(logging.INFO, logger="core.categories"):
        report = await bootstrap(api, make_settings(), store, actor=ACTOR)

    assert colours(emulator) == {
        **SEED_FRAMEWORK,
        "Sales & Prospects": "preset10",
        "Client Support": "preset12",
    }
    assert (report.total, len(report.created), report.existed) == (12, 12, ())
    assert report.orphans == () and not report.cleanup
    assert await store.get_state(STATE_CATEGORIES_BOOTSTRAPPED) == "true"
    assert "Bootstrapped 12 categories (12 created, 0 already existed)" in caplog.messages
    assert len(await store.list_actions(action="category.create", limit=50)) == 12
    assert [r.method for r in emulator.requests] == ["GET"] + ["POST"] * 12


async def test_second_bootstrap_creates_nothing_with_exactly_one_request(
    emulator, graph, api, store, caplog
):
    settings = make_settings()
    await bootstrap(api, settings, store, actor=ACTOR)
    emulator.clear_requests()
    sent_before = graph.request_count

    with caplog.at_level(logging.INFO, logger="core.categories"):
        report = await bootstrap(api, settings, store, actor=ACTOR)

    assert graph.request_count - sent_before == 1
    assert [(r.method, r.path) for r in emulator.requests] == [("GET", MASTER)]
    assert report.created == () and len(report.existed) == 12
    assert "Bootstrapped 12 categories (0 created, 12 already existed)" in caplog.messages


async def test_existing_category_keeps_its_colour(emulator, api, store, caplog):
    emulator.add_category("needs reply", "preset4")

    with caplog.at_level(logging.INFO, logger="core.categories"):
        report = await bootstrap(api, make_settings(), store, actor=ACTOR)

    assert colours(emulator)["needs reply"] == "preset4"
    assert "Needs Reply" not in colours(emulator)
    assert report.kept_colors == ("Needs Reply",) and "Needs Reply" in report.existed
    assert patches(emulator) == []
    assert any("kept existing colour" in m for m in caplog.messages)


async def test_framework_colour_override_from_config(emulator, api, store):
    settings = make_settings(framework_colors={"Needs Reply": "preset4"})

    await bootstrap(api, settings, store, actor=ACTOR)

    assert colours(emulator)["Needs Reply"] == "preset4"
    assert colours(emulator)["Waiting For"] == "preset8"


async def test_conflict_on_a_race_counts_as_existing(emulator, api, store):
    # Someone creates "Review" after our list call answered: our snapshot lacks it.
    emulator.add_category("Review", "preset20")
    snapshot: dict[str, list[object]] = {"value": []}
    emulator.inject("GET", r"^/me/outlook/masterCategories$", status=200, body=snapshot)

    report = await bootstrap(api, make_settings(), store, actor=ACTOR)

    assert "Review" in report.existed and "Review" not in report.created
    assert len(report.created) == 11
    assert colours(emulator)["Review"] == "preset20"
    assert [c["displayName"] for c in emulator.categories].count("Review") == 1
    conflict = [r for r in emulator.requests if r.method == "POST" and r.status == 409]
    assert [r.json["displayName"] for r in conflict] == ["Review"]
    assert patches(emulator) == []


async def test_mailbox_with_30_categories_costs_one_list_plus_one_create_per_missing(
    emulator, graph, api, store
):
    for name in ("P1 - Urgent Important", "Waiting For", "FYI Only", "Sales & Prospects"):
        emulator.add_category(name, "preset22")
    for n in range(26):
        emulator.add_category(f"Old label {n}", "preset13")
    emulator.clear_requests()
    sent_before = graph.request_count

    report = await bootstrap(api, make_settings(), store, actor=ACTOR)

    created = len(report.created)
    assert created == 8
    assert graph.request_count - sent_before == 1 + created == len(emulator.requests)
    assert len(report.orphans) == 26
    assert {colours(emulator)[n] for n in ("P1 - Urgent Important", "Sales & Prospects")} == {
        "preset22"
    }


async def test_cleanup_deletes_exactly_the_confirmed_subset(emulator, api, store, caplog):
    for name in ("Old Category 1", "Previous Attempt", "Manual Label"):
        emulator.add_category(name, "preset6")
    settings = make_settings()
    report = await bootstrap(api, settings, store, actor=ACTOR)
    assert sorted(report.orphans) == ["Manual Label", "Old Category 1", "Previous Attempt"]

    with caplog.at_level(logging.INFO, logger="core.categories"):
        deleted = await delete_confirmed(
            api, report.cleanup, ["old category 1", "Manual Label"], store, ACTOR
        )

    assert sorted(deleted) == ["Manual Label", "Old Category 1"]
    remaining = set(colours(emulator))
    assert "Previous Attempt" in remaining
    assert not remaining & {"Old Category 1", "Manual Label"}
    assert remaining >= set(SEED_FRAMEWORK)
    assert "Cleaned up 2 orphaned categories" in caplog.messages
    undo = {
        a.before["displayName"]: a.before["color"]
        for a in await store.list_actions(action="category.delete")
    }
    assert undo == {"Old Category 1": "preset6", "Manual Label": "preset6"}


@pytest.mark.parametrize(
    "confirmed",
    [["Old Category 1", "P1 - Urgent Important"], ["waiting for"], ["Client Support"], ["Nope"]],
)
async def test_cleanup_refuses_managed_or_unplanned_names_and_deletes_nothing(
    emulator, api, store, confirmed
):
    emulator.add_category("Old Category 1", "preset6")
    report = await bootstrap(api, make_settings(), store, actor=ACTOR)
    before = colours(emulator)
    emulator.clear_requests()

    with pytest.raises(ValueError):
        await delete_confirmed(api, report.cleanup, confirmed, store, ACTOR)

    assert colours(emulator) == before
    assert emulator.requests == []


def test_find_orphans_ignores_managed_names_case_insensitively():
    from core.microsoft.todo_models import OutlookCategory

    existing = [
        OutlookCategory(id="1", display_name="p2 - important", color="preset0"),
        OutlookCategory(id="2", display_name="CLIENT SUPPORT", color="preset0"),
        OutlookCategory(id="3", display_name="Tradecore Steel Implementation", color="preset11"),
        OutlookCategory(id="4", display_name="Red category", color="preset0"),
    ]
    plan = find_orphans(existing, make_settings())
    # Projects get no category, so a leftover project category is an orphan too.
    assert plan and plan.names == ("Tradecore Steel Implementation", "Red category")
    missing = {spec.name for spec in missing_categories(existing, make_settings())}
    assert missing == set(SEED_FRAMEWORK) - {"P2 - Important"} | {"Sales & Prospects"}


async def test_hot_reload_creates_only_the_new_area_category(emulator, api, store):
    old = make_settings()
    await bootstrap(api, old, store, actor=ACTOR)
    new = make_settings(*old.areas, Area(name="Development Team", folder="Areas/Dev"))
    emulator.clear_requests()

    created = await sync_area_categories(api, new, store)

    assert created == ["Development Team"]
    assert colours(emulator)["Development Team"] == "preset10"
    assert [(r.method, r.path) for r in emulator.requests] == [("GET", MASTER), ("POST", MASTER)]


async def test_sync_without_areas_makes_no_request(emulator, api, store):
    assert await sync_area_categories(api, Settings(), store) == []
    assert emulator.requests == []


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("Areas/Sales", "Sales & Prospects"),
        ("areas/client support", "Client Support"),
        ("Areas/Sales/Leads", "Sales & Prospects"),
        ("Projects/Tradecore Steel", None),
        ("Inbox", None),
        ("Areas/Unknown", None),
    ],
)
def test_area_category_for_folder(folder, expected):
    assert area_category_for_folder(make_settings(), folder) == expected


@pytest.mark.parametrize(
    ("priority", "action", "area", "email", "task"),
    [
        (
            Priority.P2,
            ActionType.NEEDS_REPLY,
            "Sales & Prospects",
            ["P2 - Important", "Needs Reply", "Sales & Prospects"],
            ["P2 - Important", "Sales & Prospects"],
        ),
        (Priority.P4, ActionType.FYI_ONLY, None, ["P4 - Low", "FYI Only"], ["P4 - Low"]),
        (
            Priority.P1,
            None,
            "Client Support",
            ["P1 - Urgent Important", "Client Support"],
            ["P1 - Urgent Important", "Client Support"],
        ),
    ],
)
def test_email_and_task_categories(priority, action, area, email, task):
    assert email_categories(priority, action, area) == email
    assert task_categories(priority, area) == task


def test_framework_table_matches_the_readme():
    assert set(FRAMEWORK_NAMES) == set(SEED_FRAMEWORK)
    assert {str(p) for p in Priority} | {str(a) for a in ActionType} == set(SEED_FRAMEWORK)


def _strings_in(node: ast.AST, constants: dict[str, str]) -> list[str]:
    found = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            found.append(sub.value)
        elif isinstance(sub, ast.Name) and sub.id in constants:
            found.append(constants[sub.id])
    return found


def master_category_patches(source: str) -> list[int]:
    """Return the lines of calls that combine "PATCH" with a masterCategories path."""
    tree = ast.parse(source)
    constants = {
        target.id: stmt.value.value
        for stmt in tree.body
        if isinstance(stmt, ast.Assign)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
        for target in stmt.targets
        if isinstance(target, ast.Name)
    }
    lines = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        strings = _strings_in(call, constants)
        if any(s.upper() == "PATCH" for s in strings) and any(
            "mastercategories" in s.lower() for s in strings
        ):
            lines.append(call.lineno)
    return lines


def test_patch_detector_finds_a_colour_change():
    source = (
        '_C = "/me/outlook/masterCategories"\n'
        "async def f(g, i):\n"
        '    await g.request("PATCH", f"{_C}/{i}", json={"color": "preset1"})\n'
    )
    assert master_category_patches(source) == [3]


def test_no_code_in_core_patches_a_master_category():
    core = Path(__file__).resolve().parents[2] / "core"
    offenders = [
        f"{path.relative_to(core)}:{line}"
        for path in sorted(core.rglob("*.py"))
        for line in master_category_patches(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"a masterCategories PATCH (colour change) in core/: {offenders}"


@pytest.mark.parametrize("drop", [False, True], ids=["504", "dropped connection"])
async def test_a_category_created_but_unanswered_counts_as_created_once(emulator, api, store, drop):
    emulator.fail_after_applying("POST", MASTER, drop=drop)

    outcome = await api.create("Client Support", "preset12", store=store, actor=ACTOR)

    assert outcome.created and outcome.category.display_name == "Client Support"
    assert colours(emulator) == {"Client Support": "preset12"}
    assert [r.method for r in emulator.requests] == ["POST", "GET"]
    [logged] = await store.list_actions(action="category.create")
    assert logged.target == outcome.category.id and logged.details["confirmed"] is False
