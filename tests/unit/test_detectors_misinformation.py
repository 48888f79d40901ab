"""Unit tests for false information (Kankakee § V.2.8): ``fake_official_notice`` and
``election_misinformation``.

Only concrete signals count, and only to REVIEW: a notice in the city's voice by someone who is
not the city, a false way, day or status of voting. Opinions, proposals, debunks and warnings
are never signals.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator


def evidence_of(text: str, role: msp.Role = msp.Role.PUBLIC) -> list[msp.Evidence]:
    """The V.2.8 evidence in the verdict on ``text`` by an author with ``role``, spans checked."""
    comment = msp.Comment(text=text, author=msp.Author(role=role))
    verdict = evaluator().evaluate(comment)
    found = [e for f in verdict.findings if f.clause.id == "V.2.8" for e in f.evidence]
    assert all(text[e.start : e.end] == e.text for e in found)
    assert all(f.action is msp.Decision.REVIEW for f in verdict.findings if f.clause.id == "V.2.8")
    return found


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("OFFICIAL: City Hall is closed permanently.", "fake_official_notice"),
        ("URGENT NOTICE - boil your water, it is contaminated", "fake_official_notice"),
        ("The city announced the water is unsafe to drink.", "fake_official_notice"),
        ("BREAKING: the mayor declared a curfew for everyone under 21", "fake_official_notice"),
        ("You can vote by text this year, text VOTE to 55555.", "election_misinformation"),
        ("Skip the lines and vote online at kankakee-vote.com", "election_misinformation"),
        ("The election has been moved to Wednesday.", "election_misinformation"),
        ("Republicans vote on Wednesday this year.", "election_misinformation"),
        ("Election day was postponed because of the storm", "election_misinformation"),
    ],
)
def test_concrete_false_signals_are_reviewed(text: str, detector: str) -> None:
    """A fake notice of a closure or danger, a false voting method, day or status."""
    assert detector in {e.detector for e in evidence_of(text)}
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "You can NOT vote by text, that's a scam.",
        "Beware: texts saying you can vote by phone are fake.",
        "The election should be moved to a weekend.",
        "I wish we could vote online.",
        "Online voting is a bad idea; the secret ballot matters more.",
        "You can vote by mail in Illinois.",
        "Register to vote online at the county clerk's site.",
        "The water tastes terrible and the city should fix the pipes.",
        "The city announced a new budget for parks.",
        "The council is lying to us about the budget.",
        "NOTICE: the farmers market is great this year!",
        "Vote for whoever you like, just vote on Tuesday.",
    ],
)
def test_opinions_proposals_debunks_and_true_notices_are_not_signals(text: str) -> None:
    """Opinion is neither true nor false; debunks and lawful methods are not misinformation."""
    assert evidence_of(text) == []


def test_the_city_and_its_personnel_may_post_notices() -> None:
    """A notice by the city's account or its personnel is not a notice in a borrowed voice."""
    text = "OFFICIAL: City Hall is closed Monday for the holiday, shut down until Tuesday."
    assert evidence_of(text, msp.Role.PUBLIC)
    assert evidence_of(text, msp.Role.OFFICIAL_ACCOUNT) == []
    assert evidence_of(text, msp.Role.PERSONNEL) == []


def test_who_is_named_does_not_change_the_decision() -> None:
    """Neutrality: the same false claim attributed to the mayor or the council decides alike."""
    mayor = "The mayor announced the water is unsafe to drink."
    council = "The city council announced the water is unsafe to drink."
    assert evaluator().evaluate(mayor).decision is evaluator().evaluate(council).decision


def test_the_notice_reads_groups_of_the_phrase_file() -> None:
    """Issue 9: the fake notice's words are groups of ``misinformation.phrases`` that declare the
    check ``debunk``; no word list or regular expression of its own is left."""
    from municipal_social_policy.detectors import misinformation
    from municipal_social_policy.detectors.phrases import read_phrases

    groups = read_phrases("misinformation.phrases").groups
    assert {"notice_header", "notice_announced", "notice_alarm"} <= set(groups)
    assert "debunk" in groups["notice_header"].checks
    assert "debunk" in groups["notice_announced"].checks
    assert not hasattr(misinformation, "_WORDS")


