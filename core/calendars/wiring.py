"""Building the enabled calendar providers from the settings, once per runtime.

Outlook rides on the runtime's Graph client (sign-in, retries, throttling) in the mailbox's time
zone; Google on the runtime's HTTP session through `build_google_calendar`. Neither opens a
connection of its own, so closing the runtime's session closes them. A provider that cannot be
built (Google without a client id or secret) becomes an `UnavailableProvider`: every call raises
the build's error, which the merged view reports beside the other provider's answer, so one
misconfigured calendar never hides the other.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import NoReturn

import aiohttp

from core.calendars.provider import (
    ActionLog,
    BusyInterval,
    CalendarChanges,
    CalendarEvent,
    CalendarProvider,
    EventChanges,
    EventDraft,
    ProviderName,
)
from core.config.settings import CalendarsConfig, Secrets
from core.errors import AppError
from core.google.setup import build_google_calendar
from core.microsoft.calendar import OutlookCalendarProvider
from core.microsoft.graph import GraphClient

Sleep = Callable[[float], Awaitable[None]]


class UnavailableProvider:
    """Stands for a provider that could not be built; every call raises why."""

    def __init__(self, name: ProviderName, label: str, error: AppError) -> None:
        """Remember the provider's name, label and the error its build raised."""
        self._name, self._label, self.error = name, label, error

    @property
    def name(self) -> ProviderName:
        """The provider's name."""
        return self._name

    @property
    def label(self) -> str:
        """The provider's label for front ends."""
        return self._label

    def _fail(self) -> NoReturn:
        raise self.error

    async def events(self, start: datetime, end: datetime) -> list[CalendarEvent]:
        """Raise the build's error."""
        self._fail()

    async def get_event(self, event_id: str) -> CalendarEvent | None:
        """Raise the build's error."""
        self._fail()

    async def free_busy(self, start: datetime, end: datetime) -> list[BusyInterval]:
        """Raise the build's error."""
        self._fail()

    async def create_event(self, draft: EventDraft, *, actor: str) -> CalendarEvent:
        """Raise the build's error."""
        self._fail()

    async def update_event(
        self, event_id: str, changes: EventChanges, *, actor: str
    ) -> CalendarEvent:
        """Raise the build's error."""
        self._fail()

    async def delete_event(self, event_id: str, *, actor: str) -> bool:
        """Raise the build's error."""
        self._fail()

    async def changes(self, start: datetime, end: datetime, cursor: str | None) -> CalendarChanges:
        """Raise the build's error."""
        self._fail()


def build_google(
    config: CalendarsConfig,
    secrets: Secrets,
    session: aiohttp.ClientSession,
    *,
    log_action: ActionLog | None,
    sleep: Sleep = asyncio.sleep,
) -> CalendarProvider | None:
    """The Google provider when calendars.google is on (unavailable when it cannot be built)."""
    if not config.google.enabled:
        return None
    try:
        return build_google_calendar(
            config.google, secrets, session, log_action=log_action, sleep=sleep
        )
    except AppError as err:
        return UnavailableProvider("google", "Google Calendar", err)


def build_outlook(
    config: CalendarsConfig,
    graph: GraphClient,
    time_zone: str,
    *,
    log_action: ActionLog | None,
) -> OutlookCalendarProvider | None:
    """The Outlook provider when calendars.outlook is on, in the mailbox's time zone."""
    if not config.outlook.enabled:
        return None
    return OutlookCalendarProvider(
        graph, time_zone, log_action=log_action, calendar_ids=config.outlook.calendar_ids
    )


def enabled_names(config: CalendarsConfig) -> frozenset[ProviderName]:
    """The providers the config turns on."""
    names: set[ProviderName] = set()
    if config.outlook.enabled:
        names.add("outlook")
    if config.google.enabled:
        names.add("google")
    return frozenset(names)
