"""Mail folders (listing, filters, ErrorFolderExists) and master categories over HTTP."""

from __future__ import annotations

import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import Http


async def test_top_level_listing_pages_and_hides_hidden(emu: GraphEmulator, http: Http) -> None:
    for name in ("Projects", "Areas", "Receipts", "Travel", "Falcon"):
        emu.add_folder(name)
    emu.add_folder("Secret", hidden=True)
    emu.add_folder("Projects/Tradecore")

    first = await http.get("/me/mailFolders")
    assert len(first.body["value"]) == 10
    rest = await http.get(first.body["@odata.nextLink"])
    names = [f["displayName"] for f in first.body["value"] + rest.body["value"]]
    assert len(names) == 11 and "Secret" not in names and "Tradecore" not in names

    hidden = await http.get(
        "/me/mailFolders", params={"includeHiddenFolders": "true", "$top": "50"}
    )
    assert "Secret" in [f["displayName"] for f in hidden.body["value"]]

    projects = await http.get("/me/mailFolders", params={"$filter": "displayName eq 'projects'"})
    (folder,) = projects.body["value"]
    assert folder["childFolderCount"] == 1
    children = await http.get(f"/me/mailFolders/{folder['id']}/childFolders")
    assert [f["displayName"] for f in children.body["value"]] == ["Tradecore"]


async def test_filter_escapes_quotes(emu: GraphEmulator, http: Http) -> None:
    emu.add_folder("Maya's Stuff")
    reply = await http.get("/me/mailFolders", params={"$filter": "displayName eq 'Maya''s Stuff'"})
    assert [f["displayName"] for f in reply.body["value"]] == ["Maya's Stuff"]


async def test_well_known_folder_by_name(emu: GraphEmulator, http: Http) -> None:
    inbox = await http.get("/me/mailFolders/inbox")
    assert inbox.body["id"] == emu.folder_id("Inbox")
    assert inbox.body["displayName"] == "Inbox"
    assert (await http.get("/me/mailFolders/AAMkNope")).code == "ErrorItemNotFound"
    deleted = await http.get("/me/mailFolders/deleteditems")
    assert deleted.body["displayName"] == "Deleted Items"
    assert emu.folder_id("deleteditems") == emu.folder_id("Deleted Items") == deleted.body["id"]
    assert emu.folder_id("Projects/Missing") is None


@pytest.mark.parametrize("status", [400, 409])
async def test_duplicate_folder_is_error_folder_exists(
    emu: GraphEmulator, http: Http, status: int
) -> None:
    emu.folder_exists_status = status
    created = await http.post("/me/mailFolders", {"displayName": "Projects"})
    assert created.status == 201
    child = await http.post(
        f"/me/mailFolders/{created.body['id']}/childFolders", {"displayName": "SOC 2"}
    )
    assert child.status == 201 and child.body["parentFolderId"] == created.body["id"]
    assert emu.folder_path(child.body["id"]) == "Projects/SOC 2"

    emu.add_folder("Archive2", hidden=True)
    for parent, name in [
        ("", "PROJECTS"),
        (f"/{created.body['id']}/childFolders", "soc 2"),
        ("", "Archive2"),
    ]:
        path = f"/me/mailFolders{parent}" if parent else "/me/mailFolders"
        dup = await http.post(path, {"displayName": name})
        assert (dup.status, dup.code) == (status, "ErrorFolderExists"), name


@pytest.mark.invalid_graph_bodies("an unknown colour is refused")
async def test_category_lifecycle_and_rules(emu: GraphEmulator, http: Http) -> None:
    created = await http.post(
        "/me/outlook/masterCategories", {"displayName": "Needs Reply", "color": "preset9"}
    )
    assert created.status == 201
    assert emu.categories == [
        {"id": created.body["id"], "displayName": "Needs Reply", "color": "preset9"}
    ]

    dup = await http.post("/me/outlook/masterCategories", {"displayName": "needs reply"})
    assert dup.status == 409 and "already exists" in dup.body["error"]["message"]
    bad_color = await http.post(
        "/me/outlook/masterCategories", {"displayName": "Other", "color": "preset30"}
    )
    assert bad_color.status == 400
    assert len(emu.categories) == 1

    path = f"/me/outlook/masterCategories/{created.body['id']}"
    rename = await http.patch(path, {"displayName": "Reply"})
    assert rename.status == 400
    recolor = await http.patch(path, {"color": "preset4"})
    assert recolor.status == 200 and recolor.body["color"] == "preset4"
    listed = await http.get("/me/outlook/masterCategories")
    assert listed.body["value"][0]["color"] == "preset4"
    assert (await http("DELETE", path)).status == 204
    assert (await http.get(path)).status == 404
    assert emu.categories == []
