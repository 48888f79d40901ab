"""Families of hate without a slur added in the fifth session (Kankakee § V.2.4, issue 9).

Each family is a way online hate speaks of a protected group without a slur and that no frame
read: a people's culture or "mentality" degraded as its people are, one group ranked below
another in mind or evolution, the writer's own kind called the master race, a group denied to
be people, an epithet said of one member before the group's noun, a people's extermination
called the answer, a people kept from entering, a people called a blight before the blight's
name, a religion called the religion of a crime, and a disability named after the people who
have it ("people with autism"). Every finding is JUDGMENT: review, never removal. The near
misses are the same words where they are no hate: negated, reported, counter-speech, a question,
a party or a state, a policy, a thing. The property tests say each frame counts alike for every
protected group, majorities included.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import assert_free, assert_hate, evaluator, evidence
from municipal_social_policy.detectors.hate_speech import HateReader, protected_classes
from municipal_social_policy.detectors.lexicon import read_table
from municipal_social_policy.text import normalize


@pytest.mark.parametrize(
    "text",
    [
        "Muslim culture is violent.",
        "African culture is backward and primitive.",
        "Islamic culture is basically a rape culture.",
        "The gay lifestyle is disgusting.",
        "Mexican culture is so barbaric.",
        "Chinese values are destroying our country.",
        "That's the typical Mexican mentality for you.",
        "Typical black behaviour.",
        "White culture is violent and evil.",
        "Christian culture is a cancer.",
    ],
)
def test_a_peoples_culture_degraded_is_hate(text: str) -> None:
    """A people's culture, values or "mentality" called savage, backward, rotten or a
    disease, or said to destroy a country, as its people would be."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mexican culture is rich and vibrant.",
        "Muslim culture is not violent.",
        "Rape culture is a problem on campus.",
        "I love typical Mexican food.",
        "Islam is incompatible with secular law.",
        "The Chinese government is corrupt.",
        "The culture of the police department is violent.",
        "Saying Muslim culture is barbaric is bigoted.",
        "Is Muslim culture violent?",
        "Deaf culture is vibrant.",
        "The typical liberal mentality.",
    ],
)
def test_a_culture_praised_denied_asked_about_or_an_institution_is_no_hate(text: str) -> None:
    """Praise, negation, counter-speech and a question; a doctrine, a state, an institution or
    a political camp criticised; a culture with no people's name."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Men are smarter than women.",
        "Women are smarter than men.",
        "Whites are more evolved than blacks.",
        "Blacks are more evolved than whites.",
        "We whites have higher IQs than blacks.",
        "Asians have higher IQs than whites.",
        "Women are superior to men.",
        "Christians are more civilized than Muslims.",
        "We are the superior race.",
        "We are the master race.",
        "But women aren't people, so it's fine!",
        "Muslims are not people.",
        "Gays are not people and never will be.",
    ],
)
def test_a_group_ranked_below_another_or_denied_to_be_people_is_hate(text: str) -> None:
    """A group ranked below another in mind or evolution, whichever the two; the master race;
    a group said not to be people."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women are smarter than they look.",
        "Men are taller than women.",
        "Women live longer than men.",
        "I don't think men are smarter than women.",
        "Claiming that whites are more evolved than blacks is racist.",
        "Democrats are smarter than Republicans.",
        "We are not the superior race.",
        "There is no master race.",
        "Immigrants are not people to fear.",
        "Women are not people who give up.",
        "Refugees are not people we should turn away.",
    ],
)
def test_a_comparison_of_no_worth_a_negation_or_a_party_is_no_hate(text: str) -> None:
    """Height and lifespan, no group after "than", a negated belief, counter-speech, parties;
    "not people" that goes on ("to fear", "who give up")."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nice to see a backbone in the White House instead of the cowardly muslim.",
        "That filthy Jew wants my money.",
        "The greedy Jew.",
        "That lazy Mexican.",
    ],
)
def test_an_epithet_before_one_members_group_noun_is_hate(text: str) -> None:
    """A vice said of one person before the noun of the group they belong to."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "That lazy woman never does her job.",
        "That dirty Mexican restaurant on Main.",
        "The lazy immigrant stereotype is false.",
        "She called him a filthy Jew and was suspended.",
    ],
)
def test_an_epithet_before_a_persons_noun_a_compound_or_a_report_is_no_hate(text: str) -> None:
    """A person's noun ("woman") is an insult's, not hate's; "Mexican" modifying a restaurant
    or a stereotype names no one; a slur reported."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "MASS BLACK WORLDWIDE GENOCIDE IS OUR ONLY HOPE",
        "A Muslim holocaust is the only solution.",
        "We need a genocide of all the Jews.",
        "White genocide is the answer.",
    ],
)
def test_a_peoples_extermination_called_the_answer_is_hate(text: str) -> None:
    """A people's genocide or holocaust called the answer, the hope, or wanted."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian genocide was never the answer.",
        "We need Holocaust education in schools.",
        "The Rwandan genocide was horrific.",
        "White genocide is a conspiracy theory.",
        "Denying the Armenian genocide is not the answer.",
    ],
)
def test_a_genocide_remembered_denied_or_debunked_is_no_hate(text: str) -> None:
    """History, remembrance, a conspiracy theory named as one, a negator in the gap."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Letting Muslims into this country is suicide.",
        "Allowing refugees into Europe was a huge mistake.",
        "Stop letting Muslims in!",
        "We need to stop importing refugees.",
        "Close the borders to Muslims.",
        "We must close our borders to Muslims.",
        "Stop all Muslim immigration.",
        "Ban Mexican immigration now!",
    ],
)
def test_a_people_kept_from_entering_is_hate(text: str) -> None:
    """An order or a call to keep a people out, or letting it in called suicide."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor wants to stop letting refugees in.",
        "Stop illegal immigration.",
        "We need to stop illegal immigration now.",
        "Letting refugees in was the right thing.",
        "Letting Muslims in was not a mistake.",
        "Close the borders to the virus.",
        "Stop letting the dog in.",
        "Stop letting drivers park here.",
    ],
)
def test_a_policy_reported_the_law_or_no_people_is_no_exclusion(text: str) -> None:
    """News of a policy, the law on illegal entry (a status, not a people), a welcome, a
    negator, a virus, a dog, drivers."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "The LGBT cancer is spreading.",
        "The Muslim plague must be stopped.",
        "This immigrant infestation.",
        "Judaism is a religion of greed.",
        "Islam is a religion of pedophiles.",
        "People with Down syndrome are a burden.",
        "People with autism should be euthanized.",
    ],
)
def test_a_blight_a_religion_of_crime_and_people_with_a_disability(text: str) -> None:
    """A people named before a blight's noun; a religion called one of a crime; a disability
    named after the people who have it, degraded."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Black Plague killed millions.",
        "The Muslim cancer patients were treated free.",
        "Islam is a religion of peace.",
        "We should support people with disabilities.",
        "Kids with autism deserve better schools.",
    ],
)
def test_the_pandemic_patients_and_support_are_no_hate(text: str) -> None:
    """The pandemic's name, a noun phrase that goes on, praise, support."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Go back to your homeland.",
        "Make yourself a favour and return back to your homelands.",
        "SEE THE BLACKS IN PARIS? THEY DO NOT BLEND IN WITH WHITE SOCIETY.",
        "Immigrants will never blend in.",
        "Women are the powerless sex.",
        "Women can't handle pressure.",
        "Blacks can't swim.",
        "Every woman cannot keep us safe.",
        "Gays should be ashamed of themselves.",
        "Women should not speak.",
        "Women should shut up.",
        "Jews did 9/11.",
        "Muslims are behind 9/11.",
        "The Chinese created the virus.",
        "Jews started all the wars.",
    ],
)
def test_sent_home_unfit_shamed_silenced_or_blamed_for_a_plot_is_hate(text: str) -> None:
    """Sent back to a homeland; said never to blend in; the powerless sex; unfit for a task
    by nature; told to be ashamed or silent; a plot or a disaster pinned on a group."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees hope to return to their homeland.",
        "When will you return to your homeland for a visit?",
        "The new signs do not blend in.",
        "Racists should be ashamed of themselves.",
        "Women should not speak for all of us.",
        "Chinese scientists studied the virus.",
        "Immigrants started new businesses downtown.",
        "Women started the march.",
        "Saying that Jews did 9/11 is antisemitic.",
    ],
)
def test_a_hope_reported_a_question_no_group_or_no_plot_is_no_hate(text: str) -> None:
    """News of a people's hope, a question, signs, racists, a sentence that goes on, no group
    as the subject, no plot, counter-speech."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd be okay with Muslims if they weren't such massive scumbags.",
        "I'd have no problem with immigrants if they weren't criminals.",
        "I would be fine with gays if they were not so disgusting.",
        "Never trust anything a Muslim tells you.",
        "You can't believe a word an immigrant tells you.",
        "Don't trust anything coming from a woman.",
        "There is nothing in the world I like less than a black person.",
        "There's nothing I hate more than immigrants.",
        "I don't see any difference between rats and Muslims.",
        "There's no difference between immigrants and rats.",
        "I'd rather have cancer than be anywhere near a trans person.",
        "I would rather die than live next to immigrants.",
        "If I woke up as a Muslim, I would kill myself.",
        "If I were a woman I would kill myself.",
        "I would never eat food that has been touched by a disabled person.",
        "I won't shake hands with a gay person.",
    ],
)
def test_implicit_derogation_is_hate(text: str) -> None:
    """Disliked in a counterfactual, never to be trusted, liked least, no different from
    vermin, worse than a disease's company or the writer's death, a soiling touch."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd be okay with immigrants if they weren't treated like criminals.",
        "Never trust anything a stranger tells you.",
        "Never trust anything coming from the mayor's office.",
        "There is nothing I love more than Mexicans.",
        "There's no difference between immigrants and citizens.",
        "I'd rather die than see refugees suffer.",
        "I'd rather die than vote for her.",
        "If I were a woman I would vote for her.",
        "I'd kill myself if I were a refugee in that camp.",
        "I would never eat food touched by a stranger.",
        "I will not shake hands with the mayor.",
    ],
)
def test_the_same_shapes_of_no_group_or_no_derogation_are_no_hate(text: str) -> None:
    """Prejudice complained of, strangers and offices, love, equality, harm refused to a
    group, a vote, the hardship of a camp, strangers' food, the mayor."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Of course they are stupid. They are women after all.",
        "They are all complete assholes. Needless to say they are Muslims.",
        "They can't drive. They're women after all.",
        "They are disgusting. They are gay people.",
    ],
)
def test_a_group_named_after_what_was_said_of_them_is_hate(text: str) -> None:
    """A sentence that only says who "they" are names the group of the sentence before."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "They are wonderful. They are immigrants after all.",
        "Of course they are tired. They are immigrants after all.",
        "They are not criminals. They are Muslims after all.",
        "Stop calling them animals. They are refugees after all.",
        "They are stupid. They are Republicans after all.",
        "They are stupid. They are immigrants who work hard.",
    ],
)
def test_praise_denial_counter_speech_a_party_or_a_sentence_that_goes_on_is_no_hate(
    text: str,
) -> None:
    """Nothing hateful before; a negation; counter-speech; a party; a naming that goes on."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "These Somalis are nothing but trouble.",
        "The Chinese are all spies.",
        "Wherever Muslims go, terrorism follows.",
        "Everywhere immigrants settle, crime rises.",
        "It's always the blacks causing trouble downtown.",
        "Muslims worship a pedophile.",
        "Deport every last one of them.",
        "Burn down their mosques.",
        "Let's burn all the synagogues!",
        "We should bomb Mecca.",
    ],
)
def test_trouble_spies_crime_following_a_group_and_its_houses_of_worship(text: str) -> None:
    """Trouble and spying as a group's nature, crime said to follow it, a cleft without
    "who", its prophet called a pedophile, all of them deported, violence called for against
    its houses of worship."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wherever immigrants go, prosperity follows.",
        "It's always the kids causing trouble downtown.",
        "Someone tried to burn down the mosque.",
        "Don't burn the church.",
        "Close all the churches during the pandemic.",
    ],
)
def test_prosperity_kids_a_crime_reported_a_negation_or_a_closure_is_no_hate(text: str) -> None:
    """No crime; no group; an arson reported; a negation; a public-health closure."""
    assert_free(text)


