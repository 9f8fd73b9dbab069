"""Short names for priorities and action types, shared by the offline classifier's tests."""

from core.vocabulary import ActionType, Priority

P1, P2, P3, P4 = Priority.P1, Priority.P2, Priority.P3, Priority.P4
NR, WF, RV = ActionType.NEEDS_REPLY, ActionType.WAITING_FOR, ActionType.REVIEW
DL, FYI, SC = ActionType.DELEGATED, ActionType.FYI_ONLY, ActionType.SCHEDULED
