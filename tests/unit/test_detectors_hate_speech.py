"""Unit tests for the hate-speech detectors (Kankakee § V.2.4): ``slur`` and ``group_hate``.

Hate aimed at a protected group is JUDGMENT evidence (REVIEW). A slur is JUDGMENT unless the text
alone proves the violation: a hard slur aimed at its target, with no quotation, counter-speech or
self-reference. Counter-speech, quotation, reclaimed use, homonyms and positive identity
statements never reach REMOVE, and most are not findings at all.
"""

from __future__ import annotations

import copy
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under
from municipal_social_policy import strategies as mst
from municipal_social_policy.detectors import BUILTIN_DETECTORS
from municipal_social_policy.detectors.hate_speech import (
    GroupHateDetector,
    HateReader,
    SlurDetector,
)
from municipal_social_policy.detectors.phrases import merge_ranges
from municipal_social_policy.reading import Spelling, read, typo_table
from municipal_social_policy.text import normalize


def hate_finding(text: str) -> msp.Finding | None:
    """The § V.2.4 finding of the verdict on ``text``, if any."""
    verdict = evaluator().evaluate(text)
    return next((f for f in verdict.findings if f.clause.id == "V.2.4"), None)


def test_detectors_are_registered() -> None:
    """Both detectors are built in and named by the Kankakee hate-speech category."""
    assert {"slur", "group_hate"} <= set(BUILTIN_DETECTORS)
    (category,) = [c for c in msp.load("kankakee").comment_policy.categories if c.clause == "V.2.4"]
    assert {d.id for d in category.detectors} == {"slur", "group_hate"}


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are vermin.",
        "Immigrants are a cancer on this country.",
        "I despise gay people.",
        "Women are disgusting.",
        "Black people should be deported.",
        "Death to all Muslims.",
        "Disabled people have no right to live.",
        "Trans lives are not worth protecting.",
        "We should get rid of immigrants once and for all.",
        "Those kinds of women will never fit in. They ought to be executed.",
    ],
)
def test_hate_aimed_at_a_group_is_reviewed(text: str) -> None:
    """Derogation, dehumanisation, exclusion and threats aimed at a protected group: REVIEW."""
    finding = hate_finding(text)
    assert finding is not None
    assert finding.strength is msp.Strength.JUDGMENT
    assert finding.action is msp.Decision.REVIEW
    assert any(e.detector == "group_hate" for e in finding.evidence)
    for evidence in finding.evidence:
        assert text[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "M u s l i m s are vermin.",
        "Musl1ms are vermin.",
        "Muslms are vermin.",
        "I haet immigrants.",
        "Ihate immigrants.",
        "Immigrants are just sosickening.",
    ],
)
def test_disguised_spellings_are_read(text: str) -> None:
    """Spacing, leetspeak, one-letter typos and words run together do not hide hate."""
    evidence = evidence_under(text, "V.2.4")
    assert evidence
    assert all(text[e.start : e.end] == e.text for e in evidence)


def test_a_name_run_together_is_read_and_triggered() -> None:
    """The detector reads "gayvermin" as "gay vermin", and the trigger holds for a name run
    into another word (its ``runs_into`` part), plain or disguised, so the evaluator calls it
    and finds what every detector finds; a long word that only contains a name in its middle,
    or a short one, does not hold it."""
    text = "That is fitting for gayvermin like you."
    normalized = normalize(text)
    detector = group_hate_detector()
    assert list(detector(normalized, msp.Comment(text=text)))
    assert detector.trigger.holds(normalized)
    assert detector.trigger.holds(normalize("That is fitting for g4yvermin like you."))
    assert detector.trigger.holds(normalize("That is fitting for g4y vermin like you."))
    assert not detector.trigger.holds(normalize("The budget is fitting and balanced."))
    verdict = evaluator().evaluate(text)
    assert any(f.category == "hate_speech" for f in verdict.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Saying 'Muslims are vermin' is disgusting.",
        'If you say "I hate immigrants", then you should think again.',
        "Calling disabled people cockroaches is a horrible thing to do.",
        "I'm a proud gay man.",
        "Muslims are welcome here.",
        "Immigrants built this city and we are grateful to them.",
        "Let me be clear: I don't hate women.",
        "We must not let women be attacked any longer.",
        "Women are not inferior to men.",
        "Three Muslims were elected to the council today.",
        "The woman who runs the bakery is doing a terrible job with the water rates.",
        "23% of men will die from cancer.",
        "Take better care of seniors; get rid of the fee that is too high for them.",
    ],
)
def test_counter_speech_quotes_identity_and_facts_are_not_findings(text: str) -> None:
    """Counter-speech, quotes, positive identity statements, negations and facts: no finding."""
    assert evidence_under(text, "V.2.4") == []