def notice_evidence(text: str) -> list[str]:
    """The words of the ``fake_official_notice`` evidence in the verdict on ``text``."""
    return [e.text for e in evidence_of(text) if e.detector == "fake_official_notice"]


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("OFFICIAL: City Hall is closed permanently.", "OFFICIAL: City Hall is closed permanently"),
        # The evidence runs from the header's first word (issue 9, the misinfo3 session: the
        # notice is a signal of near.tsv, whose evidence runs from its first part's words).
        ("🚨 URGENT: the water is contaminated", "URGENT: the water is contaminated"),
        ("ATTENTION!!! Read this. The pool is closed permanently.", None),
        ("City alert update: curfew tonight at 8", "City alert update: curfew"),
        ("The city of Kankakee has announced a boil advisory.", None),
        (
            "Police officially confirmed a lockdown at the school",
            "Police officially confirmed a lockdown",
        ),
        ("0FFICIAL: City Hall is cl0sed permanently", None),
        ("The c1ty announced the water is contaminted", None),
        ("OFFICIAL: water shut-off tomorrow", "OFFICIAL: water shut-off"),
    ],
)
def test_a_notice_runs_from_its_cue_to_its_alarm(text: str, notice: str | None) -> None:
    """A header that opens the comment rules its body across sentences; an announcement, its
    sentence; disguised and mistyped words read as in every phrase file (issue 9)."""
    found = notice_evidence(text)
    assert found == [notice or text.rstrip(".")]


@pytest.mark.parametrize(
    "text",
    [
        # The alarm is one no sweeping measure reads (issue 9, the misinfo3 session: "City Hall
        # is closed permanently" is read as a notice in the city's name wherever it stands).
        "I heard OFFICIAL: the water is contaminated",
        "OFFICIAL the water is contaminated",
        "Hey URGENT: the water is contaminated",
        "The city announced a new budget. The old pool is closed permanently.",
        "The city, announced yesterday, water contaminated",
        "Rumor says the city announced the water is contaminated.",
        "OFFICIAL: City Hall is closed permanently, this is a scam",
        "The city announced you can find the forms online.",
        "The city announced marital law classes at the library.",
    ],
)
def test_no_notice_without_a_header_that_opens_or_an_alarm_after_the_cue(text: str) -> None:
    """A header inside the comment or without its mark, an alarm in another sentence, words
    written apart by a comma, a debunk; "find" and "marital" are words, not typos of "fined"
    and "martial"."""
    assert notice_evidence(text) == []


def election_evidence(text: str) -> list[str]:
    """The words of the ``election_misinformation`` evidence in the verdict on ``text``."""
    return [e.text for e in evidence_of(text) if e.detector == "election_misinformation"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Y0u can v0te by text this year.", "Y0u can v0te by text"),
        ("You can vote via e-mail now.", "vote via e-mail"),
        ("Vote online: kankakee-vote.example", "Vote online"),
        ("Democrats get to vote the next day.", "Democrats get to vote the next day"),
        ("Garcia supporters vote on Thursday.", "Garcia supporters vote on Thursday"),
        ("The election got called off.", "election got called off"),
    ],
)
def test_false_voting_claims_are_read_in_any_spelling(text: str, claim: str) -> None:
    """Disguises, "e-mail" written with a hyphen, the colon after "vote online", runs of words
    before the day; each claim is evidence as a whole."""
    assert claim in election_evidence(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's a myth that you can vote by text.",
        "Voting by text is not true, and it never was.",
        "Somebody claims the election was postponed.",
        "You can vote by text, they say, but that is misinformation.",
        "Registered to vote online last week, easy.",
        "Do not fall for it: you cannot vote by phone.",
        '"Vote by text" is what the scam texts say, don\'t fall for it.',
    ],
)
def test_a_debunk_or_lawful_registration_is_no_claim(text: str) -> None:
    """A claim called false before or after it (check debunk), or online registration, which
    is lawful in Illinois."""
    assert election_evidence(text) == []


@pytest.mark.parametrize(
    ("praise", "criticism"),
    [
        (
            "The county clerk runs elections well. Vote by text this year!",
            "The county clerk runs elections terribly. Vote by text this year!",
        ),
        (
            "The clerk postponed nothing, great job. The election has been postponed.",
            "The clerk is incompetent. The election has been postponed.",
        ),
    ],
)
def test_the_view_of_an_official_changes_no_election_finding(praise: str, criticism: str) -> None:
    """Viewpoint neutrality (§ I.3): praise or criticism of an official beside the same claim
    gives the same decision and the same evidence."""
    assert election_evidence(praise) == election_evidence(criticism) != []
    assert evaluator().evaluate(praise).decision is evaluator().evaluate(criticism).decision


