"""Families of false information (Kankakee § V.2.8), of disclosures that compromise public
safety (§ V.2.11, Marseilles § 39.52(F)) and of Montgomery County's confidential or non-public
information, read as lexicon x frame (issue 9, the misinfo3 session): each kind of word is a
group of a phrase file and the rows of ``near.tsv`` say which kinds, said together, make a claim.

The comments were written from outlines of what a fake notice, a hoax alarm, a false voting
rule, a dangerous cure, a live police operation and a leak say, before the rules; each family
names its near-misses: a real notice shared with its source, a question, an opinion on policy,
a rumour debunked, a past event, a records request. No near-miss is cited or removed.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import (
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    CityFamily,
    city_cited,
    detectors,
    family_tests,
)

_FALSE = {KANKAKEE: "V.2.8"}
_SAFETY = {KANKAKEE: "V.2.11", MARSEILLES: "39.52(F)"}
_CONFIDENTIAL = {MONTGOMERY: "confidential"}

FAMILIES: dict[str, CityFamily] = {
    "notice_in_the_city_voice_made_sweeping": (
        _FALSE,
        [
            "city just announced no garbage pickup for the next 3 weeks, dont put your cans out",
            "the water dept says everyone has to pay a $75 meter fee by the 15th or they cut you"
            " off",
            "PSA the recycling program has been cancelled for good, everything goes in the trash"
            " now",
            "BREAKING the Court St bridge will be closed for 6 months starting monday",
            "just got a text from the city saying all trash pickup is suspended until January",
            "the mayor put out an order, nobody is allowed on the streets after 10pm starting"
            " tonight",
            "Kankakee Public Works: leaf collection ended for good, burn your leaves instead",
            "new city rule: every dog has to be registered by the 1st or animal control will take"
            " it",
            "Official: Kankakee residents can skip this year's water bill, the city is covering it",
        ],
        [
            "City says boil order lifted as of this morning, see their page",
            "is the boil order still on for the east side?",
            "no, they're NOT closing the bridge, that's a rumor, the city posted about it",
            "the city shut off water on Elm for the main break, should be back by 5",
            "the city should close city hall on fridays to save money",
            "If the city shuts off water for everyone again I'm moving",
            "the city says all parks close at dusk, always has",
            "the county announced it will close the landfill permanently in 2030, read the article",
            "FYI the library is closed all week for carpet replacement, per their facebook page",
        ],
    ),
    "city_decision_told_as_done_and_sweeping": (
        _FALSE,
        [
            "The city council secretly voted to raise water rates 300% starting next month.",
            "Kankakee is going to demolish the public library next month to build a casino.",
            "Property taxes are doubling next year, the council already approved it.",
            "The mayor announced that the city is going bankrupt and all city workers will be laid"
            " off Friday.",
            "The city is selling Riverside Park to a private developer, it's already done.",
            "Breaking: Mayor Wells-Armstrong has resigned effective immediately.",
        ],
        [
            "I think the water rates are too high and the council should lower them.",
            "The mayor's budget plan is terrible and will hurt working families.",
            "The Daily Journal reported that the council approved the new budget last night.",
            "I predict property taxes will go up again next year.",
            "The council should reconsider closing the pool, kids need somewhere to go.",
            "The city is raising everyone's water bill again, this council is a joke",
            "I wish the city would ban fireworks for good, my dog is terrified",
            "The mayor has to go, everyone knows it",
            "The city is covering up its incompetence with fancy press releases",
            "The city announced the pool will close for the season on Labor Day, see you next"
            " summer",
            "Snow routes: all cars must be off by 2am or they will be towed, city posted it",
            "April fools! city hall is giving everyone free ice cream jk",
        ],
    ),
    "payment_asked_in_the_city_voice": (
        _FALSE,
        [
            "The city water dept is calling people to collect overdue bills, you can pay them with"
            " gift cards",
            "the city says you can pay your water bill with Amazon gift cards now",
            "water department is going door to door collecting past due bills in cash, have it"
            " ready",
        ],
        [
            "Don't fall for it: the city will NEVER ask you to pay with gift cards",
            "Scam alert: someone is calling saying they're from the water dept asking for gift"
            " cards. Hang up!",
            "Everyone has to pay their water bill by the 15th, that's how it always works",
        ],
    ),
    "hoax_alarm_with_an_order": (
        _FALSE,
        [
            "ACTIVE SHOOTER at the Meadowview mall, stay away!!!",
            "EVERYONE GET OUT NOW!! GAS LEAK AT THE SCHOOL",
            "chemical spill on the river, do not let your kids or pets near the water",
            "there's a toxic cloud coming from the plant, close your windows and stay inside",
            "gas main broke under Court St, the whole downtown needs to evacuate NOW",
            "the sirens tonight mean the dam broke, get to high ground",
            "if you hear the sirens at noon today it means evacuate, its not a test",
        ],
        [
            "There was a gas leak on Court St yesterday, crews fixed it fast",
            "The sirens go off every first Tuesday at 10am, it's just a test",
            "They said on the news the chemical spill was contained and there's no danger",
            "was there a gas leak on Main? everyone stay safe",
            "Road closed on Elm for a gas leak, police on scene, avoid the area",
            "Authorities ask residents to shelter in place due to the ammonia leak",
            "KPD: shots fired near Oak and 5th, avoid the area",
            "The fire department is asking residents near the plant to stay inside while they"
            " handle a chemical spill",
        ],
    ),
    "danger_hidden_or_fled": (
        _FALSE,
        [
            "There was a shooting at Kankakee High School today, 5 students dead. The city is"
            " covering it up.",
            "The Kankakee River is contaminated with radioactive waste from the plant. Do not swim"
            " or fish.",
            "The water department found lead in every home's water and they're not telling anyone",
            "the bridge on Schuyler is about to collapse, engineers said so, don't drive on it",
        ],
        [
            "That post about the water being poisoned is fake, the city tested it and it's fine.",
            "Police said the shooting suspect was arrested and there is no danger to the public",
        ],
    ),
    "false_way_to_vote": (
        _FALSE,
        [
            "you can call in your vote to the county clerk this year",
            "Reminder you can text VOTE to 55123 to cast your ballot for mayor",
            "you need a passport or birth certificate to vote in Kankakee now",
            "you must bring your birth certificate to the polls or you can't vote",
            "only people who own property can vote in the city election",
            "polling place at the high school moved to the armory, everyone go there",
            "election day for city races was moved to Wednesday the 8th",
        ],
        [
            "Vote by mail applications are due Thursday, check the clerk's website",
            "I would like Illinois to implement an online voting system",
            "I am worried about security issues with online voting",
            "you can register to vote online at the state board of elections site",
            "my polling place moved to the church this year, check yours",
            "Early voting starts Monday at the county clerk's office",
        ],
    ),
    "dangerous_cure_swallowed": (
        _FALSE,
        [
            "Drink a teaspoon of bleach in water every morning, it kills the virus",
            "the health department says gargling with bleach prevents covid",
            "gargle with hydrogen peroxide every day and you wont get covid",
        ],
        [
            "Bleach is poison, never drink it no matter what you read online",
            "mix a capful of bleach in a gallon of water to clean the counters, it kills germs",
            "does gargling with salt water help a sore throat?",
        ],
    ),
    "operation_and_informant_pointed_out": (
        _SAFETY,
        [
            "the narc at the bar on 4th is the guy in the Bears hat",
            "the lady who called in the shooting is Tasha Green from Harrison St",
            "police are gonna raid the house on Chestnut friday morning, my cousin at the station"
            " told me",
            "DEA van sitting on the corner of Chicago Ave right now, stay off the block",
            "narcs are using a black Charger with tinted windows around the west side this week",
            "the girl that snitched on the Reyes brothers works at the Walgreens on Kennedy",
            "the kid who testified in the Wilson trial lives on E Merchant by the school",
        ],
        [
            "lots of cops on Court St earlier, anyone know why?",
            "KPD will be doing a DUI checkpoint this weekend per their facebook page",
            "Police arrested two men at the motel after a drug raid, the Journal reported",
            "ice on the Court St bridge tonight, take Station St instead",
            "The officer told me the victim is recovering in the hospital",
            "the snitch in that movie is the guy with the hat lol",
            "the police are hitting the streets hard tonight for the holiday, drive safe",
            "I called the police on my neighbor's dog and they never came",
        ],
    ),
    "case_told_from_inside": (
        _SAFETY,
        [
            "The detective on the case told me the suspect is Jake Miller, they're arresting him"
            " Friday",
            "The police haven't released it but the victim was stabbed 12 times in the garage",
            "Don't talk to the detectives about the shooting, they have no evidence without a"
            " witness",
            "I know who the informant in the Johnson case is — it's Mike Davis from Maple St",
        ],
        [
            "Police said the suspect in the robbery has been arrested.",
            "The police department should be more transparent about its investigations.",
            "don't talk to the police without a lawyer, know your rights",
            "detectives told us they have a suspect but couldn't say more",
            "I heard sirens near Oak St last night, does anyone know what happened?",
        ],
    ),
    "system_and_guard_weakness": (
        _SAFETY,
        [
            "sheriff's office wifi password is Deputy2024!",
            "security guard at the impound lot sleeps in his truck after 2, just saying",
            "there's a bug in the city's payment portal that lets you see other people's card"
            " numbers",
            "911 dispatch goes down every night at midnight for maintenance, nobody answers",
            "SWAT always goes in through the back entrance on 5th street, they never cover the"
            " front",
            "the evidence from the Garcia case is being stored in the unlocked shed behind the"
            " station",
        ],
        [
            "my wifi password is Kankakee2024, come over anytime",
            "the guest wifi password is kankakee2024, it's on the sign at the library",
            "The department should put cameras at the water plant",
            "scanner was quiet tonight, good night Kankakee",
            "scanner says there's a fire on Oak, everyone stay away",
            "warn everyone about the scam calls pretending to be KPD",
            "The city should invest in better cybersecurity for its website.",
            "there was a bug in the city's payment portal but they fixed it, thanks IT",
        ],
    ),
    "record_kept_from_the_public_told": (
        _CONFIDENTIAL,
        [
            "Case 2024-JV-118 is sealed but it's the Miller kid from Centerville",
            "the draft budget that isn't released yet cuts parks by 40%",
            "county employee portal login is admin / MontCo2024",
            "screenshot of the confidential settlement with the Hartley family: $1.2M",
            "the victim's name hasn't been released but its Brianna Cole from Trotwood",
            "victims name was withheld but its Jenna Ross from Kettering, 17",
            "FYI the county's account number at Fifth Third is 4410283377, saw it on a check",
            "the sheriff's internal investigation found the deputy was drunk on duty, it hasn't"
            " been made public",
            "My friend at children services says the Hendricks kids were removed from their home"
            " for abuse",
            "The county's legal settlement with the Brown family was $2 million, it was supposed"
            " to be confidential",
        ],
        [
            "The commissioners released the budget draft today, you can read it on mcohio.org",
            "I filed a records request for the jail contract, still waiting",
            "the county should release the internal emails about the jail deaths",
            "the file is sealed, so we will never know what happened",
            "my account number is 12345678, why hasn't my payment posted?",
            "The county should publish the settlement amounts, taxpayers deserve to know.",
            "The sheriff held a press conference about the investigation today.",
            "the internal investigation report was made public last week, read it",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("PSA the recycling program has been cancelled for good", "fake_official_notice"),
        (
            "chemical spill on the river, do not let your kids near the water",
            "emergency_misinformation",
        ),
        ("you can call in your vote to the county clerk this year", "election_misinformation"),
        ("gargling with bleach prevents covid, do it daily", "health_misinformation"),
    ],
)
def test_a_signal_joins_the_detector_the_table_names(text: str, detector: str) -> None:
    """A row of near.tsv is read by the detector its column names (``notice_...`` by
    fake_official_notice, ...), and by no other: the table, not the code, says which it joins."""
    found = detectors(text) & {
        "fake_official_notice",
        "emergency_misinformation",
        "election_misinformation",
        "health_misinformation",
    }
    assert found == {detector}


def test_the_city_own_notice_is_no_fake_notice() -> None:
    """A notice in the city's voice posted by the city's own account is the city's notice."""
    import municipal_social_policy as msp
    from kankakee_verdicts import evaluator

    text = "PSA the recycling program has been cancelled for good, everything goes in the trash"
    author = msp.Author(id="city", display_name="City of Kankakee", role=msp.Role.OFFICIAL_ACCOUNT)
    verdict = evaluator().evaluate(msp.Comment(text=text, author=author))
    assert "V.2.8" not in {finding.clause.id for finding in verdict.findings}
    assert "V.2.8" in city_cited(KANKAKEE, text)


def test_a_hoax_alarm_also_cites_public_safety_in_kankakee() -> None:
    """Kankakee reads a hoax alarm under § V.2.11 (the public's safety) besides § V.2.8."""
    assert {"V.2.8", "V.2.11"} <= city_cited(KANKAKEE, "ACTIVE SHOOTER at the mall, stay away!!!")
