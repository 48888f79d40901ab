"""Profanity (Kankakee § V.2.5): words used, mentioned, or part of a name.

The clause names the commenter's "profane, obscene, sexual or pornographic content or language".
A word talked about, quoted or reported is not the commenter's own language, so it is judgment
evidence at most (REVIEW); a place's name is no evidence; the clinical name of a sexual act is
judgment evidence. Use of the same words stays a removal.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator
from municipal_social_policy.detectors._mentions import Use, frames


def profanity(text: str) -> msp.Finding | None:
    """The § V.2.5 finding of the verdict on ``text``, if any."""
    found = [f for f in evaluator().evaluate(text).findings if f.clause.id == "V.2.5"]
    return found[0] if found else None


def decision(text: str) -> msp.Decision:
    """The decision on ``text`` under Kankakee."""
    return evaluator().evaluate(text).decision


def assert_cited_for_review(text: str) -> None:
    """``text`` is cited under § V.2.5 as judgment evidence, and not removed."""
    finding = profanity(text)
    assert finding is not None
    assert finding.strength is msp.Strength.JUDGMENT
    assert decision(text) is not msp.Decision.REMOVE


@pytest.mark.parametrize(
    "text",
    [
        'The word "cocksucker" is offensive and should not be used here.',
        "Please stop saying cocksucker in the comments.",
        "He called her a cocksucker at the meeting.",
        "Words like cocksucker have no place on a city page.",
        "'Dogshit' reference: is it really necessary in the article?",
        'Another editor referred to the idea as a "mindfuck" idea.',
        "How did you decide that bukkake always implies a female subject?",
        "It fits the definition of attention whoring.",
        "Cocksucker is a swear word.",
        "The term *blowjob* means something rude.",
        "Rex Tillerson reportedly called him a f****ing moron.",
    ],
)
def test_a_word_mentioned_is_judgment_evidence_at_most(text: str) -> None:
    """Talked about, quoted or reported: cited under § V.2.5, never removed for it."""
    assert_cited_for_review(text)


@pytest.mark.parametrize(
    "text",
    [
        "you cocksucker",
        "Suck my dick, clerk.",
        "I live in Chicago. Cocksucker is what you are.",  # a sentence ends: no name
        "Don't be a cocksucker",
        "Go jerk off somewhere else.",  # slang for a clinical act stays mechanical
        "post pics of your big tits",  # a run of words with one sense, though "tits" has more
        "YOU ARE ALL COCKSUCKERS",  # shouting: capitals mark no name
    ],
)
def test_a_word_used_is_still_removed(text: str) -> None:
    """The writer's own obscene language is mechanical evidence: REMOVE."""
    finding = profanity(text)
    assert finding is not None
    assert finding.strength is msp.Strength.MECHANICAL
    assert decision(text) is msp.Decision.REMOVE


@pytest.mark.parametrize(
    "text", ["Glad you had pleasure from St Dildo, Brian.", "We drove to Mount Dildo and back."]
)
def test_a_place_name_is_not_profanity(text: str) -> None:
    """After "St", "Mount", "Lake": a place's name (Dildo, Newfoundland), not language."""
    assert profanity(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand singer John Denver Hore toured the US in the 1960s.",
        "Referenced in Youtube Edition Mindfuck Doggystyle with Penry Rames.",
        "Yes sir, Mr Twat.",  # a name made up to mock: a person decides
        "This is Liberal Bullshit!!",  # capitals for emphasis keep their judgment
    ],
)
def test_a_word_in_a_run_of_capitals_is_judgment_evidence_at_most(text: str) -> None:
    """A name, a title or emphasis: capitals cannot tell them apart, so a person decides."""
    assert_cited_for_review(text)


def test_a_word_named_once_is_named_wherever_it_is_capitalised() -> None:
    """ "John Denver Hore ... \\nJohn Hore released": the second Hore is the same name."""
    text = "Singer John Denver Hore toured the US.\nJohn Hore released his first album."
    finding = profanity(text)
    assert finding is not None
    assert finding.strength is msp.Strength.JUDGMENT
    assert len(finding.evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A glass of buttermilk helps, and masturbation may release endorphins.",
        'It is the myth "masturbation makes you blind" again.',
        "I reverted users who added more details on ejaculation.",
        "Your move from Bondage (BDSM) to Bondage (sexual) broke the image link.",
        # The verbs and agent nouns of the same acts (issue 9)
        "The school nurse told the boys that most teenagers masturbate at some point.",
        "At the county fair the vet explained how often a prize bull ejaculates.",
        "Quit masturbating over your spreadsheet and fix the potholes.",
        "My urologist asked whether it hurts when I ejaculate.",
    ],
)
def test_the_clinical_name_of_a_sexual_act_is_judgment_evidence(text: str) -> None:
    """Health advice, a myth, a farm, an article being edited, an insult: what the comment does
    decides, whether it names the act or says someone does it."""
    assert_cited_for_review(text)


