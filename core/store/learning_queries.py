"""Store methods for learning from corrections: labelled examples and approval rates by band."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from core.store.connection import Database
from core.store.records import Row, db_text, parse_time
from core.store.undo_queries import UNDO_STATE_PREFIX
from core.triage.examples import ExampleSource, LabelledExample, SenderCorrections, topic_key
from core.vocabulary import ActionType, Priority

_EXAMPLE_COLUMNS = (
    "sender_address, subject, excerpt, folder, priority, action_type, source, recorded_at, note"
)
# What the owner approved: an edit wins over the suggestion.
_FINAL_FOLDER = "coalesce(s.edited_folder, s.suggested_folder)"
_UNEDITED = (
    "coalesce(s.edited_folder, s.suggested_folder) = s.suggested_folder"
    " AND coalesce(s.edited_priority, s.suggested_priority) = s.suggested_priority"
    " AND coalesce(s.edited_action_type, s.suggested_action_type) = s.suggested_action_type"
)


@dataclass(frozen=True)
class ApprovedElsewhere:
    """An approved suggestion whose email the assistant filed outside the Inbox."""

    suggestion_id: int
    sender_address: str
    subject: str
    body: str
    priority: str
    action_type: str


@dataclass(frozen=True)
class BandCount:
    """Decided suggestions of one action type whose confidence fell in one band."""

    action_type: str
    band: int  # index into the band bounds, lowest band 0
    decided: int  # approved or dismissed
    approved_unedited: int  # approved as suggested and never corrected afterwards


def _example(row: Row) -> LabelledExample:
    return LabelledExample(
        sender_address=row["sender_address"],
        subject=row["subject"],
        text=row["excerpt"],
        folder=row["folder"],
        priority=Priority(row["priority"]),
        action_type=ActionType(row["action_type"]),
        source=ExampleSource(row["source"]),
        recorded_at=parse_time(row["recorded_at"]),
        note=row["note"],
    )


class LearningQueries(Database):
    """Queries behind learning from corrections; `Store` inherits them."""

    async def record_labelled_example(self, suggestion_id: int, example: LabelledExample) -> bool:
        """Store one correction of a suggestion; return False if that one was stored already."""
        async with self._transaction(f"recording a correction of suggestion {suggestion_id}") as db:
            cur = await db.execute(
                "INSERT INTO labelled_examples (suggestion_id, source, sender_address, subject,"
                " topic, excerpt, folder, priority, action_type, note, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (suggestion_id, source) DO NOTHING",
                (
                    suggestion_id,
                    example.source.value,
                    example.sender_address.lower(),
                    example.subject,
                    topic_key(example.subject),
                    example.text,
                    example.folder,
                    example.priority.value,
                    example.action_type.value,
                    example.note,
                    db_text(example.recorded_at),
                ),
            )
            return cur.rowcount > 0

    async def learned_examples(self, limit: int = 200) -> list[LabelledExample]:
        """Return the newest correction per sender and topic, newest first, at most `limit`."""
        rows = await self._fetchall(
            "reading learned examples",
            "SELECT " + _EXAMPLE_COLUMNS + " FROM (SELECT *, row_number() OVER ("
            " PARTITION BY sender_address, topic ORDER BY recorded_at DESC, id DESC) AS nth"
            " FROM labelled_examples) WHERE nth = 1 ORDER BY recorded_at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [_example(row) for row in rows]

    async def corrections_by_sender(
        self, *, min_count: int = 2, since: datetime | None = None
    ) -> list[SenderCorrections]:
        """Return each sender's corrections (newest first) for senders with at least
        `min_count` of them since `since`, the most corrected sender first.

        Every correction counts here, repeats of one topic too: they are the evidence a
        proposed sender rule rests on.
        """
        rows = await self._fetchall(
            "reading corrections by sender",
            "SELECT " + _EXAMPLE_COLUMNS + " FROM labelled_examples"
            " WHERE (:since IS NULL OR recorded_at >= :since) AND sender_address IN ("
            " SELECT sender_address FROM labelled_examples"
            " WHERE (:since IS NULL OR recorded_at >= :since)"
            " GROUP BY sender_address HAVING count(*) >= :min)"
            " ORDER BY sender_address, recorded_at DESC, id DESC",
            {"since": None if since is None else db_text(since), "min": min_count},
        )
        grouped: dict[str, list[LabelledExample]] = {}
        for row in rows:
            grouped.setdefault(row["sender_address"], []).append(_example(row))
        found = [SenderCorrections(sender, tuple(items)) for sender, items in grouped.items()]
        return sorted(found, key=lambda g: (-g.count, g.sender_address))

    async def approved_outside_inbox(
        self, email_ids: Sequence[str], *, resolved_before: datetime
    ) -> list[ApprovedElsewhere]:
        """Return the approvals, resolved before `resolved_before`, that filed one of these
        emails in a folder other than the Inbox."""
        rows = await self._fetchall(
            "reading approvals of emails back in the Inbox",
            "SELECT s.id, e.sender_address, e.subject, e.body_text, e.preview,"
            " coalesce(s.edited_priority, s.suggested_priority) AS priority,"
            " coalesce(s.edited_action_type, s.suggested_action_type) AS action_type"
            " FROM suggestions AS s JOIN emails AS e ON e.id = s.email_id"
            " WHERE s.email_id IN (SELECT value FROM json_each(?)) AND s.status = 'approved'"
            f" AND {_FINAL_FOLDER} <> 'Inbox' AND s.resolved_at < ?"
            # An undo under way moves the email back itself: that is no correction.
            " AND NOT EXISTS (SELECT 1 FROM agent_state WHERE key = ? || s.id) ORDER BY s.id",
            (json.dumps(list(email_ids)), db_text(resolved_before), UNDO_STATE_PREFIX),
        )
        return [
            ApprovedElsewhere(
                suggestion_id=int(row["id"]),
                sender_address=row["sender_address"],
                subject=row["subject"],
                body=row["body_text"] or row["preview"],
                priority=row["priority"],
                action_type=row["action_type"],
            )
            for row in rows
        ]

    async def approval_band_counts(self, bounds: Sequence[float]) -> list[BandCount]:
        """Count decided suggestions by suggested action type and confidence band.

        `bounds` are the ascending lower edges of the bands above the first (0.6, 0.85 gives
        <0.6, 0.6-0.85, >=0.85). An approval counts as unedited when the owner neither edited
        it nor corrected it later (no labelled example for it).
        """
        band = " + ".join(f"(s.confidence >= {float(b)!r})" for b in bounds) or "0"
        rows = await self._fetchall(
            "counting approvals by confidence band",
            f"SELECT s.suggested_action_type AS action_type, {band} AS band,"
            " count(*) AS decided,"
            f" total(s.status = 'approved' AND {_UNEDITED} AND NOT EXISTS ("
            " SELECT 1 FROM labelled_examples AS x WHERE x.suggestion_id = s.id)) AS unedited"
            " FROM suggestions AS s WHERE s.status IN ('approved', 'dismissed')"
            " GROUP BY 1, 2 ORDER BY 1, 2",
        )
        return [
            BandCount(
                action_type=row["action_type"],
                band=int(row["band"]),
                decided=int(row["decided"]),
                approved_unedited=int(row["unedited"]),
            )
            for row in rows
        ]
