"""The email cleaner keeps what the sender wrote and drops quotes, signatures and disclaimers."""

from __future__ import annotations

import pytest

from core.triage.email_text import (
    TRUNCATION_MARKER,
    answers_thread,
    clean_email_text,
    normalize_subject,
    truncate,
)

BUDGET = 4000


def clean(text: str, max_chars: int = BUDGET) -> str:
    return clean_email_text(text, max_chars=max_chars)


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        pytest.param(
            "Fine by me, go ahead.\n\nFrom: Anna Kowalczyk <anna@tradecore.example>\n"
            "Sent: Tuesday, 12 November 2025 10:14\nTo: Maya Lindqvist\n"
            "Subject: Cutover plan v3\n\nAttached is v3 of the cutover plan.",
            "Fine by me, go ahead.",
            "Attached is v3",
            id="outlook-header-block",
        ),
        pytest.param(
            "Fine by me.\n________________________________\nFrom: Anna\nSent: Tuesday\n\nOld text",
            "Fine by me.",
            "Old text",
            id="outlook-underscore-separator",
        ),
        pytest.param(
            "Approved.\n\n-----Original Message-----\nFrom: Erik\nPlease approve the VAT return.",
            "Approved.",
            "VAT return",
            id="original-message",
        ),
        pytest.param(
            "Yes, CoreWCF.\n\nOn Wed, 12 Nov 2025 at 10:14, Tomasz Wojcik <t@proseware.com> "
            "wrote:\n> We are stuck on the 14 WCF services.\n> Options: ...",
            "Yes, CoreWCF.",
            "stuck",
            id="gmail-on-wrote",
        ),
        pytest.param(
            "Yes, CoreWCF.\n\nOn Wed, 12 Nov 2025 at 10:14, Tomasz Wojcik <\n"
            "tomasz.wojcik@proseware.com> wrote:\n\nWe are stuck on the WCF services.",
            "Yes, CoreWCF.",
            "stuck",
            id="gmail-attribution-wrapped-over-two-lines",
        ),
        pytest.param(
            "Passt.\n\nAm 12.11.2025 um 10:14 schrieb Jonas Berg <jonas@tradecore.example>:\n"
            "Können wir morgen sprechen?",
            "Passt.",
            "morgen",
            id="german-attribution",
        ),
        pytest.param(
            "See my answers inline.\n> Can you do Friday?\nYes, Friday works.\n"
            "> And the budget?\nApproved.",
            "See my answers inline.\nYes, Friday works.\nApproved.",
            "Can you do Friday",
            id="quoted-lines-dropped-inline-answers-kept",
        ),
        pytest.param(
            "Call me when you land.\n\n-- \nPriya Nair\nCTO, Proseware\n+46 8 555 0100",
            "Call me when you land.",
            "+46",
            id="dash-dash-signature",
        ),
        pytest.param(
            "On my way.\n\nSent from my iPhone",
            "On my way.",
            "iPhone",
            id="sent-from-my-iphone",
        ),
        pytest.param(
            "Looks good.\n\nGet Outlook for Android",
            "Looks good.",
            "Outlook for Android",
            id="get-outlook-for",
        ),
        pytest.param(
            "Please send the forecast by Tuesday.\n\nBest regards,\nRobert Hale\n"
            "Chair, Alpine Ventures",
            "Please send the forecast by Tuesday.",
            "Alpine Ventures",
            id="closing-and-title",
        ),
        pytest.param(
            "Invoice attached.\n\nKind regards,\nErik\n\nCONFIDENTIALITY NOTICE: This email and "
            "any attachments are confidential.\nIf you have received this email in error, "
            "delete it.",
            "Invoice attached.",
            "CONFIDENTIAL",
            id="disclaimer-after-signature",
        ),
        pytest.param(
            "The committee meets Thursday.\n\nThe information contained in this message is "
            "intended only for the recipient.\nIt may be privileged.\n\nOscar",
            "The committee meets Thursday.\n\nOscar",
            "privileged",
            id="disclaimer-paragraph-only",
        ),
    ],
)
def test_cleaning_keeps_the_new_text_and_drops_the_rest(body, kept, dropped):
    result = clean(body)

    assert result == kept
    assert dropped not in result


