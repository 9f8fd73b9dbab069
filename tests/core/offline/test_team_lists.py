"""Mail to a team list of the owner's organisation files with the work the list is named after.

Each email is written for the test; none is taken from a labelled set.
"""

from __future__ import annotations

from core.store.records import Recipients
from core.triage.addressing import Owner
from core.triage.offline import HeuristicClassifier
from core.triage.offline.profiles import profiles
from core.triage.offline.team_lists import TEAM_LIST, team_lists
from tests.core.offline.test_signals import SETTINGS, mail

OWN = ("maya@ourcompany.example",)
OWNER = Owner(name="Maya Berg", addresses=frozenset(OWN))
DEVELOPMENT = {
    "name": "Development",
    "folder": "Areas/Development",
    "description": "The engineering team: sprints, releases, CI failures.",
    "keywords": ["build", "release"],
    "senders": ["@ci.ourcompany.example"],
}
WITH_CI = SETTINGS.model_copy(
    update={"areas": (*SETTINGS.areas, SETTINGS.areas[0].model_validate(DEVELOPMENT))}
)
NIGHTLY = (
    "[perf] Nightly run mill-golive #88: heap grew 2 GB in 8 h",
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


async def test_the_same_report_to_the_owner_alone_follows_the_sender_rule():
    # The control: without the list, the same mail goes where the sender's rule says.
    assert (await _folder(_lines(("Maya Berg", OWN[0]))))[0] == "Areas/Development"


def test_the_lists_mailbox_name_alone_names_the_work():
    found = team_lists(profiles(WITH_CI), _lines(cc=(("", "tickets@ourcompany.example"),)), OWN)

    assert found == {
        "Areas/Support": (TEAM_LIST, "sent to tickets@ourcompany.example, a Client Support list")
    }


def test_only_lists_of_the_owners_own_organisation_count():
    # A client's "go-live team" names the client's team, not the owner's work; nor does her own
    # address, whatever her display name says; nor anything when her address is unknown.
    client = _lines(("Mill go-live team", "golive@mill.example"))
    herself = _lines(("Maya (go-live lead)", OWN[0]))
    ours = _lines(("Go-live team", "golive@ourcompany.example"))

    assert team_lists(profiles(WITH_CI), client, OWN) == {}
    assert team_lists(profiles(WITH_CI), herself, OWN) == {}
    assert team_lists(profiles(WITH_CI), ours, ()) == {}
    assert team_lists(profiles(WITH_CI), None, OWN) == {}
