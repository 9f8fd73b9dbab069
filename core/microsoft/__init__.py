"""Microsoft 365 over Graph: sign-in, the one transport, mail and its delta sync, To Do, categories.

`auth` signs in with MSAL; `graph` is the transport every call goes through (`graph_batch`,
`graph_retry`, `graph_models` beside it); `mail` and `mail_sync` read and change the Inbox;
`todo` touches tasks in the assistant's own list only; `master_categories` lists, creates and
deletes Outlook categories and has no way to recolour one (`todo_models` holds the To Do payloads).
Every mutation is written to action_log with what is needed to explain or undo it.
"""
