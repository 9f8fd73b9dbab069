"""A writer's need of the owner's word by a day this week: urgency stated in the body.

A subject that says "by Friday" cries urgency (`signals.subject_urgency`); in the body a weekday
after "by" is only a date, often a few days of slack ("please send comments by Wednesday"). It
presses when the writer says they need the owner's answer, text or decision by then: "I need
your answer by Friday", "we would need this by Tuesday 12:00", "please tell me by Monday
evening", "I need your view before our call on Wednesday", "no later than this Friday", or
asks her straight out whether she can ("Can you confirm by Thursday evening?", "Could you
read it and approve it by Wednesday 17:00?"). The need must be of the owner's word, not of the
writer's own deed: "I need to answer the other offer by Thursday" and "I must give my answer
until Monday" put the writer's deadline, not one for the owner.
A weekday is within the week by construction, but "next Friday" may be nine days off; a
calendar date ("by 19 December") may be weeks away and the rules never compute dates against
the clock, so neither counts here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.triage.offline.text import Sentence

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri"
# "by Friday", "before Tuesday", "no later than this Friday" (not "next Friday"), "before our
# investor call on Wednesday", "before my board on Thursday": a deadline on a weekday.
_BY_WEEKDAY = re.compile(
    rf"\b(?:by|before|until|till|no later than)\s+"
    rf"(?:(?:this|the)\s+)?(?:(?:{_DAY})\b|(?:(?!by\b|before\b)[\w']+\s+){{1,4}}on\s+(?:{_DAY})\b)",
    re.IGNORECASE,
)
# The writer needs the owner's word: "I need your", "we would need this", "I need to know",
# "please tell me", "no later than", "at the latest", "can you" / "could you". ("Please"
# alone was tried: its weekdays are slack as often as not, net -2 on the development sets.)
_NEED = re.compile(
    r"\b(?:i|we)(?:['\u2019]d|\s+(?:would|will|really|urgently|do|still))?\s+need\s+"
    r"(?:your|you|this|it|that|them|an?\s+answer|a\s+decision|to\s+(?:know|hear|understand|see|have))\b|"
    r"\bneed\s+(?:your|you\s+to)\b|"
    r"\blet\s+me\s+know\b|\btell\s+me\b|\bno later than\b|\bat the latest\b"
    r"|\b(?:can|could)\s+you\b",
    re.IGNORECASE,
)
_REACH = 60  # characters from the need to its day: the object needed stands between them


def needed_by(body: Iterable[Sentence]) -> str | None:
    """Return the deadline of the first sentence of `body` in which the writer needs the owner's
    word by a weekday ("I need your answer by Friday"), else None."""
    for sentence in body:
        for need in _NEED.finditer(sentence.raw):
            # The day must qualify the need ("need your answer by Friday"); a day before it
            # belongs to another clause ("I must answer until Monday, so tell me before").
            deadline = _BY_WEEKDAY.search(sentence.raw, need.start(), need.end() + _REACH)
            if deadline is not None:
                return f"needed '{' '.join(deadline.group(0).lower().split())}'"
    return None
