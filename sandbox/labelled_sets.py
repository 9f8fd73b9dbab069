"""The labelled sets `eval --set` measures a classifier on: golden, held-out, the blind ones or all.

The golden set is the demo mailbox (`sample_emails.yaml`); the offline classifier's rules are
designed on it. The held-out set (`heldout_emails.yaml`) is written in other voices for the same
sample taxonomy and labelling policy; it was first only measured on, and is now used in
development too. The blind set (`blind_emails.yaml`) was written and labelled without seeing the
classifier; after two unseen measurements it was used in tuning too. The second blind set
(`blind2_emails.yaml`) was written the same way, fresh, once the first three were all used in
tuning. The third and fourth blind sets (`blind3_emails.yaml`, `blind4_emails.yaml`) were
written the same way, fresh and from the labelling policy alone, by two people who never saw the
classifier, while blind2 became a development set too: blind3 with more terse mobile mail,
threads whose latest message changes the ask and automated mail from tools no sender rule names;
blind4 with more non-native, formal and forwarded mail, senders whose domain belongs to another
folder than their topic, and colleagues who name no keyword. Both were measured unseen after the
fourth rework; blind3 then developed the fifth. The fifth blind set (`blind5_emails.yaml`) was
written the same way, fresh and from the policy alone, as a realistic ordinary week of the
owner's inbox in natural proportions rather than a collection of hard cases; blind4 and blind5
were measured unseen after the fifth rework and then developed the sixth. The sixth blind set
(`blind6_emails.yaml`) was written the same way, fresh and from the policy alone, as another
ordinary stretch of the inbox (a late-spring fortnight); it was measured unseen after the sixth
rework, and its confident misses then corrected two over-trusting rules. The seventh blind set
(`blind7_emails.yaml`) was written the same way, fresh and from the policy alone, as an autumn
stretch of the inbox. The eighth blind set (`blind8_emails.yaml`) was written the same way,
fresh and from the policy alone, as a winter stretch (January-February) of the same inbox, and
for the first time together with the owner's filed history of the four months before it
(`blind8_history.yaml`: folder only, never measured), so that three in five of its senders are
people she already filed mail from. The ninth blind set (`blind9_emails.yaml`) was written the
same way, fresh and from the policy alone, as a late-summer stretch (August-September) of the
inbox with its own filed history of the four months before (`blind9_history.yaml`), leaning
more on colleagues who write about several matters, terse mobile asks, implied asks and
forwards whose top note changes the ask. blind7 and blind8 were measured unseen, then joined the
development sets the offline classifier's wording model is fitted on; blind9 (`unseen`) now says
how the classifier does on mail nobody tuned it for. All are read here, on demand, and nothing that
seeds a mailbox (the demo, `sandbox.sample_mailbox.seed`) imports this module. The set names
import nothing else, so the CLI can offer them without reading any file.

The tenth blind set (`blind10_emails.yaml`) was written the same way, fresh and from the policy
alone, as a spring stretch (late March to April) of the inbox with its filed history of the four
months before (`blind10_history.yaml`), leaning more on long threads whose newest message changes
or withdraws the ask, non-native English, automated mail from tools no sender rule names, short
status notes and asks to choose between options. It was written to be kept unscored until the
next change to the classifier, and `unseen` takes it in too.

The eleventh blind set (`blind11_emails.yaml`) was written the same way, fresh and from the
policy alone, as a late-spring stretch (May into early June) of the inbox, without a filed
history. It is the first set to carry real recipient lines: the whole To line and the Cc line of
each email as its sender would address it, so that about a quarter of its mail has the owner only
in Cc and about one in ten goes to a distribution list she is on. It is offered on its own and in
`all`, but not (yet) in `unseen`.

The twelfth blind set (`blind12_emails.yaml`) was written the same way, fresh and from the
policy alone, as an early-autumn stretch (late August into September) of the inbox, without a
filed history. Like blind11 it carries real To and Cc lines: about three in ten of its emails
have the owner only in Cc and about one in ten goes to a distribution list she is on. It is
offered on its own and in `all`, but not (yet) in `unseen`.

The thirteenth blind set (`blind13_emails.yaml`) was written the same way, fresh and from the
policy alone, as a midwinter stretch (mid-January into February) of the inbox, without a filed
history. Like blind11 and blind12 it carries real To and Cc lines: a little under three in ten of
its emails have the owner only in Cc and about one in eleven goes to a distribution list she is
on. It is offered on its own and in `all`, but not (yet) in `unseen`.

The fourteenth blind set (`blind14_emails.yaml`) was written the same way, fresh and from the
policy alone, as a high-summer stretch (the week before Midsummer into early July, as the
holidays start) of the inbox, without a filed history. Like blind11 to blind13 it carries real To
and Cc lines: about three in ten of its emails have the owner only in Cc and about one in ten
goes to a distribution list she is on. It is offered on its own and in `all`, but not (yet) in
`unseen`.

The fifteenth blind set (`blind15_emails.yaml`) was written the same way, fresh and from the
policy alone, as an autumn stretch (October into early November, budget season) of the inbox,
without a filed history. Like blind11 to blind14 it carries real To and Cc lines: a little under
three in ten of its emails have the owner only in Cc and about one in ten goes to a distribution
list she is on. It is offered on its own and in `all`, but not (yet) in `unseen`.

The sixteenth blind set (`blind16_emails.yaml`) was written the same way, fresh and from the
policy alone, as the year-end stretch (mid-November to the Christmas break: the year-end close,
Lucia, the Christmas party, planning for next year) of the inbox, without a filed history. Like
blind11 to blind15 it carries real To and Cc lines: about three in ten of its emails have the
owner only in Cc and about one in eleven goes to a distribution list she is on.

The seventeenth blind set (`blind17_emails.yaml`) was written the same way, fresh and from the
policy alone, as a late-winter stretch (the sports holiday week at the end of February to the
end of March: the annual report, the AGM notice, the Q1 close) of the inbox, without a filed
history. Like blind11 to blind15 it carries real To and Cc lines: about three in ten of its
emails have the owner only in Cc and about one in ten goes to a distribution list she is on.

The eighteenth blind set (`blind18_emails.yaml`) was written the same way, fresh and from the
policy alone, as the summer-holiday stretch (mid-July to mid-August: skeleton staff, holiday
cover, out-of-office replies, the return in August) of the inbox, without a filed history. Like
blind11 to blind17 it carries real To and Cc lines: about three in ten of its emails have the
owner only in Cc and about one in ten goes to a distribution list she is on.

The nineteenth blind set (`blind19_emails.yaml`) was written the same way, fresh and from the
policy alone, as the April stretch after Easter (the spring release, the Q1 report to the board,
the annual staff survey, the customer user conference) of the inbox, without a filed history.
Like blind11 to blind18 it carries real To and Cc lines: three in ten of its emails have the owner
only in Cc and about one in nine goes to a distribution list she is on.

The twentieth blind set (`blind20_emails.yaml`) was written the same way, fresh and from the
policy alone, as the back-from-the-holidays stretch (early September into October: school
start, the new sales year's kick-off, the Q3 close and Q4 plans, an autumn customer conference)
of the inbox, without a filed history. Like blind11 to blind18 it carries real To and Cc lines:
about three in ten of its emails have the owner only in Cc and about one in ten goes to a
distribution list she is on.

The twenty-first blind set (`blind21_emails.yaml`) was written the same way, fresh and from the
policy alone, as the first half of June (the National Day long weekend, graduations, the end of
the school year and everything that must be done before the summer) of the inbox, without a
filed history. Like blind11 to blind20 it carries real To and Cc lines: about three in ten of its
emails have the owner only in Cc and about one in ten goes to a distribution list she is on.

The twenty-second blind set (`blind22_emails.yaml`) was written the same way, fresh and from the
policy alone, as the late-autumn stretch (late October to mid-November: the autumn school
holiday, All Saints, next year's budget and plans on their way to the board, the first snow) of
the inbox, without a filed history. Like blind11 to blind20 it carries real To and Cc lines: about
three in ten of its emails have the owner only in Cc and about one in nine goes to a distribution
list she is on.

The twenty-third blind set (`blind23_emails.yaml`) was written the same way, fresh and from the
policy alone, as the second half of January (back after the holidays: the new year's plans, the
year-end audit fieldwork starting, winter flu, the first board meeting of the year) of the inbox,
without a filed history. Like blind11 to blind22 it carries real To and Cc lines: a little under
three in ten of its emails have the owner only in Cc and about one in ten goes to a distribution
list she is on.

The twenty-fourth blind set (`blind24_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from mid-March to the Friday before the Easter week (the Q1 close,
spring hiring, the annual report and the notice of the annual general meeting, Easter coming) of
the inbox, without a filed history. Like blind11 to blind22 it carries real To and Cc lines: about
three in ten of its emails have the owner only in Cc and about one in ten goes to a distribution
list she is on.

The twenty-fifth blind set (`blind25_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from late May into mid-June (the mid-year forecast, the summer
intern intake, a product launch, the staff summer party, Whitsun) of the inbox, without a filed
history. Like blind11 to blind24 it carries real To and Cc lines: about three in ten of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on.

The twenty-sixth blind set (`blind26_emails.yaml`) was written the same way, fresh and from the
policy alone, as the first three weeks of December (a client escalation in a toy wholesaler's
Christmas peak, year-end contract renewals, an office move and a flu wave, with the big client
seen from its steel service centre rather than a mill) of the inbox, without a filed history.
Like blind11 to blind24 it carries real To and Cc lines: about three in ten of its emails have
the owner only in Cc and about one in ten goes to a distribution list she is on.

The twenty-seventh blind set (`blind27_emails.yaml`) was written the same way, fresh and from
the policy alone, as the stretch from the second week of August into early September (a new
CFO's first weeks, the exit from the company's own data centre to the cloud, the autumn price
list and a customer advisory board, with the big client seen from its wire rod mill) of the
inbox, without a filed history. Like blind11 to blind26 it carries real To and Cc lines: about
three in ten of its emails have the owner only in Cc and about one in ten goes to a
distribution list she is on.

The twenty-eighth blind set (`blind28_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from the sports holiday week at the end of February to mid-March,
seen through a tough quarter (a key customer threatening to leave, a savings round, a security
incident at a supplier) of the inbox, without a filed history. Like blind11 to blind26 it carries
real To and Cc lines: a little under three in ten of its emails have the owner only in Cc and
about one in ten goes to a distribution list she is on.

The twenty-ninth blind set (`blind29_emails.yaml`) was written the same way, fresh and from the
policy alone, as the second half of November seen from a growth angle (a new reseller channel in
Germany, an acquisition target doing due diligence on Proseware, the hiring freeze lifted, a
winter storm that closes the office for a day) of the inbox, without a filed history. Like
blind11 to blind28 it carries real To and Cc lines: a little under three in ten of its emails have
the owner only in Cc and about one in ten goes to a distribution list she is on.

The thirtieth blind set (`blind30_emails.yaml`) was written the same way, fresh and from the
policy alone, as the first half of May (the spring board meeting, an ISO 27001 pre-assessment
beside SOC 2, the customer user group, the Ascension Day bridge holiday, a data-protection
complaint from an end customer) of the inbox, without a filed history. Like blind11 to blind28
it carries real To and Cc lines: a little under three in ten of its emails have the owner only in
Cc and about one in ten goes to a distribution list she is on.

The thirty-first blind set (`blind31_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from the last week of June into mid-July (the half-year close, the
summer release freeze, a power failure at the partner that hosts the hosted customers, staff
handing over before their holidays, a customer's bankruptcy) of the inbox, without a filed
history. Like blind11 to blind30 it carries real To and Cc lines: a little under three in ten of
its emails have the owner only in Cc and about one in ten goes to a distribution list she is on.

The thirty-second blind set (`blind32_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from late September into mid-October (the annual strategy offsite,
the change of the price model from licences to subscriptions, a works-council consultation, a
major customer's RFP answer due, the autumn school holiday approaching) of the inbox, without a
filed history. Like blind11 to blind30 it carries real To and Cc lines: about three in ten of its
emails have the owner only in Cc and about one in ten goes to a distribution list she is on.

The thirty-third blind set (`blind33_emails.yaml`) was written the same way, fresh and from the
policy alone, as the first three weeks of January (the subscription price model's first
invoices, the year-end close and the annual accounts starting, the salary review, hypercare after
the big client's pickling-line go-live, the SOC 2 report's draft with two exceptions, the first
.NET 8 pilot customer live, a sales kick-off, Epiphany and heavy snow) of the inbox, without a
filed history. Like blind11 to blind32 it carries real To and Cc lines: about three in ten of its
emails have the owner only in Cc and about one in ten goes to a distribution list she is on.

The thirty-fourth blind set (`blind34_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from early March to the end of March (the annual report and the
statutory auditor's sign-off, the board's March meeting and the AGM notice, spring hiring and an
intern programme, a burst pipe at the office, Easter approaching, with the big client's second
mill starting its own cutover planning) of the inbox, without a filed history. Like blind11 to
blind32 it carries real To and Cc lines: a little under three in ten of its emails have the owner
only in Cc and about one in ten goes to a distribution list she is on.

The thirty-fifth blind set (`blind35_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 10 May to 28 May (late spring: Ascension Day and its bridge day
ahead, the SOC 2 observation period's midpoint check and a quarterly access review done late,
the big client's second mill in user acceptance testing with a data-quality dispute and a
go-live date asked for, .NET 8 general availability planned for June, a large prospect's proof
of concept, Q2 forecast pressure and the bank's covenant review, summer interns and leave
planning, a customer's data-processing agreement, graduations) of the inbox, without a filed
history. Like blind11 to blind34 it carries real To and Cc lines: a little under three in ten of
its emails have the owner only in Cc and about one in nine goes to a distribution list she is on.

The thirty-sixth blind set (`blind36_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from mid-August to early September, back from the summer holidays
(the backlog, a summer outage's post-mortem, the H1 report to the board and the 2039 budget
process starting, the big client's second mill going live and its first weeks of hypercare, the
SOC 2 observation period ending with the auditors' fieldwork booked, the old build servers
switched off while a customer is stuck on an old version, a competitor's price cut, two renewals
and a reseller in Norway, recruitment, a manager on parental leave, a new office lease, school
starting) of the inbox, without a filed history. Like blind11 to blind34 it carries real To and
Cc lines: a little under three in ten of its emails have the owner only in Cc and about one in
ten goes to a distribution list she is on.

The thirty-seventh blind set (`blind37_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 1 November to 19 November (late autumn: the Q3 close done and
the 2039 budget going to the board, the SOC 2 Type II report's fieldwork with a finding on change
management and a control owner on sick leave, a new client's implementation kick-off at a board
mill, the big client's steering committee deciding on a third site, the .NET 8 migration
finished with its last customer moved and the team's next project being scoped, a reseller's
first deal, a lost tender and a price complaint, the employee survey, flu season, the Christmas
party's planning and Father's Day) of the inbox, without a filed history. Like blind11 to blind36
it carries real To and Cc lines: a little under three in ten of its emails have the owner only in
Cc and about one in ten goes to a distribution list she is on.
The thirty-eighth blind set (`blind38_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 7 February to 25 February (deep winter: the 2038 accounts and
the statutory auditors' interim audit, the annual salary review and a pay dispute, the SOC 2
report delivered and customers asking for it with a bridge letter, the big client's third site
under negotiation, the hosting partner's data-centre move over a weekend and the outage after
it, the .NET 8 migration's successor starting as a proof of concept, a price increase announced
for April and customers pushing back, the sports holiday week, a storm that cuts the power, a
long-term sick leave, a fire drill) of the inbox, without a filed history. Like blind11 to
blind36 it carries real To and Cc lines: a little over a quarter of its emails have the owner
only in Cc and about one in ten goes to a distribution list she is on.

The thirty-ninth blind set (`blind39_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 28 February to 18 March (late winter into spring: the
statutory auditors' final fieldwork, the annual report's drafts and the representation letter,
the board papers and the notice of the annual general meeting, the April price increase landing
with a large customer threatening to leave and a partner asking for the old prices, a key
engineer's resignation and the counter-offer that keeps him, a customer's outage blamed on a
release and its post-incident review, the first demo of the new platform's proof of concept, a
tender won, Women's Day, a flu wave, the clocks changing at the end of March, a school's career
day) of the inbox. Like blind11 to blind38 it carries real To and Cc
lines: a little under three in ten of its emails have the owner only in Cc and about one in nine
goes to a distribution list she is on. It now has a filed history of the four months before it
(`blind39_history.yaml`, folder only, never measured), written after the set by another writer
from the policy alone, without seeing the classifier.

The fortieth blind set (`blind40_emails.yaml`) was written the same way, fresh and from the policy
alone, as the stretch from 4 April to 22 April (spring around Easter: the Q1 close and its numbers
going to the board, the annual report printed and the AGM held, the big client's third site going
live after a cutover weekend, a data-protection authority's questionnaire after an end customer's
complaint, a supplier's bankruptcy that takes the migration's contractors, a new office lease being
negotiated, a summer-intern programme, a change of pension provider, a conference in Amsterdam
where the owner speaks, the staff's spring kick-off) of the inbox. Like blind11 to blind39 it
carries real To and Cc lines: a little under three in ten of its emails have the owner only in Cc
and about one in nine goes to a distribution list she is on. It now has a filed history of the four
months before it (`blind40_history.yaml`: folder only, never measured), written after it by another
writer from the policy alone, in which about half of its senders already write.

The forty-first blind set (`blind41_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 9 May to 27 May (late spring: Ascension Day and its bridge day,
the Q2 forecast revised down, the big client's third site in hypercare and a dispute over what a
change request's scope was, the SOC 2 second observation period's mid-point and a new engagement
partner at the auditors, the new platform's first paying pilot customer, a reseller in Norway
underperforming, a harassment complaint handled by HR, a leaving customer's data export, a
cyber-insurance renewal, the office moving floors, a relay marathon the staff run, a son's
graduation) of the inbox. Like blind11 to blind40 it carries real To and Cc lines: about three in
ten of its emails have the owner only in Cc and about one in nine goes to a distribution list she
is on. It now has a filed history of the four months before it (`blind41_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The forty-second blind set (`blind42_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 15 August to 2 September, back from the summer holidays (the H1
accounts going to the board and the 2040 budget process starting, the data-centre partner's
hosting price increase, a competitor bought and customers asking what it means, the big client
asking for a quote for a fourth site, the new platform's beta at three customers with a bad bug
in it, two graduates starting and a manager going on parental leave, a security researcher's
responsible disclosure with a deadline, customers asking for the SOC 2 report's bridge letter,
the crayfish party, school starting) of the inbox. Like blind11 to blind41 it carries real To
and Cc lines: about three in ten of its emails have the owner only in Cc and about one in nine
goes to a distribution list she is on. It now has a filed history of the four months before it
(`blind42_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The forty-third blind set (`blind43_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 3 October to 21 October (autumn: the Q3 close and a revised
full-year forecast, the 2040 budget's first draft, the big client's fourth site signed and its
kick-off prepared, the SOC 2 Type II report's second period being scoped and a customer's own
pen test of the hosted service, the new platform's general availability slipping, a key
customer's merger and a new procurement contact, a customer's works council asking about AI in
the product, the data-centre partner's fire drill, the autumn school holiday, a colleague's
wedding) of the inbox. Like blind11 to blind42 it carries real To and Cc lines: about three in
ten of its emails have the owner only in Cc and about one in nine goes to a distribution list she
is on. It now has a filed history of the four months before it (`blind43_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The forty-fourth blind set (`blind44_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 28 November to 16 December, the year-end run-up (Lucia and the
Christmas lunch, the 2040 budget approved by the board, the year-end close planned and the
statutory auditors' interim visit, the big client's steering committee on its fourth site's data
migration, a hosted customer's Friday-night outage and its service credit, two resignations in
development and a recruitment push, the new platform's first GA customers, renewals and a price
increase for 2040, the employee survey's results, a snowstorm) of the inbox, written without a
filed history. Like blind11 to blind43 it carries real To and Cc lines: about three in ten of its
emails have the owner only in Cc and about one in nine goes to a distribution list she is on. It
now has a filed history of the four months before it (`blind44_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The forty-fifth blind set (`blind45_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 9 January to 27 January, as the new year starts (the year-end
close and the statutory auditors' final visit booked, the annual report's first draft, a pay
review round and its budget, the company's kick-off, the big client's section mill whose go-live
slips into February, a large customer's upgrade to the new platform with a data-conversion
problem, a new head of sales starting, a cyber-insurance renewal questionnaire, a lawsuit threat
from a former reseller, the board's strategy day being planned, winter flu and a school closure)
of the inbox, written without a filed history. Like blind11 to blind44 it carries real To and Cc
lines: about three in ten of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind45_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The forty-sixth blind set (`blind46_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 6 February to 24 February, late winter (the 2039 annual
accounts signed and the AGM's notice, the board's strategy day and its follow-ups on an
acquisition target and a partnership with a Finnish integrator, the big client's plate mill
finally going live and its hypercare, a security incident at a development subcontractor, the
sales kick-off and the new quotas, a key account manager going on parental leave and her cover,
a trade fair in Hannover booked, the office lease's renewal, the family's ski week) of the inbox,
without a filed history. Like blind11 to blind45 it carries real To and Cc lines: about three in
ten of its emails have the owner only in Cc and about one in ten goes to a distribution list she
is on. It now has a filed history of the four months before it (`blind46_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The forty-seventh blind set (`blind47_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 5 March to 23 March, early spring (Q1 closing in on its numbers
with a weak March, the AGM held and a new board member, the SOC 2 period's last evidence round,
the big client asking for a fifth site and a framework agreement, a performance collapse at a
hosted customer after a database upgrade, an engineer's burnout and sick leave, the graduate
programme's recruiting, a competitor's price cut, a GDPR access request, the customer advisory
board, Easter and a child's class trip) of the inbox, written without a filed history. Like
blind11 to blind46 it carries real To and Cc lines: about three in ten of its emails have the
owner only in Cc and about one in nine goes to a distribution list she is on. It now has a filed
history of the four months before it (`blind47_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The forty-eighth blind set (`blind48_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 9 April to 27 April, spring after Easter (the Q1 report to the
board and the bank's covenant certificate, the big client's fifth site signed and kicked off, the
SOC 2 Type II report received and given to customers, a partner integrator's first joint deal,
support reorganised into two teams, a salary dispute taken to a union negotiation, a customer
threatening to terminate over response times, the summer holiday rota, a new office lease signed,
an investor's visit, the staff's marathon training group) of the inbox, written without a filed
history. Like blind11 to blind47 it carries real To and Cc lines: about three in ten of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It now has
a filed history of the four months before it (`blind48_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The forty-ninth blind set (`blind49_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 7 May to 25 May, late spring (Ascension Day and its bridge day,
the Q2 forecast going into the board's May meeting, the big client's fifth site in data migration
with its old system's licence running out, the SOC 2 bridge letters season, a key customer's
data-centre move and a night incident after it, an engineering manager resigning and an internal
candidate for his role, a pricing change for small customers, a hosting supplier's price
increase, a heatwave, a school's end-of-year events and a graduation party) of the inbox, without
a filed history. Like blind11 to blind48 it carries real To and Cc lines: a little under three in
ten of its emails have the owner only in Cc and about one in nine goes to a distribution list she
is on. It now has a filed history of the four months before it (`blind49_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The fiftieth blind set (`blind50_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 4 June to 22 June, early summer before Midsummer (the half-year
close planned, Woodgrove Bank's renewal negotiated hard, the big client's fifth site's go-live
rehearsal, an access-review exception in the SOC 2 period, four summer interns starting, the union
club's question about a monitoring agent, a data-protection complaint from a customer's end user,
the summer holiday rota, the company summer party, a neighbour's building works) of the inbox,
without a filed history. Like blind11 to blind49 it carries real To and Cc lines: about three in
ten of its emails have the owner only in Cc and about one in nine goes to a distribution list she
is on. It now has a filed history of the four months before it (`blind50_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The fifty-first blind set (`blind51_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 13 August to 31 August, back from the summer holidays (the H1
report to the board and a forecast cut, the big client's fifth site in hypercare and its first
invoice dispute, the SOC 2 observation period ending, a key customer bought by a competitor's
owner, a ransomware attack at the payroll provider, two new developers starting and a team lead's
parental leave, the 2041 budget process and price list, a daughter starting school, the crayfish
party) of the inbox, without a filed history. Like blind11 to blind50 it carries real To and Cc
lines: about three in ten of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind51_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which more than half of its senders already write.

The fifty-second blind set (`blind52_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 10 September to 28 September, early autumn (the Q3 close
approaching, a new bank and a credit line, the big client's sixth site being scoped, the SOC 2
report's drafting with a qualified opinion feared, a hosting migration to a new data centre, a
senior developer's poor performance and a written warning, a sales team offsite, a customer's
GDPR audit of Proseware, an autumn flu, a parents' meeting at school) of the inbox, written
without a filed history. Like blind11 to blind51 it carries real To and Cc lines: a little under
three in ten of its emails have the owner only in Cc and about one in ten goes to a distribution
list she is on. It now has a filed history of the four months before it
(`blind52_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The fifty-third blind set (`blind53_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 1 October to 19 October, after the Q3 close (the board's Q3
meeting, the big client's sixth site won and a contract amendment, a data breach scare at a
customer over an exposed export file and a regulator notification weighed, the 2041 plan and each
team's headcount ask, a key account manager resigning to a competitor, the office lease renewal
and a move considered, a partner conference in Copenhagen, the autumn half-term, a sister's
wedding) of the inbox, without a filed history. Like blind11 to blind52 it carries real To and Cc
lines: about three in ten of its emails have the owner only in Cc and about one in ten goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind53_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The fifty-fourth blind set (`blind54_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 22 October to 9 November, late autumn (a price increase
announced to customers and the pushback, a municipality's tender with its formal questions
deadline, the big client's steering committee and a change request, an employee survey's
results, a supplier's bankruptcy and a licence escrow, an outage over the weekend the clocks
went back, the statutory auditors' interim visit, a nomination committee's approach about a
board seat elsewhere, daylight saving ending a week apart in Europe and the US) of the inbox,
without a filed history. Like blind11 to blind53 it carries real To and Cc lines: about three
in ten of its emails have the owner only in Cc and about one in nine goes to a distribution
list she is on. It now has a filed history of the four months before it
(`blind54_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The fifty-fifth blind set (`blind55_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 12 November to 30 November, towards the year's end (the 2041
budget going to the board, the big client's sixth site's kick-off while the fifth is in
hypercare, a fire in a customer's server room and its system restored into the cloud in a day,
suppliers' Black Friday offers, a whistleblowing report, the SOC 2 report delivered and customers
asking for it, the CTO's talk at a developer conference, the year-end salary review, a
neighbour's renovation, the owner's mother in hospital) of the inbox, without a filed history.
Like blind11 to blind54 it carries real To and Cc lines: a little under three in ten of its
emails have the owner only in Cc and about one in nine goes to a distribution list she is on. It
now has a filed history of the four months before it (`blind55_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The fifty-sixth blind set (`blind56_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 3 December to 21 December, the run-up to Christmas (the
year-end close prepared, a code freeze and the last release of the year, the big client's
go-live date for its sixth site disputed, a customer's year-end batch jobs failing, Lucia and the
Christmas party, gifts to customers and their gift policies, holiday on-call rotas, an intern's
thesis presentation, a government grant application deadline, a family Christmas trip) of the
inbox, without a filed history. Like blind11 to blind55 it carries real To and Cc lines: about
three in ten of its emails have the owner only in Cc and about one in eight goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind56_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The fifty-seventh blind set (`blind57_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 7 January to 25 January, back after the holidays (the year-end
close and the statutory auditors' final visit booked, the annual report's first outline, the big
client's sixth site through its first month-end, a January price increase biting, a new head of
support starting, a prospect's ERP tender with Proseware shortlisted, a security researcher's
report of a vulnerability, a winter storm and a power cut at the office, a child's skiing holiday
planned) of the inbox, without a filed history. Like blind11 to blind56 it carries real To and Cc
lines: a little under three in ten of its emails have the owner only in Cc and about one in ten
goes to a distribution list she is on. It now has a filed history of the four months before it
(`blind57_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which a little more than half of its senders already write.

The fifty-eighth blind set (`blind58_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 28 January to 15 February, late winter (the 2040 annual accounts
drafted and audited for the board's February meeting, the sales kick-off, a key customer's
contract expiring with a competitor's offer on the table, a development subcontractor's invoices
disputed, the SOC 2 bridge letter season again, an employee's long-term sick leave and the plan
for his return, the data-centre provider's price increase, the sports holiday week coming, a
father's 70th birthday party) of the inbox, without a filed history. Like blind11 to blind57 it
carries real To and Cc lines: a little under three in ten of its emails have the owner only in Cc
and about one in nine goes to a distribution list she is on. It now has a filed history of the
four months before it (`blind58_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which more than half of its senders already write.

The fifty-ninth blind set (`blind59_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 18 February to 8 March, through the sports holiday week (the
annual report signed and the AGM notice sent, the big client's seventh site asked about, a
customer's data protection officer auditing Proseware as its processor, a new competitor's price
war, two engineers leaving for a start-up, the office moving floors, the SOC 2 observation period
starting again, a daughter's school trip) of the inbox, without a filed history. Like blind11 to
blind58 it carries real To and Cc lines: a little under three in ten of its emails have the
owner only in Cc and about one in eight goes to a distribution list she is on. It now has a filed
history of the four months before it (`blind59_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which more than half of its senders
already write.

The sixtieth blind set (`blind60_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 11 March to 29 March, early spring (the Q1 close coming and
Easter ahead, a big customer's merger and its new owner's IT policy, a failed database upgrade
at a hosted customer, the spring hiring round and a graduate fair, a reseller partner's agreement
renegotiated, a tax audit notice, the board's strategy day, a marathon training plan) of the
inbox, without a filed history. Like blind11 to blind59 it carries real To and Cc lines: a little
under three in ten of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind60_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The sixty-first blind set (`blind61_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 1 April to Good Friday 19 April (the AGM and its minutes, the
board's strategy day and what follows it, the Q1 figures and the VAT return, a key customer
threatening to leave after a slow support quarter, a penetration test's findings, a summer-intern
programme, an office break-in, a partner's conference where the owner speaks, her son's football
cup over Easter) of the inbox, without a filed history. Like blind11 to blind60 it carries real To
and Cc lines: a little under three in ten of its emails have the owner only in Cc and about one
in nine goes to a distribution list she is on. It now has a filed history of the four months
before it (`blind61_history.yaml`: folder only, never measured), written after it by another
writer from the policy alone, in which about half of its senders already write.

The sixty-second blind set (`blind62_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 23 April to 10 May, after Easter through Walpurgis and May Day
(the data-centre provider's price rise and the move to another provider, the new product's beta
with three customers, a shareholder wanting to sell his stake, a late-paying customer and a debt
collector, a former employee's GDPR subject access request, the summer holiday roster, a sales
kick-off, a hackathon, the family's summer house let) of the inbox, without a filed history. Like
blind11 to blind61 it carries real To and Cc lines: about three in ten of its emails have the
owner only in Cc and about one in nine goes to a distribution list she is on. It now has a filed
history of the four months before it (`blind62_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The sixty-third blind set (`blind63_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 13 May to 31 May, up to Ascension and its bridge day (the Q2
forecast, the largest client's tender for its eighth site, a hosted customer's ransomware scare,
a key developer's parental leave and who covers, a new partner programme, an ISO 27001 gap
analysis, the board's May meeting, a salary-review appeal, the office's spring clean and a
garden party, a child's graduation from preschool) of the inbox, without a filed history. Like
blind11 to blind62 it carries real To and Cc lines: a little under three in ten of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It now has
a filed history of the four months before it (`blind63_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The sixty-fourth blind set (`blind64_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 3 June to Midsummer Eve, 21 June (everything due before the
summer, the half-year close planned, a big customer's go-live the week before Midsummer, the
summer holiday cover, a supplier's data breach notice, a journalist's interview request, a price
change for small customers, two summer interns starting, an employee's 20 years celebrated, a
family trip booked) of the inbox, without a filed history. Like blind11 to blind62 it carries
real To and Cc lines: a little under three in ten of its emails have the owner only in Cc and
about one in eight goes to a distribution list she is on. It now has a filed history of the
four months before it (`blind64_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The sixty-fifth blind set (`blind65_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 24 June to 12 July, after Midsummer into the summer holidays
(half the staff away and their out-of-office replies, the half-year close, a hosted customer's
outage with a skeleton crew, a summer intern's project demo, a client's escalation while its
project lead is on leave, the bank's half-year covenant, a heatwave and the office's air
conditioning, an acquisition approach from a larger vendor, the family's sailing week) of the
inbox, without a filed history. Like blind11 to blind64 it carries real To and Cc lines: a
little under three in ten of its emails have the owner only in Cc and about one in eight goes
to a distribution list she is on. It now has a filed history of the four months before it
(`blind65_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The sixty-sixth blind set (`blind66_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 5 to 23 August, back from the summer holidays (the H1 report and
the board's August meeting, an acquisition approach followed up, the largest client's ninth site, a
new head of development starting, the 2042 budget process opened, a customer's contract termination
notice, a SOC 2 qualified-opinion scare, a school's first week, a crayfish party) of the inbox,
without a filed history. Like blind11 to blind65 it carries real To and Cc lines: a little under
three in ten of its emails have the owner only in Cc and about one in ten goes to a distribution
list she is on. It now has a filed history of the four months before it (`blind66_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
about half of its senders already write.

The sixty-seventh blind set (`blind67_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 26 August to 13 September, as the autumn starts (the 2042
budget round in earnest, the acquisition talks' due diligence requests, the largest client's
ninth site kicked off, a hosted customer's data-centre certificate expiring, a sales hire who
does not work out, a customer advisory board, a works-council question about AI tools, a pension
provider change, a son's football trials) of the inbox, without a filed history. Like blind11 to
blind66 it carries real To and Cc lines: a little under three in ten of its emails have the owner
only in Cc and about one in ten goes to a distribution list she is on. It now has a filed history
of the four months before it (`blind67_history.yaml`: folder only, never measured), written after
it by another writer from the policy alone, in which about half of its senders already write.

The sixty-eighth blind set (`blind68_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 16 September to 4 October, as the third quarter closes (the Q3
close, acquisition talks ending, the SOC 2 report's final version, a customer's ERP tender with
a one-week deadline, a senior developer's sabbatical request, a security incident at an
integration partner, the autumn price list, a trade fair in Gothenburg, the office's fire drill,
a daughter's riding competition) of the inbox, without a filed history. Like blind11 to blind67
it carries real To and Cc lines: a little under three in ten of its emails have the owner only
in Cc and about one in ten goes to a distribution list she is on. It now has a filed history of
the four months before it (`blind68_history.yaml`: folder only, never measured), written after
it by another writer from the policy alone, in which about half of its senders already write.

The sixty-ninth blind set (`blind69_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 7 to 25 October, as the autumn's planning starts (the Q3 results
to the board, the 2042 headcount plan, the largest client's renewal negotiation starting early, a
data-subject access request from a former employee, a new office lease option, a penetration
test's findings, a partner's reseller agreement up for renewal, the autumn all-hands, a dentist
appointment, a son's parents' evening) of the inbox, without a filed history. Like blind11 to
blind68 it carries real To and Cc lines: a little under three in ten of its emails have the owner
only in Cc and about one in ten goes to a distribution list she is on. It now has a filed history
of the four months before it (`blind69_history.yaml`: folder only, never measured), written after
it by another writer from the policy alone, in which about half of its senders already write.

The seventieth blind set (`blind70_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 28 October to 15 November, as the last quarter gets going (the
2042 budget's final sign-off, a key customer escalating a recurring outage, an employee's
grievance, the annual insurance renewal, a supplier's price rise, a conference talk in Amsterdam,
the first snow and the office heating, a charity auction the company sponsors, a flu jab, a
daughter's school play) of the inbox, without a filed history. Like blind11 to blind69 it carries
real To and Cc lines: about three in ten of its emails have the owner only in Cc and about one in
ten goes to a distribution list she is on. It now has a filed history of the four months before
it (`blind70_history.yaml`: folder only, never measured), written after it by another writer
from the policy alone, in which about half of its senders already write.

The seventy-first blind set (`blind71_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 18 November to 6 December, as the year runs towards its close
(the largest client's ninth-site go-live slipping, the 2042 price increase letters to customers,
an ISO 27001 certification audit booked, a developer's resignation and counter-offer, a bank's
new KYC questionnaire, the year-end close planned, Black Week offers and spam, the company's
Lucia morning and Christmas party, a daughter's Lucia concert and the first Advent) of the inbox,
without a filed history. Like blind11 to blind70 it carries real To and Cc lines: about three in
ten of its emails have the owner only in Cc and about one in ten goes to a distribution list she
is on. It now has a filed history of the four months before it (`blind71_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The seventy-second blind set (`blind72_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 9 to 27 December, the last push before Christmas (year-end
payments and the statutory auditors' interim visit, the 2042 kick-off planned, a hosted customer's
change freeze broken, a key account's holiday-cover contacts, gifts to customers and staff, the
Christmas lunch, out-of-office replies, a burst pipe at the office, the family's Christmas
travel) of the inbox, without a filed history. Like blind11 to blind71 it carries real To and Cc
lines: a little under three in ten of its emails have the owner only in Cc and about one in ten
goes to a distribution list she is on. It now has a filed history of the four months before it
(`blind72_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The seventy-third blind set (`blind73_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 5 to 23 January, back after the holidays (the year-end close and
the statutory auditors' final fieldwork, the kick-off, the salary review starting, the largest
client's ninth site in hypercare, a bank customer disputing a 12 % price rise on its renewal, a
new board member's onboarding, a data-centre migration weekend, winter storms and a cold office,
ski-holiday planning) of the inbox, without a filed history. Like blind11 to blind72 it carries
real To and Cc lines: about three in ten of its emails have the owner only in Cc and about one in
ten goes to a distribution list she is on. It now has a filed history of the four months before
it (`blind73_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The seventy-fourth blind set (`blind74_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 26 January to 13 February 2042 (the annual report drafted and
the AGM date set, the SOC 2 period 2 fieldwork planned, a key customer's bankruptcy rumour turning
into a company reconstruction, an engineer's long-term sick leave, a recruiting push for two
developers, the sales kick-off, a vendor's software licence audit, Valentine's Day and the sports
holiday coming) of the inbox, without a filed history. Like blind11 to blind73 it carries real To
and Cc lines: a little under three in ten of its emails have the owner only in Cc and about one
in ten goes to a distribution list she is on. It now has a filed history of the four months
before it (`blind74_history.yaml`: folder only, never measured), written after it by another
writer from the policy alone, in which about half of its senders already write.

The seventy-fifth blind set (`blind75_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 16 February to 6 March 2042 (the sports holiday week with half
the managers away, the annual report signed and the AGM notice drafted, a hosted customer's data
loss scare, the largest client's go-live and its tenth site asked about, a new partner in Norway,
an employee's harassment complaint, the bank's annual credit review, the office's move to another
floor, a daughter's ski camp) of the inbox, without a filed history. Like blind11 to blind74 it
carries real To and Cc lines: about three in ten of its emails have the owner only in Cc and about
one in ten goes to a distribution list she is on. It now has a filed history of the four months
before it (`blind75_history.yaml`: folder only, never measured), written after it by another
writer from the policy alone, in which about half of its senders already write.

The seventy-sixth blind set (`blind76_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 9 to 27 March 2042 (the Q1 close coming and the AGM itself, a
price war with a competitor, a SOC 2 period 2 control failing, a developer's paternity leave and
who covers, the spring hiring fair, a customer's GDPR breach notification, a new pension
provider, spring cleaning at the office, a son's birthday party) of the inbox, without a filed
history. Like blind11 to blind75 it carries real To and Cc lines: a little under three in ten of
its emails have the owner only in Cc and about one in ten goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind76_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half of
its senders already write.

The seventy-seventh blind set (`blind77_emails.yaml`) was written the same way, fresh and from
the policy alone, as the stretch from 30 March to 17 April 2042 (Easter and the week after it, the
Q1 close and the quarter's numbers to the board, the largest client's tenth site signed, a failed
release rolled back at a hosted customer, the SOC 2 period 2 exception to explain, two summer
interns hired, a salary dispute taken to the union, the office lease renewal, the tax agency's
question, a daughter's confirmation) of the inbox, without a filed history. Like blind11 to
blind76 it carries real To and Cc lines: a little under three in ten of its emails have the owner
only in Cc and about one in ten goes to a distribution list she is on. It now has a filed history
of the four months before it (`blind77_history.yaml`: folder only, never measured), written after
it by another writer from the policy alone, in which about half of its senders already write.

The seventy-eighth blind set (`blind78_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 20 April to 8 May 2042 (Walpurgis and May Day, the AGM's tail,
a key customer's merger and its new owner's demands, the Q2 forecast, a developer's long sick
leave ending, a competitor poaching a sales manager, a supplier's security incident, the spring
customer event, a garden party, a son's football tournament) of the inbox, without a filed
history. Like blind11 to blind77 it carries real To and Cc lines: a little under three in ten of
its emails have the owner only in Cc and about one in ten goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind78_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half of
its senders already write.

The seventy-ninth blind set (`blind79_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 11 to 30 May 2042 (Ascension Day and its bridge day, a price
increase to customers from 1 July, a penetration test's findings, a customer threatening to
leave, a product manager's parental leave starting, a CFO search, a trade fair stand, a new
hosting region, the summer holiday rota, a son's graduation, a charity run) of the inbox, without
a filed history. Like blind11 to blind78 it carries real To and Cc lines: a little under three in
ten of its emails have the owner only in Cc and about one in ten goes to a distribution list she
is on. It now has a filed history of the four months before it (`blind79_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The eightieth blind set (`blind80_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 1 June to Midsummer Eve, 20 June 2042 (National Day, the
half-year close coming, an ISO 27001 surveillance audit, a big customer's renewal negotiation, a
rejected candidate's subject access request, a partner conference in Kraków, the employee
survey's results, the board's strategy day, a senior developer resigning, the office ventilation
breaking in the heat, a daughter's graduation) of the inbox, without a filed history. Like
blind11 to blind79 it carries real To and Cc lines: a little under three in ten of its emails
have the owner only in Cc and about one in ten goes to a distribution list she is on. It now has
a filed history of the four months before it (`blind80_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which more than half of
its senders already write.

The eighty-first blind set (`blind81_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 22 June to 11 July 2042 (the half-year close and the first cash
figures, the summer slowdown and its out-of-office replies, a hosted customer's data centre move
over a weekend, a major bug found by a key customer just before the holidays, the migration's
consultant ending his contract, the salary revision's last details, a new sales hire's first
week, the summer intern's project, the owner's own holiday handover, a family sailing trip) of
the inbox, without a filed history. Like blind11 to blind80 it carries real To and Cc lines: a
little under three in ten of its emails have the owner only in Cc and about one in ten goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind81_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The eighty-second blind set (`blind82_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 3 to 22 August 2042 (the owner back from four weeks' holiday to
what piled up in July, the autumn planning, a customer's complaint left unanswered over the
summer, the SOC 2 period 3 kick-off, a new release's beta, the price list for 2043, two new hires
starting, a supplier going bankrupt, the crayfish party, a son starting at a new school) of the
inbox, without a filed history. Like blind11 to blind81 it carries real To and Cc lines: a little
under three in ten of its emails have the owner only in Cc and about one in ten goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind82_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which more than half of its senders already write.

The eighty-third blind set (`blind83_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 24 August to 12 September 2042 (the autumn in full swing, the Q3
forecast, a big prospect's proof of concept, the SOC 2 period 3 evidence requests, the .NET 8
migration's final customer wave, a key account manager's parental leave, a new office floor, the
annual staff survey launched, an insurance claim after a water leak, a customer's price
complaint, a mother's 70th birthday) of the inbox, without a filed history. Like blind11 to
blind82 it carries real To and Cc lines: about three in ten of its emails have the owner only in
Cc and about one in ten goes to a distribution list she is on. It now has a filed history of the
four months before it (`blind83_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which more than half of its senders already write.

The eighty-fourth blind set (`blind84_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 14 September to 3 October 2042 (the Q3 close coming, the budget
2043 process, a large customer's contract renewal run by its new procurement team, a penetration
test retest, the company's tenth anniversary party, a developer's conflict with her manager, a
former customer's GDPR request, a conference talk the owner gives, the autumn board meeting, a
daughter's riding competition) of the inbox, without a filed history. Like blind11 to blind83 it
carries real To and Cc lines: a little over one in four of its emails have the owner only in Cc
and about one in ten goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind84_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which more than
half of its senders already write.

The eighty-fifth blind set (`blind85_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 5 to 24 October 2042 (the Q3 numbers and the board's reaction, a
key customer's outage during its month-end close, the SOC 2 period 3 fieldwork, the last .NET 8
customers moved, a salary benchmark for the developers, a new head of marketing hired, an office
move planned, the hosting supplier raising its prices, the autumn school holiday coming, a
husband's business trip) of the inbox, without a filed history. Like blind11 to blind84 it
carries real To and Cc lines: a little over one in four of its emails have the owner only in Cc
and about one in ten goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind85_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which more than
half of its senders already write.

The eighty-sixth blind set (`blind86_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 26 October to 14 November 2042 (the autumn school holiday week,
the budget 2043's final round, a big public tender won and then challenged at court, a customer's
data migration gone wrong, a new compliance requirement from a bank customer, a developer's long
sick leave starting, the Christmas party planned, a tax audit letter, a broken coffee machine, a
son's football trip) of the inbox, without a filed history. Like blind11 to blind85 it carries
real To and Cc lines: a little over one in four of its emails have the owner only in Cc and about
one in eight goes to a distribution list she is on. It now has a filed history of the four
months before it (`blind86_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The eighty-seventh blind set (`blind87_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 16 November to 5 December 2042 (the 2043 plan presented to the
board, a customer's renewal at risk, the first SOC 2 Type II report arriving, a security incident
at the backup supplier, two developers' salary reviews, the office move's lease signed, year-end
tax planning with the accountant, a charity's request for sponsorship, a daughter's school
concert, a car's winter tyres) of the inbox, without a filed history. Like blind11 to blind86 it
carries real To and Cc lines: a little under three in ten of its emails have the owner only in
Cc and about one in nine goes to a distribution list she is on. It now has a filed history of the
four months before it (`blind87_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The eighty-eighth blind set (`blind88_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 7 to 19 December 2042 (a customer's go-live right before
Christmas, the Christmas party and the staff's gifts, the year-end close starting, a bank's new
covenant report, the on-call rota over the holidays, a recruiter's offer for a senior developer,
the product roadmap review, a parent's hospital appointment, the family's holiday travel) of the
inbox, without a filed history. Like blind11 to blind87 it carries real To and Cc lines: a little
over one in four of its emails have the owner only in Cc and about one in ten goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind88_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The eighty-ninth blind set (`blind89_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 21 December 2042 to 16 January 2043 (the Christmas and New Year
break with little mail and then a busy return: an outage on Boxing Day handled by the on-call
team, year-end invoices and the annual accounts' timetable, the new year's sales kickoff, a
customer's complaint about a price increase, the annual performance reviews, a new
data-protection officer, a skiing week planned, a broken heating system at home) of the inbox,
without a filed history. Like blind11 to blind88 it carries real To and Cc lines: a little over
one in four of its emails have the owner only in Cc and about one in nine goes to a distribution
list she is on. It now has a filed history of the four months before it (`blind89_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
more than half of its senders already write.

The ninetieth blind set (`blind90_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 18 January to 6 February 2043 (the 2042 annual report drafted,
the statutory auditors' year-end fieldwork, a large public tender's questions round, a senior
developer resigning, a reseller partner's agreement renewed, the owner's conference talk
accepted, the cloud bill's jump, a son's school choice for next year) of the inbox, without a
filed history. Like blind11 to blind89 it carries real To and Cc lines: a little over one in
four of its emails have the owner only in Cc and about one in nine goes to a distribution list
she is on. It now has a filed history of the four months before it (`blind90_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
about half of its senders already write.

The ninety-first blind set (`blind91_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 8 to 27 February 2043 (the 2042 accounts closed and the
auditors' report, the annual general meeting planned, a winter sports holiday week, Tradecore's
phase 3 scoped, a customer's data breach scare, a new sales hire's first weeks, the SOC 2 bridge
letter season, an employee's parental leave, a burst pipe at the office) of the inbox, without a
filed history. Like blind11 to blind90 it carries real To and Cc lines: a little over one in four
of its emails have the owner only in Cc and about one in nine goes to a distribution list she is
on. It now has a filed history of the four months before it (`blind91_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The ninety-second blind set (`blind92_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 1 to 20 March 2043 (the Q1 forecast revised, a price increase
announced to customers, a large tender's shortlist, the .NET 8 migration's last customers, a
security audit of the hosting supplier, the annual salary review round, a conflict in the support
team, a daughter's birthday party, a new office lease signed) of the inbox, without a filed
history. Like blind11 to blind91 it carries real To and Cc lines: a little over one in four of
its emails have the owner only in Cc and about one in nine goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind92_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half
of its senders already write.

The ninety-third blind set (`blind93_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 22 March to 10 April 2043 (the Q1 close, Easter week, the
annual general meeting held, a key customer threatening to leave over a revaluation bug, the
SOC 2 report's first customer questions, a developer's long-planned sabbatical, a phishing
attack on the finance team, the spring hiring of two junior developers, a son's confirmation) of
the inbox, without a filed history. Like blind11 to blind92 it carries real To and Cc lines:
a little over one in four of its emails have the owner only in Cc and about one in nine goes to
a distribution list she is on.
It now has a filed history of the four months before it (`blind93_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The ninety-fourth blind set (`blind94_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 12 April to 1 May 2043 (the Q1 numbers to the board, a
partner's reseller deal in Norway, a data-centre move for the hosted customers, an employee's
harassment complaint, the new price list in force, a customer's acceptance test failing,
Walpurgis Night, a car service, a daughter's school trip) of the inbox, without a filed history.
Like blind11 to blind93 it carries real To and Cc lines: about three in ten of its emails have
the owner only in Cc and about one in ten goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind94_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half
of its senders already write.

The ninety-fifth blind set (`blind95_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 3 to 22 May 2043 (the Q1 board meeting moved for Ascension Day,
a large customer's renewal negotiated down to the wire, a production incident on a Friday
evening, the annual salary review started, a supplier going bankrupt, the summer interns chosen,
a marketing webinar, the parents' golden wedding anniversary, a sailing course) of the inbox,
without a filed history. Like blind11 to blind94 it carries real To and Cc lines: about three in
ten of its emails have the owner only in Cc and about one in ten goes to a distribution list she
is on. It now has a filed history of the four months before it (`blind95_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which a little
more than half of its senders already write.

The ninety-sixth blind set (`blind96_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 24 May to 12 June 2043 (the half-year forecast revised, a
former employee's GDPR data-subject access request with a deadline, the office lease break
option to decide, a senior engineer resigning to a competitor, the first pilot customer going
live on .NET 8, the staff summer party planned, an investor update, a daughter's graduation, a
broken boat engine) of the inbox, without a filed history. Like blind11 to blind95 it carries
real To and Cc lines: a little under three in ten of its emails have the owner only in Cc and
about one in eleven goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind96_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half
of its senders already write.

The ninety-seventh blind set (`blind97_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 14 June to 3 July 2043 (the half-year close approaching, the
summer holiday rotas for support and development, the largest client's go-live moved into July,
a SOC 2 period-two walkthrough, a new head of sales recruited, a price increase announced for
the autumn, a water leak into the office server room, Midsummer with the family in the
archipelago, a son's football tournament) of the inbox, without a filed history. Like blind11 to
blind96 it carries real To and Cc lines: a little under three in ten of its emails have the
owner only in Cc and about one in ten goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind97_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which well over
half of its senders already write.

The ninety-eighth blind set (`blind98_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 5 to 24 July 2043 in the Swedish summer, the owner on holiday
from 13 July (a skeleton crew handling a customer's outage, an acquisition approach from a
competitor, the half-year numbers in draft, a summer intern's project, a hosting price increase
from a supplier, a key developer's parental leave, a sailing trip, the summer house's broken
water pump) of the inbox, without a filed history. Like blind11 to blind97 it carries real To
and Cc lines: about three in ten of its emails have the owner only in Cc and about one in ten
goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind98_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half
of its senders already write.

The ninety-ninth blind set (`blind99_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 26 July to 14 August 2043, as the Swedish summer holiday ends
and the owner comes back on 3 August (the holiday backlog, the half-year report to the board, the
acquisition approach answered, a customer's invoice dispute over the summer consultants, the
autumn release planned, a new support hire starting, a SOC 2 observation to remediate, a family
crayfish party, a daughter's driving test) of the inbox, without a filed history. Like blind11
to blind98 it carries real To and Cc lines: a little under three in ten of its emails have the
owner only in Cc and about one in nine goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind99_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half
of its senders already write.

The hundredth blind set (`blind100_emails.yaml`) was written the same way, fresh and from the
policy alone, as the stretch from 16 August to 4 September 2043 (the all-staff autumn kick-off,
the 2044 budget process starting, the largest client's new mill going live, a security incident
at the e-invoice mail supplier, the price increase letters going out, a new head of sales' first
weeks, the SOC 2 period-two fieldwork booked, a son starting at a new school, a marathon
training plan) of the inbox, without a filed history. Like blind11 to blind99 it carries real To
and Cc lines: about three in ten of its emails have the owner only in Cc and about one in ten
goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind100_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The hundred-and-first blind set (`blind101_emails.yaml`) was written the same way, fresh and from
the policy alone, as the stretch from 6 to 25 September 2043 (the SOC 2 period-two fieldwork on
site, the 2044 budget's first draft, a large public tender's deadline, the autumn release shipped
with a regression in the payment files, a key account manager on sick leave, the annual customer
conference being planned, a board strategy day coming, a daughter moving to university, a
mushroom-picking weekend) of the inbox, without a filed history. Like blind11 to blind100 it
carries real To and Cc lines: a little under three in ten of its emails have the owner only in Cc
and about one in nine goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind101_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The hundred-and-second blind set (`blind102_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 27 September to 16 October 2043 (the Q3 close and its
numbers, the price increase in force from 1 October and the first complaints, the SOC 2 draft
observations, a customer threatening to terminate over response times, two developers hired for
January, the autumn staff survey, a data-protection complaint from a customer's employee, a
daughter's parents' evening, the family car to replace) of the inbox, without a filed history.
Like blind11 to blind101 it carries real To and Cc lines: about three in ten of its emails have
the owner only in Cc and about one in nine goes to a distribution list she is on. It now has a
filed history of the four months before it (`blind102_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-third blind set (`blind103_emails.yaml`) was written the same way, fresh and from
the policy alone, as the stretch from 18 October to 6 November 2043 (the first full month under
the new prices and the churn it brings, the SOC 2 auditor's final report and the remediation
plan, a half-term week with the children at home, a key customer's security questionnaire, the
budget round for 2044, the e-invoice distributor going into reconstruction, a new office printer
contract, a team away-day, a colleague's long-term sick leave) of the inbox, without a filed
history. Like blind11 to blind102 it carries real To and Cc lines: a little under three in ten of
its emails have the owner only in Cc and about one in ten goes to a distribution list she is on.
It now has a filed history of the four months before it (`blind103_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The hundred-and-fourth blind set (`blind104_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 8 to 27 November 2043 (the 2044 budget signed off, a
year-end pricing promotion, an outage during a customer's peak week and the service credits it
costs, year-end performance reviews, the Christmas party and gifts for clients, a partner wanting
a joint webinar, the tax adviser's deadline for the annual accounts, a boiler failing at home) of
the inbox, without a filed history. Like blind11 to blind103 it carries real To and Cc lines: a
little under three in ten of its emails have the owner only in Cc and about one in ten goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind104_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-fifth blind set (`blind105_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 29 November to 18 December 2043 (the run-up to the
year's end: customers rushing to spend their 2043 budgets, the SOC 2 bridge letter for the
year, the Christmas lunch and the office closing dates, a key engineer resigning, invoices to
chase before the books close, the largest client's go-live on 14 December, a Lucia concert at the
children's school, the family's Christmas travel) of the inbox, without a filed history. Like
blind11 to blind104 it carries real To and Cc lines: a little under three in ten of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It now has
a filed history of the four months before it (`blind105_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-sixth blind set (`blind106_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 3 to 22 January 2044 (back after the holidays, the two
new developers starting on 11 January, the 2043 annual accounts and the statutory auditor's visit,
the new price list in force, the sales team's kick-off, a security incident at the support-desk
supplier, the .NET 8 migration's last customers, a board meeting on the 2044 plan, a roof leaking
at home) of the inbox, without a filed history. Like blind11 to blind105 it carries real To and
Cc lines: three in ten of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind106_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-seventh blind set (`blind107_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 24 January to 12 February 2044 (the 2043 year-end close
signed by the statutory auditor, the 2043 bonus payouts, a customer acquired by its competitor
asking about its contract, a new support tier launched on 1 February, an engineer's paternity
leave, a former candidate's GDPR access request, the building's annual fire drill, the office
lease renewal talks, the sports holiday planned with the children) of the inbox, without a filed
history. Like blind11 to blind106 it carries real To and Cc lines: about three in ten of its
emails have the owner only in Cc and about one in ten goes to a distribution list she is on. It
now has a filed history of the four months before it (`blind107_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which over half
of its senders already write.

The hundred-and-eighth blind set (`blind108_emails.yaml`) was written the same way, fresh and from
the policy alone, as the stretch from 14 February to 4 March 2044 (the sports holiday week with the
children at home, the Q1 pipeline review, a new reseller in Norway, a production incident caused by
a third-party date library on 29 February, the SOC 2 readiness for the second audit period, the
salary review round, a key customer's annual business review, the car's winter tyres and a dentist)
of the inbox, without a filed history. Like blind11 to blind107 it carries real To and Cc lines: a
little under three in ten of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It now has a filed history of the four months before it
(`blind108_history.yaml`: folder only, never measured), written after it by another writer from the
policy alone, in which about half of its senders already write.

The hundred-and-ninth blind set (`blind109_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 6 to 25 March 2044 (the Q1 close approaching, the
annual general meeting being prepared, a customer's data migration going wrong, the SOC 2
period-two evidence requests, a senior developer asking for a raise with a competing offer, the
spring trade fair booth, the hosting supplier raising its prices, a parents' meeting and a burst
pipe at the summer house) of the inbox, without a filed history. Like blind11 to blind108 it
carries real To and Cc lines: about three in ten of its emails have the owner only in Cc and
about one in ten goes to a distribution list she is on. It now has a filed history of the four
months before it (`blind109_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which over half of its senders already write.

The hundred-and-tenth blind set (`blind110_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 27 March to 15 April 2044 (the Q1 numbers and the board
report, Easter week with half the office away, a large prospect's proof of concept, an
accessibility complaint from a key customer's employee, the summer intern programme, a security
patch rolled out to all customers, the .NET 8 migration's retrospective, a friend's 50th
birthday) of the inbox, without a filed history. Like blind11 to blind109 it carries real To and
Cc lines: about three in ten of its emails have the owner only in Cc and about one in nine goes to
a distribution list she is on. It now has a filed history of the four months before it
(`blind110_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-eleventh blind set (`blind111_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 17 April to 6 May 2044 (after Easter: the annual
general meeting held, the SOC 2 period-two fieldwork, a customer's CFO disputing an invoice, a new
product manager starting, the spring release's beta, the office move's plans, a partner's reseller
agreement renewed, the children's spring concert) of the inbox, without a filed history. Like
blind11 to blind110 it carries real To and Cc lines: about three in ten of its emails have the
owner only in Cc and about one in nine goes to a distribution list she is on. It now has a filed
history of the four months before it (`blind111_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The hundred-and-twelfth blind set (`blind112_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 8 to 27 May 2044 (the spring release shipped and a
label fault at the largest client's mill after it, a large renewal at risk, summer holiday
planning and the rota, a GDPR processor audit by the key bank customer, a senior developer's
resignation, the summer interns' start prepared, a supplier's price increase, the board meeting on
the half-year forecast, a daughter's graduation) of the inbox, without a filed history. Like
blind11 to blind111 it carries real To and Cc lines: a little under three in ten of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It now has
a filed history of the four months before it (`blind112_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-thirteenth blind set (`blind113_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 29 May to 17 June 2044 (early summer: the large renewal
won, the key bank customer's GDPR audit report, the board meeting held, the leaver's last day and
the interns' first week, the largest client's second mill taking the release, a hosted sign-in
outage and a bank's statement for its regulator, the .NET 8 migration closed, the SOC 2 audit
period ending, a daughter's graduation) of the inbox, without a filed history. Like blind11 to
blind112 it carries real To and Cc lines: about a quarter of its emails have the owner only in Cc
and about one in nine goes to a distribution list she is on. It is kept unscored until the next
change to the classifier, in `unseen`. It now has a filed history of the four months before it
(`blind113_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-fourteenth blind set (`blind114_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 19 June to 8 July 2044 (midsummer and the half-year
turn: the half-year close and the June salaries paid before Midsummer Eve, the largest client's
invoices stuck on the eve of its close and its database move in the summer stop prepared, the key
bank customer's accrual run blocked on the half-year's last day and an emergency change, SOC 2
period 2 closing with two exceptions, the supplier's price increase and its price lock offer, the
.NET 8 migration closed, the summer holidays beginning with their cover, a union negotiation
about on-call, a senior developer hired) of the inbox, without a filed history. Like blind11 to
blind113 it carries real To and Cc lines: about a quarter of its emails have the owner only in Cc
and about one in nine goes to a distribution list she is on. It was written to be kept unscored
until the next change to the classifier, in `unseen`. It now has a filed history of the four
months before it (`blind114_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-fifteenth blind set (`blind115_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 10 to 29 July 2044 (high summer: half the office and
the owner herself on holiday, the largest client's database move in its mill's summer stop and a
night's call to continue it, a payment fraud attempt in the owner's name, the hosted sign-in
certificate expiring on a Saturday, a supplier's price lock signed on its last day, payments
under the emergency rule while the finance manager is away, a resignation in the middle of the
summer, the interns' last weeks, a family week on Fårö) of the inbox, without a filed history.
Like blind11 to blind114 it carries real To and Cc lines: about a quarter of its emails have the
owner only in Cc and about one in nine goes to a distribution list she is on. It was written to
be kept unscored until the next change to the classifier, in `unseen`. It now has a filed history
of the four months before it (`blind115_history.yaml`: folder only, never measured), written
after it by another writer from the policy alone, in which about half of its senders already
write.

The hundred-and-sixteenth blind set (`blind116_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 31 July to 19 August 2044 (the return from the
holidays: the largest client after its summer stop, a late supplier specification and a mill
without its shift reports, the autumn priorities and a weighbridge quote, the draft SOC 2 report,
the Q3 pipeline and a large prospect's presentation prepared, a new customer's go-live saved over
a weekend, the key bank customer's SLA review, the half-year report and the board pack, the
summer interns finishing, the school year starting) of the inbox, without a filed history. Like
blind11 to blind115 it carries real To and Cc lines: about a quarter of its emails have the owner
only in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`. It now has a filed history of the
four months before it (`blind116_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-seventeenth blind set (`blind117_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 21 August to 9 September 2044 (late summer: the large
prospect's presentation in Malmö and its final round, a payroll fault in a release hitting a
customer's salaries on the morning of the key bank customer's SLA review, the signed SOC 2 report
and a storage token left in a public repository, the largest client's weighbridge order and its
news of a third site, the board meeting and the budget 2045 kick-off, a request to work abroad
for three months, a daughter moving away to study) of the inbox, without a filed history. Like
blind11 to blind116 it carries real To and Cc lines: about a quarter of its emails have the owner
only in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`. It now has a filed history of the
four months before it (`blind117_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-eighteenth blind set (`blind118_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 11 to 30 September 2044 (early autumn: the quarter's
close and a large order countersigned on its last morning, the 2045 budget with more heads asked
for than planned, the largest client's weighbridge order and a morning without goods receipts at
its gate, the third SOC 2 period's pen test and a critical finding fixed overnight, a release and
its hotfix for a customer's rejected orders, a union negotiation before the weekend on-call, a
customer threatening to leave, a conference season) of the inbox, without a filed history. Like
blind11 to blind117 it carries real To and Cc lines: about a quarter of its emails have the owner
only in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`. It now has a filed history of the
four months before it (`blind118_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-nineteenth blind set (`blind119_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 2 to 21 October 2044 (autumn: the largest client's
acceptance test signed by the owner herself when the project lead was called away, its new site's
date and a talk with its CIO in Luleå, the third SOC 2 period's fieldwork with a leaver exception
and the pen test report's management responses, a morning's hosted outage at the hosting provider
with the key bank customer's treasury waiting, a customer's board deciding to stay, the large
prospect's last number and its CFO's wish to meet, a renewal tender published, the budget 2045
approved and the Q3 report, an office lease, the salary review) of the inbox, without a filed
history. Like blind11 to blind118 it carries real To and Cc lines: about a quarter of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`. It now has a
filed history of the four months before it (`blind119_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-twentieth blind set (`blind120_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 23 October to 11 November 2044 (late autumn: the budget
2045 decided and year-end planning, the October salaries stopped at the bank's new limit, the
hosted month-end close crawling on 1 November while the head of support is on leave and the key
bank customer's root-cause report, the largest client's valuation stopped by test tickets and its
third site's budget price, the large prospect choosing Proseware and a liability clause the
evening before its CFO meeting, a developer's outside offer matched, the salary revision with the
union club, the All Saints' weekend) of the inbox, without a filed history. Like blind11 to
blind119 it carries real To and Cc lines: about a quarter of its emails have the owner only in Cc
and about one in nine goes to a distribution list she is on. It was written to be kept unscored
until the next change to the classifier, in `unseen`. It now has a filed history of the four
months before it (`blind120_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-twenty-first blind set (`blind121_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 13 November to 2 December 2044 (late autumn into
December: the year's last release breaking a Finnish customer's e-invoices the day before the
month-end close and a hotfix against a promise to the key bank customer, the board's last meeting
of the year with the downside scenario, the large prospect's contract workshop, reference visit
and signing date, the largest client's third site approved and its project lead named, a senior
developer hired within a week, a small customer leaving over the end of support, Black Friday and
the first Sunday of Advent) of the inbox, without a filed history. Like blind11 to blind120 it
carries real To and Cc lines: a little over a quarter of its emails have the owner only in Cc and
about one in nine goes to a distribution list she is on. It was written to be kept unscored until
the next change to the classifier, in `unseen`. It now has a filed history of the four months
before it (`blind121_history.yaml`: folder only, never measured), written after it by another
writer from the policy alone, in which about half of its senders already write.

The hundred-and-twenty-second blind set (`blind122_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 4 to 23 December 2044 (December: the largest
client's three-year frame agreement signed and its year-end stocktaking's on-call, the large
prospect's agreement approved by the board per capsulam and signed after its new CISO's demand
for the audit report, the key customer's renewal bid and the CEO's declaration found the evening
before, a food customer's Christmas orders stuck in the EDI import after a hotfix, the third SOC 2
period's last weeks, the board's December meeting, the December payroll paid early, a support
specialist's wish to work from Spain, Lucia and the Christmas dinner) of the inbox, without a
filed history. Like blind11 to blind121 it carries real To and Cc lines: about a quarter of its
emails have the owner only in Cc and about one in nine goes to a distribution list she is on. It
was written to be kept unscored until the next change to the classifier, in `unseen`. It now has a
filed history of the four months before it (`blind122_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-twenty-third blind set (`blind123_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 25 December 2044 to 13 January 2045 (the holidays
and the quiet week between them with out-of-office replies and holiday cover, the largest client's
year-end stocktaking and its weighbridge go/no-go, the third SOC 2 period's end and a consultant's
laptop stolen on the train, the fiscal year rollover failing on New Year's night, the key bank
customer's payment file rejected after its freeze, the large new customer's kick-off and its wish
for Danish payroll sooner, the key renewal tender's last clarification, a key developer's
resignation, the year-end close and the annual accounts' start) of the inbox, without a filed
history. Like blind11 to blind122 it carries real To and Cc lines: about a quarter of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`. It now has a
filed history of the four months before it (`blind123_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-twenty-fourth blind set (`blind124_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 15 January to 3 February 2045 (deep winter: the
largest client's weighbridge go-live and a scale's double tickets on its first day, the SOC 2
fieldwork and its representation letter, the key customer's renewal tender won and its contract,
the January month-end close jobs queuing overnight and the capacity bought within the hour, a
salary file rejected by the bank the day before pay day, the statutory year-end audit, the sales
kick-off and the first deals of the year, a key engineer's competing offer before the salary
talks, the winter sports week's plans, snow and the flu) of the inbox, without a filed history.
Like blind11 to blind123 it carries real To and Cc lines: about a quarter of its emails have the
owner only in Cc and about one in nine goes to a distribution list she is on. It was written to be
kept unscored until the next change to the classifier, in `unseen`. It now has a filed history of
the four months before it (`blind124_history.yaml`: folder only, never measured), written after it
by another writer from the policy alone, in which about half of its senders already write.

The hundred-and-twenty-fifth blind set (`blind125_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 5 to 24 February 2045 (late winter: the annual
report's drafts and the board's February meeting, the statutory auditor's memo, a buyer's
approach forwarded by the board chair, a port tender and the first quarter's pipeline, the largest
client's third site started up in Skellefteå and its rolling mill standing for six hours on an
expired certificate, a researcher's report of a flaw in the customer portal, a customer in company
reconstruction, a key engineer's counter-offer decided overnight, the salary revision's letters,
February colds and the winter sports week coming) of the inbox, without a filed history. Like
blind11 to blind124 it carries real To and Cc lines: about a quarter of its emails have the owner
only in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`. It now has a filed history of the
four months before it (`blind125_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-twenty-sixth blind set (`blind126_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 26 February to 17 March 2045 (the end of winter:
the winter sports week with the owner at the family's cabin and a thin support desk, e-invoices
stuck at the access point and late fees promised within the hour, the largest client's purchasing
disputing the price index in its frame agreement, the SOC 2 draft shown at a new customer's annex
review and the report signed, the annual report signed at the board and the AGM's notice, the
statutory auditor's management letter and a fake bank-detail change stopped by the bank's fraud
desk the week after, a foundry's tender, spring hiring and the pay survey on International
Women's Day) of the inbox, without a filed history. Like blind11 to blind125 it carries real To
and Cc lines: a little over a quarter of its emails have the owner only in Cc and about one in
nine goes to a distribution list she is on. It was written to be kept unscored until the next
change to the classifier, in `unseen`. It now has a filed history of the four months before it
(`blind126_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-twenty-seventh blind set (`blind127_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 19 March to 7 April 2045 (early spring: the first
quarter's close and its figures, a release that stopped 31 customers' quarter close and was rolled
back the same morning, the pen test's week and a high finding fixed in two days, the SOC 2 report
delivered to customers with a bridge letter, the hosting provider's three-year offer decided on its
last day, the largest client's confidential fourth site, a Finnish deal signed before Easter with a
discount only the owner could give, a buyer's renewed approach, the AGM's papers, spring
conferences, a project manager's parental leave, and Easter plans and the children's Easter break)
of the inbox, without a filed history. Like blind11 to blind126 it carries real To and Cc lines:
about a quarter of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`. It now has a filed history of the four months before it
(`blind127_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-twenty-eighth blind set (`blind128_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 9 to 28 April 2045 (spring, from Easter Day to the
day before the Walpurgis weekend: the largest client's mill refusing every coil report after a
firmware change in its maintenance stop and a go-live date asked of the CEO before the summer
stop, payment reminders sent twice to hosted customers' own customers, a discount beyond the head
of sales' mandate decided within hours, the foundry's tender won, the AGM and the first quarter's
figures to the board and the investors' interim review, the summer holiday planning and the
support desk's summer weeks, spring hiring and two graduate offers, the conference season and the
new customers' go-lives before summer) of the inbox, without a filed history. Like blind11 to
blind127 it carries real To and Cc lines: a little over a quarter of its emails have the owner
only in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`. Its writer, against the brief, saw
the subjects of the ten newest commits, one of which names the kinds of mistakes reworks 94 to 102
mended ("escalations, tool boards, payroll exports, lures, bookings"); no code and no score. It
now has a filed history of the four months before it (`blind128_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-twenty-ninth blind set (`blind129_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 30 April to 19 May 2045 (late spring, from
Walpurgis Eve to the bridge day after Ascension Day: the largest client's purchase of a fourth
site in Norway announced with a quote from the owner, a second signature asked inside a fixed
price before the summer stop, a new customer's go-live split between Sweden in June and Denmark
in September the night before its steering group, an API certificate expired on the morning of
the key bank customer's DORA audit, a payment run stopped by the bank because a look-alike's
Bankgiro had reached the supplier register, the first quarter's report to the board and the
shareholders, the summer holiday lists and the summer desk, student placements, spring hiring,
the first Norwegian tender, and garden and family plans) of the inbox, without a filed history.
Like blind11 to blind128 it carries real To and Cc lines: about a quarter of its emails have the
owner only in Cc and about one in nine goes to a distribution list she is on. It was written to
be kept unscored until the next change to the classifier, in `unseen`. It now has a filed history
of the four months before it (`blind129_history.yaml`: folder only, never measured), written after
it by another writer from the policy alone, in which about half of its senders already write.

The hundred-and-thirtieth blind set (`blind130_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 21 May to 9 June 2045 (early summer, from the week of a
conference panel and the auditors' interim testing to the summer party: the largest client's
quality module brought to its go-live with a dress rehearsal on the National Day evening that
needed the CEO's word by the next morning, a new customer's go-live morning with its CFO ready to
stop it, a project manager's handover before his parental leave, the key bank customer's audit
report and its responses, e-invoices to public-sector buyers refused by a new rule, a senior
developer's resignation, the summer interns' contracts, the pre-summer board meeting with its CEO
letter and pack, the 2046 price list, the salary review, graduations and midsummer plans) of the
inbox, without a filed history. Like blind11 to blind129 it carries real To and Cc lines: a little
over a quarter of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`. It now has a filed history of the four months before it
(`blind130_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-thirty-first blind set (`blind131_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 11 to 30 June 2045 (midsummer and the half-year's
end, from the largest client's go-live morning to the half-year's last day: the quality module's
hypercare with a night's stop of the certificate queue and trucks at the gate two days after the
go-live, the fourth site's fit-gap workshop, the key bank customer's salary files refused by the
API on the day before midsummer pay day with a DORA classification waiting on the CEO's word, the
new credit facility nearly lapsing at the half-year, a discount beyond the head of sales' mandate
that decides the quarter's target, the leaving developer's handover and a final interview, the
summer interns at work, the union club's salary review agreed, summer holiday cover and the first
out-of-office replies, and midsummer and boat plans) of the inbox, without a filed history. Like
blind11 to blind130 it carries real To and Cc lines: a little over a quarter of its emails have
the owner only in Cc and about one in nine goes to a distribution list she is on. It was written
to be kept unscored until the next change to the classifier, in `unseen`. It now has a filed
history of the four months before it (`blind131_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The hundred-and-thirty-second blind set (`blind132_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 2 to 21 July 2045 (high summer, from the first day
of the summer release freeze to the owner's first week on holiday: the largest client's last
shipments before its summer stop saved by a change in the freeze on the CEO's written word, a
freeze exception signed for the maintenance stop, the fourth site's fit-gap estimate, the key bank
customer's payments stuck on a holiday Monday with a rollback and the cause in writing, a customer
CEO without an answer from the thin summer desk, the first Norwegian tender and a German contract
won in a quiet sales month, a discount beyond the mandate, the half-year's preliminary figures and
close, the payroll with holiday pay stopped by the bank and signed again from a boat, a buyer back
through the chair, the leaving senior developer's handover and his successor's shortlist, the
salary review's protocol, holiday cover and out-of-office replies, sailing, the summer cottage and
a sailing camp) of the inbox, without a filed history. Like blind11 to blind131 it carries real To
and Cc lines: about a quarter of its emails have the owner only in Cc and about one in nine goes to
a distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`. It now has a filed history of the four months before it
(`blind132_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-thirty-third blind set (`blind133_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 23 July to 11 August 2045 (the depth of the Swedish
summer, from the owner's week at the cottage to her first week back: the largest client's restart
after its summer stop, with the first heats certified with July's lab values, the CIO's call for
the CEO's word by noon, the fix and the written cause, the fourth site's estimate too large for the
client's investment committee and split in two phases, single sign-on down for two hours on the
first workday of August with a customer's July close waiting, a look-alike invoice's bankgiro
caught by the bank's fraud desk in the day's payment run, the key bank customer's risk committee,
Fabrikam's Danish bank test and go/no-go, the July close and the CEO's comment in the half-year
report, a buyer asking for a date through the chair, the senior developer's successor in a second
round, a Norwegian sales role, skeleton crews, holiday cover and out-of-office replies both ways,
people back in August, crayfish parties and the cottage) of the inbox, written without a filed
history. Like blind11 to blind132 it carries real To and Cc lines: about a quarter of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`. It now has a
filed history of the four months before it (`blind133_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-thirty-fourth blind set (`blind134_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 13 August to 1 September 2045 (back from the
summer: the largest client's mill restarting after its stop and standing for six hours on a
certificate the restart test missed, with the CEO's written yes to an emergency change, the third
site's start in Skellefteå and the fourth site's approval, project lead and start day in Mo i Rana,
a customer's payroll export sent to another customer with the CEO's call before 10:00, the Danish
go-live of a new customer with a go or no-go wanted the day before, the board's autumn meeting on
the budget frame and the Q3 forecast, the sales pipeline waking up with a price lock beyond the
mandate and a trade fair booked, a Customer Success team formed after a union negotiation, the
leaving senior developer's last week and his successor's references, salary and offer, new hires
starting, the audit's fieldwork planned and the pen test order about to expire, a daughter's
first day in year 7 and another's move to Lund) of the inbox, without a filed history. Like
blind11 to blind133 it carries real To and Cc lines: a little over a quarter of its emails have
the owner only in Cc and about one in nine goes to a distribution list she is on. It was written
to be kept unscored until the next change to the classifier, in `unseen`, without seeing the
classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind134_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-thirty-fifth blind set (`blind135_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 3 to 22 September 2045 (early autumn at full speed:
the largest client's steering committee after the summer, with the CIO's call the evening before
to keep a 9 % from the printed 2046 slide and his group CFO's wish for a three-year frame, the
fourth site's Norwegian payroll reporting built or bought from a partner, the key bank customer's
supplier review and its salary files stopped by a release two days before its cut-off, the
partner day and the LP day, the budget frame letter and the kick-off, the auditor's walkthrough of
the emergency change and whether it is an exception, the Q3 close with discounts beyond the
mandate and a tender won, a payroll file rejected by the bank on the last morning, an external
review for a customer after a data incident, new hires in their first weeks and a Norwegian role
recruited, a buyer asking to meet, a daughter in her first weeks in Lund and the boat hauled out)
of the inbox, without a filed history. Like blind11 to blind134 it carries real To and Cc lines:
about a quarter of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log.
It now has a filed history of the four months before it (`blind135_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half of
its senders already write.

The hundred-and-thirty-sixth blind set (`blind136_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 24 September to 13 October 2045 (the third
quarter's close and the fourth's start: the largest client's quarter-end inventory valuation
stuck on the first workday of October with its group report waiting, the fourth site's Norwegian
payroll estimate grown past the call-off and the client's 2046 budget, the SOC 2 pen test window
with a critical finding fixed the same night and the fieldwork's last evidence, the customer
upgrade weekends and a partner's claim for the extra hours, quarter-end deals with a discount
beyond the mandate and a won tender, a customer CFO's slow quarter close before her renewal, the
external review after a customer's data incident, the budget for 2046 taking shape for the board
with a buyer asking again through the chair, the salary revision and the autumn check-ins, a
Norwegian sales role's interviews, a trade fair and autumn conferences, and the autumn half-term
planned at home) of the inbox, written without a filed history. Like blind11 to blind135 it
carries real To and Cc lines: a little over a quarter of its emails have the owner only in Cc and
about one in nine goes to a distribution list she is on. It was written to be kept unscored until
the next change to the classifier, in `unseen`, without seeing the classifier's code, tests,
results or the commit log. It now has a filed history of the four months before it
(`blind136_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-thirty-seventh blind set (`blind137_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 15 October to 3 November 2045 (mid-autumn: the SOC 2
fieldwork with a sample of leavers' accounts still active and the CEO's management response wanted
overnight, the pen test's draft report and its responses, the largest client's third site live with
nesting, its fourth site's first parallel payroll run and a three-year price frame with its cap
negotiated into an amendment for the steering committee, the clock change doubling a customer's
night-shift hours the morning after his upgrade weekend with his payroll due at noon and the CTO
away, a foundry's CEO against the end of 4.8 support, the 2046 budget built from minus SEK 2.1 m
for the board with a buyer's indicative offer through the chair, the covenant certificate nearly
late, the October close, the sales pipeline before the year-end with the 2046 price list and a
prospect's family who want to meet the CEO, the external review's final report and the key bank
customer's exit terms, the Norwegian role filled and a developer's resignation, autumn colds and a
half-term week with the children) of the inbox, written without a filed history. Like blind11 to
blind136 it carries real To and Cc lines: a quarter of its emails have the owner only in Cc and
about one in nine goes to a distribution list she is on. It was written to be kept unscored until
the next change to the classifier, in `unseen`, without seeing the classifier's code, tests,
results or the commit log. It now has a filed history of the four months before it
(`blind137_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-thirty-eighth blind set (`blind138_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 5 to 24 November 2045 (late autumn: the board's
budget meeting for 2046, made unanimous the evening before by a gate on the last four hires, and
the buyer asking again through the chair afterwards; the largest client's plans for next year,
with a fifth site in Finland, one tenant and a new line in Gdańsk, its 4 % index cap against the
general 2046 price notice and its Polish mill's month-end invoices rejected by the national
e-invoice system; the SOC 2 draft report with two exceptions and management's responses; the
year's last customer upgrades before 4.8's end of support; year-end deals and renewals pushing
back on the 2046 price increase; a wholesale customer's Black Friday; performance reviews, a pay
survey and a team lead's title, a Norwegian payroll consultant hired and the hiring plan for
2046; the Christmas party, gifts and cards planned, the first snow and the family's Advent) of
the inbox, written without a filed history. Like blind11 to blind137 it carries real To and Cc
lines: a little over a quarter of its emails have the owner only in Cc and about one in nine
goes to a distribution list she is on. It was written to be kept unscored until the next change
to the classifier, in `unseen`, without seeing the classifier's code, tests, results or the
commit log. It now has a filed history of the four months before it
(`blind138_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-thirty-ninth blind set (`blind139_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 26 November to 15 December 2045 (early winter: the
first SOC 2 Type II report issued on 8 December, with the representation letter signed ninety
minutes before the partner's deadline, the bridge letter and the engagement for 2046; the largest
client's answer on its fifth site, the planning workshop of 12 December and an Oulu pre-study
order to sign before the client's year-end freeze, with its CFO's question at 07:20 on the last
morning; the fourth site's clean parallel run before its first live Norwegian payroll; the year's
last release, 2045.9.0, and the stock valuation it broke for a customer on the morning of his
stocktake; the last 4.8 installations before the end of support; the replies to the 2046 price
notice and the customers prepaying at old prices; year-end deals and renewals signed before
Christmas; a customer's claim for a lost Black Friday; the key bank customer's DORA addendum; the
credit line for 2046, the November close and a buyer's first meeting through the chair; the 2046
salary revision, the union's on-call agreement, a returning developer and the year's reviews;
Lucia, the Christmas party, cards and gifts, Advent and snow) of the inbox, written without a
filed history. Like blind11 to blind138 it carries real To and Cc lines: a quarter of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`, without seeing
the classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind139_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-fortieth blind set (`blind140_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 17 December 2045 to 5 January 2046 (the holidays: the
largest client's year-end stocktaking at two mills and its Halvfors mill left without opening
balances by the year rollover on New Year's night, with the CIO wanting the CEO's answer on New
Year's Day, the letter of intent for its Finnish service centre and the fourth site's first live
Norwegian payroll; the cloud tenants' rollover running six hours late and the key bank customer's
questions under DORA; 4.8's end of support on 31 December with the last silent customer called and
the Danish partner's terms for 2046; the SOC 2 report's date, the customer's bridge letter and the
second period's engagement; the last signatures of the year, a new customer's order minutes from
its budget's end and the payroll file rejected on the eve of Christmas pay; the credit line, the
buyer's question through the chair and the board's dates for 2046; the code freeze with a tax
table exception and a quiet Christmas night on call; the salary revision, a replacement against
the hiring gate and a new account manager's first day; out-of-office replies and holiday cover;
and the family's Christmas and New Year) of the inbox, written without a filed history. Like
blind11 to blind139 it carries real To and Cc lines: a quarter of its emails have the owner only
in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`, without seeing the classifier's
code, tests, results or the commit log. It now has a filed history of the four months before it
(`blind140_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-forty-first blind set (`blind141_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 7 to 26 January 2046 (midwinter: the first release of
the year, 2046.1.0, which stopped the largest client's shift reports on its first morning and
dropped a customer's benefits from her annual statements; the first SOC 2 Type II report issued
on 12 January and a customer CISO's vendor board; the last customers off 4.8; the key bank
customer's rollover night classified as a major incident under DORA and the final incident report
signed on its last day; the largest client's Oulu order form, its fourth site's first live
Norwegian payroll and its board's yes to three more years; the sales kick-off and the 2046
targets, a notice over the price notice withdrawn and a Norwegian prospect's CEO; the 2045 close,
the statutory auditor's fieldwork and the board's first meeting of the year with the buyer on its
agenda; the salary revision agreed with the union club, a leaving developer and a parental leave;
flu, snow, Tjugondag Knut and a skiing weekend) of the inbox, written without a filed history.
Like blind11 to blind140 it carries real To and Cc lines: a quarter of its emails have the owner
only in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`, without seeing the classifier's
code, tests, results or the commit log. It now has a filed history of the four months before it
(`blind141_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-forty-second blind set (`blind142_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 28 January to 16 February 2046 (late winter: the
annual report for 2045, the statutory auditor's questions, the Q4 figures and the board meeting of
15 February that approves the accounts, with a corrected board pack at 16:00 and the buyer's
investment committee ahead; the largest client's spring plans, with the Oulu team from 1 March,
the Gdańsk line's May weekend, the extension agreement to sign and the February invoices above
its price cap; release 2046.2.0 and the mill test certificates it stopped at the client's mill on
a Friday morning; the 2046 price increase on the first invoices, with bounced notices and a cap
for 2047 asked for; the key bank customer's service review actions and its DORA change
procedure; the last extended-support upgrades; the SOC 2 exception's remediation and the pen
test; the salary revision with the union club, an improvement plan and a parental leave;
Fettisdagen and the Sami National Day, a conference panel in Amsterdam and a kick-off in
Dortmund, Valentine's Day and the family's sportlov week planned) of the inbox, written without a
filed history. Like blind11 to blind141 it carries real To and Cc lines: a quarter of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`, without seeing
the classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind142_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-forty-third blind set (`blind143_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 18 February to 9 March 2046 (late winter into early
spring: the annual report signed and sent to the auditor, the audit report and the AGM notice; the
largest client's Oulu team starting on 1 March, its budget cut and phase 2 before its board;
release 2046.3.0 and the key bank customer's period close slowed by it; the buyer's yes to due
diligence; the February close and the first quarter's forecast; the pen test's critical finding,
its report and the SOC 2 second period; renewals and the price increase's last objections;
hiring for spring, a resignation and an offer to sign; the family's sportlov week at the cabin,
which the owner half works through, and International Women's Day) of the inbox,
written without a filed history. Like blind11 to blind142 it carries real To and Cc lines: about
a quarter of its emails have the owner only in Cc and about one in nine goes to a distribution
list she is on. It was written to be kept unscored until the next change to the classifier, in
`unseen`, without seeing the classifier's code, tests, results or the commit log. It now has a
filed history of the four months before it (`blind143_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The hundred-and-forty-fourth blind set (`blind144_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 11 to 30 March 2046 (early spring around Easter:
the AGM of 15 March and the annual report for 2045 filed before Easter, the Q1 close and the
quarter-end cash, the chair's questions for the April board and the credit line's renewal;
release 2046.4.0 in two waves, with a Finnish tax table let in after the freeze and the key bank
customer's quarter-end accrual export broken by a shared reporting service, fixed in a day; the
largest client's Gdańsk go-live in May without the scales, its Oulu pre-study and its Norwegian
site's March payroll rejected by the bank's new file format on payday; the salaries attested an
hour before the cut-off before Good Friday; the second SOC 2 Type II period with the Availability
criterion, the pen test's final report and a customer's bridge letter; the last customer on
extended support and the old support portal's closing; Fabrikam's Denmark, a discount to close
the quarter and the customer day; the summer vacation planning, the summer interns, an offer to
the Oulu support consultant and the Easter on-call pay; short weeks, out-of-office replies and
Easter with the family) of the inbox, written without a filed history. Like blind11 to blind143
it carries real To and Cc lines: a quarter of its emails have the owner only in Cc and about one
in eight goes to a distribution list she is on. It was written to be kept unscored until the next
change to the classifier, in `unseen`, without seeing the classifier's code, tests, results or
the commit log. It now has a filed history of the four months before it (`blind144_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
about half of its senders already write.

The hundred-and-forty-fifth blind set (`blind145_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 1 to 20 April 2046 (spring, the first weeks of Q2:
April Fools' Day on a Sunday, the Q1 close and its figures, the annual report registered and a
look-alike's fee for it, the board pack for the board of 26 April with the chair's paragraph on a
lost deal asked for on the morning it went out, the credit line's new margin; the largest
client's Gdańsk go-live without the scales, the steering committee in Gdańsk and the test week of
16-19 April with its coil labels stopped on the second morning; release 2046.4.0's second wave and
a customer's delivery notes after it, release 2046.5.0 in one wave; the SOC 2 second period's
amended engagement letter, interim request list and tabletop exercise; the last customer on
extended support moved to .NET 8 and the migration closed; the first quarter's renewals, a lost
renewal and a lost deal, a Norwegian prospect's visit and the customer day of 19 April; the key
bank customer's quarterly review and its renewal; the summer interns' contracts, the summer
vacation plan due, a posting in Finland extended; the office's spring cleaning, pollen and the
first warm days, and the family's spring trip to Copenhagen) of the inbox, written without a
filed history. Like blind11 to blind144 it carries real To and Cc lines: a little under three in
ten of its emails have the owner only in Cc and about one in nine goes to a distribution list she
is on. It was written to be kept unscored until the next change to the classifier, in `unseen`,
without seeing the classifier's code, tests, results or the commit log. It now has a filed history
of the four months before it (`blind145_history.yaml`: folder only, never measured), written after
it by another writer from the policy alone, in which about half of its senders already write.

The hundred-and-forty-sixth blind set (`blind146_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 22 April to 11 May 2046 (late spring with short
weeks: Valborg's half day, 1 May, Ascension Day and the bridge day after it; the largest client's
Gdańsk go-live on 16-17 May, its final rehearsal on 5-6 May with a stock balance off on the Sunday
night and its root cause found by noon, the go/no-go invited and the CIO's wish that the owner be
at the mill on the go-live night; release 2046.6.0 before the May holidays and a deploy freeze
over them; the Q1 report to investors, the board of 26 April and the supplier payments attested
before Valborg's early cut-off; the key bank customer's April month-end job stopped by the 1 May
holiday and its DORA register; the second SOC 2 period's failing access review, request list and
interim fieldwork from 14 May; the end of extended support for 4.8 and the migration's close-out;
spring deals, Contoso's shortlist and the Process & Metall trade fair in Västerås; the summer
vacation plans, the summer interns' contracts, a developer's outside offer and the summer closing
put to the union club; Valborg's bonfire and spring with the family) of the inbox, written without
a filed history. Like blind11 to blind145 it carries real To and Cc lines: a quarter of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`, without seeing
the classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind146_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-forty-seventh blind set (`blind147_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 13 May to 1 June 2046 (early summer: Whitsun, Norway's 17
May at the largest client's Norwegian site and Corpus Christi in Poland; the largest client's Gdańsk
go-live on 16-17 May, with the transfer orders to the finishing line stopped on its first morning
and the owner's own call asked before 08:00, its first two weeks of hypercare and a week more asked
for; release 2046.7.0 in late May and the key bank customer's single sign-on broken by it on its
month-end morning; the April close, the Q2 forecast for the board and the chair's ARR figure on the
morning of the investors' call; the SOC 2 second period's fieldwork, a leaver exception and a
failover test for Availability; Contoso's best and final offer and a Polish prospect's reference
visit; summer hires starting, the support's summer on-call and the summer vacation rota settled; the
children's end of term approaching and the first swim of the year) of the inbox, written without a
filed history. Like blind11 to blind146 it carries real To and Cc lines: a quarter of its emails
have the owner only in Cc and about one in eight goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`, without seeing the
classifier's code, tests, results or the commit log. It now has a filed history of the four months
before it (`blind147_history.yaml`: folder only, never measured), written after it by another writer
from the policy alone, in which about half of its senders already write.

The hundred-and-forty-eighth blind set (`blind148_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 3 to 22 June 2046 (early summer before the
holidays: the National Day on Wednesday 6 June and Midsummer Eve on Friday 22 June; the largest
client's first month-end in Gdańsk with its inventory valuation stopped, the end of hypercare and
the acceptance certificate, the Oulu phase 2 order, the mills' summer stop and release 2046.8.0
installed in it; release 2046.8.0 as the last before the summer freeze; the board of 12 June and
its CEO letter, the half-year close ahead and the June salaries approved before Midsummer; the
SOC 2 second period's two interim exceptions and their management responses; the migration's
close-out for the board and the Danish partner's CoreWCF question; Contoso's best and final offer
and its preferred-vendor decision, the Norwegian customer signed, the German reseller's steelmaker,
the key bank customer's renewal agreement; the summer support rota and the bank's named contacts;
the summer interns' first weeks, the summer closing's protocol, an offer letter and the salary
review; a graduation, the school year's end, vacation handovers and out-of-office replies, and
Midsummer with the family) of the inbox, written without a filed history. Like blind11 to blind147
it carries real To and Cc lines: a little over a quarter of its emails have the owner only in Cc
and about one in nine goes to a distribution list she is on. It was written to be kept unscored
until the next change to the classifier, in `unseen`, without seeing the classifier's code, tests,
results or the commit log. It now has a filed history of the four months before it
(`blind148_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-forty-ninth blind set (`blind149_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 24 June to 13 July 2046 (the last weeks before the
Swedish summer holidays: the half-year's last working day on Friday 29 June and its end on
Saturday 30 June, the US Independence Day on Wednesday 4 July; the largest client's coils held by
the new receipt check on the half-year's last day and the owner's own OK asked before 10:00, the
acceptance certificate countersigned and the go-live milestone invoiced and paid, the mills'
summer stop from 9 July with hotfix 2046.8.1 planned for its week 29 window, a third mill's first
range; the summer release freeze in force and one hotfix through it; the key bank customer's
half-year regulatory report empty on its filing day, its renewal signed and its second line's
questions; the SOC 2 second period's end on 30 June, the closing walkthrough and the
representation letter; the half-year close and the Q2 figures starting, the chair's H1 flash and
the bank's covenant certificate; Contoso's contract draft, its liability cap and its signature
wanted before its CFO's holiday, a discount above a seller's mandate and an American prospect's
Fourth of July; the summer interns' middle weeks, the salary review's letters, handover notes,
out-of-office replies and the support rota's week without anyone for the bank integrations; the
owner's own holiday planned to start after the stretch, the family's boat, the ferry to Gotland
and the grandmother's summer house) of the inbox, written without a filed history. Like blind11 to
blind148 it carries real To and Cc lines: a little over a quarter of its emails have the owner
only in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`, without seeing the classifier's
code, tests, results or the commit log. It now has a filed history of the four months before it
(`blind149_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-fiftieth blind set (`blind150_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 15 July to 3 August 2046 (high summer, the Swedish
holidays: the owner on vacation on Fårö with her out-of-office on, reading her mail, a skeleton
staff and an on-call engineer; the largest client's summer stop with release 2046.8.0 installed in
it, its restart test blocked by the new receipt check and hotfix 2046.8.3 as the summer freeze's
one exception, the Oulu phase 2 kick-off and the Luleå pre-read; a storage fault at the hosting
provider on a Saturday night and the key bank customer's empty month-end file on 31 July, with its
DORA root cause; the July payroll attested from the holiday, the Q2 close, the half-year report's
draft and the board call ahead; the SOC 2 period 2 draft report and management assertion;
Contoso's master agreement markup and its promise, a Swiss prospect before Switzerland's national
day, a Finnish prospect's board; the support's autumn reorganisation, the salary review and a
team lead's interviews; the autumn roadmap starting to form; out-of-office replies, newsletters,
phishing and a prompt injection; sailing, the ferry home, a sailing camp and the crayfish season
ahead) of the inbox, written without a filed history. Like blind11 to blind149 it carries real To
and Cc lines: a little over a quarter of its emails have the owner only in Cc and about one in
eight goes to a distribution list she is on. It was written to be kept unscored until the next
change to the classifier, in `unseen`, without seeing the classifier's code, tests, results or the
commit log. It now has a filed history of the four months before it (`blind150_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
about half of its senders already write.

The hundred-and-fifty-first blind set (`blind151_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 5 to 24 August 2046 (back from the Swedish summer:
the owner back from her holiday on Monday 6 August and the largest client's mills restarting that
day, the Polish Assumption Day on Wednesday 15 August at its Gdańsk plant, with goods receipts
stopped by an expired gateway certificate on the holiday shift; the Oulu phase 2 kick-off, the
restart days' billing and a Luleå proposal asked after a lunch; the summer freeze lifted and the
first release after it, 2046.9.0, with a packaging customer's labels broken the morning after; the
half-year report, the revised forecast and the board pack for the board's August call, the August
payroll moved forward by the weekend and its file rejected by the bank; the SOC 2 second period's
assertion signed, its report issued and a bridge letter to a customer, the third period's
monitoring; Contoso's master agreement settled and signed, a Finnish prospect's board saying yes,
the autumn's sales push and pipeline review, a fair booked for the autumn; the support's two teams
after the union's consultation and a team lead hired; the summer interns' last days and the autumn
hires starting; the school start, an older daughter's student room and the crayfish parties) of
the inbox, written without a filed history. Like blind11 to blind150 it carries real To and Cc
lines: a little over a quarter of its emails have the owner only in Cc and about one in eight goes
to a distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log.
It now has a filed history of the four months before it (`blind151_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half
of its senders already write.

The hundred-and-fifty-second blind set (`blind152_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 26 August to 14 September 2046 (early autumn in full
swing: the month-end on Friday 31 August and the Swedish general election on Sunday 9 September;
the largest client's August close with 212 transfer coils valued at zero and the owner's own OK to
a correction script asked before 10:00, the Luleå phase 0 outline, its promise and its yes, the
autumn stop's change request; the board's strategy day with the chair's three options, the
year-end forecast, the board minutes, the bank's credit review and the August VAT; the SOC 2 third
period's first evidence requests, the policy's yearly approval, the 2047 pen test and Fabrikam's
CISO's questions on the exceptions; Fabrikam's three-year renewal negotiated from 18 % to 12 % and
its order form signed at the last moment; the customer advisory board, Nordic Metal Days and
EuroBLECH, a Norwegian prospect's CEO; release 2046.10.0 and the key bank customer's report timing
out after it; the first autumn storm with the hosting provider on generator; the autumn
development talks, the support team lead hired, the union's negotiation on two raises; the
parents' meeting, the floorball fee, a driving test, chanterelles and the election) of the inbox,
written without a filed history. Like blind11 to blind151 it carries real To and Cc lines: a
quarter of its emails have the owner only in Cc and about one in eight goes to a distribution list
she is on. It was written to be kept unscored until the next change to the classifier, in
`unseen`, without seeing the classifier's code, tests or results; the writer read no commit
message on purpose, though the subjects of the five newest commits passed once on the screen with
the branch's status. It now has a filed history of the four months before it
(`blind152_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-fifty-third blind set (`blind153_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 16 September to 5 October 2046 (early autumn: the
month-end and the quarter's last working day on Friday 28 September, Q3's end on Sunday 30
September; the largest client's steering committee, the Luleå phase 0's names, promise and
purchase order draft, the Q3 valuation run and a failed dry run of 2046.10.0 before the autumn
stop, with the owner's own 'go or postpone' asked by 16:00 and withdrawn the same evening; the key
bank customer's three-year renewal terms, its incident classified as major under DORA and its
quarter-end batch stuck on 1 October before a filing; release 2046.10.1; the SOC 2 third period's
interim fieldwork planned, the access review and the policy's acknowledgement; the migration's
last customer and its budget closed; the advisory board, Nordic Metal Days, EuroBLECH, the 2047
price list; the Q3 close and its first figures, the investor committee's questions, the September
payroll before the bank's cut-off, the 2047 budget's start, the credit facility renewed; a team
lead's yes, the union's negotiation and its minutes, the new hires' first weeks and the
development talks; the new government, the first cold mornings, a floorball cup and winter tyres)
of the inbox, written without a filed history. Like blind11 to blind152 it carries real To and
Cc lines: a little under three in ten of its emails have the owner only in Cc and about one in
eight goes to a distribution list she is on. It was written to be kept unscored until the next
change to the classifier, in `unseen`, without seeing the classifier's code, tests, results or
the commit log. It now has a filed history of the four months before it
(`blind153_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write (that writer saw the subjects
of the five newest commits once, before reading the brief, and read no commit message).

The hundred-and-fifty-fourth blind set (`blind154_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 7 to 26 October 2046 (mid-autumn, dark mornings and
the first snow in the north, the clocks going back on the Sunday after it and the children's
autumn break in week 44 ahead: the largest client's autumn stop with 2046.10.0 installed in it and
a restart morning lost to an open maintenance entry, the client CIO's ask for the owner's own
account, the Oulu training and the Luleå phase 0 order; the SOC 2 third period's fieldwork with
the management interview, a leaver exception and an overdue access review; the migration's final
cost; the key bank customer's regulator asking about the September incident, with its deadline
moved to the next morning and a four-hour notice commitment asked of the owner; release 2046.11.0
and a missing index paged at night; the Q3 report to the board and the investors, the 2047
budget's first draft, the board meeting and the bank's renewed facility; the salary review's
aftermath and a senior developer hired; a tender closing at noon, the 2047 price letter and a won
deal) of the inbox, written without a filed history. Like blind11 to blind153 it carries real To
and Cc lines: a little over a quarter of its emails have the owner only in Cc and about one in
eight goes to a distribution list she is on. It was written to be kept unscored until the next
change to the classifier, in `unseen`, without seeing the classifier's code, tests, results or the
commit log. It now has a filed history of the four months before it (`blind154_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
about half of its senders already write (that writer saw the subjects of the ten newest commits
once, before reading the brief, and read no commit message).

The hundred-and-fifty-fifth blind set (`blind155_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 28 October to 16 November 2046 (late autumn, the
clocks gone back, the children's autumn break in week 44, All Saints' Day on Saturday 3 November
with a half day before it, Father's Day on Sunday 11 November and the first snow in the north:
the largest client's Luleå phase 0 on site and the Oulu training, the client CIO's ask for the
owner's outline of phase 1 and his yes or no on the price index before his board, the 2047 frame
agreement's redlines and the Christmas stop's restart staffed; the SOC 2 third period's draft
findings and management responses, the pen test's kick-off; the migration's project code closed
and its lessons learned; a Swiss prospect's conditional yes, a reseller's promised dates and the
Q4 commit; the key bank customer's year-end freeze, its contract amendment and a wrong rounding on
its interest letters with a decision asked by 11:00; the 2047 budget's second round with the
board and a rented team weighed against two hires; the autumn's hires starting, a union
consultation on the support teams' hours and a second compliance analyst) of the inbox, written
without a filed history. Like blind11 to blind154 it carries real To and Cc lines: a little over
a quarter of its emails have the owner only in Cc and about one in nine goes to a distribution
list she is on. It was written to be kept unscored until the next change to the classifier, in
`unseen`, without seeing the classifier's code, tests, results or the commit log. It now has a
filed history of the four months before it (`blind155_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The hundred-and-fifty-sixth blind set (`blind156_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 18 November to 7 December 2046 (early winter, snow
and dark afternoons, the US customers' Thanksgiving and Black Friday, the first Sunday of Advent:
the largest client's year-end freeze from 14 December, its auditors wanting the revaluation fix
before the stock count and the CIO asking the owner's written commitment to an installation
window by 14:00, the Luleå phase 0 findings and the 2047-2049 frame agreement's first draft; the
SOC 2 third period nearing its end with the draft observations, the access review and the
representation letter; the migration's closing report; a price freeze, a year-end discount, a
US expansion order over Thanksgiving and the 2047 quotas; the key bank customer's year-end cover,
its amendment and a year-end rehearsal's batch stopped with the window closing at noon; release
2046.12.0 and the holiday on-call rota; the 2047 budget approved by the board, the November
payroll before the bank's cut-off, the year-end close's timetable; the spring recruiting, the
Christmas leave and the Christmas party) of the inbox, written without a filed history. Like
blind11 to blind154 it carries real To and Cc lines: a little over a quarter of its emails have
the owner only in Cc and about one in nine goes to a distribution list she is on. It was written
to be kept unscored until the next change to the classifier, in `unseen`, without seeing the
classifier's code, tests, results or the commit log. It now has a filed history of the four months
before it (`blind156_history.yaml`: folder only, never measured), written after it by another
writer from the policy alone, in which about half of its senders already write.

The hundred-and-fifty-seventh blind set (`blind157_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 9 to 28 December 2046 (the run-up to Christmas and
the quiet days after, Lucia, Christmas Eve, Christmas Day and Boxing Day: the largest client's
installation before its freeze, the steering committee's minutes with the owner's commitment to a
Luleå offer, an emergency change in the freeze with the CIO asking her written confirmation before
12:00, the stock count's preparations and the restart after the Christmas stop; the SOC 2 third
period's last weeks with the bridge letter, the access review and the population lists; the
migration's final cost; the 2047 price letters landing, a reseller's deal countersigned and Q4
landing; the key bank customer's first year-end batch night late with a hotfix decided by 13:00;
the engineering holiday freeze and a hosting commitment to sign; the year-end close, the December
payroll and the chair's ask for the investors' letter; an offer letter, a shortlist and a
resignation; the Christmas party and the family's Christmas) of the inbox, written without a filed
history. Like blind11 to blind156 it carries real To and Cc lines: a little over a quarter of its
emails have the owner only in Cc and about one in nine goes to a distribution list she is on. It
was written to be kept unscored until the next change to the classifier, in `unseen`, without
seeing the classifier's code, tests, results or the commit log. It now has a filed history of the
four months before it (`blind157_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-fifty-eighth blind set (`blind158_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 30 December 2046 to 18 January 2047 (the turn of
the year and back to work, New Year's Day, Epiphany and Tjugondag Knut, heavy snow and the flu:
the largest client's stock count on New Year's Eve, its restart after the freeze with the dispatch
stopped and the CIO asking the owner herself before 09:00, the Luleå phase 1 proposal and the
committee's answer promised, the frame agreement's two open points; the SOC 2 third period closed
and the report's work, the management assertion and the pen test's rules to sign, the key bank
customer asking for the report and a bridge letter; the migration's epilogue with a partner's
customer leaving the 4.8 client; the 2047 price increase in force and customers' questions, a
Swiss prospect's yes, the sales kick-off; the key bank customer's first month under the new
contract and an emergency change for its payment files with a yes asked by 10:30; the year-end
close and the auditors' planning, the chair's preliminary numbers, the December tax payment
before 13:00; the salary review's preparation, the January hires starting) of the inbox, written
without a filed history. Like blind11 to blind156 it carries real To and Cc lines: a little over a
quarter of its emails have the owner only in Cc and about one in nine goes to a distribution list
she is on. It was written to be kept unscored until the next change to the classifier, in
`unseen`, without seeing the classifier's code, tests, results or the commit log. It now has a
filed history of the four months before it (`blind158_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The hundred-and-fifty-ninth blind set (`blind159_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 20 January to 8 February 2047 (deep winter, the cold
and the flu: the largest client's investment committee saying yes to Luleå phase 1 with two
conditions and the owner's written confirmation, the frame agreement signed and the order, the
Luleå kick-off, the Gdańsk January valuation aborted with the CIO asking her into a call; the SOC 2
report in drafting with the system description to review and the question of one version or two;
the migration's last customers, one asking to keep the old client until June; the new sales year's
discount mandates, first deals and a reseller's demo; the key bank customer's root cause, its
January month-end accrual stopped with an answer asked of her by 08:30, the annex's named
contacts; release 2047.1.0 and the roadmap for the board; the January payroll with the new
salaries, the annual report's first draft, the auditors' final fieldwork and the chair's ask for
the CEO letter; the salary review's negotiation, a product manager's offer letter; the family's
winter) of the inbox, written without a filed history. Like blind11 to blind158 it carries real To
and Cc lines: about a quarter of its emails have the owner only in Cc and about one in nine goes
to a distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log.
It now has a filed history of the four months before it (`blind159_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half of
its senders already write.

The hundred-and-sixtieth blind set (`blind160_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 10 February to 1 March 2047 (late winter, Valentine's
Day, Shrove Tuesday and Stockholm's sports break in week 9: the largest client's Luleå phase 1 under
way with its data cleansing behind, the frame agreement signed, a trial cutover with the CIO asking
the owner's own recommendation by 15:00 and the real cutover in the Easter stop; the SOC 2 third
period's report reviewed in draft and issued, the 2047 pen test with a critical finding; the
migration's last customers off the old client; a Finnish RFP's bid or no bid, a Swiss customer
won; the key bank customer's regulator and its yearly outsourcing review, and its month-end stopped
with the owner asked onto a call from the ski slope; the engineering roadmap before the board; the
annual report, the auditors' sign-off, the February board meeting and the AGM notice, the February
payroll with the new salaries before the bank's cut-off; the salary review done and spring
recruiting; the family's ski week) of the inbox, written without a filed history. Like blind11 to
blind158 it carries real To and Cc lines: a little over a quarter of its emails have the owner only
in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`, without seeing the classifier's
code, tests, results or the commit log. It now has a filed history of the four months before it
(`blind160_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-sixty-first blind set (`blind161_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 3 to 22 March 2047 (early spring, the light coming
back, International Women's Day: the largest client's Luleå cutover planned for the Easter stop
with the owner as its accountable lead, the CIO asking her written commitment of the named
consultants by 14:00, and his board's yes to Oulu phase 2 with her proposal asked; the SOC 2
report in customers' hands, the bridge letter and the key bank customer's questions on its two
exceptions, the pen test's final report; the migration's closing report and retrospective; the
Finnish tender signed and submitted, Contoso's seats, the Polish mill's contract; the key bank
customer's regulator asking for an exit test, and its outgoing payments stuck with the owner
asked onto a call at 08:30; release 2047.2.0; the annual report filed, the management letter,
the AGM's proxies, the chair's question on the quarter, the Q1 forecast and the March payroll
before the bank's cut-off; spring recruiting's interviews and offers; the family's spring) of the
inbox, written without a filed history. Like blind11 to blind160 it carries real To and Cc lines:
a little over a quarter of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log.
It now has a filed history of the four months before it (`blind161_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half of
its senders already write.

The hundred-and-sixty-second blind set (`blind162_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 24 March to 12 April 2047 (early spring, the clocks
forward on 31 March, April fools' day, Maundy Thursday's half day and Good Friday: the largest
client's Luleå cutover in the Easter stop, with its runbook, a dress rehearsal, a phase gate with a
one-page assessment asked of the owner, the weighbridge failing the evening before the go/no-go and
the CIO asking her before 08:30; the SOC 2 2047 period's interim window, scope and bridge letter;
the migration's close-out; the quarter's close, a Finnish tender's shortlist with the CEO required;
the key bank customer's quarter-end reconciliation missing three branches on 1 April with the
owner asked onto a bridge by 08:00, and the hour that did not exist as its root cause; an angry
customer's fourth EDI stop; the AGM being prepared, the auditor's management letter and the
interim report's draft; new starters, a final interview and the union's MBL ask; the family's
Easter at home) of the inbox, written without a filed history. Like blind11 to blind160 it carries
real To and Cc lines: about a quarter of its emails have the owner only in Cc and about one in nine
goes to a distribution list she is on. It was written to be kept unscored until the next change to
the classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit
log. It now has a filed history of the four months before it (`blind162_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
half of its senders already write.

The hundred-and-sixty-third blind set (`blind163_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 14 April to 3 May 2047 (spring, Easter Monday,
Walpurgis Eve's early close and May Day: the largest client's Luleå cutover past its last rollback
point on Easter Sunday and its hypercare, with the delivery notes stopped by an expired
certificate and the CIO asking the owner to call before 08:00, the weighbridge still on paper, the
exit criteria and the steering committee's minutes; the SOC 2 2047 period's request list, policy
pack and first evidence; the migration's last customers; the Finnish tender's presentation in
Raahe, a reseller's decision postponed, a Norwegian deal won and the new list prices; the key bank
customer's regulator needing the owner's signed statement by 15:00 and its first month-end since
the quarter-end failure; the AGM with the chair's proxy count the evening before, the board's new
year, the Q1 interim report published; an offer accepted, the product manager's first day and
summer holiday planning; the boat, the garden and Walpurgis in Uppsala) of the inbox, written
without a filed history. Like blind11 to blind162 it carries real To and Cc lines: a quarter of
its emails have the owner only in Cc and about one in nine goes to a distribution list she is on.
It was written to be kept unscored until the next change to the classifier, in `unseen`, without
seeing the classifier's code, tests, results or the commit log. It now has a filed history of the
four months before it (`blind163_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-sixty-fourth blind set (`blind164_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 5 to 24 May 2047 (late spring, the boat in the
water, Ascension Day and its bridge day: the largest client's first month-end in Luleå stuck on a
stock valuation difference with the CIO asking the owner before 10:00, and Oulu phase 2's kickoff,
staffing, rate card and an escalation chapter for the summer as her action; the SOC 2 2047
period's interim fieldwork with three changes approved only in a chat and management's response
asked; the migration's epilogue and the end of 4.8's extended support; the Finnish tender awarded,
its standstill and its contract, a discount above mandate, Contoso's renewal; the key bank
customer's interest batch stopped with an emergency change only the owner could approve by 09:00,
and its annual service review prepared; release 2047.4.0 before the summer freeze and the summer
on-call; the May payroll before the holiday, the Q2 forecast, the chair's half-year question, the
board meeting and a bank guarantee; spring recruiting closed, summer interns and holidays
settled, the union's MBL ask; the family's late spring) of the inbox, written without a filed
history. Like blind11 to blind162 it carries real To and Cc lines: about a quarter of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`, without seeing
the classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind164_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-sixty-fifth blind set (`blind165_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 26 May to 14 June 2047 (early summer, Mother's Day,
the National Day and its bridge day: the largest client's Oulu phase 2 under way, with the group's
CFO refusing time and material and the owner's written fixed price needed before the board papers
closed at 14:00, its approval, a new purchase order, test load 1 and group security's comments on
her escalation chapter; the SOC 2 2047 period's interim fieldwork reported in a summary letter
with one exception and the management response's wording; the migration's end with the
end-of-support letter, a customer who cannot upgrade before September and the close-out retro; a
German customer's conditional yes, an American prospect's capex promise, the Finnish customer's
kick-off and an invitation to tender; the key bank customer's payment files stopped after the
bridge day with a decision only the owner could give by 09:30, the root cause and its annual
service review; release 2047.5.0 before the summer freeze and the summer on-call allowance; the
full-year forecast for the board pack and the chair's evening question on its EBITDA, a bank
guarantee, the overdraft for July and the cyber insurance renewal; summer interns in, an offer
accepted, the MBL negotiation and the managers' handover forms; the nephew's graduation, the
daughter's last school day, the summer house and the ferry to Gotland) of the inbox, written
without a filed history. Like blind11 to blind164 it carries real To and Cc lines: about a quarter
of its emails have the owner only in Cc and about one in nine goes to a distribution list she is
on. It was written to be kept unscored until the next change to the classifier, in `unseen`,
without seeing the classifier's code, tests, results or the commit log. It now has a filed
history of the four months before it (`blind165_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The hundred-and-sixty-sixth blind set (`blind166_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 16 June to 5 July 2047 (Midsummer and the start
of the summer holidays, the summer freeze in force: the largest client's CIO asking the owner to
break the freeze for a Luleå upgrade in the mill's summer stop, the steering committee's decision
with an action on her and the freeze exception to sign, then the group's half-year close with
Luleå's intercompany sales counted twice and the CIO asking her by 09:30 on 1 July; the SOC 2 2047
period's mid-year, its access review, change population and a bridge letter for the key bank
customer; the end of .NET Framework 4.8 support on 30 June; the half-year's sales closed, a
reseller's margin, a renewal's discount and the Finnish customer's start; the key bank customer's
half-year end watched and an angry customer's third outage in June with a credit asked; the
summer on-call, a hotfix inside the freeze and a hack week; the June payroll before Midsummer,
the chair's memo on the second half and the board's minutes; an offer, a resignation, the salary
review's budget and HR's summer cover; the family's Midsummer and summer house) of the inbox,
written without a filed history. Like blind11 to blind164 it carries real To and Cc lines: a
quarter of its emails have the owner only in Cc and about one in nine goes to a distribution
list she is on. It was written to be kept unscored until the next change to the classifier, in
`unseen`, without seeing the classifier's code, tests, results or the commit log. It now has a
filed history of the four months before it (`blind166_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about half of its
senders already write.

The hundred-and-sixty-seventh blind set (`blind167_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 7 to 26 July 2047 (high summer, with many
colleagues on their four weeks' holiday and the summer freeze in force: the largest client's
Luleå upgrade in the mill's summer stop, with its deputy sponsor asking who at Proseware can say
no-go, a dress rehearsal that ran long, the go decision, an overrun on the upgrade night and the
deputy sponsor asking the owner by 09:30 to commit to a ready system or roll back, and the group
controller asking whether it is billed; the SOC 2 2047 period run by a stand-in while the
compliance lead is away, with a bridge letter for the key bank customer, the auditor's sample of
25 changes and a control's reviewer in question; the migration's close-out report, the last
customer's upgrade weekend and the partner's fee; an American prospect's three terms and its
letter of intent, a German reseller's liability cap and jurisdiction, a tender's price sheet; the
key bank customer's payment export stuck before the central bank's cut-off and a customer's CEO
writing after three days without an answer; a security patch inside the freeze and a hole in the
on-call rota; the June flash and the chair's Sunday question on concentration and financing, the
overdraft agreement and the July payroll signed by the owner with the finance manager away; a
replacement hire, the union's questions on the summer on-call, an intern's extension; the family
at the summer house, the mother's 75th birthday ahead and the owner's own holiday from 29 July)
of the inbox, written without a filed history. Like blind11 to blind166 it carries real To and Cc
lines: a quarter of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log.
It now has a filed history of the four months before it (`blind167_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half
of its senders already write.

The hundred-and-sixty-eighth blind set (`blind168_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 28 July to 16 August 2047 (late summer, people back
from their holidays and the summer freeze about to lift: the largest client's Luleå mill
restarting on 5 August after its summer stop with the weighbridge rejecting every truck and the
CIO asking the owner, on holiday, to decide on a rollback by 10:00, the fix, the root cause and
the August steering committee, and Oulu phase 2's first cutover rehearsal weekend; the SOC 2 2047
period's autumn fieldwork prepared with the auditor's request list, the policy's annual approval,
the pen test's authorisation and the choice how the chat-approval exception is presented; the
.NET 8 migration's retrospective and closure report; the German customer's contract to
countersign, the American prospect's capex approved and the Finnish customer's training price;
the key bank customer's Q3 quarter end and a slow payment import, a customer's stopped invoicing;
the freeze's end, the hack week and the H2 roadmap; the board meeting of 15 August with the
chair's questions, the budget round's frame, the auditor's representation letter and the bank's
covenant certificate to sign before its credit committee the same afternoon; a senior
developer's offer, a former engineer coming back, the salary negotiation booked; the family's
school start, a student flat's guarantee and a crayfish party) of the inbox, written without a
filed history. Like blind11 to blind166 it carries real To and Cc lines: a quarter of its emails
have the owner only in Cc and about one in nine goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`, without seeing
the classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind168_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-sixty-ninth blind set (`blind169_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 18 August to 6 September 2047 (late summer into
autumn, everyone back: the largest client's steering committee after the Luleå restart, the CIO
asking the owner in writing for the named consultants on Oulu phase 2, the cutover plan v2, a
mock load stopped at 62 % with the night reload the owner has to approve by 14:00, and a phase 3
estimate for the client's budget; the SOC 2 2047 period's fieldwork prepared with an engagement
letter addendum, the gap list's two decisions, the pen test's accounts and the key bank
customer's question on the report's date; the .NET 8 migration's closure report and its last
customer; a tender won, the American prospect's redlines promised, a Finnish training amendment,
a Norwegian discount and Contoso's 2048 price cap; the key bank customer's month-end file missing
on the day of its report to the supervisor; the first release after the freeze, the hack week's
ideas and the on-call policy; the August payroll, the chair's question on prices against sellers
for 2048, the overdraft's renewal to sign the day before it lapses, the budget round; a
product-owner shortlist, a returning engineer's offer, the salary negotiation's minutes; the
family's autumn, a daughter in her student flat, the mother's eye doctor) of the inbox, written
without a filed history. Like blind11 to blind168 it carries real To and Cc lines: a quarter of
its emails have the owner only in Cc and about one in nine goes to a distribution list she is on.
It was written to be kept unscored until the next change to the classifier, in `unseen`, without
seeing the classifier's code, tests, results or the commit log. It now has a filed history of the
four months before it (`blind169_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-seventieth blind set (`blind170_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 8 to 27 September 2047 (early autumn: the largest
client's Oulu phase 2 cutover on 12-14 September, with the CIO asking who decides over the
weekend, the coil balances off on the Sunday morning and the client asking the owner by 10:00
whether Proseware carries a recount shift or the cutover falls back, then hypercare, its exit
criteria and the phase 3 question; the SOC 2 2047 period's fieldwork from 23 September with the
system description, the management interview, the pen test's scope and a late access review to
explain; the migration's last ends, with the partner's last hours and a customer asking for
extended support on 4.8; a discount above the head of sales's mandate, a German second site, a
tender lost; the key bank customer's quarter end approaching and its interest accrual batch
failing the night before its dry run, a Polish customer's unreturned call; the first release
after the freeze; the 2048 budget's first draft, the board meeting of 26 September and the
chair's Sunday questions, the payroll file re-signed on payday; a product owner hired, the local
salary agreement, a product manager asking for 80 %; the family's autumn) of the inbox, written
without a filed history. Like blind11 to blind168 it carries real To and Cc lines: a quarter of
its emails have the owner only in Cc and about one in nine goes to a distribution list she is
on. It was written to be kept unscored until the next change to the classifier, in `unseen`,
without seeing the classifier's code, tests, results or the commit log. It now has a filed
history of the four months before it (`blind170_history.yaml`: folder only, never measured),
written after it by another writer from the policy alone, in which about half of its senders
already write.

The hundred-and-seventy-first blind set (`blind171_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 29 September to 18 October 2047 (mid-autumn: the
Q3 close, with the key bank customer's quarter-end interest posting stopped before its branches
opened and the owner asked to call before 08:00, then its service credit claim; the largest
client's Oulu phase 2 out of hypercare, its first month-end close with the stock valuation aborted
and the owner asked within the hour for a senior developer, and Raahe as phase 3 coming into view
with a scoping workshop and a page for the client's board; the SOC 2 2047 period's fieldwork
closed with two exceptions for management's response, and the penetration test of 7-18 October
with a critical finding in the customer portal that the owner had to decide on the same day; the
migration's cost split and its case study; a Finnish order form countersigned on the quarter's
last day, the Gera site's price accepted, the Fabrikam final presentation; a fix sprint for the
pen test's findings and release 2047.8; the 2048 budget's second draft, the overdraft's new
terms, the chair's questions before the board's autumn meeting of 16 October, the cyber
insurance's renewal; the union's negotiation on the on-call rota, a security engineer recruited;
the family's autumn with the half-term ahead) of the inbox, written without a filed history. Like
blind11 to blind170 it carries real To and Cc lines: a quarter of its emails have the owner only
in Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`, without seeing the classifier's
code, tests, results or the commit log. It now has a filed history of the four months before it
(`blind171_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-seventy-second blind set (`blind172_emails.yaml`) was written the same way,
fresh and from the policy alone, as the stretch from 20 October to 8 November 2047 (late autumn:
the largest client's Raahe phase 3 with a fixed price for its data migration, the client's
controller asking for milestone invoicing, the statement of work's redlines settled and signed,
and Oulu's first month-end valuation on Ledgerline failing on All Saints' Eve with the client
asking the owner by 11:00 for two consultants on the holiday Saturday; the clocks going back on
27 October, with the key bank customer's interest accrual run twice in the repeated hour and its
head of IT asking the owner on a Sunday morning for a reversal before Monday, then its quarterly
service review and a service credit; the SOC 2 2047 period's draft findings and management
responses, the pen test's draft report with a high finding and the bank's ask for its summary;
the migration's final cost split and the partner's last invoice; a discount above the head of
sales's mandate, the 2048 price list and a reseller's margin; the October payroll, the covenant
certificate, the 2048 budget v2, the chair's questions and his investors' call, the board
meeting of 21 November; the salary review's frame and the union club's meeting, an offer, an
onboarding buddy; the family's autumn break and All Saints' Day) of the inbox, written without a
filed history. Like blind11 to blind170 it carries real To and Cc lines: a quarter of its emails
have the owner only in Cc and about one in eight goes to a distribution list she is on. It was
written to be kept unscored until the next change to the classifier, in `unseen`, without seeing
the classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind172_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-seventy-third blind set (`blind173_emails.yaml`) was written the same way,
fresh and from the policy alone, as the stretch from 10 to 29 November 2047 (late autumn: the
November close; the largest client's Raahe phase 3 after its data inventory workshop, a change
request taking the slab yard out of the fixed price, and the client's year-end freeze with the
CIO asking the owner for named on-call people over New Year; Oulu's production reports stopped
by an expired certificate of the client's own PKI, with the client asking the owner before 08:30
for a senior person on the bridge; the SOC 2 2047 period's closing meeting, the final management
responses and the draft report with the management assertion, the pen test's final report and
the key bank customer's vendor risk committee; the key bank customer's year-end on-call and
readiness review, and its card fee file rejected by the clearing house on Thanksgiving morning
with the owner asked for a named person before a 10:00 cut-off; the migration's savings for the
board and a customer's extended support; the 2048 sales budget, a Finnish discount, a Norwegian
customer keeping 2047 prices, the Fabrikam workshop and the American customer's Thanksgiving; the
salary file rejected for want of a second signature on payday's eve, the 2048 budget approved by
the board on 21 November with its hiring phased; the salary review's proposals and the union
club's demands; the Christmas party planned; the family's November with Father's Day, Saint
Martin's goose and the younger daughter's work experience) of the inbox, written without a filed
history. Like blind11 to blind172 it carries real To and Cc lines: a quarter of its emails have
the owner only in Cc and about one in nine goes to a distribution list she is on. It was written
to be kept unscored until the next change to the classifier, in `unseen`, without seeing the
classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind173_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-seventy-fourth blind set (`blind174_emails.yaml`) was written the same way,
fresh and from the policy alone, as the stretch from 1 to 20 December 2047 (the run-up to
Christmas: the largest client's year-end change freeze and its stock count ahead, with the count
file rejected at the Luleå dry run on a Saturday and the client asking the owner by 09:00 on the
Sunday for people, and Raahe's 1 840 duplicate item numbers; the SOC 2 2047 period's end on 31
December, its bridge letter and the key bank customer's ask for it, the draft report and the
period-end extracts; the 2048 price letters, a customer's push-back on the increase, a German
reseller's order and a second plant at a discount above the head of sales's mandate; the key
bank customer's year-end batch nights, its freeze, the runbook's signature and a rehearsal run
late; the December payroll with the bonuses, the chair's questions on the bonus pool and a
salary file rejected over the payment limit the day before payday, the year-end close planned;
the Christmas on-call and support rotas, the salary letters, the Christmas party on Lucia and the
office between the holidays; the family's Christmas) of the inbox, written without a filed
history. Like blind11 to blind172 it carries real To and Cc lines: a quarter of its emails have
the owner only in Cc and about one in nine goes to a distribution list she is on. It was written
to be kept unscored until the next change to the classifier, in `unseen`, without seeing the
classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind174_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-seventy-fifth blind set (`blind175_emails.yaml`) was written the same way,
fresh and from the policy alone, as the stretch from 22 December 2047 to 10 January 2048 (the
holidays and the slow return: the largest client's year-end stock count under its change freeze,
with Oulu's handheld uploads rejected on the Sunday and the client asking the owner before 09:00
for a developer beyond the agreed standby, the standby sheet to sign and a Raahe meeting asked
after the freeze; the key bank customer's year-end batch stuck in the night of New Year's Eve
with the owner asked for a senior developer within 30 minutes, and its root cause; the SOC 2
period's end, the extracts and the bridge letter signed on 3 January, the vendor risk officer's
question on the final report's date; the 2048 price increases taking effect with three customers
refusing them, a reseller's discount, a Finnish quote below list and Contoso's three-year lock;
the year-end close and the accruals towards the hard close, the year's last supplier payment run
to approve before 13:00 on New Year's Eve, the chair's questions for the February board and the
investor's KPI template; the end of 4.8 extended support and a customer's upgrade weekend; the
goal talks, January's kick-off and the engineering goals; the family's Christmas and New Year) of
the inbox, written without a filed history. Like blind11 to blind174 it carries real To and Cc
lines: a little under three in ten of its emails have the owner only in Cc and about one in nine
goes to a distribution list she is on. It was written to be kept unscored until the next change
to the classifier, in `unseen`, without seeing the classifier's code, tests, results or the
commit log. It now has a filed history of the four months before it (`blind175_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
about half of its senders already write.

The hundred-and-seventy-sixth blind set (`blind176_emails.yaml`) was written the same way,
fresh and from the policy alone, as the stretch from 12 to 31 January 2048 (deep winter and full
speed again: the 2047 year-end close to a hard close and the annual report's drafting, the
statutory auditors' year-end visit; the SOC 2 2047 report's issue and the key bank customer's
vendor risk committee asking for it; the 2048 plan rolled out and the sales kick-off; the largest
client's first releases after its year-end freeze, with a Raahe phase 3 delivery and a Luleå
label fault after the first release asked of the owner in the early morning; the key bank
customer's annual review; the annual salary revision in the January payroll and a payroll file
with the new salaries to approve; new hires starting; the family's winter with the sports
holiday planned and a ski trip) of the inbox, written without a filed history. Like blind11 to
blind174 it carries real To and Cc lines: about a quarter of its emails have the owner only in
Cc and about one in nine goes to a distribution list she is on. It was written to be kept
unscored until the next change to the classifier, in `unseen`, without seeing the classifier's
code, tests, results or the commit log. It now has a filed history of the four months before it
(`blind176_history.yaml`: folder only, never measured), written after it by another writer from
the policy alone, in which about half of its senders already write.

The hundred-and-seventy-seventh blind set (`blind177_emails.yaml`) was written the same way,
fresh and from the policy alone, as the stretch from 2 to 21 February 2048 (late winter: the
largest client's January valuation run stopped on the morning its group auditors arrived, with
the owner asked before 08:30 to rerun it or postpone them, its Raahe phase 3 under way with a
third trial load, a crane interface change request to sign, a Finnish-speaking consultant asked
for and a site walk-through; the last .NET Framework 4.8 customer's upgrade stopped on a Saturday
with the owner's decision asked within the hour, the last end-of-support notice and the project's
close; the 2047 annual report and the board's February meeting with the dividend question, the
auditor's last points and his report; the SOC 2 2048 period's engagement letter, first controls
and penetration test, the key bank customer's vendor approval; the key bank customer's 2048
change plan, its payment file missing before a clearing cut-off and the three-year proposal; the
January close, the salary revision's letters, a hire or two; the family's sports holiday week
and Shrove Tuesday's semlor) of the inbox, written without a filed history. Like blind11 to
blind176 it carries real To and Cc lines: a little under three in ten of its emails have the
owner only in Cc and about one in nine goes to a distribution list she is on. It was written to
be kept unscored until the next change to the classifier, in `unseen`, without seeing the
classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind177_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about half of its senders already write.

The hundred-and-seventy-eighth blind set (`blind178_emails.yaml`) was written the same way,
fresh and from the policy alone, as the stretch from 23 February to 13 March 2048 (the turn towards
spring: the sports holiday week, the annual report signed and the audit report, the notice of the
annual general meeting to approve on its last day, the February close and the Q1 forecast with
the chair's questions; the SOC 2 2048 period's first evidence requests and an internal audit with
its findings; the largest client's Raahe phase 3 milestone accepted, its go-live moved by two
weeks with the owner asked to keep the team inside the fixed price, a morning when Oulu's dispatch
stopped on a carrier's certificate and the next steering committee; the key bank customer's first
2048 release window and a Sunday morning with its payment files rejected, and its three-year
addendum to sign; the last 4.8 customers before the end of support; the customer day's programme
and the year's largest agreement countersigned; a senior developer's resignation and a team lead's
parental leave; Women's Day; the family's late winter with Vasaloppet and the end of the skiing
season) of the inbox, written without a filed history. Like blind11 to blind176 it carries real
To and Cc lines: about a quarter of its emails have the owner only in Cc and about one in nine
goes to a distribution list she is on. It was written to be kept unscored until the next change
to the classifier, in `unseen`, without seeing the classifier's code, tests, results or the
commit log. It now has a filed history of the four months before it (`blind178_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
about half of its senders already write.

The hundred-and-seventy-ninth blind set (`blind179_emails.yaml`) was written the same way,
fresh and from the policy alone, as the stretch from 15 March to 3 April 2048 (early spring towards
Easter: the largest client's steering committee with the owner presenting the go-live's extra
weeks herself, its Raahe mock cutover stopped on a Sunday with her choice asked within hours, the
rerun and the go-live's cutover plan; the SOC 2 2048 period's policy review, the internal audit's
final report, the interim testing prepared and the key bank customer's bridge letter; the last
.NET Framework 4.8 customer's paid support and upgrade and the end of support; the customer day
with the owner's keynote, a trade fair's booth and a quarter-end discount; the key bank customer's
release and its quarter-end freeze, with an emergency change on the quarter's last day; the Q1
close brought forward by Easter, the board meeting, the March payroll's file rejected on the eve
of payday and the annual general meeting prepared; summer interns, a backfill and the salary
revision's last letters; the family's Easter, from the mother's birthday lunch to Good Friday) of
the inbox, written without a filed history. Like blind11 to blind178 it carries real To and Cc
lines: about a quarter of its emails have the owner only in Cc and about one in eight goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log.
It now has a filed history of the four months before it (`blind179_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half of
its senders already write.

The hundred-and-eightieth blind set (`blind180_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 5 to 24 April 2048 (spring after Easter: the Q1
close and the Q1 report to the board, the annual general meeting's decisions carried out and an
April payroll rejected on a lapsed signatory with the owner's approval asked within hours; the SOC
2 2048 period's interim testing with the internal audit's final report, a leaver's account removed
late and a bridge letter for the key bank customer; the largest client's Raahe go-live prepared,
with a dress rehearsal stopped on a Sunday morning and the owner asked within hours to rerun it or
postpone, and its next phase's scoping; the key bank customer's April release and the Monday after
it with supplier payments posted twice; the migration's tail after the end of 4.8 support; a German
tender and a renewal at a price cap; the summer vacation and on-call rota planned, summer hires
signed and a senior developer hired; the family's Easter, a birthday and Walpurgis ahead) of the
inbox, written without a filed history. Like blind11 to blind178 it carries real To and Cc lines:
about a quarter of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log.
It now has a filed history of the four months before it (`blind180_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about half of
its senders already write.

The hundred-and-eighty-first blind set (`blind181_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 26 April to 15 May 2048 (Walpurgis, May Day and
Ascension: the largest client's run-up to the Raahe go-live, with the training week, the
readiness checklist and the hypercare plan to sign, a training environment overwritten with
another site's data and the client's CIO asking the owner for a decision by 09:00, and the group
board's yes to the next phase; the SOC 2 interim testing's written observations and the owner's
management response, the penetration test with a critical finding inside the go-live freeze;
a German tender signed from the train with half an hour to spare; the key bank customer's answer
to a post-mortem; the forecast, the covenant certificate and a board decision by circulation; the
union club's summer on-call agreement; the family's Walpurgis and the cottage over Ascension) of
the inbox, written without a filed history. Like blind11 to blind180 it carries real To and Cc
lines: about a quarter of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log.
It now has a filed history of the four months before it (`blind181_history.yaml`: folder only,
never measured), written after it by another writer from the policy alone, in which about three
in five of its senders already write.

The hundred-and-eighty-second blind set (`blind182_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 17 May to 5 June 2048 (Whitsun and the weeks
before the National Day: the largest client's Raahe go-live and its first weeks of hypercare,
with a weighbridge fault stopping trucks on the go-live morning and the owner's choice asked
within hours, the milestone certificate to sign and the next phase's pre-study offer asked; the
penetration test's draft report with a high finding, the key bank customer's contract notice due
the same afternoon and the retest; the migration's last read-only environment; renewals, a won
deal and a countersignature; the key bank customer's half-year freeze and a breached ticket; the
May payroll and close, the June board and the overdraft renewal; summer hires starting, a head of
support's parental leave and the union club on the National Day; the younger daughter's end of
year 9) of the inbox, written without a filed history. Like blind11 to blind181 it carries real
To and Cc lines: about a quarter of its emails have the owner only in Cc and about one in nine
goes to a distribution list she is on. It was written to be kept unscored until the next change
to the classifier, in `unseen`, without seeing the classifier's code, tests, results or the
commit log. It now has a filed history of the four months before it (`blind182_history.yaml`:
folder only, never measured), written after it by another writer from the policy alone, in which
about three in five of its senders already write.

The hundred-and-eighty-third blind set (`blind183_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 7 to 26 June 2048 (the National Day just before it,
Midsummer on 19 June and the end of the school year: the largest client's hypercare closed and its
next phase's pre-study ordered and started, with an order to countersign before its CIO's last day
before the summer; the penetration test's final report and the retest booked; the key bank
customer's release and its summer freeze; a cloud outage on Midsummer Eve with the owner's yes to
fail over asked within the hour; a deal won after a discount beyond the mandate was withdrawn; the
board's pack and minutes, the June payroll and the half-year close ahead; a new hire's offer signed
and the summer's vacations registered; the younger daughter's end of year 9 and Midsummer at the
cottage) of the inbox, written without a filed history. Like blind11 to blind182 it carries real To
and Cc lines: about a quarter of its emails have the owner only in Cc and about one in ten goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log. It
now has a filed history of the four months before it (`blind183_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about three in five of
its senders already write.

The hundred-and-eighty-fourth blind set (`blind184_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 28 June to 17 July 2048 (high summer, with much of the
office and its customers on vacation: out-of-office replies, the summer on-call and support rotas at
work and a thinner inbox with more automated mail; the half-year close, the June payroll and the Q2
report to the board; the largest client's next phase after hypercare; the SOC 2 2048 period running;
summer hires at work) of the inbox, written without a filed history. Like blind11 to blind183 it
carries real To and Cc lines. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log. It
now has a filed history of the four months before it (`blind184_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about three in five of
its senders already write.

The hundred-and-eighty-fifth blind set (`blind185_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 19 July to 7 August 2048 (late high summer, colleagues
away and coming back: the July payroll missing the chair's second signature before the bank's cut-
off and signed from a harbour; the key bank customer's DORA register signed and sent, then its wish
for a longer exit period, and its release weekend with the change board asking for the owner's
signature the same day; the largest client's line restarted after its summer stop, and its CIO back
with a letter asked by Wednesday noon on whether the next phase's frame holds; a contractor's
extension, the summer hires' final demo and an acting head of support named; the family's concert,
the older daughter's move and the mother's crayfish party) of the inbox, written without a filed
history. Like blind11 to blind184 it carries real To and Cc lines: about a quarter of its emails
have the owner only in Cc and about one in ten goes to a distribution list she is on. It was written
to be kept unscored until the next change to the classifier, in `unseen`, without seeing the
classifier's code, tests, results or the commit log. It now has a filed history of the four months
before it (`blind185_history.yaml`: folder only, never measured), written after it by another writer
from the policy alone, in which about three in five of its senders already write.

The hundred-and-eighty-sixth blind set (`blind186_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 9 to 28 August 2048 (the office back from the summer and
the autumn starting: the key bank customer's emergency change approved by the owner at night and its
supplier review; the largest client's steering committee, a change request signed and its dispatch
stopped one morning; the covenant certificate, the August payroll and the cash low point passed; the
strategy day and the chair's note after it; a renewal won, a shortlist and a reseller's margin; the
head of support's parental leave planned; the younger daughter's first school day) of the inbox,
written without a filed history. Like blind11 to blind185 it carries real To and Cc lines. It was
written to be kept unscored until the next change to the classifier, in `unseen`, without seeing the
classifier's code, tests, results or the commit log. It now has a filed history of the four months
before it (`blind186_history.yaml`: folder only, never measured), written after it by another writer
from the policy alone, in which about three in five of its senders already write.

The hundred-and-eighty-seventh blind set (`blind187_emails.yaml`) was written the same way, fresh
and from the policy alone, as the stretch from 30 August to 18 September 2048 (early autumn,
everyone back: the largest client's group board says yes to phase 4, the order signed and the kick-
off set, a senior developer promised both to it and to another client; a tender to final
negotiations with a reference visit; the key bank customer's payment batch stuck before its cut-off;
the salary review with the union club, new developer roles and the head of support's stand-in; the
chair's summary of the strategy day, the bank's autumn review and the Q3 board pack ahead) of the
inbox, written without a filed history. Like blind11 to blind186 it carries real To and Cc lines:
about a quarter of its emails have the owner only in Cc and about one in seven goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log. It
now has a filed history of the four months before it (`blind187_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about three in five of
its senders already write.

The hundred-and-eighty-eighth blind set (`blind188_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 20 September to 9 October 2048 (autumn and the quarter's
end: the largest client's steering committee in Raahe and its CIO's ask for a service manager, a new
storage hall in production and a stock valuation fixed the same day; the key bank customer's
quarter-end export failing at night with the owner's call asked before 20:00; the head of support on
parental leave and her stand-in's first SLA report; a second client's next phase won and its order
to countersign; the bank's facility review, the Q3 accruals and the October board pack) of the
inbox, written without a filed history. Like blind11 to blind187 it carries real To and Cc lines. It
was written to be kept unscored until the next change to the classifier, in `unseen`, without seeing
the classifier's code, tests, results or the commit log. It now has a filed history of the four
months before it (`blind188_history.yaml`: folder only, never measured), written after it by another
writer from the policy alone, in which about three in five of its senders already write.

The hundred-and-eighty-ninth blind set (`blind189_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 11 to 30 October 2048 (mid-autumn and the school break:
the largest client's count at its northern hall and its group CFO accepting the yearly price, with
the group board's answer promised for November; a pen test's critical finding in the portal's report
export reported early, a retest and the question whether to tell customers; the key bank customer's
release night with one emergency change and its vendor risk officer's follow-up; a packaging plant's
shift report counting the clock change's repeated hour twice; the union club's objection that two
contractors were hired without a negotiation; the bank facility renewed, the October payroll
approved two hours before the bank's cut-off and the board pack's last piece; a tender lost on
price, a discount above a seller's mandate; the family's cabin for the school break and All Saints'
Day) of the inbox, written without a filed history. Like blind11 to blind188 it carries real To and
Cc lines: about a quarter of its emails have the owner only in Cc and about one in nine goes to a
distribution list she is on. It was written to be kept unscored until the next change to the
classifier, in `unseen`, without seeing the classifier's code, tests, results or the commit log. It
now has a filed history of the four months before it (`blind189_history.yaml`: folder only, never
measured), written after it by another writer from the policy alone, in which about three in five of
its senders already write.

The hundred-and-ninetieth blind set (`blind190_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 1 to 20 November 2048 (late autumn: a second client's go-
live and its milestone invoice settled; the largest client's first interface tests at its mill, a
change request's price, a ship held up by a job scheduled a month early and the steering committee's
invitation and pre-read; the key bank customer's release window, its exit test report with a cover
letter to sign, and the financial regulator's question to the bank answered by 11:00; the statutory
auditors' visit, the bank's due-diligence form and a look-alike of it, the 2049 budget and the
December board; the union's negotiation on contractors, a new developer's start and the Christmas
on-call rate; the yearly index letters and a customer asking to postpone; Father's Day and the
mother's goose) of the inbox, written without a filed history, by a writer who did not see blind189,
written at the same time. Like blind11 to blind189 it carries real To and Cc lines: about a quarter
of its emails have the owner only in Cc and about one in seven goes to a distribution list she is
on. It was written to be kept unscored until the next change to the classifier, in `unseen`, without
seeing the classifier's code, tests, results or the commit log. It now has a filed history of the
four months before it (`blind190_history.yaml`: folder only, never measured), written after it by
another writer from the policy alone, in which about three in five of its senders already write.

The hundred-and-ninety-first blind set (`blind191_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 22 November to 11 December 2048 (Advent: the largest
client's steering committee settling a change request's price and its next mill's go-live date, its
three-year support agreement changed by a lawyer and signed, its year-end count staffed; a German
prospect's offer signed after a reference visit; the audit's request list, the risk assessment to
sign and the fieldwork with the management interview, and the key bank customer's supplier rating; a
Polish customer's first production e-invoices failing one morning; the roadmap's three noes, the
Christmas on-call rota and the code freeze; the budget through its review to the December board and
the covenant certificate signed on its last day; the union's minutes and its ask for the salary
frame; the family's Advent and Lucia) of the inbox, written without a filed history. Like blind11 to
blind190 it carries real To and Cc lines: about a quarter of its emails have the owner only in Cc
and about one in seven goes to a distribution list she is on. It was written to be kept unscored
until the next change to the classifier, in `unseen`, without seeing the classifier's code, tests,
results or the commit log. It now has a filed history of the four months before it
(`blind191_history.yaml`: folder only, never measured), written after it by another writer from the
policy alone, in which about three in five of its senders already write.

The hundred-and-ninety-second blind set (`blind192_emails.yaml`) was written the same way, fresh and
from the policy alone, as the stretch from 13 December 2048 to 1 January 2049 (Christmas and the
year's end, thin mail over the holidays: the key bank customer's payment file rejected on the first
morning of its year-end freeze with the owner's written OK asked before its change board, its action
list to sign and its year-end batch night; the largest client's IT day moved, its counts over the
holidays and a count file rejected on New Year's Eve; the audit's closing meeting and management's
written confirmations; a discount beyond a seller's mandate, a client asking for a named developer;
the code freeze with one exception and the holiday on-call; the December payroll, the VAT return,
the year-end close timetable and the chair's three goals; a support engineer's offer and the union's
salary review; the family's Lucia, Christmas and New Year) of the inbox, written without a filed
history, by a writer who did not see blind191, written at the same time. Like blind11 to blind191 it
carries real To and Cc lines: about a quarter of its emails have the owner only in Cc and about one
in eight goes to a distribution list she is on. It was written to be kept unscored until the next
change to the classifier, in `unseen`, without seeing the classifier's code, tests, results or the
commit log. It now has a filed history of the four months before it (`blind192_history.yaml`: folder
only, never measured), written after it by another writer from the policy alone, in which about
three in five of its senders already write.

blind189 to blind192 are `unseen` now (`UNSEEN_SETS`): blind189 and blind190 were written side by
side while blind187 and blind188 were scored, and have been scored once (their misses not yet read);
blind191 and blind192 were written side by side after them, while blind189 and blind190 were scored,
for a later cycle, and are not yet scored. All four are kept unscored, or scored only once, until
the next change to the classifier. Every set before them has been scored once and joined the
development sets (blind149 and blind150 after their misses were read for reworks 156 to 163,
blind151 and blind152 after theirs for reworks 164 to 169, blind153 and blind154 after theirs for
reworks 170 to 175, blind155 and blind156 after theirs for reworks 176 to 178, blind157 and blind158
after theirs for reworks 179 to 187, blind159 and blind160 after theirs for reworks 188 and 189,
blind161 and blind162 after theirs were read, with no rework that time: the models' refit alone,
blind163 and blind164 after theirs for reworks 190 to 197, blind165 and blind166 after theirs for
reworks 198 to 201, blind167 and blind168 after theirs for reworks 202 to 205, blind169 and blind170
after theirs for rework 206, blind171 and blind172 after theirs for reworks 207 to 213, blind173 and
blind174 after theirs for reworks 214 to 216, blind175 and blind176 after theirs for reworks 217 and
218, blind177 and blind178 after theirs for reworks 219 to 224, blind179 and blind180 after theirs
for reworks 225 and 226, blind181 and blind182 after theirs for reworks 227 to 236, blind183 and
blind184 after theirs for reworks 237 to 241, blind185 and blind186 after theirs for reworks 242 to
251, blind187 and blind188 after theirs for reworks 252 to 258).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from sandbox.sample_mailbox import FiledHistoryEmail, SampleEmail

HELDOUT_EMAILS_FILE = Path(__file__).with_name("heldout_emails.yaml")
BLIND_EMAILS_FILE = Path(__file__).with_name("blind_emails.yaml")
BLIND2_EMAILS_FILE = Path(__file__).with_name("blind2_emails.yaml")
BLIND3_EMAILS_FILE = Path(__file__).with_name("blind3_emails.yaml")
BLIND4_EMAILS_FILE = Path(__file__).with_name("blind4_emails.yaml")
BLIND5_EMAILS_FILE = Path(__file__).with_name("blind5_emails.yaml")
BLIND6_EMAILS_FILE = Path(__file__).with_name("blind6_emails.yaml")
BLIND7_EMAILS_FILE = Path(__file__).with_name("blind7_emails.yaml")
BLIND8_EMAILS_FILE = Path(__file__).with_name("blind8_emails.yaml")
# blind8's owner's filed history: older mail in project and area folders, no labels.
BLIND8_HISTORY_FILE = Path(__file__).with_name("blind8_history.yaml")
BLIND9_EMAILS_FILE = Path(__file__).with_name("blind9_emails.yaml")
# blind9's owner's filed history, in the same form as blind8's.
BLIND9_HISTORY_FILE = Path(__file__).with_name("blind9_history.yaml")
BLIND10_EMAILS_FILE = Path(__file__).with_name("blind10_emails.yaml")
# blind10's owner's filed history, in the same form as blind8's.
BLIND10_HISTORY_FILE = Path(__file__).with_name("blind10_history.yaml")
BLIND11_EMAILS_FILE = Path(__file__).with_name("blind11_emails.yaml")
BLIND12_EMAILS_FILE = Path(__file__).with_name("blind12_emails.yaml")
BLIND13_EMAILS_FILE = Path(__file__).with_name("blind13_emails.yaml")
BLIND14_EMAILS_FILE = Path(__file__).with_name("blind14_emails.yaml")
BLIND15_EMAILS_FILE = Path(__file__).with_name("blind15_emails.yaml")
BLIND16_EMAILS_FILE = Path(__file__).with_name("blind16_emails.yaml")
BLIND17_EMAILS_FILE = Path(__file__).with_name("blind17_emails.yaml")
BLIND18_EMAILS_FILE = Path(__file__).with_name("blind18_emails.yaml")
BLIND19_EMAILS_FILE = Path(__file__).with_name("blind19_emails.yaml")
BLIND20_EMAILS_FILE = Path(__file__).with_name("blind20_emails.yaml")
BLIND21_EMAILS_FILE = Path(__file__).with_name("blind21_emails.yaml")
BLIND22_EMAILS_FILE = Path(__file__).with_name("blind22_emails.yaml")
BLIND23_EMAILS_FILE = Path(__file__).with_name("blind23_emails.yaml")
BLIND24_EMAILS_FILE = Path(__file__).with_name("blind24_emails.yaml")
BLIND25_EMAILS_FILE = Path(__file__).with_name("blind25_emails.yaml")
BLIND26_EMAILS_FILE = Path(__file__).with_name("blind26_emails.yaml")
BLIND27_EMAILS_FILE = Path(__file__).with_name("blind27_emails.yaml")
BLIND28_EMAILS_FILE = Path(__file__).with_name("blind28_emails.yaml")
BLIND29_EMAILS_FILE = Path(__file__).with_name("blind29_emails.yaml")
BLIND30_EMAILS_FILE = Path(__file__).with_name("blind30_emails.yaml")
BLIND31_EMAILS_FILE = Path(__file__).with_name("blind31_emails.yaml")
BLIND32_EMAILS_FILE = Path(__file__).with_name("blind32_emails.yaml")
BLIND33_EMAILS_FILE = Path(__file__).with_name("blind33_emails.yaml")
BLIND34_EMAILS_FILE = Path(__file__).with_name("blind34_emails.yaml")
BLIND35_EMAILS_FILE = Path(__file__).with_name("blind35_emails.yaml")
BLIND36_EMAILS_FILE = Path(__file__).with_name("blind36_emails.yaml")
BLIND37_EMAILS_FILE = Path(__file__).with_name("blind37_emails.yaml")
BLIND38_EMAILS_FILE = Path(__file__).with_name("blind38_emails.yaml")
BLIND39_EMAILS_FILE = Path(__file__).with_name("blind39_emails.yaml")
# blind39's owner's filed history, in the same form as blind8's, written after the set.
BLIND39_HISTORY_FILE = Path(__file__).with_name("blind39_history.yaml")
BLIND40_EMAILS_FILE = Path(__file__).with_name("blind40_emails.yaml")
# blind40's owner's filed history, in the same form as blind8's, written after the set.
BLIND40_HISTORY_FILE = Path(__file__).with_name("blind40_history.yaml")
BLIND41_EMAILS_FILE = Path(__file__).with_name("blind41_emails.yaml")
# blind41's owner's filed history, written after the set by another writer.
BLIND41_HISTORY_FILE = Path(__file__).with_name("blind41_history.yaml")
BLIND42_EMAILS_FILE = Path(__file__).with_name("blind42_emails.yaml")
# blind42's owner's filed history, in the same form as blind8's, written after the set.
BLIND42_HISTORY_FILE = Path(__file__).with_name("blind42_history.yaml")
BLIND43_EMAILS_FILE = Path(__file__).with_name("blind43_emails.yaml")
# blind43's owner's filed history, in the same form as blind8's, written after the set.
BLIND43_HISTORY_FILE = Path(__file__).with_name("blind43_history.yaml")
BLIND44_EMAILS_FILE = Path(__file__).with_name("blind44_emails.yaml")
# blind44's owner's filed history, in the same form as blind8's, written after the set.
BLIND44_HISTORY_FILE = Path(__file__).with_name("blind44_history.yaml")
BLIND45_EMAILS_FILE = Path(__file__).with_name("blind45_emails.yaml")
# blind45's owner's filed history, in the same form as blind8's, written after the set.
BLIND45_HISTORY_FILE = Path(__file__).with_name("blind45_history.yaml")
BLIND46_EMAILS_FILE = Path(__file__).with_name("blind46_emails.yaml")
# blind46's owner's filed history, in the same form as blind8's, written after the set.
BLIND46_HISTORY_FILE = Path(__file__).with_name("blind46_history.yaml")
BLIND47_EMAILS_FILE = Path(__file__).with_name("blind47_emails.yaml")
# blind47's owner's filed history, in the same form as blind8's, written after the set.
BLIND47_HISTORY_FILE = Path(__file__).with_name("blind47_history.yaml")
BLIND48_EMAILS_FILE = Path(__file__).with_name("blind48_emails.yaml")
# blind48's owner's filed history, in the same form as blind8's, written after the set.
BLIND48_HISTORY_FILE = Path(__file__).with_name("blind48_history.yaml")
BLIND49_EMAILS_FILE = Path(__file__).with_name("blind49_emails.yaml")
# blind49's owner's filed history, in the same form as blind8's, written after the set.
BLIND49_HISTORY_FILE = Path(__file__).with_name("blind49_history.yaml")
BLIND50_EMAILS_FILE = Path(__file__).with_name("blind50_emails.yaml")
# blind50's owner's filed history, in the same form as blind8's, written after the set.
BLIND50_HISTORY_FILE = Path(__file__).with_name("blind50_history.yaml")
BLIND51_EMAILS_FILE = Path(__file__).with_name("blind51_emails.yaml")
# blind51's owner's filed history, in the same form as blind8's, written after the set.
BLIND51_HISTORY_FILE = Path(__file__).with_name("blind51_history.yaml")
BLIND52_EMAILS_FILE = Path(__file__).with_name("blind52_emails.yaml")
# blind52's owner's filed history, in the same form as blind8's, written after the set.
BLIND52_HISTORY_FILE = Path(__file__).with_name("blind52_history.yaml")
BLIND53_EMAILS_FILE = Path(__file__).with_name("blind53_emails.yaml")
# blind53's owner's filed history, in the same form as blind8's, written after the set.
BLIND53_HISTORY_FILE = Path(__file__).with_name("blind53_history.yaml")
BLIND54_EMAILS_FILE = Path(__file__).with_name("blind54_emails.yaml")
# blind54's owner's filed history, in the same form as blind8's, written after the set.
BLIND54_HISTORY_FILE = Path(__file__).with_name("blind54_history.yaml")
BLIND55_EMAILS_FILE = Path(__file__).with_name("blind55_emails.yaml")
# blind55's owner's filed history, in the same form as blind8's, written after the set.
BLIND55_HISTORY_FILE = Path(__file__).with_name("blind55_history.yaml")
BLIND56_EMAILS_FILE = Path(__file__).with_name("blind56_emails.yaml")
# blind56's owner's filed history, in the same form as blind8's, written after the set.
BLIND56_HISTORY_FILE = Path(__file__).with_name("blind56_history.yaml")
BLIND57_EMAILS_FILE = Path(__file__).with_name("blind57_emails.yaml")
# blind57's owner's filed history, in the same form as blind8's, written after the set.
BLIND57_HISTORY_FILE = Path(__file__).with_name("blind57_history.yaml")
BLIND58_EMAILS_FILE = Path(__file__).with_name("blind58_emails.yaml")
# blind58's owner's filed history, in the same form as blind8's, written after the set.
BLIND58_HISTORY_FILE = Path(__file__).with_name("blind58_history.yaml")
BLIND59_EMAILS_FILE = Path(__file__).with_name("blind59_emails.yaml")
# blind59's owner's filed history, in the same form as blind8's, written after the set.
BLIND59_HISTORY_FILE = Path(__file__).with_name("blind59_history.yaml")
BLIND60_EMAILS_FILE = Path(__file__).with_name("blind60_emails.yaml")
# blind60's owner's filed history, in the same form as blind8's, written after the set.
BLIND60_HISTORY_FILE = Path(__file__).with_name("blind60_history.yaml")
BLIND61_EMAILS_FILE = Path(__file__).with_name("blind61_emails.yaml")
# blind61's owner's filed history, in the same form as blind8's, written after the set.
BLIND61_HISTORY_FILE = Path(__file__).with_name("blind61_history.yaml")
BLIND62_EMAILS_FILE = Path(__file__).with_name("blind62_emails.yaml")
# blind62's owner's filed history, in the same form as blind8's, written after the set.
BLIND62_HISTORY_FILE = Path(__file__).with_name("blind62_history.yaml")
BLIND63_EMAILS_FILE = Path(__file__).with_name("blind63_emails.yaml")
# blind63's owner's filed history, in the same form as blind8's, written after the set.
BLIND63_HISTORY_FILE = Path(__file__).with_name("blind63_history.yaml")
BLIND64_EMAILS_FILE = Path(__file__).with_name("blind64_emails.yaml")
# blind64's owner's filed history, in the same form as blind8's, written after the set.
BLIND64_HISTORY_FILE = Path(__file__).with_name("blind64_history.yaml")
BLIND65_EMAILS_FILE = Path(__file__).with_name("blind65_emails.yaml")
# blind65's owner's filed history, in the same form as blind8's, written after the set.
BLIND65_HISTORY_FILE = Path(__file__).with_name("blind65_history.yaml")
BLIND66_EMAILS_FILE = Path(__file__).with_name("blind66_emails.yaml")
# blind66's owner's filed history, in the same form as blind8's, written after the set.
BLIND66_HISTORY_FILE = Path(__file__).with_name("blind66_history.yaml")
BLIND67_EMAILS_FILE = Path(__file__).with_name("blind67_emails.yaml")
# blind67's owner's filed history, in the same form as blind8's, written after the set.
BLIND67_HISTORY_FILE = Path(__file__).with_name("blind67_history.yaml")
BLIND68_EMAILS_FILE = Path(__file__).with_name("blind68_emails.yaml")
# blind68's owner's filed history, in the same form as blind8's, written after the set.
BLIND68_HISTORY_FILE = Path(__file__).with_name("blind68_history.yaml")
BLIND69_EMAILS_FILE = Path(__file__).with_name("blind69_emails.yaml")
# blind69's owner's filed history, in the same form as blind8's, written after the set.
BLIND69_HISTORY_FILE = Path(__file__).with_name("blind69_history.yaml")
BLIND70_EMAILS_FILE = Path(__file__).with_name("blind70_emails.yaml")
# blind70's owner's filed history, in the same form as blind8's, written after the set.
BLIND70_HISTORY_FILE = Path(__file__).with_name("blind70_history.yaml")
BLIND71_EMAILS_FILE = Path(__file__).with_name("blind71_emails.yaml")
# blind71's owner's filed history, in the same form as blind8's, written after the set.
BLIND71_HISTORY_FILE = Path(__file__).with_name("blind71_history.yaml")
BLIND72_EMAILS_FILE = Path(__file__).with_name("blind72_emails.yaml")
# blind72's owner's filed history, in the same form as blind8's, written after the set.
BLIND72_HISTORY_FILE = Path(__file__).with_name("blind72_history.yaml")
BLIND73_EMAILS_FILE = Path(__file__).with_name("blind73_emails.yaml")
# blind73's owner's filed history, in the same form as blind8's, written after the set.
BLIND73_HISTORY_FILE = Path(__file__).with_name("blind73_history.yaml")
BLIND74_EMAILS_FILE = Path(__file__).with_name("blind74_emails.yaml")
# blind74's owner's filed history, in the same form as blind8's, written after the set.
BLIND74_HISTORY_FILE = Path(__file__).with_name("blind74_history.yaml")
BLIND75_EMAILS_FILE = Path(__file__).with_name("blind75_emails.yaml")
# blind75's owner's filed history, in the same form as blind8's, written after the set.
BLIND75_HISTORY_FILE = Path(__file__).with_name("blind75_history.yaml")
BLIND76_EMAILS_FILE = Path(__file__).with_name("blind76_emails.yaml")
# blind76's owner's filed history, in the same form as blind8's, written after the set.
BLIND76_HISTORY_FILE = Path(__file__).with_name("blind76_history.yaml")
BLIND77_EMAILS_FILE = Path(__file__).with_name("blind77_emails.yaml")
# blind77's owner's filed history, in the same form as blind8's, written after the set.
BLIND77_HISTORY_FILE = Path(__file__).with_name("blind77_history.yaml")
BLIND78_EMAILS_FILE = Path(__file__).with_name("blind78_emails.yaml")
# blind78's owner's filed history, in the same form as blind8's, written after the set.
BLIND78_HISTORY_FILE = Path(__file__).with_name("blind78_history.yaml")
BLIND79_EMAILS_FILE = Path(__file__).with_name("blind79_emails.yaml")
BLIND79_HISTORY_FILE = Path(__file__).with_name("blind79_history.yaml")
BLIND80_EMAILS_FILE = Path(__file__).with_name("blind80_emails.yaml")
# blind80's owner's filed history, in the same form as blind8's, written after the set.
BLIND80_HISTORY_FILE = Path(__file__).with_name("blind80_history.yaml")
BLIND81_EMAILS_FILE = Path(__file__).with_name("blind81_emails.yaml")
# blind81's owner's filed history, in the same form as blind8's, written after the set.
BLIND81_HISTORY_FILE = Path(__file__).with_name("blind81_history.yaml")
BLIND82_EMAILS_FILE = Path(__file__).with_name("blind82_emails.yaml")
# blind82's owner's filed history, in the same form as blind8's, written after the set.
BLIND82_HISTORY_FILE = Path(__file__).with_name("blind82_history.yaml")
BLIND83_EMAILS_FILE = Path(__file__).with_name("blind83_emails.yaml")
# blind83's owner's filed history, in the same form as blind8's, written after the set.
BLIND83_HISTORY_FILE = Path(__file__).with_name("blind83_history.yaml")
BLIND84_EMAILS_FILE = Path(__file__).with_name("blind84_emails.yaml")
# blind84's owner's filed history, in the same form as blind8's, written after the set.
BLIND84_HISTORY_FILE = Path(__file__).with_name("blind84_history.yaml")
BLIND85_EMAILS_FILE = Path(__file__).with_name("blind85_emails.yaml")
# blind85's owner's filed history, in the same form as blind8's, written after the set.
BLIND85_HISTORY_FILE = Path(__file__).with_name("blind85_history.yaml")
BLIND86_EMAILS_FILE = Path(__file__).with_name("blind86_emails.yaml")
BLIND86_HISTORY_FILE = Path(__file__).with_name("blind86_history.yaml")
BLIND87_EMAILS_FILE = Path(__file__).with_name("blind87_emails.yaml")
# blind87's owner's filed history, in the same form as blind8's, written after the set.
BLIND87_HISTORY_FILE = Path(__file__).with_name("blind87_history.yaml")
BLIND88_EMAILS_FILE = Path(__file__).with_name("blind88_emails.yaml")
# blind88's owner's filed history, in the same form as blind8's, written after the set.
BLIND88_HISTORY_FILE = Path(__file__).with_name("blind88_history.yaml")
BLIND89_EMAILS_FILE = Path(__file__).with_name("blind89_emails.yaml")
# blind89's owner's filed history, in the same form as blind8's, written after the set.
BLIND89_HISTORY_FILE = Path(__file__).with_name("blind89_history.yaml")
BLIND90_EMAILS_FILE = Path(__file__).with_name("blind90_emails.yaml")
# blind90's owner's filed history, in the same form as blind8's, written after the set.
BLIND90_HISTORY_FILE = Path(__file__).with_name("blind90_history.yaml")
BLIND91_EMAILS_FILE = Path(__file__).with_name("blind91_emails.yaml")
# blind91's owner's filed history, in the same form as blind8's, written after the set.
BLIND91_HISTORY_FILE = Path(__file__).with_name("blind91_history.yaml")
BLIND92_EMAILS_FILE = Path(__file__).with_name("blind92_emails.yaml")
# blind92's owner's filed history, in the same form as blind8's, written after the set.
BLIND92_HISTORY_FILE = Path(__file__).with_name("blind92_history.yaml")
BLIND93_EMAILS_FILE = Path(__file__).with_name("blind93_emails.yaml")
# blind93's owner's filed history, in the same form as blind8's, written after the set.
BLIND93_HISTORY_FILE = Path(__file__).with_name("blind93_history.yaml")
BLIND94_EMAILS_FILE = Path(__file__).with_name("blind94_emails.yaml")
# blind94's owner's filed history, in the same form as blind8's, written after the set.
BLIND94_HISTORY_FILE = Path(__file__).with_name("blind94_history.yaml")
BLIND95_EMAILS_FILE = Path(__file__).with_name("blind95_emails.yaml")
# blind95's owner's filed history, in the same form as blind8's, written after the set.
BLIND95_HISTORY_FILE = Path(__file__).with_name("blind95_history.yaml")
BLIND96_EMAILS_FILE = Path(__file__).with_name("blind96_emails.yaml")
# blind96's owner's filed history, in the same form as blind8's, written after the set.
BLIND96_HISTORY_FILE = Path(__file__).with_name("blind96_history.yaml")
BLIND97_EMAILS_FILE = Path(__file__).with_name("blind97_emails.yaml")
# blind97's owner's filed history, in the same form as blind8's, written after the set.
BLIND97_HISTORY_FILE = Path(__file__).with_name("blind97_history.yaml")
BLIND98_EMAILS_FILE = Path(__file__).with_name("blind98_emails.yaml")
# blind98's owner's filed history, in the same form as blind8's, written after the set.
BLIND98_HISTORY_FILE = Path(__file__).with_name("blind98_history.yaml")
BLIND99_EMAILS_FILE = Path(__file__).with_name("blind99_emails.yaml")
# blind99's owner's filed history, in the same form as blind8's, written after the set.
BLIND99_HISTORY_FILE = Path(__file__).with_name("blind99_history.yaml")
BLIND100_EMAILS_FILE = Path(__file__).with_name("blind100_emails.yaml")
# blind100's owner's filed history, in the same form as blind8's, written after the set.
BLIND100_HISTORY_FILE = Path(__file__).with_name("blind100_history.yaml")
BLIND101_EMAILS_FILE = Path(__file__).with_name("blind101_emails.yaml")
# blind101's owner's filed history, in the same form as blind8's, written after the set.
BLIND101_HISTORY_FILE = Path(__file__).with_name("blind101_history.yaml")
BLIND102_EMAILS_FILE = Path(__file__).with_name("blind102_emails.yaml")
# blind102's owner's filed history, in the same form as blind8's, written after the set.
BLIND102_HISTORY_FILE = Path(__file__).with_name("blind102_history.yaml")
BLIND103_EMAILS_FILE = Path(__file__).with_name("blind103_emails.yaml")
# blind103's owner's filed history, in the same form as blind8's, written after the set.
BLIND103_HISTORY_FILE = Path(__file__).with_name("blind103_history.yaml")
BLIND104_EMAILS_FILE = Path(__file__).with_name("blind104_emails.yaml")
# blind104's owner's filed history, in the same form as blind8's, written after the set.
BLIND104_HISTORY_FILE = Path(__file__).with_name("blind104_history.yaml")
BLIND105_EMAILS_FILE = Path(__file__).with_name("blind105_emails.yaml")
# blind105's owner's filed history, in the same form as blind8's, written after the set.
BLIND105_HISTORY_FILE = Path(__file__).with_name("blind105_history.yaml")
BLIND106_EMAILS_FILE = Path(__file__).with_name("blind106_emails.yaml")
# blind106's owner's filed history, in the same form as blind8's, written after the set.
BLIND106_HISTORY_FILE = Path(__file__).with_name("blind106_history.yaml")
BLIND107_EMAILS_FILE = Path(__file__).with_name("blind107_emails.yaml")
# blind107's owner's filed history, in the same form as blind8's, written after the set.
BLIND107_HISTORY_FILE = Path(__file__).with_name("blind107_history.yaml")
BLIND108_EMAILS_FILE = Path(__file__).with_name("blind108_emails.yaml")
# blind108's owner's filed history, in the same form as blind8's, written after the set.
BLIND108_HISTORY_FILE = Path(__file__).with_name("blind108_history.yaml")
BLIND109_EMAILS_FILE = Path(__file__).with_name("blind109_emails.yaml")
# blind109's owner's filed history, in the same form as blind8's, written after the set.
BLIND109_HISTORY_FILE = Path(__file__).with_name("blind109_history.yaml")
BLIND110_EMAILS_FILE = Path(__file__).with_name("blind110_emails.yaml")
# blind110's owner's filed history, in the same form as blind8's, written after the set.
BLIND110_HISTORY_FILE = Path(__file__).with_name("blind110_history.yaml")
BLIND111_EMAILS_FILE = Path(__file__).with_name("blind111_emails.yaml")
# blind111's owner's filed history, in the same form as blind8's, written after the set.
BLIND111_HISTORY_FILE = Path(__file__).with_name("blind111_history.yaml")
BLIND112_EMAILS_FILE = Path(__file__).with_name("blind112_emails.yaml")
# blind112's owner's filed history, in the same form as blind8's, written after the set.
BLIND112_HISTORY_FILE = Path(__file__).with_name("blind112_history.yaml")
BLIND113_EMAILS_FILE = Path(__file__).with_name("blind113_emails.yaml")
# blind113's owner's filed history, in the same form as blind8's, written after the set.
BLIND113_HISTORY_FILE = Path(__file__).with_name("blind113_history.yaml")
BLIND114_EMAILS_FILE = Path(__file__).with_name("blind114_emails.yaml")
# blind114's owner's filed history, in the same form as blind8's, written after the set.
BLIND114_HISTORY_FILE = Path(__file__).with_name("blind114_history.yaml")
BLIND115_EMAILS_FILE = Path(__file__).with_name("blind115_emails.yaml")
# blind115's owner's filed history, in the same form as blind8's, written after the set.
BLIND115_HISTORY_FILE = Path(__file__).with_name("blind115_history.yaml")
BLIND116_EMAILS_FILE = Path(__file__).with_name("blind116_emails.yaml")
# blind116's owner's filed history, in the same form as blind8's, written after the set.
BLIND116_HISTORY_FILE = Path(__file__).with_name("blind116_history.yaml")
BLIND117_EMAILS_FILE = Path(__file__).with_name("blind117_emails.yaml")
# blind117's owner's filed history, in the same form as blind8's, written after the set.
BLIND117_HISTORY_FILE = Path(__file__).with_name("blind117_history.yaml")
BLIND118_EMAILS_FILE = Path(__file__).with_name("blind118_emails.yaml")
# blind118's owner's filed history, in the same form as blind8's, written after the set.
BLIND118_HISTORY_FILE = Path(__file__).with_name("blind118_history.yaml")
BLIND119_EMAILS_FILE = Path(__file__).with_name("blind119_emails.yaml")
# blind119's owner's filed history, in the same form as blind8's, written after the set.
BLIND119_HISTORY_FILE = Path(__file__).with_name("blind119_history.yaml")
BLIND120_EMAILS_FILE = Path(__file__).with_name("blind120_emails.yaml")
# blind120's owner's filed history, in the same form as blind8's, written after the set.
BLIND120_HISTORY_FILE = Path(__file__).with_name("blind120_history.yaml")
BLIND121_EMAILS_FILE = Path(__file__).with_name("blind121_emails.yaml")
# blind121's owner's filed history, in the same form as blind8's, written after the set.
BLIND121_HISTORY_FILE = Path(__file__).with_name("blind121_history.yaml")
BLIND122_EMAILS_FILE = Path(__file__).with_name("blind122_emails.yaml")
# blind122's owner's filed history, in the same form as blind8's, written after the set.
BLIND122_HISTORY_FILE = Path(__file__).with_name("blind122_history.yaml")
BLIND123_EMAILS_FILE = Path(__file__).with_name("blind123_emails.yaml")
# blind123's owner's filed history, in the same form as blind8's, written after the set.
BLIND123_HISTORY_FILE = Path(__file__).with_name("blind123_history.yaml")
BLIND124_EMAILS_FILE = Path(__file__).with_name("blind124_emails.yaml")
# blind124's owner's filed history, in the same form as blind8's, written after the set.
BLIND124_HISTORY_FILE = Path(__file__).with_name("blind124_history.yaml")
BLIND125_EMAILS_FILE = Path(__file__).with_name("blind125_emails.yaml")
# blind125's owner's filed history, in the same form as blind8's, written after the set.
BLIND125_HISTORY_FILE = Path(__file__).with_name("blind125_history.yaml")
BLIND126_EMAILS_FILE = Path(__file__).with_name("blind126_emails.yaml")
# blind126's owner's filed history, in the same form as blind8's, written after the set.
BLIND126_HISTORY_FILE = Path(__file__).with_name("blind126_history.yaml")
BLIND127_EMAILS_FILE = Path(__file__).with_name("blind127_emails.yaml")
# blind127's owner's filed history, in the same form as blind8's, written after the set.
BLIND127_HISTORY_FILE = Path(__file__).with_name("blind127_history.yaml")
BLIND128_EMAILS_FILE = Path(__file__).with_name("blind128_emails.yaml")
# blind128's owner's filed history, in the same form as blind8's, written after the set.
BLIND128_HISTORY_FILE = Path(__file__).with_name("blind128_history.yaml")
BLIND129_EMAILS_FILE = Path(__file__).with_name("blind129_emails.yaml")
# blind129's owner's filed history, in the same form as blind8's, written after the set.
BLIND129_HISTORY_FILE = Path(__file__).with_name("blind129_history.yaml")
BLIND130_EMAILS_FILE = Path(__file__).with_name("blind130_emails.yaml")
# blind130's owner's filed history, in the same form as blind8's, written after the set.
BLIND130_HISTORY_FILE = Path(__file__).with_name("blind130_history.yaml")
BLIND131_EMAILS_FILE = Path(__file__).with_name("blind131_emails.yaml")
# blind131's owner's filed history, in the same form as blind8's, written after the set.
BLIND131_HISTORY_FILE = Path(__file__).with_name("blind131_history.yaml")
BLIND132_EMAILS_FILE = Path(__file__).with_name("blind132_emails.yaml")
# blind132's owner's filed history, in the same form as blind8's, written after the set.
BLIND132_HISTORY_FILE = Path(__file__).with_name("blind132_history.yaml")
BLIND133_EMAILS_FILE = Path(__file__).with_name("blind133_emails.yaml")
# blind133's owner's filed history, in the same form as blind8's, written after the set.
BLIND133_HISTORY_FILE = Path(__file__).with_name("blind133_history.yaml")
BLIND134_EMAILS_FILE = Path(__file__).with_name("blind134_emails.yaml")
# blind134's owner's filed history, in the same form as blind8's, written after the set.
BLIND134_HISTORY_FILE = Path(__file__).with_name("blind134_history.yaml")
BLIND135_EMAILS_FILE = Path(__file__).with_name("blind135_emails.yaml")
# blind135's owner's filed history, in the same form as blind8's, written after the set.
BLIND135_HISTORY_FILE = Path(__file__).with_name("blind135_history.yaml")
BLIND136_EMAILS_FILE = Path(__file__).with_name("blind136_emails.yaml")
# blind136's owner's filed history, in the same form as blind8's, written after the set.
BLIND136_HISTORY_FILE = Path(__file__).with_name("blind136_history.yaml")
BLIND137_EMAILS_FILE = Path(__file__).with_name("blind137_emails.yaml")
# blind137's owner's filed history, in the same form as blind8's, written after the set.
BLIND137_HISTORY_FILE = Path(__file__).with_name("blind137_history.yaml")
BLIND138_EMAILS_FILE = Path(__file__).with_name("blind138_emails.yaml")
# blind138's owner's filed history, in the same form as blind8's, written after the set.
BLIND138_HISTORY_FILE = Path(__file__).with_name("blind138_history.yaml")
BLIND139_EMAILS_FILE = Path(__file__).with_name("blind139_emails.yaml")
# blind139's owner's filed history, in the same form as blind8's, written after the set.
BLIND139_HISTORY_FILE = Path(__file__).with_name("blind139_history.yaml")
BLIND140_EMAILS_FILE = Path(__file__).with_name("blind140_emails.yaml")
# blind140's owner's filed history, in the same form as blind8's, written after the set.
BLIND140_HISTORY_FILE = Path(__file__).with_name("blind140_history.yaml")
BLIND141_EMAILS_FILE = Path(__file__).with_name("blind141_emails.yaml")
# blind141's owner's filed history, in the same form as blind8's, written after the set.
BLIND141_HISTORY_FILE = Path(__file__).with_name("blind141_history.yaml")
BLIND142_EMAILS_FILE = Path(__file__).with_name("blind142_emails.yaml")
# blind142's owner's filed history, in the same form as blind8's, written after the set.
BLIND142_HISTORY_FILE = Path(__file__).with_name("blind142_history.yaml")
BLIND143_EMAILS_FILE = Path(__file__).with_name("blind143_emails.yaml")
# blind143's owner's filed history, in the same form as blind8's, written after the set.
BLIND143_HISTORY_FILE = Path(__file__).with_name("blind143_history.yaml")
BLIND144_EMAILS_FILE = Path(__file__).with_name("blind144_emails.yaml")
# blind144's owner's filed history, in the same form as blind8's, written after the set.
BLIND144_HISTORY_FILE = Path(__file__).with_name("blind144_history.yaml")
BLIND145_EMAILS_FILE = Path(__file__).with_name("blind145_emails.yaml")
# blind145's owner's filed history, in the same form as blind8's, written after the set.
BLIND145_HISTORY_FILE = Path(__file__).with_name("blind145_history.yaml")
BLIND146_EMAILS_FILE = Path(__file__).with_name("blind146_emails.yaml")
# blind146's owner's filed history, in the same form as blind8's, written after the set.
BLIND146_HISTORY_FILE = Path(__file__).with_name("blind146_history.yaml")
BLIND147_EMAILS_FILE = Path(__file__).with_name("blind147_emails.yaml")
# blind147's owner's filed history, in the same form as blind8's, written after the set.
BLIND147_HISTORY_FILE = Path(__file__).with_name("blind147_history.yaml")
BLIND148_EMAILS_FILE = Path(__file__).with_name("blind148_emails.yaml")
# blind148's owner's filed history, in the same form as blind8's, written after the set.
BLIND148_HISTORY_FILE = Path(__file__).with_name("blind148_history.yaml")
BLIND149_EMAILS_FILE = Path(__file__).with_name("blind149_emails.yaml")
# blind149's owner's filed history, in the same form as blind8's, written after the set.
BLIND149_HISTORY_FILE = Path(__file__).with_name("blind149_history.yaml")
BLIND150_EMAILS_FILE = Path(__file__).with_name("blind150_emails.yaml")
# blind150's owner's filed history, in the same form as blind8's, written after the set.
BLIND150_HISTORY_FILE = Path(__file__).with_name("blind150_history.yaml")
BLIND151_EMAILS_FILE = Path(__file__).with_name("blind151_emails.yaml")
# blind151's owner's filed history, in the same form as blind8's, written after the set.
BLIND151_HISTORY_FILE = Path(__file__).with_name("blind151_history.yaml")
BLIND152_EMAILS_FILE = Path(__file__).with_name("blind152_emails.yaml")
# blind152's owner's filed history, in the same form as blind8's, written after the set.
BLIND152_HISTORY_FILE = Path(__file__).with_name("blind152_history.yaml")
BLIND153_EMAILS_FILE = Path(__file__).with_name("blind153_emails.yaml")
# blind153's owner's filed history, in the same form as blind8's, written after the set.
BLIND153_HISTORY_FILE = Path(__file__).with_name("blind153_history.yaml")
BLIND154_EMAILS_FILE = Path(__file__).with_name("blind154_emails.yaml")
# blind154's owner's filed history, in the same form as blind8's, written after the set.
BLIND154_HISTORY_FILE = Path(__file__).with_name("blind154_history.yaml")
BLIND155_EMAILS_FILE = Path(__file__).with_name("blind155_emails.yaml")
# blind155's owner's filed history, in the same form as blind8's, written after the set.
BLIND155_HISTORY_FILE = Path(__file__).with_name("blind155_history.yaml")
BLIND156_EMAILS_FILE = Path(__file__).with_name("blind156_emails.yaml")
# blind156's owner's filed history, in the same form as blind8's, written after the set.
BLIND156_HISTORY_FILE = Path(__file__).with_name("blind156_history.yaml")
BLIND157_EMAILS_FILE = Path(__file__).with_name("blind157_emails.yaml")
# blind157's owner's filed history, in the same form as blind8's, written after the set.
BLIND157_HISTORY_FILE = Path(__file__).with_name("blind157_history.yaml")
BLIND158_EMAILS_FILE = Path(__file__).with_name("blind158_emails.yaml")
# blind158's owner's filed history, in the same form as blind8's, written after the set.
BLIND158_HISTORY_FILE = Path(__file__).with_name("blind158_history.yaml")
BLIND159_EMAILS_FILE = Path(__file__).with_name("blind159_emails.yaml")
# blind159's owner's filed history, in the same form as blind8's, written after the set.
BLIND159_HISTORY_FILE = Path(__file__).with_name("blind159_history.yaml")
BLIND160_EMAILS_FILE = Path(__file__).with_name("blind160_emails.yaml")
# blind160's owner's filed history, in the same form as blind8's, written after the set.
BLIND160_HISTORY_FILE = Path(__file__).with_name("blind160_history.yaml")
BLIND161_EMAILS_FILE = Path(__file__).with_name("blind161_emails.yaml")
# blind161's owner's filed history, in the same form as blind8's, written after the set.
BLIND161_HISTORY_FILE = Path(__file__).with_name("blind161_history.yaml")
BLIND162_EMAILS_FILE = Path(__file__).with_name("blind162_emails.yaml")
# blind162's owner's filed history, in the same form as blind8's, written after the set.
BLIND162_HISTORY_FILE = Path(__file__).with_name("blind162_history.yaml")
BLIND163_EMAILS_FILE = Path(__file__).with_name("blind163_emails.yaml")
# blind163's owner's filed history, in the same form as blind8's, written after the set.
BLIND163_HISTORY_FILE = Path(__file__).with_name("blind163_history.yaml")
BLIND164_EMAILS_FILE = Path(__file__).with_name("blind164_emails.yaml")
# blind164's owner's filed history, in the same form as blind8's, written after the set.
BLIND164_HISTORY_FILE = Path(__file__).with_name("blind164_history.yaml")
BLIND165_EMAILS_FILE = Path(__file__).with_name("blind165_emails.yaml")
# blind165's owner's filed history, in the same form as blind8's, written after the set.
BLIND165_HISTORY_FILE = Path(__file__).with_name("blind165_history.yaml")
BLIND166_EMAILS_FILE = Path(__file__).with_name("blind166_emails.yaml")
# blind166's owner's filed history, in the same form as blind8's, written after the set.
BLIND166_HISTORY_FILE = Path(__file__).with_name("blind166_history.yaml")
BLIND167_EMAILS_FILE = Path(__file__).with_name("blind167_emails.yaml")
# blind167's owner's filed history, in the same form as blind8's, written after the set.
BLIND167_HISTORY_FILE = Path(__file__).with_name("blind167_history.yaml")
BLIND168_EMAILS_FILE = Path(__file__).with_name("blind168_emails.yaml")
# blind168's owner's filed history, in the same form as blind8's, written after the set.
BLIND168_HISTORY_FILE = Path(__file__).with_name("blind168_history.yaml")
BLIND169_EMAILS_FILE = Path(__file__).with_name("blind169_emails.yaml")
# blind169's owner's filed history, in the same form as blind8's, written after the set.
BLIND169_HISTORY_FILE = Path(__file__).with_name("blind169_history.yaml")
BLIND170_EMAILS_FILE = Path(__file__).with_name("blind170_emails.yaml")
# blind170's owner's filed history, in the same form as blind8's, written after the set.
BLIND170_HISTORY_FILE = Path(__file__).with_name("blind170_history.yaml")
BLIND171_EMAILS_FILE = Path(__file__).with_name("blind171_emails.yaml")
# blind171's owner's filed history, in the same form as blind8's, written after the set.
BLIND171_HISTORY_FILE = Path(__file__).with_name("blind171_history.yaml")
BLIND172_EMAILS_FILE = Path(__file__).with_name("blind172_emails.yaml")
# blind172's owner's filed history, in the same form as blind8's, written after the set.
BLIND172_HISTORY_FILE = Path(__file__).with_name("blind172_history.yaml")
BLIND173_EMAILS_FILE = Path(__file__).with_name("blind173_emails.yaml")
# blind173's owner's filed history, in the same form as blind8's, written after the set.
BLIND173_HISTORY_FILE = Path(__file__).with_name("blind173_history.yaml")
BLIND174_EMAILS_FILE = Path(__file__).with_name("blind174_emails.yaml")
# blind174's owner's filed history, in the same form as blind8's, written after the set.
BLIND174_HISTORY_FILE = Path(__file__).with_name("blind174_history.yaml")
BLIND175_EMAILS_FILE = Path(__file__).with_name("blind175_emails.yaml")
# blind175's owner's filed history, in the same form as blind8's, written after the set.
BLIND175_HISTORY_FILE = Path(__file__).with_name("blind175_history.yaml")
BLIND176_EMAILS_FILE = Path(__file__).with_name("blind176_emails.yaml")
# blind176's owner's filed history, in the same form as blind8's, written after the set.
BLIND176_HISTORY_FILE = Path(__file__).with_name("blind176_history.yaml")
BLIND177_EMAILS_FILE = Path(__file__).with_name("blind177_emails.yaml")
# blind177's owner's filed history, in the same form as blind8's, written after the set.
BLIND177_HISTORY_FILE = Path(__file__).with_name("blind177_history.yaml")
BLIND178_EMAILS_FILE = Path(__file__).with_name("blind178_emails.yaml")
# blind178's owner's filed history, in the same form as blind8's, written after the set.
BLIND178_HISTORY_FILE = Path(__file__).with_name("blind178_history.yaml")
BLIND179_EMAILS_FILE = Path(__file__).with_name("blind179_emails.yaml")
# blind179's owner's filed history, in the same form as blind8's, written after the set.
BLIND179_HISTORY_FILE = Path(__file__).with_name("blind179_history.yaml")
BLIND180_EMAILS_FILE = Path(__file__).with_name("blind180_emails.yaml")
# blind180's owner's filed history, in the same form as blind8's, written after the set.
BLIND180_HISTORY_FILE = Path(__file__).with_name("blind180_history.yaml")
BLIND181_EMAILS_FILE = Path(__file__).with_name("blind181_emails.yaml")
# blind181's owner's filed history, in the same form as blind8's, written after the set.
BLIND181_HISTORY_FILE = Path(__file__).with_name("blind181_history.yaml")
BLIND182_EMAILS_FILE = Path(__file__).with_name("blind182_emails.yaml")
# blind182's owner's filed history, in the same form as blind8's, written after the set.
BLIND182_HISTORY_FILE = Path(__file__).with_name("blind182_history.yaml")
BLIND183_EMAILS_FILE = Path(__file__).with_name("blind183_emails.yaml")
# blind183's owner's filed history, in the same form as blind8's, written after the set.
BLIND183_HISTORY_FILE = Path(__file__).with_name("blind183_history.yaml")
BLIND184_EMAILS_FILE = Path(__file__).with_name("blind184_emails.yaml")
# blind184's owner's filed history, in the same form as blind8's, written after the set.
BLIND184_HISTORY_FILE = Path(__file__).with_name("blind184_history.yaml")
BLIND185_EMAILS_FILE = Path(__file__).with_name("blind185_emails.yaml")
# blind185's owner's filed history, in the same form as blind8's, written after the set.
BLIND185_HISTORY_FILE = Path(__file__).with_name("blind185_history.yaml")
BLIND186_EMAILS_FILE = Path(__file__).with_name("blind186_emails.yaml")
# blind186's owner's filed history, in the same form as blind8's, written after the set.
BLIND186_HISTORY_FILE = Path(__file__).with_name("blind186_history.yaml")
BLIND187_EMAILS_FILE = Path(__file__).with_name("blind187_emails.yaml")
# blind187's owner's filed history, in the same form as blind8's, written after the set.
BLIND187_HISTORY_FILE = Path(__file__).with_name("blind187_history.yaml")
BLIND188_EMAILS_FILE = Path(__file__).with_name("blind188_emails.yaml")
# blind188's owner's filed history, in the same form as blind8's, written after the set.
BLIND188_HISTORY_FILE = Path(__file__).with_name("blind188_history.yaml")
BLIND189_EMAILS_FILE = Path(__file__).with_name("blind189_emails.yaml")
# blind189's owner's filed history, in the same form as blind8's, written after the set.
BLIND189_HISTORY_FILE = Path(__file__).with_name("blind189_history.yaml")
BLIND190_EMAILS_FILE = Path(__file__).with_name("blind190_emails.yaml")
# blind190's owner's filed history, in the same form as blind8's, written after the set.
BLIND190_HISTORY_FILE = Path(__file__).with_name("blind190_history.yaml")
BLIND191_EMAILS_FILE = Path(__file__).with_name("blind191_emails.yaml")
# blind191's owner's filed history, in the same form as blind8's, written after the set.
BLIND191_HISTORY_FILE = Path(__file__).with_name("blind191_history.yaml")
BLIND192_EMAILS_FILE = Path(__file__).with_name("blind192_emails.yaml")
# blind192's owner's filed history, in the same form as blind8's, written after the set.
BLIND192_HISTORY_FILE = Path(__file__).with_name("blind192_history.yaml")
LabelledSetName = Literal[
    "golden",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
    "blind46",
    "blind47",
    "blind48",
    "blind49",
    "blind50",
    "blind51",
    "blind52",
    "blind53",
    "blind54",
    "blind55",
    "blind56",
    "blind57",
    "blind58",
    "blind59",
    "blind60",
    "blind61",
    "blind62",
    "blind63",
    "blind64",
    "blind65",
    "blind66",
    "blind67",
    "blind68",
    "blind69",
    "blind70",
    "blind71",
    "blind72",
    "blind73",
    "blind74",
    "blind75",
    "blind76",
    "blind77",
    "blind78",
    "blind79",
    "blind80",
    "blind81",
    "blind82",
    "blind83",
    "blind84",
    "blind85",
    "blind86",
    "blind87",
    "blind88",
    "blind89",
    "blind90",
    "blind91",
    "blind92",
    "blind93",
    "blind94",
    "blind95",
    "blind96",
    "blind97",
    "blind98",
    "blind99",
    "blind100",
    "blind101",
    "blind102",
    "blind103",
    "blind104",
    "blind105",
    "blind106",
    "blind107",
    "blind108",
    "blind109",
    "blind110",
    "blind111",
    "blind112",
    "blind113",
    "blind114",
    "blind115",
    "blind116",
    "blind117",
    "blind118",
    "blind119",
    "blind120",
    "blind121",
    "blind122",
    "blind123",
    "blind124",
    "blind125",
    "blind126",
    "blind127",
    "blind128",
    "blind129",
    "blind130",
    "blind131",
    "blind132",
    "blind133",
    "blind134",
    "blind135",
    "blind136",
    "blind137",
    "blind138",
    "blind139",
    "blind140",
    "blind141",
    "blind142",
    "blind143",
    "blind144",
    "blind145",
    "blind146",
    "blind147",
    "blind148",
    "blind149",
    "blind150",
    "blind151",
    "blind152",
    "blind153",
    "blind154",
    "blind155",
    "blind156",
    "blind157",
    "blind158",
    "blind159",
    "blind160",
    "blind161",
    "blind162",
    "blind163",
    "blind164",
    "blind165",
    "blind166",
    "blind167",
    "blind168",
    "blind169",
    "blind170",
    "blind171",
    "blind172",
    "blind173",
    "blind174",
    "blind175",
    "blind176",
    "blind177",
    "blind178",
    "blind179",
    "blind180",
    "blind181",
    "blind182",
    "blind183",
    "blind184",
    "blind185",
    "blind186",
    "blind187",
    "blind188",
    "blind189",
    "blind190",
    "blind191",
    "blind192",
    "unseen",
    "all",
]
LABELLED_SET_NAMES: tuple[LabelledSetName, ...] = get_args(LabelledSetName)
# Each set on its own, without "unseen" and "all", which gather them.
SINGLE_SETS: tuple[LabelledSetName, ...] = tuple(
    n for n in LABELLED_SET_NAMES if n not in ("unseen", "all")
)
# The sets nobody has tuned the classifier on yet: a set leaves this tuple the day it is tuned on.
UNSEEN_SETS: tuple[LabelledSetName, ...] = (
    "blind189",
    "blind190",
    "blind191",
    "blind192",
)


def load_heldout_emails() -> tuple[SampleEmail, ...]:
    """Read the held-out set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(HELDOUT_EMAILS_FILE)


