"""Words with two senses in office mail, read by their context before they count for a topic.

"Ticket" is a support case in "ticket 73344" or "412 tickets this quarter", and a seat at an event
in "3 tickets for NDC Oslo - early bird ends Friday". Mail that speaks of a conference, a summit, a
dinner or a party (not a "third party") or an early-bird or early price means the second, which is
no evidence for the area that handles tickets: for the folder, such a ticket is read as an
admission. A seat at a breakfast, a forum, a webinar, a venue's stage or on a flight is a place, not
a licence sold. A "pipeline" is a build's in "the CI pipeline failed" and the sales team's in
"Pipeline digest: 3 deals moved to Negotiation": beside deals, opportunities, new business, a close
date or a weighted total it is read as a "sales pipeline", the sales team's term. A "renewal" beside
an insurer is a policy's new term, which the company buys, and beside a lease, a landlord or the
rent the office's new term (its offer the lease's terms): no evidence for the area that renews what
it sells, as an insurer's "offer" is the policy's terms, no job offer. A "complaint" of
harassment is an employee's grievance, not a customer's, and a "reference for Anders Wik" is a
person's reference check. An auditor beside the annual report, the annual
accounts, a financial year or a public accountant, with no word of a security attestation, is the
statutory auditor, and an audit of how personal data is processed (GDPR, a DPA), with no word of the
attestation, is a customer's data protection review, and a bank customer's DORA audit of its ICT
supplier is that customer's regulatory review. An "invoice run" that failed is the customer's batch
job, not the company's invoices. A "demo" in mail about a sprint is the sprint's review, not a
prospect's demonstration. An "offer" beside prices, a renewal or a supplier, with no word of a
candidate or a job, is a commercial proposal, not a job offer. Seats, a renewal or a quote beside
licences, laptops or developers' tools, with no word of a customer, are the team's own tooling,
bought, not sold. Invoices or VAT lines beside a fault (a bug, an error, "cannot send"), with no
word of paying, are a customer's documents gone wrong in the product, not the company's bills: a
person's report only, since a tool's "[CI] invoice export broken" is code. An incident in an
incident response plan, a ransomware tabletop or a breach, with no outage or ticket, is a security
event, the attestation's matter. A version number that "is out" is a release the team shipped. A
first day or a holiday beside a school is a child's, not a new starter's or a leave request, the
holidays a mail is sent over or between are the festive season, not anyone's leave, a boat or a
bus that "leaves" at 17:15 departs, and a team lead or tech lead is a role in the team, not a
sales lead. An outage beside a storm or the power company, with no customer, server or ticket,
is a power cut, not a service down. A leaver's offboarding
beside evidence, controls or auditors is access removal, the attestation's control, not the people
side of someone leaving. A stand or an exhibitor beside graduates, students or careers, with no
customer or prospect, is a recruiting event, not a trade fair. A press release is an announcement to
the market, not a version shipped. A SOC 2 criterion ("CC6.2") is one of the attestation's controls,
a numbered wave of customers ("wave 3") is an upgrade's, an organisation looking for a new ERP is a
prospect, not the ERP the company rolls out, and an auditor's management interview is a walkthrough
of controls, not a candidate's interview. An ERP in a tender or a procurement is a prospect's, and a
customer advisory board advises: it is no company board. The pricing service (or engine, or module)
is a part of the product that computes prices, not the sales team's pricing, the payroll export (or
module, or part), and a country's payroll ("Danish payroll") are the product's, which customers pay
wages with, not the company's payroll, and a lift's new control unit or control system (a control
panel, climate control) is a machine's part, no control of the attestation. A forecast beside
degrees, rain or the weather is the weather's, and an interview beside an audit or a certification,
with no candidate or job, is the auditor's walkthrough. A proposal for a pay rise, an on-call
allowance, a mediator, an agenda or a dividend, with no customer's trade in it, is a colleague's
suggestion, not a sales proposal. On-call work in mail about a union, an MBL negotiation, a works
council, an industry agreement or a salary revision is the staff's terms of employment, not the
engineers' rota. Maintenance with its hours in the subject, or a "maintenance notice", announces
a maintenance window, and a network's, a storage system's or a firmware's upgrade is the
hardware's work, no software upgrade.
(The action and priority read the text as written.)
"""

