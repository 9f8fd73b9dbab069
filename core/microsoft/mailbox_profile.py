"""What the assistant needs to know about the owner's mailbox: its time zone and account kind.

Read once at start-up and again on a config reload, never per approval. The time zone comes
from `GET /me/mailboxSettings` (a Windows name such as "Pacific Standard Time" by default, or an
IANA name when the admin set one up that way); due dates are local dates in it. The account kind
decides which To Do web app opens a task: work or school accounts use to-do.office.com, personal
Microsoft accounts to-do.live.com. Sign-in knows it best (the id token's tenant, where
9188040d-6c67-4c5b-b112-36a304b66dad is the consumer tenant); with a bare GRAPH_ACCESS_TOKEN there
is no id token, so the shape of `/me`'s id decides: personal accounts have a 16-hex-digit id, work
accounts a GUID. Both answers travel in one `$batch` when both are needed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, Protocol, runtime_checkable
from urllib.parse import quote

from core.errors import GraphError
from core.microsoft.auth import TokenProvider
from core.microsoft.graph import BatchRequest, BatchResponse, GraphClient
from core.microsoft.graph_models import zone_info

_LOG = logging.getLogger(__name__)

CONSUMER_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad"
DEFAULT_TIME_ZONE = "UTC"
SETTINGS_URL = "/me/mailboxSettings?$select=timeZone"
ME_URL = "/me?$select=id"

_TODO_TASK_URLS = {
    "work": "https://to-do.office.com/tasks/id/{task_id}/details",
    "personal": "https://to-do.live.com/tasks/id/{task_id}/details",
}
_PERSONAL_USER_ID = re.compile(r"^[0-9a-f]{16}$", re.IGNORECASE)


class AccountKind(StrEnum):
    """Which kind of Microsoft account owns the mailbox."""

    WORK = "work"
    PERSONAL = "personal"


@runtime_checkable
class KnowsAccountTenant(Protocol):
    """A token provider that can say which tenant the signed-in account belongs to."""

    def account_tenant_id(self) -> str | None:
        """Return the tenant id of the saved sign-in, None when there is none."""
        ...


@dataclass(frozen=True)
class MailboxProfile:
    """The owner's mailbox time zone (as Graph names it) and account kind."""

    time_zone: str = DEFAULT_TIME_ZONE
    account: AccountKind = AccountKind.WORK

    def task_web_url(self, task_id: str) -> str:
        """Return the To Do web address that opens a task for this kind of account."""
        return _TODO_TASK_URLS[self.account].format(task_id=quote(task_id, safe=""))


def account_kind_for_tenant(tenant_id: str) -> AccountKind:
    """Return the account kind an id token's `tid` means."""
    return AccountKind.PERSONAL if tenant_id.lower() == CONSUMER_TENANT_ID else AccountKind.WORK


def account_kind_for_user_id(user_id: str) -> AccountKind:
    """Return the account kind `/me`'s id suggests (personal ids are 16 hex digits)."""
    return AccountKind.PERSONAL if _PERSONAL_USER_ID.match(user_id) else AccountKind.WORK


MailboxProblemKind = Literal[
    "settings_unreadable", "zone_unreadable", "no_zone", "unknown_zone", "account_unknown"
]


@dataclass(frozen=True)
class MailboxProblem:
    """One thing about the mailbox that could not be read or understood, and the fallback used.

    `kind`: "settings_unreadable" (the settings request failed: `status`), "zone_unreadable"
    (`status`), "no_zone", "unknown_zone" (`zone`: the name Graph gave) or "account_unknown".
    `fallback`: the time zone (or, for the account, the account kind) used instead. Front ends
    word it; `log_line` is for the engineer's log only.
    """

    kind: MailboxProblemKind
    fallback: str
    status: int | None = None
    zone: str | None = None

    def log_line(self) -> str:
        """Say it for the log (never shown to the owner)."""
        status = self.status if self.status is not None else "no answer"
        what = {
            "settings_unreadable": f"could not read the mailbox settings ({status})",
            "zone_unreadable": f"could not read the mailbox time zone ({status})",
            "no_zone": "the mailbox has no time zone set",
            "unknown_zone": f"the mailbox time zone {self.zone!r} is not a known zone",
            "account_unknown": "could not tell the account kind from /me",
        }[self.kind]
        return f"Mailbox profile: {what}; using {self.fallback}"


