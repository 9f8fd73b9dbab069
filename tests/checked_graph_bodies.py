"""A pytest plugin: every body any test sends to a GraphEmulator is checked against Graph's CSDL.

Whoever builds the emulator (the `emulator` fixture, a fault helper, a subclass, a benchmark run
by its smoke test, the demo), each request it records during a test also goes into that test's
log, and at teardown the log must agree with the schema (tests/graph_schema.py); otherwise the test
errors. `clear_requests()` empties an emulator's own list, not this log, so nothing sent before it
escapes the check. The emulators of worker processes are not involved: a worker is a client, and
the emulator that records its requests runs in the test's process.

Tests of the emulator itself that send invalid bodies on purpose say so with
`@pytest.mark.invalid_graph_bodies("why")`; their bodies are still recorded, just not judged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from sandbox.graph_emulator import GraphEmulator, RecordedRequest
from sandbox.graph_emulator.wire import GraphRequest

MARKER = "invalid_graph_bodies"


@contextmanager
def graph_bodies_sent() -> Iterator[list[RecordedRequest]]:
    """Yield a list that every GraphEmulator appends its recorded requests to until exit."""
    sent: list[RecordedRequest] = []
    record = GraphEmulator._record

    def record_and_keep(emulator: GraphEmulator, req: GraphRequest) -> RecordedRequest:
        recorded = record(emulator, req)
        sent.append(recorded)
        return recorded

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(GraphEmulator, "_record", record_and_keep)
        yield sent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(reason): this test sends Graph bodies the schema rejects on purpose"
    )


@pytest.fixture(autouse=True)
def _graph_bodies_match_the_schema(request: pytest.FixtureRequest) -> Iterator[None]:
    """Set up before (so torn down after) every other fixture of the test, emulators included."""
    with graph_bodies_sent() as sent:
        yield
    if request.node.get_closest_marker(MARKER) is not None or not sent:
        return
    from tests.graph_schema import schema_problems

    problems = schema_problems(sent)
    assert not problems, "request bodies that Graph's schema rejects:\n" + "\n".join(problems)
