"""The file side of config.yaml: YAML with line numbers and in-place appends.

`core.config.settings` owns the models and the public entry points; this module knows about
bytes and lines.
Reading keeps ruamel.yaml's round-trip nodes so every validation problem can name its line.
Writing never re-serialises the document: a new project or area is rendered on its own and spliced
in as text after the last line of its list, so comments, quotes, blank lines and key order elsewhere
stay byte-for-byte as the owner wrote them. The file is then replaced atomically.
"""

from __future__ import annotations

import json
import logging
import re
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from core.errors import ConfigError
from core.files import FileLock, replace_atomically

if TYPE_CHECKING:
    pass

# Warnings belong to the config feature as a whole, so they log under the public module's name.
log = logging.getLogger("core.config")

Loc = tuple[str | int, ...]
SECRET_ENV_VARS = (
    "ANTHROPIC_API_KEY",
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "GRAPH_ACCESS_TOKEN",
    "TODOIST_API_TOKEN",
    "GOOGLE_CLIENT_SECRET",
    "GOOGLE_ACCESS_TOKEN",
)
_VAR = re.compile(r"\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\{")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_EMPTY_VALUE = re.compile(
    r"^(?P<head>[^#]*?:)(?P<ws>[ \t]*)"
    r"(?P<val>\[[ \t]*\]|null|Null|NULL|~)?(?P<tail>[ \t]*(?:#.*)?)$"
)
_LONE_DASH = re.compile(r"^(?P<indent> *)-[ \t]*(?:#.*)?$")
_LIST_ITEM = re.compile(r"-(?:[ \t]+|$)")
# How long an add waits for another writer (another add, the CLI, a second process) to finish.
CONFIG_LOCK_WAIT_SECONDS = 10.0
_KEY = re.compile(r"(\"[^\"]*\"|'[^']*'|[^\s#\"'\[\]{},&*!|>%@`?:-][^#]*?)[ \t]*:(?:[ \t]|$)")


# --- reading ---


def parse_yaml(text: str, name: str) -> CommentedMap:
    """Parse `text` with the round-trip loader; an empty document is an empty mapping."""
    try:
        root = YAML(typ="rt").load(text)
    except YAMLError as err:
        raise ConfigError(_yaml_problem(err, text, name)) from err
    if root is None:
        return CommentedMap()
    if not isinstance(root, CommentedMap):
        raise ConfigError(f"top level: must be a mapping of sections such as auth: ({name}:1)")
    return root


def _yaml_problem(err: YAMLError, text: str, name: str) -> str:
    if isinstance(err, ReaderError):
        line = text.count("\n", 0, err.position) + 1
        key = key_path_at(text, line)
        return (
            f"YAML syntax error: {key}: character #x{err.character:04x} is not allowed "
            f"({name}:{line})"
        )
    if not isinstance(err, MarkedYAMLError) or err.problem_mark is None:
        return f"YAML syntax error: {err} ({name})"
    line = err.problem_mark.line + 1
    where = ""
    key_line = line
    if err.context and err.context_mark is not None and err.context_mark.line + 1 != line:
        where = f" ({err.context} that starts on line {err.context_mark.line + 1})"
        if "scalar" in err.context:  # an unclosed quote: its key is where it opened
            key_line = err.context_mark.line + 1
    return f"YAML syntax error: {key_path_at(text, key_line)}: {err.problem}{where} ({name}:{line})"


