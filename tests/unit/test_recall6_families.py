"""Recall on families of phrasing the fifth session left unread (issue 9), each with near-misses.

Calls to break the law that harm no one's body (Kankakee § V.2.6: waste dumped or burned, theft
taught, fake papers asked for, a fine ignored); a crime or misconduct pinned on a person named by
a role (§ V.2.3: "the head of parks", "the sanitation supervisor"); age as a protected class and a
people's ways named through "their" (§ V.2.4); an emergency order waved away as a scam (§ V.2.8);
a dating-spam pitch (§ V.2.5, Marseilles § 39.52(D)); and Montgomery County's "agency other than
Montgomery County": a city's police, council or school district named by a place's name. The
near-misses are what a city page must keep: a report, a question, a plea, criticism of an office
or of a person's work, counter-speech, a policy argued. Every finding is judgment: it goes to
review, never removal. The expectations come from the ordinances' wording, not from running the
evaluator.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import city_cited, never_removed

KANKAKEE = "kankakee"
MARSEILLES = "marseilles"
MONTGOMERY = "montgomery-county-oh"

UNLAWFUL = [
    "Just burn your trash in the backyard, nobody will know.",
    "burn your trash out back, the city never checks",
    "Just dump the paint down the storm drain.",
    "just pour the old oil down the storm drain, nobody will ever know",
    "Throw your old tires in the river, nobody will know.",
    "dump your construction debris on the empty lot on 5th, no one will notice",
    "Just toss your old mattress in the ditch behind the Jewel, the city never checks.",
    "we should dump all the trash from the cleanup in the river lol",
    "Go ahead and burn the old tires, nobody around here cares.",
    "Here's how to shoplift from the Walmart on Route 50: wear a big coat.",
    "here's how you lift stuff from self checkout without getting noticed",
    "Best way to steal a bike is bolt cutters at night.",
    "Anyone know where to buy fake IDs? I know a guy who makes them, DM me.",
    "where can I get a fake ID in Kankakee?",
    "Don't pay the fine, they can't make you.",
    "Just ignore the ticket, they can't make you pay it.",
    "Tear up the parking ticket, the city can't do anything.",
]

LAWFUL = [
    "Civil disobedience has a long history; was it justified at Selma? Discuss.",
    "Someone dumped paint in the storm drain on Elm, I reported it to public works.",
    "Is it legal to burn leaves in Kankakee?",
    "Can I burn my trash in a barrel or is that banned?",
    "Please don't dump paint down the storm drain, it goes straight to the river.",
    "Don't pour grease down the drain, it clogs the sewer.",
    "Never burn plastic, the fumes are toxic.",
    "Don't pay the fine until you contest it in court, you have 30 days.",
    "Someone shoplifted from the Walmart again, police say.",
    "How do stores stop people from shoplifting?",
    "Where do I go to get a state ID card?",
    "They arrested a kid for selling fake IDs at the high school.",
    "Nobody will know what the council decided until the minutes come out.",
    "Just burn the yard waste on the designated days, the city allows it in fall.",
    "Leave the leaves on the curb for pickup on Tuesday.",
    "Throw your old batteries in the recycling bin at city hall, not the trash.",
    "The paint is peeling and nobody will notice.",
    "You can leave your garbage in the alley on Tuesdays.",
    "Put your trash in the alley by 6 am for pickup.",
    "Pour the used oil into a jug and take it to AutoZone.",
    "Need a cake for the party? I know a guy who makes them, DM me.",
]


@pytest.mark.parametrize("text", UNLAWFUL)
def test_a_call_to_break_the_law_is_cited(text: str) -> None:
    assert "V.2.6" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", LAWFUL)
def test_a_report_a_question_or_a_plea_is_no_call(text: str) -> None:
    assert "V.2.6" not in city_cited(KANKAKEE, text)


ACCUSED = [
    "The sanitation supervisor steals scrap metal from the city yard and sells it.",
    "The head of parks is a drunk who drives the city truck.",
    "The public works foreman sells city gravel on the side and pockets the money.",
    "The code enforcement officer extorts landlords.",
    "The director of public works takes kickbacks from the paving company.",
    "the supervisor at the transfer station steals copper and sells it for scrap",
    "The head of the water department is on the take.",
    "the street department foreman comes to work drunk every day",
    "The head of parks showed up to the meeting drunk.",
]

NOT_ACCUSED = [
    "The building inspector is slow and never returns calls.",
    "Parks is badly run.",
    "The sanitation department is a mess and needs new leadership.",
    "Is the building inspector taking kickbacks? Someone should ask.",
    "Did the director of public works take kickbacks?",
    "I don't think the head of parks takes kickbacks.",
    "The head of parks needs to fix the playground.",
    "The head of parks is retiring next year.",
    "The supervisor came to the meeting in a city truck.",
    "The director of public works sold the old trucks at auction, as the council approved.",
    "The foreman came from a high school in Peoria.",
    "The supervisor said the drunk driver hit the city truck.",
    "The head of parks said the thief stole the grills.",
]


@pytest.mark.parametrize("text", ACCUSED)
def test_a_crime_pinned_on_a_role_is_cited(text: str) -> None:
    assert "V.2.3" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", NOT_ACCUSED)
def test_criticism_a_question_or_a_denial_is_no_accusation(text: str) -> None:
    assert "V.2.3" not in city_cited(KANKAKEE, text)


AGE_HATE = [
    "Old geezers shouldn't be allowed to vote.",
    "Retirees are leeches bleeding this town dry.",
    "senior citizens are worthless and should stay home",
    "baby boomers are a cancer on this country",
    "Zoomers are subhuman.",
]

AGE_FINE = [
    "Seniors get a discount at the pool on Tuesdays.",
    "Older voters turned out more than younger ones.",
    "Should the retirement age be raised to 67?",
    "My grandpa is an old geezer and proud of it.",
    "Retirees make up a third of Kankakee's voters.",
    "Senior citizens can ride the bus free on Mondays.",
    "Baby boomers are retiring faster than we can replace them at the fire department.",
    "The old timers at the diner know everything about this town.",
    "Any boomer who wants to volunteer, call the center.",
    "Old farts like me remember when the mill was open.",
]

THEIR_WAYS = [
    "Their caste mentality is destroying Canada.",
    "Their barbaric culture has no place here.",
    "Immigrants bring their third world mentality and destroy our neighborhoods.",
    "Their tribal mentality is ruining our schools.",
]

THEIR_FINE = [
    "Their business mentality is destroying downtown.",
    "Their culture of overspending is destroying the city budget.",
    "The council and their mentality of secrecy is ruining Kankakee.",
    "Their culture is beautiful and the festival was wonderful.",
    "Their caste system was outlawed in India in 1950.",
    "Immigrants bring their culture and food and it makes this town better.",
]


@pytest.mark.parametrize("text", AGE_HATE + THEIR_WAYS)
def test_hate_at_an_age_or_a_peoples_ways_is_cited(text: str) -> None:
    assert "V.2.4" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", AGE_HATE[:3])
def test_marseilles_reads_age_too(text: str) -> None:
    assert "39.52(C)" in city_cited(MARSEILLES, text)


@pytest.mark.parametrize("text", AGE_FINE + THEIR_FINE)
def test_policy_a_fact_or_a_business_culture_is_no_hate(text: str) -> None:
    assert "V.2.4" not in city_cited(KANKAKEE, text)


ORDER_WAVED_AWAY = [
    "Don't boil your water, the order is a scam.",
    "Ignore the boil order, the water is fine, it's a hoax.",
    "don't bother boiling, the advisory is just a scam to sell bottled water",
    "Do not evacuate, the order is a hoax.",
    "Ignore the flood warning, it's totally fake.",
]

ORDER_KEPT = [
    "\"Don't boil your water, the order is a scam\" is going around Facebook. It's false.",
    "Don't boil your water anymore, the order was lifted this morning.",
    "Is the boil order a scam? My water looks fine.",
    "The boil order isn't a hoax, people, keep boiling.",
    "Don't ignore the boil order, it's real.",
    "Someone on Facebook said the boil order is a scam, that's false, keep boiling.",
]


@pytest.mark.parametrize("text", ORDER_WAVED_AWAY)
def test_an_emergency_order_waved_away_is_cited(text: str) -> None:
    assert "V.2.8" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", ORDER_KEPT)
def test_a_debunk_a_question_or_an_order_lifted_is_no_claim(text: str) -> None:
    assert "V.2.8" not in city_cited(KANKAKEE, text)


PITCHES = [
    "Sexy singles near Marseilles want to chat!",
    "hot moms in your town want to hook up with you",
    "Meet hot local singles tonight, no signup needed.",
    "Horny housewives near Ottawa are waiting to chat. Click the link in my bio.",
]

NOT_PITCHES = [
    "The singles mixer at the library is Friday at 7.",
    "Marseilles singles club meets at the VFW on Thursdays.",
    "Lonely moms looking for a playgroup, message me.",
    "Local singles night at the bowling alley is back!",
    "It's hot out, the girls want to play at the splash pad.",
]


@pytest.mark.parametrize("text", PITCHES)
def test_a_dating_spam_pitch_is_cited(text: str) -> None:
    assert "39.52(D)" in city_cited(MARSEILLES, text)
    assert "V.2.5" in city_cited(KANKAKEE, text)
    never_removed(MARSEILLES, text)


@pytest.mark.parametrize("text", NOT_PITCHES)
def test_a_singles_event_is_no_pitch(text: str) -> None:
    assert "39.52(D)" not in city_cited(MARSEILLES, text)
    assert "V.2.5" not in city_cited(KANKAKEE, text)


OTHER_AGENCIES = [
    "The Dayton Police need to patrol Salem Ave more.",
    "Dayton Public Schools start on August 10.",
    "Why doesn't the Huber Heights Police Department answer the phone?",
    "I called the Kettering Police Department twice about the fireworks.",
    "The Trotwood city council voted on it last week.",
]

NO_OTHER_AGENCY = [
    "Call the Dayton Police about that, not the county.",
    "Dayton is a great place to live.",
    "I live near the Dayton Mall.",
    "call the police if you see anyone dumping",
    "My son goes to college in Ohio.",
    "Extra police should be on duty during the parade.",
    "Let the Electoral College know the truth.",
    "She is a graduate of Boston University.",
    "The capital city of London is on the Thames.",
]


@pytest.mark.parametrize("text", OTHER_AGENCIES)
def test_another_agency_named_by_a_place_is_cited(text: str) -> None:
    assert "off-topic" in city_cited(MONTGOMERY, text)
    never_removed(MONTGOMERY, text)


@pytest.mark.parametrize("text", NO_OTHER_AGENCY)
def test_the_county_a_place_or_the_police_in_general_is_no_other_agency(text: str) -> None:
    assert "off-topic" not in city_cited(MONTGOMERY, text)