@pytest.mark.parametrize(
    ("text", "slur"),
    [
        ("You dirty nigger.", "nigger"),
        ("Deport all the wetbacks.", "wetbacks"),
        ("Kikes are vermin.", "Kikes"),
    ],
)
def test_a_hard_slur_aimed_at_its_target_is_removed(text: str, slur: str) -> None:
    """A hard slur said to someone, or naming a group it derogates, is MECHANICAL: REMOVE."""
    verdict = evaluator().evaluate(text)
    assert verdict.decision is msp.Decision.REMOVE
    finding = hate_finding(text)
    assert finding is not None
    assert finding.strength is msp.Strength.MECHANICAL
    slurs = [e for e in finding.evidence if e.detector == "slur"]
    assert [e.text for e in slurs] == [slur]
    assert all(text[e.start : e.end] == e.text for e in slurs)


@pytest.mark.parametrize(
    "text",
    [
        "Too many niggers in this country.",  # a slur, but not aimed by the text alone
        'I have no respect for people who write "you dirty nigger".',  # quoted
        "Why would you think it's okay to call me a nigger?",  # reported, about the writer
        "We are faggots and proud of it!",  # reclaimed, self-reference
        "Real niggas know what's up.",  # reclaimed spelling
        "We call cigarettes fags in the UK.",  # homonym
        "I got a new wig and I feel like a bad bitch.",  # reclaimed
        "You dumb retard.",  # also an ordinary verb: never proof alone
    ],
)
def test_a_slur_that_may_be_quoted_reclaimed_or_a_homonym_is_never_removed_as_hate(
    text: str,
) -> None:
    """A slur alone is JUDGMENT: quoted, reported, reclaimed and homonym uses never REMOVE."""
    finding = hate_finding(text)
    assert finding is not None
    assert finding.strength is msp.Strength.JUDGMENT
    assert finding.action is msp.Decision.REVIEW


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The mayor is doing a terrible job.", "My neighbor is doing a terrible job."),
        ("Immigrants are vermin.", "Immigrants are wonderful."),
    ],
)
def test_the_official_and_the_resident_are_treated_alike(first: str, second: str) -> None:
    """Criticism of an official is no hate speech; only the words about the group matter."""
    decisions = {
        text: evaluator().evaluate(text).decision
        for text in (first, second, first.replace("mayor", "police chief"))
    }
    assert decisions[first] is decisions[first.replace("mayor", "police chief")]
    if "mayor" in first:
        assert decisions[first] is decisions[second] is msp.Decision.ALLOW


def test_civic_comments_mentioning_groups_are_not_findings() -> None:
    """Policy debate about groups (housing, seniors, immigration law) is not hate speech."""
    texts = [
        "We need more affordable housing for seniors and single mothers.",
        "The city should hire more women and minorities in the police department.",
        "Immigration policy is a federal matter, not a city one.",
        "Disabled residents need curb cuts on Court Street.",
    ]
    assert [evidence_under(text, "V.2.4") for text in texts] == [[], [], [], []]


# --- the reading, as the hate detectors spell it ----------------------------------------------


