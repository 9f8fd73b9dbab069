"""Microsoft To Do (the assistant's own list) and Outlook master categories over Graph.

`todo.TodoApi` touches tasks in the assistant's own list only; `master_categories.CategoryApi`
lists, creates and deletes categories and has no way to recolour one; `models` holds the Graph
payloads. Every mutation is written to action_log with what is needed to explain or undo it.
"""

from __future__ import annotations

from core.graph_models import DateTimeTimeZone, ItemBody
from core.graph_tasks.master_categories import (
    CategoryApi,
    CategoryOutcome,
    category_key,
    find_category,
)
from core.graph_tasks.models import (
    APPLICATION_NAME,
    IMPORTANCE_FOR_PRIORITY,
    MAX_TITLE_CHARS,
    STATUS_FOR_ACTION,
    Importance,
    LinkedResource,
    OutlookCategory,
    TaskChanges,
    TaskDraft,
    TaskStatus,
    TodoTask,
    TodoTaskList,
)
from core.graph_tasks.todo import TodoApi, TodoProbe

__all__ = [
    "APPLICATION_NAME",
    "IMPORTANCE_FOR_PRIORITY",
    "MAX_TITLE_CHARS",
    "STATUS_FOR_ACTION",
    "CategoryApi",
    "CategoryOutcome",
    "DateTimeTimeZone",
    "Importance",
    "ItemBody",
    "LinkedResource",
    "OutlookCategory",
    "TaskChanges",
    "TaskDraft",
    "TaskStatus",
    "TodoApi",
    "TodoProbe",
    "TodoTask",
    "TodoTaskList",
    "category_key",
    "find_category",
]
