"""A credential lure: mail that asks the reader to prove who they are, under a threat.

Phishing reads like a request ("please confirm your identity within 12 hours") but its shape gives
it away: it asks to verify or confirm an account, identity, password or login, and threatens a loss
if the reader does not (suspension, a locked account, lost messages, an interruption of service, a
delayed salary) within hours. Real services ask the owner to sign in where they always do; they do
not threaten to suspend an account over mail. Such a request is nothing to act on: FYI Only. From a
stranger, a link that dies within hours ("this link expires in 24 hours", "please complete within 24
hours", "confirm here within 48 hours", "held messages will be deleted in 24 hours") is the same
pressure put the other way (`expiring_link`): a document to sign, a file to open, bank details to
confirm, a debt to pay or mail to release that cannot wait a day. From a domain that spells out her
own company's name but is not hers ("proseware-payroll"), the ask to confirm bank details or a login
needs no threat: her own payroll and IT write from her own domain. And a stranger who asks her to
sign in "with your Microsoft 365 account" (`account_sign_in`) to open a shared file or re-register a
badge is collecting it: a service she uses sends her to its own sign-in page, not a stranger's. And
a stranger who asks for money to be paid in secret ("handle it discreetly", "do not discuss it with
Lena", "under NDA") is the executive impersonation fraud (`secret_payment`): a board chair or a
partner writing from an address she does not know; real payments go through her finance team.
A stranger announcing its own new bank account to pay invoices into ("has moved its banking to a
new provider", "our bank details have changed") is invoice fraud (`new_bank_account`): a real
supplier's change comes through the accounts team that already knows it.
"""

from __future__ import annotations

import re

