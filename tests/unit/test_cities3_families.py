"""Families of phrasing the other two cities' lists name, read by the detectors their files map.

Each family is tested on several phrasings written the way people write on a city page, under the
clause of each city whose wording names it, and on near-misses (criticism of officials, questions,
reports, counter-speech, the page's own business) that must not be cited under it and are never
removed. The expectations come from each policy's wording (examples/*/source), not from running
the evaluator.
"""

from __future__ import annotations

from functools import cache

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import KANKAKEE, MARSEILLES, MONTGOMERY
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize

#: Every comment answers a post of the page, as comments do (the off-topic rules read it).
THREAD = msp.Thread(topic="Spring brush pickup", text="Brush pickup starts Monday, April 8.")


@cache
def _evaluator(city: str) -> msp.Evaluator:
    return msp.Evaluator(msp.load(city))


def _verdict(city: str, text: str) -> msp.Verdict:
    return _evaluator(city).evaluate(msp.Comment(text=text, thread=THREAD))


def cited(city: str, text: str) -> set[str]:
    """The clause ids the city's verdict on ``text`` cites."""
    return {finding.clause.id for finding in _verdict(city, text).findings}


def _cases(
    families: dict[tuple[str, str], tuple[list[str], list[str]]],
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    hits = [(c, k, t) for (c, k), (texts, _) in families.items() for t in texts]
    misses = [(c, k, t) for (c, k), (_, texts) in families.items() for t in texts]
    return hits, misses


#: (city, clause) -> (comments the clause names, near-misses that must not be cited under it).
FAMILIES: dict[tuple[str, str], tuple[list[str], list[str]]] = {
    # A door, gate or lock code given as "the code to X is N" (Marseilles § 39.52(F), "the
    # safety or security of ... public systems"; Montgomery's "confidential or non-public").
    (MARSEILLES, "39.52(F)"): (
        [
            "The code to the back door of the police station is 4471",
            "the combo for the lockbox at the fire station is 0420",
            "The code to get into the fire station is 1234",
            "The keypad code at the public works building is 8812",
            "The wifi password at city hall is Marseilles2024",
        ],
        [
            "The code to the back door was changed after the break-in.",
            "What is the code for the recycling center gate? I'm a contractor",
            "The zip code for the police station is 61341.",
            "They should change the gate code at the station, people keep getting in.",
            "The code of conduct for the police station is 12 pages long.",
        ],
    ),
    (MONTGOMERY, "confidential"): (
        [
            "The code to the back gate of the transfer station is 4471",
            "the combo for the lockbox at the county garage is 0420",
            # An office's own matters handed out, or an insider's untold news.
            "Here's the internal email from the director saying they knew about the leak",
            "Attached is the confidential memo about the landfill contract",
            "I got my hands on the leaked audit, the numbers are bad",
            "My friend at the county says 40 people are getting laid off, it hasn't been"
            " announced yet",
            "A buddy in the department says the director is getting fired, that's off the record",
            # Health records and a diagnosis of a person.
            "Here's her medical records from the clinic, she has HIV",
        ],
        [
            "The zip code for the transfer station is 45402",
            "The county should release the internal emails about the leak",
            "When will the layoffs be announced?",
            "Why hasn't the audit been made public yet?",
            "My friend at the county says pickup is on Monday this week",
            "The new rates haven't been announced yet, so stop guessing",
            "I filed a records request for the internal emails",
        ],
    ),
    # Health records and a third person's stigmatised diagnosis (Marseilles § 39.52(E), "other
    # sensitive information"; Kankakee § V.2.10, "Behavior invasive of another person's ...
    # privacy").
    (MARSEILLES, "39.52(E)"): (
        [
            "Here are Mike's medical records, the guy is a mess",
            "I got a copy of his psych records",
            "Her hospital records are attached, read them yourself",
            "She has herpes, everyone stay away from her",
            "Karen Miller tested positive for an STD last month",
            "my neighbor has HIV and works at the pool",
            "he's HIV positive and nobody knows",
        ],
        [
            "How do I get my medical records from the clinic?",
            "I have HIV and the clinic has been wonderful",
            "Does the health department offer free HIV testing?",
            "The hospital leaked patient records, that's a HIPAA violation",
            "Does he have HIV? Just asking",
            "He does not have HIV, stop spreading rumors",
            "She has cancer, please keep her family in your prayers",
            "Everyone has herpes these days lol",
        ],
    ),
    (KANKAKEE, "V.2.10"): (
        ["Here's her medical records from the clinic", "Her husband gave her herpes"],
        ["Please don't post anyone's medical records here", "Free STD testing Tuesday"],
    ),
    # Cracked software, keygens, serial keys (Marseilles § 39.52(I); Montgomery's "material that
    # violates copyrights"; Kankakee § V.2.13).
    (MARSEILLES, "39.52(I)"): (
        [
            "Cracked Photoshop download here, works great",
            "Office 2021 crack free, link in my bio",
            "KMSpico activator for Windows 11, 100% working",
            "free serial keys for AutoCAD 2024, dm me",
            "Photoshop keygen in the comments",
            "get the full version of Autocad free, crack included",
            "Minecraft cracked download link below",
        ],
        [
            "My phone screen cracked and I can't download the city app",
            "The sheriff cracked down on illegal dumping",
            "Cracked sidewalk on Oak St near the school",
            "The city should buy Photoshop licenses for the parks staff",
            "The library offers free Photoshop classes on Tuesday",
            "Windows cracked in the storm at the library",
        ],
    ),
    (MONTGOMERY, "illegal"): (
        [
            "Cracked Photoshop download here, works great",
            "license key generator for any software",
            # Counterfeit goods: "trademarks of others".
            "Selling replica Nike shoes, look just like the real thing",
            "fake Jordans for sale, DM me",
            "I got replica Rolex watches, $80 each, inbox me",
            "We sell knockoff Yeezys, nobody can tell the difference",
        ],
        [
            "Police seized fake Nikes at the flea market last week",
            "Watch out for fake Yeezys on Marketplace, they're a scam",
            "The museum has a replica of the old courthouse",
            "Someone sold my son fake Jordans at the mall, how do I report it?",
            "Counterfeit goods hurt local businesses",
        ],
    ),
    # Counterfeits sold: "Conduct ... of illegal activity" (Marseilles § 39.52(H)).
    (MARSEILLES, "39.52(H)"): (
        [
            "Selling replica Nike shoes, look just like the real thing",
            "fake Jordans for sale, DM me",
        ],
        ["Police seized fake Nikes at the flea market last week"],
    ),
    # Another's business endorsed (Montgomery's "Promotions or endorsements of services or
    # products").
    (MONTGOMERY, "promotions"): (
        [
            "Miller Septic is the best, call them!",
            "Call Dave's Tree Service, they're honest and cheap",
            "I highly recommend Precision Roofing, they did our whole house in a day",
            "If you need a plumber call Ace Plumbing, best in town",
            "shoutout to Green Acres Landscaping for the amazing job on our yard",
            "Use Kelly's Lawn Care, they're the best around",
            "Buckeye Pest Control is amazing, highly recommend",
            "Best prices in town are at Joe's Auto",
        ],
        [
            "The county crew is the best, thank them for the quick pickup",
            "Thank you Environmental Services, you guys are the best",
            "Can anyone recommend a septic company?",
            "I recommend calling the county first before hiring anyone",
            "Don't use Miller Septic, they ripped me off",
            "Is Miller Septic any good?",
            "Commissioner Moore is great, call her office if you have a problem",
            "Kudos to you for your bravery, commissioner",
            "I called the county and they were great",
        ],
    ),
    # Another agency (Montgomery's "Comments about an agency other than Montgomery County").
    (MONTGOMERY, "off-topic"): (
        [
            "Why does the Ohio BMV take forever to renew plates?",
            "When is the IRS going to send my refund?",
            "The post office lost my package again",
            "ODOT needs to fix the potholes on I-75",
            "My social security check is late again, who do I call?",
            "Does anyone know if the DMV is open on Saturday?",
            "FEMA still hasn't paid us for the flood damage",
            # A private matter that a place word only locates; a team outside Illinois.
            "Lost my dog near Dixie Highway, brown lab, answers to Max",
            "Anyone watching the Bengals game tonight?",
        ],
        [
            "Does the county take recycling at the transfer station?",
            "Can I pay my water bill at the post office?",
            "Thank you Montgomery County for the quick pickup",
            "The IRS should audit the county's sewer fund",
            "When does the brush pickup reach Trotwood?",
            "Lost my dog, and the county road by my house is still flooded",
        ],
    ),
    # A work-from-home pitch and crypto doubling with decimals (Montgomery's "Spam").
    (MONTGOMERY, "spam-links"): (
        [
            "I make $8000 a month working from home, ask me how",
            "earning $300 a day from my phone, DM me for info",
            "My aunt makes $9000 a month online, message her on WhatsApp",
            "send 0.05 BTC to this wallet and get 0.1 BTC back",
            "Send 0.5 ETH to the address below and receive 1 ETH back instantly",
        ],
        [
            "I make $15 an hour at the plant and can't afford the rate increase",
            "Can you really make money from home? Seems like a scam",
            "I work from home so I'm always here when the truck comes",
            "Ask me how I know the truck skipped our street",
            "I bought 0.05 BTC last year lol",
        ],
    ),
    (KANKAKEE, "V.2.14"): (
        [
            "send 0.1 BTC and receive 0.2 BTC back",
            "I made $2500 this week working from home, ask me how",
        ],
        ["The water bill went up 2.5 percent, send the council a note"],
    ),
    # Public assistance is a protected basis in Marseilles § 39.52(C) and Kankakee § V.2.4.
    (MARSEILLES, "39.52(C)"): (
        [
            "People on welfare are parasites leeching off the rest of us",
            "People on food stamps are lazy parasites",
            "Those on public assistance are leeches on society",
            "Section 8 tenants are trash and ruin every neighborhood",
            "folks on welfare are lazy parasites who breed for a bigger check",
        ],
        [
            "People on welfare deserve dignity too",
            "The city should help people on food stamps find jobs",
            "Section 8 tenants need better landlords",
            "Welfare fraud should be prosecuted",
        ],
    ),
    (KANKAKEE, "V.2.4"): (
        ["People on welfare are parasites leeching off the rest of us"],
        ["People on welfare deserve dignity too"],
    ),
    # A title and a surname that is also a common word name a person (defamation needs one).
    (KANKAKEE, "V.2.3"): (
        [
            "Councilwoman Park took bribes from the developer",
            "Judge Hall is taking kickbacks from the tow company",
            "Officer White stole money from the evidence room",
        ],
        [
            "City Hall is stealing our money with these fees",
            "The Park District wasted the grant on a fountain",
            "Councilwoman Park voted against the budget and she should resign",
        ],
    ),
    (MONTGOMERY, "threats"): (
        ["Councilwoman Park took bribes from the landfill contractor"],
        ["Commissioner Park voted against the budget and she should resign."],
    ),
}

#: The second round: families found by a second battery per clause, added to the first.
_SECOND: dict[tuple[str, str], tuple[list[str], list[str]]] = {
    (MARSEILLES, "39.52(A)"): (
        [
            "My daughter just got engaged!! so proud",
            "Free puppies to a good home, message me",
            "Found a black and white kitten on my porch, anyone missing one?",
        ],
        [
            "My son just got hired by the city, so proud!",
            "Will the brush pickup include the alley behind Main?",
        ],
    ),
    (MARSEILLES, "39.52(F)"): (
        ["Cops are running radar on Rt 6 by the Shell right now"],
        ["Cops should be running radar on Rt 6, people speed like crazy"],
    ),
    (MONTGOMERY, "promotions"): (
        [
            "Hire my son for lawn mowing, $20 a yard",
            "Try Rumpke instead, way better service and cheaper",
            "I recommend Smith's Hauling, they took our junk the same day",
        ],
        [
            "Try the county's drop-off instead, it's cheaper",
            "Hire more drivers for the county, pickups are always late",
            "I recommend the county's compost, it's great",
            "I recommend Kettering's approach: weekly pickup for everyone",
            "Rumpke is awful, I wish the county would pick a different hauler",
        ],
    ),
    (MONTGOMERY, "illegal"): (
        [
            "Here's the whole Dayton Daily News article since it's paywalled: the county voted"
            " to raise rates. Copyright 2024 Cox Media.",
        ],
        ["Here's a link to the article about the rate vote: https://www.mcohio.org/news"],
    ),
    (MONTGOMERY, "spam-links"): (
        ["I made $5000 last week with Mrs. Harper, message her on WhatsApp +1 555 0100"],
        ["I made $40 at the yard sale with Mrs. Harper's help lol"],
    ),
    (MONTGOMERY, "confidential"): (
        [
            "The commissioner's personal cell is 937-555-0199",
            "Leaked: the county's draft budget shows 12% cuts to Environmental Services",
        ],
        [
            "The commissioner's office number is 937-225-4000",
            "Leak: water main broke on Oak St this morning",
            "Leaked pipe flooded our basement, who do I call?",
            "The draft budget is on the county website.",
        ],
    ),
    # An official's own phone or inbox flooded by a crowd (Montgomery's "harassments").
    (MONTGOMERY, "threats"): (
        [
            "Everyone call the director's cell phone nonstop until he quits",
            "everyone call her cell 24/7",
            "Let's all blow up the mayor's phone until she resigns",
            "Everybody email the commissioner's personal account every day until he answers",
            "call his cell at all hours, make him miserable",
            "flood the director's inbox with complaints until he quits",
        ],
        [
            "Call the director's office and tell them what you think",
            "Let's all email the commissioners about the rate hike",
            "Everyone call the county to report missed pickups",
            "My inbox is flooded with county spam",
            "The river flooded his basement again",
        ],
    ),
}
for _key, (_hits, _misses) in _SECOND.items():
    _first = FAMILIES.setdefault(_key, ([], []))
    FAMILIES[_key] = (_first[0] + _hits, _first[1] + _misses)

HITS, MISSES = _cases(FAMILIES)


@pytest.mark.parametrize(("city", "clause", "text"), HITS)
def test_the_city_cites_its_clause(city: str, clause: str, text: str) -> None:
    """A comment of the family is cited under the clause of that city that names it."""
    assert clause in cited(city, text), (text, sorted(cited(city, text)))


@pytest.mark.parametrize(("city", "clause", "text"), MISSES)
def test_a_near_miss_is_not_cited(city: str, clause: str, text: str) -> None:
    """Criticism, questions, reports, negation and the page's own business are not cited under
    the clause, and nothing is removed."""
    verdict = _verdict(city, text)
    assert clause not in {finding.clause.id for finding in verdict.findings}
    assert verdict.decision is not msp.Decision.REMOVE


@pytest.mark.parametrize(
    "text",
    [
        "People on welfare are parasites leeching off the rest of us",
        "Welfare recipients are parasites",
        "Section 8 tenants are trash and ruin every neighborhood",
    ],
)
def test_public_assistance_is_no_basis_of_montgomerys_list(text: str) -> None:
    """Montgomery County's list ("race, color, sex, sexual orientation, national origin,
    ethnicity, age, religion, or disability") names no public assistance: not its hate bullet."""
    assert "hate" not in cited(MONTGOMERY, text)


@pytest.mark.parametrize(
    ("city", "text"),
    [
        (MARSEILLES, "Miller Septic is the best, call them!"),
        (KANKAKEE, "Why does the BMV take forever to renew plates?"),
        (MARSEILLES, "When is the IRS going to send my refund?"),
    ],
)
def test_what_only_montgomerys_list_names_is_not_read_elsewhere(city: str, text: str) -> None:
    """Another agency is named by Montgomery County's list alone, and an endorsement of another's
    business by it and Kankakee's § V.2.9 ("advertising of any ... business"): Marseilles names
    neither, and Kankakee no other agency."""
    assert _verdict(city, text).findings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("send 0.05 BTC now", [["send", "0", "05", "btc", "now"]]),
        ("It costs $3.50. Pay online", [["it", "costs", "3", "50"], ["pay", "online"]]),
        ("I paid 3. Then I left", [["i", "paid", "3"], ["then", "i", "left"]]),
    ],
)
def test_a_decimal_point_ends_no_sentence(text: str, expected: list[list[str]]) -> None:
    """A period between two digits is a decimal point; a period after a number and a space still
    ends a sentence."""
    found = [[token.forms[0] for token in sentence] for sentence in read(normalize(text)).sentences]
    assert found == expected