def load_blind_emails() -> tuple[SampleEmail, ...]:
    """Read the blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND_EMAILS_FILE)


def load_blind2_emails() -> tuple[SampleEmail, ...]:
    """Read the second blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND2_EMAILS_FILE)


def load_blind3_emails() -> tuple[SampleEmail, ...]:
    """Read the third blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND3_EMAILS_FILE)


def load_blind4_emails() -> tuple[SampleEmail, ...]:
    """Read the fourth blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND4_EMAILS_FILE)


def load_blind5_emails() -> tuple[SampleEmail, ...]:
    """Read the fifth blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND5_EMAILS_FILE)


def load_blind6_emails() -> tuple[SampleEmail, ...]:
    """Read the sixth blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND6_EMAILS_FILE)


def load_blind7_emails() -> tuple[SampleEmail, ...]:
    """Read the seventh blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND7_EMAILS_FILE)


def load_blind8_emails() -> tuple[SampleEmail, ...]:
    """Read the eighth blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND8_EMAILS_FILE)


def load_blind8_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind8's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND8_HISTORY_FILE)


def load_blind9_emails() -> tuple[SampleEmail, ...]:
    """Read the ninth blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND9_EMAILS_FILE)


def load_blind9_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind9's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND9_HISTORY_FILE)


def load_blind10_emails() -> tuple[SampleEmail, ...]:
    """Read the tenth blind set."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND10_EMAILS_FILE)


