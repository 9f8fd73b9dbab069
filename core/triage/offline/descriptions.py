"""An entry's description read as a list of topics, each matched as a whole.

"The engineering team: sprints, releases, conference and training budgets" names several
topics; mail that speaks of two words of one of them ("our conference budget") is about that
topic as surely as if it used a keyword, while one of the words alone ("budget") may be anyone's.
"""

from __future__ import annotations

import re

from core.triage.offline.lexicon import content_words
from core.triage.offline.text import Words

# Where one topic of a description ends ("conference and training budgets" stays one).
_BETWEEN = re.compile(r"[,;:.()]")
MIN_WORDS = 2


def topics(description: str) -> tuple[frozenset[str], ...]:
    """The description's topics of at least MIN_WORDS content words, as stemmed word sets."""
    found = (content_words(part) for part in _BETWEEN.split(description))
    return tuple(t for t in found if len(t) >= MIN_WORDS)


def whole_topic(topic: frozenset[str], text: Words) -> bool:
    """Tell whether `text` speaks of at least MIN_WORDS words of `topic`."""
    return len(topic & text.tokens) >= MIN_WORDS
