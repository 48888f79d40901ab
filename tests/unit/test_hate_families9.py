"""Families of hate without a slur added in the seventh session (Kankakee § V.2.4, issue 9).

Written as a probe of our own before the patterns: one member made the group's type by
"always" ("it's always the Muslim that is the dumb one"), "typical <member>," with the sentence
going on, a group ordered home to its face or sent back to a continent, a plot to take a country
over, children said to be corrupted, rights or citizenship to be taken, and a demand that no
member be allowed in. Beside them the false flags the probe found: an expulsion reported as
done ("the police rounded up immigrants in a raid"), hate answered at once by the writer's
verdict ("Muslims are not real Americans? That's bigoted nonsense."), an idea quoted to be
rejected, and "someone should do something about the refugees", which as often asks for their
help. Every finding is JUDGMENT: review, never removal. Every frame counts alike for every
protected group, majorities included.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import assert_free, assert_hate, city_cited, evaluator, never_removed
from municipal_social_policy.detectors.lexicon import read_table


@pytest.mark.parametrize(
    "text",
    [
        "It's always the Muslim that is the dumb one.",
        "It is always the Mexican who steals.",
        "Always the black guy who starts the fight.",
        "It's always the woman who is the crazy one.",
        "it's always the immigrant who causes trouble",
        "Always the Jew who is the greedy one, every time.",
        "It's always the Muslim who commits the crimes.",
        "The Muslim is always the dumb one.",
        "The woman is always the stupid one.",
        "The Mexican is always the thief.",
        "The immigrant is always the problem.",
    ],
)
def test_one_member_made_the_type_by_always_is_hate(text: str) -> None:
    """ "Always" makes one member after "the" the group's type, called a fool, a thief or
    trouble."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's always the immigrant who gets blamed.",
        "It's always the woman who does the unpaid work.",
        "It's always the cheapest contractor who does the worst job.",
        "The intern is always the dumb one in these movies.",
        "The woman is always the last to be heard in these meetings.",
        "The Muslim is the one who helped me fix my car.",
        "It's always the Muslim neighbor who brings soup first.",
        "It's always the printer that breaks.",
    ],
)
def test_a_member_blamed_helping_or_no_group_is_no_type(text: str) -> None:
    """A member blamed or working, no group, no insult, or a kindness."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Typical woman, can't make up her mind.",
        "Typical immigrants: take everything, give nothing.",
        "Typical Jew, always counting pennies.",
        "What a typical black thing to do.",
        "Such a typical Arab move.",
        "That's so typical of a gay man.",
        "So typical of Mexicans.",
    ],
)
def test_a_member_made_the_type_with_more_said_is_hate(text: str) -> None:
    """ "Typical <member>" before a mark and more, the type's "move" or "thing", "so typical
    of a gay man"."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Typical Mexican food is spicy.",
        "The typical immigrant works two jobs.",
        "Typical Monday, everything went wrong.",
        "A typical Jewish wedding has a chuppah.",
        "That's so typical of a politician.",
    ],
)
def test_a_members_food_a_statistic_or_no_group_is_no_type(text: str) -> None:
    """A people's food or custom, a statistic, a day, an office."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mexicans, go home!",
        "Muslims, get out.",
        "Go home, immigrants.",
        "Send the Somalis back to Africa.",
        "Ship the Mexicans right back to Mexico.",
        "Pack up and go back to China.",
        "Deport every last Mexican.",
        "Deport every single one of those Muslims.",
    ],
)
def test_a_group_ordered_home_or_sent_back_is_hate(text: str) -> None:
    """Ordered out to its face, sent back to a continent by name, every last one deported."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants, get out and vote!",
        "I want to go back to Mexico for Christmas.",
        "I'm going back to China to see my family.",
        "Send the forms back to the clerk.",
        "The police rounded up immigrants in a raid.",
        "ICE deported 40 Mexicans last week.",
        "The refugees were sent back to the camp after the hearing.",
        "Thousands of Jews were expelled from Spain in 1492.",
        "Immigrants don't deserve to be deported.",
    ],
)
def test_a_call_to_vote_a_trip_or_an_expulsion_reported_is_no_hate(text: str) -> None:
    """A call to vote, a trip home, forms, and an expulsion reported as done: "deported" and
    "rounded up" count as harm does, only when wished."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims should be deported.",
        "Immigrants deserve to be rounded up and deported.",
        "Gays must be sterilized.",
        "I want all the Mexicans locked up.",
    ],
)
def test_an_expulsion_wished_is_still_hate(text: str) -> None:
    """The same words wished, demanded or deserved."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese are plotting to take over our country.",
        "Catholics are trying to control the government.",
        "Muslims are secretly scheming against us.",
        "Jews are working to undermine America.",
        "The gays are pushing their agenda on our children.",
        "Muslims are forcing their ideology down our throats.",
        "Gays are corrupting our children.",
        "Trans people are grooming our kids.",
        "Black people are dragging this city down.",
        "Immigrants have been bringing our schools down.",
    ],
)
def test_a_plot_or_children_corrupted_pinned_on_a_group_is_hate(text: str) -> None:
    """A plot to take a country over, an agenda forced on children, children corrupted, a
    place dragged down."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women are trying to control the thermostat.",
        "Republicans are plotting to take over Congress.",
        "Immigrants are working to support their families.",
        "Teachers are pushing their agenda on our children.",
        "Muslims are trying to build a new mosque.",
        "Gays are not corrupting anyone's children.",
        "Immigrants are bringing down prices.",
        "The new mall is dragging the town down.",
    ],
)
def test_no_power_no_group_or_denied_is_no_plot(text: str) -> None:
    """No power to take, no protected group, work, a mosque, a denial, prices, a mall."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims should be stripped of citizenship.",
        "Women should be denied their rights.",
        "Gays should not have the same rights.",
        "Black people shouldn't get any rights.",
        "No blacks should be allowed in this park.",
        "No Muslims should ever be welcome here.",
    ],
)
def test_rights_taken_or_members_kept_out_is_hate(text: str) -> None:
    """Citizenship or rights to be taken from a group; no member to be let in."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kids should not have the same rights as adults.",
        "Jews were stripped of their citizenship in 1935.",
        "No immigrants should be allowed to vote in city elections.",
        "Voters should never be denied their rights.",
        "Women should have the same rights as men.",
    ],
)
def test_minors_history_a_rule_or_rights_upheld_is_no_hate(text: str) -> None:
    """Minors' rights set by age, history, a rule on voting, rights upheld."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are not real Americans? That's bigoted nonsense.",
        "Why do people still believe Jews run the world? It's a conspiracy theory.",
        "Immigrants are all criminals? What a racist lie.",
        "Women are too emotional to lead. Sexist rubbish.",
        "The idea that women are inferior is absurd.",
        "The notion that immigrants are all thieves has been debunked.",
        "I'm sick of hearing that gays are perverts; it's a lie.",
        "Someone should do something about the refugees.",
        "Someone should do something about the potholes.",
    ],
)
def test_hate_rebutted_an_idea_rejected_or_help_asked_is_no_hate(text: str) -> None:
    """Hate answered at once by the writer's verdict on it, an idea named to be rejected, and
    something to be done about a group said plainly, which as often asks for help."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are vermin. That's a fact, not a lie.",
        "Mexicans are lazy. It's true.",
        "Immigrants are all criminals. It's disgusting how many there are.",
        "Someone should do something about those Mexicans.",
        "Somebody needs to finally do something about the Muslims.",
        "Someone has to do something about all these immigrants.",
    ],
)
def test_hate_confirmed_or_a_group_pointed_at_is_still_hate(text: str) -> None:
    """A verdict that confirms, not rebuts; a group pointed at or a call pressed."""
    assert_hate(text)


@pytest.mark.parametrize("city", ["kankakee", "marseilles", "montgomery-county-oh"])
@pytest.mark.parametrize(
    "text",
    [
        "It's always the Muslim that is the dumb one.",
        "Mexicans, go home!",
        "The Chinese are plotting to take over our country.",
        "Muslims should be stripped of citizenship.",
    ],
)
def test_the_bundled_cities_cite_the_families(city: str, text: str) -> None:
    """Every bundled city finds the families (its own hate clause), never as a removal."""
    assert city_cited(city, text)
    never_removed(city, text)


@pytest.mark.parametrize("city", ["kankakee", "marseilles", "montgomery-county-oh"])
@pytest.mark.parametrize(
    "text",
    [
        "The police rounded up immigrants in a raid.",
        "Muslims are not real Americans? That's bigoted nonsense.",
        "Someone should do something about the refugees.",
    ],
)
def test_the_bundled_cities_leave_the_near_misses(city: str, text: str) -> None:
    """No bundled city cites the near misses."""
    assert not city_cited(city, text)


def _one_word(kind: str) -> list[str]:
    return sorted(
        term
        for term, listed, *_ in read_table("protected_groups.tsv")
        if listed == kind and " " not in term
    )


MEMBERS = _one_word("member")
# Minors are left out of the frame of rights taken ("kids should not have the same rights as
# adults": the law sets their rights by age), so the property draws the other groups.
MINORS = frozenset({"kids", "children", "teenagers", "teens", "minors", "youth"})
GROUPS = [group for group in _one_word("group") if group not in MINORS]


# Each template with the names it is said of: one member, or a group (capitalised, as it opens
# the sentence).
TEMPLATES = [
    (template, MEMBERS)
    for template in (
        "It's always the {} that is the dumb one.",
        "The {} is always the stupid one.",
        "It's always the {} who gets blamed.",
        "Typical {}, always complaining.",
        "Deport every last {}.",
    )
] + [
    (template, [group.capitalize() for group in GROUPS])
    for template in (
        "{}, go home!",
        "{} are plotting to take over our country.",
        "{} are corrupting our children.",
        "{} should be stripped of citizenship.",
        "{} are all criminals? That's bigoted nonsense.",
        "The police rounded up {} in a raid.",
    )
]


@given(st.sampled_from(TEMPLATES), st.data())
def test_the_frames_count_alike_for_every_member_and_group(
    said: tuple[str, list[str]], data: st.DataObject
) -> None:
    """Viewpoint neutrality: whichever member is made the type and whichever group is named,
    the verdict is the same."""
    template, names = said
    first, second = (data.draw(st.sampled_from(names)) for _ in range(2))
    one = evaluator().evaluate(template.format(first))
    other = evaluator().evaluate(template.format(second))
    assert one.decision is other.decision
