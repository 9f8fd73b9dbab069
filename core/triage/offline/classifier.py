"""The offline classifier: weighed signals over the sender, subject, body and the owner's examples.

It runs the demo without an API key and takes over when Claude stays unavailable. It reads
untrusted text only to look for words, so an email cannot steer it: the folder is always a
taxonomy folder or the Inbox and the priority and action are enum values. The text it reads is
the subject without Re:/Fwd: and the cleaned body (`email_text.clean_email_text`: quoted
replies, "On ... wrote:" blocks, forwarded headers, signatures and disclaimers removed).
The steps live in their own modules: `folders` (sender rules, keywords, descriptions,
examples), `signals` (what the sentences ask and how urgently), `action`, `priority` (with
`stakes`: how soon a matter presses and how much it weighs), `confidence`, `examples`, and
`wording` (a model of how the labelled sets word each action type, heard where the rules are
unsure).

Degraded mode: the triage service wraps the result with `with_note(classification, note)`,
which prefixes the reason with "Heuristic (<note>): ".
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace

from core.config.settings import Settings
from core.triage.addressing import Addressed
from core.triage.classification import (
    INBOX,
    Classification,
    Correction,
    EmailForClassification,
    Source,
)
from core.triage.classification_meetings import apply_meeting_rule
from core.triage.email_text import (
    answers_thread,
    clean_email_text,
    normalize_subject,
    strip_subject_prefixes,
)
from core.triage.offline import action as actions
from core.triage.offline import (
    addressee,
    confidence,
    cues,
    folders,
    hostile,
    notices,
    outreach,
    priority,
    senses,
    signals,
    stakes,
)
from core.triage.offline.client_recipients import client_recipients
from core.triage.offline.examples import LabelledExampleLike, from_corrections, pull
from core.triage.offline.filed import FiledMail, merged
from core.triage.offline.layout import layout
from core.triage.offline.lexicon import content_words
from core.triage.offline.lure import (
    account_sign_in,
    expiring_link,
    lure,
    new_bank_account,
    secret_payment,
)
from core.triage.offline.paging import on_call_page
from core.triage.offline.plans import bill_notice, plan_notice
from core.triage.offline.priority_wording import facts, reconsider, shipped_priority_model
from core.triage.offline.profiles import kin, named_person, profiles
from core.triage.offline.sender_topic import marketing_mailbox, signature_title
from core.triage.offline.staff_notices import (
    office_gathering,
    office_hours,
    practicalities,
    welcome_notice,
)
from core.triage.offline.team_lists import list_points, named_lists, status_page
from core.triage.offline.text import Sentence, first, fold, sentence, sentences, spoken, words
from core.triage.offline.thanks import thanked_for_help
from core.triage.offline.wording import WordingModel, model_text, shipped_model, weigh
from core.untrusted_text import clip
from core.vocabulary import ActionType, Priority

log = logging.getLogger(__name__)

_ADDRESS_CHARS = 100
_FORWARD_MARKER = "Forwarded message"  # the line `clean_email_text` puts for a forward header
# Independent sales phrases ("we help", "15-minute call") that together leave no doubt.
SURE_PITCH_CUES = 2
_ASKS = (ActionType.NEEDS_REPLY, ActionType.REVIEW, ActionType.DELEGATED)
# Footers of machine-sent mail, looked for in the raw body (the cleaner drops some of them).
_AUTOMATED_FOOTERS = (
    "unsubscribe",
    "this is an automated message",
    "this is an automatic message",
    "automatically generated",
    "sent automatically",
    "do not reply to this",
    "this mailbox is not monitored",
    "you are receiving this because",
)


class HeuristicClassifier:
    """Classify mail offline with weighed signals from the config, mail conventions and examples."""

    name = "heuristic"

    def __init__(
        self,
        examples: Sequence[LabelledExampleLike] = (),
        filed: FiledMail | None = None,
        wording: WordingModel[ActionType] | None = None,
        weighing: WordingModel[Priority] | None = None,
    ) -> None:
        self._examples = tuple(examples)
        self.filed = filed  # the owner's filed mail, replaced when it is read again
        self._wording = wording or shipped_model()
        self._weighing = weighing or shipped_priority_model()

    async def classify(
        self,
        email: EmailForClassification,
        *,
        settings: Settings,
        corrections: Sequence[Correction] = (),
        examples: Sequence[LabelledExampleLike] | None = None,
    ) -> Classification:
        """Classify `email`; never raises, never leaves the taxonomy.

        `examples` (default: those given to the constructor) are the owner's labelled examples.
        """
        chosen = self._examples if examples is None else examples
        try:
            return apply_meeting_rule(
                classify_offline(
                    email, settings, corrections, chosen, self.filed, self._wording, self._weighing
                ),
                email.meeting,
            )
        except Exception as err:  # the fallback of last resort must not lose an email
            log.exception("Heuristic classifier failed on email %s", email.email_id)
            return Classification(
                folder=INBOX,
                priority=Priority.P4,
                action_type=ActionType.FYI_ONLY,
                confidence=0.0,
                reason=f"heuristic rules failed ({type(err).__name__}); please classify by hand",
                source=Source.HEURISTIC,
                needs_review=True,
            )


def with_note(classification: Classification, note: str) -> Classification:
    """Return `classification` with its reason prefixed by "Heuristic (<note>): "."""
    return replace(classification, reason=f"Heuristic ({note}): {classification.reason}")


def classify_offline(
    email: EmailForClassification,
    settings: Settings,
    corrections: Sequence[Correction] = (),
    examples: Sequence[LabelledExampleLike] = (),
    filed: FiledMail | None = None,
    wording: WordingModel[ActionType] | None = None,
    weighing: WordingModel[Priority] | None = None,
) -> Classification:
    """Classify `email` with the rules and the wording models (no meeting facts, no error
    handling): `wording` reads the action type, `weighing` the priority."""
    raw_body = email.body_text or email.preview
    cleaned = clean_email_text(raw_body, max_chars=settings.classifier.max_body_chars)
    subject_line = fold(normalize_subject(email.subject))
    subject, body = words(subject_line), words(cleaned)
    whole = f"{subject_line}\n{cleaned}"
    address = email.sender_address.strip().lower()
    automated = _automated(email, address, raw_body)
    # A publication's issue is list mail whether or not its mailer set the header.
    listed = email.list_unsubscribe is not None or notices.unlisted_issue(
        email.sender_name, subject_line, body, raw_body, address
    )
    own = email.owner.addresses if email.owner else ()
    stranger = outreach.stranger(address, settings, own)  # known domains pitch to others, not you
    # A stranger's note to the assistant, credential lure or look-alike of a partner's domain
    # is bait whatever it names (a colleague may forward one as a warning): its words are no
    # evidence of a folder.
    if stranger:
        raw = f"{email.subject}\n{raw_body}"
        if attack := hostile.instruction(raw):
            return _left_in_the_inbox(attack, confidence.INBOX_MANIPULATION)
        impostor = outreach.own_look_alike(address, own) is not None
        bait = lure(raw, impostor=impostor) or expiring_link(raw) or account_sign_in(raw)
        if bait := bait or secret_payment(raw) or new_bank_account(raw):
            return _left_in_the_inbox(
                f"{bait} from a sender you do not know", confidence.INBOX_LURE
            )
        if imitated := outreach.look_alike(address, settings, own, email.sender_name):
            return _left_in_the_inbox(f"a look-alike of {imitated}'s domain", confidence.INBOX_LURE)

    known = {e.folder.casefold(): e.folder for e in folders.entries(settings)}
    known[INBOX.casefold()] = INBOX
    evidence = pull(
        address,
        content_words(whole),
        [*from_corrections(corrections), *examples],
        known,
    )
    alike: dict[str, tuple[float, str]] = {}
    if filed is not None:
        # A sender rule already says where its sender's mail goes; the habit would count it twice.
        if folders.sender_rule(settings, address) is None:
            evidence = merged(evidence, filed.habits(address))
        alike = filed.alike(email.subject, email.preview, address)
    # A code host's notification is about the owner's own work: its words count.
    tool_notice = notices.tool_notice(subject_line, body, listed=listed or automated is not None)
    # The board a stranger or a customer speaks of as theirs; a key contact (the board chair)
    # may speak of the owner's.
    from_colleague = outreach.colleague(address, own)
    outsider = not from_colleague and all(
        c.email.casefold() != address for c in settings.key_contacts
    )
    topic_line, topic_text = senses.for_topics(
        subject_line,
        cleaned,
        by_person=automated is None and not listed,
        outsider=outsider,
        # Only a known owner's organisation tells a colleague from someone elsewhere.
        from_elsewhere=bool(own) and not from_colleague,
    )
    applying = stakes.applicant(cleaned) if automated is None and not listed else None
    if applying:
        # A job seeker's CV names the skills they bring (".NET", "ERP", "migration"), not the
        # owner's work: what the mail is, is an application.
        topic_line, topic_text = "job application", "job application"
    topic_subject, topic_body = words(topic_line), words(topic_text)
    if subject_line.startswith(cues.AUTO_REPLY_PREFIXES) and not from_colleague:
        # An out-of-office reply echoes the owner's own subject. A colleague's answers her about
        # their shared work and is filed with it (every such reply since blind65, 12 moved by
        # this, while five writers of blind45 to blind57 left theirs in the Inbox); an
        # outsider's only says who is away, and only who answers says where.
        topic_subject = words("")
    laid_out = layout(topic_line, topic_text, raw_body)
    built = profiles(settings)
    lists = named_lists(built, email.recipients, own)
    if automated is None and lists and practicalities(cleaned):
        # A day away's travel, rooms and meals are its guests' news, whichever list they are on.
        lists = []
    team = list_points(lists)
    for folder, published in status_page(built, address, own).items():
        team.setdefault(folder, published)
    to_clients = client_recipients(
        settings, address, email.recipients, own, tool=automated is not None
    )
    for folder, addressed_to in to_clients.items():
        team.setdefault(folder, addressed_to)
    if automated is None and not listed:
        thanks = thanked_for_help(built, address, subject, body, own)
        for folder, thanked in thanks.items():
            team.setdefault(folder, thanked)
    if automated is None and from_colleague and not to_clients:
        # Sent to a customer, a welcome greets the customer's new contact: their matter.
        welcome = welcome_notice(built, strip_subject_prefixes(email.subject))
        for folder, welcomed in welcome.items():
            team.setdefault(folder, welcomed)
    # A tool's own report ("Auto-Submitted: auto-generated"), which the rules otherwise read by
    # its sender and footer, speaks of the owner's plan or bills as any service's machine does.
    generated = (email.auto_submitted or "").strip().casefold().startswith("auto-generated")
    if automated is not None or generated:
        own_services = plan_notice(built, email.subject) | bill_notice(built, email.subject)
        for folder, noticed in own_services.items():
            team.setdefault(folder, noticed)
    # A rule says whose its alerts are.
    if automated is not None and folders.sender_rule(settings, address) is None:
        for folder, paged in on_call_page(
            built, subject_line, email.recipients, own, cleaned
        ).items():
            team.setdefault(folder, paged)
    signed = signature_title(raw_body, email.sender_name) if from_colleague else None
    named_by_first_name = email.addressed is not Addressed.NEITHER
    family = email.owner is not None and not from_colleague and kin(address, email.owner.name)
    # A colleague writing to the owner herself (not to a list she is on) about the work.
    in_person = (
        automated is None
        and email.addressed is not Addressed.NEITHER
        and from_colleague
        and named_person(address)
    )
    decision = folders.decide(
        settings,
        address,
        topic_subject,
        topic_body if tool_notice or not automated else None,
        evidence,
        listed=listed and not tool_notice,
        alike=alike,
        laid_out=laid_out,
        team=team,
        signed=signed,
        named_by_first_name=named_by_first_name,
        colleague=in_person,
        family=family,
    )
    if (
        listed
        and decision.list_names_an_entry
        and (
            not notices.publication(email.sender_name, subject_line, body)
            or folders.tool_domain(settings, address) is not None
        )
        and not marketing_mailbox(address)
    ):
        # List mail naming your work that is no publication's issue (or that comes from a tool a
        # sender rule names) nor a marketing team's: a tool's report.
        tool_notice = True
        decision = folders.decide(
            settings,
            address,
            topic_subject,
            topic_body,
            evidence,
            listed=False,
            alike=alike,
            laid_out=laid_out,
            team=team,
            signed=signed,
            named_by_first_name=named_by_first_name,
            colleague=in_person,
            family=family,
        )
    contact = None
    if automated is None:
        contact = next((c for c in settings.key_contacts if c.email == address), None)
    pitch = None
    sure_pitch = False
    best = decision.best
    # The sender's own words: a message it forwards asks, or was escalated to, whom it was sent
    # to ("would your contact at Proseware give a session?" below "say yes!").
    own_note = cleaned.partition(_FORWARD_MARKER)[0]
    speaking = None
    # Only an invitation to the owner herself: "one of your developers" is the team's matter.
    if stranger and automated is None and not listed and not best.examples:
        if not any(body.has(cue) for cue in cues.DELEGATE):
            speaking = outreach.speaking_invitation(f"{subject_line}\n{cleaned}")
    invited = None
    if speaking:
        # Its event's topics are the event's own: no evidence of the owner's folders.
        invited = f"an invitation to speak at a stranger's event ('{speaking}')"
    elif (
        automated is None
        and contact is None
        and not best.sender
        and not best.examples
        and stranger
        and not _copied_on_colleagues(email, own)
    ):
        pitch_cues = [c for c in cues.PITCH if body.has(c) and not body.has(cues.PITCH_THANKED[c])]
        sure_pitch = len(pitch_cues) >= SURE_PITCH_CUES
        # An invitation states its length ("09:00 - 09:45"): a time slice is no ask for one.
        invitation = subject_line.startswith(cues.INVITE_PREFIXES)
        shaped = None if invitation else outreach.cold_outreach(address, own_note, settings)
        if pitch_cues:
            pitch_cue = pitch_cues[0]
            # Pitches name-drop whatever they sell into, so their keywords are no evidence.
            pitch = f"cold outreach from an unknown sender ('{spoken(pitch_cue)}')"
        elif shaped:
            pitch = f"cold outreach from an unknown sender ({shaped})"
        elif approach := outreach.search_approach(f"{subject_line}\n{own_note}"):
            pitch = f"a search firm's approach ('{approach}')"
    # "notifications-noreply@": a machine too, whose subject is about the owner's own post.
    machine = automated is not None or "noreply" in address.partition("@")[0]
    social = notices.social_notice(subject_line) if machine and not best.sender else None
    office = gathering = None
    if automated is None and from_colleague and email.addressed is Addressed.NEITHER:
        # A person's notice of the office's hours to a list she is on: the building's news.
        hours = office_hours(email.subject) if not best.sender else None
        office = f"the office's hours ('{hours}') to all staff" if hours else None
        # Its get-together is the office's too, whatever work it celebrates (a team's list
        # names whose it is); what it asks (come, sign up) still stands.
        if not best.sender and not lists and (occasion := office_gathering(email.subject)):
            gathering = f"the office's '{occasion}' for all staff"
    if held := invited or pitch or social or office or gathering:
        decision = folders.Decision(folders.Evidence(INBOX, None, 0.0, reasons=(held,)), 0, 0)

    note, forwarded = _note_and_forwarded(cleaned)
    # A reply's subject is the first message's: its question and urgency are stale.
    stale = strip_subject_prefixes(email.subject) != " ".join(email.subject.split())
    owner = email.owner.first_name if email.owner else ""
    reading = signals.read_forwarded(
        sentence(subject_line),
        note,
        forwarded,
        reply=stale,
        answer=answers_thread(email.subject),
        owner=owner,
    )
    if reading.pledged and addressee.broadcast(note, email.addressed, owner):
        # "A few of you will get a policy from me": made to the whole list, not to the owner.
        reading = replace(reading, pledged=False)
    if reading.no_action is None and (reading.asks or reading.questions or reading.promises):
        asked = bool(reading.asks or reading.questions)
        on_team_list = lists[0][0] if lists else None
        aside = addressee.aside(
            note, email.addressed, owner, email.recipients, asked=asked, team_list=on_team_list
        )
        reading = replace(reading, aside=aside)
    copied = email.addressed is Addressed.CC  # the owner only in Cc
    to_management = email.recipients is not None and actions.sent_to_management(email.recipients.to)
    owner_escalated = actions.escalated_to(own_note, email.owner.name if email.owner else "")
    act = actions.decide(
        subject_line,
        subject,
        body,
        reading,
        automated=automated is not None,
        listed=listed,
        pitch=pitch is not None,
        sure_pitch=sure_pitch,
        pull=evidence,
        forwarded=bool(forwarded),
        copied=copied,
        to_management=to_management,
        owner_escalated=owner_escalated,
    )
    text = model_text(normalize_subject(email.subject), cleaned)
    if wording is not None:
        act = weigh(act, wording.probabilities(text))
    if family and act.action is ActionType.DELEGATED:
        # "Kan någon möta mig vid bryggan?": the family asks the household, and she answers.
        act = replace(
            act, action=ActionType.NEEDS_REPLY, reason="the family asks you -> Needs Reply"
        )
    if applying and act.action in (ActionType.NEEDS_REPLY, ActionType.REVIEW):
        # "Kindly forward my CV to the concerned person": the owner passes it on to whoever hires.
        act = replace(act, action=ActionType.DELEGATED, reason=f"a job application ({applying})")
    # A publication's issue asks its questions of every reader ("Are you pricing for churn?").
    issue = (
        listed and not best.sender and notices.publication(email.sender_name, subject_line, body)
    )
    if (office or issue) and act.action is not ActionType.FYI_ONLY:
        # "Please take your cups home": the office's notice asks the whole list, no one in person.
        act = replace(
            act,
            action=ActionType.FYI_ONLY,
            reason="a notice to all -> FYI Only" if office else "a publication's issue -> FYI Only",
            nothing_to_do=True,
        )
    high = "marked high importance" if email.importance.lower() == "high" else None
    # The stale subject's urgency still counts when the owner must act.
    in_subject = signals.subject_urgency(subject)
    if stale and act.action not in _ASKS:
        in_subject = None
    urgency = priority.Urgency(
        subject=in_subject or high,
        body=reading.urgent,
        preliminary=stakes.preliminary(note or forwarded),
        conditional=stakes.conditional(note or forwarded),
        applicant=applying,
        calm=reading.calm,
        dated=reading.dated,
        personal=folders.private_mailbox(address),
        routine=spoken(r) if (r := first(subject, cues.ROUTINE_MEETING)) else None,
        soon=stakes.soon(whole),
        small=stakes.small_stakes(whole),
        optional=stakes.optional(cleaned) or ("invited in Cc" if copied else None),
        approval=stakes.approval(whole),
        weighty=stakes.weighty(whole),
    )
    chosen = priority.decide(
        decision.best.entry, act, contact, urgency, automated=automated is not None
    )
    if weighing is not None:
        found = facts(chosen.priority, act.action, from_colleague, decision.best.entry)
        chosen = reconsider(chosen, weighing.probabilities(text, found))
    folder_sure = confidence.folder_certainty(
        decision,
        listed=listed,
        automated=automated is not None,
        pitch=pitch is not None,
        sure_pitch=sure_pitch,
        tool_notice=tool_notice,
        stranger=stranger,
    )
    action_sure = act.strength
    if email.addressed is Addressed.NEITHER and act.action in _ASKS:
        action_sure = min(action_sure, confidence.LIST_ASK)
    reasons = [*decision.best.reasons[:3]]
    if automated is not None:
        reasons.append(f"bulk mail: {automated}")
    reasons += [act.reason, chosen.reason]
    return Classification(
        folder=decision.best.folder,
        priority=chosen.priority,
        action_type=act.action,
        confidence=confidence.combine(folder_sure, action_sure, chosen.certainty),
        reason="; ".join(r for r in reasons if r),
        source=Source.HEURISTIC,
        certainty_besides_action=min(folder_sure, chosen.certainty),
    )


def _copied_on_colleagues(email: EmailForClassification, own: Iterable[str]) -> bool:
    """Tell whether the owner is only in Cc of mail to her colleagues: a stranger working with her
    team (pen testers' draft report, "We offer a free retest"), not selling to her cold."""
    if email.addressed is not Addressed.CC or email.recipients is None:
        return False
    return any(outreach.colleague(address, own) for _, address in email.recipients.to)


def _left_in_the_inbox(why: str, certainty: float) -> Classification:
    """Bait (`hostile`, `lure`, `outreach.look_alike`): left in the Inbox as FYI Only, P4,
    whatever it asks."""
    return Classification(
        folder=INBOX,
        priority=Priority.P4,
        action_type=ActionType.FYI_ONLY,
        confidence=certainty,
        reason=f"{why} -> left in the Inbox, FYI Only",
        source=Source.HEURISTIC,
        certainty_besides_action=certainty,
    )


def _note_and_forwarded(cleaned: str) -> tuple[list[Sentence], list[Sentence]]:
    """Split the body into the sender's own note and what it forwards (the cleaner marks it)."""
    note, marker, forwarded = cleaned.partition(_FORWARD_MARKER)
    return list(sentences(note)), list(sentences(marker + forwarded)) if marker else []


def _automated(email: EmailForClassification, address: str, raw_body: str) -> str | None:
    if email.list_unsubscribe:
        return "List-Unsubscribe header"
    # An automatic reply (RFC 3834 "auto-replied": out of office, vacation) asks nothing of you
    # whatever it says. "auto-generated" marks tools' reports and reminders, which the rules
    # below already read by their sender and footer; it is left to them.
    if (email.auto_submitted or "").strip().casefold().startswith("auto-replied"):
        return "Auto-Submitted: auto-replied"
    local = address.partition("@")[0]
    bulk = local in cues.BULK_LOCAL_PARTS or marketing_mailbox(address)
    if bulk or local.startswith(("noreply", "no-reply", "donotreply")):
        return f"automated sender {clip(address, _ADDRESS_CHARS)}"
    folded = raw_body.casefold()
    footer = next((f for f in _AUTOMATED_FOOTERS if f in folded), None)
    return None if footer is None else f"'{footer}' in the body"
