"""Families of phrasing of the four categories an independent blind set of Marseilles comments
found weakest (issue 9, the thirteenth session, mars), under the clause of every bundled city
whose policy has it: sexual content (Marseilles § 39.52(D); Kankakee § V.2.5; Montgomery
County's profane and sexual content), illegal activity (§ 39.52(H)), copies distributed without
permission (§ 39.52(I)) and comments unrelated to the page (§ 39.52(A), read against the post a
comment answers).

Each family was written from probes of our own in registers other than tidy prose (phone-typed,
all capitals, slang, non-native English, a long post where one sentence violates, a reply to
another commenter), then tested on a second and a third round of probes written before the
patterns were widened. Beside each family, near-misses that must not be cited and are never
removed: health, education and news about sex, a report of an arrest, a question of law, a
complaint, a lawful sale, one's own photos, a credited or permitted share, a link to an article,
an on-topic reply in other words than the post's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kankakee_verdicts import (
    COPYRIGHT_CLAUSES,
    MARSEILLES,
    OFF_TOPIC_CLAUSES,
    SEXUAL_CLAUSES,
    UNLAWFUL_CLAUSES,
    CityFamily,
    assert_family_cited,
    assert_near_miss,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # Sex acts told or offered in slang, the writer's body offered to be seen, pictures sent.
    "sexual_acts_and_offers": (
        SEXUAL_CLAUSES,
        [
            "she sucked my d*ck behind the bleachers lol",
            "who want see my big cock? message me",
            "i will show u my boobs for 10 dollars paypal",
            "we had a threesome last weekend, she was so tight",
            "Lol @Mike your wife sends me naked selfies every night",
            "im so wet thinking about u, lets meet up and fuck",
            "DM me 4 pics of me in my bra",
            "She let me finger her in the back of the bus lmao",
            "Your mom was moaning my name all night",
            "im hard just looking at your profile pic",
            "I'm selling used underwear and private videos, message for menu",
            "Watch me strip live on my webcam tonight!!",
        ],
        [
            "The library is hosting a sex education class for parents on Tuesday.",
            "Sex offender registry shows two new entries on Pine St, per the Sheriff.",
            "Please send me the pics from the parade, my kid was in it!",
            "I was hard at work all weekend fixing the fence.",
            "Moaning about the budget won't fix it, show up to vote.",
            "The underwear drive for the homeless shelter needs donations.",
            "Victim of sexual assault? Call the hotline, you're not alone.",
            "The strip club zoning hearing is Tuesday, come speak.",
        ],
    ),
    # Unlawful acts urged, offered or taught: contraband and fake papers offered, minors
    # supplied, goods of crime, theft and fraud taught, rules broken where no one enforces them.
    "unlawful_acts_offered_or_urged": (
        UNLAWFUL_CLAUSES,
        [
            "Need a fake doctor's note or fake drivers license? inbox me",
            "I'll buy beer for you kids, just meet me behind the gas station",
            "Hey man i got coke and molly for the weekend, text 555",
            "selling xannys 5 a pop, pickup behind walmart",
            "Pay cash and don't report it to the IRS, that's what I do",
            "We should all go out and loot the stores downtown",
            "You can siphon gas from the city trucks parked behind the garage",
            "how to hotwire a car: pull the panel, cross the red and brown wires",
            "yall should just park in the handicap spots, nobody tickets there",
            "Want free cable? splice into your neighbor's line, easy",
            "Just tell the insurance company the hail did it, they pay out every time",
            "selling vapes to the high school kids, $15 each, they love em",
            "Easiest way to get free gas is to pump and drive off, they never catch u",
            "u should just pull the stop sign out, nobody will replace it",
        ],
        [
            "Police arrested two men for selling meth near the school, per the Times.",
            "Is it illegal to burn leaves in Marseilles?",
            "I support legalizing marijuana in all fifty states.",
            "My insurance company denied my hail claim, anyone else?",
            "Vaping among high school kids is a real problem.",
            "Someone stole the stop signs on Elm, please call the police if you saw anything.",
            "Anyone need a gun safe? Moving sale Saturday.",
            "Gas prices are robbery, $4 a gallon!",
            "I think they want to make gun ownership illegal, which I oppose.",
        ],
    ),
    # Others' photos, video, music and books handed out: taken from another's site, reposted
    # without asking, uploaded to a file host, screen-recorded, scanned, zipped, keys sold.
    "copies_distributed": (
        COPYRIGHT_CLAUSES,
        [
            "I took these pics from the photographer's site, she won't mind, here they are",
            "Reposting John's drone video of the river without asking him, it's too good",
            "got the bootleg of the concert, uploading it to youtube tonight",
            "Sharing the sheet music book I bought, scanned every page, download here",
            "I don't have permission but here's the professional photos from the wedding, enjoy",
            "hey guys the new Zelda game rom is up on my site, play it on emulator",
            "Spotify premium free forever, modded apk download",
            "I recorded the movie in the theater on my phone, uploading it tonight",
            "all 8 harry potter movies in one zip file, link below",
            "Heres the full Netflix special, i screen recorded it",
            "I just take photos off google images and sell them as prints on Etsy",
            "Posted Jane's pictures of the parade on my page, she doesn't know lol",
        ],
        [
            "Here's a photo I took of the sunset over the river last night.",
            "Shared with permission of the photographer, Jane Doe.",
            "Can I share the city's video of the parade on my page?",
            "I sell my own photos as prints on Etsy.",
            "All 8 Harry Potter movies are on Peacock now.",
            "You got that story from a partisan site, try a real paper.",
            "Jane's pictures of the parade are beautiful, she gave me permission to share.",
            "I bought the photos from the photographer, worth every penny.",
        ],
    ),
    # Private matters under a road-work post: a job advertised, a deal pitched, a shop's hours,
    # a repair asked, a greeting, a sermon, a feat told, a provider's outage, a ride asked.
    "private_matters_off_topic": (
        OFF_TOPIC_CLAUSES,
        [
            "Hiring cashiers at the gas station, apply inside",
            "Great deals on car insurance, get a quote today at mycheapinsurance.com",
            "What time does Walmart close on sundays",
            "Does anyone know how to fix a leaky faucet in the kitchen? mine drips all night",
            "hello everybody nice to meet you i am from philippines",
            "jesus loves you, repent before it's too late",
            "I just finished my first marathon!! so proud of myself",
            "Anyone else's internet down? Comcast is the worst",
            "buy instagram followers cheap, 1000 for $5",
            "Scentsy party at my place Friday, bring friends!",
            "Is the new Dune movie worth seeing?",
            "Free kittens! 3 left, litter trained",
        ],
        [
            "How long is the detour going to last? I commute through there",
            "thx for the heads up",
            "Will the buses still run on that route during the resurfacing?",
            "about time, that road is a mess",
            "Great, the potholes by the bakery were awful",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


# Harmless sentences of a long post, any number in any order, around the one that violates.
_FILLER = [
    "Been living here 30 years and love this town.",
    "The new benches by the river look great.",
    "My kids go to the grade school on Pine.",
    "Anyway just wanted to say something.",
    "Thanks to everyone who came out last week.",
]
_VIOLATIONS = [
    (SEXUAL_CLAUSES[MARSEILLES], "Your mom was moaning my name all night."),
    (
        UNLAWFUL_CLAUSES[MARSEILLES],
        "I'll buy beer for you kids, just meet me behind the gas station.",
    ),
    (
        COPYRIGHT_CLAUSES[MARSEILLES],
        "Reposting John's drone video of the river without asking him.",
    ),
]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_VIOLATIONS),
    st.lists(st.sampled_from(_FILLER), max_size=4),
    st.lists(st.sampled_from(_FILLER), max_size=4),
)
def test_one_violating_sentence_in_a_long_post_is_cited(
    violation: tuple[str, str], before: list[str], after: list[str]
) -> None:
    clause, sentence = violation
    assert_family_cited(MARSEILLES, clause, " ".join([*before, sentence, *after]))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_FILLER), min_size=1, max_size=6))
def test_a_long_harmless_post_cites_none_of_the_four_clauses(sentences: list[str]) -> None:
    text = " ".join(sentences)
    for clause in ("39.52(A)", "39.52(D)", "39.52(H)", "39.52(I)"):
        assert_near_miss(MARSEILLES, clause, text)
