"""Unit tests for the threat detectors: ``threat`` and ``personal_attack`` (Kankakee § V.2.2)
and ``incitement`` (§ V.2.6).

Every signal is JUDGMENT (REVIEW): a true threat needs a mental state software cannot see. Idioms
are not threats, criticism of an office, a decision or a policy is protected (§ I.3), and the
mayor and a resident are treated alike.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst
from municipal_social_policy.detectors import BUILTIN_DETECTORS
from municipal_social_policy.detectors._phrasing import compile_patterns, search_all
from municipal_social_policy.detectors._sentences import Reader
from municipal_social_policy.detectors.threats import PatternSetDetector
from municipal_social_policy.text import normalize


@cache
def evaluator() -> msp.Evaluator:
    """One evaluator for the bundled Kankakee ordinance."""
    return msp.Evaluator(msp.load("kankakee"))


def evidence_of(text: str, detector: str) -> list[msp.Evidence]:
    """The evidence ``detector`` contributed to the verdict on ``text``."""
    verdict = evaluator().evaluate(text)
    return [e for f in verdict.findings for e in f.evidence if e.detector == detector]


def clause_of(text: str, detector: str) -> set[str]:
    """The clauses of the findings ``detector`` contributed to."""
    verdict = evaluator().evaluate(text)
    return {f.clause.id for f in verdict.findings for e in f.evidence if e.detector == detector}


def test_detectors_are_registered() -> None:
    """The three detectors are built in and named by their Kankakee categories."""
    assert {"threat", "personal_attack", "incitement"} <= set(BUILTIN_DETECTORS)
    ids = {
        c.clause: {d.id for d in c.detectors}
        for c in msp.load("kankakee").comment_policy.categories
    }
    assert {"threat", "personal_attack"} <= ids["V.2.2"]
    assert "incitement" in ids["V.2.6"]


@pytest.mark.parametrize(
    "text",
    [
        "I'll shoot you.",
        "You deserve a bullet.",
        "We know your schedule.",
        "I know where you live.",
        "I'm going to kill the mayor.",
        "I'm going to kill my neighbor.",
        "Hope you die.",
        "He should be hanged.",
        "Someone should shoot him.",
        "Watch your back.",
        "kys",
        "Go kill yourself.",
        "I will k1ll you.",
        "I am going to murdr you.",
    ],
)
def test_threats_are_reviewed(text: str) -> None:
    """Threats of harm to a person, wishes of death, intimidation, self-harm incitement."""
    evidence = evidence_of(text, "threat")
    assert evidence
    assert clause_of(text, "threat") == {"V.2.2"}
    assert all(text[e.start : e.end] == e.text for e in evidence)
    verdict = evaluator().evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to kill it at the 5K on Saturday!",
        "The budget deficit is a ticking time bomb.",
        "This traffic on Schuyler Avenue is killing me.",
        "Break a leg at the theatre tonight, kids.",
        "I'll shoot you an email about the permit.",
        "That defence is going to kill the proposal.",
        "I would never hurt you.",
        "Don't kill yourself over the paperwork.",
        'He told me "I will kill you" and I called the police.',
        "The mayor is doing a terrible job and should resign.",
        "We will beat them at the polls in November.",
    ],
)
def test_idioms_negations_quotes_and_criticism_are_not_threats(text: str) -> None:
    """Idioms, errands, negations, quotations and criticism carry no threat."""
    assert evidence_of(text, "threat") == []


@pytest.mark.parametrize(
    "text",
    [
        # A person named by role or by group, with determiners and quantifiers, not a pronoun
        "The tax assessor deserves a bullet.",
        "That referee deserves to die.",
        "Those inspectors should all be hanged.",
        "Landlords like you deserve to die.",
        "I will beat up all of them.",
        "I'm going to stab the next cop I see.",
        "Somebody should just shoot those protesters.",
        "Let's just eradicate those tenants.",
        "I wish all the trustees would be shot.",
        "Death to all landlords.",
        "I'd love to see those managers suffer.",
        "If only someone would strangle those reporters.",
        "I will cut their lying throats.",
        "Someone should snap the necks of those clerks.",
    ],
)
def test_threats_at_people_named_by_role_or_group_are_reviewed(text: str) -> None:
    """A threat at "the tax assessor", "those tenants" or "all of them" is a threat at a person
    as much as "I'll shoot you" is (§ V.2.2); officials and residents alike (§ I.3)."""
    assert evidence_of(text, "threat")
    assert clause_of(text, "threat") == {"V.2.2"}


@pytest.mark.parametrize(
    "text",
    [
        "The proposal deserves to die in committee.",
        "Let's kill the bill at the next meeting.",
        "Someone should shoot the video of the parade.",
        "The referee should be fired for that call.",
        "Death to the parking meters!",
        "It would be best to kill the tax increase.",
        "The tax assessor should be voted out.",
        "We will beat all of them at the polls.",
    ],
)
def test_harsh_words_about_proposals_and_offices_are_not_threats(text: str) -> None:
    """The same verbs aimed at a bill, a video, a tax or an election are no threat, and wanting
    an official fired or voted out is criticism, never a finding (§ I.3)."""
    assert evidence_of(text, "threat") == []


@pytest.mark.parametrize(
    "text",
    [
        "You worthless idiot.",
        "Shut up, moron.",
        "You are such a piece of shit.",
        "Idiots like you should not vote.",
        "He is a complete scumbag.",
        "The mayor is an idiot.",
        "My neighbor is an idiot.",
    ],
)
def test_personal_attacks_are_reviewed(text: str) -> None:
    """Insults aimed at a person, said to them or of them: REVIEW under § V.2.2."""
    evidence = evidence_of(text, "personal_attack")
    assert evidence
    assert clause_of(text, "personal_attack") == {"V.2.2"}
    assert all(text[e.start : e.end] == e.text for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "The council is corrupt and incompetent.",
        "This plan is garbage.",
        "The mayor is doing a terrible job and should resign.",
        "That was an idiotic decision by the zoning board.",
        "You are not an idiot for asking.",
        "Council voted 8-6 to raise the water rates again. Terrible decision.",
    ],
)
def test_criticism_of_offices_decisions_and_policies_is_not_an_attack(text: str) -> None:
    """Criticism of an office, a decision or a policy is protected (§ I.3): no finding."""
    assert evidence_of(text, "personal_attack") == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("The mayor is an idiot.", "My neighbor is an idiot."),
        ("I'm going to shoot the police chief.", "I'm going to shoot my brother-in-law."),
        ("Alderman Osenga, you are a moron.", "Pat, you are a moron."),
    ],
)
def test_officials_and_residents_are_treated_alike(official: str, resident: str) -> None:
    """Neutrality: naming an official or a resident never changes the decision."""
    assert evaluator().evaluate(official).decision is evaluator().evaluate(resident).decision


@pytest.mark.parametrize(
    "text",
    [
        "Let's all go smash their windows.",
        "Burn it down!",
        "Everyone flood the phone lines at city hall tomorrow.",
        "I'll follow her home after the meeting.",
        "We should slash his tires.",
        "Show up at his house tonight.",
        "Somebody should shoot the chief.",
    ],
)
def test_calls_to_violence_or_unlawful_acts_are_reviewed(text: str) -> None:
    """Vandalism, harassment campaigns, stalking and calls to harm: REVIEW under § V.2.6."""
    evidence = evidence_of(text, "incitement")
    assert evidence
    assert clause_of(text, "incitement") == {"V.2.6"}
    assert all(text[e.start : e.end] == e.text for e in evidence)


def test_incitement_carries_the_statutes_on_the_law_enforcement_referral() -> None:
    """A § V.2.6 finding, once removed by a person, refers to law enforcement with statutes."""
    (category,) = [c for c in msp.load("kankakee").comment_policy.categories if c.clause == "V.2.6"]
    assert "720 ILCS 5/12-7.3" in {statute.citation for statute in category.statutes}


@pytest.mark.parametrize(
    "text",
    [
        "Let's all go to the farmers market on Saturday.",
        "We should break ground on the library this spring.",
        "Call the council and tell them what you think.",
        "Follow the city page for updates.",
        "The fire department will burn the brush pile on Sunday.",
    ],
)
def test_civic_calls_to_action_are_not_incitement(text: str) -> None:
    """Lawful calls to act, and news of city work, are not incitement."""
    assert evidence_of(text, "incitement") == []


def test_patterns_need_exactly_one_anchor() -> None:
    """A pattern without an anchor, or naming an unknown set, is an error naming the line."""
    with pytest.raises(ValueError, match="anchor"):
        compile_patterns("i will kill", {})
    with pytest.raises(ValueError, match="no word set 'harm'"):
        compile_patterns("i will !@harm", {})


def test_patterns_match_with_bounded_gaps_and_fillers() -> None:
    """``~N`` skips up to N tokens; ``~N:@set`` only tokens of the set."""
    sets = {"adj": frozenset({"worthless", "stupid"}), "insult": frozenset({"idiot"})}
    (plain,) = compile_patterns("you ~2:@adj !@insult", sets)
    assert plain.search(["you", "worthless", "stupid", "idiot"]) == (0, 3)
    assert plain.search(["you", "are", "an", "idiot"]) is None
    (gap,) = compile_patterns("i ~2 !kill $", sets)
    assert gap.search(["i", "will", "kill"]) == (0, 2)
    assert gap.search(["i", "will", "kill", "it"]) is None


@cache
def pattern_detectors() -> tuple[PatternSetDetector, ...]:
    """The three pattern detectors of the Kankakee ordinance, built as the evaluator builds them."""
    ordinance = evaluator().ordinance
    configs = [c for category in ordinance.comment_policy.categories for c in category.detectors]
    built = [BUILTIN_DETECTORS[config.id](config) for config in configs]
    return tuple(d for d in built if isinstance(d, PatternSetDetector))


@cache
def pattern_vocabulary() -> tuple[str, ...]:
    """Words the patterns name, their typos, and contracted and possessive spellings."""
    words: set[str] = {"im", "u", "ur", "dont", "i'll", "won't", "you're", "y'all", "imma"}
    for detector in pattern_detectors():
        words.update(detector.reader.typos)
        for pattern in detector.patterns:
            for slot in pattern.slots:
                for runs in slot.words.values():
                    words.update(" ".join(run) for run in runs)
    words.update([f"{word}'ll" for word in ("i", "we", "you")] + ["don't", "can't", "he's"])
    return tuple(sorted(words))


# Suffixes a reader strips: "kill's" reads "kill", "you'll" reads "you will".
_SUFFIXES = ("'s", "'ll", "n't", "'re", "'ve", "'m", "'d")


def spelled(draw: st.DrawFn, detector: PatternSetDetector, word: str) -> str:
    """``word`` as written, most often; else with a suffix, or as one of its typos."""
    if draw(st.booleans()):
        return word
    typos = sorted(typo for typo, term in detector.reader.typos.items() if term == word)
    return draw(st.sampled_from([word, *(word + suffix for suffix in _SUFFIXES), *typos]))


@st.composite
def pattern_texts(draw: st.DrawFn) -> str:
    """A run of each slot of a pattern, in order, among other words and varied punctuation."""
    detector = draw(st.sampled_from(pattern_detectors()))
    pattern = draw(st.sampled_from(detector.patterns))
    runs = [
        " ".join(
            spelled(draw, detector, word)
            for word in draw(st.sampled_from(sorted(run for r in slot.words.values() for run in r)))
        )
        for slot in pattern.slots
    ]
    other = st.sampled_from(pattern_vocabulary()) | st.text(
        "abcdefghijklmnopqrstuvwxyz'", max_size=6
    )
    words = draw(st.lists(other, max_size=6)) + runs
    words = draw(st.permutations(words)) if draw(st.booleans()) else runs + words[: -len(runs)]
    spaced = [w + draw(st.sampled_from([" ", " ", ", ", ". ", " '", '" '])) for w in words]
    return "".join(spaced)


@given(data=st.data(), text=pattern_texts())
def test_a_comment_the_gates_turn_away_matches_no_pattern(data: st.DataObject, text: str) -> None:
    """The gates before reading are sound: whenever a pattern matches, they let the text in."""
    disguised = data.draw(st.just(text) | mst.obfuscations(text))
    normalized = normalize(disguised)
    for detector in pattern_detectors():
        matched = any(
            True
            for sentence in detector.reader.sentences(normalized)
            for _ in search_all(detector.patterns, sentence)
        )
        assert detector.admits(normalized) or not matched


@pytest.mark.parametrize("text", ["you arseholen't ", "kysn't ", "Go kill yourselfn't now"])
def test_the_gates_let_in_a_word_that_ends_in_a_contracted_not(text: str) -> None:
    """Found by Hypothesis: the reader reads "kysn't" as "kys" and "not", so the gates must
    see "kys" too, or a comment a pattern matches would be turned away unread."""
    normalized = normalize(text)
    for detector in pattern_detectors():
        matched = any(
            True
            for sentence in detector.reader.sentences(normalized)
            for _ in search_all(detector.patterns, sentence)
        )
        assert detector.admits(normalized) or not matched


def test_a_reader_that_splits_run_together_words_has_no_sources() -> None:
    """Parts of run-together words are no quick tokens, so such a reader cannot invert them."""
    reader = Reader(known=frozenset({"hate"}), joinable=frozenset({"i"}))
    with pytest.raises(ValueError, match="joinable"):
        reader.sources("hate")
    assert Reader(known=frozenset()).sources("will") >= {"will", "ll"}


@given(data=st.data(), text=pattern_texts())
def test_a_pattern_detector_trigger_holds_wherever_a_pattern_matches(
    data: st.DataObject, text: str
) -> None:
    """The trigger is a necessary condition: wherever a pattern matches, it holds.

    A match, not a signal, so that negated and quoted matches test it too.
    """
    disguised = data.draw(st.just(text) | mst.obfuscations(text))
    normalized = normalize(disguised)
    comment = msp.Comment(text=disguised)
    for detector in pattern_detectors():
        assert detector.trigger.holds(normalized) or not matches(detector, normalized)
        assert detector.trigger.holds(normalized) or not list(detector(normalized, comment))


def matches(detector: PatternSetDetector, text: msp.NormalizedText) -> bool:
    """Whether a pattern of ``detector`` matches a sentence of ``text``, negated or quoted too."""
    return any(
        True
        for sentence in detector.reader.sentences(text)
        for _ in search_all(detector.patterns, sentence)
    )


@st.composite
def anchored_texts(draw: st.DrawFn) -> str:
    """A pattern's runs in order, its anchor spelled otherwise: with a suffix, or a typo."""
    detector = draw(st.sampled_from(pattern_detectors()))
    pattern = draw(st.sampled_from(detector.patterns))
    words: list[str] = []
    for slot, required in zip(pattern.slots, pattern.required, strict=True):
        run = draw(st.sampled_from(sorted(run for r in slot.words.values() for run in r)))
        for word in run:
            if required == pattern.anchor and word in pattern.anchor:
                typos = sorted(t for t, term in detector.reader.typos.items() if term == word)
                word = draw(st.sampled_from([*(word + suffix for suffix in _SUFFIXES), *typos]))
            words.append(word)
    return draw(st.sampled_from(["", "so ", "and then "])) + " ".join(words)


