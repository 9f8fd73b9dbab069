"""The owner's filed mail as folder evidence: habits by sender and domain, neighbours by words."""

from __future__ import annotations

from datetime import UTC, datetime

from core.config.settings import Settings
from core.triage.classification import INBOX, EmailForClassification
from core.triage.offline import HeuristicClassifier
from core.triage.offline.examples import Pull
from core.triage.offline.filed import (
    MODEL_MIN,
    MODEL_POINTS,
    MODEL_SURE,
    FiledEmail,
    FiledMail,
    merged,
)

FOLDERS = ("Areas/HR", "Areas/Finance", "Projects/Mill")
SETTINGS = Settings.model_validate(
    {
        "projects": [{"name": "Mill rollout", "folder": "Projects/Mill", "keywords": ["mill"]}],
        "areas": [
            {"name": "People", "folder": "Areas/HR", "senders": ["people@ours.example"]},
            {"name": "Money", "folder": "Areas/Finance"},
        ],
    }
)
# Mail the owner filed: hiring in HR, month-end close in Finance, plus filler that makes
# every folder speak in its own words.
FILED = (
    FiledEmail("Areas/HR", "ana@ours.example", "Shortlist for the backend role", "Three CVs"),
    FiledEmail("Areas/HR", "ana@ours.example", "Backend role: second interviews", "Panel"),
    FiledEmail("Areas/HR", "ana@ours.example", "Offer draft for the backend role", "Salary"),
    FiledEmail("Areas/HR", "ana@ours.example", "Start date for the new hire", "Laptop"),
    FiledEmail("Areas/HR", "li@agency.example", "Candidate CVs for the backend role", "Two"),
    FiledEmail("Areas/HR", "people@ours.example", "Holiday calendar", "Bank holidays"),
    FiledEmail("Areas/Finance", "ola@books.example", "Month-end close checklist", "Accruals"),
    FiledEmail("Areas/Finance", "ola@books.example", "Accruals for the month-end close", "List"),
    FiledEmail("Areas/Finance", "kim@books.example", "Reconciliation before month-end", "Bank"),
    FiledEmail("Areas/Finance", "kim@books.example", "Reconciliation of the ledger", "Done"),
    FiledEmail("Projects/Mill", "eva@steel.example", "Mill cutover weekend", "Plan"),
    FiledEmail("Projects/Mill", "bo@steel.example", "Mill cutover rehearsal", "Notes"),
    FiledEmail("Projects/Mill", "eva@steel.example", "Scanner firmware at the mill", "Ok"),
    FiledEmail("Projects/Mill", "bo@steel.example", "Label printers for the cutover", "Ok"),
    FiledEmail("Archive/Old", "ana@ours.example", "Backend role archive", "Not ours"),
    # Colleagues write about everything: the owner's own domain is no folder's.
    *(FiledEmail(f, f"colleague{i}@ours.example", f"Item {i}", "") for i, f in enumerate(FOLDERS)),
    # A real folder holds much more, mostly one-off words that say nothing.
    *(
        FiledEmail(f, f"x{i}@s{i}.example", f"Zorp{i} quix{i}", "")
        for i, f in enumerate(FOLDERS * 8)
    ),
)


def model(emails=FILED) -> FiledMail:
    return FiledMail(emails, FOLDERS)


def email(subject: str, body: str, sender: str, **kwargs) -> EmailForClassification:
    return EmailForClassification(
        email_id="m1",
        subject=subject,
        sender_name="Someone",
        sender_address=sender,
        received_at=datetime(2026, 12, 1, tzinfo=UTC),
        body_text=body,
        preview=body[:255],
        **kwargs,
    )


def test_a_sender_filed_mostly_in_one_folder_is_a_habit_with_its_count():
    habit = model().habits("Ana@Ours.example")
    assert habit.folders == {"Areas/HR": 2.5}
    # The folder outside the taxonomy is not counted: 4 of 4, not 4 of 5.
    assert habit.reasons["Areas/HR"] == "you filed 4 of 4 emails from ana@ours.example in Areas/HR"


def test_few_emails_or_a_split_sender_make_no_habit():
    assert model().habits("li@agency.example").folders == {}  # one email only
    split = (*FILED, *(FiledEmail("Areas/Finance", "ana@ours.example", "Payroll", "x"),) * 2)
    assert model(split).habits("ana@ours.example").folders == {}  # 4 of 6 is no habit
    three = [FiledEmail("Areas/HR", "bo@one.example", f"Note {i}", "") for i in range(3)]
    assert model(three).habits("bo@one.example").folders == {}  # three emails are too few


def test_an_organisation_filed_in_one_folder_speaks_for_its_new_people():
    habit = model().habits("new.person@books.example")
    assert habit.folders == {"Areas/Finance": 1.5}
    assert "4 of 4 emails from @books.example" in habit.reasons["Areas/Finance"]


def test_one_persons_domain_or_a_private_mailbox_is_no_organisation():
    one_person = [FiledEmail("Areas/HR", "me@solo.example", f"Note {i}", "") for i in range(4)]
    assert model(one_person).habits("other@solo.example").folders == {}
    family = [
        FiledEmail("Areas/HR", f"{name}@gmail.com", f"Note {name}", "")
        for name in ("ann", "bob", "cay", "dan")
    ]
    assert model(family).habits("eve@gmail.com").folders == {}


def test_mail_worded_like_one_folders_mail_points_there():
    alike = model().alike("Backend role: references", "References for the candidate's CV")
    assert set(alike) == {"Areas/HR"}
    points, why = alike["Areas/HR"]
    assert 0 < points < 4.0
    assert why == "worded like the mail you filed in Areas/HR"


