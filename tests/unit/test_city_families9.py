"""Families of phrasing each bundled city's policy names, probed by hand-written city-page
comments (issue 9, the seventh session) and read by the files of the detectors their categories
map.

Each family is written several ways (other words, other word orders, other targets) under the
clause of every city whose policy prohibits it, beside near-misses that must not be cited under
that clause and are never removed: questions, news, the page's own business, a word's other
sense, a past event told. The expectations come from each policy's wording, not from running the
evaluator: Montgomery County's campaign clause names candidates only, so a side on a ballot
measure is none of its findings; Marseilles has no clause on solicitation or impersonation.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import (
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    CityFamily,
    family_tests,
    road_verdict,
)

FAMILIES: dict[str, CityFamily] = {
    # An expletive run into a word or two words run together, and the bare letter for "fuck"
    # before its object: judged (review), never removed.
    "compound_profanity": (
        {KANKAKEE: "V.2.5", MARSEILLES: "39.52(B)", MONTGOMERY: "profane"},
        [
            "Unfuckingbelievable, another closure on Fifth",
            "Fanfuckingtastic, another water main break",
            "absofuckinglutely not paying that sticker fee",
            "Holy shitballs, they finally paved it",
            "this road is a fuckton of potholes",
            "What a shitheel move by the contractor",
            "F this detour and everyone who planned it",
            "told the meter guy to f off",
            "these f'ing potholes ate my tire",
        ],
        [
            "This detour is awful and nobody planned it well.",
            "It was fantastic to see the road finished.",
            "I got an F on my test, the schools need help.",
            "Section F of the ordinance covers parking.",
            "Holy cow, they finally paved it.",
            "What the heck is going on with Main Street?",
            "Mr. Cockburn spoke at the meeting.",
        ],
    ),
    # Sexual offers and remarks: an escort's trade words, live sex on camera, porn pointed to on
    # the writer's pages, a body's every inch.
    "sexual_offers": (
        {KANKAKEE: "V.2.5", MARSEILLES: "39.52(D)", MONTGOMERY: "profane"},
        [
            "Escort services available tonight, discreet",
            "Discreet escorts, incall or outcall, text me",
            "xxx live cams, free for locals",
            "live sex shows every night, link in bio",
            "Porn link in my bio, 18+",
            "porn vids on my profile, check it",
            "I want to lick every inch of her body",
            "I'd kiss every inch of you, babe",
        ],
        [
            "The police escort for the funeral was beautiful.",
            "Live cams at the eagle nest are back up!",
            "The library filters porn on its computers.",
            "Every inch of that road is cracked.",
            "The discreet way to report abuse is the hotline.",
            "The sex offender registry is on the state police site.",
            "Hooking up the new sewer line took forever.",
        ],
    ),
    # A sitting official kept in office by the vote.
    "campaign_retention": (
        {KANKAKEE: "V.2.12", MARSEILLES: "39.52(G)", MONTGOMERY: "campaigns"},
        [
            "Keep Mayor Lewis in office, vote her back in",
            "Vote him back in, he's done a great job",
            "Let's elect them back in this spring",
            "Keep Alderman Ruiz in office!",
            "Keep Commissioner Hall in office this November",
        ],
        [
            "They voted him back in last time by a landslide.",
            "Keep an eye on who's in office next year.",
            "Keep the lights on in the office at night, it's dark.",
            "How long has the mayor been in office?",
            "Keep in touch with the clerk's office about the permit.",
            "Mayor Lewis did a terrible job on the budget.",
        ],
    ),
    # A ballot measure taken a side on: Kankakee and Marseilles name ballot measures; Montgomery
    # County's clause names candidates only.
    "ballot_measures": (
        {KANKAKEE: "V.2.12", MARSEILLES: "39.52(G)"},
        [
            "Vote yes on Prop 3",
            "Vote no on the school referendum, it's a tax grab",
            "Support Measure B on the ballot this fall",
            "Defeat the sales tax increase: vote NO on Question 2",
        ],
        [
            "The ballot has three referendums this year, can someone explain Prop 3?",
            "The referendum failed last time by 40 votes.",
            "How do I request a mail-in ballot?",
        ],
    ),
    # A seller's contact written without "me", what the writer charges, a realtor's own listing,
    # "let me know if you want one" after a sale.
    "solicitation_contact": (
        {KANKAKEE: "V.2.9", MONTGOMERY: "promotions"},
        [
            "Need your driveway sealed? We do it cheap, PM for a quote",
            "Custom t-shirts for your family reunion, DM for pricing",
            "We clean carpets, pet stains no problem, text for a free quote",
            "Inbox for rates on wedding photography",
            "Anyone need a babysitter? I charge $12/hr, message me",
            "I charge $25 a dog for walks, message me",
            "We charge just $60 to haul your junk, call or text",
            "Tax season is here! I do returns for $50, inbox me",
            "Selling Avon, let me know if you want a catalog",
            "Selling homemade tamales this weekend, lmk if you want a dozen",
            "Open house this Sunday 1-3pm at our new listing, come see it!",
            "Our newest listing on Court St is a 3 bedroom ranch, come check it out Saturday",
        ],
        [
            "The city should text for alerts like other towns do.",
            "Let me know if you want the link to the council agenda.",
            "Does the city charge for a second garbage can?",
            "The meeting at 7 pm for the budget was packed.",
            "We charge our phones at the library when the power is out.",
            "Come check it out, the new playground at Bird Park is done!",
            "Does anyone know a good roofer in town? Ours retired.",
            "Call the city at 815-933-0480 to report a pothole.",
        ],
    ),
    # A named person or an officeholder said to run a ring or a scheme of crime.
    "criminal_rings": (
        {KANKAKEE: "V.2.3", MARSEILLES: "39.52(B)", MONTGOMERY: "threats"},
        [
            "Chief Roberts is running a meth ring out of the station",
            "Officer Diaz is running a theft ring out of the impound lot",
            "Alderman Price runs a kickback scheme with the paving company",
            "The clerk is running a bribery scheme at the permit window",
        ],
        [
            "The police busted a theft ring on the east side last week.",
            "Alderman Price wants to stop the kickback scheme that the last council allowed.",
            "Officer Diaz broke up a meth ring last year, good work.",
            "Chief Roberts is running the meeting tonight.",
        ],
    ),
    # An officeholder's or a body's voice taken at the opening of a message.
    "official_openers": (
        {KANKAKEE: "V.2.7"},
        [
            "This is Mayor Garcia, the detour is canceled, use Main Street",
            "This is Alderman Ruiz, the ward meeting is moved to the library",
            "This is Fire Chief Hart: the burn ban is lifted, go ahead",
            "City of Kankakee Public Works here, the street will be closed all month",
            "City of Marseilles Police here, the checkpoint is on Route 6 tonight",
            "Posting for the fire department: burn ban lifted today",
            "Posting for the water department: the boil order is over, drink up",
        ],
        [
            "This is Alderman Ruiz's fault, he voted for it.",
            "This is the third time the road has been closed.",
            "I'm posting for my mom, she wants to know about the brush pickup.",
            "The mayor said at the meeting that the detour ends Friday.",
            "Is this post from the city's official account?",
        ],
    ),
    # A police operation staged, a credential of a public system given out.
    "safety_operations": (
        {KANKAKEE: "V.2.11", MARSEILLES: "39.52(F)", MONTGOMERY: "confidential"},
        [
            "The SWAT team is staging at the Kmart lot before the raid on Elm",
            "Task force units are gathering behind the school tonight for the bust",
            "The password for the city wifi admin panel is admin123",
            "the password for the water plant dashboard is pumps2024",
        ],
        [
            "The SWAT team did a great job at the parade demo.",
            "How do I reset my password for the city's payment portal?",
            "The police station lobby is open 24 hours.",
            "The water plant tour is on Saturday.",
        ],
    ),
    # A warning named and then said to be made up by those who issued it.
    "warning_made_up": (
        {KANKAKEE: "V.2.8", MARSEILLES: "39.52(F)"},
        [
            "That tornado warning is garbage, they faked it",
            "The boil order is a money grab, the city made it up",
            "Forget the flood warning, the county made the whole thing up",
        ],
        [
            "Is the boil order still in effect?",
            "The city made up for the boil order with free water.",
            "The tornado warning was lifted at 9pm.",
            "I think the city made it up to the residents with a credit.",
        ],
    ),
    # A work offered whole for free, or paid software cracked.
    "piracy_offers": (
        {KANKAKEE: "V.2.13", MARSEILLES: "39.52(I)", MONTGOMERY: "illegal"},
        [
            "Full movie link for the new Marvel film here, free download",
            "full movie link in the comments, enjoy",
            "Cracked copies of Photoshop available cheap",
            "Pirated versions of AutoCAD, dm me",
        ],
        [
            "The library has a link to the full movie schedule.",
            "Movie night in the park is showing Frozen on Friday.",
            "The library has free ebooks you can borrow.",
            "My copy of the permit form is cracked and faded.",
        ],
    ),
    # Someone's email address or mail box handed out (boxes, rural routes and addresses in lower
    # case among them), beside an office's address or box given as its own.
    "contacts_of_a_person": (
        {KANKAKEE: "V.2.10", MARSEILLES: "39.52(E)"},
        [
            "email jenny.walsh82@gmail.com and tell her what you think",
            "His email is tom.reilly@yahoo.com, he never answers",
            "Her email is jw1980@gmail.com, she works at the library",
            "Send complaints to the owner at PO Box 412, Kankakee",
            "His mailing address is P.O. Box 88",
            "Mail it to him at RR 2 Box 145",
            "Rural Route 3 Box 22 is where that guy lives",
            "tell the landlord yourself, he lives at 777 s chicago ave",
        ],
        [
            "Email the clerk's office at clerk@cityofkankakee-il.gov",
            "The library's email is help@kdpl.org",
            "Write to the water department at billing@kankakeewater.com",
            "Send your payment to the Water Department, PO Box 1234.",
            "Mail your ballot application to the County Clerk's office, P.O. Box 88",
            "City Hall is at 304 S Indiana Ave.",
        ],
    ),
    # Small talk of another kind than the city's business on a thread it shares no word with.
    "entertainment_small_talk": (
        {KANKAKEE: "V.2.1", MARSEILLES: "39.52(A)", MONTGOMERY: "off-topic"},
        [
            "Anyone watch the Bears game last night? What a disaster",
            "Did you catch the game Sunday, unreal",
            "Who won the Super Bowl in 1986?",
            "What's everyone's favorite Netflix show right now?",
            "Taylor Swift's new album is amazing",
            "My horoscope says it will be a good week",
        ],
        [
            "Will the road work be done before the Bears game traffic on Sunday?",
            "The detour signs on Fifth are confusing.",
            "Can you post a map of the detours?",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES, msp.Decision.REVIEW)


@pytest.mark.parametrize(
    "text",
    [
        "Vote yes on Prop 3",
        "Vote no on the school referendum, it's a tax grab",
        "Support Measure B on the ballot this fall",
    ],
)
def test_montgomery_county_names_candidates_only(text: str) -> None:
    """Montgomery County's clause is "advocating for or against a candidate": a side on a
    ballot measure is none of its findings, while Kankakee cites it."""
    assert "campaigns" not in {f.clause.id for f in road_verdict(MONTGOMERY, text).findings}
    assert "V.2.12" in {f.clause.id for f in road_verdict(KANKAKEE, text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Wright State raised tuition",
        "Ohio State should pay its share",
        "Wright State University raised tuition again",
    ],
)
def test_a_state_university_acting_is_another_agency(text: str) -> None:
    """Montgomery County's "comments about another agency": a state university named without
    "University", acting; named in passing it is none."""
    assert "off-topic" in {f.clause.id for f in road_verdict(MONTGOMERY, text).findings}


@pytest.mark.parametrize(
    "text", ["My son is a Wright State graduate", "He went to Ohio State", "The state raised fees"]
)
def test_a_state_university_named_in_passing_is_no_agency(text: str) -> None:
    assert "off-topic" not in {f.clause.id for f in road_verdict(MONTGOMERY, text).findings}