@pytest.mark.parametrize(
    "text",
    [
        # [objects]: sex toys and gear, named as things
        "Somebody threw a dildo onto the court during the third quarter.",
        "The new shop on Court Street sells candles, vibrators and dildos.",
        "Police found a ball gag in the abandoned car on Route 17.",
        "Don't be such a dildo about the parking rules.",  # an insult, judged like expletives
        # [genres]: kinds of adult media, named to classify a film, a series, an audience
        "My daughter watches anime, but the library's copy is hentai and should be moved.",
        "The bookstore put the yaoi manga next to the cookbooks.",
        "That dating app advertises itself as a place for BBW and the men who love them.",
        "It was one of those MILF comedies from the nineties.",
        # [companies]: adult companies named as names
        "Pornhub blocked every user in the state after the age law passed.",
        # [figurative]: sexual slang used as a figure of speech
        "The alderman has a hardon for roundabouts, every meeting it is roundabouts.",
        "The zoning thread turned into a circlejerk by noon.",
        # [other_senses]: birds, a fool, a surname
        "Blue tits and robins have moved into the nest boxes at Cobb Park.",
        "Those two on the parking board are a right pair of tits.",
        "ask poon at the front desk, she has the forms",
    ],
)
def test_words_that_describe_name_or_have_other_senses_are_judgment_evidence(text: str) -> None:
    """A toy, a genre, a company, a figure of speech, a bird (issue 9): a comment can describe,
    report or argue about these, so each is cited under § V.2.5 for a person, never removed on
    its own."""
    assert_cited_for_review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Go fuck yourself",
        "honestly the whole permit office is a clusterfuck",
        "that story is dog shit from start to finish",
        "Your argument is full of shit.",
        "they are taking the piss with these parking fees",
        "stfu about the parade already",
        "this council is batshit crazy",
        "what a piece of shit excuse for a sidewalk",
    ],
)
def test_idioms_and_compounds_of_expletives_are_judgment_evidence(text: str) -> None:
    """Built of an expletive and ordinary words, an idiom is judged like the expletive (issue 9):
    cited for review, never removed on its own."""
    assert_cited_for_review(text)


@pytest.mark.parametrize(
    "text",
    [
        "None of you boobs will fix the potholes.",
        "We saw blue-footed boobies at the zoo.",
        "that azz clown again",
    ],
)
def test_words_with_another_common_sense_are_judgment_evidence(text: str) -> None:
    """A fool, a bird, a spelling of an expletive: a person reads which sense is meant."""
    assert_cited_for_review(text)


@pytest.mark.parametrize("text", ["you are a tosser", "Feck me, that's brilliant!"])
def test_insults_the_expletive_rule_missed_are_judgment_evidence(text: str) -> None:
    """ "tosser" is judged like its synonym "wanker", "feck" like "fuck"."""
    assert_cited_for_review(text)


@pytest.mark.parametrize(
    ("text", "word", "use"),
    [
        ("the word 'x' here", "x", Use.MENTIONED),
        ("they said x today", "x", Use.USED),  # "said" reports only with quotation marks
        ("he said, 'x'", "x", Use.MENTIONED),
        ("don't x me", "x", Use.USED),
        ("words like x are rude", "x", Use.MENTIONED),
        ("x means nothing to me", "x", Use.MENTIONED),
        ("it's x, don't you think", "x", Use.USED),  # an apostrophe is no quotation mark
        ("'you are an x' he wrote", "x", Use.MENTIONED),
        ("Visit St Zork today", "Zork", Use.NAMED),
        ("Visit St. Zork today", "Zork", Use.NAMED),
        ("I was in Chicago. Zork today", "Zork", Use.USED),  # a sentence ended
        ("Then Zork said", "Zork", Use.USED),  # "Then" is a function word, not a name
        ("Zork Johnson was here", "Zork", Use.CAPITALISED),
    ],
)
def test_the_frame_of_a_word(text: str, word: str, use: Use) -> None:
    """The frame reader on its own, with a placeholder for the profane word."""
    start = text.index(word)
    assert frames().use(text, start, start + len(word)) is use


@pytest.mark.parametrize(
    "text",
    [
        "Words like slanteyeshit do not belong on a city page.",
        "Slanteyeshit means nothing good; it has no place here.",
    ],
)
def test_a_slur_mentioned_is_not_aimed_at_a_group(text: str) -> None:
    """The slur detector reads the same frames: a slur talked about is judgment evidence."""
    verdict = evaluator().evaluate(text)
    assert verdict.decision is not msp.Decision.REMOVE
    assert {f.clause.id for f in verdict.findings} >= {"V.2.5"}


@pytest.mark.parametrize(
    "unit", ["f*** sh*t c*nt ", "motherfuc*a ", "fuck this shit. ", "sh1t c0ck "]
)
def test_a_flood_is_decided_as_its_first_words_are(unit: str) -> None:
    """A word list gives its first MAX_MATCHES signals; what profanity decides of a flood is
    what it decides of a few of its words, however long it runs (a masked word read as an
    expletive stays judgment past the lists' cut). A flood may also be spam, another finding."""

    def profanity(verdict: msp.Verdict) -> set[msp.Decision]:
        return {f.action for f in verdict.findings if f.category == "profanity"}

    few = profanity(evaluator().evaluate(unit * 5))
    assert few
    for repeats in (300, 1_000):
        assert profanity(evaluator().evaluate(unit * repeats)) == few