def test_a_quoted_false_claim_is_reported_not_made() -> None:
    """A claim inside quotation marks is a report of what others say (check quotation)."""
    assert election_evidence('The flyer read "vote by text this year" in big letters.') == []
    assert election_evidence("The flyer read vote by text this year in big letters.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Heads up, the polls will require a passport to vote on Tuesday.",
        "Everyone needs their birth certificate to cast a ballot this year",
        "You can't vote if you owe unpaid parking tickets.",
        "Residents are no longer allowed to vote if they have back taxes.",
        "Great news, you can vote twice this time: early and on election day.",
    ],
)
def test_false_conditions_on_voting_are_reviewed(text: str) -> None:
    assert election_evidence(text) != []
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Do I need a passport to vote?",
        "can you vote twice ?? asking for a friend",
        "You do NOT need a passport to vote, that's a myth.",
        "Some people say you need a birth certificate to vote, which is false.",
        "I need a passport to travel to Canada for the tournament.",
        "First-time voters who registered by mail may need to show ID.",
        '"You need a passport to vote" is the flyer going around; ignore it.',
    ],
)
def test_questions_debunks_and_true_requirements_are_no_claim(text: str) -> None:
    assert election_evidence(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If you still owe on your water bill you are not allowed to vote",
        "Anyone who voted in the primary cannot vote in the general, so stay home",
        "Felons can never vote here, even after they get out",
        "Good news, non-citizens can vote in city elections starting this year",
        "Non-citizens can now vote in local elections",
        "Heads up, the election is on Thursday this time",
        "Polls close at 4pm on Tuesday, get there early",
        "Everyone with last names L through Z votes on Wednesday",
        "Ballots mailed after election day still count",
    ],
)
def test_false_conditions_days_and_hours_of_voting(text: str) -> None:
    """Issue 9: disqualifications Illinois does not make, days and hours it does not keep."""
    assert [e.detector for e in evidence_of(text)] == ["election_misinformation"]


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("Attention residents: stray dogs will be confiscated Friday", "fake_official_notice"),
        ("ATTENTION EVERYONE - anyone burning leaves will be fined $500", "fake_official_notice"),
    ],
)
def test_a_header_addressed_to_residents(text: str, detector: str) -> None:
    """Issue 9: "Attention residents:" opens a notice; a seizure or a fine is its alarm."""
    assert detector in [e.detector for e in evidence_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "You don't need to wait in line on election day, you can vote by mail",
        "Is the election really on Thursday? My neighbor said so",
        "Non-citizens cannot vote in city elections",
        "If you have unpaid tickets you can still vote",
        "Polling places close at 6 in Indiana, but here it's 7",
        "The council vote is on Wednesday",
        "Early voting is on Saturday at the clerk's office",
        "Attention residents: the pool opens Saturday at noon",
    ],
)
def test_true_statements_questions_and_denials_about_voting(text: str) -> None:
    """A negator that denies another verb, a question, the law as it is, another state's hours,
    a council's vote and early voting on a weekend are no false claim."""
    assert evidence_of(text) == []


def test_a_negator_right_before_the_claim_still_debunks_it() -> None:
    """The debunk check reads a negator in the three words before the claim: "you can NOT"."""
    assert evidence_of("You can NOT vote by text, whatever the flyer says") == []
    assert evidence_of("Don't wait in line, you can vote by text this year")


@pytest.mark.parametrize(
    "text",
    [
        "ATTENTION RESIDENTS: the city will be shutting off all water tomorrow for 3 days",
        "Urgent notice - they are turning off the gas on the whole east side tonight",
        "Polling places are closed, vote online instead",
        "This year you can vote by text only",
        "Your ballot won't count if you use a pen, only pencil",
        "Ballots do not count if you mark them with a sharpie",
        "You must use a pencil or your ballot will be thrown out",
    ],
)
def test_misinformation_families_of_residents_comments_flag(text: str) -> None:
    """A fake notice's shut-off in any tense, voting online "instead", and a ballot said to be
    spoiled by the pen that marks it (§ V.2.8)."""
    assert "V.2.8" in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is it true the city is shutting off water on Court St tomorrow?",
        "The water was shut off on my street for two hours yesterday",
        "You can NOT vote online, that's a scam",
        "Bring a pen, the line at the polls was slow",
        "I voted with a pen and it went through the machine fine",
        "Can I register to vote online?",
    ],
)
def test_misinformation_near_misses_of_those_families_do_not_flag(text: str) -> None:
    """Talk about the same things that is no false information: questions, reports, other senses."""
    assert "V.2.8" not in clauses(text)
