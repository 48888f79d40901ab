"""Tests of the personnel rule on guilt and prosecutions (Kankakee Ord. 2019-70 § IV.2.3.3:
personnel shall "not make statements about the guilt or innocence of any individual or group,
or comments concerning pending prosecutions"), read for an author whose role is personnel.

The probes were written in three rounds before the patterns of each (issue 9, the fifteenth
session); the third round measured what the first two's patterns missed, and only the general
rule (one person's case spoken of at all) was written after it."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp

_EVALUATOR = msp.Evaluator(msp.load("kankakee"))

VIOLATIONS = [
    "That guy they picked up on Court St is 100% guilty",
    "hes innocent, i know him personally, the charges are bogus",
    "The case against Jenkins is garbage and everyone at the station knows it",
    "cant wait to see him convicted next month",
    "she's gonna walk, watch. no jury will convict her",
    "the DA is going to throw the book at him and he deserves it",
    "those charges are going to stick, trust me",
    "he should get life for what he did",
    "no way she did it, they got the wrong person",
    "we got him dead to rights, he's guilty as sin",
    "hope he rots in prison after the trial",
    "the trial next week is just a formality, he did it",
    "Rodriguez is a murderer and the jury better see that",
    "The kid they arrested for the break-ins did it, no question",
    "Mark my words the Smith case will end in a conviction",
    "They should drop the charges against Darnell, he didn't do anything",
    "honestly the evidence against her is overwhelming",
    "The shooter from Saturday is going away for a long time",
    "everybody at work knows Tom is the one who stole it",
    "That arrest was a joke, he is not guilty of anything",
    "I hope the judge gives him the max",
    "they arrested the wrong guy for the Walmart robbery",
    "the guy charged with the arson is definitely the one who did it",
    "Officer here, the defendant is lying about the whole thing",
    "the suspect in the hit and run is obviously guilty",
    "between us the guy from the gas station robbery is totally guilty",
    "I know Kevin Hart personally and he did it",
    "there is zero chance that jury acquits him",
    "hope the judge sends her away for good",
    "he's getting what he deserves at sentencing next week",
    "that woman is a thief and court will prove it",
    "I work at the PD and trust me the case is airtight",
    "Justice will be served when he is convicted",
    "the kid is innocent and the state knows it",
    "the prosecutor has nothing on him, charges will be dropped",
    "he pled not guilty but everyone knows better",
    "that lady deserves to be locked up for life",
    "we know Marcus did it",
    "the cops got the right guy this time",
    "the man who broke into the school is a predator and will be found guilty",
    "that driver was drunk, no doubt about it, he'll lose his license and do time",
    "Off the record, the lady charged with fraud has done this before",
    "Rest assured the person responsible for the fire is sitting in our jail now and is guilty",
    "DUI guy from last night? yeah he is 100 percent gonna be convicted",
    "i've seen the video, that kid didnt do anything wrong, the charges are a joke",
    "she's a liar and the jury will see right through her",
    "hes been arrested 5 times before, he's obviously guilty again",
    "the state has no case against Ms Ortiz",
]

NEAR_MISSES = [
    "I can't comment on an ongoing case, sorry",
    "Court dates are public on the circuit clerk's website",
    "Everyone is presumed innocent until proven guilty",
    "Please direct questions about the case to the State's Attorney's office",
    "The trash pickup is delayed to Tuesday",
    "KPD will hold a press conference at 3pm",
    "If you have information about the break-ins call the tip line",
    "Our crew did it again, the park looks great",
    "We know the snow plow did it, we'll fix your mailbox",
    "The new fire truck arrives next week",
    "I was guilty of eating too much at the picnic lol",
    "Reminder: jury duty notices are legit, not a scam",
    "get a life lol, the parade is saturday",
    "The case against the new tax is pretty strong, come to the meeting",
    "the evidence against raising the speed limit is in the study",
    "The jury is still out on the new splash pad",
    "Felt guilty skipping the gym so I walked the river trail",
    "leftovers rot in the fridge if you forget them",
    "we'll stick to the plan and open the pool in June",
    "the inspector will throw out old permits after 90 days",
    "Our team did it! new playground is open",
    "I know we did it right this time, the road is smooth",
    "Can't comment on pending litigation, sorry folks",
    "I can't comment on an ongoing case, sorry",
    "We know the snow plow did it, we'll fix your mailbox",
    "Case closed on the missing dog, she's home safe!",
    "The library has a great true crime section",
    "Guilty as charged, I ate the last donut in the break room",
    "Our detectives are working hard on the break-ins, more info soon",
    "The trial run of the new recycling bins starts Monday",
    "Jury selection for the county fair pie contest is done lol",
    "Prison ministry volunteers meet Thursday at First Baptist",
    "Please don't speculate about the case, let the courts work",
    "The court house will be closed Monday for the holiday",
    "Charges for water service went up 3 percent this year",
]

# Read by no pattern yet: a case judged in words of its own ("rigged", "case closed") or an
# outcome told without the case's words ("going to prison where he belongs").
MISSED = [
    "our detectives nailed him, case closed",
    "that creep is going to prison where he belongs",
    "the McCoy trial is rigged against him",
]


def _cited(text: str) -> bool:
    author = msp.Author(display_name="staff", role=msp.Role.PERSONNEL)
    verdict = _EVALUATOR.evaluate(msp.Comment(text=text, author=author))
    return any(f.clause.id.startswith("IV.2.3.3") for f in verdict.findings)


@pytest.mark.parametrize("text", VIOLATIONS)
def test_a_statement_on_guilt_or_a_case_by_personnel_is_cited(text: str) -> None:
    assert _cited(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_personnel_speaking_of_no_ones_case_is_not_cited(text: str) -> None:
    assert not _cited(text)


@pytest.mark.parametrize("text", MISSED)
@pytest.mark.xfail(strict=True, reason="a case judged in words no pattern reads yet")
def test_known_misses(text: str) -> None:
    assert _cited(text)


@pytest.mark.parametrize("text", VIOLATIONS[:5])
def test_a_resident_saying_the_same_is_not_cited_under_the_personnel_rule(text: str) -> None:
    """The personnel rules read only an author whose role is personnel."""
    verdict = _EVALUATOR.evaluate(msp.Comment(text=text))
    assert not any(f.clause.id.startswith("IV.2.3") for f in verdict.findings)
