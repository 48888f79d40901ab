"""Campaign advocacy (Kankakee § V.2.12): year slogans and votes held up for others, to review.

A candidate, or a ticket, and the election's year standing as a sentence ("Trump 2024!!!",
"Biden/Harris 2020") is a slogan; the writer's own vote held up for others to follow ("I'm
voting for Dana Fox and you should too") is an appeal. A year after a season, a plan or an
event, a citation, a report of a slogan, a question, saying how one votes and a vote on a
city's poll are none.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator


def v212(text: str) -> list[msp.Finding]:
    """The § V.2.12 findings of the verdict on ``text``; each is judgment evidence."""
    found = [f for f in evaluator().evaluate(text).findings if f.clause.id == "V.2.12"]
    assert all(f.strength is msp.Strength.JUDGMENT for f in found)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Trump 2024!!!",
        "Biden/Harris 2020",
        "Trump-Pence 2020",
        "Garcia 2027",
        "Bernie 2020!!",
        "TRUMP 2024",
        "trump 2024",
        "Build the wall. Trump 2020 #draintheswamp",
        "Great turnout tonight. Okafor 2027!",
    ],
)
def test_a_name_and_a_year_standing_alone_is_a_slogan(text: str) -> None:
    """A candidate or a ticket and the election's year, as a sentence of its own: reviewed."""
    assert v212(text)
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "the 2024 budget",
        "Summer 2024 events at the park",
        "Summer 2024",
        "Class of 2024",
        "Vision 2030",
        "Election 2024",
        "January 2025",
        "Census 2020",
        "Trump 2024 flags were stolen from yards on Elm St.",
        "the Trump 2024 campaign raised money here",
        "Is it Trump 2024 or not?",
        'He yelled "Trump 2024" at the meeting.',
        "Routledge: UK, 2004",
        "BBC 2017",
        "NCAA Football 2010",
        "when is the 2024 election?",
        "Riverfest 2025!",
        "Bluesfest 2024",
        "Walkathon 2026!",
        "Rodeo 2025!",
        "Jubilee 2026",
    ],
)
def test_a_year_after_a_season_a_plan_or_in_a_report_is_no_slogan(text: str) -> None:
    """Seasons, plans, topics, citations, reports, quotations and questions name no campaign."""
    assert v212(text) == []


@pytest.mark.parametrize(
    "text",
    ["#Garcia2027", "Vote for change! #Trump2020", "#BidenHarris2020", "#MAGA2020"],
)
def test_a_name_and_a_year_as_a_hashtag_is_a_slogan(text: str) -> None:
    """One or two names read from a hashtag's capitals, then the year: reviewed."""
    (finding,) = v212(text)
    assert finding.evidence[0].text.startswith("#")


@pytest.mark.parametrize(
    "text",
    [
        "#Summer2024 concerts start Friday",
        "#ClassOf2024",
        "#classof2024",
        "#GE2017",
        "#FY2024 budget hearing",
        "#Midterms2018 coverage",
        "#HurricaneFlorence2018 relief drive",
        "#KeepAmericaGreat2020",
        "#Riverfest2025",
    ],
)
def test_a_hashtag_of_a_season_a_topic_or_without_capitals_is_no_slogan(text: str) -> None:
    """Seasons, topics, acronyms, events, long phrases and hashtags with no capitals to read."""
    assert v212(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm voting for Dana Fox and you should too",
        "I'm voting for Fox, you should too!",
        "I've voted for Garcia, you should too",
        "I am voting for Jane Smith this November, so should you",
        "I voted yes on Prop 3, so should you",
        "We're all voting yes on the library referendum, join us",
        "We're voting against Pike, join us",
        "I'm not voting for Smith and you shouldn't either",
    ],
)
def test_a_vote_held_up_for_others_to_follow_is_an_appeal(text: str) -> None:
    """The writer's vote for or against someone named, or on a ballot measure, urged on others."""
    assert v212(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm voting for Smith.",
        "I voted for Smith and my wife did too",
        "I voted for Smith, should you?",
        "I'm voting on Tuesday and you should too",
        "I'm voting for the park and you should too",
        "I voted for Design B and you should too",
        "vote on the agenda item",
        "Mayor Wells, I'm voting against your budget and you should listen.",
    ],
)
def test_saying_how_one_votes_is_no_appeal(text: str) -> None:
    """How the writer votes, a question, voting at all and a city's poll are civic speech."""
    assert v212(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Smith has my vote",
        "Garcia gets my vote!",
        "Okafor has earned my vote",
        "Smith has my vote for city council",
        "Alderman Lewis has my vote this November",
        "Jane Smith has my vote in April",
    ],
)
def test_a_candidate_named_before_my_vote_is_an_endorsement(text: str) -> None:
    """ "<Name> has my vote", ending its clause or running for an office or to a date."""
    assert v212(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wells has my vote on the zoning question at council",
        "Smith has my vote for the zoning change",
        "Smith will never get my vote",
        "Does Smith have my vote? Maybe",
        "The park design has my vote",
        "Option B has my vote",
        "Prop 3 has my vote",
        "This idea has my vote",
    ],
)
def test_my_vote_for_a_position_a_poll_or_never_is_no_endorsement(text: str) -> None:
    """Agreement with a position, a denial, a question and a poll's option name no candidate."""
    assert v212(text) == []


@pytest.mark.parametrize("text", ["Yes on 3!", "Smith 4 Mayor", "Lopez 4 City Council!"])
def test_a_numbered_side_and_4_for_for_are_slogans(text: str) -> None:
    """A side on a numbered measure standing alone, and "4" written for "for"."""
    assert v212(text)


@pytest.mark.parametrize(
    "text",
    ["Yes on 3 of the questions, no on the rest", "Ward 4 Council meeting tonight"],
)
def test_a_number_in_a_sentence_or_a_ward_is_no_slogan(text: str) -> None:
    """ "Yes on 3" inside a longer sentence, and a ward's number before an office."""
    assert v212(text) == []