def _folders_of(per_folder: int) -> list[FiledEmail]:
    """A mailbox where each folder holds `per_folder` emails in its own words, one shared."""
    return [
        email
        for i in range(per_folder)
        for email in (
            FiledEmail("Areas/Finance", f"f{i}@s{i}.example", f"Payment run {i}", "Remittance"),
            FiledEmail("Areas/HR", f"h{i}@t{i}.example", f"Interview slot {i}", "Candidate"),
            FiledEmail("Projects/Mill", f"m{i}@u{i}.example", f"Shift plan {i}", "Update"),
            FiledEmail("Areas/HR", f"s{i}@v{i}.example", f"Training {i}", "Update"),
        )
    ]


def _alike(per_folder: int, subject: str, text: str) -> dict[str, float]:
    found = FiledMail(_folders_of(per_folder), FOLDERS).alike(subject, text)
    return {folder: points for folder, (points, _) in found.items()}


def test_a_folder_with_enough_filed_mail_speaks_through_its_word_model():
    # The same mailbox below MODEL_MIN emails per folder: the five neighbours alone.
    few = _alike(MODEL_MIN - 10, "Question on the payment run", "Remittance missing")
    many = _alike(MODEL_MIN, "Question on the payment run", "Remittance missing")

    assert set(many) == set(few) == {"Areas/Finance"}
    assert MODEL_POINTS * MODEL_SURE <= many["Areas/Finance"] - few["Areas/Finance"]
    assert many["Areas/Finance"] - few["Areas/Finance"] <= MODEL_POINTS


def test_the_word_model_is_silent_on_words_two_folders_share():
    # "Update" ends half of HR's mail and all of the mill's: no folder is sure.
    few = _alike(MODEL_MIN - 10, "An update", "Update")
    many = _alike(MODEL_MIN, "An update", "Update")

    assert many == few


def test_unrelated_or_one_off_words_point_nowhere():
    assert model().alike("Lunch on Friday?", "The new place by the river") == {}
    # "firmware" is in one filed email only: one email says nothing about a folder.
    assert model().alike("Firmware", "") == {}


async def test_the_classifier_files_by_the_owners_habit_where_no_rule_knows_the_sender():
    mail = email("Quick one", "Can you sign the attached before Friday?", "ola@books.example")
    alone = await HeuristicClassifier().classify(mail, settings=SETTINGS)
    taught = await HeuristicClassifier(filed=model()).classify(mail, settings=SETTINGS)
    assert alone.folder == INBOX
    assert taught.folder == "Areas/Finance"
    assert "you filed 2 of 2" not in taught.reason  # ola has two: it is the domain's habit
    assert "emails from @books.example in Areas/Finance" in taught.reason


async def test_the_classifier_files_by_words_alone_from_a_known_colleague():
    mail = email(
        "Interview panel for the backend role",
        "Who should sit on the second interviews?",
        "new.hire@ours.example",
    )
    alone = await HeuristicClassifier().classify(mail, settings=SETTINGS)
    taught = await HeuristicClassifier(filed=model()).classify(mail, settings=SETTINGS)
    assert alone.folder == INBOX
    assert taught.folder == "Areas/HR"
    assert "worded like the mail you filed in Areas/HR" in taught.reason


async def test_a_mailing_list_worded_like_filed_mail_stays_in_the_inbox():
    mail = email(
        "Hiring digest: the backend role market",
        "Shortlist, interviews and offers: this week's CVs trends",
        "digest@news.example",
        list_unsubscribe="<mailto:leave@news.example>",
    )
    taught = await HeuristicClassifier(filed=model()).classify(mail, settings=SETTINGS)
    assert taught.folder == INBOX


async def test_a_rule_senders_habit_is_not_counted_twice_in_the_confidence():
    habit = [FiledEmail("Areas/HR", "people@ours.example", f"Policy {i}", "") for i in range(5)]
    mail = email("Policy update", "Nothing to do.", "people@ours.example")
    alone = await HeuristicClassifier().classify(mail, settings=SETTINGS)
    taught = await HeuristicClassifier(filed=model(habit)).classify(mail, settings=SETTINGS)
    assert (alone.folder, taught.folder) == ("Areas/HR", "Areas/HR")
    assert taught.confidence == alone.confidence
    assert "you filed" not in taught.reason


def test_the_senders_own_filed_mail_is_no_evidence_of_wording():
    # Ana's four HR emails share her words; from Ana, only the others' mail may vote.
    alike = model().alike("Backend role: references", "References for the CVs", "ana@ours.example")
    assert set(alike) == {"Areas/HR"}  # li@agency's "Candidate CVs for the backend role"
    assert (
        alike["Areas/HR"][0]
        < model().alike("Backend role: references", "References for the CVs")["Areas/HR"][0]
    )
    only_ana = [e for e in FILED if e.sender_address == "ana@ours.example"] * 2
    assert model(only_ana).alike("Backend role", "", "ana@ours.example") == {}
    assert model(only_ana).alike("Backend role", "") != {}


def test_merging_the_filed_habits_keeps_the_corrections_habits_apart() -> None:
    corrections = Pull({"Areas/HR": 3.5}, {}, {"Areas/HR": "alike"}, {"Areas/Finance": 3.0})
    filed = Pull(
        {"Areas/HR": 2.5, "Projects/Mill": 1.5}, {}, {"Areas/HR": "f", "Projects/Mill": "m"}
    )

    both = merged(corrections, filed)

    assert both.folders == {"Areas/HR": 6.0, "Projects/Mill": 1.5}
    assert both.habits == {"Areas/Finance": 3.0}
    assert both.reasons == {"Areas/HR": "alike", "Projects/Mill": "m"}
