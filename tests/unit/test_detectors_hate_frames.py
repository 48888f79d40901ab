"""Stereotype, conspiracy and expulsion frames without a slur (Kankakee § V.2.4, issue 9).

A protected group as the subject of a frame of control, criminality, disease, inferiority,
replacement or blame, and the self-contained expulsion frames, are JUDGMENT evidence of the
``group_hate`` detector: REVIEW, never REMOVE. Negation, counter-speech, reports, partitives and
criticism of governments are not findings; every frame counts alike for every protected group.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence
from municipal_social_policy.detectors._hate_frames import FAMILIES
from municipal_social_policy.detectors.hate_speech import HateReader
from municipal_social_policy.detectors.lexicon import read_table, read_word_list
from municipal_social_policy.detectors.phrases import read_phrases
from municipal_social_policy.text import normalize


@cache
def reader() -> HateReader:
    """The hate reader for every protected class, without slurs."""
    return HateReader.build(slurs=frozenset())


def families(text: str) -> set[str]:
    """The kinds of the hits the hate reader finds in ``text``."""
    return {hit.kind for hit in reader().read(normalize(text)).hits}


def assert_reviewed_frame(text: str, family: str) -> None:
    """``text`` reads a frame of ``family``, is group_hate evidence, and goes to review."""
    assert family in families(text)
    assert evidence(text, "group_hate")
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Asians control the media.", "control"),
        ("Jews run the banks and Hollywood.", "control"),
        ("Catholics secretly run the government.", "control"),
        ("Immigrants are all criminals.", "criminality"),
        ("Gays are pedophiles.", "criminality"),
        ("Every refugee is a potential terrorist.", "criminality"),
        ("Mexicans bring crime and drugs.", "criminality"),
        ("Haitians carry diseases.", "disease"),
        ("Gypsies are dirty.", "disease"),
        ("Women are too emotional to lead.", "inferiority"),
        ("Blacks are genetically inferior.", "inferiority"),
        ("Muslims are invading Europe.", "replacement"),
        ("They're breeding to replace us.", "replacement"),
        ("Mexicans are taking our jobs.", "replacement"),
        ("Immigrants are the problem.", "blame"),
        ("Black people are the reason crime is up on the east side.", "criminality"),
        ("Immigrants are responsible for most of the crime here.", "criminality"),
        ("Women are only good for cooking.", "inferiority"),
        ("No more Muslims allowed!", "expulsion"),
        ("Women belong in the kitchen.", "expulsion"),
        ("Send them all back where they came from.", "expulsion"),
        ("Go back where you came from!", "expulsion"),
        ("Jews control the media and the banks.", "control"),
        ("Deport them all.", "expulsion"),
        ("Refugees keep coming. They are criminals.", "criminality"),
    ],
)
def test_each_frame_family_is_reviewed(text: str, family: str) -> None:
    """Each family of frames is read, as JUDGMENT evidence that goes to REVIEW."""
    assert family in families(text)
    verdict = evaluator().evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW
    found = evidence(text, "group_hate")
    assert found
    assert all(text[e.start : e.end] == e.text for e in found)
    (finding,) = [f for f in verdict.findings if f.clause.id == "V.2.4"]
    assert finding.strength is msp.Strength.JUDGMENT


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are not criminals.",
        "Jews don't control the media.",
        "Women are no less capable of leading than men.",
        "I don't think women are too emotional to lead.",
        "It is not true that immigrants bring crime.",
        "Saying that Jews control the media is antisemitic.",
        "He claimed immigrants are criminals, which is false.",
        "The idea that Muslims are terrorists is a myth.",
        "Some immigrants are criminals, like some people of every origin.",
        "Not all Muslims think alike.",
        "Crimes against immigrants are rising.",
        "The children of immigrants are the future of this city.",
        "Immigrants run small businesses all along Court Street.",
        "Women should run the government.",
        "There are no more black people on the school board since the election.",
        "Immigrants are welcome here.",
        "Immigrants are not taking our jobs.",
        "We should not send them back where they came from.",
        "Immigrants are responsible for the new jobs downtown.",
        "Women are the reason I moved here.",
        "Why are they so afraid of immigrants? They control all branches of government!",
        "Catholics run the food bank on Court Street.",
        "Immigrants are responsible for crime prevention programs.",
        "Send the forms back where they came from.",
    ],
)
def test_negation_counter_speech_reports_and_partitives_are_not_frames(text: str) -> None:
    """What the text denies, reports or rejects, or says of some members only, is no finding."""
    assert families(text).isdisjoint(FAMILIES)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese government controls the media.",
        "The city council controls the budget.",
        "The mayor and the aldermen are criminals for raising the water rates.",
        "The police department is the problem.",
        "Congress is run by crooks.",
        "Deport the tax assessor back to Springfield, I say.",
    ],
)
def test_criticism_of_governments_officials_and_policies_is_never_hate(text: str) -> None:
    """Governments, officials and policies are no protected group (Ord. 2019-70 § I.3)."""
    assert evidence(text, "group_hate") == []


@pytest.mark.parametrize(
    "text", ["Do Jews control the media?", "Are immigrants really all criminals?"]
)
def test_a_question_may_go_to_review_but_is_never_removed(text: str) -> None:
    """A question in good faith is at most a JUDGMENT finding: a person decides, never REMOVE."""
    verdict = evaluator().evaluate(text)
    assert verdict.decision is not msp.Decision.REMOVE
    assert all(f.strength is msp.Strength.JUDGMENT for f in verdict.findings)


def _one_word(kind: str) -> list[str]:
    return sorted(
        {term for term, listed, *_ in read_table("protected_groups.tsv") if listed == kind}
        - {term for term, listed, *_ in read_table("protected_groups.tsv") if " " in term}
    )


# Groups by a word of their own ("Muslims") and by a modifier before "people" ("trans people").
GROUPS = [
    *(g for g in _one_word("group") if " " not in g),
    *(f"{m} people" for m in _one_word("modifier") if " " not in m),
]
TEMPLATES = [
    "{} control the media.",
    "{} are all criminals and drug dealers.",
    "{} are too emotional to lead.",
    "{} are dirty and carry diseases.",
    "{} are breeding to replace us.",
    "{} are the problem.",
    "No more {}!",
    "I know many {}. Send them all back where they came from.",
    "{} are not criminals.",
    "{} are welcome here.",
    "Saying that {} control the media is a lie.",
    "I don't think {} are too emotional to lead.",
    "{} run small businesses downtown.",
    "Crimes against {} are rising.",
    "The city should hire more {}.",
]


@given(
    template=st.sampled_from(TEMPLATES),
    first=st.sampled_from(GROUPS),
    second=st.sampled_from(GROUPS),
)
def test_every_frame_counts_alike_for_every_protected_group(
    template: str, first: str, second: str
) -> None:
    """Viewpoint neutrality: swapping one protected group for another changes no verdict."""
    one = evaluator().evaluate(template.format(first.capitalize()))
    other = evaluator().evaluate(template.format(second.capitalize()))
    assert one.decision is other.decision
    assert [f.clause.id for f in one.findings] == [f.clause.id for f in other.findings]
    assert bool(evidence(template.format(first), "group_hate")) == bool(
        evidence(template.format(second), "group_hate")
    )


@given(
    group=st.sampled_from(GROUPS),
    frame=st.sampled_from(
        [
            term
            for term, set_name in read_table("hate_frames.tsv")
            if set_name.endswith(("_predicates", "_verbs"))
        ]
    ),
    copula=st.sampled_from(["are", "are all", "are not", ""]),
)
def test_the_gate_admits_every_frame_the_reader_finds(group: str, frame: str, copula: str) -> None:
    """``admits`` never turns away a text in which the reader finds a frame."""
    text = normalize(f"{group} {copula} {frame}.")
    if reader().read(text).hits:
        assert reader().wants(text)
        assert reader().admits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants do not deserve to be tortured like that.",
        "No Muslim deserves to die.",
        "Gay lives are not worth any less than anyone else's.",
        "It's obvious that women are the very opposite of stupid.",
        "Women belong in our government.",
        "You can't seriously believe that all immigrants are stupid.",
        'I will not tolerate posts like "Muslims are absolutely despicable" here.',
    ],
)
def test_protection_double_negatives_and_quoted_hate_are_not_findings(text: str) -> None:
    """A harm denied ("do not deserve to die"), a double negative, a place of honour, a negated
    belief and hate quoted inside the writer's own sentence are no finding."""
    assert evidence(text, "group_hate") == []


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants do not deserve to live.",
        "Gay lives are not worth anything.",
        "Women are stupid.",
        "Muslims are absolutely despicable.",
    ],
)
def test_the_same_words_unprotected_and_unquoted_are_findings(text: str) -> None:
    """The counterparts of the texts above that are hate stay findings: the rules are narrow."""
    assert evidence(text, "group_hate")


