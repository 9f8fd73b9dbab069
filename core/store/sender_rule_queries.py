"""Store methods for sender rules: the rules, the owner's decisions they are learned from, the
proposals put to the owner, and the owner's own categories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.store.connection import Database
from core.store.records import Row, db_text, parse_time

_RULE_COLUMNS = "id, pattern, folder, origin, created_at, updated_at"
_PROPOSAL_COLUMNS = (
    "id, kind, pattern, folder, rule_id, evidence, evidence_count, status, created_at,"
    " announced_at, decided_at"
)
# Where the owner put an approved email: their edit, else what was suggested.
_FINAL_FOLDER = "coalesce(s.edited_folder, s.suggested_folder)"


@dataclass(frozen=True)
class SenderRuleRecord:
    """A `sender_rules` row: mail from `pattern` (an address or '@domain') goes to `folder`."""

    id: int
    pattern: str
    folder: str
    origin: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SenderRuleProposalRecord:
    """A `sender_rule_proposals` row: a rule to add or remove, waiting for the owner or decided."""

    id: int
    kind: str  # 'add' or 'remove'
    pattern: str
    folder: str
    rule_id: int | None
    evidence: str  # 'history', 'corrections', 'stale' or 'corrected'
    evidence_count: int
    status: str  # 'open', 'confirmed', 'declined' or 'withdrawn'
    created_at: datetime
    announced_at: datetime | None
    decided_at: datetime | None


@dataclass(frozen=True)
class FolderDecision:
    """Where the owner filed one approved email from `sender`, and whether they corrected it."""

    sender: str  # lower-case address
    folder: str
    corrected: bool  # the owner chose another folder than the one suggested
    at: datetime


@dataclass(frozen=True)
class UserCategoryRecord:
    """A category the owner created through the assistant."""

    name: str
    color: str
    created_at: datetime


def _rule(row: Row) -> SenderRuleRecord:
    return SenderRuleRecord(
        id=int(row["id"]),
        pattern=row["pattern"],
        folder=row["folder"],
        origin=row["origin"],
        created_at=parse_time(row["created_at"]),
        updated_at=parse_time(row["updated_at"]),
    )


def _proposal(row: Row) -> SenderRuleProposalRecord:
    return SenderRuleProposalRecord(
        id=int(row["id"]),
        kind=row["kind"],
        pattern=row["pattern"],
        folder=row["folder"],
        rule_id=row["rule_id"],
        evidence=row["evidence"],
        evidence_count=int(row["evidence_count"]),
        status=row["status"],
        created_at=parse_time(row["created_at"]),
        announced_at=parse_time(row["announced_at"]) if row["announced_at"] else None,
        decided_at=parse_time(row["decided_at"]) if row["decided_at"] else None,
    )


class SenderRuleQueries(Database):
    """The reads and writes of `core.triage.sender_rules` and its proposals."""

    # -- rules

    async def sender_rules(self) -> list[SenderRuleRecord]:
        """Return every sender rule, by pattern."""
        rows = await self._fetchall(
            "listing sender rules",
            "SELECT " + _RULE_COLUMNS + " FROM sender_rules ORDER BY pattern",
        )
        return [_rule(row) for row in rows]

    async def sender_rule(self, rule_id: int) -> SenderRuleRecord | None:
        """Return one sender rule, or None."""
        row = await self._fetchone(
            f"reading sender rule {rule_id}",
            "SELECT " + _RULE_COLUMNS + " FROM sender_rules WHERE id = ?",
            (rule_id,),
        )
        return None if row is None else _rule(row)

    async def save_sender_rule(self, pattern: str, folder: str, *, origin: str) -> int:
        """Add the rule, or point an existing rule for `pattern` at `folder`; return its id."""
        now = self._now()
        async with self._transaction(f"saving the sender rule for {pattern!r}") as db:
            await db.execute(
                "INSERT INTO sender_rules (pattern, folder, origin, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (pattern) DO UPDATE SET"
                " folder = excluded.folder, origin = excluded.origin,"
                " updated_at = excluded.updated_at",
                (pattern, folder, origin, now, now),
            )
            async with db.execute(
                "SELECT id FROM sender_rules WHERE pattern = ?", (pattern,)
            ) as cur:
                row = await cur.fetchone()
        return int(row["id"]) if row is not None else 0

    async def change_sender_rule(self, rule_id: int, *, pattern: str, folder: str) -> bool:
        """Rewrite a rule (the owner edited it); False when it is gone."""
        async with self._transaction(f"editing sender rule {rule_id}") as db:
            cur = await db.execute(
                "UPDATE sender_rules SET pattern = ?, folder = ?, origin = 'owner',"
                " updated_at = ? WHERE id = ?",
                (pattern, folder, self._now(), rule_id),
            )
            return cur.rowcount == 1

    async def delete_sender_rule(self, rule_id: int) -> bool:
        """Delete a rule; False when it was already gone."""
        async with self._transaction(f"deleting sender rule {rule_id}") as db:
            cur = await db.execute("DELETE FROM sender_rules WHERE id = ?", (rule_id,))
            return cur.rowcount == 1

    # -- what rules are learned from and checked against

    async def folder_decisions(self, *, since: datetime) -> list[FolderDecision]:
        """Return every approval resolved at or after `since`, newest first."""
        rows = await self._fetchall(
            "reading where approved emails were filed",
            "SELECT lower(trim(e.sender_address)) AS sender, " + _FINAL_FOLDER + " AS folder,"
            " " + _FINAL_FOLDER + " <> s.suggested_folder AS corrected, s.resolved_at"
            " FROM suggestions AS s JOIN emails AS e ON e.id = s.email_id"
            " WHERE s.status = 'approved' AND s.resolved_at >= ? AND e.sender_address <> ''"
            " ORDER BY s.resolved_at DESC, s.id DESC",
            (db_text(since),),
        )
        return [
            FolderDecision(
                sender=row["sender"],
                folder=row["folder"],
                corrected=bool(row["corrected"]),
                at=parse_time(row["resolved_at"]),
            )
            for row in rows
        ]

    async def last_mail_from(self, pattern: str) -> datetime | None:
        """Return when the newest stored email from `pattern` (address or '@domain') arrived."""
        if pattern.startswith("@"):
            # The domain and its subdomains, as the heuristic matches them; LIKE's wildcards in
            # the domain are escaped.
            domain = pattern[1:].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where = (
                "lower(sender_address) LIKE ? ESCAPE '\\'"
                " OR lower(sender_address) LIKE ? ESCAPE '\\'"
            )
            params: tuple[str, ...] = (f"%@{domain}", f"%.{domain}")
        else:
            where, params = "lower(trim(sender_address)) = ?", (pattern,)
        row = await self._fetchone(
            f"finding the last mail from {pattern!r}",
            "SELECT max(received_at) AS last FROM emails WHERE " + where,
            params,
        )
        return parse_time(row["last"]) if row is not None and row["last"] else None

    # -- proposals

    async def add_sender_rule_proposal(
        self,
        *,
        kind: str,
        pattern: str,
        folder: str,
        evidence: str,
        evidence_count: int,
        rule_id: int | None = None,
    ) -> int | None:
        """Record an open proposal; None when one of the same kind is already open for it."""
        async with self._transaction(f"proposing a sender rule change for {pattern!r}") as db:
            cur = await db.execute(
                "INSERT OR IGNORE INTO sender_rule_proposals (kind, pattern, folder, rule_id,"
                " evidence, evidence_count, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'open', ?)",
                (kind, pattern, folder, rule_id, evidence, evidence_count, self._now()),
            )
            return int(cur.lastrowid or 0) if cur.rowcount == 1 else None

    async def sender_rule_proposals(
        self, *, statuses: tuple[str, ...] = ("open",)
    ) -> list[SenderRuleProposalRecord]:
        """Return the proposals in `statuses`, oldest first."""
        marks = ", ".join("?" for _ in statuses)
        rows = await self._fetchall(
            "listing sender rule proposals",
            "SELECT " + _PROPOSAL_COLUMNS + " FROM sender_rule_proposals"
            f" WHERE status IN ({marks}) ORDER BY id",
            statuses,
        )
        return [_proposal(row) for row in rows]

    async def sender_rule_proposal(self, proposal_id: int) -> SenderRuleProposalRecord | None:
        """Return one proposal, or None."""
        row = await self._fetchone(
            f"reading sender rule proposal {proposal_id}",
            "SELECT " + _PROPOSAL_COLUMNS + " FROM sender_rule_proposals WHERE id = ?",
            (proposal_id,),
        )
        return None if row is None else _proposal(row)

    async def declined_since(self, kind: str, pattern: str, since: datetime) -> bool:
        """Tell whether the owner declined such a proposal for `pattern` at or after `since`."""
        row = await self._fetchone(
            f"checking declined proposals for {pattern!r}",
            "SELECT 1 FROM sender_rule_proposals WHERE kind = ? AND pattern = ?"
            " AND status = 'declined' AND decided_at >= ? LIMIT 1",
            (kind, pattern, db_text(since)),
        )
        return row is not None

    async def mark_sender_rule_proposal_announced(self, proposal_id: int) -> None:
        """Note that the owner was shown the proposal."""
        async with self._transaction(f"marking proposal {proposal_id} announced") as db:
            await db.execute(
                "UPDATE sender_rule_proposals SET announced_at = ? WHERE id = ?",
                (self._now(), proposal_id),
            )

    async def decide_sender_rule_proposal(self, proposal_id: int, status: str) -> bool:
        """Move an open proposal to `status`; False when it was no longer open (decided twice)."""
        async with self._transaction(f"deciding sender rule proposal {proposal_id}") as db:
            cur = await db.execute(
                "UPDATE sender_rule_proposals SET status = ?, decided_at = ?"
                " WHERE id = ? AND status = 'open'",
                (status, self._now(), proposal_id),
            )
            return cur.rowcount == 1

    # -- the owner's own categories

    async def user_categories(self) -> list[UserCategoryRecord]:
        """Return the owner's own categories, by name."""
        rows = await self._fetchall(
            "listing the owner's categories",
            "SELECT name, color, created_at FROM user_categories ORDER BY name",
        )
        return [
            UserCategoryRecord(row["name"], row["color"], parse_time(row["created_at"]))
            for row in rows
        ]

    async def add_user_category(self, name: str, color: str) -> bool:
        """Record an owner's category; False when one of that name (any case) is recorded."""
        async with self._transaction(f"recording the category {name!r}") as db:
            cur = await db.execute(
                "INSERT OR IGNORE INTO user_categories (name, color, created_at) VALUES (?, ?, ?)",
                (name, color, self._now()),
            )
            return cur.rowcount == 1