def _one_word(kind: str) -> list[str]:
    return sorted(term for term, listed, *_ in read_table("protected_groups.tsv") if listed == kind)


# Every protected people a modifier names ("Muslim", "white", "Christian", "gay"), majorities
# included; "illegal" and "undocumented" name a status, not a people, and are left out of the
# immigration frame on purpose (see test_a_policy_reported_the_law_or_no_people_is_no_exclusion).
MODIFIERS = [m for m in _one_word("modifier") if " " not in m]
PEOPLES = [m for m in MODIFIERS if m not in ("illegal", "undocumented")]
GROUPS = [g for g in _one_word("group") if " " not in g]


@given(
    template=st.sampled_from(
        [
            "{} culture is barbaric.",
            "{} values are destroying our country.",
            "That's the typical {} mentality.",
            "The {} cancer is spreading.",
            "Stop all {} immigration.",
            "{} genocide is our only hope.",
            "{} culture is rich.",
            "Saying {} culture is violent is bigoted.",
        ]
    ),
    first=st.sampled_from(PEOPLES),
    second=st.sampled_from(PEOPLES),
)
def test_the_culture_and_blight_frames_count_alike_for_every_people(
    template: str, first: str, second: str
) -> None:
    """Viewpoint neutrality: swapping one people's name for another changes no verdict."""
    one = evaluator().evaluate(template.format(first.capitalize()))
    other = evaluator().evaluate(template.format(second.capitalize()))
    assert one.decision is other.decision
    assert bool(evidence(template.format(first), "group_hate")) == bool(
        evidence(template.format(second), "group_hate")
    )


