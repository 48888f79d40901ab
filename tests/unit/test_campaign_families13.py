"""Families of campaigning written the way residents type it (issue 9, the thirteenth session):
a ballot marked for someone, a vote the candidate "deserves" or "needs", a vote held up with an
afterthought ("lol"), the writer's own vote named without "for" and offered to follow, an appeal
after a whole condition written without a comma ("if u want change vote for Jenkins"), and a
measure voted down or through. Each beside near-misses: a condition whose vote is the
condition's own ("if you vote for Smith, ..."), a ballot box that is a form's, a vote told as
past, a council voting an ordinance down, a family that needs help.
"""

from __future__ import annotations

from kankakee_verdicts import (
    CANDIDATE_CLAUSES,
    MEASURE_CLAUSES,
    CityFamily,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    "ballot_marked_for_someone": (
        CANDIDATE_CLAUSES,
        [
            "Make sure you pull the lever for Kowalski",
            "pull that lever for Dana Pryor on tuesday!!",
            "Fill in the bubble next to Ruiz, folks",
            "check the box for Alderman Tate this spring",
            "MARK YOUR BALLOT FOR HENDRICKS",
            "colour the oval beside Okafor and we finally get sidewalks",
        ],
        [
            "check the box for paperless billing on the water bill",
            "fill in the bubble next to your name on the survey",
            "I pulled the lever for Kowalski last time and regret it",
            "how do I mark my ballot for a write-in?",
        ],
    ),
    "the_vote_a_candidate_deserves": (
        CANDIDATE_CLAUSES,
        [
            "Jenkins deserves your vote",
            "Pryor needs your vote on Tuesday",
            "Okafor has earned your vote, plain and simple",
            "Curtis has my vote lol",
            "Bergstrom gets my vote tbh",
            "Smith for mayor lol",
        ],
        [
            "Jenkins needs your help after the fire",
            "the Jenkins family needs your support this winter",
            "Curtis has my vote on the zoning question",
            "Smith will never get my vote lol",
        ],
    ),
    "own_vote_offered_to_follow": (
        CANDIDATE_CLAUSES,
        [
            "I'm voting Bergstrom, join me",
            "my whole family is voting Bergstrom for mayor and so should you",
            "we're voting Ellison and you should too",
        ],
        [
            "I'm voting early, join me at the library",
            "my family is voting by mail this year, you should too",
            "I voted Bergstrom last time",
        ],
    ),
    "appeal_after_a_whole_condition": (
        CANDIDATE_CLAUSES,
        [
            "if u want change vote for Jenkins, simple as that",
            "if you care about this town vote Lee",
            "if you love kankakee vote Delgado in april",
            "IF YOU ARE SICK OF POTHOLES VOTE FOR MARCUS HILL",
        ],
        [
            "if you vote for Jenkins you get more taxes",
            "if we all vote for Jenkins nothing changes",
            "if you want to vote for Jenkins, go early",
            "if residents vote for Jenkins taxes go up",
            "if you think we should vote for Jenkins, read this first",
            "if the whole town votes for Jenkins we are doomed",
        ],
    ),
    "candidate_taken_up_by_a_pronoun": (
        CANDIDATE_CLAUSES,
        [
            "Kevin Ostrowski ruined the budget. Do NOT vote for him for City Treasurer.",
            "Commissioner Haverkamp only cares about herself. Do not give her your vote.",
            "Nora Blake fixed our streets, vote for her in April",
            "give Dana Fox your vote on Tuesday",
        ],
        [
            "the council should vote for her proposal",
            "I gave him my vote last time and he let us down",
            "the board should vote for him as chair",
            "give them a vote of thanks for the cleanup",
            "Smith called it racist, but he's still going to vote for him.",
            "Phoenix and Tucson elect him every time; they love him",
            "the lying alone is enough to vote against him",
        ],
    ),
    "anybody_but_a_candidate": (
        CANDIDATE_CLAUSES,
        [
            "anybody but Delgado 2027, seriously",
            "Anybody but Brent Maher for commissioner.",
            "ANYONE BUT WALLACE!!",
        ],
        [
            "anyone but Smith would have fixed it by now",
            "anyone but the mayor knows this road is a mess",
            "anybody but me seeing this pothole?",
        ],
    ),
    "a_campaigns_signs_calls_and_supporters": (
        CANDIDATE_CLAUSES,
        [
            "Yard signs for Tina Ruiz for 3rd Ward are in! Comment and I'll drop one off",
            "Volunteering at the Price for Commission phone bank tonight, come help",
            "Share if you're voting for Ramsey and Keller this November.",
            "As a Republican I'm voting for Tom Keller for commissioner, and so should every "
            "homeowner in Washington Township",
            "My wife and I are proudly supporting Lisa Morales for state rep",
            "Vote for the Parents First slate on the 4th.",
        ],
        [
            "share if you agree the potholes are a disgrace",
            "we are supporting Habitat for Humanity this spring",
            "I voted for Lisa Morales for mayor and I regret it",
            "the yard signs for the street fair are in the lobby",
            "the council will vote for the ticket of its choice at the fair",
        ],
    ),
    "measure_voted_down_or_through": (
        MEASURE_CLAUSES,
        [
            "the referendum is a scam, vote it down",
            "the referendum is a scam so vote it down on the 5th",
            "vote down the school referendum",
            "vote the library levy down",
            "vote the park bond through this time",
        ],
        [
            "the council should vote down the ordinance",
            "they voted the levy down last year",
            "if the referendum passes they will vote it down",
            "the levy failed, they voted it down",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