def key_path_at(text: str, line: int) -> str:
    """Return the key path that line `line` of YAML `text` is under, judged by indentation alone.

    For text that does not parse, where no document can say: line 2 of "graph:\\n\\tbase_url: x"
    is under `graph.base_url`. Lines before any key are at the "top level".
    """
    stack: list[tuple[int, Loc]] = []  # (column, path) of the keys and list items still open
    items: dict[Loc, int] = {}
    for raw in text.split("\n")[:line]:
        expanded = raw.rstrip("\r").expandtabs(2)  # a tab most likely is one level of indent
        rest = expanded.lstrip(" ")
        column = len(expanded) - len(rest)
        dash = _LIST_ITEM.match(rest)
        if dash:
            while stack and (
                stack[-1][0] > column
                or (stack[-1][0] == column and isinstance(stack[-1][1][-1], int))
            ):
                stack.pop()
            parent = stack[-1][1] if stack else ()
            items[parent] = items.get(parent, -1) + 1
            stack.append((column, (*parent, items[parent])))
            column += dash.end()
            rest = rest[dash.end() :]
        key = _KEY.match(rest)
        if key is None:
            continue
        while stack and stack[-1][0] >= column:
            stack.pop()
        path = (*(stack[-1][1] if stack else ()), key.group(1).strip().strip("\"'"))
        items.pop(path, None)
        stack.append((column, path))
    return format_loc(stack[-1][1]) if stack else "top level"


def not_utf8_problem(data: bytes, err: UnicodeDecodeError, path: Path) -> str:
    """Say where a file that is not UTF-8 goes wrong: the key and line of its first bad byte."""
    line = data.count(b"\n", 0, err.start) + 1
    key = key_path_at(data.decode("utf-8", errors="replace"), line)
    return (
        f"{path}: cannot read the file: {key}: not UTF-8 (byte 0x{data[err.start]:02x}); "
        f"save it as UTF-8 ({path.name}:{line})"
    )


@dataclass(frozen=True)
class EnvValue:
    """A string that took text from the environment: its expanded value and the variables used."""

    value: str
    names: tuple[str, ...]


def to_plain(
    node: Any,
    env: Mapping[str, str],
    fail: Callable[[Loc, str], None],
    from_env: dict[Loc, EnvValue] | None = None,
) -> Any:
    """Turn ruamel nodes into plain Python values, expanding ${VAR} in strings.

    `fail(loc, message)` is called for each string whose variable is unset or malformed.
    Each string that took text from the environment is recorded in `from_env` by location.
    """
    expansion = _Expansion(env, fail, {} if from_env is None else from_env)
    return expansion.plain(node, ())


@dataclass(frozen=True)
class _Expansion:
    """One `to_plain` walk: the environment, where to report, where to record env values."""

    env: Mapping[str, str]
    fail: Callable[[Loc, str], None]
    from_env: dict[Loc, EnvValue]

    def plain(self, node: Any, loc: Loc) -> Any:
        if isinstance(node, dict):
            return {str(k): self.plain(v, (*loc, str(k))) for k, v in node.items()}
        if isinstance(node, list):
            return [self.plain(v, (*loc, i)) for i, v in enumerate(node)]
        if isinstance(node, TaggedScalar):
            node = node.value
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, int):
            return int(node)
        if isinstance(node, float):
            return float(node)
        if isinstance(node, str):
            return self.expand(str(node), loc)
        return node

    def expand(self, value: str, loc: Loc) -> str:
        missing: list[str] = []
        used: list[str] = []
        malformed = False

        def substitute(match: re.Match[str]) -> str:
            nonlocal malformed
            text, var, default = match.group(0), match.group(1), match.group(2)
            if text == "$${":
                return "${"
            if var is None:
                malformed = True
                return text
            found = self.env.get(var)
            if default is not None and not found:
                return default
            if found is None:
                missing.append(var)
                return text
            used.append(var)
            return found

        result = _VAR.sub(substitute, value)
        if used:
            self.from_env[loc] = EnvValue(result, tuple(dict.fromkeys(used)))
        if malformed:
            self.fail(
                loc, "malformed ${...}: write ${NAME} or ${NAME:-default} ($${ for a literal ${)"
            )
        elif missing:
            self.fail(
                loc, f"environment variable {missing[0]} is not set (used as ${{{missing[0]}}})"
            )
        return result


