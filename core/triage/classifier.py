"""ClaudeClassifier: one Messages API call per email, answered through structured outputs.

The request carries the fixed system prompt with a `cache_control` breakpoint, one user turn with
the email as delimited data (see `core.triage.classifier_prompt`), and `output_config.format` with
the answer's JSON schema. It never sends temperature/top_p/top_k (API version 2026-10-21 rejects
them) and never forces `tool_choice` (Sonnet and Opus 5.5 reject that). Thinking is switched off
where the model allows it (the Haiku models); models that always think get effort "low" and a
thinking allowance on top of `classifier.max_output_tokens`, because thinking spends the same
`max_tokens` the answer needs (`core.triage.thinking`).

The answer is validated in code: content blocks are picked by type (a thinking block may come
first), the text is parsed through `ClaudeAnswer`, and the folder must be one of the taxonomy's or
"Inbox". A refusal, a cut-off or malformed answer, a confidence outside 0..1 or an unknown folder
becomes a `needs_review` classification that says what happened; nothing is guessed. The SDK
retries 408/409/429/5xx/529 and connection errors itself (`max_retries`); what is still failing
afterwards, and every request the API rejects, becomes one `ClassifierError`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

import anthropic
from anthropic.types import (
    CacheControlEphemeralParam,
    Message,
    MessageParam,
    OutputConfigParam,
    TextBlockParam,
)
from pydantic import ValidationError

from core.config.settings import Settings
from core.errors import ClassifierError
from core.triage.classification import (
    INBOX,
    Classification,
    Correction,
    EmailForClassification,
    Source,
    Usage,
)
from core.triage.classification_meetings import apply_meeting_rule
from core.triage.classifier_prompt import (
    ClaudeAnswer,
    allowed_folders,
    answer_schema,
    examples_prompt,
    schema_hash,
    system_prompt,
    user_message,
)
from core.triage.claude_meter import priced_usage
from core.triage.examples import LabelledExample
from core.triage.pricing import cost_ceiling_usd
from core.triage.thinking import output_plan
from core.triage.user_categories import chosen_category
from core.untrusted_text import clip, one_line
from core.vocabulary import ActionType, Priority

log = logging.getLogger(__name__)

_MAX_REASON_CHARS = 500


class ClaudeClassifier:
    """Classify email with Claude; implements `core.triage.classification.Classifier`.

    A 5-minute cache write costs 1.25x input and each read 0.1x, so it pays off from one read per
    write; when emails arrive further apart than that, `cache_ttl="1h"` (2x write) pays off from
    two calls per hour.
    """

    def __init__(
        self,
        client: anthropic.AsyncAnthropic,
        *,
        model: str,
        max_body_chars: int,
        max_output_tokens: int,
        concurrency: int,
        cache_ttl: Literal["5m", "1h"] = "5m",
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.name = f"claude:{model}"
        self.model = model
        self.max_body_chars = max_body_chars
        self.max_output_tokens = max_output_tokens
        self.output = output_plan(model, max_output_tokens)
        self.cache_ttl = cache_ttl
        self._client = client
        self._semaphore = asyncio.Semaphore(concurrency)
        self._clock = clock

    async def classify(
        self,
        email: EmailForClassification,
        *,
        settings: Settings,
        corrections: Sequence[Correction] = (),
        examples: Sequence[LabelledExample] = (),
    ) -> Classification:
        """Classify `email`; raise ClassifierError only when Claude cannot be asked at all.

        The owner's corrections reach Claude as `examples` (see `examples_prompt`); the
        `corrections` of the protocol are left to the heuristic.
        """
        schema = answer_schema(settings)
        fingerprint = schema_hash(schema)
        system = self.system_blocks(settings, examples)
        messages: list[MessageParam] = [
            {
                "role": "user",
                "content": user_message(email, settings, max_body_chars=self.max_body_chars),
            }
        ]
        output_config: OutputConfigParam = {"format": {"type": "json_schema", "schema": schema}}
        if self.output.effort is not None:
            output_config["effort"] = self.output.effort
        async with self._semaphore:
            started = self._clock()
            try:
                message = await self._client.messages.create(
                    model=self.model,
                    max_tokens=self.output.max_tokens,
                    system=system,
                    messages=messages,
                    output_config=output_config,
                    **self.output.extra,
                )
            except anthropic.AnthropicError as err:
                raise ClassifierError(self._error_message(err)) from err
            latency_ms = round((self._clock() - started) * 1000)
        usage = self._usage(message, latency_ms)
        answer = self._interpret(message, allowed_folders(settings), usage, fingerprint)
        # Only a category the owner has counts; the answer carries what Claude wrote.
        answer = replace(answer, category=chosen_category(answer.category, settings))
        return apply_meeting_rule(answer, email.meeting)

    def cost_ceiling_usd(
        self,
        email: EmailForClassification,
        settings: Settings,
        examples: Sequence[LabelledExample] = (),
    ) -> float:
        """Return a high guess of what classifying `email` may cost (the daily budget holds it
        while the call is in flight): its whole prompt as a cache write, its full output."""
        prompt = sum(len(block["text"]) for block in self.system_blocks(settings, examples))
        prompt += len(user_message(email, settings, max_body_chars=self.max_body_chars))
        prompt += len(json.dumps(answer_schema(settings)))
        return cost_ceiling_usd(self.model, prompt_chars=prompt, max_tokens=self.output.max_tokens)

    def system_blocks(
        self, settings: Settings, examples: Sequence[LabelledExample]
    ) -> list[TextBlockParam]:
        """Return the system blocks: the fixed part, then the learned examples if any fit.

        Each carries a cache breakpoint (2 of the 4 allowed), so a new correction rewrites only
        the examples block's entry while the fixed part is still read from the cache.
        """
        cache: CacheControlEphemeralParam = {"type": "ephemeral", "ttl": self.cache_ttl}
        blocks: list[TextBlockParam] = [
            {"type": "text", "text": system_prompt(settings), "cache_control": cache}
        ]
        budget = settings.classifier.learned_examples_tokens
        learned = examples_prompt(examples, settings, budget_tokens=budget)
        if learned:
            blocks.append({"type": "text", "text": learned, "cache_control": cache})
        return blocks

    def schema_hash(self, settings: Settings) -> str:
        """Return the fingerprint of the answer schema used for `settings`."""
        return schema_hash(answer_schema(settings))

    async def aclose(self) -> None:
        """Close the SDK client and its connections."""
        await self._client.close()

    # ---- the answer ----------------------------------------------------------------------------

    def _usage(self, message: Message, latency_ms: int) -> Usage:
        return priced_usage(self.model, message.usage, latency_ms)

    def _interpret(
        self, message: Message, folders: list[str], usage: Usage, fingerprint: str
    ) -> Classification:
        def review(reason: str) -> Classification:
            log.info("classification needs review: %s", reason)
            return Classification(
                folder=INBOX,
                priority=Priority.P3,
                action_type=ActionType.REVIEW,
                confidence=0.0,
                reason=reason,
                source=Source.CLAUDE,
                needs_review=True,
                model=self.model,
                usage=usage,
                schema_hash=fingerprint,
            )

        if message.stop_reason == "refusal":
            details = message.stop_details
            why = [d for d in (details.category, details.explanation) if d] if details else []
            return review("Claude refused to classify this email" + _parenthesised(why) + ".")
        if message.stop_reason == "max_tokens":
            return review(
                f"Claude's answer was cut off at the output limit ({self.output.max_tokens} tokens"
                f", thinking included; classifier.max_output_tokens = {self.max_output_tokens})."
            )
        text = "".join(block.text for block in message.content if block.type == "text")
        if not text.strip():
            return review(f"Claude's answer had no text (stop_reason {message.stop_reason}).")
        try:
            answer = ClaudeAnswer.model_validate_json(text, strict=True)
        except ValidationError as err:
            return review(f"Claude's answer did not match the schema: {_summary(err)}.")
        if not (math.isfinite(answer.confidence) and 0 <= answer.confidence <= 1):
            return review(
                "Claude's answer did not match the schema: "
                f"confidence {answer.confidence} is outside 0..1."
            )
        if answer.folder not in folders:
            shown = clip(answer.folder, 80)
            return review(f"Claude chose {shown!r}, which is not a folder of the taxonomy.")
        reason = one_line(answer.reason, _MAX_REASON_CHARS)
        return Classification(
            folder=answer.folder,
            priority=answer.priority,
            action_type=answer.action_type,
            confidence=answer.confidence,
            reason=reason,
            source=Source.CLAUDE,
            model=self.model,
            usage=usage,
            schema_hash=fingerprint,
            category=answer.category,
        )

    def _error_message(self, err: anthropic.AnthropicError) -> str:
        retries = self._client.max_retries
        after = f" after {retries} retr{'y' if retries == 1 else 'ies'}" if retries else ""
        if isinstance(err, anthropic.APITimeoutError):
            timeout = self._client.timeout
            limit = f"{timeout:g} s" if isinstance(timeout, int | float) else str(timeout)
            return f"Claude API did not answer within {limit}{after}"
        if isinstance(err, anthropic.APIConnectionError):
            return f"cannot reach the Claude API at {self._client.base_url}{after}: {err}"
        if not isinstance(err, anthropic.APIStatusError):
            return f"Claude API call failed: {err}"
        status = err.status_code
        detail = f"{status} {err.type or 'error'}: {err.api_message or err.message}"
        if err.request_id:
            detail += f"; request-id {err.request_id}"
        if status == 429:
            return f"Claude API is still rate-limiting{after} ({detail})"
        if status == 529:
            return f"Claude API is still overloaded{after} ({detail})"
        if status >= 500:
            return f"Claude API is still failing{after} ({detail})"
        if status == 401:
            return f"Claude API rejected the API key; check ANTHROPIC_API_KEY ({detail})"
        if status in (403, 404):
            return (
                f"Claude API refused model {self.model!r}; check classifier.model and "
                f"classifier.base_url ({detail})"
            )
        return f"Claude API rejected the request ({detail})"


def _parenthesised(parts: list[str]) -> str:
    return f" ({': '.join(parts)})" if parts else ""


def _summary(err: ValidationError) -> str:
    problems = []
    for error in err.errors(include_url=False)[:3]:
        where = ".".join(str(part) for part in error["loc"])
        problems.append(f"{where}: {error['msg']}" if where else str(error["msg"]))
    return "; ".join(problems)


def build_claude_classifier(
    settings: Settings, client: anthropic.AsyncAnthropic
) -> ClaudeClassifier:
    """Build a ClaudeClassifier on `client` (see `core.triage.claude_client.build_claude_client`).

    Args:
        settings: the validated configuration; `classifier` gives model, concurrency and the
            body and output budgets.
        client: the SDK client, shared with the DM assistant in a running service.
    """
    config = settings.classifier
    return ClaudeClassifier(
        client,
        model=config.model,
        max_body_chars=config.max_body_chars,
        max_output_tokens=config.max_output_tokens,
        concurrency=config.concurrency,
        cache_ttl=config.cache_ttl,
    )