from __future__ import annotations

import re
from typing import NamedTuple

# An event one buys a seat at; a "conference call" is a meeting about anything.
_EVENT = re.compile(
    r"\b(?:early[- ]?(?:bird|price)|conference(?!\s+call)|summit|congress|expo|festival|concert|"
    r"meetup|trade fair|dinner|gala|(?<!third )(?<!third-)part(?:y|ies)|theat(?:re|er)|teater"
    r"|dramaten|opera|musical|ballet|cinema)s?\b",
    re.IGNORECASE,
)
_TICKET = re.compile(r"\btickets?\b", re.IGNORECASE)
# A seat at a breakfast, a forum or on a flight is a place, not a licence sold.
_SEAT = re.compile(r"\bseats?\b", re.IGNORECASE)
_SEATED = re.compile(
    r"\b(?:early[- ]?(?:bird|price)|conference(?!\s+call)|summit|congress|expo|festival|concert|"
    r"gala|dinner|breakfast|forum|webinar|seminar|flights?|trains?|ferry|e-tickets?|venue"
    r"|main stage|auditorium)\b",
    re.IGNORECASE,
)
_DEALS = re.compile(
    r"\b(?:deals?|opportunit(?:y|ies)|win rate|closed[- ]won|close date|weighted|new business)\b",
    re.IGNORECASE,
)
_PIPELINE = re.compile(r"(?<!sales )\bpipelines?\b", re.IGNORECASE)
_INSURANCE = re.compile(r"\binsur(?:ance|er|ers)\b", re.IGNORECASE)
_RENEWAL = re.compile(r"\brenewals?\b", re.IGNORECASE)
# A lease's renewal is the office's new term, which the company rents: no sale either.
_LEASE = re.compile(r"\b(?:lease|leases|landlord|rent|tenancy|premises)\b", re.IGNORECASE)
_WORKPLACE = re.compile(
    r"\b(?:harass\w*|bull(?:y|ying|ied)|misconduct|victimi[sz]\w*)\b", re.IGNORECASE
)
_COMPLAINT = re.compile(r"\bcomplaints?\b", re.IGNORECASE)

# "Reference for Anders Wik": a person's reference, asked of a former employer; "a reference for
# the deal" or a payment "reference on all our invoices" is no person's.
_PERSON_REFERENCE = re.compile(
    r"\breferences?(?=\s+(?:for|on|about)\s+(?!(?:the|a|an|our|your|this|that|my|their|his|her"
    r"|its|us|you|me|them|it|all|each|every|both)\b)[^\W\d_])",
    re.IGNORECASE,
)

# The annual accounts' audit: the statutory auditor, not a security attestation's.
_ANNUAL_ACCOUNTS = re.compile(
    r"annual report|annual accounts|year-end close|statutory|financial statements|auditor's report"
    r"|balance sheet|income statement|annual general meeting|financial year|public accountant",
    re.IGNORECASE,
)
_ATTESTATION = re.compile(
    r"\bsoc\b|soc ?2|type ii|iso 27001|penetration|pen test|evidence|controls?\b|risk assessment"
    r"|observation period",
    re.IGNORECASE,
)
_AUDIT = re.compile(r"\b(?<!statutory )audit(?:or)?(?:'s|s)?\b", re.IGNORECASE)

# A customer auditing how its personal data is processed: its data protection review, a
# customer's matter, not the company's own security attestation.
_DATA_PROTECTION = re.compile(
    r"\b(?:data protection|gdpr|personal data|data processing|processor|dpa)\b", re.IGNORECASE
)
# A bank customer's DORA audit of its ICT supplier: the customer's regulator's matter.
_DORA = re.compile(r"\b(?:dora|register of information|ict incident\w*)\b", re.IGNORECASE)
_ATTESTED = re.compile(r"\bsoc ?2\b|type ii|iso 27001|attestation", re.IGNORECASE)
# The audit itself ("notice of audit"), not the company's auditors, who may mention a DPA.
_AN_AUDIT = re.compile(r"\baudit(?:s|ing)?\b", re.IGNORECASE)