# "verify your account", "confirm your identity", "keep your current password", "validate login";
# a link's button speaks for the reader: "Keep my current password".
_PROVE = re.compile(
    r"\b(?:verify|confirm|validate|re-?activate|update|keep)\s+(?:your\s+|my\s+)?"
    r"(?:identity|account|password|login|credentials|mailbox|details"
    # "confirm your current password", "verify your Microsoft 365 credentials"
    r"|(?:[\w-]+\s+){1,2}?(?:password|credentials|login))\b"
    # "confirm your bank details"; not "update payment details", a card that expired.
    r"|\b(?:verify|confirm|validate)\s+your\s+(?:[\w-]+\s+){1,2}?details\b"
    # "log in with your user ID and password" on the page a mail links to.
    r"|\blog\s*in\s+with\s+your\s+(?:[\w-]+\s+){0,3}?password\b",
    re.IGNORECASE,
)
# What an impostor of the owner's own company asks for: "confirm their bank details", "confirm
# your salary account", "verify your login"; a "signatory" or "delivery" detail is no money or
# account of hers.
_BANK_OR_LOGIN = re.compile(
    r"\b(?:verify|confirm|validate|update)\s+(?:your|their)\s+(?:bank|salary|payout|payment)"
    r"\s+(?:account\s+details|account|details)\b"
    r"|\b(?:verify|confirm|validate)\s+(?:your|their)\s+(?:identity|password|login|credentials)\b",
    re.IGNORECASE,
)
# "to avoid suspension", "will be suspended", "lose access", "locked", "to avoid interruption",
# "incoming messages will be held".
_THREAT = re.compile(
    r"\b(?:suspen(?:ded|sion|d)|deactivat\w*|interruption|lock(?:ed)?\s+out"
    r"|los(?:e|ing)\s+(?:access|messages|your)|be\s+(?:locked|closed|deleted|disabled|blocked"
    r"|held)"
    r"|be\s+signed\s+out"
    # "or your salary may be delayed": payroll diversion's threat.
    r"|(?:salary|pay|wages|payment)\s+(?:may|will|could)\s+be\s+delayed)\b",
    re.IGNORECASE,
)
# "expires in 24 hours", "complete within 24 hours", "confirm here within 48 hours", "unless
# payment is made within 24 hours": proof or payment asked for within hours; "will be deleted in
# 24 hours": a loss threatened within hours.
_HOURS = re.compile(
    r"\b(?:expires?|expiring|complete|sign|review|confirm|verify|pay|payment is made|reset"
    r"|payment must|payment has to"
    r"|deleted|removed|suspended|closed)\b"
    r"[^.]{0,60}?\b(?:with)?in\s+\d{1,2}\s+hours?\b"
    # "du måste förnya det inom 48 timmar": the same in Swedish.
    r"|\b(?:förnya|bekräfta|bekräftelsen|verifiera|betala|signera|logga\s+in|raderas|stängs"
    r"|spärras)\b"
    r"[^.]{0,60}?\binom\s+\d{1,2}\s+timm(?:e|ar)\b",
    re.IGNORECASE,
)
# "The signing link expires today at 23:59", "your password expires today at 17:00": the same
# pressure, put as today's deadline; in Swedish "ditt BankID går ut i dag", "bekräfta senast i dag".
_TODAY = re.compile(
    r"\b(?:link\s+expires\s+today|expires\s+today\s+at|går\s+ut\s+i\s?dag|senast\s+i\s?dag)\b",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://", re.IGNORECASE)
# "sign in with your Microsoft 365 account", "re-register now using your work email".
_SIGN_IN_WITH = re.compile(
    r"\b(?:sign\s*in|log\s*in|login|re-?register|verify|authenticate)\s+(?:now\s+)?"
    r"(?:with|using)\s+your\s+(?:microsoft|office|m365|google|outlook|work|company|corporate"
    r"|email)\b"
    # "you will be asked to confirm your Microsoft 365 password": no service you use asks that.
    r"|\b(?:confirm|enter|verify|re-?enter)\s+your\s+(?:microsoft\s*365|office\s*365|m365"
    r"|outlook|work|company|corporate|email)\s+password\b",
    re.IGNORECASE,
)


# "handle this discreetly", "do not discuss it with Lena", "keep this between us", "under NDA".
_SECRECY = re.compile(
    r"\b(?:discreet(?:ly)?|do\s+not\s+(?:discuss|mention|share)\s+(?:this|it)"
    r"|don'?t\s+(?:discuss|mention|tell\s+anyone)|tell\s+no\s+one|keep\s+(?:this|it)\s+"
    r"(?:confidential|between\s+us|quiet|to\s+yourself)|under\s+(?:an?\s+)?nda)\b",
    re.IGNORECASE,
)
# A sum to be paid: "EUR 48,500 has to be paid today", "wire SEK 120,000", "buy gift cards".
_PAY_OUT = re.compile(
    r"\b(?:pay|wire|transfer|remit)\b[^.]{0,60}?(?:\b(?:eur|sek|usd|gbp|nok|dkk)\b|[€$£])\s?\d"
    r"|(?:\b(?:eur|sek|usd|gbp|nok|dkk)\b|[€$£])\s?\d[\d,.]*[^.]{0,60}?\b(?:paid|wired|transferred)\b"
    r"|\bbuy\b[^.]{0,30}\bgift\s*cards?\b",
    re.IGNORECASE,
)


# "has moved its banking to a new provider", "our new bank account", "our bank details have
# changed", "vårt nya bankgiro", "ändrade bankuppgifter", "nytt bankgiro från 1 augusti": the
# sender's own account changed, announced by mail, is how invoice fraud is paid (a customer's
# "change of bank" in its payment file is no such notice).
_NEW_ACCOUNT = re.compile(
    r"\b(?:our|its|vårt|vår)\s+(?:new|nya|nytt|updated)\s+(?:bank\w*|iban|plusgiro)\b"
    # "paid to our new account", not "our new account manager"
    r"|\b(?:our|its)\s+new\s+account\b(?!\s+(?:manager|executive|team|director|owner))"
    # "Hostnordic will receive payments to a new account from 1 February"
    r"|\b(?:payments?|paid)\s+(?:to|into)\s+(?:a|our)\s+new\s+(?:bank\s+)?account\b"
    r"|\b(?:moved|changed|switched|is\s+changing)\s+(?:our\s+|its\s+)?bank\w*"
    r"|\b(?:nya|ändrade)\s+bankuppgifter\b|\b(?:nytt|new)\s+(?:bankgiro|plusgiro|kontonummer)\b"
    r"|\b(?:our|its)\s+bank(?:ing)?\s+(?:account|details)\s+(?:has|have)\s+(?:been\s+)?changed\b",
    re.IGNORECASE,
)
_PAY_TO = re.compile(
    r"\b(?:pay|payments?|invoices?|betala|faktur(?:a|or|an|orna))\b", re.IGNORECASE
)


def new_bank_account(text: str) -> str | None:
    """Return why `text` reads as a stranger's notice of a changed bank account to pay invoices
    into, or None."""
    found = _NEW_ACCOUNT.search(text)
    if found is None or _PAY_TO.search(text) is None:
        return None
    return f"a changed bank account to pay into ('{' '.join(found.group(0).lower().split())}')"


def secret_payment(text: str) -> str | None:
    """Return why `text` reads as a payment asked for in secret (executive impersonation), or
    None: a sum to pay out and a plea for discretion in the same mail."""
    secrecy, pay = _SECRECY.search(text), _PAY_OUT.search(text)
    if secrecy is None or pay is None:
        return None
    return f"a payment asked for in secret ('{' '.join(secrecy.group(0).lower().split())}')"


def lure(text: str, *, impostor: bool = False) -> str | None:
    """Return why `text` reads as a credential lure, or None. From an `impostor` (a domain that
    spells out the owner's own company's name but is not hers: "proseware-payroll") the ask to
    confirm bank details or a login is the lure by itself, threat or none: her own payroll and
    IT write from her own domain."""
    if impostor and (found := _BANK_OR_LOGIN.search(text)) is not None:
        said = " ".join(found.group(0).lower().split())
        return f"a credential lure ('{said}' from a look-alike of your own domain)"
    prove = _PROVE.search(text)
    if prove is None or _THREAT.search(text) is None:
        return None
    return f"a credential lure ('{' '.join(prove.group(0).lower().split())}' under a threat)"


def account_sign_in(text: str) -> str | None:
    """Return why `text` reads as a stranger's page asking for the owner's work account, or
    None: a file shared, a badge or a signature to collect "with your Microsoft 365 account"."""
    found = _SIGN_IN_WITH.search(text)
    if found is None:
        return None
    return (
        f"a sign-in with your work account asked for ('{' '.join(found.group(0).lower().split())}')"
    )


def expiring_link(text: str) -> str | None:
    """Return why `text` reads as a link that must be acted on within hours (a document opened,
    details confirmed, a debt paid), or None."""
    hours = _HOURS.search(text) or _TODAY.search(text)
    if hours is None or _LINK.search(text) is None:
        return None
    return f"a link to act on within hours ('{' '.join(hours.group(0).lower().split())}')"
