"""A customer's thanks for help: the support area's mail, whatever feature the help was with.

"Thank you for the fast help with the reverse charge VAT", "Thanks for Saturday - your support
guy fixed our invoicing": someone at another organisation thanks the company for fixing their
problem. The words of the problem (VAT, invoices, payroll, a stock count) name the feature, not the
matter: the matter is the support the customer had, so the entry whose vocabulary speaks of faults
(`faults`) gains a subject keyword's weight. On the development sets all thirteen such mails were
filed under support or under the sender's own project, which a sender rule already says. A
colleague's thanks, or a friend's from a private mailbox, is no customer's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from core.triage.offline.faults import speaks_of_faults
from core.triage.offline.matching import SUBJECT_KEYWORD
from core.triage.offline.outreach import colleague
from core.triage.offline.profiles import Profile, private_mailbox
from core.triage.offline.text import Words, first, spoken, terms

CUSTOMER_THANKS = SUBJECT_KEYWORD
_THANKS = terms("thank, thanks, tack, takk, kiitos")
# What a customer thanks support for: help given, a fix, someone who stayed until it worked, a
# report that is right again (in Swedish too: "tack för hjälpen", "momsen stämmer nu").
_HELPED = terms(
    "help, fix, solved, found the problem, saved, stayed, your support, support person, your"
    " people, fine now, works again, working again, hjälp, hjälpen, snabb fix, löst, fungerar"
    " igen, stämmer nu"
)


def thanked_for_help(
    built: Sequence[Profile],
    sender: str,
    subject: Words,
    body: Words | None,
    own: Collection[str],
) -> dict[str, tuple[float, str]]:
    """The support entry's points and why, by folder, when a person at another organisation
    thanks in the subject for help the subject or body names; otherwise nothing."""
    if body is None or not own or colleague(sender, own) or private_mailbox(sender):
        return {}
    helped = first(subject, _HELPED) or first(body, _HELPED)
    if first(subject, _THANKS) is None or helped is None:
        return {}
    support = [p for p in built if speaks_of_faults(p)]
    if len(support) != 1:
        return {}
    why = f"a customer's thanks for help ('{spoken(helped)}')"
    return {support[0].entry.folder: (CUSTOMER_THANKS, why)}