def test_the_shipped_frames_name_known_families_slots_and_lists() -> None:
    """Every row of hate_frames.tsv has a known family and slot, and its object list exists;
    each set is read by a pattern of the group [about FAMILY] of hate.phrases."""
    sets = {set_name for _, set_name in read_table("hate_frames.tsv")}
    named = [name.split("_", 2) for name in sets]
    assert {family for family, *_ in named} == set(FAMILIES)
    assert {slot for _, slot, *_ in named} == {
        "predicates",
        "verbs",
        "before",
        "nouns",
        "have",
        "likened",
        "epithets",
    }
    for _, _, *objects in named:
        for listed in objects:
            assert read_word_list("hate_frames.txt", listed), listed
    groups = read_phrases("hate.phrases").groups
    for name in sets:
        family = name.split("_")[0]
        sources = [pattern.source.split() for pattern in groups[f"about {family}"].patterns]
        assert any(f"@{name}" in words for words in sources), name


def test_the_self_contained_frames_are_patterns_of_hate_phrases() -> None:
    """ "back where they came from" and its kin are patterns of hate.phrases, one group per
    family ("most crimes are committed by ..." is one of criminality); the detector judges
    their matches (a negator before, "back" after no one)."""
    standing = reader().standing
    assert {family for _, family in standing} == {
        "expulsion",
        "replacement",
        "criminality",
        "inferiority",
        "disease",
        "control",
        "blame",
    }
    assert families("Send them all back where they came from!") == {"expulsion"}
    assert "control" in families("The Jewish conspiracy controls everything.")
    assert families("They are breeding to replace us.") >= {"replacement"}
    assert not families("We should not send them back where they came from.")
    assert not families("Send the forms back where they came from.")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # Likened to criminals by "resemble" or "look like"
        ("All black guys resemble robbers.", "criminality"),
        ("Immigrants look like terrorists to me.", "criminality"),
        ("Mexicans basically look like thugs.", "criminality"),
        ("Every Muslim resembles a terrorist.", "criminality"),
        ("Mexicans are more prone to crime.", "criminality"),
        ("Haitians are prone to violence.", "criminality"),
        # A group said to lack morals or respect
        ("Muslims have no morals.", "inferiority"),
        ("Gypsies have no ethics.", "inferiority"),
        ("Jews have no loyalty to this country.", "inferiority"),
        ("Immigrants have no respect for our laws.", "inferiority"),
        ("Women lack morals.", "inferiority"),
        # A group confined
        ("Women should stay in the kitchen.", "expulsion"),
        ("Immigrants should be put in camps.", "expulsion"),
        ("Disabled people should be kept in institutions.", "expulsion"),
        ("Muslims should be locked in cages.", "expulsion"),
        ("Women belong back in the kitchen.", "expulsion"),
        # A group said to hate the nation
        ("Muslims hate America.", "blame"),
        ("Immigrants hate this country.", "blame"),
        ("Immigrants despise our country and our freedom.", "blame"),
        ("Muslims hate the West.", "blame"),
        ("Mexicans hate us.", "blame"),
    ],
)
def test_frames_of_issue_9_are_found(text: str, family: str) -> None:
    """Stereotype frames added for issue 9 (likened to criminals, prone to crime, said to lack
    morals, confined to a kitchen or a camp, said to hate the nation) are found in their family
    and reviewed."""
    assert_reviewed_frame(text, family)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants do not look like criminals.",
        "Some immigrants look like my grandparents.",
        "Women look like they are having fun at the parade.",
        "Crimes against immigrants look like a pattern.",
        "Saying immigrants look like criminals is racist.",
        "The suspects look like thieves.",
        "Immigrants have no say in the council vote.",
        "Immigrants have no representation on the board.",
        "Women should be in the boardroom.",
        "Women should not be in the kitchen all day.",
        "Immigrants who break the law should be in jail.",
        "Women should stay in the race for council.",
        "Immigrants do not hate America.",
        "Some immigrants hate the winters here.",
        "People who say Muslims hate America are wrong.",
        "Women hate the new parking rules.",
    ],
)
def test_the_frames_of_issue_9_negated_partitive_or_benign_are_not_findings(text: str) -> None:
    """The same words negated, about some members, as an object, reported as racist, about
    suspects, or with a harmless object (a vote, a boardroom, a race) are not findings."""
    assert not evidence(text, "group_hate")


