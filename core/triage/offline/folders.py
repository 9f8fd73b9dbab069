"""Folder evidence: each project and area scored on the sender, its words and the owner's examples.

Scores add up per taxonomy entry:
- the most specific sender rule (an exact address beats any @domain; the longest domain wins):
  SENDER_EXACT or SENDER_DOMAIN points; another folder takes the sender's mail only when it
  scores SENDER_MARGIN more (a clearly different topic, not a mention), or scores more at all
  when the mail has no word of the sender's own folder and the rule is an area's (a project's
  client writes of its project, whatever it names), or is a project whose keyword (or team
  list) heads the mail an area's domain rule sent ("[CI] net8/main failed" from the build
  server's domain: the narrower matter; a name, no office word such as "auditors"), or an
  area's words alone would file ("Framework 4.8 build agents"); a functional mailbox
  ("billing@") naming another entry's topic is more specific than the domain's rule and takes
  its points (`sender_topic.functional_entry`), and a marketing mailbox ("newsletter@") is no
  person the domain's rule speaks for (`sender_topic.marketing_mailbox`); from a domain no rule
  names, a newsletter's topics are its own, as a mailing list's are;
- each keyword, as whole words in any word form (an -ing form only as written: "building" is
  no "build") or joined in an identifier ("net8-port" for ".NET 8"): SUBJECT_KEYWORD in the
  subject, BODY_KEYWORD in the body, times its specificity (`profiles`); a keyword inside a
  longer term of another entry ("audit committee") is that term's word, not the keyword;
- two words of one topic the entry's description lists ("conference and training budgets"):
  an office keyword's points;
- words of the entry's name, description and sender domains, and thesaurus words related to
  them (`lexicon`), when no other entry uses them: TOPIC_SUBJECT / TOPIC_BODY each, at most
  TOPIC_CAP in all, none for words of a keyword already counted (not for mail from a private
  mailbox such as gmail: its words are life); these points are counted in `matching`;
- the sender's key-contact role, a colleague's signed title or an automated mailbox naming an
  entry's topic (`sender_topic`);
- a key contact other than the sender named in the body: MENTION points for the entry their
  own mail goes to (`mentions`);
- for a forward from a sender no rule names, the forwarded message's author's sender rule:
  FORWARDED_SENDER points, counted as a sender rule (the forwarder passes on that sender's
  mail; `layout`);
- a list of the owner's organisation the mail was sent to whose name holds an entry's keyword
  ("net8-migration@", "Customer escalations"): a subject keyword's points (`team_lists`), for
  list mail too, but not against a project's domain rule when a person at that client writes
  ("invoices@" from the client's project controller stays with the project; the client's
  "ap@" is its accounts' matter);
- keywords in the earlier messages a reply quotes, as in the body (a reply's topic is its
  thread's; the cues of quoted text are ignored elsewhere, its topic is not; `layout`);
- a person's subject reporting a fault ("stuck", "crashes"): the entry that speaks of faults
  takes a subject keyword's points, the other entries' keywords count from the body (`faults`);
- a subject keyword right after another entry's term ("architecture proposal") is that
  entry's matter: the keyword weighs as in the body, the other entry gains (`compounds`);
  so does an entry whose own term labels the subject ("Receipt: ...", `layout.label`);
- the owner's labelled examples (`examples.pull`).
The best total at MIN_SCORE or more wins; a tie goes to the entry with the strongest single
piece of evidence, and a tie there too goes to the project when a project ties with an area
(the narrower matter), else stays in the Inbox, as does mail nothing names. Automated mail
counts its subject only (its footers name everything), and list mail no sender rule or example
names stays in the Inbox: a list's topics are its own, not the owner's projects (a code
host's or tracker's notification is no such list: `notices`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from core.config.settings import Project, Settings, TaxonomyEntry
from core.triage.classification import INBOX
from core.triage.offline.compounds import read_subject
from core.triage.offline.examples import Pull
from core.triage.offline.layout import PLAIN, Layout
from core.triage.offline.matching import (
    BODY_KEYWORD,
    SUBJECT_KEYWORD,
    TOPIC_BODY,
    keyword_points,
    topic_points,
)
from core.triage.offline.mentions import MENTION, named_contact
from core.triage.offline.profiles import (
    OFFICE_KEYWORD,
    PEOPLE_TERMS,
    Profile,
    domain_label,
    named_person,
    only_entry_named,
    others_terms,
    profiles,
)
from core.triage.offline.profiles import entries as entries  # callers use folders.entries
from core.triage.offline.profiles import private_mailbox as private_mailbox
from core.triage.offline.sender_topic import (
    functional_entry,
    mailbox,
    marketing_mailbox,
    role,
    sender_topic,
)
from core.triage.offline.text import Words, words
from core.untrusted_text import clip

SENDER_EXACT = 5.0
SENDER_DOMAIN = 4.0
# Enough to file: one office keyword in the body, or two topic words.
MIN_SCORE = BODY_KEYWORD * OFFICE_KEYWORD
# A colleague writing to the owner in person (on her To or Cc line, not to a list she is on)
# writes about the company's work: one topic word in the body files it. On 160 labelled sets
# this filed 103 more of such mails right and 24 wrong; from other senders it was 68 right and
# 144 wrong, and to all staff 5 right and 51 wrong (the office's notices and parties).
COLLEAGUE_MIN_SCORE = TOPIC_BODY
# Another topic takes a known sender's mail only when it is clearly ahead: by a body keyword's
# worth more than the sender's own folder scores (a customer's domain asking about a project).
SENDER_MARGIN = 1.0
# A forwarded author's rule: a subject keyword's weight, a little below the sender's own rule
# (the forwarder's note may steer the mail elsewhere, and their topic words can outweigh it).
FORWARDED_SENDER = 3.0
_ADDRESS_CHARS = 100
_NOTHING = words("")
# A keyword in the earlier messages a reply quotes weighs like one in its body: a reply
# ("Not yet, I'll have the date by Thursday") belongs to its thread's topic.
QUOTED = 1.0


@dataclass(frozen=True)
class Evidence:
    """The score of one folder and the strongest reasons behind it."""

    folder: str
    entry: TaxonomyEntry | None
    score: float
    sender: float = 0.0
    topic: float = 0.0
    examples: float = 0.0
    reasons: tuple[str, ...] = ()
    strongest: float = 0.0  # the single strongest piece (a sender rule or one keyword)


@dataclass(frozen=True)
class Decision:
    """The chosen folder, its evidence and the runner-up's score (for the confidence)."""

    best: Evidence
    runner_up: float
    considered: int
    list_names_an_entry: bool = False  # list mail whose words name a project or area


