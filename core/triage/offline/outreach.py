"""Cold outreach told by its shape rather than its phrases.

A stranger selling something asks for a small slice of time or attention ("15 minutes next
week", "a quick demo", "worth a short call?", "happy to send a short video") and gives a reason
to grant it: praise or news about you ("congratulations on ...") or their own product doing
something for companies like yours ("Companies like yours use Acmebot", "Acmebot validates
..."), the product being the name of the sender's own domain, one no sender rule or key contact
of the config knows (the owner's own company is no stranger). A customer or prospect writing
about their needs rarely does both.
Outreach name-drops the owner's projects, so its words are no folder evidence. Phishing
borrows a partner's name in its own domain (`look_alike`), and its words are none either.
A stranger asking the owner to speak at their event ("would you give the keynote", "join our
panel") is neither (`speaking_invitation`): the event's topics are its own, so it stays in the
Inbox, but it asks her something, and "20 minutes on stage" is no sales call. A search firm
sounding her out for a top post (`search_approach`) is neither: it is hers alone, whatever the
post's industry, and she owes it no answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.config.settings import Settings
from core.triage.offline.text import fold

# A short slice of time or attention: "15 minutes" (Swedish "20 minuter"), "a 20-minute call",
# "a quick call/chat/demo", or a short piece to look at ("a short video", "a brief walkthrough");
# not "please sign in the link, it takes 2 minutes", the effort of a deed asked, nor "an
# interruption of up to 30 minutes", how long a notice's outage lasts. A demo the
# writer offers to set up ("reply yes and I'll set up a demo") is one too; one asked of the
# owner's side ("can someone set up a demo tenant") is a customer's need.
_TIME_ASK = re.compile(
    r"(?<!takes )(?<!take )(?<!only )(?<!up to )"
    r"\b(\d{1,2}|fifteen|twenty|thirty)[ -]?min(ute|uter)?s?\b"
    r"|\b(quick|short|brief) (call|chat|demo|video|walkthrough|intro|overview|deck)\b"
    r"|\b(i'll|i will|we'll|we will|happy to|glad to) (set up|book|arrange|schedule|run) a demo\b"
)
# A notice that says it wants nothing ("expect higher latency for up to 10 minutes. No action
# is required") counts minutes of its own, no slice of the reader's time.
_NO_ACTION = re.compile(r"\bno action (is )?(required|needed)\b")
# Others like the reader as the reason: "companies like yours", "ERPs your size" (plural: "a
# company of your size" is a journalist's or a panel's question about the reader herself).
_HOOK = re.compile(
    r"\bcongrat(s|ulations)?\b|\bcompanies like\b|\bteams like\b|\b[a-z]+s (of )?your size\b"
)
# "would you speak at", "invited to speak", "give a 20-minute talk", "as a keynote speaker",
# "join our panel", "would you give one lecture"; "your lecture last autumn" (a lecturer asks
# her back); not "we heard you speak at ...", which only recalls a talk.
_SPEAKING_ASK = re.compile(
    r"\b(would|could) you (like to |be willing to |be interested in |consider )?"
    r"(speak|talk|join (our|the) panel)\b"
    r"|\binvit\w* (you )?to speak\b|\bjoin (our|the) panel\b"
    r"|\b(give|gave|hold|held) an? (\d{1,2}[- ]minutes? )?(guest )?(talk|keynote|lecture)\b"
    r"|\ban? \d{1,2}[- ]minutes? (guest )?(talk|keynote|lecture|session)\b"
    r"|\bkeynote (speaker|at)\b|\bas (a|our) (keynote |guest )?speaker\b"
    r"|\b(would|could) you (be willing to |like to )?give (the|a|one|another) (guest )?"
    r"(talk|keynote|lecture)\b"
    r"|\byour (\w+ )?(guest )?(lecture|keynote)\b"
)
# A search firm sounding the owner out for a post: a discreet talk ("open to a confidential
# conversation", "a discreet coffee"), or her name put forward ("your name came up", "I am
# retained by"), about a seat at the top for her ("a new CEO", "a CEO search", "a board seat",
# "non-executive director"); not a chief executive's own approach signed "CEO".
_SOUNDING = re.compile(
    r"\b(confidential|discreet) (conversation|coffee|chat|call|lunch)\b"
    r"|\byour name came up\b|\bi am retained by\b"
)
_TOP_POST = re.compile(
    r"\b(a|the|its|their|new|next) (ceo|cfo|coo|managing director|chair(man|woman)?)\b"
    r"|\b(ceo|cfo|vd|board|chair) (role|search|seat|position|post|appointment|uppdrag)\b"
    r"|\bnon-executive director\b|\bvd-uppdrag\b"
)
_MIN_NAME = 4  # shorter domain labels ("ab", "co") are no product names
_MIN_LOOK_ALIKE = 6  # a short name ("acme") sits inside too many honest domains
_ON_BEHALF = re.compile(r"\bon behalf of\b|\bvia\b", re.IGNORECASE)


def cold_outreach(address: str, text: str, settings: Settings) -> str | None:
    """Why `text` from `address` reads as cold outreach, or None."""
    folded = fold(text)
    ask = _TIME_ASK.search(folded)
    if ask is None or _NO_ACTION.search(folded):
        return None
    hook = _HOOK.search(folded)
    if hook is not None:
        return f"a stranger's '{hook.group(0)}' and '{ask.group(0)}'"
    name = _organisation(address)
    if name in _known(settings):
        return None
    if len(name) >= _MIN_NAME and re.search(rf"\b{re.escape(name)}\b", folded):
        return f"a stranger naming their own {name} and asking for '{ask.group(0)}'"
    return None


def search_approach(text: str) -> str | None:
    """The words that sound the owner out for a top post on a search firm's behalf, or None:
    a headhunter's approach is hers alone and private, whatever the post's industry."""
    folded = fold(text)
    sounding = _SOUNDING.search(folded)
    return sounding.group(0) if sounding and _TOP_POST.search(folded) else None


def speaking_invitation(text: str) -> str | None:
    """The ask that invites the owner to speak at someone's event, or None."""
    found = _SPEAKING_ASK.search(fold(text))
    return found.group(0) if found else None


