"""Families of phrasing each bundled city's policy names, probed by hand-written comments in the
styles residents write (lower case, texting, a finding in the middle of a long post) and read by
the data files of the detectors their categories map (issue 9, the eighth session).

Each family is written several ways under the clause of every city whose policy prohibits it,
beside near-misses that must not be cited under that clause and are never removed: a question, a
debunk, the page's own business, a word's other sense, the city's own service. The expectations
come from each policy's wording: Montgomery County alone prohibits endorsements, links to other
sites and non-public information; Marseilles § 39.52(H) reads counterfeit goods as illegal
activity; the personnel rules (Kankakee § IV.2.3) bind city personnel only.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import (
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    CityFamily,
    city_evaluator,
    family_tests,
    road_verdict,
)

FAMILIES: dict[str, CityFamily] = {
    # A notice in the city's voice: a header addressed to residents, sent "from city hall", or two
    # header words; an alarm after it (a fine, a shut-off, a closure for good).
    "fake_notice_headers": (
        {KANKAKEE: "V.2.8"},
        [
            "NOTICE TO ALL RESIDENTS: the city will fine $250 for leaves left on the curb",
            "URGENT city announcement: gas will be shut off citywide tonight",
            "PSA from city hall: every dog must be registered by Friday or it will be seized",
            "Public notice - the Court St bridge is closed for good",
            "city of kankakee notice: all yard waste pickup is cancelled this year",
        ],
        [
            "Is it true the city will fine people for leaves on the curb?",
            "Notice how the bridge always closes in spring?",
            "the city's notice says the bridge reopens friday",
            "Someone posted that the city banned grills, ignore it, it's fake",
        ],
    ),
    # Health hoaxes documented as false, with words between or in their kin: chips in the
    # vaccines, the flu from a flu shot, remedies said to cure covid, a magnetic body.
    "health_hoaxes": (
        {KANKAKEE: "V.2.8"},
        [
            "the shots at the walgreens on court st have tracking chips in them",
            "dont get the flu shot, flu shots give you the flu",
            "hydroxychloroquine cures covid and they know it",
            "that vaccine makes people magnetic, look it up",
            "the mrna shot changes your dna forever",
        ],
        [
            "the vaccine clinic has chips and salsa at the party lol",
            "do flu shots give you the flu? my kid is scared",
            "ivermectin does not cure covid, the FDA says so",
            "my aunt says the vaccines have microchips, how do I answer her?",
            "Got my booster at the county clinic, quick and easy",
        ],
    ),
    # Another person's stigmatised health or status, said of someone described by where they
    # are: HIV, treatment for addiction or mental illness, immigration status.
    "private_condition": (
        {KANKAKEE: "V.2.10", MARSEILLES: "39.52(E)", MONTGOMERY: "confidential"},
        [
            "the guy in apt 3 has herpes fyi",
            "that cashier at the dollar store is undocumented",
            "her brother is in rehab again",
            "the lady at the corner house is on antipsychotics",
        ],
        [
            "the guy at the clinic said it has HIV testing on fridays",
            "the lady at the health dept has hepatitis c info pamphlets",
            "I'm in rehab and the detour makes my appointments hard",
            "the guy in unit 4 is not in rehab, he's just loud",
            "Trump is psychotic!",
        ],
    ),
    # A role with a name in lower case, or a role at a place, accused of a crime.
    "lower_case_accusation": (
        {KANKAKEE: "V.2.3", MARSEILLES: "39.52(B)", MONTGOMERY: "threats"},
        [
            "officer dwyer beat a handcuffed teenager last night",
            "alderman mike torres has been taking kickbacks",
            "that contractor on 8th st is a con artist",
            "the landlord from the east side is selling meth",
        ],
        [
            "judge rules mayor stole nothing, case closed",
            "officer dwyer was a hero at the fire",
            "the landlord on 8th finally fixed the heat",
            "the prosecutor was brutally murdered along with his family",
            "the inspector was arrested for bribery, per the news",
        ],
    ),
    # The office or the body claimed in other words.
    "office_claims": (
        {KANKAKEE: "V.2.7"},
        [
            "speaking as your police chief: parking is free downtown all week",
            "I'm a deputy with the sheriff's office and we will inspect every yard",
            "On behalf of the city council, the fees are waived",
            "This page is run by the Public Works Department, send complaints here",
        ],
        [
            "speaking as a resident of ward 4, the lights are out",
            "my brother is an officer with KPD and he says the road opens friday",
            "is this page run by the city?",
            "On behalf of my family, thank you to the police department",
        ],
    ),
    # A private matter of another kind off the thread: a holiday's table, a pet's news, a
    # gadget's worth, a food quarrel, tickets to a show.
    "private_chat": (
        {KANKAKEE: "V.2.1", MARSEILLES: "39.52(A)", MONTGOMERY: "off-topic"},
        [
            "whats everybody cooking for christmas",
            "my dog finally learned to sit lol",
            "is the new ps5 worth it or nah",
            "pineapple on pizza, yes or no??",
            "anybody selling tix to the garth brooks concert",
        ],
        [
            "will the resurfacing be done before thanksgiving traffic?",
            "my dog hates the noise from the resurfacing",
            "Which blocks of Main Street get resurfaced first?",
            "can my kid still walk to school on Main during the work?",
        ],
    ),
    # The writer's own page, show or plug.
    "self_plug": (
        {KANKAKEE: "V.2.9", MONTGOMERY: "promotions"},
        [
            "shameless plug but my bakery ships now",
            "please like my page Kelly's Crafts, we do custom orders",
            "new episode out on my youtube about the old depot",
            "our band is playing at the Moose lodge this friday, come out",
        ],
        [
            "Follow the city's page for updates on the detours",
            "My daughter's band played at the park concert, great job city",
            "please follow the detour signs, people keep cutting through",
            "I follow the weather service page for storm updates",
        ],
    ),
    # A ballot measure or a candidate backed with more words between.
    "campaign_more_words": (
        {KANKAKEE: "V.2.12", MARSEILLES: "39.52(G)"},
        [
            "everyone should vote for the library levy in april",
            "the park referendum is a money pit, vote it down",
            "chip in to the Ana Ruiz for Mayor campaign",
            "yard signs for Dave Kim's campaign are available on Elm",
        ],
        [
            "where do I vote on the library levy?",
            "the council voted for the school levy last year",
            "the park board voted it down, the referendum will not be on the ballot",
        ],
    ),
    # A shortener whose top-level domain is no word list's: a link all the same.
    "shortener_domains": (
        {KANKAKEE: "V.2.14"},
        ["map here is.gd/kkmap", "all my links linktr.ee/kkcrafts", "details rb.gy/x7k2"],
        ["the ink is dry.one more thing", "the crew is good, great job", "rb and gy are initials"],
    ),
    # Copies of works offered, not a lawful lender's service.
    "free_copies": (
        {KANKAKEE: "V.2.13", MARSEILLES: "39.52(I)", MONTGOMERY: "illegal"},
        ["free movie streaming here no signup", "get free movie downloads at this link"],
        [
            "the library has free movie streaming with kanopy, just need your card",
            "libraries have free movie streaming now, ask at the desk",
        ],
    ),
    # A public place's address named after it.
    "public_address_after": (
        {KANKAKEE: "V.2.10", MARSEILLES: "39.52(E)"},
        ["he lives at 1423 E Court St, go knock", "the owner lives at 57 S. Harrison Ave Apt 2"],
        [
            "the meeting is at 385 E Oak St, city hall",
            "come to 201 E Merchant St (the library) for maps",
        ],
    ),
    # An email address spelt out to slip past filters: brackets, or a mail provider's name; an
    # organisation's address is an office's.
    "spelled_email": (
        {KANKAKEE: "V.2.10", MARSEILLES: "39.52(E)"},
        [
            "her email is sarah_k [at] yahoo [dot] com",
            "write to him: jo.b (at) aol (dot) net",
            "mike.t at gmail dot com, tell him what you think",
        ],
        [
            "look at reddit dot com for the thread",
            "I work at google dot com",
            "the dot com bubble popped at once",
            "questions go to tours (at) riverhistory (dot) org",
        ],
    ),
    # Counterfeit documents and money made or sold.
    "counterfeit_documents": (
        {MARSEILLES: "39.52(H)", MONTGOMERY: "illegal"},
        [
            "selling fake ids, scannable, dm me",
            "I make fake doctor's notes, cheap",
            "fake vaccine cards available, message me",
            "got counterfeit 100s, passes the pen test",
        ],
        [
            "beware, fake 20s going around, cashiers check your bills",
            "the kids make fake ids for the bars, police should check",
            "Lost my ID, where do I get a new one?",
        ],
    ),
    # Montgomery County's endorsements: sent to a business with a business's praise.
    "business_sent": (
        {MONTGOMERY: "promotions"},
        [
            "use Miller Roofing, cheapest in the county",
            "go to Precision Auto, best prices around",
            "Brown's Collision is the only shop worth using",
        ],
        [
            "use Route 4, cheapest gas is at the corner",
            "go to Main, fastest way",
            "Main is the only road worth using during the work",
        ],
    ),
    # Montgomery County's non-public information: a record kept from the public, told or owned.
    "hidden_records": (
        {MONTGOMERY: "confidential"},
        [
            "leaked memo says the engineer is out in june",
            "the unreleased audit shows the money is gone",
            "the sealed bids, I got a copy, Acme is lowest",
            "I read the confidential report on the bridge",
        ],
        [
            "the leaked memo was published by the paper last week",
            "when will the unreleased audit be made public?",
            "the sealed bids are opened at the public meeting on tuesday",
            "I saw the internal report on the county website, it says the road is done in may",
        ],
    ),
}

#: The families of Kankakee's personnel rules, read for a personnel author only.
PERSONNEL: CityFamily = (
    {KANKAKEE: "IV.2.3"},
    [
        "I can confirm they arrested the right guy",
        "the man charged with the break-in is the right person",
        "Ortiz for Mayor 2027",
        "support the levy on the ballot, our parks need it",
        "I sell Tupperware, catalog in my bio",
        "hiring for my roofing company, pays well",
        "call me for a free quote on gutters",
        "i have nothing to do with the city, just saying",
    ],
    [
        "The city does not endorse any candidate",
        "Yard signs are not allowed in the parkway, per city code",
        "I don't work for free, but I will answer on Monday",
        "the city store has low prices on compost bins",
        "The city is hiring seasonal workers, apply online",
        "She is the right person for the job",
    ],
)


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


def _personnel_clauses(text: str, role: str) -> set[str]:
    return {
        f.clause.id
        for f in road_verdict(KANKAKEE, text, role).findings
        if f.clause.id.startswith(PERSONNEL[0][KANKAKEE])
    }


@pytest.mark.parametrize("text", PERSONNEL[1])
def test_personnel_rules_read_the_family(text: str) -> None:
    assert _personnel_clauses(text, "personnel"), text


@pytest.mark.parametrize("text", PERSONNEL[1])
def test_personnel_rules_bind_personnel_only(text: str) -> None:
    """A resident may campaign, sell and discuss an arrest: § IV.2.3 binds city personnel."""
    assert not _personnel_clauses(text, "public"), text


@pytest.mark.parametrize("text", PERSONNEL[2])
def test_personnel_near_misses_are_not_cited(text: str) -> None:
    assert not _personnel_clauses(text, "personnel"), text


@pytest.mark.parametrize("name", ["Bob Mayor", "Ann Sheriff", "Tom Alderman", "Rita Councilman"])
def test_an_office_after_a_given_name_is_a_surname(name: str) -> None:
    """A title goes before a name: a display name of two words ending in an office is a
    surname, and claims nothing (Kankakee § V.2.7)."""
    comment = msp.Comment(text="When will the road be done?", author=msp.Author(display_name=name))
    assert "V.2.7" not in {f.clause.id for f in city_evaluator(KANKAKEE).evaluate(comment).findings}


@pytest.mark.parametrize(
    "name", ["Mayor Bob", "Deputy Mayor", "City Clerk", "KPD Officer", "Police Chief", "Sheriff"]
)
def test_an_office_before_a_name_or_alone_is_claimed(name: str) -> None:
    comment = msp.Comment(text="When will the road be done?", author=msp.Author(display_name=name))
    assert "V.2.7" in {f.clause.id for f in city_evaluator(KANKAKEE).evaluate(comment).findings}
