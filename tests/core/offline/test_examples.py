"""The owner's labelled examples pull the offline classifier towards their labels."""

from __future__ import annotations

from datetime import UTC, datetime

from core.triage.classification import INBOX, Correction
from core.triage.offline import HeuristicClassifier
from core.triage.offline.examples import Example, LabelledExampleLike
from core.vocabulary import ActionType, Priority
from tests.core.offline.test_signals import SETTINGS, mail

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


def lea(subject: str, text: str, folder: str, action: ActionType) -> LabelledExampleLike:
    return Example(
        "lea@newclient.example", subject, text, folder, Priority.P2, action, "correction", WHEN
    )


EXAMPLES = [
    lea("Pilot licences", "How many pilot licences can we get for the spring?", "Areas/Finance",
        ActionType.DELEGATED),
    lea("Dinner next week", "Are you free for dinner on Thursday?", INBOX, ActionType.NEEDS_REPLY),
]  # fmt: skip


async def classify(email, examples=(), **kwargs):
    return await HeuristicClassifier(examples).classify(email, settings=SETTINGS, **kwargs)


async def test_an_example_from_the_same_sender_with_alike_content_pulls_folder_and_action():
    email = mail(
        "More pilot licences", "Could we get ten more pilot licences?", "lea@newclient.example"
    )

    plain = await classify(email)
    pulled = await classify(email, EXAMPLES)

    assert (plain.folder, plain.action_type) == (INBOX, ActionType.NEEDS_REPLY)
    assert (pulled.folder, pulled.action_type) == ("Areas/Finance", ActionType.DELEGATED)
    assert "your earlier correction" in pulled.reason


async def test_the_same_sender_on_another_subject_keeps_the_folder_but_not_the_action():
    email = mail("Lunch", "Could we meet for lunch on Friday?", "lea@newclient.example")

    result = await classify(email, EXAMPLES[:1])

    assert (result.folder, result.action_type) == ("Areas/Finance", ActionType.NEEDS_REPLY)


async def test_an_unrelated_senders_example_does_not_pull():
    email = mail("Dinner", "Are you free for dinner on Saturday?", "sam@other.example")

    result = await classify(email, EXAMPLES[:1])

    assert result.folder == INBOX


async def test_a_strangers_example_with_much_the_same_words_pulls():
    email = mail("Pilot licences", "How many pilot licences for spring?", "sam@other.example")

    result = await classify(email, EXAMPLES[:1])

    assert result.folder == "Areas/Finance" and "like an email you filed" in result.reason


async def test_an_example_filed_outside_the_taxonomy_is_ignored():
    stale = lea("Pilot licences", "pilot licences", "Projects/Retired", ActionType.DELEGATED)
    email = mail("Pilot licences", "pilot licences?", "lea@newclient.example")

    assert (await classify(email, [stale])).folder == INBOX


async def test_examples_given_per_call_replace_the_constructors():
    email = mail("Pilot licences", "pilot licences?", "lea@newclient.example")
    classifier = HeuristicClassifier(EXAMPLES)

    assert (await classifier.classify(email, settings=SETTINGS, examples=())).folder == INBOX


async def test_corrections_count_as_examples_and_bad_labels_are_skipped():
    good = Correction("Pilot licences", "lea@newclient.example", INBOX, "P4 - Low", "FYI Only",
                      "Areas/Finance", "P2 - Important", "Delegated")  # fmt: skip
    bad = Correction("Pilot licences", "lea@newclient.example", INBOX, "P4 - Low", "FYI Only",
                     "Areas/People", "P9", "Delegated")  # fmt: skip
    email = mail("Pilot licences", "pilot licences?", "lea@newclient.example")

    result = await classify(email, corrections=[bad, good])

    assert result.folder == "Areas/Finance"


async def test_a_colleagues_habit_yields_to_mail_that_names_its_own_topic():
    # One correction put the CTO's release-cadence mail in Finance; the CTO writes about
    # everything, so the habit decides only mail that says nothing of its own topic.
    cto = "cto@ours.example"
    habit = Example(
        cto, "Release cadence", "Three weeks instead of four?", "Areas/Finance", Priority.P3,
        ActionType.NEEDS_REPLY, "correction", WHEN,
    )  # fmt: skip
    on_topic = mail("Tomorrow", "The interview with Ana went well.", cto)
    no_topic = mail("Quick one", "Got a minute this afternoon?", cto)
    colleague = mail(
        "Candidate for the data role", "The interview is on Monday.", "ana@ours.example"
    )

    assert (await classify(on_topic, [habit])).folder == "Areas/People"
    assert (await classify(colleague, [habit])).folder == "Areas/People"
    pulled = await classify(no_topic, [habit])
    assert pulled.folder == "Areas/Finance" and "your earlier correction" in pulled.reason
    # Alike content is no habit: the same matter again goes where the owner put it.
    again = mail("Release cadence", "Three weeks instead of four, then?", cto)
    assert (await classify(again, [habit])).folder == "Areas/Finance"