@pytest.mark.parametrize(
    "text",
    [
        "Kick all the immigrants out.",
        "Throw the Mexicans out of the country.",
        "Kick out the refugees.",
        "We should chase those gypsies out of town.",
        "Let's kick the Muslims out.",
    ],
)
def test_a_group_ordered_out_is_an_expulsion(text: str) -> None:
    """A group ordered out with the verb and its particle apart is the expulsion family (issue
    9), reviewed."""
    assert families(text) >= {"expulsion"}
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "The governor wants to kick immigrants out of the state.",
        "We should not kick the refugees out.",
        "We don't kick refugees out in this town.",
        "I would never throw the Mexicans out.",
        "Get those women out of the kitchen and into the boardroom!",
        'So a restaurant owner puts up a sign saying "No Blacks Allowed" and you are fine?',
        "No women were allowed to vote back then.",
        "No kids allowed in the pool after dark.",
        "Kick the ball out of bounds.",
        "We need to get our seniors out to vote.",
        "The pantry will run out of rice for refugees by Friday.",
    ],
)
def test_a_report_refusal_or_quotation_of_an_order_out_is_not_a_finding(text: str) -> None:
    """News of a policy, a refusal, a quoted sign, history and orders about things are not
    expulsions of a group."""
    assert not evidence(text, "group_hate")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Those thieving gypsies stole my bike.", True),
        ("Those scheming immigrants again.", True),
        ("You lousy Mexicans.", True),
        ("Those lying Jews.", True),
        ("The scheming landlord kept my deposit.", False),
        ("The lying alderman voted for the levy.", False),
        ("Lousy weather kept the immigrants' market closed.", False),
        ("The treacherous Jews run everything.", True),
        ("Cowardly Mexicans, all of them.", True),
        ("You thieving immigrants.", True),
        ("Beware of treacherous Muslims.", True),
        ("Cowardly attacks on Muslims must stop.", False),
        ("The thieving landlord kept my deposit.", False),
        ("Muslim leaders condemned the cowardly attack.", False),
        ("Treacherous ice on Court Street injured two immigrants.", False),
    ],
)
def test_an_epithet_right_before_a_group_is_hate(text: str, found: bool) -> None:
    """ "thieving", "treacherous" and "cowardly" count right before a group's name (issue 9),
    as the other epithets do; before a landlord, an attack or the ice they do not."""
    assert bool(evidence(text, "group_hate")) is found


