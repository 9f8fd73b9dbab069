"""The sandbox: an in-process Microsoft Graph emulator and a sample mailbox (demo, tests)."""

from __future__ import annotations

from pathlib import Path

SAMPLE_CONFIG_PATH = Path(__file__).with_name("sample_config.yaml")