def without_env_values(message: str, loc: Loc, from_env: Mapping[Loc, EnvValue]) -> str:
    """Return `message` about `loc` with every value that came from the environment left out.

    An expanded `${VAR}` may hold a secret, and config errors reach the log and the owner's DM:
    "(got 'sk-...')" becomes "(from ${VAR})", and any other quoted copy of the value "${VAR}".
    """
    for where, source in from_env.items():
        if where[: len(loc)] != loc:
            continue
        named = ", ".join(f"${{{name}}}" for name in source.names)
        for shown in _shown_forms(source.value):
            message = message.replace(f"(got {shown})", f"(from {named})")
            if shown[0] in "'\"":  # a bare `5` or `one` could be part of the wording itself
                message = message.replace(shown, named)
    return message


def _shown_forms(value: str) -> list[str]:
    # A validator may quote the value as given, stripped, or converted to a number; longest first
    # so a repr is replaced before the bare text inside it.
    forms = {repr(value), repr(value.strip()), value, value.strip()}
    for convert in (int, float):
        try:
            forms.add(str(convert(value.strip())))
        except ValueError:
            pass
    return sorted((f for f in forms if f), key=len, reverse=True)


def format_loc(loc: Loc) -> str:
    """Return a pydantic location as the owner would write it: `areas[2].folder`."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENT.fullmatch(part):
            text += f".{part}" if text else part
        elif part != "[key]":  # pydantic's marker for "the key itself" of a dict entry
            text += f'["{part}"]'
    return text or "top level"


def locate(root: CommentedMap, loc: Loc) -> tuple[str, int]:
    """Return the printable path of `loc` and the 1-based line of its deepest existing node.

    A missing key points at the mapping that lacks it; an unknown key at the key itself.
    """
    node: Any = root
    line = root.lc.line if root else 0
    for part in loc:
        if isinstance(node, CommentedMap):
            key = next((k for k in node if str(k) == str(part)), None)
            if key is not None:
                line, node = node.lc.key(key)[0], node[key]
                continue
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line, node = node.lc.item(part)[0], node[part]
            continue
        break
    return format_loc(loc), line + 1


_PLAIN_MESSAGES = {
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "string_type": "must be text (put it in quotes)",
    "model_type": "must be a mapping of keys to values",
    "model_attributes_type": "must be a mapping of keys to values",
    "dict_type": "must be a mapping of keys to values",
    "tuple_type": "must be a list",
    "list_type": "must be a list",
}
_LIMIT_MESSAGES = {
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "greater_than": "must be greater than {gt}",
    "less_than": "must be less than {lt}",
    "string_too_long": "must be at most {max_length} characters",
}


def describe_error(error: ErrorDetails) -> str:
    """Say what is wrong with one value in the owner's words."""
    kind, ctx, value = error["type"], error.get("ctx", {}), error["input"]
    shown = isinstance(value, str | int | float) and len(repr(value)) <= 80
    got = f" (got {value!r})" if shown else ""
    if kind == "missing":
        return "field required"
    if kind == "extra_forbidden":
        key = str(error["loc"][-1]).lower() if error["loc"] else ""
        if any(word in key for word in ("key", "token", "secret", "password")):
            secrets = ", ".join(SECRET_ENV_VARS)
            return f"unknown key; secrets are read only from environment variables ({secrets})"
        return "unknown key"
    if kind in ("enum", "literal_error"):
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return f"must be one of: {', '.join(choices)}{got}"
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", error["msg"]))
    if kind in _PLAIN_MESSAGES:
        return _PLAIN_MESSAGES[kind] + got
    if kind in _LIMIT_MESSAGES:
        return _LIMIT_MESSAGES[kind].format(**ctx) + got
    return error["msg"][:1].lower() + error["msg"][1:]


# --- writing ---


