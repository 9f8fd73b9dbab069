"""A second opinion on the priority: how the labelled sets' writers weigh mail like this one.

The priority rules (`priority`) read importance from the folder and urgency from cue words, and
on mail by writers nobody tuned them on they are right about four times in five. Much of what
they miss is judgement the labels share but no cue names: a renewal's promised answer is worth
waiting on at P2 while a colleague's status note is not, a client's go/no-go invitation matters
and a team retro does not. This model has read every development email with its label. It is
the wording model's logistic regression (`wording`) over the same words and word pairs, plus
four facts the rules found (`facts`): their own priority, the action type, whether the
sender writes from the owner's own organisation, and whether the folder is a project, an area
or the Inbox. So it learns where the rules' reading holds and where the words say otherwise;
fitted by `bench/train_action_model.py`, shipped as `priority_model.json`, read in plain Python.
The labelled mail is one owner's (the sample taxonomy's): her clients' names weigh only in her
mailbox, while the office's words and the rules' facts are everyone's.

Its choice is the priority (`reconsider`) unless the rules are sure (certainty SURE: a folder
kept at P4, an automated report, mail that only informs), where they are right about 24 times
in 25. When it differs from the rules', the reason says so and the certainty drops to REREAD,
so a changed priority never reaches the confidence a burst's "approve all" rests on.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from core.config.settings import Project, TaxonomyEntry
from core.triage.offline.priority import Decision
from core.triage.offline.wording import WordingModel, read_model
from core.vocabulary import ActionType, Priority

PRIORITY_MODEL_FILE = Path(__file__).with_name("priority_model.json")
SURE = 0.9  # rules this certain keep their priority (about 96 % right on the development sets)
REREAD = 0.6  # the certainty of a priority the model chose against the rules
# No second opinion: the rules' priority alone (for comparisons, tests and fitting).
NO_WEIGHING: WordingModel[Priority] = WordingModel((), (), {})


def facts(
    rules: Priority, action: ActionType, own_sender: bool, entry: TaxonomyEntry | None
) -> tuple[str, ...]:
    """The facts the rules found that the model weighs beside the words."""
    folder = "inbox" if entry is None else "project" if isinstance(entry, Project) else "area"
    sender = "own organisation" if own_sender else "elsewhere"
    return (f"rules {rules.value}", f"action {action.value}", f"sender {sender}", f"in {folder}")


def reconsider(decision: Decision, probabilities: dict[Priority, float]) -> Decision:
    """The model's priority: the rules' when they are sure, or it agrees or has no opinion."""
    if not probabilities or decision.certainty >= SURE:
        return decision
    chosen, p = max(probabilities.items(), key=lambda item: item[1])
    if chosen is decision.priority:
        return decision
    why = f"weighed like {chosen.value[:2]} mail ({p:.0%}) over {decision.reason}"
    return Decision(chosen, why, min(decision.certainty, REREAD))


@cache
def shipped_priority_model() -> WordingModel[Priority]:
    """The priority model that ships with the package, read once."""
    return read_model(PRIORITY_MODEL_FILE, Priority)
