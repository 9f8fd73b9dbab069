"""Classification: tokens and cost per email, and the time to triage a 1,000-email backlog.

Ours: one `TriageService.refresh()` of the runtime built with a Claude key, so the real
ClaudeClassifier (the anthropic SDK, `classifier.concurrency` calls at once, the fixed prompt
cached) classifies the stored backlog against the Claude API emulator answering each call after
`--claude-latency` seconds. Tokens come from the usage the emulator reports, cost from
`core.triage.pricing` at the configured model's prices. The ideal is the concurrency limit:
ceil(emails / concurrency) x latency.

Naive: the same classifier with concurrency 1 classifies a sample of the backlog one email after
another (the time is scaled up to the whole backlog), and its cost is computed as if nothing were
cached: every prompt token at the input price, from the same calls' usage.
"""

from __future__ import annotations

import math
import time

from bench.common import (
    ANTHROPIC_KEY,
    BenchError,
    BenchResult,
    Options,
    Row,
    deliver,
    median,
    workspace,
    write_config,
)
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import build_runtime
from core.store import ClassificationRecord
from core.triage.classifier import build_claude_classifier
from core.triage.claude_client import build_claude_client
from core.triage.pricing import cost_usd
from core.triage.service import for_classification
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.graph_emulator import GraphEmulator


def uncached_cost(model: str, row: ClassificationRecord) -> float:
    """Return what a call would have cost with every prompt token billed as plain input."""
    prompt = row.input_tokens + row.cache_creation_input_tokens + row.cache_read_input_tokens
    return cost_usd(model, input_tokens=prompt, output_tokens=row.output_tokens)


async def run(options: Options) -> BenchResult:
    """Triage the backlog once (ours) and a sample sequentially (naive); return the figures."""
    emails = options.sizes.backlog
    sample = min(options.sizes.naive_backlog, emails)
    graph = GraphEmulator()
    claude = AnthropicEmulator()
    async with graph.serve(), claude.serve() as claude_url, workspace() as directory:
        settings = load_settings(
            write_config(directory, graph_url=graph.base_url, claude_url=claude_url)
        )
        model, concurrency = settings.classifier.model, settings.classifier.concurrency
        runtime = await build_runtime(
            settings,
            Secrets(anthropic_api_key=ANTHROPIC_KEY),
            token_provider=StaticTokenProvider("b"),
        )
        one_at_a_time = settings.model_copy(
            update={"classifier": settings.classifier.model_copy(update={"concurrency": 1})}
        )
        naive = build_claude_classifier(
            one_at_a_time, build_claude_client(one_at_a_time, ANTHROPIC_KEY)
        )
        try:
            deliver(graph, emails)
            await runtime.inbox.sync()  # the backlog is stored; the timed pass classifies it
            graph.latency = options.graph_latency
            claude.latency = options.claude_latency

            started = time.perf_counter()
            report = await runtime.triage.refresh()
            wall = time.perf_counter() - started
            if report.classified != emails or report.by_source.get("claude") != emails:
                raise BenchError(
                    f"{report.classified} of {emails} classified ({dict(report.by_source)}), "
                    f"{report.failures} failures"
                )
            rows = list(
                (
                    await runtime.store.classifications_for_suggestions(report.suggestion_ids)
                ).values()
            )
            peak = claude.peak_in_flight

            stored = await runtime.store.get_emails([r.email_id for r in rows[:sample]])
            started = time.perf_counter()
            for email in stored.values():
                await naive.classify(for_classification(email), settings=settings)
            naive_sample = time.perf_counter() - started
        finally:
            await naive.aclose()
            await runtime.aclose()

    naive_wall = naive_sample / sample * emails
    ideal = math.ceil(emails / concurrency) * options.claude_latency
    ours_cost = sum(r.cost_usd for r in rows) / emails * 1000
    naive_cost = sum(uncached_cost(model, r) for r in rows) / emails * 1000
    cached = median([r.cache_read_input_tokens for r in rows if r.cache_read_input_tokens])
    uncached = median([r.input_tokens for r in rows])
    naive_uncached = median(
        [r.input_tokens + r.cache_creation_input_tokens + r.cache_read_input_tokens for r in rows]
    )
    backlog = f"{emails:,}"
    return BenchResult(
        name="classification",
        title=f"Classify with Claude ({model}, Claude at {options.claude_latency:g} s per call)",
        rows=[
            Row("cached (fixed) prompt tokens per email", cached, 0, "tokens", compare="none"),
            Row("uncached input tokens per email", uncached, naive_uncached, "tokens"),
            Row("cost per 1,000 emails", ours_cost, naive_cost, "$"),
            Row(f"triage a {backlog}-email backlog", wall, naive_wall, "s"),
            Row(
                f"triage a {backlog}-email backlog",
                wall,
                ideal,
                "s",
                kind=f"ideal at {concurrency} at once",
                compare="overhead",
            ),
        ],
        notes=[
            f"ours: TriageService.refresh with ClaudeClassifier, {concurrency} calls at once, "
            "the fixed prompt cached; tokens from the emulator's usage, prices from "
            "core/triage/pricing.py",
            f"naive: the same classifier one call at a time, timed on {sample} emails and scaled "
            f"to {backlog}; cost computed as if uncached (every prompt token at the input price)",
            f"ideal: ceil({backlog} / {concurrency}) x {options.claude_latency:g} s",
        ],
        details={
            "model": model,
            "emails": emails,
            "concurrency": concurrency,
            "peak_calls_in_flight": peak,
            "wall_seconds": wall,
            "ideal_seconds": ideal,
            "naive_sample": sample,
            "naive_sample_seconds": naive_sample,
            "cache_writes": sum(1 for r in rows if r.cache_creation_input_tokens),
            "median_output_tokens": median([r.output_tokens for r in rows]),
            "median_call_ms": median([r.latency_ms for r in rows]),
            "total_cost_usd": sum(r.cost_usd for r in rows),
        },
    )