# A press release announces to the market; no version is shipped.
_PRESS_RELEASE = re.compile(r"\bpress[- ]releases?\b", re.IGNORECASE)
# A stand at a careers fair recruits graduates; it sells nothing.
_FAIR = re.compile(r"\b(?:exhibitors?|stands?|booths?|fairs?|trade fairs?)\b", re.IGNORECASE)
_CAREERS = re.compile(
    r"\b(?:graduates?|students?|careers?|universit(?:y|ies)|job seekers?|employer brand\w*)\b",
    re.IGNORECASE,
)

# A sprint's demo shows the team's work to itself, not the product to a prospect.
_SPRINT = re.compile(r"\bsprint\b", re.IGNORECASE)
_DEMO = re.compile(r"\bdemos?\b", re.IGNORECASE)
# "The invoice run failed": the customer's software at work, not the company's own invoices.
_INVOICE_RUN = re.compile(r"\binvoic(?:e|ing)[\s-]+(run|job|batch)", re.IGNORECASE)
# "A revised offer on the hosting price": a seller's offer to a buyer, not a job offer.
_OFFER = re.compile(r"(?<!counter)(?<!counter-)(?<!job )\boffers?\b(?!\s+letter)", re.IGNORECASE)
_TRADE = re.compile(
    r"\b(?:prices?|pricing|discount|renewal|quote|quotation|licen[cs]es?|supplier|vendor"
    r"|procurement|tender|hosting|agreement|invoice)\b",
    re.IGNORECASE,
)
# A proposal for a pay rise, an on-call allowance, a mediator or a board's agenda is a
# colleague's suggestion, no sales proposal, unless a customer's trade is in it.
_PROPOSAL = re.compile(r"\bproposals?\b", re.IGNORECASE)
_INTERNAL = re.compile(
    r"\b(?:salar(?:y|ies)|compensation|pay|allowance|on-call|rota|overtime|mediat\w*|agenda"
    r"|nomination|approval limits?|hypercare|revision|dividends?|agm)\b",
    re.IGNORECASE,
)
_SELLING_TO = re.compile(
    r"\b(?:customers?|prospects?|deals?|discount|prices?|pricing|tender|rfp|quote|renewal"
    r"|licen[cs]es?|seats|demo|reseller|partnership)\b",
    re.IGNORECASE,
)
_HIRING = re.compile(
    r"\b(?:candidates?|hir(?:e|ed|ing)|salary|recruit\w*|employment|start date|notice period"
    r"|interview\w*|job|role|position)\b",
    re.IGNORECASE,
)

# Seats, a renewal or a quote for the team's own tools: what the company buys, not sells.
_BOUGHT = re.compile(r"\b(?:seats?|renewals?|quotes?)\b", re.IGNORECASE)
_TOOLS = re.compile(
    r"\b(?:licen[cs]es?|ide|github|gitlab|jetbrains|rider|intellij|visual studio|resharper"
    r"|profiler|code[- ]signing|laptops?|developers?|code[- ]review|coding assistants?|copilot"
    r"|pair[- ]programming|tools?)\b",
    re.IGNORECASE,
)
_SELLING = re.compile(r"\b(?:customers?|prospects?|deals?|clients?)\b", re.IGNORECASE)

# A customer's invoices or VAT lines that come out wrong: a fault in the product they run.
_INVOICING = re.compile(r"\b(?:invoices?|vat)\b", re.IGNORECASE)
_FAULT = re.compile(
    r"\b(?:bug|errors?|fail(?:s|ed|ing)?|broken|crash\w*|hotfix|workaround|rounding|cannot"
    r"|can't|stopped|ticket|outage|down|not correct|incorrect|after the update)\b",
    re.IGNORECASE,
)
_OWN_BILLS = re.compile(
    r"\b(?:unpaid|overdue|paid|payments?|remind\w*|dunning|credit note|accounts payable"
    r"|accountants?|bookkeep\w*)\b",
    re.IGNORECASE,
)

