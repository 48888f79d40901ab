"""Unit tests for campaign advocacy (Kankakee § V.2.12).

Appeals for or against a named candidate or a ballot measure, slogans and requests for campaign
money are JUDGMENT evidence (REVIEW). Discussing an election, urging people to vote at all,
criticising a candidate's record, saying how one voted and petitioning the council are not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator, evidence_under


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Vote for Jane Smith on Tuesday!", "Vote for Jane"),
        ("Re-elect Osenga!", "Re-elect Osenga"),
        ("Don't vote for Smith, he raised taxes.", "vote for Smith"),
        ("Everyone should vote for Smith", "vote for Smith"),
        ("Vote yes on Prop 3", "Vote yes on Prop"),
        ("Vote against the levy!", "Vote against the levy"),
        ("Please donate to my campaign", "donate to my campaign"),
        ("#VoteSmith2024", "#VoteSmith2024"),
        ("Paid for by Friends of Smith", "Paid for by Friends"),
        ("Vote for me for Ward 3 alderman", "Vote for me"),
    ],
)
def test_campaign_appeals_are_reviewed(text: str, evidence: str) -> None:
    """An appeal for or against a candidate or measure is REVIEW under § V.2.12."""
    verdict = evaluator().evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW
    found = evidence_under(text, "V.2.12")
    assert evidence in [e.text for e in found]
    for item in found:
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "text",
    [
        "Please vote on Tuesday.",
        "I voted for Smith last time.",
        "Smith's record on taxes is terrible.",
        "The council should vote against the rezoning.",
        "The election is on Nov 5. Who should I vote for?",
        "People who vote for Smith are wrong about the budget",
        "vote for the budget",
        "We should vote for Option B",
        "The mayor should resign over the property tax levy.",
        "The mayor is doing a great job with the property tax levy.",
        "What does the referendum on the library say?",
        "#Elections2024 results are in",
    ],
)
def test_civic_speech_about_elections_is_not_advocacy(text: str) -> None:
    """Discussing votes, criticism, praise and petitions to the council are not § V.2.12."""
    assert evidence_under(text, "V.2.12") == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("Vote for Mayor Wells-Armstrong!", "Vote for resident Wells-Armstrong!"),
        (
            "The mayor has no clue about the water rates.",
            "My neighbor has no clue about the water rates.",
        ),
    ],
)
def test_an_official_and_a_resident_are_treated_alike(official: str, resident: str) -> None:
    """Swapping an official's title for a resident's never changes the decision."""
    assert evaluator().evaluate(official).decision is evaluator().evaluate(resident).decision


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Vote Garcia", "Vote Garcia"),
        ("Garcia for Mayor!", "Garcia for Mayor"),
        ("Re-elect Garcia", "Re-elect Garcia"),
        ("#VoteGarcia", "#VoteGarcia"),
        ("Thompson for City Council, Ward 3!", "Thompson for City Council"),
        ("Maria Lopez for county clerk.", "Maria Lopez for county clerk"),
        ("Alderman Lewis for Mayor 2027", "Alderman Lewis for Mayor"),
        ("Never vote Garcia!", "vote Garcia"),
    ],
)
def test_bare_slogans_are_reviewed(text: str, evidence: str) -> None:
    """Slogans without "vote for": a bare "vote <Name>", "<Name> for <office>", "re-elect"."""
    assert evidence in [e.text for e in evidence_under(text, "V.2.12")]
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Please vote on Tuesday.",
        "vote for the budget",
        "I voted",
        "I voted Garcia last time, never again.",
        "Vote Early!",
        "VOTE TODAY",
        "The vote Garcia cast on the budget was wrong.",
        "Candidates for Mayor will debate on Tuesday.",
        "Thanks Garcia for the council update.",
        "Garcia for mayor's office hours are posted.",
        "Is Garcia running for mayor?",
        '"Vote Garcia" signs were stolen from my yard.',
        'Someone painted "Garcia for Mayor" on the water tower.',
    ],
)
def test_civic_speech_is_not_a_slogan(text: str) -> None:
    """Urging people to vote, how one voted, news of a race, quoted slogans: no § V.2.12."""
    assert evidence_under(text, "V.2.12") == []


_NAMES = ("Garcia", "Nguyen", "Okafor", "Kowalski", "Haddad", "Yamamoto", "Patel", "Wells")
_OFFICES = ("Mayor", "City Council", "Sheriff", "County Clerk", "School Board", "Alderman")
_FORMS = ("Vote {name}!", "{name} for {office}!", "Re-elect {name}", "Vote for {name} for {office}")


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES),
    st.sampled_from(_OFFICES),
    st.sampled_from(_FORMS),
)
def test_slogans_are_viewpoint_neutral(first: str, second: str, office: str, form: str) -> None:
    """Any name and any office: swapping the candidate never changes the decision or the clause."""
    one = evaluator().evaluate(form.format(name=first, office=office))
    other = evaluator().evaluate(form.format(name=second, office=office))
    assert one.decision is other.decision is msp.Decision.REVIEW
    assert (
        {f.clause.id for f in one.findings} == {f.clause.id for f in other.findings} == {"V.2.12"}
    )


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("vote nguyen", "vote nguyen"),
        ("okafor for mayor!", "okafor for mayor"),
        ("kowalski for city council", "kowalski for city council"),
        ("please vote haddad", "vote haddad"),
    ],
)
def test_slogans_without_capitals_are_reviewed(text: str, evidence: str) -> None:
    """Issue 9: a comment written without capitals has no case to read, so a bare slogan's name
    is any word that is no common word and ends or starts the slogan's clause."""
    assert evidence in [e.text for e in evidence_under(text, "V.2.12")]