def sender_rule(settings: Settings, address: str) -> tuple[TaxonomyEntry, str, float] | None:
    """Return the entry whose sender rule is most specific for `address`, the rule and points."""
    domain = address.rpartition("@")[2] if "@" in address else ""
    best: tuple[int, TaxonomyEntry, str] | None = None
    for entry in entries(settings):
        for pattern in entry.senders:
            if pattern == address:
                rank = 10_000  # an exact address beats any domain
            elif pattern.startswith("@") and (
                domain == pattern[1:] or domain.endswith("." + pattern[1:])
            ):
                rank = len(pattern)
            else:
                continue
            if best is None or rank > best[0]:
                best = (rank, entry, pattern)
    if best is None:
        return None
    rank, entry, pattern = best
    return entry, pattern, SENDER_EXACT if rank == 10_000 else SENDER_DOMAIN


def tool_domain(settings: Settings, address: str) -> TaxonomyEntry | None:
    """The entry a sender rule ties to one exact address at `address`'s domain, when `address`
    is another mailbox there: "alerts@trustbeam.example" names the compliance platform, whose
    "noreply@" digest of your controls is the same tool's report, masthead or not. A public
    mail service's domain is nobody's tool."""
    if private_mailbox(address):
        return None
    domain = address.rpartition("@")[2]
    named = {
        entry.name: entry
        for entry in entries(settings)
        for pattern in entry.senders
        if "@" in pattern[1:] and pattern != address and pattern.rpartition("@")[2] == domain
    }
    return next(iter(named.values())) if len(named) == 1 else None