def spelled(text: str, spelling: Spelling | None = None) -> list[list[str]]:
    """The words of each sentence of ``text`` as ``spelling`` reads them (default: no words)."""
    spelling = spelling or Spelling(frozenset())
    return [
        [word for token in sentence for word in spelling.words(token)]
        for sentence in read(normalize(text)).sentences
    ]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("I'll shoot", ["i", "will", "shoot"]),
        ("Don't", ["do", "not"]),
        ("im gonna", ["i", "am", "going", "to"]),
        ("the woman's", ["the", "woman"]),
    ],
)
def test_reading_spells_out_contractions(text: str, tokens: list[str]) -> None:
    """Contractions are spelled out and possessives lose their 's."""
    assert spelled(text) == [tokens]


def test_reading_splits_sentences_and_marks_quotes() -> None:
    """Sentences end at . ! ? ; and tokens inside double quotes are marked quoted."""
    text = 'One two. He said "three four"!'
    assert spelled(text) == [["one", "two"], ["he", "said", "three", "four"]]
    sentences = read(normalize(text)).sentences
    assert [t.quoted for t in sentences[1]] == [False, False, True, True]


def test_spelling_reads_typos_but_not_ordinary_words() -> None:
    """A one-letter typo reads as the term, unless it is listed as an ordinary word."""
    known = frozenset({"beast"})
    spelling = Spelling(known, typo_table(known, known | {"best"}))
    assert spelled("beats best baest", spelling) == [["beast", "best", "beast"]]


def test_hate_terms_are_found_longest_first() -> None:
    """The words of hate.phrases [terms] are found left to right, the longest at each word."""
    reader = HateReader.build(slurs=frozenset())
    (sentence,) = reader.sentences(normalize("I am sick of it"))
    assert [(m.first, m.last, m.label) for m in reader.find(sentence)] == [(2, 3, "emotion")]


def test_merge_ranges_merges_overlaps() -> None:
    """Overlapping inclusive ranges merge; disjoint ones stay apart."""
    assert merge_ranges([(4, 6), (0, 2), (1, 3)]) == [(0, 3), (4, 6)]


def built(detector_id: str) -> object:
    """The Kankakee ordinance's detector ``detector_id``, built as the evaluator builds it."""
    ordinance = evaluator().ordinance
    (config,) = [
        c for category in ordinance.comment_policy.categories for c in category.detectors
        if c.id == detector_id
    ]  # fmt: skip
    return BUILTIN_DETECTORS[config.id](config)


@cache
def slur_detector() -> SlurDetector:
    """The ``slur`` detector of the Kankakee ordinance."""
    detector = built("slur")
    assert isinstance(detector, SlurDetector)
    return detector


@st.composite
def slur_texts(draw: st.DrawFn) -> str:
    """A slur among other words: possessive, quoted, run together, contracted or capitalised."""
    terms = sorted(slur_detector().lexicon.terms)
    phrases = [term for term in terms if " " in term]
    slur = draw(st.sampled_from(terms) | st.sampled_from(phrases))
    spelled = draw(
        st.sampled_from(
            [slur, slur + "'s", f"'{slur}'", f'"{slur}"', "i" + slur, slur + "s", slur.upper()]
        )
    )
    other = st.sampled_from(["you", "dirty", "all", "are", "we're", "don't", "like", "the"])
    before, after = draw(st.lists(other, max_size=3)), draw(st.lists(other, max_size=3))
    return " ".join([*before, spelled, *after]) + draw(st.sampled_from(["", ".", "!"]))


@given(data=st.data(), text=slur_texts())
def test_the_slur_trigger_holds_wherever_the_detector_signals(
    data: st.DataObject, text: str
) -> None:
    """The trigger is a necessary condition, on plain and disguised spellings alike."""
    disguised = data.draw(st.just(text) | mst.obfuscations(text))
    normalized = normalize(disguised)
    detector = slur_detector()
    assert detector.trigger is not None
    signals = list(detector(normalized, msp.Comment(text=disguised)))
    assert detector.trigger.holds(normalized) or not signals