def stranger(address: str, settings: Settings, own: Iterable[str] = ()) -> bool:
    """Tell whether `address` belongs to an organisation no sender rule or key contact names,
    and that is not the owner's own (`own`: her addresses): a colleague is never a stranger."""
    return _organisation(address) not in _known(settings) and not colleague(address, own)


def colleague(address: str, own: Iterable[str]) -> bool:
    """Tell whether `address` writes from the organisation of one of `own` (her addresses)."""
    organisation = _organisation(address)
    return bool(organisation) and any(_organisation(a) == organisation for a in own)


def look_alike(
    address: str, settings: Settings, own: Iterable[str] = (), name: str = ""
) -> str | None:
    """The organisation of a sender rule or key contact that a stranger's domain imitates, or
    None: "northwind-bank-verify" spells out "northwindbank", "halvorsenpike-secureshare" wraps
    "halvorsenpike", "alpine-ventures" respells "alpineventures". A stranger's display `name`
    that spells one out ("Northwind Bank Företag" from northwind-kontoverifiering) claims it
    just the same, unless it says it writes on the organisation's behalf (an e-signing service
    "on behalf of Tradecore Steel"). A partner writes from its own domain; a look-alike is
    phishing's oldest disguise. The owner's own company (`own`: her addresses) is left out: it
    runs status pages and cloud services from domains of its own name."""
    known = {_letters(n) for n in _known(settings)} - {_letters(_organisation(a)) for a in own}
    if imitated := _spelled_out(address, known):
        return imitated
    # "alpine-ventures" for "alpineventures": the same letters, a hyphen apart, from a domain
    # that is not the organisation's own.
    organisation = _organisation(address)
    respelled = _letters(organisation)
    long_enough = len(respelled) >= _MIN_LOOK_ALIKE
    if long_enough and respelled in known and organisation not in _known(settings):
        return respelled
    if _ON_BEHALF.search(name):
        return None
    claimed = _letters(name.casefold())
    return next((n for n in sorted(known) if len(n) >= _MIN_LOOK_ALIKE and n in claimed), None)


def own_look_alike(address: str, own: Iterable[str]) -> str | None:
    """The owner's own organisation that `address`'s domain spells out without being it, or
    None: "proseware-payroll" or "m365-proseware-support" for mail to maya@proseware.com. Her
    company runs status pages and cloud services from such domains too, so this alone is no
    sign of phishing; asking her to confirm her bank details or login from one is (`lure`)."""
    return _spelled_out(address, {_letters(_organisation(a)) for a in own})


def _spelled_out(address: str, names: set[str]) -> str | None:
    """The first of `names` that `address`'s organisation spells out or wraps without being it."""
    spelled = _letters(_organisation(address))
    return next(
        (n for n in sorted(names) if len(n) >= _MIN_LOOK_ALIKE and n in spelled and n != spelled),
        None,
    )


def _letters(name: str) -> str:
    return "".join(c for c in name if c.isalnum())


def _organisation(address: str) -> str:
    """The sender's organisation as one word: "acmebot" for jo@mail.acmebot.example."""
    labels = address.rpartition("@")[2].split(".")
    return labels[-2] if len(labels) >= 2 else ""


def _known(settings: Settings) -> frozenset[str]:
    """The organisations the config names: its sender rules' and key contacts' domains."""
    entries = (*settings.projects, *settings.areas)
    addresses = [
        *(s for e in entries for s in e.senders),
        *(c.email for c in settings.key_contacts),
    ]
    return frozenset(_organisation(a) for a in addresses)
