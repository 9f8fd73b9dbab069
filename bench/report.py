"""The benchmark table (Markdown, ready for the README) and the JSON document."""

from __future__ import annotations

import os
import platform
from dataclasses import asdict
from datetime import datetime
from typing import Any

from bench.common import BenchResult, Options, Row


def figure(value: float, unit: str) -> str:
    """Format one figure with its unit."""
    if unit == "requests":
        return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
    if unit == "tokens":
        return f"{value:,.0f}"
    if unit == "$":
        return f"${value:.3f}"
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else f"{value:,.1f} s"
    if unit == "ms":
        return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"
    return f"{value:,.1f} {unit}"


def ratio(row: Row) -> str:
    """Format how ours compares with the baseline."""
    value = row.ratio
    if value is None:
        return ""
    if row.compare == "overhead":
        return f"{value:+.1%}"
    return f"{value:,.1f}x" if value < 100 else f"{value:,.0f}x"


def table(results: list[BenchResult], options: Options) -> str:
    """Return the Markdown table of every result, its notes below it."""
    lines = [
        f"Graph emulator at {options.graph_latency:g} s per request, Claude emulator at "
        f"{options.claude_latency:g} s per call{' (--quick sizes)' if options.quick else ''}. "
        "Ratio: baseline / ours (against an ideal: how far ours is above it).",
        "",
        "| Benchmark | Measure | Ours | Baseline | Ratio |",
        "|---|---|---:|---:|---:|",
    ]
    for result in results:
        for row in result.rows:
            baseline = (
                f"{figure(row.baseline, row.unit)} ({row.kind})" if row.baseline is not None else ""
            )
            lines.append(
                f"| {result.name} | {row.measure} | {figure(row.ours, row.unit)} | {baseline} "
                f"| {ratio(row)} |"
            )
    lines.append("")
    for result in results:
        lines.append(
            f"- **{result.name}** ({result.title}; ran {result.seconds:.0f} s): "
            + "; ".join(result.notes)
            + "."
        )
    return "\n".join(lines)


def document(
    results: list[BenchResult], options: Options, *, started: datetime, seconds: float
) -> dict[str, Any]:
    """Return the JSON document of a run: settings, machine, and every figure."""
    return {
        "started_at": started.isoformat(),
        "seconds": seconds,
        "options": {
            "graph_latency_seconds": options.graph_latency,
            "claude_latency_seconds": options.claude_latency,
            "quick": options.quick,
            "sizes": asdict(options.sizes),
        },
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "benchmarks": {
            result.name: {
                "title": result.title,
                "seconds": result.seconds,
                "rows": [{**asdict(row), "ratio": row.ratio} for row in result.rows],
                "notes": result.notes,
                "details": result.details,
            }
            for result in results
        },
    }
