"""Tests of the broad readings of the rules for personnel (Kankakee Ord. 2019-70 § IV.2.3.2 and
§ IV.2.3.4), read for an author whose role is personnel: the kinds of word a conduct is told in,
read together by the signals of ``near.tsv`` (issue 9, the sixteenth session).

The probes were written before the groups, from the clauses, in several registers; the
near-misses are what city staff post on a city page every day: neutral election notices, the
city's own services and fees, staff who tell who they are."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp

_EVALUATOR = msp.Evaluator(msp.load("kankakee"))


def _clauses(text: str) -> set[str]:
    author = msp.Author(display_name="staff", role=msp.Role.PERSONNEL)
    verdict = _EVALUATOR.evaluate(msp.Comment(text=text, author=author))
    return {finding.clause.id for finding in verdict.findings}


POLITICAL = [
    "Proud to support Mayor Wells for another term!",
    "I'll be handing out flyers for Tom Kelly at the farmers market sat, come say hi",
    "the council candidates in ward 4 are clowns except for Rita, she gets my vote",
    "Come to the Dems meeting at the VFW tonight, we need volunteers",
    "Honk if you're voting yes on Prop 2!",
    "Donations to Friends of Sam Lee can be made at the link",
    "We need new blood on the council, Marcus Green is the guy",
    "Anyone who votes for Garcia is an idiot",
    "join us knocking doors for Kelly this weekend!",
    "republicans have the right plan for this town, remember that in november",
    "GOING DOOR KNOCKING FOR ALDERMAN PEREZ SATURDAY, WHO'S IN",
]

POLITICAL_NOT = [
    "Polls are open 6am to 7pm Tuesday; bring a photo ID if you have one.",
    "Reminder: voter registration closes October 10 at the County Clerk's office.",
    "The council voted 5-2 last night to approve the budget.",
    "The candidate forum hosted by the League of Women Voters is Thursday at 7 in the chambers.",
    "Early voting starts Monday at the Kankakee County Clerk's office.",
    "Mayor Wells will hold office hours at the library Friday.",
    "We can't comment on the election, please contact the County Clerk.",
    "Results will be posted by the County Clerk after the polls close.",
    "Alderman Tyler's rezoning petition is on Monday's agenda.",
]

BUSINESS = [
    "if anyone needs gutters cleaned I do it on weekends, reasonable rates, PM me",
    "my wifes bakery on Court St has the best kolaches, stop by and tell her I sent you",
    "I also detail cars after hours, $80 for inside and out",
    "our family farm stand is open saturdays, fresh sweet corn",
    "I tutor math in the evenings if any parents need help, dm me",
    "my husband's landscaping company can fix that for way cheaper than the city contractor",
    "I make custom cakes on the side, message for pricing",
    "Im a realtor on the side, hmu if youre thinking of selling",
    "My brother's body shop on Schuyler can fix that bumper for under 200",
]

BUSINESS_NOT = [
    "The permit fee is $25 and you can pay it online.",
    "Brush pickup is free for residents, call the Public Works office to schedule.",
    "Our department is hiring lifeguards for the summer, apply on the city's website.",
    "The farmers market on Merchant St opens Saturday at 8.",
    "My crew will be out fixing the potholes on Court St this week.",
    "Local businesses can apply for the facade grant through our office.",
    "A second recycling cart from the city is $40 a year.",
    "Sorry, we can't recommend a contractor, but the county keeps a list of licensed ones.",
]

POSING = [
    "Just a concerned resident here, but the water dept is doing amazing work",
    "as a regular taxpayer I think the new budget is great",
    "im just some guy who pays his taxes and I love what the mayor is doing",
    "From an ordinary citizen: the snow crews are heroes",
    "Not that I have any connection to the city, but the police here are great",
    "As someone who doesn't work for the city I can say they do a great job",
    "Random resident here, the new trash schedule is fine, stop complaining",
    "your average joe here, the street repairs look great",
    "speaking as just a mom, the new playground is perfect",
]

POSING_NOT = [
    "Hi, this is Maria with the Water Department. Your question has been forwarded.",
    "As a parent myself, I understand the frustration about the park closing.",
    "I'm a resident too and I work for Public Works, so I hear you.",
    "Just a reminder: residents can pick up free mulch Saturday at the yard.",
    "Only residents of the city can use the compost site.",
    "Just a concerned resident here -- and also your parks supervisor, so ask me anything.",
    # An employee speaking in a private capacity denies nothing (Garcetti v. Ceballos).
    "As a private citizen, I think the levy is too high.",
    "Speaking as a taxpayer and a homeowner, I'd like the council to reconsider.",
]

# A department's record of a case's steps (§ IV.2.3.3 read as docs/explanation.md says).
CASE_RECORD = [
    "The case is still pending so we cannot comment on it, sorry.",
    "John Doe, 34, was arrested Tuesday and charged with burglary. He is held at the county jail.",
    "The trial is scheduled for March 3 at the Kankakee County Courthouse.",
    "The suspect was taken into custody without incident around 3am.",
    "Questions about the trial should go to the State's Attorney.",
    "The accused will appear in court Monday morning.",
    "Charges were filed by the State's Attorney; any questions go to their office.",
    "He was released on bond Friday, his next court date is in April.",
]


@pytest.mark.parametrize("text", CASE_RECORD)
def test_a_record_of_a_cases_steps_is_no_statement(text: str) -> None:
    assert "IV.2.3.3" not in _clauses(text)


@pytest.mark.parametrize("text", POLITICAL)
def test_political_activity_is_read(text: str) -> None:
    assert "IV.2.3.4" in _clauses(text)


@pytest.mark.parametrize("text", POLITICAL_NOT)
def test_neutral_election_notices_are_not_political(text: str) -> None:
    assert "IV.2.3.4" not in _clauses(text)


@pytest.mark.parametrize("text", BUSINESS)
def test_private_business_is_read(text: str) -> None:
    assert "IV.2.3.4" in _clauses(text)


@pytest.mark.parametrize("text", BUSINESS_NOT)
def test_the_citys_own_services_are_not_private_business(text: str) -> None:
    assert "IV.2.3.4" not in _clauses(text)


@pytest.mark.parametrize("text", POSING)
def test_posing_as_a_mere_resident_is_read(text: str) -> None:
    assert "IV.2.3.2" in _clauses(text)


@pytest.mark.parametrize("text", POSING_NOT)
def test_staff_who_tell_who_they_are_are_not_posing(text: str) -> None:
    assert "IV.2.3.2" not in _clauses(text)


@pytest.mark.parametrize("text", POLITICAL[:3] + BUSINESS[:3] + POSING[:3])
def test_a_resident_may_say_all_of_it(text: str) -> None:
    """The rules bind personnel only: the same words by a resident make no § IV.2.3 finding."""
    verdict = _EVALUATOR.evaluate(text)
    assert not {f.clause.id for f in verdict.findings} & {"IV.2.3.2", "IV.2.3.4"}
