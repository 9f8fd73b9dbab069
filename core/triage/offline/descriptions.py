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
# A longer stretch ("Rolling out our ERP at the customer's two mills") is a sentence, not a
# topic: any two of its words would match far too much.
MAX_WORDS = 4


def topics(description: str) -> tuple[frozenset[str], ...]:
    """The description's topics of MIN_WORDS to MAX_WORDS content words, as stemmed word sets."""
    found = (content_words(part) for part in _BETWEEN.split(description))
    return tuple(t for t in found if MIN_WORDS <= len(t) <= MAX_WORDS)


def whole_topic(topic: frozenset[str], text: Words) -> bool:
    """Tell whether `text` speaks of at least MIN_WORDS words of `topic`."""
    return len(topic & text.tokens) >= MIN_WORDS
