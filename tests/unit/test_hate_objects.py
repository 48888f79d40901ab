"""A protected group read as the object of what is done to it, a civic right denied to it, and
a group carried by a pronoun (hate, the fourteenth session; Kankakee § V.2.4, issue 9).

The group is the object after a verb or after "to" or "from": a home, a sale or a job refused to
it ("don't rent to Mexicans", "I'd never give a job to a Muslim", "nobody should sell to those
people" after the group was named), the group kept away or banned ("keep gays away from our
kids", "ban Muslims from the park"). A right of a citizen denied to a group ("No Muslim should
ever vote", "Jews shouldn't be allowed to run for office", "Muslims should never be elected").
A pronoun ("they", "those people", "them people") carries a group named in the sentence before.

Beside them, the near-misses that stay free: a report of someone else's refusal, a refusal with
no group or for a line the law draws (age, "illegal"), counter-speech, a question, the writer's
own identity ("as a gay man I ..."), what others do to a group ("the police treat Mexicans like
animals"), criticism of a religion's institutions and of officials, and statistics. A negator
negates whichever spelling the phrase file names. Every finding is JUDGMENT: review, never
removal; every group alike.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import assert_free, assert_hate, assert_hate_in_city

OBJECTS = (
    "don't rent to Mexicans",
    "DONT RENT TO MUSLIMS!!",
    "never sell your house to a Muslim",
    "nobody should rent to gays",
    "No one should sell to Jews.",
    "landlords should not rent to Black people",
    "I'd never give a job to a Muslim",
    "i would never give a job to a mexican lol",
    "we should never give jobs to Jews",
    "Somalis bought the lot on 5th. Nobody should sell to those people.",
    "keep gays away from our kids",
    "ban Muslims from the park",
    "dont hire mexicans",
    "do not hire any muslims",
    "Nobody should hire a Muslim",
    "no one in their right mind would rent to a Muslim",
    "stop renting to blacks",
    "quit selling houses to Muslims",
    "landlords need to stop renting to immigrants",
    "stop giving jobs to Mexicans",
    "Muslims moved into the old Smith place. Keep them away from our kids.",
)

OBJECT_NEAR_MISSES = (
    "the landlord refused to rent to Black people",
    "don't rent to people with bad credit",
    "it's illegal to refuse to rent to Mexicans",
    "they told me not to rent to Muslims, which is discrimination",
    "don't sell to minors",
    "never give a job to a teenager without references",
    "don't sell your house to a flipper",
    "nobody should sell to those people",
    "I would never rent to a smoker",
    "never sell your car to a dealer",
    "we should give more jobs to women in the fire department",
    "Don't rent to Mexicans? That's discrimination.",
    "don't hire illegal immigrants",
    "stop renting to people who trash the place",
    "the city should stop giving contracts to Garcia's company",
    "keep them away from our kids, those dogs bite",
    "don't hire a contractor who isn't licensed",
    "we should not stop renting to immigrants",
)

CIVIC_RIGHTS = (
    "No Muslim should ever vote",
    "no muslim should ever be elected",
    "Jews shouldn't be allowed to run for office",
    "Muslims should never be elected to anything",
    "no gay man should ever be elected to the council",
    "Women should not vote.",
    "Catholics should never vote, period",
)

CIVIC_NEAR_MISSES = (
    "no felon should ever vote",
    "no teenager should ever vote",
    "women were not allowed to vote until 1920",
    "Garcia should never be elected",
    "no Muslim should ever vote for a candidate who hates them",
    "Why should Muslims not be allowed to vote?",
    "no immigrant should ever vote before they are citizens",
    "women should not vote for Garcia",
    "no one should ever be elected without a runoff",
    "Whoever believes women can't vote is living in the past.",
    "The muslims's vote.",
)

CARRIED = (
    "The Somalis moved in downtown. Those people are filth.",
    "Saw a bunch of Mexicans at the park. They ruin everything.",
    "The Muslims moved in on Oak St. They are animals.",
    "Immigrants keep coming. Them people are nothing but leeches.",
    "they should all go back to africa",
    "They need to go back to Mexico where they belong.",
    "Muslims treat their women like dogs",
    "these people need to go back to there country",
    "jews will not replace us",
    "You will not replace us!",
    "we need less blacks in this town",
    "this town needs fewer Muslims",
    "the problem is the blacks",
    "the problem with this town is all the Mexicans",
    "its always the muslims",
    "Many Muslims support killing gays, apostates and women.",
    "Another violent and aggressive immigrant killing an innocent citizen.",
)

BROAD_NEAR_MISSES = (
    "as a gay man I think the parade route is dumb",
    "As a Black woman, I find this council useless.",
    "the police treat Mexicans like animals",
    "the school board treats our Muslim kids like criminals",
    "Islam as an institution has a terrible record on women's rights",
    "Islam treats women like dogs",
    "Muslims are treated like dogs in that country",
    "another aggressive man killing his neighbor",
    "we need fewer immigrants",
    "we need fewer cars downtown",
    "robots will not replace us",
    "go back there and get the forms",
    "the problem is the council",
    "the problem is the Mexicans don't have a bus line",
    "its always the same potholes on Court St",
    "saying Muslims are terrorists is bigotry",
    "my uncle says Mexicans are lazy, which is ridiculous",
    "Black residents are 3 times more likely to be stopped by police",
    "The Somalis moved in downtown. They are great neighbors.",
    "the council are a bunch of clowns",
    "Republicans are hypocrites",
    "the mayor should go back to Chicago where he came from politically",
    "I want to go back to Mexico next summer",
)


@pytest.mark.parametrize("text", OBJECTS + CIVIC_RIGHTS + CARRIED)
def test_a_group_as_object_a_right_denied_or_a_carried_group_is_hate(text: str) -> None:
    """Each phrasing is read as hate aimed at the group and sent to review."""
    assert_hate(text)


@pytest.mark.parametrize("text", OBJECT_NEAR_MISSES + CIVIC_NEAR_MISSES + BROAD_NEAR_MISSES)
def test_near_misses_stay_free(text: str) -> None:
    """Reports, lines of law, counter-speech, questions, the writer's own identity, others'
    treatment, institutions and officials are no hate speech."""
    assert_free(text)


# Groups of every class but age, majorities as well as minorities; for the vote, one member of a
# class the law draws no line of citizenship by (race, religion, gender, sexual orientation).
PLURALS = ("Mexicans", "Muslims", "Jews", "gays", "Christians", "whites", "women", "Sikhs")
MEMBERS = ("Muslim", "Jew", "Christian", "gay man", "white man", "Black man", "woman", "Sikh")


@pytest.mark.parametrize(("plural", "member"), list(zip(PLURALS, MEMBERS, strict=True)))
def test_every_group_alike(plural: str, member: str) -> None:
    """The object and civic frames count for majorities as for minorities (no viewpoint)."""
    assert_hate(f"don't rent to {plural}")
    assert_hate(f"No {member} should ever vote")


@pytest.mark.parametrize("city", ["marseilles", "montgomery-county-oh"])
@pytest.mark.parametrize(
    ("text", "hateful"),
    [("don't rent to Mexicans", True), ("don't rent to people with bad credit", False)],
)
def test_other_cities_read_the_object_family(city: str, text: str, hateful: bool) -> None:
    """The family is data of the shared hate patterns: every bundled city cites its own clause."""
    assert_hate_in_city(city, text, hateful)


def test_frames_negate_whichever_spelling_the_phrase_file_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A contraction that ``hate.phrases`` names is read as its words ("do not", as
    :func:`~municipal_social_policy.detectors.phrases.as_read` spells it), so the frames' own
    negators (the doubt of "I don't think ...", a negator before a self-contained frame) hold
    whatever a file names; before, naming "don't" once made "I don't think Muslims are
    criminals" a frame."""
    from municipal_social_policy.detectors import hate_speech
    from municipal_social_policy.detectors.lexicon import read_data as shipped

    def naming_dont(name: str) -> str:
        text = shipped(name)
        added = "\n[about expulsion]\ndon't ~1 hire <group!age>\n"
        return text + added if name == "hate.phrases" else text

    monkeypatch.setattr(hate_speech, "read_data", naming_dont)
    reader = hate_speech.HateReader._build(frozenset(), frozenset(), None)
    assert "don't" not in reader.spelling.known  # the file names it as "do not"
    assert reader.read(msp.normalize("I don't hire Muslims")).hits  # the new pattern reads it
    for text in (
        "I don't think Muslims are criminals.",
        "I don't believe immigrants are criminals",
        "we don't want to send them back where they came from",
    ):
        assert not reader.read(msp.normalize(text)).hits, text
    for text in ("Muslims are criminals.", "send them back where they came from"):
        assert reader.read(msp.normalize(text)).hits, text


def test_the_hate_reader_reads_every_contraction_as_its_words() -> None:
    """A contraction a phrase file names was read as written by the whole file (the word-set
    trap): "don't" named once made the [terms] run "do not like" miss "I just don't like
    Homosexuals raising kids". The files' words are now spelled as the reading spells them, so
    the reader knows no spelling that the reading spells out."""
    from municipal_social_policy.detectors import hate_speech
    from municipal_social_policy.reading import spell_out

    reader = hate_speech.HateReader._build(frozenset(), frozenset(), None)
    as_written = {word for word in reader.spelling.known if spell_out(word) not in (None, (word,))}
    assert as_written == set()
    hits = reader.read(msp.normalize("I just don't like Homosexuals raising kids")).hits
    assert [hit.kind for hit in hits] == ["emotion"]
