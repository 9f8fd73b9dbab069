"""Store methods for Claude calls outside classification: the DM conversation and nudge drafts.

Classifications keep their own cost in `classifications`; together they are Claude's spend for
the owner's day (`core.triage.budget`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from core.store.connection import Database
from core.store.records import db_text

if TYPE_CHECKING:
    from core.triage.classification import Usage

CallPurpose = Literal["conversation", "draft"]


class ClaudeCallQueries(Database):
    """The writes of `core.triage.claude_meter` and the sums the budget reads."""

    async def record_claude_call(self, purpose: CallPurpose, model: str, usage: Usage) -> int:
        """Store what one Claude call for `purpose` cost; return its id."""
        async with self._transaction(f"recording the cost of a Claude call ({purpose})") as db:
            cur = await db.execute(
                "INSERT INTO claude_calls (purpose, model, input_tokens, output_tokens,"
                " cache_creation_input_tokens, cache_read_input_tokens, cost_usd, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    purpose,
                    model,
                    usage.input_tokens,
                    usage.output_tokens,
                    usage.cache_creation_input_tokens,
                    usage.cache_read_input_tokens,
                    float(usage.cost_usd),
                    self._now(),
                ),
            )
            return int(cur.lastrowid or 0)

    async def claude_call_costs(self, *, since: datetime, until: datetime) -> dict[str, float]:
        """Return the USD Claude calls cost in [since, until), by purpose (absent: none)."""
        rows = await self._fetchall(
            "totalling Claude calls",
            "SELECT purpose, total(cost_usd) AS cost_usd FROM claude_calls"
            " WHERE created_at >= ? AND created_at < ? GROUP BY purpose",
            (db_text(since), db_text(until)),
        )
        return {str(r["purpose"]): float(r["cost_usd"]) for r in rows}
