"""Terminal output and prompts for the CLI and the demo (rich for colour and progress bars)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn


class Terminal:
    """Says things to the owner and asks questions; scripted answers make it testable."""

    def __init__(
        self, console: Console, *, answers: list[str] | None = None, keyboard: int | None = None
    ) -> None:
        """Talk through `console`; read `answers` if given, else the keyboard.

        `keyboard` is the file descriptor keys are read from (default: standard input).
        """
        self.console = console
        self._answers = answers
        self._keyboard = keyboard

    @property
    def interactive(self) -> bool:
        """Return whether questions can be asked (a terminal, or scripted answers)."""
        return self._answers is not None or (self._is_tty() and self.console.is_terminal)

    def _fd(self) -> int:
        return sys.stdin.fileno() if self._keyboard is None else self._keyboard

    def _is_tty(self) -> bool:
        try:
            return os.isatty(self._fd())
        except (OSError, ValueError):  # no standard input at all (a closed or replaced stdin)
            return False

    def key(self, question: str) -> str:
        """Ask for a single key and return it at once, lower-cased ('' for Enter or end of input).

        On a terminal the key acts without Enter; scripted answers and piped input (tests, CI)
        are read a line at a time instead, so "a" or "approve" followed by a newline works too.
        """
        if self._answers is not None or not self._is_tty():
            return self.ask(question).lower()
        self.console.print(escape(question) + " ", end="")
        pressed = _read_key(self._fd())
        if pressed in ("\r", "\n", "\x04"):  # Enter, or Ctrl-D / the end of input
            self.console.print()
            return ""
        name = pressed.lower() if pressed.isprintable() else _UNPRINTABLE.get(pressed, "?")
        self.console.print(escape(name))
        return name

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


_UNPRINTABLE = {"\x1b": "esc", "\t": "tab", "\x7f": "backspace", "\x08": "backspace"}


def _read_key(fd: int) -> str:
    """Read one key press from the terminal `fd` without waiting for Enter.

    Exactly one character is taken, so keys typed ahead stay queued for the next question; an
    escape sequence (an arrow key) is read whole and returned as its first character.
    """
    if sys.platform == "win32":
        import msvcrt

        return msvcrt.getwch()
    import select
    import termios
    import tty

    saved = termios.tcgetattr(fd)
    try:
        # cbreak: keys arrive one at a time, Ctrl-C still interrupts.
        tty.setcbreak(fd, termios.TCSANOW)
        data = os.read(fd, 1)
        if data == b"\x1b":
            while select.select([fd], [], [], 0)[0]:
                os.read(fd, 16)
        elif data and data[0] >= 0xC0:  # the lead byte of a multi-byte UTF-8 character
            data += os.read(fd, 3 if data[0] >= 0xF0 else 2 if data[0] >= 0xE0 else 1)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    return data.decode("utf-8", "replace")[:1] if data else "\x04"


def device_prompt_printer(terminal: Terminal) -> Callable[[Any], None]:
    """Return a callback that shows Microsoft's device-code sign-in instructions."""

    def show(prompt: Any) -> None:
        terminal.console.rule("Sign in to Microsoft 365")
        terminal.say(str(getattr(prompt, "message", prompt)))
        terminal.console.rule()

    return show
