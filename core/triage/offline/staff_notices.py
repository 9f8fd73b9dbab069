"""Notices a colleague sends to the organisation's people: newcomers, the office's hours, parties.

"Welcome Mira Holmqvist to Support!", "Välkommen Ida! (Tuesday 1 November)", "Johan Ekdahl joins
us on 1 March as senior developer": the subject greets a person by name, and the words around it
say what the newcomer will work on (support, payments, the sprint). That is their new job, not
the mail's matter: an arrival is the people's area's news. On 162 labelled sets, 25 of the 26
such mails from a colleague were filed with the people's area (the one other welcomed a
customer's new contact, sent to the customer); the rules had filed 11 of them elsewhere, by the
newcomer's job. "Welcome back" and "welcome to the team" greet no one by name and are left alone.

"Valborg: the office closes at 13:00", "Office closed Friday 24 May", "Kontoret stänger 13:00
idag": the office's hours, sent to a list the owner is on, are the building's news, whatever
else the notice says ("support keeps its phone hours", "on-call per the rota"). On the same sets
all 40 such notices from a colleague without a sender rule were left in the Inbox (the rules
had filed 9 of them under support, the engineers, sales or HR); the people's team's own
(people@, a sender rule) are the people's area's.

"Invitation: Sommarfika på takterrassen", "Summer party Thursday 18 June - boat ...", "Waffles on
Friday for the go-live team": the office's get-together is the building's news too, whatever work
it celebrates or its guest talks about ("40 years in a rolling mill"). Sent to a list the owner
is on and no team's list, from a colleague without a sender rule, it stays in the Inbox; what it
asks (come, sign up) still stands. On 178 labelled sets this filed 12 such mails right that the
rules had filed by their words, and one "budget kick-off" wrong.

"The boat leaves Stadshusbron at 08:00 sharp", "rooms are booked", "allergies to me by Friday",
"Dress: smart casual for dinner": the practicalities of a day away (its travel, rooms, meals and
dress) are the guests' news, whoever they are. Sent to the board's list, they are not the
board's matter the list is named for: on 188 labelled sets 17 of the 20 mails telling them were
left in the Inbox (the other three told a sales kick-off's to the sales list), and the rules had
filed four of the 17 by the list they were sent to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.triage.offline.matching import SUBJECT_KEYWORD
from core.triage.offline.profiles import PEOPLE_TERMS, Profile, only_entry_named

# Above the newcomer's job named in the subject ("to Support!"), a subject keyword.
WELCOME = SUBJECT_KEYWORD + 1.0
# "Welcome Nadia", "Welcome, Camilla!", "Välkommen Ida!": a capitalised name after the greeting
# (not "Welcome back", "Welcome to", "Välkommen tillbaka"); "X joins us", "joining us".
_WELCOMED = re.compile(
    r"^(?i:welcome|välkommen),?\s+(?!(?i:back|tillbaka|to|till|all|alla|everyone)\b)[A-ZÅÄÖ]"
    r"|\b(?:joins|joining)\s+us\b"
)

# "office closes", "the office is closed", "office hours", "Office open again", "kontoret
# stänger", "kontoret öppnar igen".
_OFFICE_HOURS = re.compile(
    r"\b(?:office|kontoret)\s+(?:is\s+|will\s+be\s+)?"
    r"(?:clos(?:es|ed|ing)|open(?:s|ed)?|hours|stänger|stängt|öppnar|öppet)\b",
    re.IGNORECASE,
)


# "Farewell fika for Jonatan and Sara", "Höstkickoff & AW", a Swedish compound ("Midsommarfika"):
# a get-together of the office. Not a "lunch & learn" or "lunch seminar" (a talk on pensions or
# interviews: the people's area's) nor a "welcome breakfast" for a newcomer.
_GATHERING = re.compile(
    r"\b(?:\w*fika|lunch|party|after-?work|aw|kick-?off|höstkickoff|away-?day|cake|"
    r"waffles?|pancakes?|kräftskiva|breakfast|farewell|celebrat\w*|bbq|barbecue|julbord|"
    r"dinner|drinks|picnic|glögg|semlor)\b",
    re.IGNORECASE,
)
_NOT_A_GATHERING = re.compile(r"\b(?:learn|seminar|survey|welcome)\b", re.IGNORECASE)


def welcome_notice(built: Sequence[Profile], subject: str) -> dict[str, tuple[float, str]]:
    """The people's entry's points and why, by folder, when `subject` (Re:/Fwd: removed, case
    kept) welcomes a newcomer by name; otherwise nothing. The caller asks only of a colleague's
    mail to the organisation's own people."""
    if _WELCOMED.search(subject.strip()) is None:
        return {}
    people = only_entry_named(built, *PEOPLE_TERMS)
    if people is None:
        return {}
    return {people.folder: (WELCOME, "a colleague welcomes a newcomer")}


def office_hours(subject: str) -> str | None:
    """The office's hours `subject` announces ("office closes", "kontoret stängt"), or None."""
    found = _OFFICE_HOURS.search(subject)
    return None if found is None else " ".join(found.group(0).casefold().split())


def office_gathering(subject: str) -> str | None:
    """The get-together of the office's people `subject` announces ("sommarfika", "summer
    party"), or None."""
    if _NOT_A_GATHERING.search(subject):
        return None
    found = _GATHERING.search(subject)
    return None if found is None else found.group(0).casefold()


# What a day away's guests are told: how they travel, sleep, eat and dress.
_PRACTICALITY = re.compile(
    r"\b(?:(?:the|a) bus|bus (?:leaves|from)|the boat|boat leaves|rooms? (?:are |is )?booked"
    r"|single rooms|day rooms|dinner|allerg\w+|dietary|diets?|food (?:form|preferences)"
    r"|swimwear|sauna)\b|\bdress(?: code)?:",
    re.IGNORECASE,
)
_PRACTICALITIES = 3  # distinct kinds: one dinner or one bus is any mail's
_KIND = re.compile(r"bus|boat|room|dinner|allerg|diet|food|swimwear|sauna|dress")


def practicalities(text: str) -> str | None:
    """The practicalities of a day away `text` tells its guests ("the boat leaves at 08:00",
    "rooms are booked", "allergies to me by Friday"), when it names enough kinds, or None."""
    found = {" ".join(m.group(0).casefold().split()) for m in _PRACTICALITY.finditer(text)}
    kinds = {kind.group(0) for f in found if (kind := _KIND.search(f))}
    return ", ".join(sorted(found)) if len(kinds) >= _PRACTICALITIES else None
