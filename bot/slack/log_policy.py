"""What the Slack and scheduling libraries may write to the log: nothing private at INFO.

At INFO, slack_bolt logs a failed signature check with the whole request body, "request body"
lines and unsuccessful Socket Mode results with their bodies; slack_sdk logs each retry with the
URL it posts to, and for `respond()` that URL is the response_url, a credential that lets anyone
post to the owner for 30 minutes; APScheduler logs every job run twice. Below DEBUG these
loggers are therefore held at WARNING, where they report failures without payloads. With -vv
(DEBUG) a developer at the keyboard sees everything they log.
"""

from __future__ import annotations

import logging

SLACK_BOLT = "slack_bolt"
QUIETED = (SLACK_BOLT, "slack_sdk", "apscheduler.executors")


def quiet_libraries() -> None:
    """Apply the policy to every library logger, for the root level now in force."""
    for name in QUIETED:
        _apply(logging.getLogger(name))


def bolt_logger() -> logging.Logger:
    """Return the logger to give `AsyncApp(logger=...)`, with the policy applied.

    Bolt copies its base logger's level into each middleware's logger when the app is built
    (without one, it copies the root's), so the level must be right before the app exists.
    """
    logger = logging.getLogger(SLACK_BOLT)
    _apply(logger)
    return logger


def _apply(logger: logging.Logger) -> None:
    debugging = logging.getLogger().getEffectiveLevel() <= logging.DEBUG
    logger.setLevel(logging.NOTSET if debugging else logging.WARNING)
