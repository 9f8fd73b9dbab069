"""Mail to a team list of the owner's organisation files with the work the list is named after
(and what it asks is the team's) unless a person at a project's client sends it, a colleague's
mail to a client's people with the work that client's sender rule names, the organisation's own
status page with the customers' incidents, and a paging tool's alert to the engineer on call
with the on-call team.

Each email is written for the test; none is taken from a labelled set.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.store.records import Recipients
from core.triage.addressing import Addressed, Owner
from core.triage.offline import HeuristicClassifier
from core.triage.offline.client_recipients import CLIENT_RECIPIENT, client_recipients
from core.triage.offline.profiles import profiles
from core.triage.offline.senses import for_topics
from core.triage.offline.team_lists import TEAM_LIST, list_points, named_lists
from core.vocabulary import ActionType
from tests.core.offline.labels import FYI, NR
from tests.core.offline.test_signals import SETTINGS, mail

OWN = ("maya@ourcompany.example",)
OWNER = Owner(name="Maya Berg", addresses=frozenset(OWN))
OWNER_LINE = ("Maya Berg", OWN[0])
DEVELOPMENT = {
    "name": "Development",
    "folder": "Areas/Development",
    "description": "The engineering team: sprints, releases, CI failures.",
    "keywords": ["build", "release"],
    "senders": ["@ci.ourcompany.example"],
}
# The mill's own name beside the rollout's words ("go-live", which every rollout says).
MILL = SETTINGS.projects[0].model_copy(update={"keywords": ("cutover", "go-live", "Kvarnby")})
WITH_CI = SETTINGS.model_copy(
    update={
        "projects": (MILL,),
        "areas": (*SETTINGS.areas, SETTINGS.areas[0].model_validate(DEVELOPMENT)),
    }
)
NIGHTLY = (
    "[perf] Nightly run Kvarnby #88: heap grew 2 GB in 8 h",
    "Build 88 ran for 8 hours under load. Heap growth 2.0 GB, threshold 0.5 GB.",
)


def _lines(*to: tuple[str, str], cc: tuple[tuple[str, str], ...] = ()) -> Recipients:
    return Recipients(to=to, cc=cc)


async def _folder(recipients: Recipients | None) -> tuple[str, str]:
    email = mail(*NIGHTLY, sender="perf@ci.ourcompany.example", owner=OWNER, recipients=recipients)
    result = await HeuristicClassifier().classify(email, settings=WITH_CI)
    return result.folder, result.reason


async def test_a_build_servers_report_to_a_projects_list_files_with_the_project():
    # The subject names the project, but alone it does not beat the build server's sender rule.
    lines = _lines(("Go-live team", "golive-team@ourcompany.example"))

    folder, reason = await _folder(lines)

    assert folder == "Projects/Mill"
    assert "sent to golive-team@ourcompany.example, a Mill rollout list" in reason


async def test_the_same_report_to_the_owner_alone_files_with_the_project_its_subject_names():
    # The build server's domain says who writes; "Kvarnby" in the subject says which of
    # its runs this is, and the project is the narrower matter.
    folder, reason = await _folder(_lines(("Maya Berg", OWN[0])))
    assert folder == "Projects/Mill"
    assert "the subject names the project, narrower than Development's sender domain" in reason


async def test_a_report_that_names_no_project_in_its_subject_follows_the_sender_rule():
    # The control: the project named in the body only is no reason to leave the sender's rule.
    subject, body = (
        "[perf] Nightly run #88: heap grew 2 GB in 8 h",
        f"{NIGHTLY[1]} (Kvarnby)",
    )
    email = mail(subject, body, sender="perf@ci.ourcompany.example", owner=OWNER)
    classified = await HeuristicClassifier().classify(email, settings=WITH_CI)
    assert classified.folder == "Areas/Development"


async def test_a_project_named_in_the_subject_beside_an_areas_word_is_the_projects_matter():
    # No sender rule: "build" makes it the engineering team's kind of work, "Kvarnby" says which
    # matter; the project is the narrower one. Without the project's name the area keeps it.
    body = "Keep one agent and switch off the other three on 1 November."
    sender = "priya@ourcompany.example"
    named = await HeuristicClassifier().classify(
        mail("Build agents: three go after Kvarnby", body, sender=sender), settings=WITH_CI
    )
    unnamed = await HeuristicClassifier().classify(
        mail("Build agents: three go after the summer", body, sender=sender), settings=WITH_CI
    )

    assert named.folder == "Projects/Mill"
    assert "the subject names the project, narrower than Development's words" in named.reason
    assert unnamed.folder == "Areas/Development"


def test_the_lists_mailbox_name_alone_names_the_work():
    lines = _lines(cc=(("", "tickets@ourcompany.example"),))
    found = list_points(named_lists(profiles(WITH_CI), lines, OWN))

    assert found == {
        "Areas/Support": (TEAM_LIST, "sent to tickets@ourcompany.example, a Client Support list")
    }


def test_a_list_named_by_one_entrys_own_words_names_its_work():
    # No keyword in "support@" or "people@", but "support" is Client Support's name and
    # "recruiting" People's description; "team@" names no entry's words, "support-recruiting@" two.
    def found(address: str) -> dict[str, tuple[float, str]]:
        return list_points(named_lists(profiles(WITH_CI), _lines(cc=(("", address),)), OWN))

    assert found("support@ourcompany.example") == {
        "Areas/Support": (TEAM_LIST, "sent to support@ourcompany.example, a Client Support list")
    }
    assert list(found("recruiting@ourcompany.example")) == ["Areas/People"]
    assert found("team@ourcompany.example") == {}
    assert found("support-recruiting@ourcompany.example") == {}


def test_only_lists_of_the_owners_own_organisation_count():
    # A client's "go-live team" names the client's team, not the owner's work; nor does her own
    # address, whatever her display name says; nor anything when her address is unknown.
    client = _lines(("Mill go-live team", "golive@mill.example"))
    herself = _lines(("Maya (go-live lead)", OWN[0]))
    ours = _lines(("Go-live team", "golive@ourcompany.example"))

    assert list_points(named_lists(profiles(WITH_CI), client, OWN)) == {}
    assert list_points(named_lists(profiles(WITH_CI), herself, OWN)) == {}
    assert list_points(named_lists(profiles(WITH_CI), ours, ())) == {}
    assert list_points(named_lists(profiles(WITH_CI), None, OWN)) == {}


async def test_a_teams_list_asks_the_team_a_crowds_list_asks_her_too():
    # The owner is on the support team's list to see its work; on all-staff@ she is one of
    # the staff. Greeted by name, she is asked whatever list carried the mail.
    body = "Please send me your on-call weeks for January by Friday."

    async def action(list_address: str, text: str = body) -> tuple[ActionType, str]:
        lines = _lines(("", list_address))
        email = mail("January rota", text, sender="ines@ourcompany.example", owner=OWNER)
        email = replace(email, recipients=lines, addressed=Addressed.NEITHER)
        result = await HeuristicClassifier().classify(email, settings=WITH_CI)
        return result.action_type, result.reason

    team, why = await action("support@ourcompany.example")
    greeted = f"Maya, {body[0].lower()}{body[1:]}"

    assert team is FYI and "it asks the team on support@ourcompany.example" in why
    assert (await action("all-staff@ourcompany.example"))[0] is NR
    assert (await action("support@ourcompany.example", greeted))[0] is NR


def test_the_first_team_list_on_the_mail_is_named():
    lines = _lines(("", "all-staff@ourcompany.example"), cc=(("", "tickets@ourcompany.example"),))

    first, _ = named_lists(profiles(WITH_CI), lines, OWN)[0]

    assert first == "tickets@ourcompany.example"
    assert named_lists(profiles(WITH_CI), _lines(("", "all-staff@ourcompany.example")), OWN) == []


# --- a colleague's mail to a contact a sender rule names ---------------------------------------

HYPERCARE = (
    "Hypercare - week 4 report",
    "Two incidents this week, both closed within the day. Training for the night shift is "
    "booked for Tuesday. Open tickets: 3.",
)


async def _reported(sender: str, recipients: Recipients) -> tuple[str, str]:
    email = mail(*HYPERCARE, sender=sender, owner=OWNER, recipients=recipients)
    result = await HeuristicClassifier().classify(email, settings=WITH_CI)
    return result.folder, result.reason


async def test_a_colleagues_report_to_the_clients_people_files_with_the_client():
    # Its words are a support desk's (incidents, tickets); its recipients are the mill's.
    to_client = _lines(("Jo Ek", "jo.ek@mill.example"), cc=(("Maya Berg", OWN[0]),))

    folder, reason = await _reported("felix@ourcompany.example", to_client)

    assert folder == "Projects/Mill"
    assert "sent to jo.ek@mill.example, a Mill rollout contact (@mill.example)" in reason


async def test_the_same_report_without_the_client_on_it_follows_its_words():
    # The controls: to the owner alone, or sent by someone outside her organisation.
    alone = _lines(("Maya Berg", OWN[0]))
    from_outside = _lines(("Jo Ek", "jo.ek@mill.example"), cc=(("Maya Berg", OWN[0]),))

    assert (await _reported("felix@ourcompany.example", alone))[0] == "Areas/Support"
    assert (await _reported("consultant@elsewhere.example", from_outside))[0] != "Projects/Mill"


def test_only_contacts_outside_her_organisation_count():
    # A colleague's address is read by its list name (`team_lists`), never as a contact.
    ours = _lines(("CI", "builds@ci.ourcompany.example"))
    theirs = _lines(("Jo Ek", "jo.ek@mill.example"))

    assert client_recipients(WITH_CI, "felix@ourcompany.example", ours, OWN) == {}
    assert client_recipients(WITH_CI, "felix@ourcompany.example", theirs, OWN) == {
        "Projects/Mill": (
            CLIENT_RECIPIENT,
            "sent to jo.ek@mill.example, a Mill rollout contact (@mill.example)",
        )
    }
    assert client_recipients(WITH_CI, "felix@ourcompany.example", theirs, ()) == {}
    assert client_recipients(WITH_CI, "felix@ourcompany.example", None, OWN) == {}


async def test_a_trackers_digest_to_the_clients_project_list_files_with_the_client():
    # A tool chose no recipients: its digest reaches her because she is on the client's list.
    digest = mail(
        "[Trackline] Hypercare - open issues, week 47",
        "12 open, 3 closed this week. Two incidents wait for a fix in the next release.",
        sender="noreply@trackline.example",
        owner=OWNER,
        recipients=_lines(("Hypercare project", "hypercare@mill.example")),
        auto_submitted="auto-generated",
    )

    result = await HeuristicClassifier().classify(digest, settings=WITH_CI)

    assert result.folder == "Projects/Mill"
    assert "sent to hypercare@mill.example, a Mill rollout contact" in result.reason
    # A person outside her organisation still tells nothing by whom they copy.
    theirs = _lines(("Jo Ek", "jo.ek@mill.example"))
    assert client_recipients(WITH_CI, "consultant@elsewhere.example", theirs, OWN) == {}
    assert client_recipients(WITH_CI, "noreply@trackline.example", theirs, OWN, tool=True)


AUDITED = SETTINGS.model_validate(
    {
        "projects": [
            {
                "name": "SOC 2",
                "folder": "Projects/SOC 2",
                "description": "Our SOC 2 attestation.",
                "keywords": ["SOC 2", "auditor"],
            }
        ],
        "areas": [
            {
                "name": "Support",
                "folder": "Areas/Support",
                "description": "Customers' tickets and outages.",
                "keywords": ["ticket"],
                "senders": ["@bank.example"],
            }
        ],
    }
)


async def test_a_projects_name_not_an_office_word_in_the_subject_takes_a_domains_mail():
    # "SOC 2" names the project; "auditors" is everyday office vocabulary: the customer's own
    # auditors coming about a bug in its accounts are no reason to leave its sender rule.
    def sent(subject: str):
        return mail(subject, "See ticket 4471.", sender="ellen@bank.example", owner=OWNER)

    named = await HeuristicClassifier().classify(
        sent("Your SOC 2 report, please"), settings=AUDITED
    )
    said = await HeuristicClassifier().classify(
        sent("Accruals doubled - our auditors come on 14 July"), settings=AUDITED
    )
    assert (named.folder, said.folder) == ("Projects/SOC 2", "Areas/Support")


STATUS_NOTICE = (
    "[Investigating] Invoice exports to some banks delayed",
    "We are investigating delayed invoice exports to two banks since 07:10.\n"
    "Next update at 09:00. You receive this as a subscriber.",
)


@pytest.mark.parametrize(
    "sender", ["status@ourcompany.example", "noreply@status.ourcompany.example"]
)
async def test_the_organisations_status_page_is_the_customers_incident_area_whatever_module(
    sender,
):
    # "invoice" and "banks" are Finance's words; the organisation's status page tells the
    # customers of an incident in its service, which is Support's matter.
    email = mail(*STATUS_NOTICE, sender=sender, owner=OWNER)
    result = await HeuristicClassifier().classify(email, settings=SETTINGS)
    assert result.folder == "Areas/Support"
    assert "the organisation's status page: Client Support" in result.reason


async def test_a_suppliers_status_page_is_no_incident_of_the_organisations_customers():
    email = mail(*STATUS_NOTICE, sender="status@cloudhost.example", owner=OWNER)
    result = await HeuristicClassifier().classify(email, settings=SETTINGS)
    assert result.folder != "Areas/Support" and "status page" not in result.reason


MAINTENANCE = (
    "Planned maintenance: storage firmware, zone B, 2 December 22:00-02:00",
    "During the maintenance window volumes may pause for up to 30 seconds.\nNo action required.",
)


async def test_a_suppliers_maintenance_window_is_the_engineers_the_status_pages_is_support():
    # The hosting provider tells the engineers who run the platform; the organisation's own
    # status page tells its customers, the support area's matter.
    hosting = mail(*MAINTENANCE, sender="noc@hosting.example", owner=OWNER)
    status = mail(*MAINTENANCE, sender="status@ourcompany.example", owner=OWNER)

    supplier = await HeuristicClassifier().classify(hosting, settings=WITH_CI)
    published = await HeuristicClassifier().classify(status, settings=WITH_CI)

    assert (supplier.folder, published.folder) == ("Areas/Development", "Areas/Support")


@pytest.mark.parametrize(
    "subject",
    [
        "Maintenance FRA-2 storage, 16 October 01:00-04:00 CEST",
        "Maintenance notice HN-4471: core network in STO-2",
    ],
)
async def test_maintenance_with_its_hours_or_a_maintenance_notice_announces_a_window(subject):
    body = "We will replace controller firmware. Writes may be slower for a few minutes."
    email = mail(subject, body, sender="noc@hosting.example", owner=OWNER)
    result = await HeuristicClassifier().classify(email, settings=WITH_CI)
    assert result.folder == "Areas/Development"


def test_a_networks_or_firmwares_upgrade_is_the_hardwares_work():
    subject, _ = for_topics("Maintenance notice: storage firmware upgrade, DC2", "")
    assert subject == "maintenance window: storage firmware work, DC2"


async def test_the_teams_patch_night_is_the_engineers():
    email = mail("July patch night: Tuesday from 22:00", "Database servers only, 14 of them.")
    result = await HeuristicClassifier().classify(email, settings=WITH_CI)
    assert result.folder == "Areas/Development"


ALERT = (
    "RESOLVED: [P2] db-03 disk latency above 200 ms",
    "Triggered 01:41, acknowledged 01:44 by Sam Holm, resolved 02:13. Customers saw no outage.",
)
SAM = ("Sam Holm", "sam.holm@ourcompany.example")


@pytest.mark.parametrize(
    ("to", "folder"),
    [
        ((SAM,), "Areas/Development"),  # paged to the engineer on call
        ((OWNER_LINE,), "Areas/Support"),  # to the owner alone: its words say customers'
        ((("Incidents", "incidents@ourcompany.example"),), "Areas/Support"),  # a support list
    ],
)
async def test_a_paging_tools_alert_to_the_engineer_on_call_is_the_on_call_teams(to, folder):
    email = mail(
        *ALERT,
        sender="alerts@pager.example",
        owner=OWNER,
        recipients=_lines(*to, cc=(OWNER_LINE,)) if to[0] != OWNER_LINE else _lines(*to),
        auto_submitted="auto-generated",
    )
    result = await HeuristicClassifier().classify(email, settings=WITH_CI)
    assert result.folder == folder
    assert ("paged to sam.holm@ourcompany.example" in result.reason) is (to == (SAM,))


@pytest.mark.parametrize(
    ("subject", "state"),
    [
        ("[Pager] ACK: db-03 disk latency above 200 ms (prod)", "ack"),
        ("[PAGE] db-03: disk latency above 200 ms for 10 min", "[page]"),
    ],
)
async def test_a_pages_acknowledgement_or_the_page_itself_is_a_page(subject, state):
    # "ACK:" is how a paging tool names an alert acknowledged by the engineer on call, and
    # "[PAGE]" the page sent to them.
    email = mail(
        subject,
        "Incident #9931 acknowledged by Sam Holm at 02:41. Urgency: high. Customers affected: 0.",
        sender="alerts@pager.example",
        owner=OWNER,
        recipients=_lines(SAM, cc=(OWNER_LINE,)),
        auto_submitted="auto-generated",
    )
    result = await HeuristicClassifier().classify(email, settings=WITH_CI)
    assert result.folder == "Areas/Development"
    assert f"an alert ('{state}') paged to sam.holm@ourcompany.example" in result.reason


async def test_a_page_escalated_to_the_owner_as_its_second_level_is_the_on_call_teams():
    body = (
        "db-03 disk latency above 200 ms. Level 1 (Sam Holm) did not acknowledge within 15 "
        "minutes.\nEscalated to level 2: Lena Holm.\n\nAcknowledged 01:44 by Sam Holm."
    )

    async def folder(text: str) -> str:
        email = mail(
            "ESCALATED: [P2] db-03 disk latency above 200 ms",
            text,
            sender="alerts@pager.example",
            owner=OWNER,
            recipients=_lines(OWNER_LINE),
            auto_submitted="auto-generated",
        )
        return (await HeuristicClassifier().classify(email, settings=WITH_CI)).folder

    assert await folder(body) == "Areas/Development"
    # A tool that counts steps says the same: the owner is the escalation's secondary.
    stepped = (
        "db-03 disk latency above 200 ms.\nEscalation step 2 of 3: not acknowledged by the"
        " primary on-call (Sam Holm) within 15 minutes. You are the secondary."
    )
    assert await folder(stepped) == "Areas/Development"
    # Without the escalation's levels, an alert to her alone says nothing of whose it is.
    assert await folder(ALERT[1]) == "Areas/Support"


@pytest.mark.parametrize(
    ("sender", "folder"),
    [
        ("jo.ek@mill.example", "Projects/Mill"),  # a person at the project's client
        ("invoices@mill.example", "Areas/Finance"),  # the client's accounts mailbox
    ],
)
async def test_a_client_writing_to_the_invoices_list_keeps_the_projects_mail(sender, folder):
    email = mail(
        "Invoice 2046-0031 - purchase order number missing",
        "The invoice for the cutover weekend lacks the PO number; it goes back today.",
        sender=sender,
        owner=OWNER,
        recipients=_lines(("Invoices", "invoices@ourcompany.example"), cc=(OWNER_LINE,)),
    )
    result = await HeuristicClassifier().classify(email, settings=SETTINGS)
    assert result.folder == folder
