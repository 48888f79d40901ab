"""Personnel who withhold or disguise who they are (Kankakee § IV.2.3.2, "City personnel
representing the City via social media outlets shall ... Identify themselves as City
personnel"; issue 9, the fifteenth session, imperson2), for personnel authors only.

An employee posting about city business who says they will not say who they are, posts from a
burner or a fake account or under a fake name, or stays anonymous is sent to review under
§ IV.2.3.2. The near-misses (by personnel) are staff who do identify themselves, the anonymity
the city offers residents (tip lines, surveys, complaint forms), anonymity of others, a refusal
to comment or to give a date, and personal comments; a resident is bound by none of it.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator

CLAUSE = "IV.2.3.2"


def verdict_by(text: str, role: msp.Role) -> msp.Verdict:
    """The Kankakee verdict on ``text`` by an author with ``role``."""
    return evaluator().evaluate(msp.Comment(text=text, author=msp.Author(role=role)))


def cited(verdict: msp.Verdict) -> set[str]:
    """The clauses the findings of ``verdict`` cite."""
    return {finding.clause.id for finding in verdict.findings}


WITHHELD = [
    "not saying who I am but the budget numbers are wrong",
    "anonymous city employee here, the trucks aren't getting fixed",
    "posting from a burner account so they can't find me, but the city is hiding stuff",
    "posting from a fake account, I work at city hall",
    "I'd rather not identify myself, but I work for public works",
    "can't give my name but I work in the clerk's office",
    "Won't say my name, but I'm in the water department and the lead pipes are still there",
    "I work for the city so I'm posting anonymously",
    "I'm using a fake name because I work for the city",
    "Throwaway account because I work for the city",
    "This is a burner, I'm a city employee",
    "city worker here, staying anonymous for obvious reasons",
    "I won't identify myself but I'm on the inside at city hall",
    "Im not gonna say my name, i work for kpd",
    "keeping my name out of this since I work for the city",
    "Not using my real name on here since im a city employee",
    "I'm a city employee posting under a different name",
    "This is my alt account, I work for the mayor's office",
    "cant say who i am or ill get fired, but the water is bad",
    "Anonymous KPD officer here",
    "I have to stay anonymous, I work in the building department",
    "Using my second account so my boss at the city doesn't see",
    "i post under a fake profile because of my job at the city",
    "You don't need to know who I am. I work for the city and the plan is a mess",
    "Not going to reveal my identity but I'm on city staff",
    "I prefer to remain anonymous as a city employee",
    "Speaking anonymously as someone who works for the city",
    "I can't reveal who I am, but as a city employee I can tell you the roads are next",
    "ANONYMOUS CITY WORKER HERE. THEY ARE LYING ABOUT THE BUDGET",
    "Sorry for the fake name, I'm with public works",
    "posting this under my wife's account since I work for the city",
    "Name withheld, Kankakee Public Works employee",
    "I'm hiding my identity because I work at city hall",
    "Im anonymus on here cuz i work for the city",
    "Fake account bc i work for the city lol",
    "I'll stay nameless, but I'm a city employee and the pool is closing",
    "Not telling you who I am. Just know the pool won't open this year.",
    "I'd rather not say who I am",
    "I won't give my name, but the plan is already approved",
    "posting anonymously: the layoffs are coming",
    "This is an anonymous account. The council already voted.",
    "I'm posting under a fake name, but trust me, the road project is delayed",
    "Who I am doesn't matter, the permits are delayed",
    "I'm not going to identify myself on here",
    "Cant tell u my name but the budget is short",
    "Burner acct. The city is cutting garbage pickup",
    "not gonna say who i am lol but the streets dept is a mess",
    "i cannot identify myself but i work in the finance dept",
    "Staying anonymous on this one, but the water rates are going up",
    "using a fake profile so nobody at work knows",
    "Name withheld for obvious reasons",
    "I'd prefer to keep my identity private but I can tell you the audit is coming",
    "Sorry I can't post under my real name, I'm a city employee",
    "I'm on a burner so my supervisor doesn't see this",
    "Made this account so nobody at city hall knows it's me",
    "Not gonna put my name on this, but the truck bids were rigged",
    "You won't get my name. I work at public works and we're short staffed",
    "Staying anonymous because of my job with the city",
    "This is a throwaway. The council already knows.",
    "I won't reveal my identity, but the clerk's office is behind on permits",
    "nobody needs to know who i am, just know the budget is short",
    "NOT SAYING MY NAME BUT THE CITY IS CUTTING JOBS",
    "not gona say who i am but i work in public works",
    "anon city employe here",
    "i'd rather stay anonimous, i work at city hall",
    "Keeping my identity hidden, i work for KPD",
    "Sorry for the alias, I work for the city",
    "I won't sign my name to this but the bids were rigged",
    "Posting from my kid's account since I work for the city",
    "Don't ask who I am. Just know the pool is closing.",
    "Can't say who I am, I'm in the mayor's office",
    "Remaining anonymous: layoffs coming in the streets dept",
]

IDENTIFIED_OR_UNRELATED = [
    "This is Jane from Public Works, the street will be paved Monday",
    "Hi, I'm Tom Reed, a city employee in the clerk's office. Happy to help",
    "You can report anonymously through the city's tip line",
    "The caller chose to remain anonymous",
    "We do not disclose the names of people who file complaints",
    "Crime Stoppers lets you stay anonymous",
    "The person who posted that was anonymous, we can't respond to them",
    "Please do not post from fake accounts; they will be reported",
    "Fake accounts pretending to be the city are being reported to Facebook",
    "Great game last night!",
    "Happy birthday to my mom!",
    "I'm a city employee and proud of it",
    "Public Works employee here, Jane Smith. Call the office with questions.",
    "Yes, I work for the city, my name is Bob Lee",
    "Submit anonymous complaints through the online form",
    "Anonymous reporting is available for code violations",
    "Residents may remain anonymous when reporting a code violation",
    "We can't share the name of the officer involved",
    "We got an anonymous donation for the park",
    "Thanks to the anonymous donor who paid off the lunch debts",
    "Beware of fake accounts claiming to be the city",
    "I'm not saying who is right, just that the vote is Tuesday",
    "Not saying the council is perfect, but the plan works",
    "I won't name names, but some people left trash at the park",
    "We're not naming the business until the investigation is done",
    "The survey is anonymous",
    "Your responses will remain anonymous",
    "I'd rather not comment on that",
    "I'd rather not say how much the repair costs until the bid closes",
    "Can't give a date yet, but the pool opens in June",
    "My name is Sarah Cole and I work in the city clerk's office",
    "Officer Dan Ruiz, Kankakee PD. Feel free to message me.",
    "If you would rather not identify yourself, use the anonymous form",
    "Anonymous letters are not accepted by the council",
    "The burner phone was recovered by officers",
    "Someone made a fake account using the mayor's photo; please report it",
    "This is the official page of Kankakee Public Works. I'm Dana, the page admin.",
    "I don't know who posted that",
    "Who is this? Please identify yourself so we can help",
    "We ask commenters to use their real names",
    "No names please, just the address of the pothole",
    "Tips can be submitted without a name",
    "The whistleblower remains anonymous under state law",
    "Thanks everyone for coming to the fish fry!",
    "Go Bears!",
    "Posting on behalf of Public Works: I'm Dana Lee, communications staff",
    "I'm with the clerk's office, name is Ann, call me at the office",
    "The anonymous survey closes Friday",
    "He wished to stay anonymous, so we won't name him",
    "We won't release the name of the victim",
    "Keep your name off the sign-up sheet if you prefer",
    "Hi all, Mark Ruiz with Public Works. The road opens Friday.",
    "I'm Dana Lee, the city's communications manager. Questions welcome.",
    "We protect the identity of anyone who reports a crime",
    "Anonymous comments will be reviewed by staff",
    "If you want to stay anonymous, use the tip line",
    "The donor asked to remain anonymous",
    "We do not accept anonymous complaints about neighbors",
    "My name is on the sign-in sheet at the front desk",
    "I'm not saying who will win, just vote",
    "Someone is posting under a fake name pretending to be me. Please report it.",
    "I am on a different page than the council on this",
    "Fake accounts will be blocked",
    "Hi, I'm Jen with the Clerk's office. Happy to help!",
    "You can submit tips anonymously on our website",
    "We keep reporters' identities confidential",
    "Anyone can post anonymously on Facebook, that's the problem",
    "Not saying the budget is perfect, but it's balanced",
    "Please sign your name on the petition",
    "We don't ask who you are when you call the hotline",
    "I can't say when the pool opens yet",
    "Posting from the Public Works office, I'm Tim, ask away",
    "Remaining tickets for the fish fry are at City Hall",
]


@pytest.mark.parametrize("text", WITHHELD)
def test_personnel_withholding_who_they_are_go_to_review(text: str) -> None:
    """An employee withholding or disguising their identity is cited under § IV.2.3.2, for
    review (the category's ceiling), never removed."""
    verdict = verdict_by(text, msp.Role.PERSONNEL)
    assert CLAUSE in cited(verdict), text
    assert verdict.decision is msp.Decision.REVIEW, text


@pytest.mark.parametrize("text", WITHHELD[:12])
def test_a_resident_may_stay_anonymous(text: str) -> None:
    """§ IV.2.3 binds city personnel only: a resident saying the same is not cited under it."""
    assert CLAUSE not in cited(verdict_by(text, msp.Role.PUBLIC)), text


@pytest.mark.parametrize("text", IDENTIFIED_OR_UNRELATED)
def test_personnel_near_misses_are_not_cited(text: str) -> None:
    """Staff who identify themselves, the anonymity the city offers others, a refusal to
    comment and personal comments by personnel are not cited under § IV.2.3.2."""
    verdict = verdict_by(text, msp.Role.PERSONNEL)
    assert CLAUSE not in cited(verdict), text
    assert verdict.decision is not msp.Decision.REMOVE, text