def load_blind10_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind10's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND10_HISTORY_FILE)


def load_blind11_emails() -> tuple[SampleEmail, ...]:
    """Read the eleventh blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND11_EMAILS_FILE)


def load_blind12_emails() -> tuple[SampleEmail, ...]:
    """Read the twelfth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND12_EMAILS_FILE)


def load_blind13_emails() -> tuple[SampleEmail, ...]:
    """Read the thirteenth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND13_EMAILS_FILE)


def load_blind14_emails() -> tuple[SampleEmail, ...]:
    """Read the fourteenth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND14_EMAILS_FILE)


def load_blind15_emails() -> tuple[SampleEmail, ...]:
    """Read the fifteenth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND15_EMAILS_FILE)


def load_blind16_emails() -> tuple[SampleEmail, ...]:
    """Read the sixteenth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND16_EMAILS_FILE)


def load_blind17_emails() -> tuple[SampleEmail, ...]:
    """Read the seventeenth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND17_EMAILS_FILE)


def load_blind18_emails() -> tuple[SampleEmail, ...]:
    """Read the eighteenth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND18_EMAILS_FILE)


def load_blind19_emails() -> tuple[SampleEmail, ...]:
    """Read the nineteenth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND19_EMAILS_FILE)


def load_blind20_emails() -> tuple[SampleEmail, ...]:
    """Read the twentieth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND20_EMAILS_FILE)


