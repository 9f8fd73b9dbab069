"""Request bodies against Google's discovery document: the checker and the emulator using it."""

from __future__ import annotations

import json

import pytest

from sandbox.google_calendar_emulator import METHOD_SCOPES, BodyRules
from tests.google_discovery import DISCOVERY_PATH, running

EVENT = {
    "summary": "planning",
    "start": {"dateTime": "2026-12-04T10:00:00Z"},
    "end": {"dateTime": "2026-12-04T11:00:00Z"},
}


@pytest.fixture(scope="module")
def rules() -> BodyRules:
    return BodyRules(DISCOVERY_PATH)


def test_the_vendored_document_is_the_one_the_reference_cites(rules):
    assert rules.revision == "20261030"


def test_a_valid_event_has_no_problems(rules):
    assert rules.problems("calendar.events.insert", EVENT) == []


def test_an_unknown_field_is_caught_where_it_is(rules):
    problems = rules.problems("calendar.events.insert", EVENT | {"titel": "typo"})
    assert [(p.where, p.reason) for p in problems] == [("resource", "invalid")]
    assert 'Unknown name "titel"' in problems[0].message
    nested = rules.problems("calendar.events.insert", EVENT | {"start": {"datetime": "x"}})
    assert [p.where for p in nested] == ["resource.start"]


def test_a_missing_start_is_caught_on_insert_and_update_but_not_patch(rules):
    body = {"summary": "x", "end": EVENT["end"]}
    for method in ("calendar.events.insert", "calendar.events.update"):
        problems = rules.problems(method, body)
        assert [(p.where, p.reason) for p in problems] == [("resource.start", "required")]
    assert rules.problems("calendar.events.patch", body) == []


def test_wrong_types_and_formats_are_caught(rules):
    problems = rules.problems(
        "calendar.events.insert",
        EVENT | {"summary": 5, "attendees": [{"email": "a@b.c", "optional": "yes"}]},
    )
    assert {p.where for p in problems} == {"resource.summary", "resource.attendees[0].optional"}
    bad_date = rules.problems("calendar.events.insert", EVENT | {"start": {"date": "04/12/2026"}})
    assert [p.where for p in bad_date] == ["resource.start.date"]
    free_busy = rules.problems("calendar.freebusy.query", {"timeMin": "x", "items": [{"idd": 1}]})
    assert {p.where for p in free_busy} == {"resource.timeMin", "resource.items[0]"}


def test_extended_properties_take_any_names_with_string_values(rules):
    body = EVENT | {"extendedProperties": {"private": {"assistantTask": "42"}}}
    assert rules.problems("calendar.events.insert", body) == []
    wrong = EVENT | {"extendedProperties": {"private": {"assistantTask": 42}}}
    assert len(rules.problems("calendar.events.insert", wrong)) == 1


def test_the_emulators_scope_lists_are_the_documents(rules):
    assert {m: rules.method_scopes[m] for m in METHOD_SCOPES} == METHOD_SCOPES


def test_a_missing_document_fails_loudly(tmp_path):
    with pytest.raises(FileNotFoundError):
        BodyRules(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    with pytest.raises(json.JSONDecodeError):
        BodyRules(broken)


async def test_the_emulator_answers_400_for_an_unknown_field_and_a_missing_start():
    async with running() as (_, http):
        typo = await http("POST", "/calendars/primary/events", json=EVENT | {"titel": "x"})
        assert (typo.status, typo.reason) == (400, "invalid")
        assert typo.body["error"]["status"] == "INVALID_ARGUMENT"
        assert 'Unknown name "titel"' in typo.body["error"]["message"]
        no_start = {"summary": "x", "end": EVENT["end"]}
        missing = await http("POST", "/calendars/primary/events", json=no_start)
        assert (missing.status, missing.reason) == (400, "required")
        assert missing.body["error"]["errors"][0]["location"] == "resource.start"
        wrong = await http("POST", "/freeBusy", json={"timeMin": 1, "timeMax": 2, "items": []})
        assert wrong.status == 400 and "TYPE_STRING" in wrong.body["error"]["message"]


async def test_without_the_document_the_emulator_serves_but_checks_no_schema():
    async with running(discovery=None) as (emu, http):
        assert emu.body_rules is None
        accepted = await http("POST", "/calendars/primary/events", json=EVENT | {"titel": "x"})
        assert accepted.status == 200
        # The live service's own rules still hold.
        missing = await http("POST", "/calendars/primary/events", json={"end": EVENT["end"]})
        assert missing.status == 400
