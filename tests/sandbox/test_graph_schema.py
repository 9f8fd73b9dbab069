"""tests/graph_schema.py: request bodies are checked against Graph's CSDL, batch items included."""

from __future__ import annotations

from pathlib import Path

import pytest

from sandbox.graph_emulator import GraphEmulator, RecordedRequest
from tests import graph_schema
from tests.graph_schema import SCHEMA_PATH, SchemaMissing, load_schema, schema_problems
from tests.sandbox.helpers import Http, add

JSON = {"Content-Type": "application/json"}


async def test_valid_bodies_have_no_problems(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    list_id = emu.add_todo_list("AI Assistant")
    await http.patch(
        f"/me/messages/{msg.rest_id}",
        {
            "categories": ["Review"],
            "isRead": True,
            "flag": {
                "flagStatus": "flagged",
                "startDateTime": {"dateTime": "2026-01-01T00:00:00", "timeZone": "UTC"},
                "dueDateTime": {"dateTime": "2026-01-02T00:00:00", "timeZone": "UTC"},
            },
        },
    )
    await http.post("/me/outlook/masterCategories", {"displayName": "Review", "color": "preset9"})
    await http.post("/me/mailFolders", {"displayName": "Projects", "isHidden": False})
    await http.post(
        f"/me/todo/lists/{list_id}/tasks",
        {
            "title": "t",
            "status": "notStarted",
            "importance": "high",
            "body": {"content": "c", "contentType": "text"},
            "dueDateTime": {"dateTime": "2026-01-02T00:00:00", "timeZone": "UTC"},
            "linkedResources": [
                {
                    "webUrl": "https://x",
                    "applicationName": "Outlook",
                    "displayName": "mail",
                    "externalId": "id",
                }
            ],
        },
    )
    await http.post(
        "/me/translateExchangeIds",
        {
            "inputIds": [msg.rest_id],
            "sourceIdType": "restId",
            "targetIdType": "restImmutableEntryId",
        },
    )
    await http.post(
        "/$batch",
        {
            "requests": [
                {
                    "id": "1",
                    "method": "POST",
                    "url": f"/me/messages/{msg.rest_id}/move",
                    "headers": JSON,
                    "body": {"destinationId": "archive"},
                }
            ]
        },
    )
    assert all(r.status < 300 for r in emu.requests), [(r.path, r.status) for r in emu.requests]
    assert schema_problems(emu.requests) == []


@pytest.mark.invalid_graph_bodies("the schema check must report them")
async def test_wrong_names_and_enum_values_are_reported(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    list_id = emu.add_todo_list("AI Assistant")
    await http.patch(f"/me/messages/{msg.rest_id}", {"categoriez": ["Review"]})
    await http.post(f"/me/todo/lists/{list_id}/tasks", {"title": "t", "importance": "urgent"})
    await http.post("/me/outlook/masterCategories", {"displayName": "X", "color": "preset30"})
    await http.post(
        "/$batch",
        {
            "requests": [
                {
                    "id": "1",
                    "method": "POST",
                    "url": f"/me/todo/lists/{list_id}/tasks",
                    "headers": JSON,
                    "body": {"title": "t", "status": "done", "linkedResources": [{"url": "x"}]},
                }
            ]
        },
    )
    await http.post(
        "/me/translateExchangeIds",
        {"InputIds": [], "sourceIdType": "restId", "targetIdType": "immutableId"},
    )
    await http.post("/me/sendMail", {"message": {}})

    problems = schema_problems(emu.requests)
    text = "\n".join(problems)
    assert "message has no property 'categoriez'" in text
    assert "'urgent' is not a member of enum importance" in text
    assert "'preset30' is not a member of enum categoryColor" in text
    assert "(in $batch)" in text and "'done' is not a member of enum taskStatus" in text
    assert "linkedResource has no property 'url'" in text
    assert "'immutableId' is not a member of enum exchangeIdFormat" in text
    assert "/me/sendMail" in text and "no schema mapping" in text
    assert len(problems) == 7


def test_primitive_types_are_checked() -> None:
    record = RecordedRequest("PATCH", "/me/messages/AAMk", {}, {}, {"isRead": "true"}, False)
    (problem,) = schema_problems([record])
    assert "expected Edm.Boolean" in problem


def test_the_schema_lives_in_the_repository() -> None:
    tests_dir = Path(graph_schema.__file__).resolve().parent
    assert SCHEMA_PATH == tests_dir / "schemas/graph-v1.0-metadata.xml"
    assert SCHEMA_PATH.is_file()
    assert (tests_dir / "schemas/graph-v1.0-metadata.LICENSE").read_text().startswith("MIT")


def test_an_absent_schema_fails_instead_of_passing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(graph_schema, "SCHEMA_PATH", tmp_path / "missing.xml")
    record = RecordedRequest("PATCH", "/me/messages/AAMk", {}, {}, {"nonsense": 1}, False)
    with pytest.raises(SchemaMissing, match="missing.xml"):
        schema_problems([record])


def test_a_schema_without_graph_types_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_text('<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"/>')
    with pytest.raises(SchemaMissing, match="no microsoft.graph types"):
        load_schema(empty)
