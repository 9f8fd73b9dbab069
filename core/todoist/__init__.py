"""Todoist over API v1: the assistant's own project and its tasks (client, models, errors)."""

from __future__ import annotations
