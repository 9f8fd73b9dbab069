"""Route table: (method, path pattern) -> handler, shared by outer requests and $batch items."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .wire import GraphFault, GraphReply, GraphRequest

if TYPE_CHECKING:
    from .app import GraphEmulator

Handler = Callable[..., GraphReply]

_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Route:
    """One registered route."""

    method: str
    pattern: re.Pattern[str]
    handler: Handler


class Router:
    """Match a request to a handler; path literals are case-insensitive as in Graph."""

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def add(self, method: str, template: str, handler: Handler) -> None:
        """Register `handler` for `method` on a template such as "/me/messages/{message_id}"."""
        parts = _PARAM.split(template)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts)
        )
        self._routes.append(Route(method, re.compile(f"^{regex}/?$", re.IGNORECASE), handler))

    def route(self, method: str, template: str) -> Callable[[Handler], Handler]:
        """Decorate a handler to register it."""

        def register(handler: Handler) -> Handler:
            self.add(method, template, handler)
            return handler

        return register

    def include(self, other: Router) -> None:
        """Add every route of another router."""
        self._routes.extend(other._routes)

    def dispatch(self, emu: GraphEmulator, req: GraphRequest) -> GraphReply:
        """Run the handler that matches; unknown paths and methods answer like Graph."""
        other_method = False
        for route in self._routes:
            match = route.pattern.match(req.path)
            if match is None:
                continue
            if route.method != req.method:
                other_method = True
                continue
            params: dict[str, Any] = match.groupdict()
            return route.handler(emu, req, **params)
        if other_method:
            raise GraphFault(
                405, "Request_BadRequest", f"{req.method} is not allowed on {req.path}."
            )
        segment = req.path.rstrip("/").rsplit("/", 1)[-1] or "/"
        raise GraphFault(400, "BadRequest", f"Resource not found for the segment '{segment}'.")
