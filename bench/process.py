"""What the measured service process needs from the suite: the start-up limit and its memory.

Standard library only: `bench.scale_worker` imports this and nothing else of the suite, so the
memory it reports is the service's (loading the emulators would add a few MB).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

READY_TIMEOUT = 120.0  # seconds a started service may take to become poll-ready


def rss_mb() -> float:
    """Return this process's resident set size in MB (VmRSS)."""
    return _status_mb("VmRSS:")


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MB (VmHWM).

    Not getrusage's ru_maxrss: Linux carries that across fork and exec, so a child started by a
    big parent would report the parent's peak.
    """
    return _status_mb("VmHWM:")


def _status_mb(field_name: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field_name):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    # No /proc (macOS): the peak is all getrusage offers (bytes there, KiB on Linux).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
