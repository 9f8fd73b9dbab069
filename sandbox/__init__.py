"""The sandbox: one home for every emulator, and a sample mailbox (demo, tests, benchmarks).

In-process HTTP servers speaking the real wire formats: Microsoft Graph (graph_emulator), the
Microsoft identity platform (entra_emulator), the Claude API (anthropic_emulator) and Slack's
Web API and Socket Mode with signed-request builders (slack_emulator).
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_CONFIG_PATH = Path(__file__).with_name("sample_config.yaml")