@given(text=anchored_texts())
def test_a_pattern_detector_trigger_holds_for_anchors_spelled_otherwise(text: str) -> None:
    """A plain text that reads an anchor from another spelling still holds the trigger."""
    normalized = normalize(text)
    for detector in pattern_detectors():
        assert detector.trigger.holds(normalized) or not matches(detector, normalized)


def test_a_pattern_detector_trigger_holds_for_suffixed_anchors() -> None:
    """A token with a suffix reads its head, so the trigger names "kill's" as well as "kill"."""
    threat = next(d for d in pattern_detectors() if d.id == "threat")
    # The trigger needs a pattern's anchor and its slots: the anchor's part names the spellings.
    parts = [part for alternative in threat.trigger.needs for part in alternative]
    assert any({"kill", "kill's", "kill'll", "killn't"} <= part.tokens for part in parts)
    assert threat.trigger.holds(normalize("I'll kill'em, I will kill's him"))
    assert not threat.trigger.holds(normalize("The budget's line items, as we'll see."))


def test_a_reader_spells_no_word_that_every_suffix_reads() -> None:
    """Every token ending in "n't" reads "not": no set of tokens spells it."""
    reader = Reader(known=frozenset({"kill"}), fuzzy=frozenset({"murder"}))
    assert {"kill", "kill's", "killn't"} <= reader.spellings("kill")
    assert "murdr" in reader.spellings("murder")
    assert "i'll" in reader.spellings("i")
    with pytest.raises(ValueError, match="suffix"):
        reader.spellings("not")
    with pytest.raises(ValueError, match="joinable"):
        Reader(known=frozenset({"hate"}), joinable=frozenset({"i"})).spellings("hate")