@pytest.mark.parametrize(
    "text",
    [
        "vote smarter this time",
        "vote responsibly",
        "vote early",
        "the candidates for mayor debate on tuesday",
        "i asked the clerk for mayor contact info",
        "please vote on tuesday",
        "vote them out",
    ],
)
def test_lower_case_civic_speech_is_not_a_slogan(text: str) -> None:
    """Without capitals the same civic speech is still no slogan."""
    assert evidence_under(text, "V.2.12") == []


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_NAMES), st.sampled_from(_NAMES), st.sampled_from(("vote {}", "{} for mayor"))
)
def test_lower_case_slogans_are_viewpoint_neutral(first: str, second: str, form: str) -> None:
    """Any name, lower case: swapping the candidate never changes the decision."""
    one = evaluator().evaluate(form.format(first.lower()))
    other = evaluator().evaluate(form.format(second.lower()))
    assert one.decision is other.decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Support Measure B on Tuesday, it funds the library.",
        "Oppose Prop 12. It's a tax grab.",
        "I'm running for alderman in Ward 3, I'd appreciate your vote.",
        "I am a candidate for city treasurer this spring.",
        "Please sign my petition to get on the ballot for city clerk.",
    ],
)
def test_measures_runs_and_nominating_petitions_are_advocacy(text: str) -> None:
    assert evidence_under(text, "V.2.12") != []


@pytest.mark.parametrize(
    "text",
    [
        "Measure B would raise the sales tax by a quarter percent.",
        "Oppose the measure if you want, but read it first.",
        "I'm running for the bus, wait up.",
        "I am running for charity in the 5K on Saturday.",
        "You need your vote counted: check your registration.",
        "Please sign the petition to fix the sidewalks on Oak.",
        "Support local business this weekend!",
    ],
)
def test_facts_errands_and_civic_petitions_are_not_advocacy(text: str) -> None:
    assert evidence_under(text, "V.2.12") == []


@pytest.mark.parametrize(
    "text",
    [
        "Support the levy?",
        "Vote yes on Prop 3?",
        "Vote for Okafor?",
        "Haddad for Sheriff?",
        "Donate to my campaign?",
    ],
)
def test_a_question_is_no_campaign(text: str) -> None:
    """Issue 9: the groups of ``campaign.phrases`` declare the check ``question``, and the
    judgment goes through it: a slogan asked about is not a slogan made."""
    assert evidence_under(text, "V.2.12") == []
    assert evidence_under(text.rstrip("?") + "!", "V.2.12") != []  # the same words, said: a slogan


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("He said vote Kowalski.", "I said it before: vote Kowalski."),
        ("My neighbour told everyone to vote for Yamamoto.", "Everyone, vote for Yamamoto."),
        ("The flyer says vote yes on the levy.", "Vote yes on the levy."),
        ('"Vote for Patel" signs were stolen from my yard.', "Vote for Patel, signs are free!"),
        ('She wrote "Re-elect Wells" on her car.', "Re-elect Wells, she wrote the budget."),
    ],
)
def test_reported_and_quoted_slogans_follow_the_declared_checks(text: str, said: str) -> None:
    """Issue 9: reported words and quotations are no finding (checks ``reported`` and
    ``quotation``); the writer's own slogan still is."""
    assert evidence_under(text, "V.2.12") == []
    assert evidence_under(said, "V.2.12") != []


