"""Commercial solicitation, endorsements and piracy as the bundled cities' policies name them
(issue 9, the tenth session).

Each family is written several ways under the clause of every city whose policy prohibits it,
beside near-misses that must not be cited under that clause and are never removed: an event that
sells, held on a day, with its price or a contact (Kankakee § V.2.9, Montgomery County's
promotions); a home party of a direct-sales brand and a job offered with its contact; a business
praised and sent customers, which Kankakee's "advertising of any ... business" now reads as
Montgomery County's "endorsements" do; works offered without a link, by a contact, a drive or a
sale (Kankakee § V.2.13, Marseilles § 39.52(I), Montgomery County's infringement). Marseilles
names no commerce, so it cites none.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import (
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    PROMOTION_CLAUSES,
    CityFamily,
    city_cited,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # An event that sells, on a day, with an asking price (a unit, or a ticket, table, plate or
    # bag priced) or a contact; not the city's own, nor one reported.
    "events_that_sell": (
        PROMOTION_CLAUSES,
        [
            "Bake sale Saturday, cookies $2 each at First Church",
            "Fish fry Friday at the Elks, $12 a plate",
            "Pancake breakfast Sunday 7-11 at the VFW, $8 adults, kids eat free",
            "Car wash Saturday at the Shell on Court, $5 a car, all proceeds to the band",
            "Craft fair this Saturday at the Moose Lodge, tables $25, vendors welcome",
            "Chili cook-off Saturday at the Legion, tickets $10 at the door",
            "Plate sale Sunday after church, chicken dinners $12",
            "Rummage sale Thursday 8-3 at Grace Lutheran, bags $5",
        ],
        [
            "the bake sale raised $400 for the library",
            "The city's pancake breakfast Saturday is $5 a plate",
            "the paper said the pancake breakfast raised $2,000 for the shelter",
            "the bake sale Saturday was a big success, thank you all",
            "Is the car wash Saturday still on? it might rain",
            "prices at the grocery store are insane, $5 for a dozen eggs",
            "the water bill went up $20 a month, ridiculous",
            "the church gives a free meal every Thursday at 5",
        ],
    ),
    # A home party or an order of a direct-sales brand with a contact; a job with "apply in
    # person".
    "home_parties_and_jobs": (
        PROMOTION_CLAUSES,
        [
            "Tupperware party at my place Friday, inbox me",
            "Scentsy party Thursday at my house, ask me for an invite",
            "Norwex orders close Monday, message me",
            "Now hiring cooks and servers at Tony's Diner, apply in person",
        ],
        [
            "My mom used to sell Tupperware in the 80s",
            "the Avon lady came by my house yesterday",
            "the city is hiring lifeguards for the pool, apply at city hall",
            "Does anyone know if the city is hiring?",
            "ask me for my opinion and you'll get it",
        ],
    ),
    # A business praised and customers sent: the thing had there first, what it has, none
    # better, a shout-out with a visit, a service got there at the best price.
    "businesses_praised_and_sent_customers": (
        PROMOTION_CLAUSES,
        [
            "Rosie's Bakery has the best donuts in town, stop by this weekend",
            "Big shout out to Riverside Tire, fast service, go see them",
            "The pizza at Giovanni's is unreal, go tonight",
            "Nobody beats Kelly's Lawn Care, call them today",
            "Get your oil changed at QuickLube on Court St, best price in town",
            "Ace Hardware on Schuyler has everything you need, go see them",
            "The burgers at Buck's Tavern are the best, go tonight",
            "Sal's Pizza has the best crust around, stop in today",
        ],
        [
            "Casa Lopez closed because of the road work",
            "Is Casa Lopez open on Sunday?",
            "Don't go to Hank's Auto, they ripped me off",
            "the tacos at the city's festival were great",
            "The library has the best programs, my kids love them",
            "Nobody beats our fire department, they're heroes",
            "shout out to the public works crew for fixing the pothole",
            "the lines at Walmart were crazy today",
            "the hotel got 4 Stars about a year ago",
            "It was fixed by Jenkins, so we are good to go now",
            "just call him Henry, he is the best at it",
        ],
    ),
    # Works offered without a link: by a contact, on a drive, downloaded, a cinema's copy, copies
    # sold, a box loaded.
    "works_offered_without_a_link": (
        {KANKAKEE: "V.2.13", MARSEILLES: "39.52(I)", MONTGOMERY: "illegal"},
        [
            "DM me for free movies, I have every new release",
            "hit me up for free cable, every channel, no more bill",
            "I got all the new movies on a flash drive, $5 each",
            "I have every season of Yellowstone downloaded, inbox me for a copy",
            "Selling burned copies of the new Drake album, $3",
            "Who wants the new Avengers movie? I have a cam copy, dm me",
            "Firesticks for sale, fully loaded, all channels, $50",
            "cancel cable! get a modded firestick, every channel free",
            "got every Star Wars movie on a usb stick, $10, message me",
        ],
        [
            "The library has free movies every Friday",
            "cable is too expensive, $150 a month",
            "my firestick stopped working after the update",
            "DM me for the meeting minutes, I have a copy",
            "I recorded the council meeting, dm me if you missed it",
            "I have every Star Wars movie on Blu-ray, love them",
            "my doorbell cam copy shows the car that hit my mailbox",
            "selling copies of my own book at the library fair",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


@pytest.mark.parametrize(
    "text",
    [
        "Loved the tacos at Casa Lopez, best in town, go today!",
        "Nobody beats Kelly's Lawn Care, call them today",
        "Bake sale Saturday, cookies $2 each at First Church",
    ],
)
def test_marseilles_names_no_commerce(text: str) -> None:
    """Marseilles' ordinance names no solicitation of commerce: an advert or an endorsement is no
    finding there."""
    assert city_cited(MARSEILLES, text) == set()
