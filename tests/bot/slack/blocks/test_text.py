"""Escaping, sanitising, clipping and link validation for untrusted text."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.slack.blocks.text import (
    ELLIPSIS,
    SIGN_IN_DOMAINS,
    clip,
    defuse,
    escape_mrkdwn,
    join_clipped,
    link,
    mrkdwn,
    option_value,
    plain,
    resolve_option_value,
    safe_url,
    sanitize,
    slack_date,
    slack_len,
)

_BROKEN_ENTITY = re.compile(r"&(?!amp;|lt;|gt;)")


def test_escape_replaces_only_the_three_control_characters() -> None:
    text = "<!channel> & <https://evil.example|click> \"quoted\" 'single' *b* _i_ ~s~"
    assert escape_mrkdwn(text) == (
        "&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; \"quoted\" 'single' *b* _i_ ~s~"
    )


def test_escape_is_not_idempotent_so_pre_escaped_text_shows_literally() -> None:
    assert escape_mrkdwn("&lt;!here&gt;") == "&amp;lt;!here&amp;gt;"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\u202eb\u202cc", "abc"),
        ("\u2066x\u2069 \u200fy\u200e \u061cz", "x y z"),
        ("nul\x00 bell\x07 esc\x1b[0m del\x7f", "nul bell esc[0m del"),
        ("two\r\nlines\u2028here\tx", "two lines here x"),
        ("  spaced    out  ", "spaced out"),
        ("bom\ufeff and \ufff9annotation\ufffb", "bom and annotation"),
        ("lone \ud800 surrogate", "lone surrogate"),
    ],
)
def test_sanitize_removes_controls_and_bidi(raw: str, expected: str) -> None:
    assert sanitize(raw) == expected


def test_sanitize_keeps_emoji_sequences_and_marks() -> None:
    text = "👩\u200d👩\u200d👧 🇳🇱 ❤\ufe0f é"
    assert sanitize(text) == text


def test_sanitize_multiline_keeps_paragraphs_but_not_runs_of_blank_lines() -> None:
    assert sanitize("one\r\n\r\n\r\n\r\ntwo  \n\tthree", multiline=True) == "one\n\ntwo\nthree"


def test_defuse_swaps_formatting_characters_and_breaks_quotes() -> None:
    out = defuse(escape_mrkdwn("*b* _i_ ~s~ `c`\n> quote"))
    assert not set("*_~`") & set(out)
    assert "\n\u00ad&gt; quote" in out


@pytest.mark.parametrize("limit", range(2, 40))
def test_clip_never_cuts_an_entity(limit: int) -> None:
    escaped = escape_mrkdwn("a&b<c>" * 20)
    out = clip(escaped, limit)
    assert slack_len(out) <= limit
    assert out.endswith(ELLIPSIS)
    assert not _BROKEN_ENTITY.search(out)
    assert escaped.startswith(out[:-1])


def test_clip_keeps_short_text_unchanged() -> None:
    assert clip("&amp; fine", 10) == "&amp; fine"


def test_clip_counts_astral_emoji_as_two_units() -> None:
    out = clip("😀" * 100, 11)
    assert out == "😀" * 5 + ELLIPSIS
    assert slack_len(out) == 11


def test_clip_does_not_leave_a_dangling_joiner() -> None:
    family = "👩\u200d👩\u200d👧"
    out = clip("ab" + family, 6)
    assert not out[:-1].endswith("\u200d")


def test_plain_and_mrkdwn_run_the_whole_pipeline() -> None:
    raw = "\u202e<!here> *now* " + "&" * 500
    assert plain(raw, 50).startswith("&lt;!here&gt; *now* &amp;")
    assert mrkdwn(raw, 50).startswith("&lt;!here&gt; ∗now∗ &amp;")
    for out in (plain(raw, 50), mrkdwn(raw, 50)):
        assert slack_len(out) <= 50
        assert not _BROKEN_ENTITY.search(out)


@pytest.mark.parametrize(
    "url",
    [
        "https://outlook.office365.com/owa/?ItemID=AA%3D&exvsurl=1&viewmodel=ReadMessageItem",
        "https://outlook.office.com/mail/deeplink/read/AA%3D",
        "https://outlook.live.com/owa/?ItemID=1",
        "https://to-do.office.com/tasks/id/AAA/details",
        "https://outlook.office365.com:443/owa",
    ],
)
def test_safe_url_accepts_microsoft_https_links_and_escapes_them(url: str) -> None:
    safe = safe_url(url)
    assert safe == url.replace("&", "&amp;")


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "http://outlook.office365.com/owa",
        "https://evil.example/owa",
        "https://outlook.office365.com.evil.example/owa",
        "https://evil-outlook.com/owa",
        "https://user@outlook.office365.com/owa",
        "https://outlook.office365.com:8443/owa",
        "https://outlook.office365.com/owa|<!channel>",
        "https://outlook.office365.com/owa>x",
        "https://outlook.office365.com/o wa",
        "https://outlооk.com/owa",  # Cyrillic o: a homograph
        "javascript:alert(1)//outlook.com",
        "https://outlook.office365.com/" + "a" * 2000,
        "https://[::1/owa",
    ],
)
def test_safe_url_rejects_everything_else(url: str | None) -> None:
    assert safe_url(url) is None
    assert link(url, "Open in Outlook") is None


def test_link_uses_our_label_and_only_allowed_domains() -> None:
    assert link("https://outlook.office.com/x?a=1&b=2", "Open") == (
        "<https://outlook.office.com/x?a=1&amp;b=2|Open>"
    )
    assert link("https://microsoft.com/devicelogin", "sign in") is None
    assert link("https://microsoft.com/devicelogin", "sign in", SIGN_IN_DOMAINS) == (
        "<https://microsoft.com/devicelogin|sign in>"
    )


def test_slack_date_is_built_from_the_timestamp_with_a_utc_fallback() -> None:
    moment = datetime(2025, 5, 6, 11, 14, tzinfo=timezone(timedelta(hours=2)))
    assert slack_date(moment) == (
        f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} {{time}}|2025-05-06 09:14 UTC>"
    )
    naive = datetime(2025, 5, 6, 9, 14)
    assert slack_date(naive, "{time}").endswith("^{time}|2025-05-06 09:14 UTC>")
    assert str(int(naive.replace(tzinfo=UTC).timestamp())) in slack_date(naive)


def test_join_clipped_ends_with_how_many_were_left_out() -> None:
    items = [f"name{i}" for i in range(100)]
    out = join_clipped(items, 60, more=lambda n: f"and {n} more")
    assert slack_len(out) <= 60
    shown = out.split(", ")
    assert shown[-1] == f"and {100 - len(shown) + 1} more"
    assert shown[:-1] == items[: len(shown) - 1]
    assert join_clipped(["a", "b"], 60) == "a, b"


def test_option_values_fit_75_characters_and_resolve_back() -> None:
    long = "Projects/" + "Very Long Client Name " * 5
    names = ["Short", long, "#hash-looking"]
    values = [option_value(n) for n in names]
    assert values[0] == "Short"
    assert all(len(v) <= 75 for v in values)
    assert [resolve_option_value(v, names) for v in values] == names
    assert resolve_option_value(values[1], ["other"]) is None