# An incident in a security policy, a tabletop or a breach: the attestation's, not a customer's.
_INCIDENT = re.compile(r"\bincidents?\b", re.IGNORECASE)
_SECURITY = re.compile(
    r"\b(?:response plan|incident response|tabletop|ransomware|breach|forensic\w*|malware"
    r"|phishing|incident register|security incidents?|security policy|soc ?2)\b",
    re.IGNORECASE,
)
# A service down ("the portal is down since nine"), not "phones face down".
_CUSTOMER_DOWN = re.compile(
    r"\b(?:outage|(?:is|are|was|were|went|been|goes|go)\s+down|down\s+since|ticket|sla)\b",
    re.IGNORECASE,
)

# "9.2.1 is out", "Ledgerline 36.4 is out": a version shipped, the team's release.
_SHIPPED = re.compile(r"\b(?:v)?\d+\.\d+(?:\.\d+)?(?=\s+(?:is\s+)?(?:out|shipped|released)\b)")

# A child's first day at school is family news, not a new starter's.
_FIRST_DAY = re.compile(r"\bfirst days?\b", re.IGNORECASE)
_SCHOOL = re.compile(
    r"\b(?:school|förskoleklass|preschool|kindergarten|pupils?|class teacher|grade [0-9])\b",
    re.IGNORECASE,
)
# A power company's outage after a storm: the building's power cut, not a customer's service.
_OUTAGE = re.compile(r"\boutages?\b", re.IGNORECASE)
_POWER = re.compile(r"\b(?:power|storm|electricity|blackout)\b", re.IGNORECASE)
_SERVICE = re.compile(r"\b(?:customers?|tickets?|sla|hosted|hosting|servers?)\b", re.IGNORECASE)
# A leaver's accounts closed, in evidence for the auditors: access removal, the attestation's
# control, not the people side of someone leaving.
_OFFBOARDING = re.compile(r"\b(?:offboarding|leavers?)\b", re.IGNORECASE)
_CONTROL_EVIDENCE = re.compile(
    r"\b(?:evidence|controls?|exceptions?|auditors?|bridge letters?|soc ?2)\b", re.IGNORECASE
)
# "CC6.2", "CC7.3": a SOC 2 common criterion, one of the attestation's controls.
_CRITERION = re.compile(r"\bCC[1-9]\.[0-9]{1,2}\b", re.IGNORECASE)
# "Wave 3 customers", "wave 4 letter": customers moved in waves are an upgrade's.
_WAVE = re.compile(r"\bwave\s+[0-9]+\b", re.IGNORECASE)
# "Looking for a new ERP", "choosing an ERP": an organisation shopping for one is a prospect.
_ERP_SOUGHT = re.compile(
    r"\b(?:a|an|new|replace\w*|choos\w*|select\w*|evaluat\w*)\s+(?:new\s+)?ERP\b", re.IGNORECASE
)
# An auditor's management interview walks through the controls; no candidate sits it.
_MANAGEMENT_INTERVIEW = re.compile(r"\bmanagement interviews?\b", re.IGNORECASE)
# An ERP in a tender or a procurement is one a buyer is choosing: a prospect's.
_ERP = re.compile(r"\bERP\b", re.IGNORECASE)
_TENDERED = re.compile(
    r"\b(?:tenders?|procurement|upphandling|rfp|invitation to tender|request for proposal)\b",
    re.IGNORECASE,
)
# A manager's yearly "development talk" with each report is an appraisal, no software development.
_DEVELOPMENT_TALK = re.compile(r"\bdevelopment talks?\b", re.IGNORECASE)
# "Pentest", "pen test": the penetration test spelled short.
_PEN_TEST = re.compile(r"\bpen[- ]?test(s|ing|er|ers)?\b", re.IGNORECASE)
# An outsider's own board: a customer's or a prospect's decision makers (`for_topics`).
_OUR_BOARD = re.compile(r"\bour (?:board|styrelse)\b", re.IGNORECASE)
# A payment's notice names its payer ("Incoming payment: 4,212,500.00 SEK from TRADECORE STEEL
# AB", "Inbetalning mottagen ... från ..."): money received, the ledger's, whoever paid it.
_PAYMENT_NOTICE = re.compile(
    r"\b(?:incoming payment|payment received|payment advice|part payment"
    r"|inbetalning(?: mottagen)?|betalning mottagen)\b",
    re.IGNORECASE,
)
# An outsider's person on parental leave ("our IT manager is on parental leave until May"):
# their absence, no leave the owner's people area handles (`for_topics`).
_THEIR_LEAVE = re.compile(
    r"\b(?:parental|paternity|maternity)\s+leave\b|\bföräldraledig\w*", re.IGNORECASE
)
# "Maintenance: storage firmware, 12 December 01:00-04:00", "Maintenance notice: ...":
# maintenance with its hours in the subject, or a maintenance notice, announces a maintenance
# window (a supplier's to the engineers who run the platform, or the company's own status
# page's to its customers, `team_lists.status_page`).
_MAINTENANCE_HOURS = re.compile(
    r"\bmaintenance(?:\s+notice)?\b(?!\s+window)"
    r"(?:(?<=notice)|(?=.*\b\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}\b))",
    re.IGNORECASE,
)
# A network's, a storage system's or a firmware's upgrade is the hardware's, no software upgrade.
_HARDWARE_UPGRADE = re.compile(
    r"\b(firmware|storage|network|switch|hardware|controller|disk)\s+upgrades?\b", re.IGNORECASE
)
# A customer or technical advisory board advises; it is no company board.
_ADVISORY_BOARD = re.compile(r"\badvisory boards?\b", re.IGNORECASE)
# "A new control unit", "the control panel", "a new control system", "climate control": a
# machine's part, no control of an attestation.
_MACHINE_CONTROL = re.compile(
    r"\b(?:(?:climate|remote|temperature)\s+control"
    r"|control(?=\s+(?:units?|panels?|rooms?|valves?|boxes?|cabinets?|systems?)\b))",
    re.IGNORECASE,
)
# "The forecast says 29 degrees": the weather's, no financial forecast.
_FORECAST = re.compile(r"\bforecasts?\b", re.IGNORECASE)
_WEATHER = re.compile(
    r"\b(?:weather|degrees|rain|snow|heatwave|heat wave|sunny|thunder\w*)\b", re.IGNORECASE
)
# An auditor's or certifier's interview walks through how the company works; no candidate sits it.
_INTERVIEW = re.compile(r"\binterviews?\b", re.IGNORECASE)
_AUDITED = re.compile(r"\b(?:audit\w*|certification|surveillance)\b", re.IGNORECASE)
_CANDIDATE = re.compile(
    r"\b(?:candidates?|applicants?|recruit\w*|hiring|hire|jobs?|vacanc\w*|cv|positions?)\b",
    re.IGNORECASE,
)
# "The pricing service", "the pricing engine": a part of the product that computes prices, not
# the sales team's pricing.
_PRICING_COMPONENT = re.compile(
    r"\bpricing(?=[\s-]+(?:services?|engines?|modules?|api|components?|microservices?)\b)",
    re.IGNORECASE,
)
# "The payroll export", "the payroll module", "the payroll part" of a demo, "Danish payroll": a
# part of the product customers pay wages with, not the company's own payroll (which is Swedish).
_PAYROLL_COMPONENT = re.compile(
    r"\bpayroll(?=[\s-]+(?:exports?|modules?|imports?|part)\b)"
    r"|\b(?:danish|norwegian|finnish|estonian|latvian|lithuanian|polish|german|dutch)"
    r"[\s-]+payroll\b",
    re.IGNORECASE,
)
# A school's holiday week is the children's, not a leave request.
_HOLIDAY = re.compile(r"\b(?:holidays?|vacations?)\b", re.IGNORECASE)
# "Acting team lead", "tech lead": a role in the team, not a sales lead.
_TEAM_LEAD = re.compile(r"\b(?:team|tech|technical)[\s-]+leads?\b", re.IGNORECASE)
# On-call work negotiated with a union ("MBL negotiation about the weekend on-call"): the staff's
# terms of employment, not the engineers' rota.
_ON_CALL = re.compile(r"\bon[- ]call\b", re.IGNORECASE)
_UNION = re.compile(
    r"\b(?:unions?|unionen\w*|mbl|works councils?|collective agreements?|industry agreements?"
    r"|salary revision)\b",
    re.IGNORECASE,
)


