"""`uv run python -m bench [--only NAME] [--quick] [--json PATH]`: run the benchmarks."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import BENCHMARKS, DEFAULT_JSON, run_suite
from bench.common import Options
from bench.report import document, table


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Benchmark the assistant against the emulators, each figure beside a "
        "baseline measured in the same run; print a Markdown table and write JSON.",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help=f"run only these (repeat or comma-separate): {', '.join(BENCHMARKS)}",
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes (a smoke run for CI; figures mean little)"
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=DEFAULT_JSON,
        metavar="PATH",
        help="where to write the results (default: bench/results/latest.json)",
    )
    parser.add_argument(
        "--graph-latency",
        type=float,
        default=Options.graph_latency,
        metavar="SECONDS",
        help="Graph emulator latency per request (default: %(default)s)",
    )
    parser.add_argument(
        "--claude-latency",
        type=float,
        default=Options.claude_latency,
        metavar="SECONDS",
        help="Claude emulator latency per call (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    names = [n.strip() for item in args.only or [] for n in item.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    args.names = names or list(BENCHMARKS)
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks, print the table, write the JSON; return the exit status."""
    args = parse(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    options = Options(
        graph_latency=args.graph_latency, claude_latency=args.claude_latency, quick=args.quick
    )
    started_at = datetime.now(UTC)
    started = time.perf_counter()

    def progress(name: str, seconds: float) -> None:
        print(f"{name}: done in {seconds:.1f} s", file=sys.stderr, flush=True)

    results = asyncio.run(run_suite(options, args.names, progress=progress))
    seconds = time.perf_counter() - started
    print(table(results, options))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    payload = document(results, options, started=started_at, seconds=seconds)
    args.json.write_text(json.dumps(payload, indent=2) + "\n")
    print(
        f"\n{len(results)} benchmarks in {seconds:.0f} s; results in {args.json}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
