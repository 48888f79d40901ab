"""Families of phrasing each bundled city's policy names, probed by hand-written comments in
residents' register (lower case, texting, emoji) and read by the data files of the detectors
their categories map (issue 9, the ninth session).

Each family is written several ways under the clause of every city whose policy prohibits it,
beside near-misses that must not be cited under that clause and are never removed: a question,
a drill or a past event told, the page's own office, a link named without one, a word's other
sense. Made-up emergencies are false information in Kankakee (§ V.2.8) and compromise the
public's safety in Marseilles (§ 39.52(F)); Montgomery County alone prohibits comments about
other agencies, endorsements and links to other sites; Kankakee reads a disguised link as a
cyber attack's tool (§ V.2.14).
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
)
from municipal_social_policy.detectors._urls import find_links

FAMILIES: dict[str, CityFamily] = {
    # A danger at hand sounded as an alarm: everyone told to flee or shelter, the authorities
    # said to hide it, the water said to be undrinkable, a storm's sirens said to be broken.
    "false_alarms": (
        {KANKAKEE: "V.2.8", MARSEILLES: "39.52(F)"},
        [
            "huge gas leak by the library, everybody get out now",
            "chemical leak at the rail yard, yall stay inside and close your windows",
            "theres an active shooter at walmart and the police arent saying anything",
            "the levee failed on the south side, the mayor is covering it up",
            "the tap water is contaminated, dont drink the water, share this",
            "twister headed for the east side and the sirens are not working",
        ],
        [
            "is there a gas leak by the library? smells weird",
            "the gas leak by the library was fixed, everyone is back inside",
            "the levee held up great during the spring flood",
            "the fire dept ran an active shooter drill at the school today",
            "the sirens get tested on the first tuesday of the month",
            "my basement has a small water leak, who do I call",
            "there was a gas leak on elm last week and the city didnt warn anyone",
            "the county never tells us about chemical spills, thats the problem",
        ],
    ),
    # Another agency named in lower case or by its initials, in a comment that names none of
    # the county's own words and answers nothing in the post.
    "other_agencies_lower_case": (
        {MONTGOMERY: "off-topic"},
        [
            "the rta changed my route without telling anyone",
            "city of kettering police wrote me a ticket for nothing",
            "the huber heights police took two hours to show up",
            "village of oakwood council should be ashamed",
        ],
        [
            "the local police were helpful today",
            "we moved to the city of kettering last spring",
            "the state police closed the highway for the crash",
            "the bus stop near my house is muddy again",
            "the new police chief gave a good talk",
            "we need more scrutiny of police spending",
        ],
    ),
    # A business praised in a review's marks: a score, stars, "can't recommend enough".
    "review_endorsements": (
        {MONTGOMERY: "promotions"},
        [
            "10/10 recommend Buckeye Drain Pros, fast and fair",
            "5 stars to Kelly's Lawn Care, they do great work",
            "cant recommend Ace Hauling enough!!",
            "Rita's Plumbing is the best, call them",
            "if u need a drain guy call Tom's Rooter, super cheap",
        ],
        [
            "10/10 to the county crew on our street",
            "5 stars to whoever wrote the holiday schedule",
            "can anyone recommend a plumber for a clogged drain?",
            "i cant recommend the new pickup day, it's confusing",
            "the county crew is the best, thank them",
        ],
    ),
    # A link with its dots disguised: bracketed, in parentheses, spelt out before a path.
    "defanged_links": (
        {MONTGOMERY: "spam-links", KANKAKEE: "V.2.14"},
        [
            "real numbers at truthaboutwater[.]net",
            "read it: news(.)example(.)org/sewer",
            "all the proof at www[.]cleanwaterfacts[.]com",
            "details on county-watch dot org/report/7",
        ],
        [
            "the dot com days are long gone",
            "is there a page on the county site about pickup?",
            "use the array[.]length trick in your code lol",
            "the [.] key on my keyboard is broken",
        ],
    ),
    # A role and one lower-case word of a name, then "is a <criminal>", or money taken under the
    # table.
    "lower_case_one_word_name": (
        {KANKAKEE: "V.2.3", MARSEILLES: "39.52(B)", MONTGOMERY: "threats"},
        [
            "alderman novak is a thief plain and simple",
            "coach briggs is a pedophile, everyone knows",
            "the inspector takes money under the table to pass permits",
            "clerk dunn took payoffs under the table for years",
        ],
        [
            "alderman novak is a disappointment",
            "coach briggs is a legend in this town",
            "the inspector said the permits are under the table in his office",
            "judge says treasurer is a victim of fraud",
        ],
    ),
    # Small talk of the page's readers to one another: food, a game's result, a show's season,
    # a greeting, a car's noise, a lost pair of glasses.
    "small_talk": (
        {KANKAKEE: "V.2.1", MARSEILLES: "39.52(A)", MONTGOMERY: "off-topic"},
        [
            "best tacos in town?? asking for a friend",
            "who won the game last night, i fell asleep",
            "the final season of that show was so bad",
            "good morning yall ☀️",
            "have a blessed weekend everybody",
            "my truck is making a weird sound, belt maybe?",
            "lost my glasses at the park, black frames",
        ],
        [
            "will the detours stay up for the game on friday?",
            "good morning, is Main Street closed today?",
            "the resurfacing noise starts at 6am, way too early",
            "my truck barely fits through the detour on Main",
        ],
    ),
    # An insider's news kept from the public, told with no office named.
    "insider_news": (
        {MONTGOMERY: "confidential"},
        [
            "a buddy told me the plant manager got fired, its not public yet",
            "my sister works there, they're raising rates but havent announced it",
        ],
        [
            "a buddy told me the plant is hiring, they posted it online",
            "my sister works there and she loves it",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("see example[.]com now", "example.com"),
        ("at www[.]evil(.)info/x", "www.evil.info"),
        ("go to news{.}site[dot]org", "news.site.org"),
        ("read county-watch dot org/report", "county-watch.org"),
    ],
)
def test_a_defanged_link_is_a_disguised_link_to_its_host(text: str, host: str) -> None:
    """A defanged dot is read as a dot: the link's host is the real one, and it is marked as
    disguised (``spaced``), never as written plainly."""
    (link,) = find_links(msp.normalize(text).normalized)
    assert (link.host, link.spaced, link.explicit) == (host, True, False)


@pytest.mark.parametrize("word", ["bubble", "era", "boom", "company"])
def test_a_spelt_dot_without_a_path_is_no_link(word: str) -> None:
    assert find_links(msp.normalize(f"the example dot com {word}").normalized) == ()