@pytest.mark.parametrize(
    ("statement", "appeal"),
    [
        ("I would never vote Garcia.", "Never vote Garcia!"),
        ("We will never vote for Nguyen again.", "Never vote for Nguyen again."),
        ("He did not vote for Okafor.", "Please, do not vote for Okafor."),
        ("I don't vote for Haddad.", "Don't vote for Haddad."),
    ],
)
def test_a_negated_statement_is_no_appeal_against(statement: str, appeal: str) -> None:
    """A negation before "vote" opposes a candidate ("don't vote for Smith") unless the words
    before the negation say how someone votes ("I would never vote Garcia")."""
    assert evidence_under(statement, "V.2.12") == []
    assert evidence_under(appeal, "V.2.12") != []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Great forum, support the levy!", "support the levy"),
        ("Thanks for coming out - oppose Measure B.", "oppose Measure"),
        ("great forum, vote jones april 4", "vote jones"),
        ("Great forum, Kowalski for Mayor November 5", "Kowalski for Mayor"),
        ("vote garcia for mayor", "vote garcia"),
        ("vote for nguyen for city council", "vote for nguyen"),
        ("please vote okafor for sheriff on tuesday", "vote okafor"),
    ],
)
def test_slogans_after_a_comma_before_a_date_or_an_office(text: str, evidence: str) -> None:
    """Issue 9: a slogan that opens a clause after a comma or a dash, a date after a slogan,
    and, without capitals, a name followed by "for <office>"."""
    assert evidence in [e.text for e in evidence_under(text, "V.2.12")]


@pytest.mark.parametrize(
    "text",
    [
        "I went to the forum, I support the levy.",
        "Great forum, if you support the levy you should say so.",
        "vote early for mayor",
        "vote smarter for city council",
        "i will vote for lopez for mayor",
        "the vote for mayor is on tuesday",
        "great forum, vote early april 4",
    ],
)
def test_the_new_families_leave_civic_speech_alone(text: str) -> None:
    """The families above do not reach a statement, a condition, or a word that names no one."""
    assert evidence_under(text, "V.2.12") == []


def test_campaign_hashtags_are_shapes_declared_as_data() -> None:
    """Issue 9: the hashtags are a shape of ``shapes.txt`` (its words in ``shape_words.txt``), not
    a regular expression written in the detector's module."""
    from municipal_social_policy.detectors.shapes import load_shapes

    assert [shape.name for shape in load_shapes("campaign_advocacy")] == ["campaign.hashtag"]
    assert [
        e.text for e in evidence_under("Great turnout! #NoOnMeasureB #ReelectGarcia", "V.2.12")
    ] == [
        "#NoOnMeasureB",
        "#ReelectGarcia",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I am proud to endorse Renee Dubois for city clerk",
        "We are endorsing Marcus Hale in the 6th Ward race",
        "Honored to endorse Alderwoman Tate for another term",
        "My vote is going to Luis Ortega, and yours should too",
        "Cast your ballot for Gina Marsh on April 1",
    ],
)
def test_an_endorsement_of_someone_named_is_reviewed(text: str) -> None:
    """Issue 9: "I endorse", "proud to endorse", "my vote is going to", "cast your ballot for"."""
    assert evidence_under(text, "V.2.12")


@pytest.mark.parametrize(
    "text",
    [
        "Vote out Alderman Pike this spring",
        "Defeat the public safety tax referendum!",
        "Reject the new park district tax referendum",
        "Say no to the new bond on the ballot",
        "Knock doors with us Saturday and help us win!",
        "Yard signs available, just ask",
    ],
)
def test_more_campaign_forms_are_reviewed(text: str) -> None:
    """Issue 9: voting a named person out, a measure named with qualifiers, a campaign's field
    work."""
    assert evidence_under(text, "V.2.12")


