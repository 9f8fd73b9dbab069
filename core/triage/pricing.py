"""Claude's published prices and prompt-cache minimums, and the cost of one call.

Prices are USD per million tokens, from Anthropic's model pages and pricing table as of
2026-11 (https://platform.claude.com/docs/en/about-claude/pricing). Cache writes cost 1.25x the
input price for the 5-minute TTL and 2x for the 1-hour TTL; cache reads cost 0.1x. Haiku 5.5 has a
second price tier for prompts above 100K input tokens. A model missing from the table costs 0
and is logged once at WARNING, so an unknown price never passes for a real figure silently.

| model               | input | output | 5m write | 1h write | cache read | min cacheable prefix |
|---------------------|-------|--------|----------|----------|------------|----------------------|
| claude-haiku-5-5    |  0.10 |   0.50 |    0.125 |     0.20 |       0.01 |  512 tokens          |
|   (prompt > 100K)   |  0.50 |   2.50 |    0.625 |     1.00 |       0.05 |                      |
| claude-sonnet-5-5   |  2.00 |  10.00 |     2.50 |     4.00 |       0.10 |  512                 |
| claude-opus-5-5     |  4.00 |  20.00 |     5.00 |     8.00 |       0.20 |  512                 |
| claude-fable-5-1    | 10.00 |  50.00 |    12.50 |    20.00 |       0.25 |  512                 |
| claude-haiku-4-5    |  1.00 |   5.00 |     1.25 |     2.00 |       0.10 | 4096                 |
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

_PER_TOKEN = 1_000_000
_DATE_SUFFIX = re.compile(r"-\d{8}$")


@dataclass(frozen=True)
class Rates:
    """USD per million tokens for each kind of token one call can bill."""

    input: float
    output: float
    cache_write_5m: float
    cache_write_1h: float
    cache_read: float


@dataclass(frozen=True)
class ModelPrices:
    """A model's rates, with an optional second tier for long prompts."""

    base: Rates
    long_context: Rates | None = None
    long_context_above: int = 100_000


PRICES: dict[str, ModelPrices] = {
    "claude-haiku-5-5": ModelPrices(
        base=Rates(0.10, 0.50, 0.125, 0.20, 0.01),
        long_context=Rates(0.50, 2.50, 0.625, 1.00, 0.05),
    ),
    "claude-sonnet-5-5": ModelPrices(Rates(2.00, 10.00, 2.50, 4.00, 0.10)),
    "claude-opus-5-5": ModelPrices(Rates(4.00, 20.00, 5.00, 8.00, 0.20)),
    "claude-fable-5-1": ModelPrices(Rates(10.00, 50.00, 12.50, 20.00, 0.25)),
    "claude-haiku-4-5": ModelPrices(Rates(1.00, 5.00, 1.25, 2.00, 0.10)),
}

# Shorter prefixes are silently not cached (Anthropic's prompt-caching docs, 2026-11).
_MIN_CACHEABLE: tuple[tuple[str, int], ...] = (
    ("claude-haiku-4-5", 4096),
    ("claude-opus-4-5", 4096),
    ("claude-opus-4-6", 4096),
    ("claude-opus-4-7", 4096),
    ("claude-opus-4-8", 1024),
    ("claude-sonnet-5", 1024),
)
_FIVE_X = re.compile(r"^claude-(haiku|sonnet|opus|fable|mythos)-5(-\d+)?$")
_DEFAULT_MIN_CACHEABLE = 1024

_warned: set[str] = set()


def base_model(model: str) -> str:
    """Return `model` without a dated snapshot suffix ("claude-haiku-4-5-20251001" -> "...-4-5")."""
    return _DATE_SUFFIX.sub("", model.strip())


def min_cacheable_tokens(model: str) -> int:
    """Return the shortest prefix (in tokens) that `model` caches; 1024 when unknown."""
    name = base_model(model)
    for known, minimum in _MIN_CACHEABLE:
        if name == known:
            return minimum
    return 512 if _FIVE_X.match(name) else _DEFAULT_MIN_CACHEABLE


def cost_usd(
    model: str,
    *,
    input_tokens: int,
    output_tokens: int,
    cache_creation_input_tokens: int = 0,
    cache_read_input_tokens: int = 0,
    cache_creation_1h_input_tokens: int = 0,
) -> float:
    """Return what one call cost at `model`'s published prices (0.0 for an unknown model).

    `cache_creation_input_tokens` is the total written to the cache, as the API reports it;
    `cache_creation_1h_input_tokens` says how many of those used the 1-hour TTL.
    """
    prices = PRICES.get(base_model(model))
    if prices is None:
        if model not in _warned:
            _warned.add(model)
            log.warning("no price known for model %r: its calls are recorded as costing $0", model)
        return 0.0
    prompt = input_tokens + cache_creation_input_tokens + cache_read_input_tokens
    rates = prices.base
    if prices.long_context is not None and prompt > prices.long_context_above:
        rates = prices.long_context
    one_hour = min(cache_creation_1h_input_tokens, cache_creation_input_tokens)
    five_minute = cache_creation_input_tokens - one_hour
    total = (
        input_tokens * rates.input
        + output_tokens * rates.output
        + five_minute * rates.cache_write_5m
        + one_hour * rates.cache_write_1h
        + cache_read_input_tokens * rates.cache_read
    )
    return total / _PER_TOKEN


def cost_ceiling_usd(model: str, *, prompt_chars: int, max_tokens: int) -> float:
    """Return a deliberately high guess of what one call may cost, before it is made.

    The prompt is counted at three characters a token (English runs nearer four) and priced as a
    1-hour cache write, the dearest input rate; the output at its full `max_tokens`. The daily
    budget reserves it for each call in flight (`core.triage.budget`).
    """
    prompt = -(-prompt_chars // 3)
    return cost_usd(
        model,
        input_tokens=0,
        output_tokens=max_tokens,
        cache_creation_input_tokens=prompt,
        cache_creation_1h_input_tokens=prompt,
    )