def load_blind21_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-first blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND21_EMAILS_FILE)


def load_blind22_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-second blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND22_EMAILS_FILE)


def load_blind23_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-third blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND23_EMAILS_FILE)


def load_blind24_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-fourth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND24_EMAILS_FILE)


def load_blind25_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-fifth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND25_EMAILS_FILE)


def load_blind26_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-sixth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND26_EMAILS_FILE)


def load_blind27_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-seventh blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND27_EMAILS_FILE)


def load_blind28_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-eighth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND28_EMAILS_FILE)


def load_blind29_emails() -> tuple[SampleEmail, ...]:
    """Read the twenty-ninth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND29_EMAILS_FILE)


def load_blind30_emails() -> tuple[SampleEmail, ...]:
    """Read the thirtieth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND30_EMAILS_FILE)


def load_blind31_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-first blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND31_EMAILS_FILE)


def load_blind32_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-second blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND32_EMAILS_FILE)


def load_blind33_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-third blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND33_EMAILS_FILE)


def load_blind34_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-fourth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND34_EMAILS_FILE)


def load_blind35_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-fifth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND35_EMAILS_FILE)


def load_blind36_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-sixth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND36_EMAILS_FILE)


def load_blind37_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-seventh blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND37_EMAILS_FILE)