# Families of issue 9, each in phrasings written for this test (none taken from a data set).
@pytest.mark.parametrize(
    ("text", "family"),
    [
        # A group, or its religion named instead of its members, as a disease or a cult of death
        ("Islam is cancer.", "disease"),
        ("Judaism is poison to the West.", "disease"),
        ("Homosexuality is a mental disorder.", "disease"),
        ("Hinduism is a death cult.", "disease"),
        ("Christianity is a mental disease.", "disease"),
        # A group said to have little worth of mind or morals
        ("Black people have low IQs.", "inferiority"),
        ("Women have smaller brains.", "inferiority"),
        ("Gypsies have bad morals.", "inferiority"),
        ("Refugees have no decency.", "inferiority"),
        # Known for a crime or a vice
        ("Gypsies are known for stealing.", "criminality"),
        ("Mexicans are notorious for shoplifting.", "criminality"),
        ("Jews are known for their greed.", "inferiority"),
        ("Women are famous for being irrational.", "inferiority"),
        # A country, a city or a neighbourhood destroyed or ruined
        ("Muslims have ruined Europe.", "blame"),
        ("Immigrants are wrecking our schools.", "blame"),
        ("Somalis destroyed this neighborhood.", "blame"),
        ("Refugees keep coming. They are ruining our town.", "blame"),
        # A group excluded by a sign's words, or denied rights
        ("No Muslims allowed in this country.", "expulsion"),
        ("No immigrants welcome here.", "expulsion"),
        ("Human rights should not apply to refugees.", "expulsion"),
        ("Equality must never extend to gay people.", "expulsion"),
        # A group singled out by a cleft, or crimes said to be a group's in the passive
        ("It is always the immigrants who commit the crimes.", "criminality"),
        ("At the end of the day it is Muslims who are doing the killing.", "criminality"),
        ("Most rapes are committed by migrants.", "criminality"),
        ("Almost every attack this year has been carried out by a Muslim.", "criminality"),
        # Habits of vice
        ("Muslims always lie.", "inferiority"),
        ("Refugees keep coming. They always lie and steal.", "criminality"),
        ("Single mothers live off welfare.", "inferiority"),
        ("Mexicans sponge off the taxpayer.", "inferiority"),
        # An intensifier between the copula and the frame
        ("Immigrants are extremely dangerous.", "criminality"),
        ("Disabled people are fucking scary.", "criminality"),
    ],
)
def test_the_families_of_issue_9_are_found(text: str, family: str) -> None:
    """The frames added for Civil Comments' missed identity attacks, in our own phrasings: a
    religion as a disease, worth of mind or morals denied, known for a crime or a vice, a place
    destroyed, a sign's exclusion, rights denied, a cleft, the passive, habits of vice; all
    reviewed."""
    assert_reviewed_frame(text, family)