def test_the_slur_trigger_names_the_longest_word_of_each_slur() -> None:
    """A phrase matches whole, so its longest word stands for it; a single word for itself."""
    detector = slur_detector()
    assert detector.trigger is not None
    longest = {max(term.split(), key=len) for term in detector.lexicon.terms}
    assert detector.trigger.tokens == longest
    assert not detector.trigger.holds(normalize("The council's budget is sound."))


@cache
def group_hate_detector() -> GroupHateDetector:
    """The ``group_hate`` detector of the Kankakee ordinance."""
    detector = built("group_hate")
    assert isinstance(detector, GroupHateDetector)
    return detector


@st.composite
def group_hate_texts(draw: st.DrawFn) -> str:
    """A group's name and a judging phrase among other words, in any order; some words run
    together, misspelt or with a suffix."""
    reader = group_hate_detector().reader
    labels = reader.labels
    names = sorted(reader.groups | reader.members | reader.modifiers | reader.slurs)
    naming = sorted(" ".join(phrase) for phrase, label in labels.items() if label == "group")
    judging = sorted(
        " ".join(p) for p, label in labels.items() if label not in ("group", "counter")
    )
    other = st.sampled_from(
        ["i", "we", "they", "all", "should", "are", "so", "like", "you", "a", "every", "me",
         "don't", "not", "but", "we'll", "them", "people", "must", "hope"]
    )  # fmt: skip
    parts = [
        draw(st.sampled_from(names) | st.sampled_from(naming)),
        draw(st.sampled_from(judging)),
        *draw(st.lists(other, max_size=4)),
    ]
    words = " ".join(draw(st.permutations(parts))).split()
    typos = reader.spelling.typos
    spelled: list[str] = []
    for word in words:
        how = draw(st.sampled_from(["plain", "plain", "plain", "join", "typo", "suffix"]))
        if how == "join" and spelled:
            spelled[-1] += word  # "womendisgust", "ihate"
            continue
        if how == "typo":
            word = draw(st.sampled_from([word, *(t for t, term in typos.items() if term == word)]))
        elif how == "suffix":
            word += draw(st.sampled_from(["'s", "'ll", "n't", "'re"]))
        spelled.append(word)
    return " ".join(spelled) + draw(st.sampled_from(["", ".", "!"]))


@given(data=st.data(), text=group_hate_texts())
def test_the_group_hate_gate_never_turns_away_a_hit(data: st.DataObject, text: str) -> None:
    """``admits`` is a necessary condition: every text the reader finds a hit in, it admits."""
    disguised = data.draw(st.just(text) | mst.obfuscations(text))
    normalized = normalize(disguised)
    reader = group_hate_detector().reader
    if reader.wants(normalized) and reader.read(normalized).hits:
        assert reader.admits(normalized)


@given(data=st.data(), texts=st.lists(group_hate_texts(), min_size=1, max_size=3))
def test_the_shared_hate_reading_is_a_fresh_one(data: st.DataObject, texts: list[str]) -> None:
    """``slur`` and ``group_hate`` share one reader, and one reading of a comment: what
    :meth:`HateReader.read` keeps with the text (after the gate and the other comments read
    before it) equals a reading made afresh of a new normalisation of the same text."""
    assert slur_detector().reader is group_hate_detector().reader
    reader = group_hate_detector().reader
    for text in texts:
        written = data.draw(st.just(text) | mst.obfuscations(text))
        normalized = normalize(written)
        reader.admits(normalized)
        kept = reader.read(normalized)
        assert reader.read(normalized) is kept
        assert kept == reader._reading(normalize(written))


@pytest.mark.parametrize(
    "text",
    [
        "womendisgust me",
        "Ihate muslims",
        "Immigrnts are vermin",
        "Refugees are vermin's",
    ],
)
def test_the_group_hate_gate_admits_words_run_together_misspelt_or_suffixed(text: str) -> None:
    """A group or judgement read from words run together, a typo or a suffix passes the gate."""
    reader = group_hate_detector().reader
    normalized = normalize(text)
    assert reader.wants(normalized)
    assert reader.read(normalized).hits
    assert reader.admits(normalized)


