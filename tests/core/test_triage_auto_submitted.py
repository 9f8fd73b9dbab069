"""An out-of-office reply or a machine's reminder says so in its Auto-Submitted header (RFC 3834):
the header travels from Graph through the store to the offline classifier, which reads the mail
as automated, however personal its sender and wording look."""

from __future__ import annotations

import pytest

from core.store import Store
from core.triage.service import for_classification
from tests.core.test_triage import Rig, make_rig

OUT_OF_OFFICE = (
    "Hello,\nI am out of the office until Monday and cannot answer. Could you please contact "
    "my colleague Eva for anything urgent today?\nDana"
)


@pytest.fixture
def rig(emulator, graph, store: Store) -> Rig:
    return make_rig(emulator, graph, store)


def deliver(rig: Rig, headers: dict[str, str], subject: str = "Cutover weekend plan") -> str:
    return rig.deliver(subject, body=OUT_OF_OFFICE, headers=headers)


async def test_an_auto_replied_email_is_read_as_automated_fyi(rig):
    rig.new_service(primary=None)
    email_id = deliver(rig, {"Auto-Submitted": "auto-replied"})

    await rig.triage.refresh()

    stored = await rig.store.get_email(email_id)
    assert stored is not None and stored.auto_submitted == "auto-replied"
    assert for_classification(stored).auto_submitted == "auto-replied"
    suggestion = await rig.suggestion_for(email_id)
    assert suggestion is not None
    assert suggestion.suggested_action_type == "FYI Only"
    assert "Auto-Submitted: auto-replied" in suggestion.reason


async def test_auto_submitted_no_is_a_person(rig):
    rig.new_service(primary=None)
    # No "Automatic reply:" in the subject either (that convention alone is an auto-reply).
    email_id = deliver(rig, {"Auto-Submitted": "no"})

    await rig.triage.refresh()

    suggestion = await rig.suggestion_for(email_id)
    assert suggestion is not None
    assert "Auto-Submitted" not in suggestion.reason
    assert suggestion.suggested_action_type != "FYI Only"  # "could you please contact ..."
