"""What each Claude call cost, priced from the usage the API returns, kept in the store.

Classifications carry their `Usage` into the `classifications` table with the suggestion; every
other call (the DM conversation, a nudge draft) is recorded here in `claude_calls`, so the daily
budget (`core.triage.budget`) sums all of Claude's spend for the owner's day. A call the API
answered is billed even when its answer is of no use (a refusal, a cut-off, an empty draft), so
it is recorded as soon as the message arrives; a call that raised returned no usage and costs
nothing here.
"""

from __future__ import annotations

import logging

from anthropic.types import Usage as ApiUsage

from core.store import Store
from core.store.claude_call_queries import CallPurpose
from core.triage.classification import Usage
from core.triage.pricing import cost_usd

log = logging.getLogger(__name__)


def priced_usage(model: str, counts: ApiUsage, latency_ms: int = 0) -> Usage:
    """Return the tokens one call used and what they cost at `model`'s prices."""
    created = counts.cache_creation_input_tokens or 0
    read = counts.cache_read_input_tokens or 0
    one_hour = counts.cache_creation.ephemeral_1h_input_tokens if counts.cache_creation else 0
    return Usage(
        input_tokens=counts.input_tokens,
        output_tokens=counts.output_tokens,
        cache_creation_input_tokens=created,
        cache_read_input_tokens=read,
        cost_usd=cost_usd(
            model,
            input_tokens=counts.input_tokens,
            output_tokens=counts.output_tokens,
            cache_creation_input_tokens=created,
            cache_read_input_tokens=read,
            cache_creation_1h_input_tokens=one_hour,
        ),
        latency_ms=latency_ms,
    )


class ClaudeMeter:
    """Records the cost of Claude calls made outside classification."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def record(self, purpose: CallPurpose, model: str, counts: ApiUsage) -> Usage:
        """Price and store one call's usage; return it priced.

        A store failure is logged, not raised: the owner's answer or draft matters more than
        its bookkeeping.
        """
        usage = priced_usage(model, counts)
        try:
            await self._store.record_claude_call(purpose, model, usage)
        except Exception:
            log.exception("Could not record the cost of a Claude call (%s)", purpose)
        return usage