def load_blind38_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-eighth blind set (real To and Cc lines; no filed history)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND38_EMAILS_FILE)


def load_blind39_emails() -> tuple[SampleEmail, ...]:
    """Read the thirty-ninth blind set (real To and Cc lines; its filed history came after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND39_EMAILS_FILE)


def load_blind39_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind39's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND39_HISTORY_FILE)


def load_blind40_emails() -> tuple[SampleEmail, ...]:
    """Read the fortieth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND40_EMAILS_FILE)


def load_blind40_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind40's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND40_HISTORY_FILE)


def load_blind41_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-first blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND41_EMAILS_FILE)


def load_blind41_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind41's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND41_HISTORY_FILE)


def load_blind42_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-second blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND42_EMAILS_FILE)


def load_blind42_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind42's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND42_HISTORY_FILE)


def load_blind43_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-third blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND43_EMAILS_FILE)


def load_blind43_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind43's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND43_HISTORY_FILE)


def load_blind44_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-fourth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND44_EMAILS_FILE)


def load_blind44_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind44's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND44_HISTORY_FILE)


def load_blind45_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-fifth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND45_EMAILS_FILE)


def load_blind45_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind45's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND45_HISTORY_FILE)


def load_blind46_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-sixth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND46_EMAILS_FILE)


