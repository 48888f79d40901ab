"""Sexual content and links to it (Marseilles Code § 39.52(D)), a detector apart from profanity.

Terms are JUDGMENT evidence; a link to an adult site, written as a link, is MECHANICAL; clinical,
legal and educational words are never evidence.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given

import municipal_social_policy as msp
from municipal_social_policy import testing
from municipal_social_policy.detectors import BUILTIN_DETECTORS, Detector

MECHANICAL, JUDGMENT = msp.Strength.MECHANICAL, msp.Strength.JUDGMENT


@cache
def marseilles() -> msp.Evaluator:
    """An evaluator for the bundled Marseilles ordinance, compiled once."""
    return msp.Evaluator(msp.load("marseilles"))


def detector(words: tuple[str, ...] = (), allowed: tuple[str, ...] = ()) -> Detector:
    """The sexual-content detector, with ``words`` or ``allowed`` if given."""
    config = msp.DetectorConfig("sexual_content", words=words, allowed=allowed)
    return BUILTIN_DETECTORS["sexual_content"](config)


def trigger_of(found: Detector) -> msp.Trigger:
    """The detector's trigger, which it must have."""
    trigger = getattr(found, "trigger", None)
    assert isinstance(trigger, msp.Trigger)
    return trigger


def signals(text: str, found: Detector | None = None) -> list[tuple[str, msp.Strength]]:
    """(evidence text, strength) of every signal in ``text``."""
    comment = msp.Comment(text)
    return [
        (text[s.start : s.end], s.strength)
        for s in (found or detector())(msp.normalize(text), comment)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Free breast cancer screening at the health department on Tuesday",
        "The school board approved the sex education program for next fall",
        "April is sexual assault awareness month; the shelter's hotline is open all night",
        "Check the sex offender registry before the park opens",
        "Congratulations to the first same-sex couple married at City Hall",
        "The funeral had a police escort down Main Street",
        "Another vape shop in the strip mall on Route 6?",
        "How much is a sewer hookup in the new subdivision?",
        "Adult education classes start Monday at the library",
        "The library should filter porn on the public computers",
        "Call xxx-xxx-xxxx for the permit office",
        "Breastfeeding mothers are welcome in every city building",
    ],
)
def test_civic_medical_and_educational_text_is_never_evidence(text: str) -> None:
    """Clinical, legal, educational and policy words find nothing, and Marseilles allows them."""
    assert signals(text) == []
    assert marseilles().evaluate(text).decision is msp.Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Check out my sex tape, link in bio", "my sex tape"),
        ("hot singles in LaSalle County want to meet you", "hot singles"),
        ("send nud3s", "send nud3s"),
        ("Watch free p0rn videos tonight", "p0rn videos"),
        ("Check out my blowjob videos", "blowjob"),
    ],
)
def test_sexual_terms_are_judgment_however_disguised(text: str, evidence: str) -> None:
    """A term that offers or describes the material is evidence a person weighs."""
    found = signals(text)
    assert (evidence, JUDGMENT) in found
    assert {strength for _, strength in found} == {JUDGMENT}


def test_a_censored_expletive_is_not_read_as_a_sexual_term() -> None:
    """A mask fits any term of its length: with most letters hidden it proves nothing."""
    assert signals("another b******* story from the mayor") == []
    assert signals("check my bl*wjob pics") == [("bl*wjob", JUDGMENT)]


def test_links_to_adult_sites() -> None:
    """Written as a link (scheme, www., a path) a link to an adult site is mechanical; the bare
    name of the site, which news mentions, and a subscription site are judgment."""
    link = "https://www.pornhub.com/view_video.php?viewkey=ph5f"
    assert signals(f"watch this {link}") == [(link, MECHANICAL)]
    assert signals("xhamster.com/videos/abc") == [("xhamster.com/videos/abc", MECHANICAL)]
    assert signals("see http://hot.xxx now") == [("http://hot.xxx", MECHANICAL)]
    assert signals("Texas blocked pornhub.com this week") == [("pornhub.com", JUDGMENT)]
    assert signals("my page onlyfans.com/jane") == [("onlyfans.com/jane", JUDGMENT)]
    assert signals("the permit form is at https://www.marseilles-il.gov/permits") == []


