"""What makes a matter press on the owner soon, and how much it weighs, read from its words.

Each reading names a class of signals, not a phrase: relative time words, sums of money and
their size, who is affected (routine office admin and paperwork, any "form", versus the board,
auditors, a contract: `weighty`; the company's board, not a job board or a boarding pass), a
writer indifferent to the choice, an event the owner may skip, an approval asked for.
`priority` weighs them.

A wait presses only when what is awaited comes back soon: a weekday ("by Friday", "next
Tuesday"), "today", "tonight", "tomorrow", "this week" or "next week", a clock time, or a bare
day of the month ("after the 15th", which can only be this month's). An open-ended promise ("as
soon as I hear", "once the tax office answers") or an early one ("beginning of January", "the
draft on 6 February") leaves nothing to chase yet. A date written with its month may be weeks
away, so it is no sign of nearness by itself, even after a weekday ("Monday 28 December"): the
rules never compute dates against the clock, so the same email is read the same way on any day.
A promise that waits on a condition ("as soon as I have their approval, normally next Tuesday",
"if we need more": `conditional`) is open-ended whatever time it names. A promise of what only
prepares the owner's choice (quotes, a cost comparison, CVs: `preliminary`) is an early step
of the matter, however soon it comes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.triage.offline import cues
from core.triage.offline.text import Sentence, first, spoken, terms, words

# Relative time words name a moment within a week or two of the email, whatever its date.
_SOON = re.compile(
    r"\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|next\s+week|"
    r"(?:next\s+|this\s+|on\s+|by\s+|until\s+|before\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)\b"
    # "Monday 28 December" is a calendar date, maybe weeks away, not next Monday.
    r"(?!,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3})|"
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


# --- how much a matter weighs ---------------------------------------------------------------

# Routine office logistics: equipment, rotas and leave, small perks, onboarding chores,
# paperwork, a text's wording and the office's social events. A dated ask about them is
# urgent but not important.
_ROUTINE_ADMIN = terms(
    """
    laptop, headset, parking, badge, access card, key card, rota, roster, shift plan,
    holiday plan, leave request, time off, allowance, reimbursement, per diem, mileage, gift,
    flowers, catering, buddy, welcome talk, welcome session, welcome day, induction,
    form, wording, tone, typo, typos,
    proofread, translation, translate, phrasing,
    celebration, dinner, christmas party, summer party, team event, team lunch
    """
)
# Who is affected beyond the office: the board, investors, auditors, a contract, the law.
_WEIGHTY = terms("board, investor, auditor, audit, contract, legal, lawyer, regulator, lawsuit")
# The company's board, not a job board or a planning board: "our board", "the board meets",
# "board pack", "board approval".
_GOVERNING_BOARD = re.compile(
    r"\b(?:the|our|my|your|their|his|her|its|to|for|before|after)\s+board\b(?!s)|"
    r"\bboard(?:'s)?\s+(?:meeting|meets|pack|paper|minutes|deck|approv\w*|members?|chair\w*|"
    r"folder|demo|financials|of directors|review\w*|asks?|expects?|decid\w*)\b|^board\b",
    re.IGNORECASE | re.MULTILINE,
)
# "Either is fine", "up to you": the writer says the choice matters little.
_INDIFFERENT = re.compile(
    r"\beither (?:is|way|option|one)\b[^.?!]{0,20}\b(?:fine|ok|okay|works)\b|"
    r"\bwhichever you prefer\b|\bup to you\b|\bhappy (?:with )?either\b",
    re.IGNORECASE,
)
_CURRENCY = r"(?:eur|usd|gbp|sek|nok|dkk|chf|euros?|dollars?|kronor|[€$£])"
_NUMBER = r"(\d{1,3}(?:[ ,.]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?(k|m|million|thousand)?\b"
_AMOUNT = re.compile(rf"{_CURRENCY}\s?{_NUMBER}|\b{_NUMBER}\s?{_CURRENCY}", re.IGNORECASE)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}
SMALL_AMOUNT = 5_000  # below it, in any currency of a company's mail, a sum is everyday
LARGE_AMOUNT = 10_000  # from it on, a sum makes the matter weigh


def largest_amount(text: str) -> float | None:
    """Return the largest sum of money written in `text` ("EUR 3,000", "750k USD"), if any."""
    sums = []
    for found in _AMOUNT.finditer(text):
        digits = found.group(1) or found.group(3)
        scale = (found.group(2) or found.group(4) or "").lower()
        sums.append(float(re.sub(r"[ ,.]", "", digits)) * _SCALE.get(scale, 1))
    return max(sums, default=None)


def small_stakes(text: str) -> str | None:
    """Say why the matter of `text` weighs little, or None when it may weigh: routine office
    admin, a small sum, or a writer indifferent to the choice, with no large sum and nobody
    weighty (board, auditors, a contract) affected."""
    if weighty(text) is not None:
        return None
    largest = largest_amount(text)
    if (admin := first(words(text), _ROUTINE_ADMIN)) is not None:
        return f"routine admin ('{spoken(admin)}')"
    if largest is not None and largest < SMALL_AMOUNT:
        return "a small sum"
    if (indifferent := _INDIFFERENT.search(text)) is not None:
        return f"'{indifferent.group(0).lower()}'"
    return None


# "Optional", "come if you can", "feel free to join": attending is the owner's choice.
_OPTIONAL = re.compile(
    r"\b(?:optional|not mandatory|no need to attend|come if you can|join if you can|"
    r"if you can make it|feel free to (?:join|drop by|come)|drop by if|all welcome|"
    r"everyone is welcome|everybody is welcome)\b",
    re.IGNORECASE,
)


def optional(text: str) -> str | None:
    """Return the words that make attending optional, if `text` says so."""
    found = _OPTIONAL.search(text)
    return None if found is None else f"'{found.group(0).lower()}'"


# "Awaits your approval", "approve or decline": an item to assent to, no content to work on.
_APPROVAL = terms("approv, approval")


def approval(text: str) -> str | None:
    """Return the words that ask for an approval, if `text` asks for one."""
    found = first(words(text), _APPROVAL)
    return None if found is None else f"'{spoken(found)}'"


def weighty(text: str) -> str | None:
    """Return who or what beyond the office makes the matter of `text` weigh (the board,
    auditors, a contract, a large sum), if anyone."""
    said = words(text)
    for term in _WEIGHTY:
        if said.has(term) and (term.parts != ("board",) or _GOVERNING_BOARD.search(text)):
            return f"'{spoken(term)}'"
    largest = largest_amount(text)
    return "a large sum" if largest is not None and largest >= LARGE_AMOUNT else None


# Quotes, prices, costs, a comparison, an estimate, CVs: what prepares a choice the owner has
# yet to make, not its outcome (an order, a decision, an answer, a report).
_PRELIMINARY = terms("quote, pricing, prices, cost, costs, comparison, estimate, cvs")


def preliminary(body: Iterable[Sentence]) -> str | None:
    """Return what a promise in `body` will bring when it only prepares a choice ("I'll send
    you the cost comparison by Friday"): an early step of the matter, nothing to chase yet."""
    for sentence in body:
        if first(sentence.words, cues.PROMISE) is None:
            continue
        if (found := first(sentence.words, _PRELIMINARY)) is not None:
            return f"'{spoken(found)}' promised"
    return None


# "As soon as I hear from her", "if we need more": the promised deed waits on a step of
# someone else or may never come ("if you like" is a courtesy, no condition).
_CONDITION = re.compile(r"\bas soon as\b|\bif\b(?!\s+you\b)", re.IGNORECASE)


def conditional(body: Iterable[Sentence]) -> str | None:
    """Return the condition of a promise in `body` ("as soon as I have their approval,
    normally next Tuesday"): the wait is open-ended whatever time it names."""
    for sentence in body:
        if first(sentence.words, cues.PROMISE) is None:
            continue
        if (found := _CONDITION.search(sentence.raw)) is not None:
            return f"'{found.group(0).lower()}'"
    return None


# "I attach my CV", "my portfolio and CV", "mitt CV", "spontanansökan" (an open application): a
# job seeker writes; the owner passes it on to whoever hires.
_APPLICANT = re.compile(
    r"\bmy\s+(?:\w+\s+and\s+)?(?:cv|resume|résumé|curriculum vitae)\b|\bmitt\s+cv\b"
    r"|\bspontanansökan\b",
    re.IGNORECASE,
)


def applicant(text: str) -> str | None:
    """Return the words of a writer sending their own CV, if `text` has them."""
    found = _APPLICANT.search(text)
    return None if found is None else f"'{found.group(0).lower()}'"