@dataclass(frozen=True)
class MailboxReading:
    """A profile as read, with each thing that could not be read or understood and its fallback."""

    profile: MailboxProfile
    problems: tuple[MailboxProblem, ...] = ()


async def load_mailbox_profile(
    graph: GraphClient, tokens: TokenProvider, previous: MailboxProfile | None = None
) -> MailboxProfile:
    """Read the mailbox's time zone and the account kind in one Graph round trip.

    Graph trouble never stops start-up: what cannot be read keeps `previous` (or the defaults,
    UTC and a work account) and is logged once at WARNING. A sign-in problem (AuthError) is
    raised, as every other start-up step raises it, so the owner is asked to sign in once.
    """
    reading = await read_mailbox_profile(graph, tokens, previous)
    for problem in reading.problems:
        _LOG.warning("%s", problem.log_line())
    return reading.profile


async def read_mailbox_profile(
    graph: GraphClient, tokens: TokenProvider, previous: MailboxProfile | None = None
) -> MailboxReading:
    """Read the profile as `load_mailbox_profile` does; return its problems instead of logging."""
    base = previous or MailboxProfile()
    tenant = tokens.account_tenant_id() if isinstance(tokens, KnowsAccountTenant) else None
    requests = [BatchRequest(id="settings", method="GET", url=SETTINGS_URL)]
    if tenant is None:
        requests.append(BatchRequest(id="me", method="GET", url=ME_URL))
    try:
        answers = await _ask(graph, requests)
    except GraphError as err:
        problem = MailboxProblem("settings_unreadable", base.time_zone, status=err.status)
        return MailboxReading(base, (problem,))
    problems: list[MailboxProblem] = []
    time_zone = _time_zone(answers.get("settings"), base.time_zone, problems)
    if tenant is not None:
        account = account_kind_for_tenant(tenant)
    else:
        account = _account_from_me(answers.get("me"), base.account, problems)
    return MailboxReading(MailboxProfile(time_zone=time_zone, account=account), tuple(problems))


async def _ask(graph: GraphClient, requests: list[BatchRequest]) -> dict[str, BatchResponse]:
    if len(requests) > 1:
        return await graph.batch(requests)
    [only] = requests
    body = await graph.get_json(only.url)
    return {only.id: BatchResponse(only.id, 200, {}, body, "GET", only.url)}


def _time_zone(answer: BatchResponse | None, fallback: str, problems: list[MailboxProblem]) -> str:
    if answer is None or not answer.ok:
        status = answer.status if answer is not None else None
        problems.append(MailboxProblem("zone_unreadable", fallback, status=status))
        return fallback
    name = _field(answer.body, "timeZone")
    if not name:
        problems.append(MailboxProblem("no_zone", DEFAULT_TIME_ZONE))
        return DEFAULT_TIME_ZONE
    if zone_info(name) is None:
        problems.append(MailboxProblem("unknown_zone", DEFAULT_TIME_ZONE, zone=name))
        return DEFAULT_TIME_ZONE
    return name


def _account_from_me(
    answer: BatchResponse | None, fallback: AccountKind, problems: list[MailboxProblem]
) -> AccountKind:
    user_id = _field(answer.body, "id") if answer is not None and answer.ok else ""
    if not user_id:
        problems.append(MailboxProblem("account_unknown", str(fallback)))
        return fallback
    return account_kind_for_user_id(user_id)


def _field(body: Any, name: str) -> str:
    value = body.get(name) if isinstance(body, dict) else None
    return value.strip() if isinstance(value, str) else ""
