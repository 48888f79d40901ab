"""Identity attacks without a slur in the register of news comments, and the news that is none
(issue 9, the twelfth session, ident; Kankakee § V.2.4, Marseilles 39.52(C), Montgomery County
"hate"), each family in phrasings written here with the harmless near-misses beside it.

The families read: a civic right denied to a group for who its people are ("no Muslim should be
allowed to vote", "women should never be allowed to hold office"), read by the group's class,
so the lines the law itself draws by age, citizenship or disability stay argued policy ("no
immigrant should be allowed to vote before naturalisation", "teenagers should not be allowed to
vote"); one member denied trust or a virtue for the whole group ("no Muslim can be trusted",
"not a single Jew will ever be loyal"), and unfit for a role of family or town ("no gay man can
be a good father"). The false flags mended: a group said to be none of a frame ("no Muslim is a
criminal"), one person after "a" ("such a woman", "a woman who lied to police"), a count of
people in a report ("two women were trapped"), and lynchings told as history ("three Black men
were lynched in 1920", "back then a mob would lynch a black man").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import assert_free, assert_hate, assert_hate_in_city, evaluator
from municipal_social_policy.detectors.group_slot import GroupPhrase
from municipal_social_policy.detectors.phrases import parse_phrases

CITIES = ["kankakee", "marseilles", "montgomery-county-oh"]

#: Each family: identity attacks in several phrasings (other groups, verbs and word orders).
ATTACKS: dict[str, list[str]] = {
    "a civic right denied to a group": [
        "No Muslim should be allowed to vote.",
        "Women should never be allowed to vote.",
        "Jews shouldn't be allowed to hold public office.",
        "No black man should ever be allowed to run for office.",
        "Catholics should never be allowed to hold office in this country.",
        "Black people should never be allowed to hold office.",
        "Muslims should not be permitted to run for office in America.",
        "No Jew should ever be allowed to serve in Congress.",
        "Lesbians shouldn't be allowed to own property.",
        "Hindus should be barred from voting.",
        "women should be banned from holding office",
        "Gay men should never have the right to vote.",
        "Sikhs must never be allowed to become citizens.",
        "Transgender people should not be allowed to vote, period.",
        "Atheists should never be allowed to run for office.",
        "Men should not be allowed to vote.",
    ],
    "one member denied trust or a virtue": [
        "No Muslim can be trusted.",
        "No woman can ever be trusted with money.",
        "No Black man will ever be loyal to this country.",
        "Not a single Jew can be trusted with money.",
        "No Catholic is ever honest.",
        "No Hispanic can ever be trusted.",
    ],
    "unfit for a role of family or town": [
        "No gay man can be a good father.",
        "Lesbians can never be good mothers.",
        "Muslims can never be good neighbors.",
    ],
}

#: The near-misses: the same words of a law argued, a question, counter-speech, a report, a
#: rule of the past, a group the law sorts by age, citizenship or disability, no group at all.
NEAR_MISSES: dict[str, list[str]] = {
    "a civic right denied to a group": [
        "Should women be allowed to hold office? Of course.",
        "Saying that Muslims should not be allowed to vote is bigotry.",
        "Women were not allowed to vote until 1920 in this country.",
        "No Catholic was allowed to hold office in England then.",
        "No immigrants should be allowed to vote in city elections.",
        "Illegal immigrants should not be allowed to vote.",
        "Teenagers should not be allowed to vote.",
        "Seniors should never be allowed to drive after 90.",
        "No refugee should be allowed to vote before becoming a citizen.",
        "Non-citizens should be barred from voting in city elections.",
        "Mentally ill people should not be allowed to own guns.",
        "Felons should never be allowed to own guns.",
        "Members of the council should not be allowed to vote on their own raises.",
        "No council member should be allowed to hold office for life.",
        "No Muslim should be denied the right to vote.",
        "As a Black man, I think we should all vote.",
    ],
    "one member denied trust or a virtue": [
        "No one can be trusted in this administration.",
        "No Republican can be trusted.",
        "No politician is honest.",
        "No man is above the law.",
        "No woman should have to be loyal to an abuser.",
        "No immigrant should be afraid to call the police.",
        "No woman should be forced to give up her job.",
        "Can a Muslim be trusted to run a business? Of course, like anyone.",
    ],
    "unfit for a role of family or town": [
        "No mother should have to choose between rent and food.",
        "My neighbor is a gay man and a good father.",
    ],
    "a group said to be none of it": [
        "No Muslim is a criminal.",
        "No woman is inferior to a man.",
        "No Jew controls the media.",
        "No immigrant should be stripped of citizenship for a traffic ticket.",
    ],
    "one person or a count of people in the news": [
        "Two women were trapped in their car after a terrible crash on Route 17.",
        "Such a woman might be too stubborn to ask for help.",
        "A woman who lied to police about the crash was charged on Monday.",
        "Police say a woman seeking shelter was turned away from the station.",
        "The woman accused of embezzling from the church is a liar, her lawyer said.",
        "Three Muslim men were killed in a brutal attack on the mosque.",
        "Four immigrants were charged with theft at the mall.",
        "A Muslim woman was harassed on the bus by a drunk man.",
    ],
    "lynchings told as history": [
        "In 1920 a mob lynched three Black men in Duluth.",
        "Three Black men were lynched in Duluth in 1920.",
        "Eleven Italians were lynched by a mob in New Orleans in 1891.",
        "Back then a mob would lynch a black man for looking at a white woman.",
        "In those days they would hang a black man from the nearest tree for whistling.",
        "Americans should learn how many Black men were lynched for nothing.",
        "The memorial lists the names of 4,000 Black men, women and children who were lynched.",
    ],
}


def _cases(families: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(family, text) for family, texts in families.items() for text in texts]


@pytest.mark.parametrize(("family", "text"), _cases(ATTACKS))
def test_each_attack_is_read(family: str, text: str) -> None:
    """Each phrasing of each family is hate aimed at a group, sent to review."""
    assert_hate(text)


@pytest.mark.parametrize(("family", "text"), _cases(NEAR_MISSES))
def test_each_near_miss_is_no_hate(family: str, text: str) -> None:
    """The near-misses share the families' words and are no hate speech."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "they would hang every immigrant in this town if they could",
        "They should lynch every black man in this town.",
        "Women are liars.",
        "Black men are thugs.",
        "Muslims should be killed.",
    ],
)
def test_harm_wished_now_and_a_group_judged_are_still_read(text: str) -> None:
    """Harm with no time past, a call for it, and a group judged as a whole stay findings."""
    assert_hate(text)


