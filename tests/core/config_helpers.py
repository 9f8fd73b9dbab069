"""Helpers shared by the config tests: write a config file, load it, get its error."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config.settings import Settings, load_settings
from core.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parents[2] / "config.yaml.example"
P_CHOICES = "P1 - Urgent Important, P2 - Important, P3 - Urgent Low, P4 - Low"
A_CHOICES = "Needs Reply, Waiting For, Review, Delegated, FYI Only, Scheduled"
FOLDER_RULE = (
    "must be a folder path like 'Projects/Tradecore Steel' "
    "(no empty segments, no leading or trailing '/', no '.' or '..')"
)


def write(tmp_path: Path, text: str, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def load(tmp_path: Path, text: str, **env: str) -> Settings:
    return load_settings(write(tmp_path, text), environ=env)


def error_of(tmp_path: Path, text: str, **env: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text, **env)
    return str(caught.value)