@pytest.mark.parametrize("start", ["Monday 4 July 2039", "4 July 2039", "2039-07-04"])
def test_a_forms_from_and_to_dates_are_no_reply_header(start):
    # A leave request's period: what follows is the ask, not an older message.
    body = f"Ida has requested leave.\n\nFrom: {start}\nTo: Friday 29 July\n\nApprove or decline."

    assert clean(body).endswith("Approve or decline.")


def test_a_forwarded_block_keeps_its_body_under_one_line_naming_the_author():
    body = (
        "FYI, see below: the customer is unhappy.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ellen Marsh <ellen.marsh@woodgrovebank.com>\n"
        "Date: Mon, 11 Nov 2025 at 07:40\n"
        "Subject: Payment export\n"
        "To: Sam Ortiz <sam@proseware.com>\n\n"
        "The nightly payment export fails again."
    )

    assert clean(body) == (
        "FYI, see below: the customer is unhappy.\n\n"
        "Forwarded message from Ellen Marsh <ellen.marsh@woodgrovebank.com>:\n\n"
        "The nightly payment export fails again."
    )


def test_a_closing_in_the_middle_of_a_long_email_is_not_a_signature():
    body = "Thanks,\n" + "the cutover needs two more dry runs before the freeze. " * 8

    assert clean(body).startswith("Thanks,\nthe cutover")


def test_html_becomes_text_without_markup_styles_or_scripts():
    body = (
        "<html><head><style>p { color: red }</style></head><body>"
        "<script>alert('x')</script><!-- tracking -->"
        "<p>Pricing&nbsp;for 120 seats &amp; a 3-year term.</p><div>Second line<br>Third"
        "</div><p><a href='https://example.com/u'>Unsubscribe</a></p></body></html>"
    )

    assert clean(body) == (
        "Pricing for 120 seats & a 3-year term.\n\nSecond line\nThird\n\nUnsubscribe"
    )


def test_whitespace_and_control_characters_collapse():
    body = "  Hello\t\t Maya,\r\n\r\n\r\n\r\nthe   build\x00 is green.\x07  \n\n\n"

    assert clean(body) == "Hello Maya,\n\nthe build is green."


def test_unicode_and_right_to_left_text_survive():
    body = (
        "مرحبا مايا، هل يمكنك تأكيد الاجتماع؟\n"
        "\u200fשלום, הפגישה ביום שני.\n"
        "会議は月曜日です。 Ünïcödé ✅ 🚀"
    )

    # Only the invisible right-to-left mark goes (it carries nothing Claude could read).
    assert clean(body) == body.replace("\u200f", "")


def test_text_within_budget_is_not_marked():
    assert clean("Short and sweet.", max_chars=16) == "Short and sweet."


def test_truncation_cuts_at_a_word_boundary_and_marks_the_cut():
    result = clean("alpha beta gamma delta epsilon zeta eta theta", max_chars=24)

    assert result == "alpha beta gamma […]"
    assert len(result) <= 24


def test_truncation_cuts_a_giant_word_mid_word():
    result = clean("x" * 500, max_chars=100)

    assert result == "x" * (100 - len(TRUNCATION_MARKER) - 1) + " " + TRUNCATION_MARKER
    assert len(result) == 100


@pytest.mark.parametrize("max_chars", [1, 3, 5])
def test_tiny_budgets_still_fit(max_chars):
    assert len(truncate("some longer text", max_chars)) <= max_chars


def test_a_budget_below_one_is_refused():
    with pytest.raises(ValueError, match="max_chars"):
        clean("text", max_chars=0)


