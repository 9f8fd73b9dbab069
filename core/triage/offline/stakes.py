"""What makes a matter press on the owner soon, read from the email's own words.

A wait presses only when what is awaited comes back soon: a weekday ("by Friday", "next
Tuesday"), "today", "tonight", "tomorrow", "this week" or "next week", a clock time, or a bare
day of the month ("after the 15th", which can only be this month's). An open-ended promise ("as
soon as I hear", "once the tax office answers") or an early one ("beginning of January", "the
draft on 6 February") leaves nothing to chase yet. A date written with its month may be weeks
away, so it is no sign of nearness by itself: the rules never compute dates against the clock,
so the same email is read the same way on any day.
"""

from __future__ import annotations

import re

# Relative time words name a moment within a week or two of the email, whatever its date.
_SOON = re.compile(
    r"\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|next\s+week|"
    r"(?:next\s+|this\s+|on\s+|by\s+|until\s+|before\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)\b|"
    r"end\s+of\s+(?:the\s+)?week|the\s+day\s+after|"
    r"the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+of\s+[a-z])|"
    r"(?<![\d.])\d{1,2}[:.]\d{2}\b(?!\.?\d)|\d{1,2}\s?[ap]\.?m\b|noon|midday)",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"\b(?:yesterday|last\s+week)\b", re.IGNORECASE)


def soon(text: str) -> str | None:
    """Return the first time word of `text` that names a moment soon, else None."""
    found = _SOON.search(_YESTERDAY.sub(" ", text))
    return None if found is None else f"'{' '.join(found.group(0).lower().split())}'"
