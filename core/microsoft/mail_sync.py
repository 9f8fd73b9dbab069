"""Inbox synchronisation: Graph delta pages into the store.

One call to `InboxSync.sync()` runs one delta round. Pages are stored as they arrive (so a crash
loses at most the page in flight) but the deltaLink is persisted only when the round completes:
a crash mid-round therefore replays the round, and `Store.save_email_changes` deduplicates by id
and internetMessageId, so a replay (or a full resync after a 410) never creates a second row.

Items: delta sends an update as the id plus the changed properties only (a read toggle comes as
id, isRead and parentFolderId), so each item changes only the fields it carries, and an item for
an email never stored is kept only if it is a whole message; duplicates and replays are no-ops.

Window: a round without a token (the first, or a resync after an expired token, a failed round or
a delta link for another Graph host) asks for mail received in the last `backfill_days`, or since
`inbox_resync_from` when that is earlier: the start of the last round that completed, less
`RESYNC_OVERLAP` (the very first round and a fresh start on another host, which is another
mailbox, set it to the backfill window). So no outage, however long, and no half-finished resync
leaves a gap.

Page size: `page_size` messages per page (Prefer: odata.maxpagesize, asked per page). A page
that answers 504 or times out is asked again at once at half the size (the client does not
retry it at the same size: that cost minutes of backoff, or a 60 s timeout per attempt, for an
answer a smaller page gets), down to `MIN_PAGE_SIZE`, where the client's retries apply before
the pass gives up. Each good page doubles the size again, up to the configured size but, for
the rest of the round, not to a size that failed: see `_round`.

The 5,000 cap: Graph serves at most 5,000 messages in a delta round with a `$filter` (every round
here has one: the tokens carry it). A round that reaches the cap may have skipped mail, so the
Inbox is then listed by receivedDateTime from the round's window start (the plain list has no
cap) before the new deltaLink is kept; a pass that fails meanwhile keeps the old position.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

from core.errors import DeltaTokenExpired, GraphError
from core.microsoft.graph_models import DeltaPage, Message, User
from core.microsoft.mail import DELTA_FILTER_CAP, MailApi, link_origin, page_timed_out
from core.microsoft.mail_meetings import (
    EVENT_LOOKUPS_PER_SYNC,
    LinkedMeeting,
    linked_meetings,
    meeting_facts,
    needs_event,
)
from core.store import EmailChange, EmailRecord, Recipients, Store
from core.vocabulary import STATE_INBOX_DELTA_LINK, STATE_INBOX_RESYNC_FROM, STATE_LAST_SYNC_AT

log = logging.getLogger(__name__)

# Covers clock skew and Exchange's replication delay between receivedDateTime and delta.
RESYNC_OVERLAP = timedelta(minutes=15)
MIN_PAGE_SIZE = 1
# Partial items carry only properties that can change; a whole message carries these too.
_WHOLE_MESSAGE_FIELDS = frozenset({"received_date_time", "internet_message_id", "conversation_id"})


@dataclass
class SyncReport:
    """What one sync round did."""

    new_ids: list[str] = field(default_factory=list)
    seen: int = 0
    removed: int = 0
    pages: int = 0
    resynced: bool = False
    first_round: bool = False
    fresh_start: bool = False  # the stored delta link was for another Graph host
    ignored_partials: int = 0  # partial items for emails never stored
    page_size: int = 0  # messages per page asked at the end of the round
    event_lookups: int = 0  # GETs for the calendar event of a new meeting message
    capped: bool = False  # a round reached Graph's 5,000-message cap: the Inbox was listed
    listed: int = 0  # messages the listing after a capped round read
    returned_ids: list[str] = field(default_factory=list)  # removed earlier, now in the Inbox again


def email_record(message: Message, linked: LinkedMeeting | None = None) -> EmailRecord:
    """Convert a Graph message (and the meeting it is linked to, if any) into the row kept."""
    sender = message.from_ or message.sender
    return EmailRecord(
        id=message.id,
        conversation_id=message.conversation_id,
        internet_message_id=message.internet_message_id,
        subject=message.subject or "",
        sender_name=sender.name if sender else "",
        sender_address=(sender.address if sender else "").lower(),
        received_at=message.received_date_time or datetime.now(UTC),
        web_link=message.web_link,
        preview=message.body_preview or "",
        categories=tuple(message.categories),
        folder_id=message.parent_folder_id,
        is_read=bool(message.is_read),
        importance=message.importance or "normal",
        has_attachments=bool(message.has_attachments),
        list_unsubscribe=message.list_unsubscribe,
        auto_submitted=message.auto_submitted,
        body_text=body_text(message),
        meeting=meeting_facts(message, linked),
        recipients=_recipients(message),
    )


def _recipients(message: Message) -> Recipients | None:
    """Return the To and Cc lines, or None when the item did not carry them (not known)."""
    sent = message.model_fields_set
    if "to_recipients" not in sent and "cc_recipients" not in sent:
        return None
    return Recipients.kept(
        [(r.name, r.address) for r in message.to_recipients],
        [(r.name, r.address) for r in message.cc_recipients],
    )


def email_change(message: Message, linked: LinkedMeeting | None = None) -> EmailChange:
    """Return what a delta item says: the fields Graph sent, and the row if it is whole."""
    sent = message.model_fields_set
    return EmailChange(
        id=message.id,
        internet_message_id=message.internet_message_id,
        categories=tuple(message.categories) if "categories" in sent else None,
        folder_id=message.parent_folder_id if "parent_folder_id" in sent else None,
        is_read=message.is_read if "is_read" in sent else None,
        new=None if _WHOLE_MESSAGE_FIELDS.isdisjoint(sent) else email_record(message, linked),
    )


def body_text(message: Message) -> str:
    """Return the message body as plain text ("" if it was not selected).

    Delta requests ask Graph for text bodies; an HTML body (a request without that preference)
    is reduced to its text so the store never keeps markup.
    """
    if message.body is None:
        return ""
    if message.body.content_type.lower() != "html":
        return message.body.content
    parser = _TextOfHtml()
    parser.feed(message.body.content)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "tr", "blockquote", "h1", "h2", "h3"})


class _TextOfHtml(HTMLParser):
    """Collect the text of an HTML document, skipping style and script contents."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script") and self._skipping:
            self._skipping -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


