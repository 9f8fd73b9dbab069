"""Content words and a small thesaurus of business areas, for topic evidence.

An area's description names its topics in a few words ("Recruiting, offers, onboarding ..."), and
mail about them uses others ("we'd like to hire", "our 1:1"). The thesaurus groups words of one
business topic; a description that uses one word of a group makes the group's other words weak
evidence for that area. The groups are common office vocabulary, not any one company's.
"""

from __future__ import annotations

from core.triage.offline.text import Words, terms, words

_STOPWORDS = frozenset(
    words(
        """
        a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers him his how i if in into is
        it its itself just me more most my no nor not now of off on once only or other our
        ours out over own same she should so some such than that the their them then there
        these they this those through to too under until up very was we were what when where
        which while who whom why will with would you your yours hi hello dear thanks thank
        regards best kind cheers please maya team all week today tomorrow monday tuesday
        wednesday thursday friday saturday sunday january february march april may june july
        august september october november december new first last next one two three get got
        make made need see let know think want like well time day yes okay ok still via per
        attached attach email mail message re fw fwd sent note notes call meeting update
        question quick follow via our us also may might must shall within without across
        existing ongoing weekly daily plan planning work working module service customer
        customers client clients company people thing things way part including include
        """
    ).parts
)

# Groups of words one business topic is discussed in.
_GROUPS = tuple(
    terms(group)
    for group in (
        "hire, hiring, recruit, recruiting, recruiter, candidate, interview, vacancy, applicant,"
        " job opening, job offer, offer letter, headcount, new hire, resume, referee, talent,"
        " intern, internship, cv, job application",
        "onboarding, onboard, new starter, start date, joiner, induction, offboarding",
        "leave, vacation, holiday, time off, sick, absence, parental, maternity, paternity, pto",
        "performance review, appraisal, one-on-one, check-in, promotion, career development",
        "payroll, salary, compensation, pay rise, bonus, benefits, pension",
        "invoice, bill, billing, payment, receipt, remittance, credit note, purchase order,"
        " accounts payable, accounts receivable",
        "vat, tax, tax return, filing",
        "bank, banking, loan, credit line, overdraft, wire transfer, bank statement",
        "budget, forecast, cash flow, expense, accounting, bookkeeping, financials, p&l",
        "ticket, incident, outage, downtime, bug, escalation, sla, support case, workaround,"
        " rota, login loop, sso",
        "sprint, release, deploy, deployment, pull request, merge, commit, repository,"
        " code review, standup, backlog, retro, retrospective, tooling, installer, re-release,"
        " changelog",
        "prospect, lead, deal, quote, quotation, proposal, pricing, price, discount, rfp,"
        " tender, renewal, demo, seats, licence, license",
        "audit, auditor, compliance, control, evidence, certification, penetration test,"
        " pen test, vulnerability, mfa, multi-factor, security policy, information security",
        "migration, migrate, upgrade, porting, refactor, legacy",
    )
)


def content_words(text: str) -> frozenset[str]:
    """The stemmed words of `text` that carry meaning (no stopwords, numbers or 1-2 letters)."""
    return frozenset(
        w for w in words(text).parts if len(w) > 2 and not w.isdigit() and w not in _STOPWORDS
    )


def topic_words(text: str) -> frozenset[str]:
    """The content words of a name or description."""
    return content_words(text)


def related_terms(own: frozenset[str]) -> tuple[Words, ...]:
    """The thesaurus terms of every group that shares a word with `own`."""
    found: list[Words] = []
    for group in _GROUPS:
        if any(set(term.parts) <= own for term in group):
            found.extend(t for t in group if not set(t.parts) <= own)
    return tuple(found)


def office_word(term: Words) -> bool:
    """Tell whether `term` is everyday office vocabulary (a word of the thesaurus): many
    businesses say "quote", "release" or "invoice", only one says "Tradecore"."""
    return any(term.parts == t.parts for group in _GROUPS for t in group)
