"""An unsolicited job application weighs little for the owner, whatever domain it comes from.

Each case is a short email written for the signal, not one from a labelled set.
"""

from __future__ import annotations

from core.triage.offline import stakes
from tests.core.offline.labels import DL, P2, P4
from tests.core.offline.test_signals import classify, mail


async def test_a_job_seeker_sending_their_own_cv_is_p4_even_from_a_known_domain():
    email = mail(
        "Opening for a candidate like me?",
        "I have followed the cutover work for months. Could you pass my CV to whoever hires "
        "consultants? I attach my resume.",
        sender="per@mill.example",
    )

    result = await classify(email)

    assert result.priority is P4


async def test_a_recruiter_sending_a_candidates_cv_keeps_the_folders_priority():
    email = mail(
        "Candidate for the cutover team",
        "Could you look at the CV of our candidate for the cutover team?",
        sender="per@mill.example",
    )

    result = await classify(email)

    assert (result.folder, result.priority) == ("Projects/Mill", P2)


def test_applicant_reads_a_writers_own_cv():
    assert stakes.applicant("Please find my CV attached.") == "'my cv'"
    assert stakes.applicant("The candidate's CV is attached.") is None
    # Another paper beside it, in Swedish, or the open application itself.
    assert stakes.applicant("My portfolio and CV are attached.") == "'my portfolio and cv'"
    assert stakes.applicant("Bifogar mitt CV.") == "'mitt cv'"
    assert stakes.applicant("Spontanansökan: UX-designer") == "'spontanansökan'"
    assert stakes.applicant("Send me his CV and my notes.") is None


async def test_a_job_seekers_skills_name_no_project_and_the_cv_is_passed_on():
    # The CV names the cutovers and go-lives the seeker has run, not the owner's mill rollout;
    # "kindly forward my CV" asks her to pass it to whoever hires.
    email = mail(
        "Application: ERP consultant, 9 years of cutovers",
        "I have led six ERP cutovers and two go-lives at steel mills. Kindly forward my CV to "
        "the concerned person.",
    )

    result = await classify(email)

    assert (result.folder, result.action_type, result.priority) == ("Areas/People", DL, P4)