@pytest.mark.parametrize(
    "text",
    [
        "Cast your vote for the Holiday Lights contest winner",
        "Vote for the Best Burger award on the city's page",
        "I endorse the Riverfront Plan the council adopted",
        "I endorse Mayor Smith's plan for the riverfront",
        "The union endorsed Smith last week",
        "I would never endorse Kowalski",
        "Yes, I endorse ALT1 as the clearer wording.",
        "I specifically endorse Wikipedia:Civility here",
        "@CouncilmanRoss VOTE NO!!",
        "We will vote you out if you raise the water rates",
        "The yard signs are available at city hall for the cleanup day",
    ],
)
def test_contests_things_reports_and_petitions_are_not_campaigns(text: str) -> None:
    """A vote in a contest, a plan endorsed, a past endorsement reported, a negated one, a
    legislator asked how to vote, and "you" voted out are no § V.2.12 evidence."""
    assert evidence_under(text, "V.2.12") == []


@pytest.mark.parametrize(
    "text",
    [
        "@SenSmith vote no on the AHCA",
        "Vote yes on the tax bill",
        "Please vote no on the healthcare bill.",
        "Vote NO on any bill that cuts Medicaid.",
        "@RepJones please vote yes on HB 1234",
        "vote against the Cassidy bill",
        "Please vote for SB10 to help the Everglades.",
        "Vote NO on Kavanaugh.",
        "Vote no on the nominee.",
        "Senator Moran, please vote no on the tax cuts.",
        "Dear Alderman Lewis: vote against the rezoning.",
        "@senatorcollins Vote NO on Trumpcare",
        "@SenatorTimScott PLEASE vote against DeVos.",
        "Now vote no on AHCA. #VoteNoAHCA",
        "Please vote #NoOnDeVos",
    ],
)
def test_a_petition_about_legislation_is_no_campaign(text: str) -> None:
    """Issue 9: a bill, an act or a nomination is put to a legislature, and asking an official
    how to vote is petitioning the government, not promoting a candidate or a ballot measure."""
    assert evidence_under(text, "V.2.12") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vote yes on Proposition 2!",
        "Vote no on the school referendum",
        "Vote yes on Amendment 4",
        "Vote yes on 1!",
        "Vote no on the casino in November!",
        "Vote no on the casino!",
        "@SenSmith vote no on the library levy",
        "Vote Garcia for mayor",
        "Vote for Kowalski on Tuesday!",
        "@SenSmith vote for me",
        "@SenSmith do not re-elect Jones",
        "#NoOnMeasureB #YesOn1 #VoteNoOnProp3",
    ],
)
def test_an_appeal_to_the_electorate_is_still_a_campaign(text: str) -> None:
    """The same words about a ballot measure or a candidate, or not asked of an official, stay
    campaign advocacy."""
    assert evidence_under(text, "V.2.12") != []


@pytest.mark.parametrize(
    ("statement", "appeal"),
    [
        ("If you vote for Okafor, you deserve the potholes.", "Vote for Okafor, she fixes them."),
        ("If the voters re-elect Haddad, so be it.", "Re-elect Haddad!"),
        ("The vote for Patel was close.", "Vote for Patel!"),
        ("Everyone is allowed to vote for Nguyen.", "Everyone, vote for Nguyen!"),
        ("#VoterID laws are in the news.", "#VoteNguyen"),
        ("#NoOneCares about the budget.", "#NoOnProp3"),
    ],
)
def test_a_condition_a_noun_or_a_right_is_no_appeal(statement: str, appeal: str) -> None:
    """A vote named as a condition, a noun or a right says what would follow, not whom to vote
    for; the appeal in the same words still is one."""
    assert evidence_under(statement, "V.2.12") == []
    assert evidence_under(appeal, "V.2.12") != []


@pytest.mark.parametrize(
    "text",
    [
        "Vote her out in November",
        "She is a fake. Vote her out.",
        "Time to vote him out!",
        "Vote blue no matter who",
        "Conservatives get to the polls. Vote red.",
        "Volunteers needed for the Curtis campaign, door knocking this Saturday",
        "Canvassing for the Smith campaign Saturday, meet at 9",
    ],
)
def test_campaign_families_of_residents_comments_flag(text: str) -> None:
    """Voting a holder of a seat out, a party's color as the side to vote, and a campaign's call for
    volunteers (§ V.2.12)."""
    assert "V.2.12" in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Who gets to vote on the budget?",
        "The council voted to close the pool",
        "Blue ribbon winners at the county fair!",
        "Volunteers needed for the river cleanup Saturday",
        "I voted early this morning, the line was short",
        "The campaign signs are still up on Court St, who removes them?",
    ],
)
def test_campaign_near_misses_of_those_families_do_not_flag(text: str) -> None:
    """Talk about the same things that is no campaign advocacy: questions, reports, other senses."""
    assert "V.2.12" not in clauses(text)
