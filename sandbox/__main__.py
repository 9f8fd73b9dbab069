"""Serve the seeded demo mailbox over HTTP: `python -m sandbox --port 8765`.

Point a client at the printed base URL with any bearer token (e.g. GRAPH_ACCESS_TOKEN=demo).
"""

from __future__ import annotations

import argparse
import asyncio

from sandbox.graph_emulator import GraphEmulator


async def _serve(host: str, port: int, latency: float, seed: bool) -> None:
    emu = GraphEmulator(latency=latency)
    if seed:
        emu.seed_sample_mailbox()
    async with emu.serve(host, port) as base_url:
        print(f"Graph emulator listening on {base_url} (any bearer token; Ctrl-C to stop)")
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per request")
    parser.add_argument("--empty", action="store_true", help="start without the sample mailbox")
    args = parser.parse_args(argv)
    try:
        asyncio.run(_serve(args.host, args.port, args.latency, not args.empty))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
