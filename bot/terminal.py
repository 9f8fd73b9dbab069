"""Terminal output and prompts for the CLI and the demo (rich for colour and progress bars)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn


class Terminal:
    """Says things to the owner and asks questions; scripted answers make it testable."""

    def __init__(self, console: Console, *, answers: list[str] | None = None) -> None:
        self.console = console
        self._answers = answers

    @property
    def interactive(self) -> bool:
        """Return whether questions can be asked (a terminal, or scripted answers)."""
        return self._answers is not None or (sys.stdin.isatty() and self.console.is_terminal)

    def say(self, text: str) -> None:
        """Print a plain line (no markup is interpreted in `text`)."""
        self.console.print(escape(text))

    def ok(self, text: str) -> None:
        """Print a success line."""
        self.console.print(f"[green]✓[/green] {escape(text)}")

    def warn(self, text: str) -> None:
        """Print a warning line."""
        self.console.print(f"[yellow]![/yellow] {escape(text)}")

    def error(self, text: str) -> None:
        """Print an error line."""
        self.console.print(f"[red]✗[/red] {escape(text)}")

    def ask(self, question: str) -> str:
        """Ask a question and return the stripped answer ('' when there is none)."""
        if self._answers is not None:
            answer = self._answers.pop(0) if self._answers else ""
            self.console.print(f"{escape(question)} {escape(answer)}")
            return answer.strip()
        try:
            return str(self.console.input(escape(question) + " ")).strip()
        except EOFError:
            return ""

    @contextmanager
    def progress(self, label: str) -> Iterator[Callable[[int, int], None]]:
        """Show a progress bar on a terminal; yield a (done, total) callback."""
        if not self.console.is_terminal:
            yield lambda done, total: None
            return
        with Progress(
            TextColumn(escape(label)), BarColumn(), MofNCompleteColumn(), console=self.console
        ) as bar:
            task = bar.add_task(label, total=None)

            def advance(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            yield advance


def device_prompt_printer(terminal: Terminal) -> Callable[[Any], None]:
    """Return a callback that shows Microsoft's device-code sign-in instructions."""

    def show(prompt: Any) -> None:
        terminal.console.rule("Sign in to Microsoft 365")
        terminal.say(str(getattr(prompt, "message", prompt)))
        terminal.console.rule()

    return show
