"""One-time migration of stored message ids from mutable REST ids to immutable ids.

Stored ids are translated in chunks of up to 1,000 through `translateExchangeIds` (one Graph call
per chunk instead of one GET per message). Each chunk's new ids are written to `emails`,
`suggestions`, `task_sync` and `waiting_for` in one store transaction, and a cursor is saved after
it, so an interrupted migration resumes where it stopped. An id Graph cannot translate (the message
was moved since, so its old REST id is dead) is matched by subject + sender + received time; if that
fails too, the row is kept as it is with a WARNING: nothing is ever deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from core.microsoft.mail import MailApi
from core.store import EmailRecord, Store
from core.vocabulary import STATE_IMMUTABLE_IDS_MIGRATED

log = logging.getLogger(__name__)

STATE_MIGRATION_CURSOR = "immutable_ids_cursor"
CHUNK_SIZE = 1000

ProgressCallback = Callable[[int, int], None]
"""Called with (emails done, emails total) after each chunk."""


@dataclass
class MigrationReport:
    """What the migration did."""

    total: int = 0
    translated: int = 0
    matched: int = 0
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)
    skipped: bool = False


async def migrate_ids(
    store: Store,
    mail: MailApi,
    *,
    force: bool = False,
    chunk_size: int = CHUNK_SIZE,
    progress: ProgressCallback | None = None,
) -> MigrationReport:
    """Translate every stored message id to its immutable form, once, resumably."""
    report = MigrationReport()
    if not force and await store.get_state(STATE_IMMUTABLE_IDS_MIGRATED) == "true":
        report.skipped = True
        return report
    report.total = await store.count_emails()
    cursor = int(await store.get_state(STATE_MIGRATION_CURSOR) or 0)
    done = 0
    while True:
        page = await store.email_ids_page(after_rowid=cursor, limit=chunk_size)
        if not page:
            break
        mapping = await _translate_chunk(mail, [email for _, email in page], report)
        if mapping:
            await store.replace_email_ids(mapping)
        cursor = page[-1][0]
        await store.set_state(STATE_MIGRATION_CURSOR, str(cursor))
        done += len(page)
        if progress:
            progress(done, report.total)
    await store.set_state(STATE_IMMUTABLE_IDS_MIGRATED, "true")
    await store.delete_state(STATE_MIGRATION_CURSOR)
    await store.log_action(
        "migrate_ids",
        actor="system",
        details={
            "total": report.total,
            "translated": report.translated,
            "matched": report.matched,
            "unchanged": report.unchanged,
            "kept": report.kept,
        },
    )
    log.info(
        "Immutable id migration: %d emails, %d translated, %d matched, %d unchanged, %d kept",
        report.total,
        report.translated,
        report.matched,
        report.unchanged,
        len(report.kept),
    )
    return report


async def _translate_chunk(
    mail: MailApi, emails: list[EmailRecord], report: MigrationReport
) -> dict[str, str]:
    translated = await mail.translate_ids([e.id for e in emails])
    mapping: dict[str, str] = {}
    for email in emails:
        new_id = translated.get(email.id)
        if new_id is None:
            new_id = await _match_by_identity(mail, email)
            if new_id is None:
                # The id and the date identify it; subject and sender are email text (never logged).
                log.warning(
                    "Could not find message %s received %s; keeping its old id",
                    email.id,
                    email.received_at.isoformat(),
                )
                report.kept.append(email.id)
                continue
            report.matched += 1
        elif new_id != email.id:
            report.translated += 1
        if new_id == email.id:
            report.unchanged += 1
            continue
        mapping[email.id] = new_id
    return mapping


async def _match_by_identity(mail: MailApi, email: EmailRecord) -> str | None:
    candidates = await mail.find_messages_received_at(email.received_at)
    for message in candidates:
        sender = message.from_ or message.sender
        if (
            (message.subject or "") == email.subject
            and sender is not None
            and (sender.address or "").lower() == email.sender_address.lower()
        ):
            return message.id
    return None
