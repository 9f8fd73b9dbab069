"""Read the owner's filed mail from Outlook, for the offline classifier to learn from.

The newest `classifier.filed_mail_per_folder` messages of every project and area folder (sender,
subject and Graph's 255-character preview) become a `FiledMail` model: where the owner files
each correspondent, and how each folder's mail is worded. Approved suggestions land in these
folders too, so the model keeps learning as the assistant runs. A folder that does not exist yet
is skipped (the owner may not have run the bootstrap); one that fails to read fails the whole
read, so the last complete model stays in use rather than a lopsided one.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime

from core.config.settings import Settings
from core.errors import GraphNotFound
from core.microsoft.mail import MailApi
from core.triage.offline.filed import FiledEmail, FiledMail

log = logging.getLogger(__name__)

# Folders read at the same time: a mailbox serves four requests at once (Graph's limit).
CONCURRENT_FOLDERS = 4


@dataclass(frozen=True)
class FiledMailRead:
    """One read of the filed mail: the model, and what went into it."""

    model: FiledMail
    folders: int  # taxonomy folders read
    missing: tuple[str, ...]  # taxonomy folders that do not exist in the mailbox
    read_at: datetime


async def read_filed_mail(mail: MailApi, settings: Settings, now: datetime) -> FiledMailRead:
    """Read each taxonomy folder's newest messages and build the model of them."""
    limit = settings.classifier.filed_mail_per_folder
    gate = asyncio.Semaphore(CONCURRENT_FOLDERS)

    async def one(folder: str) -> list[FiledEmail] | None:
        async with gate:
            try:
                folder_id = await mail.resolve_folder(folder, create=False)
            except GraphNotFound:
                return None
            messages = await mail.recent_in_folder(folder_id, limit)
        return [
            FiledEmail(
                folder,
                m.from_.address if m.from_ else "",
                m.subject or "",
                m.body_preview or "",
            )
            for m in messages
        ]

    folders = settings.folders()
    found = await asyncio.gather(*(one(f) for f in folders)) if limit else []
    missing = tuple(f for f, emails in zip(folders, found, strict=False) if emails is None)
    emails = [e for part in found if part for e in part]
    # Building reads every email's words: off the event loop, which keeps serving Slack.
    model = await asyncio.to_thread(FiledMail, emails, folders)
    read = len(found) - len(missing)
    log.info(
        "The offline classifier learns from %d filed emails in %d folders%s",
        model.size,
        read,
        f" ({len(missing)} taxonomy folders are not in the mailbox yet)" if missing else "",
    )
    return FiledMailRead(model, read, missing, now)
