"""Task field mapping: action type -> To Do status, priority -> importance."""

from __future__ import annotations

import pytest

from core.microsoft.todo_models import IMPORTANCE_FOR_PRIORITY, STATUS_FOR_ACTION
from core.vocabulary import ActionType, Priority


@pytest.mark.parametrize(
    ("action", "status"),
    [
        (ActionType.WAITING_FOR, "waitingOnOthers"),
        (ActionType.NEEDS_REPLY, "notStarted"),
        (ActionType.REVIEW, "notStarted"),
        (ActionType.DELEGATED, "inProgress"),
    ],
)
def test_action_type_maps_to_task_status(action, status):
    assert STATUS_FOR_ACTION[action] == status


@pytest.mark.parametrize(
    ("priority", "importance"),
    [(Priority.P1, "high"), (Priority.P2, "high"), (Priority.P3, "normal"), (Priority.P4, "low")],
)
def test_priority_maps_to_task_importance(priority, importance):
    assert IMPORTANCE_FOR_PRIORITY[priority] == importance


def test_action_types_without_a_task_have_no_status():
    """FYI Only and Scheduled create no task (integrations.todo.create_for_action_types)."""
    assert set(STATUS_FOR_ACTION) == set(ActionType) - {ActionType.FYI_ONLY, ActionType.SCHEDULED}