def test_the_group_hate_gate_turns_away_long_words_that_only_start_with_a_name() -> None:
    """ "mentioned" starts with "men", but no reader splits it: the gate turns it away."""
    reader = group_hate_detector().reader
    normalized = normalize("As mentioned, we should plant trees along the boulevard.")
    assert not reader.admits(normalized)


def test_the_group_hate_trigger_is_derived_from_the_gate() -> None:
    """group_hate has a trigger: the gate every hit passes. A group named (the words of the
    ``<group>`` slot and slurs, with their typos) with a word that judges it or a frame said
    of it, or a self-contained frame; a comment that names no group, or names one and judges
    nothing, is not read."""
    detector = group_hate_detector()
    named, judging = detector.trigger.needs[0]
    assert {"muslims", "immigrants", "women", "womn"} <= named.tokens
    assert {"vermin", "deported", "control"} <= judging.tokens
    assert "people" not in named.tokens  # "gay people" is named by "gay", the rarer word
    for text in (
        "Muslims are vermin.",
        "The muslims's vote should be taken away, they are vermin.",
        "Asians control the media.",
        "Send them back where they came from!",
    ):
        assert detector.trigger.holds(normalize(text)), text
    for text in (
        "The council's budget is sound.",
        "The muslims's vote.",
        "Muslims pray at the mosque on Friday.",
        "Women's soccer starts at noon.",
    ):
        assert not detector.trigger.holds(normalize(text)), text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("People on government assistance should be deported.", True),
        ("Senior citizens are a burden and should be deported.", True),
        ("Families on welfare are parasites.", True),
        ("Our government should do more for families.", False),
        ("The city needs more money for schools and parents.", False),
        ("Citizens should not have to pay more.", False),
        ("Our kids need better parks.", False),
    ],
)
def test_a_noun_of_most_city_comments_does_not_call_group_hate(text: str, found: bool) -> None:
    """A group named by several words, one a noun of most comments on a city's page
    ("government", "citizens", "families"), is known to the trigger by a rarer word of it
    ("assistance", "senior", "welfare"): the noun alone does not call the detector, and the
    group's whole name still does."""
    normalized = normalize(text)
    detector = group_hate_detector()
    assert detector.trigger.holds(normalized) is found
    assert bool(list(detector(normalized, msp.Comment(text=text)))) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Boot allmuslims out.", True),
        ("Chase the mexicns out of town.", True),
        ("We must boot the immigrants out.", True),
        ("Boot the car out of the garage.", False),
        ("Chase the geese out of the park.", False),
        ("We must boot the faulty server out.", False),
    ],
)
def test_a_self_contained_frame_with_a_group_needs_a_group_named(text: str, found: bool) -> None:
    """A self-contained frame with a slot ``<group>`` ("boot <group> out") admits the detector
    only with a group named, and then as the reader reads one (a typo, a name run into another
    word): its trigger, gate and reading agree."""
    normalized = normalize(text)
    detector = group_hate_detector()
    signals = list(detector(normalized, msp.Comment(text=text)))
    assert bool(signals) is found
    assert detector.trigger.holds(normalized) is found
    grouped = [
        parts
        for parts in detector.trigger.needs
        if any("boot" in part.tokens for part in parts) and any(part.runs_into for part in parts)
    ]
    assert grouped  # the group's part reads names run into a word, as the gate does


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # "population" ends with "lation", a typo of "latino": a typo is read only as a whole
        # word, never cut from a word run together, so nothing names a group here.
        ("The population of the city is growing, and we need more parks.", False),
        ("Our population needs more parks and the relation with the county is good.", False),
        ("Latinoscum should be deported.", True),
        ("The latinos are gayvermin.", True),
        ("ihate latinos", True),
    ],
)
def test_a_word_run_together_is_read_as_spelled_not_as_a_typo(text: str, held: bool) -> None:
    """The gate and the trigger look for a group's name or a word that judges run into a long
    word as the reading cuts one (:class:`~municipal_social_policy.reading.RunTogether`: into
    words it knows, as spelled), not for the typos of those words."""
    normalized = normalize(text)
    detector = group_hate_detector()
    assert detector.trigger.holds(normalized) is held
    assert detector.reader.wants(normalized) is held


