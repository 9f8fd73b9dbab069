"""MailApi against the Graph emulator: delta, move, categories, folders, id translation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import DeltaTokenExpired, GraphConflict, GraphNotFound, GraphWriteUncertain
from core.microsoft.graph_models import DeltaPage, Message
from core.microsoft.mail import MESSAGE_SELECT, TEXT_BODY_PREFER, MailApi, merge_categories

IMMUTABLE = 'IdType="ImmutableId"'
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def mail(graph):
    return MailApi(graph)


def outer(emu):
    return [r for r in emu.requests if not r.in_batch]


def add(emu, subject, *, folder="Inbox", received=None, **kwargs):
    return emu.add_message(
        folder,
        subject=subject,
        sender_name=kwargs.pop("sender_name", "Dana Fox"),
        sender_address=kwargs.pop("sender_address", "dana@tradecore.example"),
        received=received or NOW,
        **kwargs,
    )


async def collect(mail, delta_link=None, **kwargs) -> list[DeltaPage]:
    """Return every page of one delta round, following nextLinks as InboxSync does."""
    pages = [await mail.delta_page(delta_link, **kwargs)]
    while pages[-1].next_link is not None:
        pages.append(await mail.delta_page(pages[-1].next_link, **kwargs))
    return pages


# --- delta --------------------------------------------------------------------------------------


async def test_initial_delta_round_selects_filters_and_parses(emulator, mail):
    newsletter = add(
        emulator,
        "Weekly digest",
        headers={
            "List-Unsubscribe": "<mailto:leave@news.example>",
            "Auto-Submitted": "auto-generated",
            "X-Other": "1",
        },
        categories=["Owner tag"],
        to=[("Sam Owner", "sam@example.com")],
    )
    recent = add(emulator, "Invoice 42", received=NOW + timedelta(hours=1))
    add(emulator, "Too old", received=NOW - timedelta(days=30))
    add(emulator, "Elsewhere", folder="Archive")

    pages = await collect(mail, received_since=NOW - timedelta(days=1), page_size=1)

    messages = {m.id: m for page in pages for m in page.messages}
    assert set(messages) == {newsletter.immutable_id, recent.immutable_id}
    assert [p.delta_link is not None for p in pages] == [False] * (len(pages) - 1) + [True]
    digest = messages[newsletter.immutable_id]
    assert digest.list_unsubscribe == "<mailto:leave@news.example>"
    assert digest.auto_submitted == "auto-generated"
    assert digest.subject == "Weekly digest"
    assert digest.from_ is not None and digest.from_.address == "dana@tradecore.example"
    assert digest.categories == ["Owner tag"]
    assert [r.address for r in digest.to_recipients] == ["sam@example.com"]
    assert digest.received_date_time == NOW
    assert digest.internet_message_id == newsletter.internet_message_id
    assert digest.conversation_id == newsletter.conversation_id
    assert digest.parent_folder_id == emulator.folder_id("Inbox")
    assert messages[recent.immutable_id].list_unsubscribe is None
    assert messages[recent.immutable_id].auto_submitted is None

    first, *rest = outer(emulator)
    assert first.path == "/me/mailFolders/inbox/messages/delta"
    assert first.query["$select"] == MESSAGE_SELECT
    assert first.query["$filter"] == "receivedDateTime ge 2026-03-01T09:30:00Z"
    for request in [first, *rest]:
        assert request.header("Prefer") == f"odata.maxpagesize=1, {TEXT_BODY_PREFER}, {IMMUTABLE}"
    assert all("$select" not in r.query for r in rest)


async def test_incremental_delta_reports_new_and_removed(emulator, mail):
    kept = add(emulator, "Stays")
    deleted = add(emulator, "Deleted by owner")
    moved = add(emulator, "Filed by owner")
    first_round = await collect(mail)
    delta_link = first_round[-1].delta_link
    assert delta_link

    newcomer = add(emulator, "Arrived later")
    emulator.delete_message(deleted.immutable_id)
    emulator.move_message(moved.immutable_id, "Archive")
    emulator.clear_requests()

    pages = await collect(mail, delta_link)

    assert [m.id for p in pages for m in p.messages] == [newcomer.immutable_id]
    assert sorted(i for p in pages for i in p.removed_ids) == sorted(
        [deleted.immutable_id, moved.immutable_id]
    )
    assert kept.immutable_id not in {m.id for p in pages for m in p.messages}
    assert pages[-1].delta_link and pages[-1].delta_link != delta_link
    assert "$deltatoken" in outer(emulator)[0].query


async def test_expired_delta_link_raises_delta_token_expired(emulator, mail):
    add(emulator, "Anything")
    delta_link = (await collect(mail))[-1].delta_link
    emulator.expire_delta_tokens()
    with pytest.raises(DeltaTokenExpired) as caught:
        await collect(mail, delta_link)
    assert caught.value.status == 410


async def test_ingesting_200_emails_takes_few_requests(emulator, graph, mail):
    for n in range(200):
        add(emulator, f"Bulk {n}", received=NOW - timedelta(minutes=n))

    pages = await collect(mail, received_since=NOW - timedelta(days=7), page_size=50)

    ids = [m.id for p in pages for m in p.messages]
    assert len(ids) == len(set(ids)) == 200
    assert pages[-1].delta_link
    assert graph.request_count <= 8


# --- messages -----------------------------------------------------------------------------------


async def test_move_keeps_the_immutable_id(emulator, mail):
    message = add(emulator, "Contract")
    archive = emulator.folder_id("Archive")

    moved = await mail.move(message.immutable_id, archive)

    assert moved.id == message.immutable_id
    assert moved.parent_folder_id == archive
    assert emulator.message(message.immutable_id).folder_id == archive
    request = outer(emulator)[0]
    assert request.status == 201 and request.header("Prefer") == IMMUTABLE


async def test_move_without_prefer_gives_a_new_rest_id(emulator, graph):
    message = add(emulator, "Contract")
    old_rest_id = message.rest_id

    response = await graph.request(
        "POST", f"/me/messages/{old_rest_id}/move", json={"destinationId": "archive"}
    )

    assert response.body["id"] not in (old_rest_id, message.immutable_id)
    with pytest.raises(GraphNotFound):
        await graph.request("GET", f"/me/messages/{old_rest_id}")


def test_merge_categories_dedupes_case_insensitively():
    assert merge_categories(["A", "a", "B"], ["b", "C"], ["x"]) == ["A", "B", "C"]
    assert merge_categories(["Keep", "Drop"], ["drop"], ["DROP"]) == ["Keep", "drop"]


async def test_get_message_and_unknown_id(emulator, mail):
    message = add(emulator, "Single", headers={"list-unsubscribe": "<https://u.example/x>"})
    fetched = await mail.get_message(message.rest_id)
    assert fetched.id == message.immutable_id
    assert fetched.list_unsubscribe == "<https://u.example/x>"
    with pytest.raises(GraphNotFound):
        await mail.get_message("AAMkNoSuchMessage=")


async def test_find_messages_received_at_matches_the_second_in_any_folder(emulator, mail):
    inbox = add(emulator, "Same second")
    filed = add(emulator, "Same second, filed", folder="Archive")
    add(emulator, "Two seconds later", received=NOW + timedelta(seconds=2))

    found = await mail.find_messages_received_at(NOW + timedelta(milliseconds=300))

    assert sorted(m.id for m in found) == sorted([inbox.immutable_id, filed.immutable_id])
    request = outer(emulator)[0]
    assert request.query["$filter"] == (
        "receivedDateTime ge 2026-03-02T09:30:00Z and receivedDateTime lt 2026-03-02T09:30:01Z"
    )
    assert request.header("Prefer") == IMMUTABLE


async def test_get_me_parses_the_profile(emulator, graph, mail):
    raw = (await graph.request("GET", "/me")).body
    me = await mail.get_me()
    assert (me.id, me.display_name, me.mail, me.user_principal_name) == (
        raw["id"],
        raw["displayName"],
        raw["mail"],
        raw["userPrincipalName"],
    )


# --- folders ------------------------------------------------------------------------------------


async def test_resolve_folder_creates_missing_levels_once(emulator, mail, graph):
    folder_id = await mail.resolve_folder("Projects/Tradecore Steel", create=True)

    assert folder_id == emulator.folder_id("Projects/Tradecore Steel")
    posts = [(r.path, r.json) for r in outer(emulator) if r.method == "POST"]
    projects = emulator.folder_id("Projects")
    assert posts == [
        ("/me/mailFolders", {"displayName": "Projects"}),
        (f"/me/mailFolders/{projects}/childFolders", {"displayName": "Tradecore Steel"}),
    ]

    sent_before = graph.request_count
    assert await mail.resolve_folder("projects/TRADECORE STEEL ", create=True) == folder_id
    assert await mail.resolve_folder("Projects", create=False) == projects
    assert graph.request_count == sent_before

    fresh = MailApi(graph)
    assert await fresh.resolve_folder("Projects/Tradecore Steel", create=True) == folder_id
    assert len([r for r in outer(emulator) if r.method == "POST"]) == 2


async def test_resolve_folders_lists_each_parent_once_and_creates_what_is_missing(
    emulator, mail, graph
):
    existing = emulator.add_folder("Projects/Atlas")
    hidden = emulator.add_folder("Areas/Quiet", hidden=True)
    paths = ["Projects/Atlas", "Projects/Borealis", "Areas/Finance", "Areas/Quiet", "Inbox/Later"]

    created = await mail.resolve_folders(paths)

    assert [path for path, _ in created] == ["Projects/Borealis", "Areas/Finance", "Inbox/Later"]
    assert await mail.resolve_folder("Projects/Atlas", create=False) == existing
    assert await mail.resolve_folder("Areas/Quiet", create=False) == hidden
    for path, folder_id in created:
        assert emulator.folder_id(path) == folder_id
    listings = [r for r in outer(emulator) if r.method == "GET"]
    plain = [r.path for r in listings if "includeHiddenFolders" not in r.query]
    # The top level, then the three parents' children, each once; Inbox needs no lookup.
    assert len(plain) == 4 and len(set(plain)) == 4
    # The hidden folder was not listed, so its create met "exists" and a relist found it.
    assert len(listings) == 5
    assert len([r for r in outer(emulator) if r.method == "POST"]) == 4

    sent = graph.request_count
    assert await mail.resolve_folders([p.upper() for p in paths]) == []
    assert graph.request_count == sent


async def test_resolve_folder_escapes_quotes_and_finds_existing(emulator, mail):
    existing = emulator.add_folder("Clients/O'Brien & Sons")
    assert await mail.resolve_folder("Clients/O'Brien & Sons", create=False) == existing
    filters = [r.query.get("$filter") for r in outer(emulator)]
    assert "displayName eq 'O''Brien & Sons'" in filters


async def test_resolve_folder_missing_without_create_raises(emulator, mail):
    emulator.add_folder("Projects")
    with pytest.raises(GraphNotFound, match="Nowhere"):
        await mail.resolve_folder("Projects/Nowhere", create=False)
    assert not [r for r in outer(emulator) if r.method == "POST"]


@pytest.mark.parametrize("status", [400, 409])
async def test_resolve_folder_answers_folder_exists_by_relisting(emulator, mail, status):
    emulator.folder_exists_status = status
    projects = emulator.add_folder("Projects")
    hidden = emulator.add_folder("Projects/Quiet", hidden=True)

    assert await mail.resolve_folder("Projects/Quiet", create=True) == hidden

    posts = [r for r in outer(emulator) if r.method == "POST"]
    assert [(p.path, p.status) for p in posts] == [
        (f"/me/mailFolders/{projects}/childFolders", status)
    ]
    relist = outer(emulator)[-1]
    assert relist.query.get("includeHiddenFolders") == "true"


async def test_resolve_folder_reraises_conflict_it_cannot_explain(emulator, mail):
    emulator.inject(
        "POST",
        r"^/me/mailFolders$",
        status=400,
        body={"error": {"code": "ErrorFolderExists", "message": "exists"}},
    )
    with pytest.raises(GraphConflict):
        await mail.resolve_folder("Phantom", create=True)


async def test_well_known_names_need_no_lookup(emulator, mail):
    assert await mail.resolve_folder("Inbox", create=False) == "inbox"
    assert await mail.resolve_folder("archive", create=False) == "archive"
    assert emulator.requests == []

    child = await mail.resolve_folder("Archive/2025", create=True)
    assert child == emulator.folder_id("Archive/2025")
    assert [r.path for r in outer(emulator) if r.method == "POST"] == [
        "/me/mailFolders/archive/childFolders"
    ]


# --- ids ----------------------------------------------------------------------------------------


async def test_translate_ids_chunks_by_1000(emulator, mail):
    real = [add(emulator, f"Old {n}") for n in range(3)]
    unknown = [f"AAMkUnknown{n:04d}=" for n in range(2497)]
    rest_ids = [m.rest_id for m in real] + unknown

    result = await mail.translate_ids(rest_ids)

    calls = [r for r in outer(emulator) if r.path == "/me/translateExchangeIds"]
    assert [len(c.json["inputIds"]) for c in calls] == [1000, 1000, 500]
    assert all(
        (c.json["sourceIdType"], c.json["targetIdType"]) == ("restId", "restImmutableEntryId")
        for c in calls
    )
    assert {m.rest_id: result[m.rest_id] for m in real} == {m.rest_id: m.immutable_id for m in real}
    assert all(result[i] is None for i in unknown)
    assert len(result) == 2500


# --- models -------------------------------------------------------------------------------------


def test_message_model_ignores_extra_fields_and_reads_aliases():
    message = Message._from_graph(
        {
            "id": "AAk=",
            "@odata.etag": "W/1",
            "changeKey": "ck",
            "from": {"emailAddress": {"name": "Ann", "address": "ann@x.example"}},
            "isRead": False,
            "flag": {"flagStatus": "flagged"},
            "internetMessageHeaders": [{"name": "LIST-UNSUBSCRIBE", "value": "<mailto:u@x>"}],
        }
    )
    assert message.from_ is not None and message.from_.name == "Ann"
    assert message.is_read is False
    assert message.flag is not None and message.flag.flag_status == "flagged"
    assert message.list_unsubscribe == "<mailto:u@x>"
    assert message.model_fields_set == {
        "id",
        "from_",
        "is_read",
        "flag",
        "internet_message_headers",
    }
    assert message._to_graph()["from"] == {
        "emailAddress": {"name": "Ann", "address": "ann@x.example"}
    }


def test_delta_page_splits_removed_items():
    page = DeltaPage._from_graph(
        {
            "@odata.nextLink": "https://graph.example/v1.0/x?$skiptoken=1",
            "value": [{"id": "a", "subject": "S"}, {"id": "b", "@removed": {"reason": "deleted"}}],
        }
    )
    assert [m.id for m in page.messages] == ["a"]
    assert page.removed_ids == ["b"]
    assert page.delta_link is None and page.next_link


@pytest.mark.parametrize("drop", [False, True], ids=["504", "dropped connection"])
async def test_a_folder_created_but_unanswered_is_found_not_created_twice(emulator, mail, drop):
    emulator.fail_after_applying("POST", r"^/me/mailFolders$", drop=drop)

    folder_id = await mail.resolve_folder("Receipts", create=True)

    assert folder_id == emulator.folder_id("Receipts")
    assert len([r for r in outer(emulator) if r.method == "POST"]) == 1


async def test_a_folder_create_never_answered_gives_up_after_three_looks(emulator, mail):
    emulator.inject("POST", r"^/me/mailFolders$", status=504, times=3)  # never applied

    with pytest.raises(GraphWriteUncertain):
        await mail.resolve_folder("Receipts", create=True)

    methods = [r.method for r in outer(emulator) if r.path == "/me/mailFolders"]
    assert methods == ["GET"] + ["POST", "GET"] * 3  # find, then post and look, three times
    assert "Receipts" not in [f.display_name for f in await mail.list_child_folders(None)]
