"""`python -m bot [--config PATH]`: run the service, the same as `outlook-assistant run`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.slack.service import run_service


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, configure logging and run the service until it is stopped."""
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Run the assistant: scheduler + Slack."
    )
    parser.add_argument(
        "--config", type=Path, default=Path("config.yaml"), help="config file (./config.yaml)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    return asyncio.run(run_service(args.config))


if __name__ == "__main__":
    sys.exit(main())
