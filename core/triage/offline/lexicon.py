"""Content words and a small thesaurus of business areas, for topic evidence.

An area's description names its topics in a few words ("Recruiting, offers, onboarding ..."), and
mail about them uses others ("we'd like to hire", "our 1:1"). The thesaurus groups words of one
business topic; a description that uses one word of a group makes the group's other words weak
evidence for the area that names most of the group. The groups are common office vocabulary,
not any one company's; words that name no topic (stopwords, and office words such as "report"
or "data" that any area uses) are no topic evidence.
"""

from __future__ import annotations

import re

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
        due data type live platform fix fixes flagged report reports request requests business
        """
    ).parts
)

# Groups of words one business topic is discussed in.
_GROUPS = tuple(
    terms(group)
    for group in (
        "hire, hiring, recruit, recruiting, recruiter, candidate, interview, vacancy, applicant,"
        " job opening, job offer, offer letter, headcount, new hire, resume, referee, talent,"
        " intern, internship, cv, job application, reference check, references, resign,"
        " resignation, notice period, leaver, exit interview, employment contract, job ad,"
        " job posting, probation, counteroffer, counter-offer, work permit, employment certificate,"
        " certificate of employment,"
        " reference letter, career day, thesis student, trainee, graduate programme,"
        " employment verification, career fair, open application, summer job, non-solicitation,"
        " non-compete, exit letter, exit conversation, exit talk, last working day,"
        " reference request, application for the position, praktikant, praktikanter,"
        " praktikanterna, sommarpraktik, sommarpraktikant, sommarpraktikanter, lia, lia-platser,"
        " referenssamtal, søknad, ansökan, praktik, praktiken, praktikplats, praktikutvärdering,"
        " summer temp, summer temps",
        "onboarding, onboard, new starter, start date, joiner, induction, offboarding,"
        " work anniversary, welcome lunch, new colleague, buddy, employee survey, staff survey,"
        " engagement survey, survey results, your first day, first days, your first week,"
        " your first two weeks, union, unionen,"
        " mbl, mbl negotiation, mbl-förhandling, mbl-förhandlingen, mbl-protokoll, works council,"
        " collective agreement, lokalt avtal, lokala avtal,"
        " klubben, fackklubben, facket,"
        " beredskapsavtal, beredskapsersättning,"
        " part-time, return to work, calibration, self-assessment,"
        " development talk, starters, welcome breakfast, welcome coffee, welcome fika,"
        " mid-year review, employment agreement, placement agreement, work experience,"
        " team manager, mid-year talk, safety representative, work environment, welcome talk,"
        " review form, objectives for, medarbetarundersökning, medarbetarundersökningen",
        "leave, vacation, holiday, time off, sick, absence, parental, maternity, paternity, pto,"
        " unpaid leave, sick leave, sabbatical, occupational health, rehabilitation, rehab plan,"
        " sick note, doctor's note, doctor's certificate, leave request, week off, sjukanmälan,"
        " sjukskriven, sjukskrivning, ledighet, ledighetsansökan, semesteransökan,"
        " semesterplanering, semesterplaneringen, semesterönskemål, semesterplan, semesterplanen,"
        " semesterplaner, semester, semestern, semesteråret, föräldraledig, föräldraledighet, sjuk,"
        " distansarbete, distansarbetspolicy",
        "performance review, appraisal, manager reviews, review cycle, reviews to write,"
        " one-on-one, check-in, check-ins, promotion, career development,"
        " grievance, conflict with, wellbeing, first aid, four-day week, salary, compensation,"
        " pay rise, bonus, benefits, pension, salary review, salary talk, lönesamtal, pay review,"
        " lönerevision, lönerevisionen, friskvård, friskvårdsbidrag, friskvårdsbidraget,"
        " lönekartläggning, lönekartläggningen, anställningsavtal, anställningsavtalet,"
        " industry agreement, harassment, bullying, misconduct,"
        " disciplinary, whistleblowing, workplace investigation, mediator, mediation,"
        " conflict between, workplace conflict",
        "payroll, employer declaration, payslip, payroll run, lönefil, lönefilen, lönekörning,"
        " lönekörningen",
        "invoice, bill, billing, payment, receipt, remittance, credit note, purchase order,"
        " accounts payable, accounts receivable, unpaid, dunning, paid late, faktura, kvitto,"
        " fakturan, fakturor, fakturorna",
        "vat, tax, tax return, filing, skattekonto, skattekontot, skatteverket",
        "bank, banken, banking, loan, credit line, overdraft, wire transfer, bank statement,"
        " signatory, bank guarantee, credit committee, direct debit, covenant, equity ratio",
        "budget, forecast, cash flow, expense, accounting, bookkeeping, financials, p&l,"
        " runway, burn rate, cash position, revenue, expense report, expenses, reimbursement,"
        " insurance, insurer, board pack, audit committee, treasury, annual report, asset register,"
        " depreciation, month-end close, year-end close, annual accounts, accruals, ledger, kpi,"
        " year-end audit, statutory audit, annual audit, financial audit, interim audit,"
        " financial year, capitalised development, annual general meeting, agm, insurance claim,"
        " claim declaration, claims history, loss adjuster, assessor, water damage,"
        " investor update, investors, shareholders, årsredovisning, årsredovisningen, bokslut,"
        " bokslutet, revisor, revisorn, revisionsberättelse, momsdeklaration, momsdeklarationen,"
        " årsstämma, årsstämman, årsstämmoprotokoll, styrelsemöte, styrelsemötet,"
        " bokslutsrevision, bokslutsrevisionen, revisionen, kvartalsrapport, kvartalsrapporten,"
        " periodisering, periodiseringen, periodiseras, bokslutsarbetet, bokslutskalender,"
        " intäkter, intäkterna",
        "ticket, incident, outage, downtime, bug, escalation, sla, support case, workaround,"
        " rota, login loop, sso, complaint, complain, disappointed, service credit, root cause,"
        " post-mortem, postmortem, helpdesk, not working, stopped working, broken, broke, problem,"
        " error, crash, status page, degraded, been down, down since,"
        " system is down, service is down, restore from backup, data loss,"
        " latency, response times, slow, uptime, service review,"
        " customer success, health check, down again, first-line, first line, second line,"
        " works again, working again, back up, back to normal,"
        " post-incident, root-cause, support hours, service levels, customer satisfaction,"
        " personal data breach, customer data protection review, data protection authority, imy,"
        " unreachable, service unavailable, bad gateway",
        # A supplier's maintenance window is the operations of the engineers who run the
        # platform; customers hear of it from the status page (`team_lists.status_page`).
        "sprint, release, deploy, redeploy, deployment, pull request, merge, commit, repository,"
        " code review, standup, backlog, retro, retrospective, tooling, installer, re-release,"
        " changelog, hack day, hackathon, architecture, tech talk,"
        " build agent, code freeze, test coverage, unit test, flaky, test suite, staging, runner,"
        " dependabot, security advisory, dependency, monitoring, kubernetes, docker, github,"
        " gitlab, ide, engineers, engineering, conference, tech conference, course,"
        " workshop, meetup, hack week, team day, tech debt, on-call, on call, laptop, laptops,"
        " thesis, master's thesis, guest lecture, early bird, jetbrains, planned maintenance,"
        " scheduled maintenance, maintenance window, disk usage, disk space, patch night,"
        " colocation, core switch, core switches, uplink",
        "prospect, lead, deal, quote, quotation, proposal, pricing, price, discount, rfp,"
        " tender, renewal, demo, seats, order form, reseller, partnership, lost deal,"
        " closed won, reference call, reference visit, referensbesök, invitation to tender,"
        " bid, shortlist,"
        " exhibitor, trade fair, expo, exhibition stand, booth, reference customer, case study,"
        " signed order, subscription agreement, price list, inquiry,"
        " enquiry, product tour, prospect meeting, commission,"
        " procurement, vendor selection, sko, sales kick-off, proof of concept, poc,"
        " pilot agreement, competitor, other vendor, mutual nda, bidders, tenderers, rfi,"
        " request for information, advisory council, crm, partner agreement, reseller agreement,"
        " kunddag, kunddagen, tilbud, tilbudet, rabatt, rabatten, tilldelningsbeslut, tildeling,"
        " upphandling, upphandlingen, anbud, anbudet, projektstart, project start, licenser,"
        " användare",
        "audit, auditor, compliance, control, evidence, certification, penetration test,"
        " pen test, vulnerability, mfa, multi-factor, security policy, information security,"
        " access review, attestation, policy acknowledgement, acceptable use policy, retest,"
        " findings, exception, remediation, stolen laptop, lost device, bridge letter,"
        " vendor review, vendor risk, security questionnaire, supplier security, soc report,"
        " security event, access removal, security awareness, phishing test,"
        " phishing simulation, risk acceptance, risk assessment, risk register, risk owner,"
        " disk encryption, encryption, observation, observations, management response,"
        " management responses, restore test",
        "go-live, cutover, hypercare, steering committee, dress rehearsal",
        "migration, migrate, upgrade, porting, refactor, legacy, windows server, sql server,"
        " server requirements, system requirements",
    )
)


def content_words(text: str) -> frozenset[str]:
    """The stemmed words of `text` that carry meaning (no stopwords, numbers or 1-2 letters)."""
    return frozenset(
        w for w in words(text).parts if len(w) > 2 and not w.isdigit() and w not in _STOPWORDS
    )


def gerund_only(text: str) -> frozenset[str]:
    """The stems `text` uses only in an -ing form ("accounting", "banking", "training"): such a
    noun names an activity, and the bare word ("your account", "the train") is something else."""
    said = words(text)
    ing = {p for p, g in zip(said.parts, said.gerunds, strict=True) if g}
    return frozenset(ing - {p for p, g in zip(said.parts, said.gerunds, strict=True) if not g})


def topic_words(text: str) -> frozenset[str]:
    """The content words of a name or description, and the two-letter acronyms it spells in
    capitals ("HR & Hiring": "HR monthly" is the area's meeting), roman numerals ("Type II")
    aside."""
    return content_words(text) | frozenset(a.casefold() for a in _ACRONYM.findall(text))


_ACRONYM = re.compile(r"\b(?![IVX]{2}\b)[A-Z]{2}\b")


def related_terms(
    own: frozenset[str], others: list[frozenset[str]], activities: frozenset[str] = frozenset()
) -> tuple[Words, ...]:
    """The thesaurus terms of every group that shares more terms with `own` than with any of
    `others` (the other entries' words): "training budgets" of a team does not take the
    budget group from an area that names budgets, forecasts and cash flow. A word `own` says
    only as an activity ("pricing") is matched in that form, so its bare noun ("the new
    prices") is a related term."""
    found: list[Words] = []
    for group in _GROUPS:
        mine = _overlap(group, own)
        if mine and all(_overlap(group, other) < mine for other in others):
            found.extend(t for t in group if not set(t.parts) <= own - activities)
    return tuple(found)


def _overlap(group: tuple[Words, ...], own: frozenset[str]) -> int:
    return sum(1 for term in group if set(term.parts) <= own)


def office_word(term: Words) -> bool:
    """Tell whether `term` is everyday office vocabulary (a word of the thesaurus): many
    businesses say "quote", "release" or "invoice", only one says "Tradecore"."""
    return any(term.parts == t.parts for group in _GROUPS for t in group)