def load_blind46_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind46's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND46_HISTORY_FILE)


def load_blind47_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-seventh blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND47_EMAILS_FILE)


def load_blind47_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind47's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND47_HISTORY_FILE)


def load_blind48_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-eighth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND48_EMAILS_FILE)


def load_blind48_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind48's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND48_HISTORY_FILE)


def load_blind49_emails() -> tuple[SampleEmail, ...]:
    """Read the forty-ninth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND49_EMAILS_FILE)


def load_blind49_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind49's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND49_HISTORY_FILE)


def load_blind50_emails() -> tuple[SampleEmail, ...]:
    """Read the fiftieth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND50_EMAILS_FILE)


def load_blind50_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind50's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND50_HISTORY_FILE)


def load_blind51_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-first blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND51_EMAILS_FILE)


def load_blind51_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind51's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND51_HISTORY_FILE)


def load_blind52_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-second blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND52_EMAILS_FILE)


def load_blind52_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind52's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND52_HISTORY_FILE)


def load_blind53_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-third blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND53_EMAILS_FILE)


def load_blind53_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind53's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND53_HISTORY_FILE)


def load_blind54_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-fourth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND54_EMAILS_FILE)


def load_blind54_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind54's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND54_HISTORY_FILE)