def decide(
    settings: Settings,
    address: str,
    subject: Words,
    body: Words | None,
    pull: Pull,
    *,
    listed: bool,
    alike: Mapping[str, tuple[float, str]] | None = None,
    laid_out: Layout = PLAIN,
    team: Mapping[str, tuple[float, str]] | None = None,
    signed: Words | None = None,
    named_by_first_name: bool = True,
    colleague: bool = False,
    family: bool = False,
) -> Decision:
    """Score every entry (and the Inbox, by examples only) and pick the folder.

    `body` is None for automated mail (subject only); `listed` is True for mailing-list mail;
    `alike` gives the folders whose filed mail is worded like this email (`filed.FiledMail`):
    topic evidence, points and why; `laid_out` the forwarded author, the quoted thread and the
    subject's phrases (`layout`); `team` the folders whose team list the mail was sent to
    (`team_lists`), evidence that holds for list mail too; `signed` the title a colleague signs
    with (`sender_topic.signature_title`), read as a key contact's role; `colleague` that a
    colleague wrote it in person, which files it on less evidence; `family` that the sender is
    the owner's family (`profiles.kin`), whose mail stays in the Inbox unless a rule names them.
    """
    alike = alike or {}
    team = team or {}
    built = profiles(settings)
    rule = sender_rule(settings, address)
    if marketing_mailbox(address):
        # A newsletter's topics are its own, like a mailing list's; on a domain a rule names
        # ("events@tradecore-steel") it still speaks of that organisation, not for its people.
        listed = listed or rule is None
        rule = rule if rule is not None and rule[1] == address else None
    function = functional_entry(built, address) if rule and rule[1] != address else None
    if rule is not None and function is not None and function is not rule[0]:
        rule = (function, f"its mailbox names {function.name}, not {rule[1]}", rule[2])
    passed_on = None
    if rule is None and laid_out.forwarded_from:
        found = sender_rule(settings, laid_out.forwarded_from)
        passed_on = (found[0], laid_out.forwarded_from) if found else None
    private = rule is None and private_mailbox(address)
    if family and rule is None:
        # Family writes about life: a ball's ticket or a roof's quote is no work of the owner's
        # (352 of the 360 family mails in the sets are the Inbox's, one Finance's).
        personal = "the owner's family writes: personal mail"
        return Decision(Evidence(INBOX, None, 0.0, reasons=(personal,)), 0.0, 0)
    # A person at a project's client writes to the owner's team list ("invoices@") to reach the
    # right people about the client's own matter: the list does not take the project's mail.
    # The client's role mailbox ("ap@", counted above as its function) is that team's matter.
    client = None
    if rule is not None and isinstance(rule[0], Project) and rule[2] == SENDER_DOMAIN:
        client = rule[0] if named_person(address) else None
    scored: list[Evidence] = []
    named = False
    # Automated mail (`body` None) is read by its subject: its mailbox name says what it sends.
    # A key contact's role, or a colleague's signed title, speaks for a sender no rule names (a
    # rule already says who they are).
    role_words = (role(settings, address) or signed) if rule is None else None
    mailbox_words = mailbox(address) if body is None else None
    said = read_subject(built, subject, laid_out, by_person=body is not None and not listed)
    mention = None
    if body is not None and not listed and not private:
        mention = named_contact(
            settings,
            address,
            body,
            lambda a: sender_rule(settings, a),
            first_names=named_by_first_name,
        )
    for profile in built:
        # Longer terms of other entries: "audit committee" is no "audit" of an audit project.
        longer = others_terms(built, profile)
        entry = profile.entry
        reasons: list[str] = []
        sender = 0.0
        if rule is not None and rule[0] is entry:
            sender = rule[2]
            via = "" if rule[1] == address else f" ({rule[1]})"
            reasons.append(
                f"sender rule: {clip(address, _ADDRESS_CHARS)} is a {entry.name} sender{via}"
            )
        elif passed_on is not None and passed_on[0] is entry:
            sender = FORWARDED_SENDER
            author = clip(passed_on[1], _ADDRESS_CHARS)
            reasons.append(f"forwards mail from {author}, a {entry.name} sender")
        keyword, strongest, matched = keyword_points(
            profile, said.heading(profile), body, reasons, longer, said.modified(profile)
        )
        if lift := said.lift(profile, reasons):
            keyword += lift
            strongest = max(strongest, lift)
        if laid_out.quoted is not None and body is not None:
            earlier, _, _ = keyword_points(profile, _NOTHING, laid_out.quoted, [], longer)
            if earlier:
                keyword += QUOTED * earlier
                reasons.append(f"{profile.entry.name} keywords in the quoted thread")
        # The sender's own organisation named in its mail ("Woodgrove Bank is prepared to
        # renew") says who writes, which the domain rule has already counted.
        if sender == SENDER_DOMAIN and rule is not None and rule[1].startswith("@"):
            matched = matched | frozenset(words(domain_label(rule[1])).parts)
        # A private mailbox's words are life, not work: only an entry's own keywords count.
        topic = 0.0 if private else topic_points(profile, subject, body, reasons, matched)
        by_sender, why = sender_topic(profile, role_words, mailbox_words)
        topic += by_sender
        reasons += [why] if why else []
        if mention is not None and mention.entry is entry:
            topic += MENTION
            reasons.append(mention.reason)
        if not private and entry.folder in alike:
            points, why = alike[entry.folder]
            topic += points
            reasons.append(why)
        examples = pull.folders.get(entry.folder, 0.0) + pull.habits.get(entry.folder, 0.0)
        if examples:
            reasons.append(pull.reasons[entry.folder])
        if listed and not sender and not examples:
            named = named or keyword > 0  # a list naming your work uses your own keywords
            keyword = topic = strongest = 0.0  # a mailing list's topics are its own
        if entry.folder in team and client in (None, entry):
            points, why = team[entry.folder]
            topic += points
            strongest = max(strongest, points)
            reasons.append(why)
        total = sender + keyword + topic + examples
        if total > 0:
            scored.append(
                Evidence(
                    entry.folder,
                    entry,
                    total,
                    sender,
                    keyword + topic,
                    examples,
                    tuple(reasons),
                    max(sender, strongest),
                )
            )
    inbox = pull.folders.get(INBOX, 0.0) + pull.habits.get(INBOX, 0.0)
    if inbox:
        scored.append(Evidence(INBOX, None, inbox, examples=inbox, reasons=(pull.reasons[INBOX],)))
    if pull.habits and any(e.sender + e.topic >= MIN_SCORE for e in scored):
        scored = _without_habits(scored, pull)
    # Equal scores: the entry with the strongest single piece of evidence first.
    scored.sort(key=lambda e: (-e.score, -e.strongest))
    scored = _sender_holds(scored)
    if function is None:
        scored = _project_named(scored)  # a mailbox named for its work keeps its own rule
    if not scored:
        why = (
            "a mailing list no sender rule names" if listed else "no sender rule or keyword matched"
        )
        return Decision(Evidence(INBOX, None, 0.0, reasons=(why,)), 0.0, 0, named)
    top = scored[0]
    runner_up = scored[1].score if len(scored) > 1 else 0.0
    if top.score < (COLLEAGUE_MIN_SCORE if colleague and not listed else MIN_SCORE):
        return Decision(
            Evidence(INBOX, None, 0.0, reasons=("too little evidence for any folder",)),
            top.score,
            len(scored),
        )
    if runner_up >= top.score and not top.sender and scored[1].strongest >= top.strongest:
        names = " and ".join((e.entry.name if e.entry else INBOX) for e in scored[:2])
        project = _the_project(scored[:2])
        if project is not None:
            # A project is the narrower matter of the two: on the sixty development sets a
            # tie between a project and an area was the project's 12 times, the area's 9.
            why = f"evidence ties between {names}: the project is the narrower matter"
            return Decision(
                replace(project, reasons=(*project.reasons, why)), runner_up, len(scored)
            )
        narrower = _narrower_area(scored[:2], built)
        if narrower is not None:
            why = f"evidence ties between {names}: {narrower[1]} is the narrower matter"
            return Decision(
                replace(narrower[0], reasons=(*narrower[0].reasons, why)), runner_up, len(scored)
            )
        return Decision(
            Evidence(INBOX, None, 0.0, reasons=(f"evidence ties between {names}",)),
            top.score,
            len(scored),
        )
    return Decision(top, runner_up, len(scored))