class InboxSync:
    """Keeps the store's view of the Inbox current through Graph delta queries."""

    def __init__(
        self,
        mail: MailApi,
        store: Store,
        *,
        backfill_days: int = 2,
        page_size: int = 50,
        filter_cap: int = DELTA_FILTER_CAP,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._mail = mail
        self._store = store
        self._filter_cap = filter_cap
        self._clock = clock
        self._backfill = timedelta(days=backfill_days)
        self._configured_page_size = max(MIN_PAGE_SIZE, page_size)
        self._page_size = self._configured_page_size

    async def owner(self) -> User:
        """Return the profile of the mailbox's owner (read once per process)."""
        return await self._mail.owner()

    def configure(self, *, page_size: int, backfill_days: int) -> None:
        """Apply reloaded settings: the page size from the next page, the backfill window from
        the next round that starts without a saved position."""
        self._backfill = timedelta(days=backfill_days)
        configured = max(MIN_PAGE_SIZE, page_size)
        if configured != self._configured_page_size:
            self._configured_page_size = self._page_size = configured

    async def sync(self) -> SyncReport:
        """Run one delta round; on an expired token, resync from the last good sync once."""
        report = SyncReport()
        delta_link = await self._store.get_state(STATE_INBOX_DELTA_LINK)
        if delta_link is not None and not self._mail.is_graph_link(delta_link):
            await self._start_afresh(delta_link)
            report.fresh_start = True
            delta_link = None
        report.first_round = delta_link is None
        started = self._clock()
        try:
            new_link = await self._round(delta_link, report)
        except DeltaTokenExpired:
            if delta_link is None and report.pages == 0:
                raise  # the round's first request, without a token, was refused: no cure here
            # A tokenless round whose skip token expired between pages starts over the same way.
            log.warning("Inbox delta token expired (410 SyncStateNotFound); running a full resync")
            await self._store.delete_state(STATE_INBOX_DELTA_LINK)
            report.resynced = True
            started = self._clock()
            new_link = await self._round(None, report)
        if new_link is not None:
            await self._store.set_state(STATE_INBOX_DELTA_LINK, new_link)
        resync_from = started - RESYNC_OVERLAP
        await self._store.set_state(STATE_INBOX_RESYNC_FROM, resync_from.isoformat())
        await self._store.set_state(STATE_LAST_SYNC_AT, self._clock().isoformat())
        # An idle poll every 30 s would otherwise write 2,880 INFO lines a day saying nothing.
        quiet = not (report.seen or report.removed or report.resynced or report.first_round)
        log.log(
            logging.DEBUG if quiet else logging.INFO,
            "Inbox sync: %d seen, %d new, %d removed in %d pages%s",
            report.seen,
            len(report.new_ids),
            report.removed,
            report.pages,
            " (resync)" if report.resynced else "",
        )
        return report

    async def _start_afresh(self, foreign_link: str) -> None:
        # Another host is another mailbox (the sandbox, another cloud): its position means
        # nothing here, so this one starts like a first round. The link is replaced below, so
        # this is said once.
        log.warning(
            "The saved Inbox sync position is for %s, not %s (graph.base_url changed): "
            "starting a fresh sync of the last %d days",
            link_origin(foreign_link),
            link_origin(self._mail.base_url),
            self._backfill.days,
        )
        await self._store.delete_state(STATE_INBOX_DELTA_LINK)
        since = self._clock() - self._backfill
        await self._store.set_state(STATE_INBOX_RESYNC_FROM, since.isoformat())

    async def _tokenless_since(self) -> datetime:
        # The backfill window at least (mail moved back into the Inbox keeps its old
        # receivedDateTime), and back to the last good sync when that is older.
        floor = self._clock() - self._backfill
        stored = await self._store.get_state(STATE_INBOX_RESYNC_FROM)
        if stored is not None:
            return min(floor, datetime.fromisoformat(stored))
        # Databases from before inbox_resync_from: the end of their last sync, if any.
        last_sync = await self._store.get_state(STATE_LAST_SYNC_AT)
        since = floor
        if last_sync is not None:
            since = min(floor, datetime.fromisoformat(last_sync) - RESYNC_OVERLAP)
        # Kept, so a first round that fails half-way resumes on the same window, however late.
        await self._store.set_state(STATE_INBOX_RESYNC_FROM, since.isoformat())
        return since

    async def _round(self, delta_link: str | None, report: SyncReport) -> str | None:
        """Page through one delta round; return its deltaLink once everything in it is saved."""
        link = delta_link
        since = None if link is not None else await self._tokenless_since()
        served: set[str] = set()
        # Growing back per good page, rather than holding the smallest size until a round
        # completes, keeps a backlog after a bad spell from crawling at 1 email a page; never
        # growing again to a size that failed in this round keeps a page that is too large
        # from costing a 504 or a timeout every other page. The next pass may try it again.
        ceiling = self._configured_page_size
        while True:
            size = self._page_size
            try:
                page = await self._mail.delta_page(
                    link,
                    received_since=since,
                    page_size=size,
                    # Only at the smallest size is the same page worth asking again.
                    retry_timeouts=size <= MIN_PAGE_SIZE,
                )
            except GraphError as err:
                if not page_timed_out(err) or size <= MIN_PAGE_SIZE:
                    raise
                ceiling = max(MIN_PAGE_SIZE, size // 2)
                log.warning(
                    "An Inbox delta page of %d messages timed out (%s); asking for %d",
                    size,
                    err.status or "no answer",
                    ceiling,
                )
                self._page_size = ceiling
                continue
            report.page_size = size
            served.update(m.id for m in page.messages)
            served.update(page.removed_ids)
            await self._save(page, report)
            self._page_size = min(ceiling, self._configured_page_size, size * 2)
            if page.next_link is None:
                break
            link = page.next_link
        if len(served) >= self._filter_cap:
            await self._list_after_cap(since, report)
        return page.delta_link

    async def _list_after_cap(self, window_start: datetime | None, report: SyncReport) -> None:
        # A round from a token covers what changed since the last completed round started (less
        # the overlap), which is where the mail it may have left out arrived. The whole window
        # is listed, the up to 5,000 the round served included (the store keeps one row each):
        # Graph does not document which messages the cap keeps, so nothing narrower is sure.
        since = window_start
        if since is None:
            stored = await self._store.get_state(STATE_INBOX_RESYNC_FROM)
            since = datetime.fromisoformat(stored) if stored else await self._tokenless_since()
        log.warning(
            "The Inbox sync reached Graph's cap of %d emails per delta round; listing the Inbox "
            "since %s so none is skipped",
            self._filter_cap,
            since.isoformat(timespec="minutes"),
        )
        report.capped = True
        async for messages in self._mail.inbox_messages_since(
            since, page_size=self._configured_page_size
        ):
            report.listed += len(messages)
            await self._save(DeltaPage(messages=messages), report)

    async def _linked_meetings(
        self, messages: list[Message], report: SyncReport
    ) -> dict[str, LinkedMeeting]:
        # Only meeting messages not stored yet, so a replayed page costs nothing twice.
        wanted = [
            m for m in messages if needs_event(m) and "received_date_time" in m.model_fields_set
        ]
        if not wanted:
            return {}
        stored = await self._store.get_emails([m.id for m in wanted])
        fresh = list({m.id: m for m in wanted if m.id not in stored}.values())
        budget = max(0, EVENT_LOOKUPS_PER_SYNC - report.event_lookups)
        report.event_lookups += min(budget, len(fresh))
        return await linked_meetings(self._mail, fresh, budget)

    async def _save(self, page: DeltaPage, report: SyncReport) -> None:
        report.pages += 1
        if page.messages:
            report.seen += len(page.messages)
            linked = await self._linked_meetings(page.messages, report)
            changes = [email_change(m, linked.get(m.id)) for m in page.messages]
            saved = await self._store.save_email_changes(changes)
            report.new_ids.extend(saved.new_ids)
            report.returned_ids.extend(saved.returned_ids)
            report.ignored_partials += len(saved.ignored_ids)
        if page.removed_ids:
            report.removed += await self._store.mark_emails_removed(page.removed_ids, self._clock())