def load_blind55_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-fifth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND55_EMAILS_FILE)


def load_blind55_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind55's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND55_HISTORY_FILE)


def load_blind56_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-sixth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND56_EMAILS_FILE)


def load_blind56_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind56's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND56_HISTORY_FILE)


def load_blind57_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-seventh blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND57_EMAILS_FILE)


def load_blind57_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind57's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND57_HISTORY_FILE)


def load_blind58_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-eighth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND58_EMAILS_FILE)


def load_blind58_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind58's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND58_HISTORY_FILE)


def load_blind59_emails() -> tuple[SampleEmail, ...]:
    """Read the fifty-ninth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND59_EMAILS_FILE)


def load_blind59_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind59's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND59_HISTORY_FILE)


def load_blind60_emails() -> tuple[SampleEmail, ...]:
    """Read the sixtieth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND60_EMAILS_FILE)


def load_blind60_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind60's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND60_HISTORY_FILE)


def load_blind61_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-first blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND61_EMAILS_FILE)


def load_blind61_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind61's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND61_HISTORY_FILE)


def load_blind62_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-second blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND62_EMAILS_FILE)


def load_blind62_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind62's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND62_HISTORY_FILE)


def load_blind63_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-third blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND63_EMAILS_FILE)


def load_blind63_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind63's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND63_HISTORY_FILE)


def load_blind64_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-fourth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND64_EMAILS_FILE)


def load_blind64_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind64's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND64_HISTORY_FILE)


def load_blind65_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-fifth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND65_EMAILS_FILE)


def load_blind65_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind65's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND65_HISTORY_FILE)


def load_blind66_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-sixth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND66_EMAILS_FILE)


def load_blind66_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind66's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND66_HISTORY_FILE)


def load_blind67_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-seventh blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND67_EMAILS_FILE)


def load_blind67_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind67's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND67_HISTORY_FILE)


def load_blind68_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-eighth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND68_EMAILS_FILE)


def load_blind68_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind68's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND68_HISTORY_FILE)


def load_blind69_emails() -> tuple[SampleEmail, ...]:
    """Read the sixty-ninth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND69_EMAILS_FILE)


def load_blind69_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind69's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND69_HISTORY_FILE)


def load_blind70_emails() -> tuple[SampleEmail, ...]:
    """Read the seventieth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND70_EMAILS_FILE)


def load_blind70_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind70's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND70_HISTORY_FILE)


def load_blind71_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-first blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND71_EMAILS_FILE)


def load_blind71_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind71's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND71_HISTORY_FILE)


def load_blind72_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-second blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND72_EMAILS_FILE)


def load_blind72_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind72's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND72_HISTORY_FILE)


def load_blind73_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-third blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND73_EMAILS_FILE)


def load_blind73_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind73's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND73_HISTORY_FILE)


def load_blind74_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-fourth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND74_EMAILS_FILE)


def load_blind74_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind74's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND74_HISTORY_FILE)


def load_blind75_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-fifth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND75_EMAILS_FILE)


def load_blind75_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind75's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND75_HISTORY_FILE)


def load_blind76_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-sixth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND76_EMAILS_FILE)


def load_blind76_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind76's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND76_HISTORY_FILE)


def load_blind77_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-seventh blind set (real To and Cc lines; a filed history written later)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND77_EMAILS_FILE)


def load_blind77_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind77's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND77_HISTORY_FILE)


def load_blind78_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-eighth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND78_EMAILS_FILE)


def load_blind78_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind78's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND78_HISTORY_FILE)


def load_blind79_emails() -> tuple[SampleEmail, ...]:
    """Read the seventy-ninth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND79_EMAILS_FILE)


def load_blind79_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind79's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND79_HISTORY_FILE)


def load_blind80_emails() -> tuple[SampleEmail, ...]:
    """Read the eightieth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND80_EMAILS_FILE)


def load_blind80_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind80's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND80_HISTORY_FILE)


def load_blind81_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-first blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND81_EMAILS_FILE)


def load_blind81_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind81's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND81_HISTORY_FILE)


def load_blind82_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-second blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND82_EMAILS_FILE)


def load_blind82_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind82's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND82_HISTORY_FILE)


def load_blind83_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-third blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND83_EMAILS_FILE)


def load_blind83_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind83's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND83_HISTORY_FILE)


def load_blind84_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-fourth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND84_EMAILS_FILE)


def load_blind84_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind84's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND84_HISTORY_FILE)


def load_blind85_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-fifth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND85_EMAILS_FILE)


