"""The wording catalogue: nouns agree with their numbers, and the console inlines no sentence."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import messages


@pytest.mark.parametrize(
    ("count", "noun", "plural", "said"),
    [
        (0, "email", None, "0 emails"),
        (1, "email", None, "1 email"),
        (2, "Graph request", None, "2 Graph requests"),
        (1, "category", "categories", "1 category"),
        (3, "category", "categories", "3 categories"),
    ],
)
def test_counted_puts_the_noun_in_the_right_number(count, noun, plural, said):
    assert messages.counted(count, noun, plural) == said


@pytest.mark.parametrize(
    ("say", "one", "many"),
    [
        (messages.approve_all_title, "Approve 1 suggestion?", "Approve 2 suggestions?"),
        (messages.approve_all, "Approve the 1 high-confidence", "Approve all 2 high-confidence"),
    ],
)
def test_counts_in_slack_wording_agree_with_their_nouns(say, one, many):
    assert (say(1), say(2)) == (one, many)
    assert messages.burst_summary(1, 1, 0, 0.85).startswith("1 new email triaged: 1 high")
    assert messages.today_summary(1, 0.0, "").startswith("1 classification,")


# The console's ways of putting text in front of the owner: the Terminal's methods, a rule's
# title, and the plain printers for untrusted text.
_SAYING = {"say", "ok", "warn", "error", "key", "ask", "rule", "_print", "say_plain"}
_CONSOLE_FILES = ("bot/terminal/console.py", "bot/terminal/bootstrap_flow.py")
_ROOT = Path(__file__).resolve().parents[2]


def _literal_words(node: ast.AST) -> Iterator[str]:
    """Yield each string literal under `node` that holds a letter, format specs aside."""
    if isinstance(node, ast.FormattedValue):
        yield from _literal_words(node.value)  # `{x:.2f}` is layout, not wording
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if re.search(r"[^\W\d_]", node.value):
            yield node.value
        return
    for child in ast.iter_child_nodes(node):
        yield from _literal_words(child)


def inline_sentences(source: str) -> list[str]:
    """Return 'line: text' for every worded literal handed to something that shows it."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in _SAYING:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            found += [f"{node.lineno}: {text!r}" for text in _literal_words(arg)]
    return found


@pytest.mark.parametrize("path", _CONSOLE_FILES)
def test_the_console_takes_every_sentence_from_the_catalogue(path):
    assert inline_sentences((_ROOT / path).read_text(encoding="utf-8")) == []


def test_the_sentence_check_sees_an_inline_sentence():
    source = (
        "term.say('Nothing to review.')\n"
        "term.warn(f'{n} could not be classified')\n"
        "self._print(counted(n, 'email'), indent=2)\n"
        "term.say('  ' + messages.quit_early(kept))\n"
        "term.say(f'  {label:<20} {value}')\n"
        "term.ok(messages.triaged(n, m, s, r, c))\n"
    )
    assert inline_sentences(source) == [
        "1: 'Nothing to review.'",
        "2: ' could not be classified'",
        "3: 'email'",
    ]


def test_the_console_summary_wording_is_unchanged():
    assert messages.claude_tokens(12345, 100, 678) == "12,345 in (100 from cache), 678 out"
    assert messages.session_cost(0.0) == "$0.0000"
    assert messages.by_source({"thread": 1, "claude": 3}) == "3 by claude, 1 by thread"
    assert (
        messages.key_prompt(["r", "a", "q"], "r") == "r retry · a approve · q quit (suggested: r) >"
    )