@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("No Muslim should be allowed to vote.", True),
        ("Women should never be allowed to hold office.", True),
        ("No Black man will ever be loyal to this country.", True),
        ("No gay man can be a good father.", True),
        ("Teenagers should not be allowed to vote.", False),
        ("No immigrants should be allowed to vote in city elections.", False),
        ("No Muslim is a criminal.", False),
        ("Three Black men were lynched in Duluth in 1920.", False),
        ("Two women were trapped in their car after a terrible crash.", False),
    ],
)
def test_every_bundled_city_reads_the_families(city: str, text: str, hateful: bool) -> None:
    """The families read alike for each bundled city's hate clause; none is a removal."""
    assert_hate_in_city(city, text, hateful)


# The groups of the classes the rights frame reads, and those of the classes it leaves to the
# law (age, national origin, disability); every group of a class is read alike.
_READ = ["Muslims", "Jews", "Catholics", "women", "gay people", "Black people", "Asians"]
_LAW = ["teenagers", "seniors", "immigrants", "refugees", "disabled people"]
_DENIALS = [
    "{} should never be allowed to vote.",
    "{} should not be allowed to hold office.",
    "{} should be barred from voting.",
]


@given(st.sampled_from(_READ), st.sampled_from(_DENIALS))
def test_the_rights_frame_reads_every_group_of_its_classes(group: str, frame: str) -> None:
    """A civic right denied reads for every group of race, religion, gender or orientation."""
    text = frame.format(group[0].upper() + group[1:])
    assert "V.2.4" in {f.clause.id for f in evaluator().evaluate(text).findings}, text


@given(st.sampled_from(_LAW), st.sampled_from(_DENIALS))
def test_the_rights_frame_leaves_the_law_s_own_lines(group: str, frame: str) -> None:
    """Age, citizenship and disability, whose lines the law draws, are argued, not hate."""
    assert_free(frame.format(group[0].upper() + group[1:]))


def test_a_group_slot_names_classes_that_do_not_count_by_themselves() -> None:
    """``<group!age>`` reads a group with a class besides age; a bad spelling is a load error."""
    sets = {
        "group": frozenset({"women", "seniors"}),
        "class_gender": frozenset({"women"}),
        "class_age": frozenset({"seniors"}),
    }
    file = parse_phrases("[x]\n<group!age> vote\n", "test", sets)
    phrase = file.groups["x"].patterns[0].slots[0].phrase
    assert isinstance(phrase, GroupPhrase)
    assert phrase.counts(["women"])
    assert not phrase.counts(["seniors"])
    assert not phrase.counts(["they"])  # a pronoun names no class
    with pytest.raises(ValueError, match="only <group> names classes"):
        parse_phrases("@person = clerk\n[x]\n<person!age> vote\n", "test", sets)
    with pytest.raises(ValueError, match="only <group> names classes"):
        parse_phrases("[x]\n<group!> vote\n", "test", sets)
