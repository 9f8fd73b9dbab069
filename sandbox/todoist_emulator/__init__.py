"""In-process Todoist API v1 emulator: real HTTP, v1's wire format and the edges we rely on.

`TodoistEmulator` serves https://api.todoist.com/api/v1 on 127.0.0.1 (ephemeral port): Bearer
auth, projects and tasks over REST with cursor pages, close/reopen/delete, POST /sync with sync
tokens and uuid-idempotent commands; it records every request and injects faults (a status or a
dropped connection on the next request to a path, either before or after applying it, a 429
rate limit with Retry-After, an expired token, forgotten sync tokens). `complete_outside`,
`edit_outside` and `delete_outside` play the owner changing a task in the Todoist app.

What was checked, and where (shared/reference/anthropic-todoist-google.md §1 for the rest):
- Only /api/v1 lives; /rest/v2 and /sync/v9 answer 410 Gone with a text/plain "This endpoint is
  deprecated ... /api/v1/ prefixes" (github.com/jeremiaa/magic-frame/issues/104 and /14, curl
  transcripts from 2026). The same reports show /api/v1 answering 401 to a bad token.
- The error body `{error, error_code, error_extra{retry_after, access_type, ...}, error_tag,
  http_code}` with `error_tag` "AUTH_INVALID_TOKEN" and error "Invalid token"
  (github.com/tod-org/tod/issues/223, a live body). The other tags and all error_code numbers
  here are the emulator's choice; clients should key on the HTTP status and `error_tag`.
- Task fields (id, user_id, project_id, section_id, parent_id, added_by_uid, assigned_by_uid,
  responsible_uid, labels, deadline, duration, checked, is_deleted, added_at, completed_at,
  updated_at, due{date, timezone, string, lang, is_recurring}, priority, child_order, content,
  description, note_count, day_order, is_collapsed) and project fields: the official TypeScript
  SDK's test fixtures (Doist/todoist-api-typescript src/test-utils/test-defaults.ts).
- GET /tasks/{id} still returns a completed task (only its completion fields tell):
  github.com/Doist/todoist-mcp/issues/152. A deleted task is a 404, deleting twice too (ref §1.3).
- /sync takes a JSON body (the TypeScript SDK posts JSON: src/todoist-api.sync.test.ts) or form
  fields; commands are `{type, uuid, temp_id?, args}`; the answer's top-level keys are
  `full_sync, full_sync_date_utc, sync_status, sync_token, temp_id_mapping` plus the requested
  resources, `sync_status[uuid]` is "ok" or an error object (a client's notes from a live call,
  found with find_string "full_sync_date_utc"; SDK type SyncResponse: syncStatus: Record<string,
  "ok" | SyncError>). Incremental syncs carry changed items with `checked` / `is_deleted`
  (Sync v9 semantics, which v1 keeps).
- GET /tasks/completed/by_completion_date: `since` and `until` required, a window of up to 3
  months, optional `project_id`, `limit` (<= 200) and `cursor`; the page is `{items,
  next_cursor}` of task objects (Doist/todoist-api-python PR #185 and its
  get_completed_tasks_by_completion_date; the TypeScript SDK's GetCompletedTasksResponse and
  GetCompletedTasksByCompletionDateArgs). A label name is at most 60 characters (Todoist help,
  "Usage limits in Todoist").
- Not verified, the emulator's choice: how a stale sync token is refused (here a 400 with
  error_tag INVALID_SYNC_TOKEN; a client must then sync in full), the `due_string` parser
  (here only "today", "tomorrow", "no date" and YYYY-MM-DD), the 400 for a completed-tasks
  window above 92 days, and that listing's order (newest completion first).
"""

from __future__ import annotations

from .app import DEFAULT_TOKEN, DROPPED, LoggedRequest, TodoistEmulator

__all__ = ["DEFAULT_TOKEN", "DROPPED", "LoggedRequest", "TodoistEmulator"]