def test_a_city_adds_and_allows_terms_and_sites() -> None:
    """``words`` adds terms, or with a dot adult sites; ``allowed`` drops either."""
    tuned = detector(words=("spicy pics", "adult-example.com"), allowed=("hot singles",))
    assert signals("spicy pics here", tuned) == [("spicy pics", JUDGMENT)]
    assert signals("https://adult-example.com/x", tuned) == [
        ("https://adult-example.com/x", MECHANICAL)
    ]
    assert signals("hot singles nearby", tuned) == []
    unlisted = detector(allowed=("onlyfans.com",))
    assert signals("my page onlyfans.com/jane", unlisted) == []


def test_marseilles_cites_subsection_d_apart_from_profanity_and_kankakee_v_2_5() -> None:
    """A link to an adult site is removed under (D) alone; an explicit listed term is profane
    under (B), removable there, and sexual content under (D), reviewed."""
    link = marseilles().evaluate("Hot girls: https://www.xvideos.com/video12345/clip")
    assert link.decision is msp.Decision.REMOVE
    assert [f.clause.id for f in link.findings] == ["39.52(D)"]
    term = marseilles().evaluate("send nudes")
    assert term.decision is msp.Decision.REVIEW
    assert [f.clause.id for f in term.findings] == ["39.52(D)"]
    # Kankakee's § V.2.5 names "sexual or pornographic content" in the profanity clause itself.
    kankakee = msp.evaluate(msp.load("kankakee"), "send nudes")
    assert {(f.clause.id, e.detector) for f in kankakee.findings for e in f.evidence} == {
        ("V.2.5", "sexual_content")
    }


@given(comment=testing.trigger_soundness_comments())
def test_the_trigger_is_sound(comment: msp.Comment) -> None:
    """The detector signals nothing where its trigger fails."""
    testing.assert_trigger_sound(detector(words=("spicy pics", "adult-example.com")), comment)


@pytest.mark.parametrize(
    "text",
    [
        "watch https://es.pornhub.com/view_video.php?viewkey=ph5f",
        "WWW.XVIDEOS.COM/video1 tonight",
        "it's'pornhub.com's best",
        "see http://hot.xxx now",
        "my page: onlyfans . com/jane",
        "https://adult-example.com/x",
    ],
)
def test_every_link_to_a_listed_site_holds_the_trigger(text: str) -> None:
    """The link part of the trigger needs a word of a listed site or domain, and each way of
    writing the link keeps it among the text's plain words."""
    tuned = detector(words=("adult-example.com",))
    assert signals(text, tuned), text
    assert trigger_of(tuned).holds(msp.normalize(text))
    testing.assert_trigger_sound(tuned, text)


def test_links_to_other_sites_do_not_call_the_detector() -> None:
    """A link to a site of no list holds no part of the trigger: most links are civic."""
    tuned = detector(words=("adult-example.com",))
    for text in ("the form is at https://www.kankakee.gov/permits", "see example.com/news"):
        assert not trigger_of(tuned).holds(msp.normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "The museum's nudes are classical sculpture, not pornography.",
        "Her sex tape was in the news years ago; that has nothing to do with the levy.",
        "Removal of images of nudes from the article is censorship.",
    ],
)
def test_naming_nudes_or_a_sex_tape_is_not_offering_them(text: str) -> None:
    assert signals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bored housewife, discreet fun only, no strings",
        "Incall and outcall, ask for Bree",
        "Selling worn panties and feet pics, DM",
        "Check out my OnlyFans, new content every day",
        "Sugar daddy looking for a young thing, generous allowance",
        "So horny tonight, message me for a good time",
        "Anyone wanna hook up after the fireworks?",
        "I'd love to bend you over the counter",
    ],
)
def test_offers_and_solicitations_of_sex_are_judgment(text: str) -> None:
    """Issue 9: offers of sex and of sexual material, and sexual harassment, as phrases."""
    assert signals(text)
    assert all(strength is msp.Strength.JUDGMENT for _, strength in signals(text))


@pytest.mark.parametrize(
    "text",
    [
        "Call me for a good time to meet about the petition",
        "The sewer hook up tonight went fine",
        "Are you looking to hook up the new water line?",
        "The police escort services for funerals are great",
        "The developer treats the council like a sugar daddy",
    ],
)
def test_the_same_words_in_civic_business_are_not_evidence(text: str) -> None:
    """A meeting's good time, a sewer's hookup, a police escort, a figure of speech."""
    assert signals(text) == []