# Between two areas, a person's matter (the area whose terms name new hires and leave) and then
# a customer's incident (the area whose terms name the status page) is narrower than the
# function it happens in: on 158 labelled sets the 54 ties between the people's area and another
# were the people's 29 times, another folder's 22 and the Inbox's 3; the 31 ties between the
# customers' incidents area and another but the people's were the incidents' 20 times, another
# folder's 10 and the Inbox's once. Left in the Inbox, all but those 4 were misses.
_NARROWER = (
    ("a person's matter", PEOPLE_TERMS),
    ("a customer's incident", (words("status page"),)),
)


def _narrower_area(tied: list[Evidence], built: list[Profile]) -> tuple[Evidence, str] | None:
    """The tied entry that is the people's or else the customers' incidents area, and why."""
    for matter, terms in _NARROWER:
        named = only_entry_named(built, *terms)
        found = [e for e in tied if named is not None and e.folder == named.folder]
        if found:
            return found[0], matter
    return None


def _the_project(tied: list[Evidence]) -> Evidence | None:
    """The one project among two tied entries, if the other is an area."""
    projects = [e for e in tied if isinstance(e.entry, Project)]
    areas = [e for e in tied if e.entry is not None and not isinstance(e.entry, Project)]
    return projects[0] if len(projects) == 1 and len(areas) == 1 else None