def test_a_one_megabyte_body_is_cut_to_the_budget():
    paragraph = "The cutover needs two dry runs and a rollback checkpoint. " * 20 + "\n\n"
    body = "Hi Maya,\n\n" + paragraph * (1_000_000 // len(paragraph) + 1)
    assert len(body) >= 1_000_000

    result = clean(body)

    assert result.startswith("Hi Maya,\n\nThe cutover needs two dry runs")
    assert result.endswith(TRUNCATION_MARKER)
    assert BUDGET - 100 <= len(result) <= BUDGET


def test_a_huge_body_that_cleans_down_to_little_is_still_marked_as_cut():
    body = "Yes.\n" + "> quoted history line\n" * 100_000

    assert clean(body) == "Yes. " + TRUNCATION_MARKER


@pytest.mark.parametrize(
    ("hostile", "start"),
    [
        pytest.param("<" * 1_000_000, "<<<<", id="open-angle-brackets"),
        pytest.param("<p" + " " * 1_000_000, "<p […]", id="unclosed-tag"),
        pytest.param("<style>" + "a" * 1_000_000, "", id="unclosed-style"),
        pytest.param("<!--" * 250_000, "<!--<!--", id="comment-openers"),
        pytest.param("On " + "a" * 1_000_000, "On aaaa", id="endless-attribution"),
        pytest.param("From: x\n" * 125_000, "From: x\nFrom: x\n", id="header-lines"),
        pytest.param(
            "Forwarded message\nFrom: x\n" * 40_000,
            "Forwarded message from x:\nForwarded message from x:",
            id="forward-markers",
        ),
        pytest.param(">" * 1_000_000, TRUNCATION_MARKER, id="one-quote-line"),
        pytest.param("Best,\n" * 170_000, "Best,\nBest,", id="closings"),
        pytest.param("\n" * 1_000_000, TRUNCATION_MARKER, id="blank-lines"),
        pytest.param("a " * 500_000, "a a a", id="short-words"),
    ],
)
def test_hostile_input_is_handled(hostile, start):
    result = clean(hostile)

    assert result.startswith(start)
    assert len(result) <= BUDGET
    assert result == "" or result.endswith(TRUNCATION_MARKER)


@pytest.mark.parametrize(
    ("subject", "normalized"),
    [
        ("RE: Cutover plan v3", "cutover plan v3"),
        ("Re: RE: Fwd: FW: Cutover plan v3", "cutover plan v3"),
        ("AW: WG: SV: Angebot", "angebot"),
        ("Re[2]: Invoice", "invoice"),
        ("RE:Invoice", "invoice"),
        ("[EXTERNAL] RE: Invoice", "invoice"),
        ("RE: [External Sender]  Invoice   INV-2291", "invoice inv-2291"),
        ("[proseware/ledgerline] Build failed", "[proseware/ledgerline] build failed"),
        ("[extension] notes", "[extension] notes"),
        ("Regarding: the renewal", "regarding: the renewal"),
        ("  ", ""),
    ],
)
def test_normalize_subject(subject, normalized):
    assert normalize_subject(subject) == normalized


@pytest.mark.parametrize(
    ("subject", "answers"),
    [
        ("Re: Contract", True),
        ("SV: Avtal", True),
        ("[EXTERNAL] AW: Vertrag", True),
        ("RE[2]: Contract", True),
        ("Re: Fwd: Contract", True),
        ("Fwd: Re: Contract", False),
        ("WG: Vertrag", False),
        ("Contract - re: the draft", False),
        ("Contract", False),
    ],
)
def test_a_reply_is_told_from_a_forward_by_its_first_prefix(subject, answers):
    assert answers_thread(subject) is answers


def test_normalize_subject_handles_endless_prefixes():
    assert normalize_subject("Re: " * 300_000 + "Hello") == "hello"


def test_plain_text_with_angle_brackets_is_not_taken_for_html():
    body = "Write to Anna <a@tradecore.example> & copy <p.nair@proseware.com>; 3 < 4 &amp; 5 > 2."

    assert clean(body) == body