def append_entry_text(text: str, root: CommentedMap, key: str, fields: Mapping[str, Any]) -> str:
    """Return `text` with a new item holding `fields` appended to the top-level list `key`.

    Only new lines are added; the one exception is `key: []` / `key: null`, whose value is
    dropped from that line so the block list can follow.
    """
    cr = "\r" if "\r\n" in text else ""
    if key not in root:
        prefix = text if not text or text.endswith("\n") else text + cr + "\n"
        body = [f"{key}:{cr}", *_render(fields, 2, 4, cr)]
        return prefix + "\n".join(body) + "\n"
    lines = text.split("\n")
    key_line, key_col = root.lc.key(key)
    value = root[key]
    if value:  # the file validated, so this is a non-empty list; else null or []
        dash, content = _item_columns(lines, value, key)
    else:
        lines[key_line] = _without_empty_value(lines[key_line], key)
        dash, content = key_col + 2, key_col + 4
    keys = list(root)
    later = [root.lc.key(k)[0] for k in keys[keys.index(key) + 1 :]]
    last = _last_content_line(lines, key_line, min(later) if later else len(lines))
    lines[last + 1 : last + 1] = _render(fields, dash, content, cr)
    return "\n".join(lines)


def _item_columns(lines: list[str], seq: CommentedSeq, key: str) -> tuple[int, int]:
    """Return the columns of the first item's dash and of its content."""
    line, col = seq.lc.item(0)
    before = lines[line][:col].rstrip()
    if before.endswith("-") and not before[:-1].strip(" -"):
        return len(before) - 1, col
    for previous in range(line - 1, -1, -1):
        match = _LONE_DASH.match(lines[previous].rstrip("\r"))
        if match:
            return len(match["indent"]), col
        if lines[previous].strip() and not lines[previous].lstrip().startswith("#"):
            break
    raise ConfigError(
        f"{key} is written as a flow list ([...]); rewrite it as a block list "
        "(one '- name: ...' per entry) so entries can be added automatically"
    )


def _without_empty_value(line: str, key: str) -> str:
    cr = "\r" if line.endswith("\r") else ""
    match = _EMPTY_VALUE.match(line.rstrip("\r"))
    if match is None:
        raise ConfigError(f"{key}: write it as '{key}:' or '{key}: []' so entries can be added")
    if match["val"] is None:
        return line
    return match["head"] + match["tail"] + cr


def _last_content_line(lines: list[str], start: int, end: int) -> int:
    # Blank lines and column-0 comments before the next key belong to what follows, not the list.
    for i in range(end - 1, start, -1):
        stripped = lines[i].rstrip("\r")
        if stripped.strip() and not stripped.startswith(("#", "...", "---")):
            return i
    return start


def _render(fields: Mapping[str, Any], dash: int, content: int, cr: str) -> list[str]:
    lines = []
    for i, (name, value) in enumerate(fields.items()):
        lead = " " * dash + "-" + " " * (content - dash - 1) if i == 0 else " " * content
        if isinstance(value, list | tuple):
            rendered = "[" + ", ".join(_quote(str(v)) for v in value) + "]"
        else:
            rendered = _quote(str(value))
        lines.append(f"{lead}{name}: {rendered}{cr}")
    return lines


def _quote(value: str) -> str:
    """Return a YAML double-quoted scalar that reads back as exactly `value`."""
    # JSON strings are valid YAML; escape what JSON leaves raw but YAML may treat as a line break.
    quoted = json.dumps(value, ensure_ascii=False).replace("${", "$${")
    return "".join(
        ch
        if ch.isprintable()
        else f"\\u{ord(ch):04x}"
        if ord(ch) <= 0xFFFF
        else f"\\U{ord(ch):08x}"
        for ch in quoted
    )


def config_lock(path: Path) -> FileLock:
    """Return the lock every config.yaml writer holds: `.config.yaml.lock` beside the real file."""
    target = path.resolve()
    return FileLock(target.with_name(f".{target.name}.lock"))


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically, keeping its mode (and a symlink a symlink)."""
    target = path.resolve()
    replace_atomically(target, data, mode=stat.S_IMODE(target.stat().st_mode))