@pytest.mark.parametrize(
    "text",
    [
        # Religion criticised, or the words about a thing
        "Islam is incompatible with secular law, in my view.",
        "Islam is a religion of peace.",
        "Religion is poison.",
        "The Catholic Church is a cancer on society.",
        "Many women are cancer survivors.",
        "Homosexuality is not a mental disorder.",
        "Homosexuality was classified as a mental disorder until 1973.",
        # Health and means, not worth
        "Seniors have poor eyesight.",
        "Immigrants have low wages.",
        "Refugees have poor access to transit.",
        "Teenagers have poor sleep habits.",
        "Christians have strong values.",
        "Immigrants do not have low IQs.",
        # Known for something good
        "Mexicans are known for their food.",
        "Immigrants are known for starting small businesses.",
        "Women are famous for their contributions to science.",
        # A place built, or ruined by no protected group
        "Immigrants have rebuilt this town.",
        "Developers are destroying our neighborhoods.",
        "The flood destroyed immigrant neighborhoods.",
        "Immigrants are not destroying our country.",
        "I don't think immigrants are ruining our schools.",
        "Some immigrants have destroyed property, as some people of every origin.",
        # A rule stated, a description, a claim of law
        "No immigrants allowed to vote in city elections.",
        "No women were allowed to vote back then.",
        "There are no Muslims allowed in that club.",
        "Human rights apply to immigrants too.",
        "Nobody says human rights should not apply to immigrants.",
        # A cleft of a good deed or a victim, a crime against a group, one crime reported
        "It is immigrants who are the victims of most crimes here.",
        "It was immigrants who reported the robbery to police.",
        "Most crimes against Muslims are committed by strangers.",
        "Not every crime is committed by immigrants.",
        "The attack was committed by a Muslim.",
        "It's a myth that most crimes are committed by immigrants.",
        "Muslims are very welcome here.",
        # Habits denied, of some members, of no protected group, or no vice
        "Muslims never lie.",
        "Immigrants do not live off welfare.",
        "Some refugees live off welfare in their first year.",
        "Politicians always lie.",
        "Immigrants lie low at first.",
        "Seniors live on social security.",
    ],
)
def test_the_families_of_issue_9_spare_criticism_health_good_deeds_and_reports(
    text: str,
) -> None:
    """The near misses: a religion criticised without a dehumanising frame, an institution,
    health and means, a group known for good, a place ruined by no protected group, a rule or
    a description, a victim, one crime reported, a myth named; none is a finding."""
    assert not evidence(text, "group_hate")