# "Over the holidays", "between the holidays": the festive season, which the whole company lives
# through, not anyone's leave ("before the holidays" and a "happy holidays" sign-off are left:
# the sets' HR mail says them of leave and starts as often).
_FESTIVE = re.compile(r"\b(?:over|between) the holidays\b", re.IGNORECASE)


# "The boat leaves Strömkajen at 17:15", "the bus leaves at 08:00": a departure, no one's leave.
_DEPARTS = re.compile(
    r"\b(boat|bus|train|ferry|flight|coach|plane|taxi)(e?s)?\s+leaves\b", re.IGNORECASE
)


class _Sense(NamedTuple):
    """A word read as `meant` wherever it stands, or only in mail that speaks of `context` and
    not of `unless`."""

    word: re.Pattern[str]
    meant: str
    context: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    # A machine's notice ("[CI] invoice export broken") is no person's report of this sense.
    told_by_a_person: bool = False


_SENSES = (
    _Sense(_TICKET, "admission", _EVENT),
    _Sense(_SEAT, "place", _SEATED),
    _Sense(_PIPELINE, r"sales \g<0>", _DEALS),
    _Sense(_RENEWAL, "policy term", _INSURANCE),
    _Sense(_OFFER, "policy terms", _INSURANCE),
    _Sense(_RENEWAL, "lease term", _LEASE),
    _Sense(_OFFER, "lease terms", _LEASE),
    _Sense(_COMPLAINT, "grievance", _WORKPLACE),
    _Sense(_DEMO, "sprint review", _SPRINT),
    _Sense(_PERSON_REFERENCE, "reference check"),
    _Sense(_INVOICE_RUN, r"batch \1"),
    _Sense(_AUDIT, "statutory audit", _ANNUAL_ACCOUNTS, _ATTESTATION),
    _Sense(_AN_AUDIT, "customer data protection review", _DATA_PROTECTION, _ATTESTED),
    _Sense(_AUDIT, "customer regulatory review", _DORA, _ATTESTED),
    _Sense(_PROPOSAL, "suggestion", _INTERNAL, _SELLING_TO),
    _Sense(_OFFER, "proposal", _TRADE, _HIRING),
    _Sense(_BOUGHT, "tooling", _TOOLS, _SELLING),
    _Sense(_INVOICING, "documents", _FAULT, _OWN_BILLS, told_by_a_person=True),
    _Sense(_INCIDENT, "security event", _SECURITY, _CUSTOMER_DOWN),
    _Sense(_SHIPPED, r"release \g<0>"),
    _Sense(_FIRST_DAY, "school start", _SCHOOL),
    _Sense(_HOLIDAY, "school break", _SCHOOL),
    _Sense(_FESTIVE, "festive season"),
    _Sense(_DEPARTS, r"\1\2 departs"),
    _Sense(_TEAM_LEAD, "team manager"),
    _Sense(_OUTAGE, "power cut", _POWER, _SERVICE),
    _Sense(_FAIR, "recruiting event", _CAREERS, _SELLING),
    _Sense(_PRESS_RELEASE, "press announcement"),
    _Sense(_OFFBOARDING, "access removal", _CONTROL_EVIDENCE),
    _Sense(_CRITERION, r"control \g<0>"),
    _Sense(_WAVE, r"upgrade \g<0>"),
    _Sense(_ERP_SOUGHT, "prospect"),
    _Sense(_MANAGEMENT_INTERVIEW, "control walkthrough"),
    _Sense(_PEN_TEST, r"penetration test\1"),
    _Sense(_DEVELOPMENT_TALK, "appraisal talk"),
    _Sense(_ERP, "prospect", _TENDERED),
    _Sense(_ADVISORY_BOARD, "advisory council"),
    _Sense(_HARDWARE_UPGRADE, r"\1 work"),
    _Sense(_PRICING_COMPONENT, "calculation"),
    _Sense(_PAYROLL_COMPONENT, "wage data"),
    _Sense(_MACHINE_CONTROL, "regulator"),
    _Sense(_FORECAST, "weather outlook", _WEATHER),
    _Sense(_INTERVIEW, "walkthrough", _AUDITED, _CANDIDATE),
    _Sense(_ON_CALL, "standby terms", _UNION),
)