@pytest.mark.parametrize("text", ["abhor5kank", "5kankdespicable", "gayvermin", "womendisgust"])
def test_the_group_hate_trigger_holds_for_a_name_run_into_a_word(text: str) -> None:
    """Found by the property below: a slur or a group's name run into another word, disguised
    or not, holds the trigger wherever the detector signals."""
    normalized = normalize(text)
    detector = group_hate_detector()
    assert detector.trigger.holds(normalized)


@given(data=st.data(), text=group_hate_texts())
def test_the_group_hate_trigger_holds_wherever_a_group_is_named(
    data: st.DataObject, text: str
) -> None:
    """Wherever the detector signals, plain or disguised, a group's name standing alone or run
    into another word ("gayvermin"), the trigger holds."""
    disguised = data.draw(st.just(text) | mst.obfuscations(text))
    normalized = normalize(disguised)
    detector = group_hate_detector()
    signals = list(detector(normalized, msp.Comment(text=disguised)))
    assert detector.trigger.holds(normalized) or not signals


@pytest.mark.parametrize(
    "text",
    [
        "Jews are greedy and run everything.",
        "Asians can't drive, everybody knows it.",
        "Disabled people are a drain on the rest of us.",
        "Keep the Haitians out of our neighborhood.",
        "We don't need any more Somalis here, ship them out.",
        "Women belong in the kitchen, not in the fire department.",
        "Go back to Africa where you belong.",
        "Go back to Mexico!",
        "Send them back to Pakistan where they belong.",
    ],
)
def test_stereotypes_exclusions_and_orders_to_go_back_are_reviewed(text: str) -> None:
    finding = hate_finding(text)
    assert finding is not None
    assert finding.strength is msp.Strength.JUDGMENT


@pytest.mark.parametrize(
    "text",
    [
        "I want to go back to Mexico for vacation this winter.",
        "We should go back to China for the lantern festival.",
        "My grandparents moved back to India in 1990.",
        "We need more women in the fire department.",
        "Keep the delivery trucks out of our neighborhood after 10 pm.",
        "The new Somali restaurant is great and cheap.",
    ],
)
def test_trips_calls_for_inclusion_and_traffic_are_not_hate(text: str) -> None:
    assert hate_finding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Issue 9 (recall): a group likened to a poison, a tumour, a blight or an infection.
        # Made-up examples, none taken from a data set.
        "Refugees are a poison in our schools.",
        "Those Hindus are a blight on the neighborhood.",
        "Gay people are like a disease spreading through town.",
        "Immigrants are an infection this city has to fight.",
        "Jews are a tumor on society.",
    ],
)
def test_a_group_likened_to_poison_or_disease_is_reviewed(text: str) -> None:
    """Likening a protected group to a poison or a disease dehumanises it (§ V.2.4): review."""
    assert evidence_under(text, "V.2.4")
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Lead in the water pipes is a poison for our kids.",
        "Blight on Court Street is a problem the council must fix.",
        "Saying that refugees are a poison is hateful and wrong.",
        "Immigrants are not a disease, they are our neighbors.",
        '"Jews are a tumor" was painted on the synagogue; police are investigating.',
        "The mayor's parking plan is a poison pill for downtown.",
    ],
)
def test_poison_and_disease_about_things_quoted_or_denied_are_not_hate(text: str) -> None:
    """The same words about a thing, a policy or an official's plan, or quoted, denied or
    condemned (counter-speech), are no finding of hate."""
    assert evidence_under(text, "V.2.4") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It's okay to kill gays.", True),
        ("It is perfectly fine to just shoot immigrants.", True),
        ("It's perfectly acceptable to beat Muslims.", True),
        ("It's not okay to kill gays.", False),
        ("It's never acceptable to attack Muslims.", False),
        ("Nobody thinks it is okay to attack immigrants.", False),
        # A complaint about the police, negated: no approval (see docs/accuracy.md)
        ("It's not illegal for cops to shoot blacks.", False),
        ("The immigrants are okay after being shot at.", False),
        ("It feels good to beat the Mexicans at soccer.", False),
    ],
)
def test_harm_approved_is_harm_called_for(text: str, found: bool) -> None:
    """ "okay to kill <group>" approves harm as "should kill" calls for it (issue 9); denied
    ("not okay", "never acceptable"), under a negated belief, unhurt ("okay after being shot
    at") or a game won, it is not."""
    assert bool(evidence_under(text, "V.2.4")) is found


