"""Notifications from the owner's own tools, told apart from newsletters.

List mail is normally a newsletter whose topics are its own, not the owner's projects, and other
machine-sent mail is read by its subject only (its footers name everything). A tool's
notification is bulk mail too, but about the owner's work: its subject carries the repository
("[owner/repo] ...") or its body the reason it was sent ("you are watching this repository",
"requested your review", "because you follow project TCS", "as a member of the board \"Mill
rollout\"", "Sam assigned a task to you"; a newsletter says you subscribed).
Its words then count as evidence like a colleague's.

A list mail that names the owner's work is a tool's report too when it is no publication's: a
publication heads each issue's subject with its own name, the sender's ("SaaS Weekly #212:
...", "The CFO Letter: ..."), or offers the issue on the web ("Read online | Unsubscribe"),
while a tool's subject is the event itself ("Your pipeline this week: 4 deals moved",
"[Buildbot] app: build failed").
"""

from __future__ import annotations

import re

from core.triage.offline import cues
from core.triage.offline.text import Words, fold, terms, words

# "[proseware/ledgerline] Release v8.5.3": a repository's name leads the subject.
_REPOSITORY_TAG = re.compile(r"^\s*\[[\w.-]+/[\w.-]+\]")
# A tool says it wrote because you follow an item of your work (a project, a deal, a page) or
# belong to its board ("as a member of the board \"Tradecore CR 31\""); a newsletter says you
# subscribed.
_FOLLOWED = terms(
    "you follow, you are follow, item you follow, a follower of the, as a member of the board,"
    " as a member of the project, you are a member of the board, you are a member of the project"
)
_MIN_MASTHEAD = 3  # a shorter display name ("HR", "IT") is no publication's name
# The mailboxes a publication sends its issues from ("The Board Letter: ..." from letter@), or
# the words its name calls it by (".NET Nordic Digest"): beside its masthead in the subject, an
# issue even when the mailer sets no List-Unsubscribe. A tool's "digest@" sends reports about
# the owner's work under the tool's own name ("Trackwell: 6 open issues").
_EDITORIAL = frozenset(
    ("editor", "editors", "editorial", "letter", "hello", "newsletter", "news", "weekly")
    + ("redaktionen", "nyhetsbrev")
)
_PUBLICATION_NAME = re.compile(
    r"\b(?:digest|weekly|monthly|letter|newsletter|journal|bulletin)\b", re.IGNORECASE
)
# A newsletter's "In this issue:" (or an opening "This issue:") is its contents, not a
# tracker's issue.
_ISSUE = words("this issue")
_PUBLICATION_ISSUE = words("in this issue")
# A publication offers its issue on the web ("Read online | Unsubscribe"); a tool links the item.
_WEB_EDITION = terms(
    "read online, read in browser, read in your browser, view in browser, view in your browser,"
    " view online"
)


def masthead(sender_name: str, subject_line: str) -> bool:
    """Tell whether the subject begins with the sender's name, as a publication's issue does."""
    name = fold(sender_name).strip()
    return len(name) >= _MIN_MASTHEAD and fold(subject_line).lstrip().startswith(name)


def publication(sender_name: str, subject_line: str, body: Words) -> bool:
    """Tell whether list mail is a publication's issue: its subject carries the masthead, or its
    body offers the issue online."""
    return masthead(sender_name, subject_line) or _web_edition(body)


def unlisted_issue(
    sender_name: str, subject_line: str, body: Words, raw_body: str, address: str
) -> bool:
    """Tell whether mail without a List-Unsubscribe header is a publication's issue all the same:
    its masthead heads the subject, and it offers an unsubscribe link or the issue online, or
    comes from an editorial mailbox ("editor@", "hello@") or under a publication's name ("...
    Digest", "... Weekly")."""
    editorial = address.partition("@")[0].casefold() in _EDITORIAL or bool(
        _PUBLICATION_NAME.search(sender_name)
    )
    offered = editorial or "unsubscribe" in raw_body.casefold() or _web_edition(body)
    return offered and masthead(sender_name, subject_line)


def _web_edition(body: Words) -> bool:
    return any(body.has(t) for t in _WEB_EDITION)


def tool_notice(subject_line: str, body: Words, *, listed: bool) -> bool:
    """Tell whether bulk mail (`listed`: a list or a machine's) is a tool's notification about
    the owner's work."""
    if not listed:
        return False
    if _REPOSITORY_TAG.match(subject_line):
        return True
    # "In this issue: ...", or a body that opens "This issue: why the autumn board meeting ...".
    opens_with_issue = body.parts[: len(_ISSUE.parts)] == _ISSUE.parts
    issue_of_a_publication = body.has(_PUBLICATION_ISSUE) or opens_with_issue or _web_edition(body)
    noticed = (
        cue
        for cue in (*cues.TOOL_NOTICE, *_FOLLOWED)
        if body.has(cue) and not (issue_of_a_publication and cue.parts == _ISSUE.parts)
    )
    return next(noticed, None) is not None


# A social network's notice about the owner's own post or profile ("38 people commented on your
# post about the Contoso renewal", "people at Tradecore are viewing your profile", "your post
# about the go-live is getting attention", "1,480 people watched your panel clip", "41 people
# found you in search", "people at Contoso looked you up", "14 people searched for you over the
# holidays", "Jonas Berg mentioned you in a post"), or about a contact's ("Nikola shared a post:
# Speaking at Øredev", "Ville shared a photo from Raahe works", "Kristine Bakken and 6 others
# have work anniversaries", "Congratulate Kerstin Alm on 10 years at Tradecore Steel", "... on
# the new job"): the post's words are written for the public, no mail of her projects.
_SOCIAL = re.compile(
    r"\b(?:(?:reacted to|commented on|seen|shared|liked|viewed|viewing|watched) your"
    r" (?:\w+ )?(?:post|profile|video|clip)"
    r"|your (?:post|profile)\b.{0,80}\b(?:was (?:seen|viewed)|reactions|comments|times|getting"
    r" attention)"
    r"|shared an? (?:post|photo|video|article)|(?:reacted to|commented on) a post"
    r"|appeared in \d+ searches"
    r"|found you in (?:a )?search|looked you up|searched for you"
    r"|mentioned you in a (?:post|comment)"
    r"|and \d+ others (?:have|shared|posted|reacted|commented)\b"
    r"|congratulate (?:\w+ ){1,3}on (?:\d+ years?"
    r"|(?:the|a|her|his|their) new (?:job|role|position))\b)",
    re.IGNORECASE,
)


def social_notice(subject_line: str) -> str | None:
    """Return why a machine's subject is a social network's notice about the owner's own post or
    profile, or None."""
    found = _SOCIAL.search(subject_line)
    return None if found is None else f"a social network's notice ('{found.group(0).lower()}')"