def _without_habits(scored: list[Evidence], pull: Pull) -> list[Evidence]:
    """The scores less the sender's habits: mail that names its own topic is filed by it."""
    kept = []
    for e in scored:
        habit = pull.habits.get(e.folder, 0.0)
        if not habit:
            kept.append(e)
        elif e.score - habit > 0:
            # The habit's reason goes with it, unless an alike example gave the reason.
            gone = () if e.folder in pull.folders else (pull.reasons.get(e.folder),)
            reasons = tuple(r for r in e.reasons if r not in gone)
            kept.append(
                replace(e, score=e.score - habit, examples=e.examples - habit, reasons=reasons)
            )
    return kept


def _project_named(scored: list[Evidence]) -> list[Evidence]:
    """Put first the project whose own keyword (or team list) heads the mail when an area leads
    by a domain rule or by its words alone: "[CI] net8/main failed" from the build server's
    domain, Woodgrove asking for the SOC 2 report, "Switching off the Framework 4.8 build
    agents". A domain or an area's office words say who writes or what kind of work it is; the
    project's name in the subject says which matter, and the project is the narrower one (on
    the 86 development sets, the area's words alone: 23 such mails were the project's, 6 the
    area's). Only a name counts, not an office word (a customer's own "auditors" are no audit
    project's); an exact sender rule or the owner's own examples keep the area."""
    if not scored or isinstance(scored[0].entry, Project) or scored[0].examples:
        return scored
    if scored[0].sender not in (SENDER_DOMAIN, 0.0):
        return scored
    named = next(
        (
            e
            for e in scored
            if isinstance(e.entry, Project) and not e.sender and e.strongest >= SUBJECT_KEYWORD
        ),
        None,
    )
    if named is None:
        return scored
    area = scored[0].entry.name if scored[0].entry else INBOX
    said = "sender domain" if scored[0].sender else "words"
    why = f"the subject names the project, narrower than {area}'s {said}"
    named = replace(named, reasons=(*named.reasons, why))
    return [named, *(e for e in scored if e.folder != named.folder)]


def _sender_holds(scored: list[Evidence]) -> list[Evidence]:
    """Keep a sender rule's folder first unless another topic beats it by SENDER_MARGIN, or at
    all when the mail says nothing of the sender's own folder (a bank's vendor questionnaire
    speaks only of the audit): then the rule is the only thing holding it there. A project's
    rule holds by the margin whatever the mail says: the client's invoice for the project, the
    offer for its next phase and its release plan are the project's matter, while a customer an
    area's rule names (a bank under support) also buys, audits and signs."""
    ruled = next((e for e in scored if e.sender), None)
    if ruled is None or scored[0] is ruled:
        return scored
    client_project = isinstance(ruled.entry, Project)
    margin = SENDER_MARGIN if ruled.topic or ruled.examples or client_project else 0.0
    if scored[0].score - ruled.score >= margin:
        return scored
    return [ruled, *(e for e in scored if e is not ruled)]