@st.composite
def hate_comments(draw: st.DrawFn) -> str:
    """Several sentences: judging ones (some words run together, misspelt or suffixed), ones
    that carry a group by a pronoun or name it after the fact, and ordinary ones."""
    ordinary = st.sampled_from(
        ["The park opens at nine.", "Thanks for the update!", "Ihope the roadworks end soon.",
         "Nice day.", "Kind regards.", "They are women after all.", "They are criminals.",
         "You are vermin.", "Send them back where they came from."]
    )  # fmt: skip
    sentences = draw(st.lists(group_hate_texts() | ordinary, min_size=1, max_size=5))
    return " ".join(s if s[-1] in ".!" else s + "." for s in sentences)


@given(data=st.data(), text=hate_comments(), split=st.booleans())
def test_the_reader_reads_each_sentence_as_it_reads_each_token(
    data: st.DataObject, text: str, split: bool
) -> None:
    """The reader's sentences, read through the text's shared index and cut only where a word
    runs together, are the words its spelling gives token by token."""
    normalized = normalize(data.draw(st.just(text) | mst.obfuscations(text)))
    reader = group_hate_detector().reader
    words_of = reader.spelling.words
    expected = [
        [word for token in sentence for word in words_of(token, split)]
        for sentence in read(normalized).sentences
    ]
    assert [list(s.words) for s in reader.sentences(normalized, split=split)] == expected


@given(data=st.data(), text=hate_comments())
def test_sentences_that_name_no_group_are_skipped_without_changing_a_hit(
    data: st.DataObject, text: str
) -> None:
    """The reader reads only the self-contained frames of a sentence with no word that names
    or carries a group: reading every sentence in full (every word of the text taken as one
    that names a group) finds the same hits."""
    normalized = normalize(data.draw(st.just(text) | mst.obfuscations(text)))
    reader = group_hate_detector().reader
    every = frozenset(w for s in reader.sentences(normalized) for w in s.words)
    in_full = copy.copy(reader)
    object.__setattr__(in_full, "_relevant", every)
    assert reader.read(normalized) == in_full.read(normalized)


def test_negation_holds_whichever_spelling_the_phrase_file_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A contraction that ``hate.phrases`` names is read as written ("don't"), one it does not
    name as its words ("do not"); a negator negates either way. A pattern naming "don't" once
    took the negation from "I don't hate women" (issue 9, the thirteenth session)."""
    from municipal_social_policy.detectors import hate_speech
    from municipal_social_policy.detectors.lexicon import read_data as shipped

    def naming_dont(name: str) -> str:
        text = shipped(name)
        return (
            text + "\n[about expulsion]\ndon't ~1 hire <group!age>\n"
            if name == "hate.phrases"
            else text
        )

    monkeypatch.setattr(hate_speech, "read_data", naming_dont)
    reader = hate_speech.HateReader._build(frozenset(), frozenset(), None)
    for text in (
        "I don't hate women.",
        "Let me be clear: I don't hate Muslims.",
        "I didn't hate gay people",
    ):
        assert not reader.read(msp.normalize(text)).hits, text
    assert reader.read(msp.normalize("I hate women.")).hits
