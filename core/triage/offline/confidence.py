"""Confidence: how sure the rules are of all three fields, from margins and agreement.

Each field gets its own certainty and the suggestion's confidence is the least of them, so a
high confidence means the folder, the priority and the action type are each well supported:
- folder: the margin between the best and the second-best folder score, plus AGREEMENT when two
  independent kinds of evidence (a sender rule, topic words, the owner's examples), each of at
  least CORROBORATES points, back the same folder; the Inbox is sure for list mail that names
  none of your work, less so for a list that does (a tool's notification may belong to a
  project) or mail nothing matched;
- two kinds of folder evidence are over-trusted and capped below the 0.85 line: words alone
  from a stranger (an organisation no sender rule or key contact names: outreach, phishing and
  prospects name-drop your projects), and a known organisation's list mail (its broadcast may
  be marketing, not your business with it), STRANGER_WORDS and BROADCAST;
- action type: the strength of its cues (`action.Action.strength`);
- priority: the certainty of its rule (`priority.Decision.certainty`).
The scale is set so that on the golden and held-out sets suggestions at 0.85 or more are right
at least 90 % of the time on every field, conservatively (fewer 0.85s rather than wrong ones);
`python -m bench.offline_crossval` checks it fold by fold.
"""

from __future__ import annotations

from core.triage.offline.folders import Decision

FOLDER_BASE = 0.45
PER_POINT = 0.08  # each point of margin over the runner-up
AGREEMENT = 0.1
# The least evidence of a kind that corroborates another: a topic word in the subject, or two
# in the body; one passing mention does not.
CORROBORATES = 1.0
FOLDER_CEILING = 0.95
INBOX_LIST = 0.9  # list mail no rule names
INBOX_AUTOMATED = 0.7
INBOX_PITCH = 0.75
INBOX_SURE_PITCH = 0.88  # several independent sales phrases from an unknown sender
# Mail that instructs the assistant (`hostile`): its conventions leave no doubt.
INBOX_MANIPULATION = 0.88
# A stranger's credential lure (`lure`): its shape is telling, but phrasing varies more.
INBOX_LURE = 0.75
INBOX_NOTHING = 0.55  # nothing matched: a personal or unknown email, or a missing rule
INBOX_CONTESTED = 0.4  # a tie, or too little evidence
STRANGER_WORDS = 0.8  # a folder on words alone from an organisation the config does not know
BROADCAST = 0.8  # list mail filed by its sender: an organisation's newsletter or marketing
# An ask in mail to a list she is on (on neither line): hers, or only her team's or the other
# members'; the labelled sets disagree, so it is never sure.
LIST_ASK = 0.8


def folder_certainty(
    decision: Decision,
    *,
    listed: bool,
    automated: bool,
    pitch: bool,
    sure_pitch: bool = False,
    tool_notice: bool = False,
    stranger: bool = False,
) -> float:
    """How sure the folder is; `tool_notice`: list mail about the owner's own work ("you are
    watching this repository"), which may belong to a project no rule names; `stranger`: the
    sender's organisation is one no sender rule or key contact names."""
    best = decision.best
    if best.entry is None and not best.examples:
        if pitch:
            return INBOX_SURE_PITCH if sure_pitch else INBOX_PITCH
        if decision.considered:
            return INBOX_CONTESTED if not listed else INBOX_AUTOMATED
        if listed:
            # A list naming your work may be a tool's notification about it, not a newsletter.
            named = decision.list_names_an_entry or tool_notice
            return INBOX_AUTOMATED if named else INBOX_LIST
        return INBOX_AUTOMATED if automated else INBOX_NOTHING
    margin = best.score - decision.runner_up
    kinds = sum(1 for part in (best.sender, best.topic, best.examples) if part >= CORROBORATES)
    certainty = FOLDER_BASE + PER_POINT * margin + (AGREEMENT if kinds > 1 else 0.0)
    if stranger and not best.sender and not best.examples:
        certainty = min(certainty, STRANGER_WORDS)
    if listed:
        certainty = min(certainty, BROADCAST)
    return min(FOLDER_CEILING, certainty)


def combine(folder: float, action: float, priority: float) -> float:
    """The suggestion's confidence: its least certain field, rounded for display."""
    return round(min(folder, action, priority), 2)
