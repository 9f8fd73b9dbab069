"""Inbox synchronisation: Graph delta pages into the store.

One call to `InboxSync.sync()` runs one delta round. Pages are stored as they arrive (so a crash
loses at most the page in flight) but the deltaLink is persisted only when the round completes:
a crash mid-round therefore replays the round, and `Store.upsert_emails` deduplicates by id and
internetMessageId, so a replay (or a full resync after a 410) never creates a second row.

Window: the very first round only asks for mail received in the last `backfill_days`; a resync
after an expired token asks from one day before the newest stored email, so mail that arrived
while the token was dead is not skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

from core.errors import DeltaTokenExpired
from core.graph_mail import MailApi
from core.graph_models import Message
from core.store import EmailRecord, Store
from core.vocabulary import STATE_INBOX_DELTA_LINK, STATE_LAST_SYNC_AT

log = logging.getLogger(__name__)

RESYNC_OVERLAP = timedelta(days=1)


@dataclass
class SyncReport:
    """What one sync round did."""

    new_ids: list[str] = field(default_factory=list)
    seen: int = 0
    removed: int = 0
    pages: int = 0
    resynced: bool = False
    first_round: bool = False


def email_record(message: Message) -> EmailRecord:
    """Convert a Graph message into the row the store keeps."""
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
        body_text=body_text(message),
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
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._mail = mail
        self._store = store
        self._backfill = timedelta(days=backfill_days)
        self._page_size = page_size
        self._clock = clock

    async def sync(self) -> SyncReport:
        """Run one delta round; on an expired token, resync from scratch once."""
        report = SyncReport()
        delta_link = await self._store.get_state(STATE_INBOX_DELTA_LINK)
        report.first_round = delta_link is None
        since = self._clock() - self._backfill if delta_link is None else None
        try:
            await self._round(delta_link, since, report)
        except DeltaTokenExpired:
            if delta_link is None and report.pages == 0:
                raise  # the round's first request, without a token, was refused: no cure here
            # A first round whose skip token expired between pages starts over on its window.
            log.warning("Inbox delta token expired (410 SyncStateNotFound); running a full resync")
            await self._store.delete_state(STATE_INBOX_DELTA_LINK)
            report.resynced = True
            resync_since = since if delta_link is None else await self._resync_since()
            await self._round(None, resync_since, report)
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

    async def _resync_since(self) -> datetime:
        newest = await self._store.newest_received_at()
        floor = self._clock() - self._backfill
        return floor if newest is None else min(floor, newest - RESYNC_OVERLAP)

    async def _round(
        self, delta_link: str | None, since: datetime | None, report: SyncReport
    ) -> None:
        async for page in self._mail.inbox_delta(
            delta_link, received_since=since, page_size=self._page_size
        ):
            report.pages += 1
            if page.messages:
                report.seen += len(page.messages)
                new = await self._store.upsert_emails([email_record(m) for m in page.messages])
                report.new_ids.extend(new)
            if page.removed_ids:
                report.removed += await self._store.mark_emails_removed(
                    page.removed_ids, self._clock()
                )
            if page.delta_link:
                await self._store.set_state(STATE_INBOX_DELTA_LINK, page.delta_link)
