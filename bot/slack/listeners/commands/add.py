"""`/assistant add`: open the form that adds a project or an area."""

from __future__ import annotations

import logging
from typing import Literal

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks import add_modal

log = logging.getLogger(__name__)


async def run(client: AsyncWebClient, trigger_id: str, args: list[str]) -> None:
    """Open the add modal ("/assistant add project" preselects Project)."""
    kind: Literal["project", "area"] = (
        "project" if args and args[0].lower() == "project" else "area"
    )
    try:
        await client.views_open(trigger_id=trigger_id, view=add_modal(kind_default=kind))
    except SlackApiError as err:
        log.warning("Could not open the add modal: %s", err.response.get("error"))
