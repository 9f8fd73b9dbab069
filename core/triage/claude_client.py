"""The one place that builds the Anthropic SDK client, so `run` holds one HTTP pool to Claude.

The classifier and the DM assistant share the client the runtime builds; both talk to the same
base URL with the same key, and the request timeout (`ClassifierConfig.timeout`, longer for a
thinking model) fits both, so neither needs a second connection pool. It lives in triage because
its settings are the `classifier` section.
"""

from __future__ import annotations

import anthropic

from core.config.settings import Settings


def build_claude_client(
    settings: Settings, api_key: str, *, max_retries: int | None = None
) -> anthropic.AsyncAnthropic:
    """Return an SDK client for `classifier.base_url`, its timeout and retries.

    Args:
        settings: the validated configuration (`classifier.base_url`, `timeout`, `max_retries`).
        api_key: ANTHROPIC_API_KEY (from the environment, never from config.yaml).
        max_retries: overrides `classifier.max_retries` (doctor asks once, not patiently).
    """
    config = settings.classifier
    return anthropic.AsyncAnthropic(
        api_key=api_key,
        base_url=config.base_url,
        timeout=config.timeout,
        max_retries=config.max_retries if max_retries is None else max_retries,
    )