def load_blind85_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind85's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND85_HISTORY_FILE)


def load_blind86_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-sixth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND86_EMAILS_FILE)


def load_blind86_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind86's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND86_HISTORY_FILE)


def load_blind87_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-seventh blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND87_EMAILS_FILE)


def load_blind87_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind87's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND87_HISTORY_FILE)


def load_blind88_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-eighth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND88_EMAILS_FILE)


def load_blind88_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind88's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND88_HISTORY_FILE)


def load_blind89_emails() -> tuple[SampleEmail, ...]:
    """Read the eighty-ninth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND89_EMAILS_FILE)


def load_blind89_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind89's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND89_HISTORY_FILE)


def load_blind90_emails() -> tuple[SampleEmail, ...]:
    """Read the ninetieth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND90_EMAILS_FILE)


def load_blind90_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind90's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND90_HISTORY_FILE)


def load_blind91_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-first blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND91_EMAILS_FILE)


def load_blind91_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind91's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND91_HISTORY_FILE)


def load_blind92_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-second blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND92_EMAILS_FILE)


def load_blind92_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind92's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND92_HISTORY_FILE)


def load_blind93_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-third blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND93_EMAILS_FILE)


def load_blind93_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind93's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND93_HISTORY_FILE)


def load_blind94_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-fourth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND94_EMAILS_FILE)


def load_blind94_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind94's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND94_HISTORY_FILE)


def load_blind95_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-fifth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND95_EMAILS_FILE)


def load_blind95_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind95's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND95_HISTORY_FILE)


def load_blind96_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-sixth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND96_EMAILS_FILE)


def load_blind96_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind96's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND96_HISTORY_FILE)


def load_blind97_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-seventh blind set (real To and Cc lines; a filed history written later)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND97_EMAILS_FILE)


def load_blind97_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind97's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND97_HISTORY_FILE)


def load_blind98_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-eighth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND98_EMAILS_FILE)


def load_blind98_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind98's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND98_HISTORY_FILE)


def load_blind99_emails() -> tuple[SampleEmail, ...]:
    """Read the ninety-ninth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND99_EMAILS_FILE)


def load_blind99_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind99's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND99_HISTORY_FILE)


def load_blind100_emails() -> tuple[SampleEmail, ...]:
    """Read the hundredth blind set (real To and Cc lines; a filed history written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND100_EMAILS_FILE)


def load_blind100_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind100's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND100_HISTORY_FILE)


def load_blind101_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-first blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND101_EMAILS_FILE)


def load_blind101_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind101's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND101_HISTORY_FILE)


def load_blind102_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-second blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND102_EMAILS_FILE)


def load_blind102_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind102's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND102_HISTORY_FILE)


def load_blind103_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-third blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND103_EMAILS_FILE)


def load_blind103_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind103's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND103_HISTORY_FILE)


def load_blind104_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fourth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND104_EMAILS_FILE)


def load_blind104_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind104's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND104_HISTORY_FILE)


def load_blind105_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND105_EMAILS_FILE)


def load_blind105_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind105's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND105_HISTORY_FILE)


def load_blind106_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND106_EMAILS_FILE)


def load_blind106_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind106's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND106_HISTORY_FILE)


def load_blind107_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventh blind set (real To and Cc lines; a filed history after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND107_EMAILS_FILE)


def load_blind107_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind107's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND107_HISTORY_FILE)


def load_blind108_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND108_EMAILS_FILE)


def load_blind108_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind108's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND108_HISTORY_FILE)


def load_blind109_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-ninth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND109_EMAILS_FILE)


def load_blind109_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind109's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND109_HISTORY_FILE)


def load_blind110_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-tenth blind set (real To and Cc lines; a filed history written after
    it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND110_EMAILS_FILE)


def load_blind110_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind110's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND110_HISTORY_FILE)


def load_blind111_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eleventh blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND111_EMAILS_FILE)


def load_blind111_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind111's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND111_HISTORY_FILE)


def load_blind112_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twelfth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND112_EMAILS_FILE)


def load_blind112_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind112's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND112_HISTORY_FILE)


def load_blind113_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirteenth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND113_EMAILS_FILE)


def load_blind113_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind113's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND113_HISTORY_FILE)


def load_blind114_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fourteenth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND114_EMAILS_FILE)


def load_blind114_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind114's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND114_HISTORY_FILE)


def load_blind115_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifteenth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND115_EMAILS_FILE)


def load_blind115_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind115's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND115_HISTORY_FILE)


def load_blind116_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixteenth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND116_EMAILS_FILE)


def load_blind116_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind116's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND116_HISTORY_FILE)


def load_blind117_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventeenth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND117_EMAILS_FILE)


def load_blind117_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind117's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND117_HISTORY_FILE)


def load_blind118_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighteenth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND118_EMAILS_FILE)


def load_blind118_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind118's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND118_HISTORY_FILE)


def load_blind119_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-nineteenth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND119_EMAILS_FILE)


def load_blind119_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind119's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND119_HISTORY_FILE)


def load_blind120_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twentieth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND120_EMAILS_FILE)


def load_blind120_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind120's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND120_HISTORY_FILE)


def load_blind121_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-first blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND121_EMAILS_FILE)


def load_blind121_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind121's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND121_HISTORY_FILE)


def load_blind122_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-second blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND122_EMAILS_FILE)


def load_blind122_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind122's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND122_HISTORY_FILE)


def load_blind123_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-third blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND123_EMAILS_FILE)


def load_blind123_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind123's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND123_HISTORY_FILE)


def load_blind124_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-fourth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND124_EMAILS_FILE)


def load_blind124_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind124's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND124_HISTORY_FILE)


def load_blind125_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-fifth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND125_EMAILS_FILE)


def load_blind125_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind125's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND125_HISTORY_FILE)


def load_blind126_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-sixth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND126_EMAILS_FILE)


def load_blind126_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind126's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND126_HISTORY_FILE)


def load_blind127_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-seventh blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND127_EMAILS_FILE)


def load_blind127_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind127's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND127_HISTORY_FILE)


def load_blind128_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-eighth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND128_EMAILS_FILE)


def load_blind128_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind128's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND128_HISTORY_FILE)


def load_blind129_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-twenty-ninth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND129_EMAILS_FILE)


def load_blind129_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind129's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND129_HISTORY_FILE)


def load_blind130_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirtieth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND130_EMAILS_FILE)


def load_blind130_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind130's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND130_HISTORY_FILE)


def load_blind131_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-first blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND131_EMAILS_FILE)


def load_blind131_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind131's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND131_HISTORY_FILE)


def load_blind132_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-second blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND132_EMAILS_FILE)


def load_blind132_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind132's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND132_HISTORY_FILE)


def load_blind133_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-third blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND133_EMAILS_FILE)


def load_blind133_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind133's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND133_HISTORY_FILE)


def load_blind134_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-fourth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND134_EMAILS_FILE)


def load_blind134_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind134's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND134_HISTORY_FILE)


def load_blind135_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-fifth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND135_EMAILS_FILE)


def load_blind135_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind135's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND135_HISTORY_FILE)


def load_blind136_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-sixth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND136_EMAILS_FILE)


def load_blind136_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind136's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND136_HISTORY_FILE)


def load_blind137_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-seventh blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND137_EMAILS_FILE)


def load_blind137_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind137's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND137_HISTORY_FILE)


def load_blind138_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-eighth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND138_EMAILS_FILE)


def load_blind138_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind138's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND138_HISTORY_FILE)


def load_blind139_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-thirty-ninth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND139_EMAILS_FILE)


def load_blind139_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind139's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND139_HISTORY_FILE)


def load_blind140_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fortieth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND140_EMAILS_FILE)


def load_blind140_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind140's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND140_HISTORY_FILE)


def load_blind141_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-first blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND141_EMAILS_FILE)


def load_blind141_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind141's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND141_HISTORY_FILE)


def load_blind142_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-second blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND142_EMAILS_FILE)


def load_blind142_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind142's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND142_HISTORY_FILE)


def load_blind143_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-third blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND143_EMAILS_FILE)


def load_blind143_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind143's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND143_HISTORY_FILE)


def load_blind144_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-fourth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND144_EMAILS_FILE)


def load_blind144_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind144's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND144_HISTORY_FILE)


def load_blind145_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-fifth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND145_EMAILS_FILE)


def load_blind145_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind145's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND145_HISTORY_FILE)


def load_blind146_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-sixth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND146_EMAILS_FILE)


def load_blind146_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind146's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND146_HISTORY_FILE)


def load_blind147_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-seventh blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND147_EMAILS_FILE)


def load_blind147_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind147's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND147_HISTORY_FILE)


def load_blind148_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-eighth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND148_EMAILS_FILE)


def load_blind148_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind148's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND148_HISTORY_FILE)


def load_blind149_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-forty-ninth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND149_EMAILS_FILE)


def load_blind149_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind149's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND149_HISTORY_FILE)


def load_blind150_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fiftieth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND150_EMAILS_FILE)


def load_blind150_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind150's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND150_HISTORY_FILE)


def load_blind151_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-first blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND151_EMAILS_FILE)


def load_blind151_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind151's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND151_HISTORY_FILE)


def load_blind152_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-second blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND152_EMAILS_FILE)


def load_blind152_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind152's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND152_HISTORY_FILE)


def load_blind153_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-third blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND153_EMAILS_FILE)


def load_blind153_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind153's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND153_HISTORY_FILE)


def load_blind154_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-fourth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND154_EMAILS_FILE)


def load_blind154_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind154's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND154_HISTORY_FILE)


def load_blind155_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-fifth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND155_EMAILS_FILE)


def load_blind155_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind155's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND155_HISTORY_FILE)


def load_blind156_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-sixth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND156_EMAILS_FILE)


def load_blind156_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind156's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND156_HISTORY_FILE)


def load_blind157_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-seventh blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND157_EMAILS_FILE)


def load_blind157_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind157's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND157_HISTORY_FILE)


def load_blind158_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-eighth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND158_EMAILS_FILE)


def load_blind158_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind158's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND158_HISTORY_FILE)


def load_blind159_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-fifty-ninth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND159_EMAILS_FILE)


def load_blind159_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind159's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND159_HISTORY_FILE)


def load_blind160_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixtieth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND160_EMAILS_FILE)


def load_blind160_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind160's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND160_HISTORY_FILE)


def load_blind161_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-first blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND161_EMAILS_FILE)


def load_blind161_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind161's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND161_HISTORY_FILE)


def load_blind162_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-second blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND162_EMAILS_FILE)


def load_blind162_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind162's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND162_HISTORY_FILE)


def load_blind163_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-third blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND163_EMAILS_FILE)


def load_blind163_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind163's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND163_HISTORY_FILE)


def load_blind164_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-fourth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND164_EMAILS_FILE)


def load_blind164_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind164's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND164_HISTORY_FILE)


def load_blind165_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-fifth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND165_EMAILS_FILE)


def load_blind165_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind165's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND165_HISTORY_FILE)


def load_blind166_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-sixth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND166_EMAILS_FILE)


def load_blind166_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind166's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND166_HISTORY_FILE)


def load_blind167_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-seventh blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND167_EMAILS_FILE)


def load_blind167_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind167's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND167_HISTORY_FILE)


def load_blind168_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-eighth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND168_EMAILS_FILE)


def load_blind168_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind168's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND168_HISTORY_FILE)


def load_blind169_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-sixty-ninth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND169_EMAILS_FILE)


def load_blind169_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind169's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND169_HISTORY_FILE)


def load_blind170_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventieth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND170_EMAILS_FILE)


def load_blind170_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind170's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND170_HISTORY_FILE)


def load_blind171_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-first blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND171_EMAILS_FILE)


def load_blind171_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind171's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND171_HISTORY_FILE)


def load_blind172_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-second blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND172_EMAILS_FILE)


def load_blind172_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind172's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND172_HISTORY_FILE)


def load_blind173_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-third blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND173_EMAILS_FILE)


def load_blind173_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind173's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND173_HISTORY_FILE)


def load_blind174_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-fourth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND174_EMAILS_FILE)


def load_blind174_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind174's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND174_HISTORY_FILE)


def load_blind175_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-fifth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND175_EMAILS_FILE)


def load_blind175_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind175's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND175_HISTORY_FILE)


def load_blind176_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-sixth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND176_EMAILS_FILE)


def load_blind176_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind176's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND176_HISTORY_FILE)


def load_blind177_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-seventh blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND177_EMAILS_FILE)


def load_blind177_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind177's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND177_HISTORY_FILE)


def load_blind178_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-eighth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND178_EMAILS_FILE)


def load_blind178_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind178's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND178_HISTORY_FILE)


def load_blind179_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-seventy-ninth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND179_EMAILS_FILE)


def load_blind179_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind179's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND179_HISTORY_FILE)


def load_blind180_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eightieth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND180_EMAILS_FILE)


def load_blind180_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind180's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND180_HISTORY_FILE)


def load_blind181_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-first blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND181_EMAILS_FILE)


def load_blind181_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind181's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND181_HISTORY_FILE)


def load_blind182_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-second blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND182_EMAILS_FILE)


def load_blind182_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind182's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND182_HISTORY_FILE)


def load_blind183_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-third blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND183_EMAILS_FILE)


def load_blind183_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind183's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND183_HISTORY_FILE)


def load_blind184_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-fourth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND184_EMAILS_FILE)


def load_blind184_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind184's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND184_HISTORY_FILE)


def load_blind185_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-fifth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND185_EMAILS_FILE)


def load_blind185_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind185's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND185_HISTORY_FILE)


def load_blind186_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-sixth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND186_EMAILS_FILE)


def load_blind186_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind186's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND186_HISTORY_FILE)


def load_blind187_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-seventh blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND187_EMAILS_FILE)


def load_blind187_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind187's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND187_HISTORY_FILE)


def load_blind188_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-eighth blind set (real To and Cc lines; a filed history
    written after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND188_EMAILS_FILE)


def load_blind188_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind188's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND188_HISTORY_FILE)


def load_blind189_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-eighty-ninth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND189_EMAILS_FILE)


def load_blind189_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind189's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND189_HISTORY_FILE)


def load_blind190_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-ninetieth blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND190_EMAILS_FILE)


def load_blind190_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind190's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND190_HISTORY_FILE)


def load_blind191_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-ninety-first blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND191_EMAILS_FILE)


def load_blind191_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind191's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND191_HISTORY_FILE)


def load_blind192_emails() -> tuple[SampleEmail, ...]:
    """Read the hundred-and-ninety-second blind set (real To and Cc lines; a filed history written
    after it)."""
    from sandbox.sample_mailbox import load_sample_emails

    return load_sample_emails(BLIND192_EMAILS_FILE)


def load_blind192_history() -> tuple[FiledHistoryEmail, ...]:
    """Read the mail blind192's owner filed in the months before it (folder only, no labels)."""
    from sandbox.sample_mailbox import load_history

    return load_history(BLIND192_HISTORY_FILE)


def filed_history(name: LabelledSetName) -> tuple[FiledHistoryEmail, ...]:
    """The filed history written with set `name`, or () for a set written without one."""
    histories = {
        "blind8": load_blind8_history,
        "blind9": load_blind9_history,
        "blind10": load_blind10_history,
        "blind39": load_blind39_history,
        "blind40": load_blind40_history,
        "blind41": load_blind41_history,
        "blind42": load_blind42_history,
        "blind43": load_blind43_history,
        "blind44": load_blind44_history,
        "blind45": load_blind45_history,
        "blind46": load_blind46_history,
        "blind47": load_blind47_history,
        "blind48": load_blind48_history,
        "blind49": load_blind49_history,
        "blind50": load_blind50_history,
        "blind51": load_blind51_history,
        "blind52": load_blind52_history,
        "blind53": load_blind53_history,
        "blind54": load_blind54_history,
        "blind55": load_blind55_history,
        "blind56": load_blind56_history,
        "blind57": load_blind57_history,
        "blind58": load_blind58_history,
        "blind59": load_blind59_history,
        "blind60": load_blind60_history,
        "blind61": load_blind61_history,
        "blind62": load_blind62_history,
        "blind63": load_blind63_history,
        "blind64": load_blind64_history,
        "blind65": load_blind65_history,
        "blind66": load_blind66_history,
        "blind67": load_blind67_history,
        "blind68": load_blind68_history,
        "blind69": load_blind69_history,
        "blind70": load_blind70_history,
        "blind71": load_blind71_history,
        "blind72": load_blind72_history,
        "blind73": load_blind73_history,
        "blind74": load_blind74_history,
        "blind75": load_blind75_history,
        "blind76": load_blind76_history,
        "blind77": load_blind77_history,
        "blind78": load_blind78_history,
        "blind79": load_blind79_history,
        "blind80": load_blind80_history,
        "blind81": load_blind81_history,
        "blind82": load_blind82_history,
        "blind83": load_blind83_history,
        "blind84": load_blind84_history,
        "blind85": load_blind85_history,
        "blind86": load_blind86_history,
        "blind87": load_blind87_history,
        "blind88": load_blind88_history,
        "blind89": load_blind89_history,
        "blind90": load_blind90_history,
        "blind91": load_blind91_history,
        "blind92": load_blind92_history,
        "blind93": load_blind93_history,
        "blind94": load_blind94_history,
        "blind95": load_blind95_history,
        "blind96": load_blind96_history,
        "blind97": load_blind97_history,
        "blind98": load_blind98_history,
        "blind99": load_blind99_history,
        "blind100": load_blind100_history,
        "blind101": load_blind101_history,
        "blind102": load_blind102_history,
        "blind103": load_blind103_history,
        "blind104": load_blind104_history,
        "blind105": load_blind105_history,
        "blind106": load_blind106_history,
        "blind107": load_blind107_history,
        "blind108": load_blind108_history,
        "blind109": load_blind109_history,
        "blind110": load_blind110_history,
        "blind111": load_blind111_history,
        "blind112": load_blind112_history,
        "blind113": load_blind113_history,
        "blind114": load_blind114_history,
        "blind115": load_blind115_history,
        "blind116": load_blind116_history,
        "blind117": load_blind117_history,
        "blind118": load_blind118_history,
        "blind119": load_blind119_history,
        "blind120": load_blind120_history,
        "blind121": load_blind121_history,
        "blind122": load_blind122_history,
        "blind123": load_blind123_history,
        "blind124": load_blind124_history,
        "blind125": load_blind125_history,
        "blind126": load_blind126_history,
        "blind127": load_blind127_history,
        "blind128": load_blind128_history,
        "blind129": load_blind129_history,
        "blind130": load_blind130_history,
        "blind131": load_blind131_history,
        "blind132": load_blind132_history,
        "blind133": load_blind133_history,
        "blind134": load_blind134_history,
        "blind135": load_blind135_history,
        "blind136": load_blind136_history,
        "blind137": load_blind137_history,
        "blind138": load_blind138_history,
        "blind139": load_blind139_history,
        "blind140": load_blind140_history,
        "blind141": load_blind141_history,
        "blind142": load_blind142_history,
        "blind143": load_blind143_history,
        "blind144": load_blind144_history,
        "blind145": load_blind145_history,
        "blind146": load_blind146_history,
        "blind147": load_blind147_history,
        "blind148": load_blind148_history,
        "blind149": load_blind149_history,
        "blind150": load_blind150_history,
        "blind151": load_blind151_history,
        "blind152": load_blind152_history,
        "blind153": load_blind153_history,
        "blind154": load_blind154_history,
        "blind155": load_blind155_history,
        "blind156": load_blind156_history,
        "blind157": load_blind157_history,
        "blind158": load_blind158_history,
        "blind159": load_blind159_history,
        "blind160": load_blind160_history,
        "blind161": load_blind161_history,
        "blind162": load_blind162_history,
        "blind163": load_blind163_history,
        "blind164": load_blind164_history,
        "blind165": load_blind165_history,
        "blind166": load_blind166_history,
        "blind167": load_blind167_history,
        "blind168": load_blind168_history,
        "blind169": load_blind169_history,
        "blind170": load_blind170_history,
        "blind171": load_blind171_history,
        "blind172": load_blind172_history,
        "blind173": load_blind173_history,
        "blind174": load_blind174_history,
        "blind175": load_blind175_history,
        "blind176": load_blind176_history,
        "blind177": load_blind177_history,
        "blind178": load_blind178_history,
        "blind179": load_blind179_history,
        "blind180": load_blind180_history,
        "blind181": load_blind181_history,
        "blind182": load_blind182_history,
        "blind183": load_blind183_history,
        "blind184": load_blind184_history,
        "blind185": load_blind185_history,
        "blind186": load_blind186_history,
        "blind187": load_blind187_history,
        "blind188": load_blind188_history,
        "blind189": load_blind189_history,
        "blind190": load_blind190_history,
        "blind191": load_blind191_history,
        "blind192": load_blind192_history,
    }
    return histories[name]() if name in histories else ()


def labelled_set(name: LabelledSetName) -> tuple[SampleEmail, ...]:
    """Return the emails of set `name`, or of several in order: `unseen` (the sets nobody has
    tuned the classifier on) or `all`."""
    from sandbox.sample_mailbox import SAMPLE_EMAILS

    loaders = {
        "golden": lambda: SAMPLE_EMAILS,
        "heldout": load_heldout_emails,
        "blind": load_blind_emails,
        "blind2": load_blind2_emails,
        "blind3": load_blind3_emails,
        "blind4": load_blind4_emails,
        "blind5": load_blind5_emails,
        "blind6": load_blind6_emails,
        "blind7": load_blind7_emails,
        "blind8": load_blind8_emails,
        "blind9": load_blind9_emails,
        "blind10": load_blind10_emails,
        "blind11": load_blind11_emails,
        "blind12": load_blind12_emails,
        "blind13": load_blind13_emails,
        "blind14": load_blind14_emails,
        "blind15": load_blind15_emails,
        "blind16": load_blind16_emails,
        "blind17": load_blind17_emails,
        "blind18": load_blind18_emails,
        "blind19": load_blind19_emails,
        "blind20": load_blind20_emails,
        "blind21": load_blind21_emails,
        "blind22": load_blind22_emails,
        "blind23": load_blind23_emails,
        "blind24": load_blind24_emails,
        "blind25": load_blind25_emails,
        "blind26": load_blind26_emails,
        "blind27": load_blind27_emails,
        "blind28": load_blind28_emails,
        "blind29": load_blind29_emails,
        "blind30": load_blind30_emails,
        "blind31": load_blind31_emails,
        "blind32": load_blind32_emails,
        "blind33": load_blind33_emails,
        "blind34": load_blind34_emails,
        "blind35": load_blind35_emails,
        "blind36": load_blind36_emails,
        "blind37": load_blind37_emails,
        "blind38": load_blind38_emails,
        "blind39": load_blind39_emails,
        "blind40": load_blind40_emails,
        "blind41": load_blind41_emails,
        "blind42": load_blind42_emails,
        "blind43": load_blind43_emails,
        "blind44": load_blind44_emails,
        "blind45": load_blind45_emails,
        "blind46": load_blind46_emails,
        "blind47": load_blind47_emails,
        "blind48": load_blind48_emails,
        "blind49": load_blind49_emails,
        "blind50": load_blind50_emails,
        "blind51": load_blind51_emails,
        "blind52": load_blind52_emails,
        "blind53": load_blind53_emails,
        "blind54": load_blind54_emails,
        "blind55": load_blind55_emails,
        "blind56": load_blind56_emails,
        "blind57": load_blind57_emails,
        "blind58": load_blind58_emails,
        "blind59": load_blind59_emails,
        "blind60": load_blind60_emails,
        "blind61": load_blind61_emails,
        "blind62": load_blind62_emails,
        "blind63": load_blind63_emails,
        "blind64": load_blind64_emails,
        "blind65": load_blind65_emails,
        "blind66": load_blind66_emails,
        "blind67": load_blind67_emails,
        "blind68": load_blind68_emails,
        "blind69": load_blind69_emails,
        "blind70": load_blind70_emails,
        "blind71": load_blind71_emails,
        "blind72": load_blind72_emails,
        "blind73": load_blind73_emails,
        "blind74": load_blind74_emails,
        "blind75": load_blind75_emails,
        "blind76": load_blind76_emails,
        "blind77": load_blind77_emails,
        "blind78": load_blind78_emails,
        "blind79": load_blind79_emails,
        "blind80": load_blind80_emails,
        "blind81": load_blind81_emails,
        "blind82": load_blind82_emails,
        "blind83": load_blind83_emails,
        "blind84": load_blind84_emails,
        "blind85": load_blind85_emails,
        "blind86": load_blind86_emails,
        "blind87": load_blind87_emails,
        "blind88": load_blind88_emails,
        "blind89": load_blind89_emails,
        "blind90": load_blind90_emails,
        "blind91": load_blind91_emails,
        "blind92": load_blind92_emails,
        "blind93": load_blind93_emails,
        "blind94": load_blind94_emails,
        "blind95": load_blind95_emails,
        "blind96": load_blind96_emails,
        "blind97": load_blind97_emails,
        "blind98": load_blind98_emails,
        "blind99": load_blind99_emails,
        "blind100": load_blind100_emails,
        "blind101": load_blind101_emails,
        "blind102": load_blind102_emails,
        "blind103": load_blind103_emails,
        "blind104": load_blind104_emails,
        "blind105": load_blind105_emails,
        "blind106": load_blind106_emails,
        "blind107": load_blind107_emails,
        "blind108": load_blind108_emails,
        "blind109": load_blind109_emails,
        "blind110": load_blind110_emails,
        "blind111": load_blind111_emails,
        "blind112": load_blind112_emails,
        "blind113": load_blind113_emails,
        "blind114": load_blind114_emails,
        "blind115": load_blind115_emails,
        "blind116": load_blind116_emails,
        "blind117": load_blind117_emails,
        "blind118": load_blind118_emails,
        "blind119": load_blind119_emails,
        "blind120": load_blind120_emails,
        "blind121": load_blind121_emails,
        "blind122": load_blind122_emails,
        "blind123": load_blind123_emails,
        "blind124": load_blind124_emails,
        "blind125": load_blind125_emails,
        "blind126": load_blind126_emails,
        "blind127": load_blind127_emails,
        "blind128": load_blind128_emails,
        "blind129": load_blind129_emails,
        "blind130": load_blind130_emails,
        "blind131": load_blind131_emails,
        "blind132": load_blind132_emails,
        "blind133": load_blind133_emails,
        "blind134": load_blind134_emails,
        "blind135": load_blind135_emails,
        "blind136": load_blind136_emails,
        "blind137": load_blind137_emails,
        "blind138": load_blind138_emails,
        "blind139": load_blind139_emails,
        "blind140": load_blind140_emails,
        "blind141": load_blind141_emails,
        "blind142": load_blind142_emails,
        "blind143": load_blind143_emails,
        "blind144": load_blind144_emails,
        "blind145": load_blind145_emails,
        "blind146": load_blind146_emails,
        "blind147": load_blind147_emails,
        "blind148": load_blind148_emails,
        "blind149": load_blind149_emails,
        "blind150": load_blind150_emails,
        "blind151": load_blind151_emails,
        "blind152": load_blind152_emails,
        "blind153": load_blind153_emails,
        "blind154": load_blind154_emails,
        "blind155": load_blind155_emails,
        "blind156": load_blind156_emails,
        "blind157": load_blind157_emails,
        "blind158": load_blind158_emails,
        "blind159": load_blind159_emails,
        "blind160": load_blind160_emails,
        "blind161": load_blind161_emails,
        "blind162": load_blind162_emails,
        "blind163": load_blind163_emails,
        "blind164": load_blind164_emails,
        "blind165": load_blind165_emails,
        "blind166": load_blind166_emails,
        "blind167": load_blind167_emails,
        "blind168": load_blind168_emails,
        "blind169": load_blind169_emails,
        "blind170": load_blind170_emails,
        "blind171": load_blind171_emails,
        "blind172": load_blind172_emails,
        "blind173": load_blind173_emails,
        "blind174": load_blind174_emails,
        "blind175": load_blind175_emails,
        "blind176": load_blind176_emails,
        "blind177": load_blind177_emails,
        "blind178": load_blind178_emails,
        "blind179": load_blind179_emails,
        "blind180": load_blind180_emails,
        "blind181": load_blind181_emails,
        "blind182": load_blind182_emails,
        "blind183": load_blind183_emails,
        "blind184": load_blind184_emails,
        "blind185": load_blind185_emails,
        "blind186": load_blind186_emails,
        "blind187": load_blind187_emails,
        "blind188": load_blind188_emails,
        "blind189": load_blind189_emails,
        "blind190": load_blind190_emails,
        "blind191": load_blind191_emails,
        "blind192": load_blind192_emails,
    }
    parts = {"unseen": UNSEEN_SETS, "all": tuple(loaders)}.get(name, (name,))
    if any(part not in loaders for part in parts):
        raise ValueError(
            f"unknown labelled set {name!r}: use one of {', '.join(LABELLED_SET_NAMES)}"
        )
    return tuple(email for part in parts for email in loaders[part]())