# Families of Civil Comments' missed identity attacks (issue 9), each in phrasings written for
# this test: a group likened to a blight with words between, harm said to be a group's habit
# with its victims, a crime as the insult of a group, a group sent back to chores, and a claim
# announced with "say it".
@pytest.mark.parametrize(
    ("text", "family"),
    [
        # Likened to a blight, words between
        ("Mexicans are like an ever spreading cancer.", "disease"),
        ("Immigrants are just like a slow tumour in our towns.", "disease"),
        ("Jews are no better than vermin.", "disease"),
        ("All Mexicans spread like a disease through our towns.", "disease"),
        ("Refugees multiply like rats.", "disease"),
        # Harm as a group's habit, with victims
        ("Muslims kill innocent people.", "criminality"),
        ("Immigrants rob and kill our people.", "criminality"),
        ("Blacks kill innocent children every day.", "criminality"),
        ("Gays attack our kids.", "criminality"),
        ("We keep letting the refugees kill, rape and plunder us.", "criminality"),
        # A crime as the insult of a group
        ("Those darn raping Muslims.", "criminality"),
        ("These murdering immigrants have to go.", "criminality"),
        ("You looting Somalis.", "criminality"),
        # Sent back to chores, confined to them
        ("Get those women back doing laundry.", "expulsion"),
        ("Send the women back to the kitchen.", "expulsion"),
        ("Put the women back to the stove.", "expulsion"),
        ("Women should stick to housework.", "expulsion"),
    ],
)
def test_the_families_of_the_missed_identity_attacks_are_found(text: str, family: str) -> None:
    """Each family is read, as JUDGMENT evidence that goes to REVIEW."""
    assert family in families(text)
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # Likened to something good, negated, reported, or no group likened
        "Women are like a fine wine.",
        "Immigrants are like family to us.",
        "Immigrants are like everyone else, not a cancer.",
        "I don't think Muslims are like a cancer at all.",
        "He said Muslims are like a cancer, which is a disgusting thing to say.",
        "Calling refugees a plague spreading like a virus is hateful rhetoric.",
        "Cancer spreads like wildfire in women over 50.",
        "Cancer survivors are like family to me.",
        # No victim, a report of an event, no protected group as the subject
        "Women kill it on the dance floor.",
        "Muslims killed in the attack were buried today.",
        "Police kill people every year and nobody is charged.",
        "Sharks kill people.",
        "Men attack women every day, say the statistics.",
        # A crime as a verb and its object, not an insult of a group
        "The soldiers were accused of raping Muslim women.",
        "The soldiers were charged with murdering Muslims.",
        "Stop raping women.",
        "Those raping soldiers were never punished.",
        # Back to work or school, a report, or no chore
        "The women went back to the kitchen to get coffee.",
        "Get the women back to work after the strike.",
        "Let's get the kids back to school.",
        "Send the forms back to the office.",
        "Women should stick to the plan.",
        "Immigrants should stick to the law like everyone else.",
        # A group named neutrally
        "Evangelicals gather for the annual conference downtown.",
        "The evangelical community donated food.",
        "Coloureds are an official population group in South Africa.",
        # Reported with "referred to", "described", "labeled"
        "Someone else referred to evangelicals as stupid.",
        "The pamphlet described immigrants as criminals.",
        "Stop labeling immigrants as criminals.",
    ],
)
def test_the_families_of_the_missed_identity_attacks_spare_their_near_misses(text: str) -> None:
    """The near misses: a likeness that is no blight or is denied or reported, a harm with no
    victim or said of no protected group, a crime's verb and its object, work and school, a
    group named neutrally, and words reported; none is a finding."""
    assert not evidence(text, "group_hate")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Let's just say it: immigrants are destroying this country.", True),
        ("I'll say it, Muslims are all terrorists.", True),
        ("Someone has to say it: women are too emotional to lead.", True),
        ("He said it himself: immigrants are criminals.", False),
        ("They say it all the time: immigrants are criminals.", False),
        ("I'll say it again: calling Muslims vermin is vile.", False),
        ("I'll say it: the mayor is incompetent.", False),
    ],
)
def test_a_claim_announced_with_say_it_is_the_writers_own(text: str, found: bool) -> None:
    """ "Let's just say it", "I'll say it", "someone has to say it" announce the writer's own
    claim, which is judged like any other; "he said it", "they say it" report someone else's,
    and a word of counter-speech after it still makes the sentence counter-speech. Criticism
    of an official announced the same way is never a finding."""
    assert bool(evidence(text, "group_hate")) is found