@given(
    template=st.sampled_from(
        [
            "{} are smarter than {}.",
            "{} are more evolved than {}.",
            "{} are superior to {}.",
            "{} have higher IQs than {}.",
            "{} aren't people, so it's fine.",
            "Stop letting {} in!",
            "{} did 9/11.",
            "{} should be ashamed of themselves.",
            "{} will never blend in.",
            "Wherever {} go, terrorism follows.",
            "I'd rather die than live next to {}.",
            "Of course they are stupid. They are {} after all.",
            "There's nothing I hate more than {}.",
            "Letting {} into this country is suicide.",
            "{} are taller than {}.",
            "I don't think {} are smarter than {}.",
        ]
    ),
    first=st.sampled_from(GROUPS),
    second=st.sampled_from(GROUPS),
)
def test_the_ranking_and_entry_frames_count_alike_for_every_group(
    template: str, first: str, second: str
) -> None:
    """Viewpoint neutrality: whichever group is ranked above and whichever below, and
    whichever is kept out, the verdict is the same."""
    texts = [template.format(a.capitalize(), b) for a, b in ((first, second), (second, first))]
    verdicts = [evaluator().evaluate(text) for text in texts]
    assert verdicts[0].decision is verdicts[1].decision
    assert bool(evidence(texts[0], "group_hate")) == bool(evidence(texts[1], "group_hate"))


@pytest.mark.parametrize("name", sorted(protected_classes()))
def test_the_reader_builds_for_each_class_alone(name: str) -> None:
    """A city that protects one class only, whose words name no single member ("age"), still
    gets a reader: every frame that reads a group's word by its set reads the class's groups."""
    reader = HateReader.build(slurs=frozenset(), classes=frozenset({name}))
    assert reader.standing


def test_a_citys_own_class_reads_the_new_frames() -> None:
    """A class given only by a city's own words reads the culture and entry frames too."""
    reader = HateReader.build(
        slurs=frozenset(),
        classes=frozenset({"ethnicity"}),
        added=frozenset({("roma", "ethnicity")}),
    )
    assert reader.read(normalize("Stop letting Roma in!")).hits
    assert reader.read(normalize("Roma culture is barbaric.")).hits
    assert not reader.read(normalize("Roma culture is rich.")).hits