def for_topics(
    subject_line: str,
    body_text: str,
    *,
    by_person: bool = True,
    outsider: bool = False,
    from_elsewhere: bool = False,
) -> tuple[str, str]:
    """The subject and body as topic evidence: an event's tickets read as admissions and its
    seats as places, a sales pipeline as the sales team's, an insurance renewal (and offer) as
    a policy's term and a lease's renewal (and offer) as the lease's, a complaint of harassment
    as a grievance, a reference for a person as a reference check, the annual accounts' auditor as
    the statutory audit, a customer's audit of its personal data as its data protection review,
    a bank's DORA audit as its regulatory review, an invoice run as a batch run, a sprint's demo
    as its review, a colleague's proposal of pay or a rota as a suggestion, a trade's offer as a
    proposal, the seats of the team's own tools as tooling, a customer's invoices gone wrong as
    documents (when told `by_person`, not by a machine), a security policy's incident as a
    security event, a version shipped as a release, a child's first day at school as a school
    start, a school's holiday as a school break, the holidays a mail is sent over as the festive
    season, a boat that leaves as one that departs, a team lead as a team manager, a storm's
    outage as a power cut, a leaver's offboarding in an audit's evidence as access removal, a
    careers fair's stand as a recruiting event, a press release as a press announcement, a SOC 2
    criterion as a control, a numbered wave as an upgrade's, an ERP sought (or in a tender) as a
    prospect, a management interview as a control walkthrough, an advisory board as an advisory
    council, a pricing service as a calculation service, a payroll export as a wage data export,
    a machine's control unit as a regulator, the weather's forecast as an outlook, an auditor's
    interview as a walkthrough, on-call work negotiated with a union as standby terms, a
    subject's maintenance with its hours (or a maintenance notice) as a maintenance window and a
    network's or a firmware's upgrade as the hardware's work. An
    `outsider`'s "our board" (a customer's, a prospect's, a supplier's) is their decision
    makers, no board the owner's finance reports to (129 of 132 such mails in the sets are not
    Finance's), a payment's notice as the payment alone (not its payer), and the parental leave
    of someone at another organisation than the owner's (`from_elsewhere`, told `by_person`)
    their absence, no leave for the owner's people area (4 such mails in the sets, none the
    people area's)."""
    texts = [subject_line, body_text]
    texts[0] = _MAINTENANCE_HOURS.sub("maintenance window", texts[0])
    if _PAYMENT_NOTICE.search(subject_line):
        texts[0] = "incoming payment"
    if outsider:
        texts = [_OUR_BOARD.sub("our decision makers", t) for t in texts]
    if from_elsewhere and by_person:
        texts = [_THEIR_LEAVE.sub("away", t) for t in texts]
    for sense in _SENSES:
        if sense.told_by_a_person and not by_person:
            continue
        if sense.context is not None and not any(sense.context.search(t) for t in texts):
            continue
        if sense.unless is not None and any(sense.unless.search(t) for t in texts):
            continue
        texts = [sense.word.sub(sense.meant, t) for t in texts]
    return texts[0], texts[1]
