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
from kankakee_verdicts import cited, evaluator, evidence
from municipal_social_policy import strategies as mst
from municipal_social_policy import testing
from municipal_social_policy.detectors import BUILTIN_DETECTORS
from municipal_social_policy.detectors.phrases import (
    Pattern,
    PhraseDetector,
    parse_phrases,
    read_phrases,
)
from municipal_social_policy.reading import (
    RunTogether,
    plain_spellings,
    quick_sources,
    read,
)
from municipal_social_policy.text import normalize


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
    found = evidence(text, "threat")
    assert found
    assert cited(text, "threat") == {"V.2.2"}
    assert all(text[e.start : e.end] == e.text for e in found)
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
    assert evidence(text, "threat") == []


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
    assert evidence(text, "threat")
    assert cited(text, "threat") == {"V.2.2"}


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
    assert evidence(text, "threat") == []


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
    found = evidence(text, "personal_attack")
    assert found
    assert cited(text, "personal_attack") == {"V.2.2"}
    assert all(text[e.start : e.end] == e.text for e in found)


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
    assert evidence(text, "personal_attack") == []


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
    found = evidence(text, "incitement")
    assert found
    assert cited(text, "incitement") == {"V.2.6"}
    assert all(text[e.start : e.end] == e.text for e in found)


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
    assert evidence(text, "incitement") == []


def _patterns(source: str) -> tuple[Pattern, ...]:
    return (
        parse_phrases("@adj = worthless stupid\n@insult = idiot\n[g]\n" + source, "test.phrases")
        .groups["g"]
        .patterns
    )


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("i will @harm", r"test.phrases:4: no word set '@harm'"),
        ("i ~12 kill", r"test.phrases:4: a gap is ~1 to ~9"),
        ("kill? you", r"test.phrases:4: a pattern starts with a word"),
        ("checks: sarcasm\nkill you", r"test.phrases \[g\]: no check 'sarcasm'"),
        ("checks: negation\nkill you", r"reads the sets \['negators'\]"),
        ("colour: red\nkill you", r"test.phrases:4: unknown setting 'colour'"),
        ("strength: certain\nkill you", r"strength is 'judgment' or 'mechanical'"),
    ],
)
def test_a_bad_phrase_file_is_an_error_naming_the_place(source: str, message: str) -> None:
    """Every mistake in a phrase file names the file, the line or group, and what is wrong."""
    with pytest.raises(ValueError, match=message):
        _patterns(source)


def test_patterns_match_with_bounded_gaps_and_fillers() -> None:
    """``~N`` skips up to N words; ``~N:@set`` only words of the set."""
    (plain,) = _patterns("you ~2:@adj @insult")
    assert list(plain.find(["you", "worthless", "stupid", "idiot"])) == [(0, 3)]
    assert list(plain.find(["you", "are", "an", "idiot"])) == []
    (gap,) = _patterns("i ~2 kill $")
    assert list(gap.find(["i", "will", "kill"])) == [(0, 2)]
    assert list(gap.find(["i", "will", "kill", "it"])) == []


def test_optional_and_negative_slots() -> None:
    """``slot?`` may take no word; ``!a|b`` takes none and refuses the next word if listed."""
    (optional,) = _patterns("check out? my channel")
    assert list(optional.find(["check", "my", "channel"])) == [(0, 2)]
    assert list(optional.find(["check", "out", "my", "channel"])) == [(0, 3)]
    (negative,) = _patterns("subscribe !to|for")
    assert list(negative.find(["please", "subscribe"])) == [(1, 1)]
    assert list(negative.find(["i", "subscribe", "to", "the", "journal"])) == []


def test_every_match_in_a_sentence_is_found() -> None:
    """A pattern's matches are all found, left to right, none overlapping: each is evidence."""
    (pattern,) = _patterns("fuck you")
    words = ["fuck", "you", "and", "fuck", "you", "too"]
    assert list(pattern.find(words)) == [(0, 1), (3, 4)]


def test_the_anchor_is_the_rarest_slot_and_not_a_word_every_ending_reads() -> None:
    """Anchors are derived: not common words, not words a contracted ending spells out."""
    (pattern,) = _patterns("you are dead $")
    assert pattern.anchor == frozenset({"dead"})


@cache
def pattern_detectors() -> tuple[PhraseDetector, ...]:
    """The three pattern detectors of the Kankakee ordinance, built as the evaluator builds them."""
    ordinance = evaluator().ordinance
    configs = [c for category in ordinance.comment_policy.categories for c in category.detectors]
    built = [BUILTIN_DETECTORS[config.id](config) for config in configs]
    return tuple(d for d in built if isinstance(d, PhraseDetector))


@cache
def pattern_vocabulary() -> tuple[str, ...]:
    """Words the patterns name, their typos, and contracted and possessive spellings."""
    words: set[str] = {"im", "u", "ur", "dont", "i'll", "won't", "you're", "y'all", "imma"}
    for detector in pattern_detectors():
        words.update(detector.group.typos)
        for pattern in detector.group.patterns:
            for slot in pattern.slots:
                for runs in slot.runs.values():
                    words.update(" ".join(run) for run in runs)
    words.update([f"{word}'ll" for word in ("i", "we", "you")] + ["don't", "can't", "he's"])
    return tuple(sorted(words))


# Suffixes a reader strips: "kill's" reads "kill", "you'll" reads "you will".
_SUFFIXES = ("'s", "'ll", "n't", "'re", "'ve", "'m", "'d")


def spelled(draw: st.DrawFn, detector: PhraseDetector, word: str) -> str:
    """``word`` as written, most often; else with a suffix, or as one of its typos."""
    if draw(st.booleans()):
        return word
    typos = sorted(typo for typo, term in detector.group.typos.items() if term == word)
    return draw(st.sampled_from([word, *(word + suffix for suffix in _SUFFIXES), *typos]))


# A word of each typed slot ("<name>" and so on), as a comment writes it.
_TYPED = {"name": "John Smith", "number": "4821", "mark": ","}


@st.composite
def pattern_texts(draw: st.DrawFn) -> str:
    """A run of each word slot of a pattern, in order, among other words and varied punctuation."""
    detector = draw(st.sampled_from(pattern_detectors()))
    pattern = draw(st.sampled_from(detector.group.patterns))
    runs = [
        _TYPED.get(slot.kind, "word")
        if slot.kind
        else " ".join(
            spelled(draw, detector, word)
            for word in draw(st.sampled_from(sorted(run for r in slot.runs.values() for run in r)))
        )
        for slot in pattern.slots
        if slot.required or (slot.optional and draw(st.booleans()))
    ]
    other = st.sampled_from(pattern_vocabulary()) | st.text(
        "abcdefghijklmnopqrstuvwxyz'", max_size=6
    )
    words = draw(st.lists(other, max_size=6)) + runs
    words = draw(st.permutations(words)) if draw(st.booleans()) else runs + words[: -len(runs)]
    spaced = [w + draw(st.sampled_from([" ", " ", ", ", ". ", " '", '" '])) for w in words]
    return "".join(spaced)


def matches(detector: PhraseDetector, text: msp.NormalizedText) -> bool:
    """Whether a pattern of ``detector`` matches a sentence of ``text``, negated or quoted too."""
    return any(True for _ in detector.group.sentences(read(text)))


@given(data=st.data(), text=pattern_texts())
def test_a_comment_the_gates_turn_away_matches_no_pattern(data: st.DataObject, text: str) -> None:
    """The gates before reading are sound: whenever a pattern matches, they let the text in."""
    disguised = data.draw(st.just(text) | mst.obfuscations(text))
    normalized = normalize(disguised)
    for detector in pattern_detectors():
        assert detector.admits(normalized) or not matches(detector, normalized)


@pytest.mark.parametrize("text", ["you arseholen't ", "kysn't ", "Go kill yourselfn't now"])
def test_the_gates_let_in_a_word_that_ends_in_a_contracted_not(text: str) -> None:
    """Found by Hypothesis: the reader reads "kysn't" as "kys" and "not", so the gates must
    see "kys" too, or a comment a pattern matches would be turned away unread."""
    normalized = normalize(text)
    for detector in pattern_detectors():
        assert detector.admits(normalized) or not matches(detector, normalized)


def test_words_run_together_are_parts_no_quick_form_shows() -> None:
    """Parts of run-together words are no quick forms: a gate reads them with the splitter."""
    joined = RunTogether(frozenset({"hate"}), frozenset({"i"}))
    assert joined.split("ihate") == ("i", "hate")
    assert joined.parts(["ihate", "hat"]) == {"i", "hate"}
    assert "hate" not in quick_sources("ihate", {})
    assert quick_sources("will", {}) >= {"will", "ll"}


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


@st.composite
def anchored_texts(draw: st.DrawFn) -> str:
    """A pattern's runs in order, its anchor spelled otherwise: with a suffix, or a typo."""
    detector = draw(st.sampled_from(pattern_detectors()))
    pattern = draw(st.sampled_from(detector.group.patterns))
    required = [slot for slot in pattern.slots if slot.required]
    words: list[str] = []
    needs = iter(pattern.needs)
    for slot in required:
        if slot.kind:  # a typed slot needs no word of its own
            words.append(_TYPED.get(slot.kind, "word"))
            continue
        needed = next(needs)
        run = draw(st.sampled_from(sorted(run for r in slot.runs.values() for run in r)))
        for word in run:
            if needed == pattern.anchor and word in pattern.anchor:
                typos = sorted(t for t, term in detector.group.typos.items() if term == word)
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
    """A token with a suffix reads its head, and a trigger reads a token's parts at an
    apostrophe: "kill" in the trigger holds for "kill's", "kill'll" and "killn't"."""
    threat = next(d for d in pattern_detectors() if d.id == "threat")
    # The trigger needs a pattern's anchor and its slots: the anchor's part names the spellings.
    parts = [part for alternative in threat.trigger.needs for part in alternative]
    assert any("kill" in part.tokens for part in parts)
    assert threat.trigger.holds(normalize("I'll kill'em, I will kill's him"))
    assert not threat.trigger.holds(normalize("The budget's line items, as we'll see."))


def test_a_reader_spells_no_word_that_every_suffix_reads() -> None:
    """Every token ending in "n't" reads "not": no set of tokens spells it. A word's spellings
    are its typos and contractions; its endings are parts a trigger reads at the apostrophe."""
    assert plain_spellings("kill", {}) == {"kill"}
    assert "murdr" in plain_spellings("murder", {"murder": ("murdr",)})
    assert "im" in plain_spellings("i", {})  # "im" spells out "i am"
    with pytest.raises(ValueError, match="suffix"):
        plain_spellings("not", {})


@pytest.mark.parametrize(
    "text",
    [
        "Extermination is the final solution for people like him.",
        "Murdering a landlord like that should be legal.",
        "I will keep punching you until you cry.",
        "We are going to keep hunting those referees.",
        "I'm going to break that pretty face of yours.",
        "We'd all be better off if that landlord got shot.",
        "If only the neighbors had their throats slit.",
    ],
)
def test_harm_named_as_a_thing_an_activity_or_a_wish_is_a_threat(text: str) -> None:
    """Harm named as a noun or a gerund, a body part "of yours", harm wished in a condition."""
    assert evidence(text, "threat") != []


@pytest.mark.parametrize(
    "text",
    [
        "The only solution for the budget is a new tax.",
        "Killing a deer like that should be legal in season.",
        "We will keep attacking this problem until it is gone.",
        "I'll snap a photo of yours truly at the parade.",
        "We'd be better off if the council got organised.",
    ],
)
def test_the_same_frames_without_harm_to_a_person_are_not_threats(text: str) -> None:
    """The frames need harm and a person: a policy, an animal or a task is no target."""
    assert evidence(text, "threat") == []


def _person_patterns(source: str) -> tuple[Pattern, ...]:
    return (
        parse_phrases(
            "@person = mayor clerk maid people women referees\n"
            "@person_pronouns = you him them\n@person_titles = alderman officer mayor\n"
            "@determiners = the that every all those next\n@quantifiers = all every one kinds\n"
            "@compounds = industry office\n[g]\n" + source,
            "test.phrases",
        )
        .groups["g"]
        .patterns
    )


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("kill the next meter maid", "the next meter maid"),
        ("kill that clerk", "that clerk"),
        ("kill every one of them", "every one of them"),
        ("kill all of those referees", "all of those referees"),
        ("kill those kinds of gay people", "those kinds of gay people"),
        ("kill you people", "you people"),
        ("kill Alderman Lewis now", "Alderman Lewis"),
        ("kill him", "him"),
    ],
)
def test_a_typed_slot_reads_a_whole_noun_phrase(sentence: str, phrase: str) -> None:
    """``<person>`` takes pronouns, titles with names, determiners, quantifiers, modifiers."""
    (pattern,) = _person_patterns("kill <person>")
    tokens = [token for s in read(normalize(sentence)).sentences for token in s]
    words = [token.forms[0] for token in tokens]
    ((first, last),) = pattern.find(words, tokens)
    assert " ".join(sentence.split()[first : last + 1]) == "kill " + phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "kill the mayor office",  # a compound: the office, not the mayor
        "kill time with people",  # no determiner, so no modifier: "time" names no one
        "kill alderman",  # a title without a name, and no head "alderman"
    ],
)
def test_a_typed_slot_names_no_person_where_the_phrase_does_not(sentence: str) -> None:
    """A head before a compound noun, bare modifiers, a title with no name: no person."""
    (pattern,) = _person_patterns("kill <person>")
    tokens = [token for s in read(normalize(sentence)).sentences for token in s]
    words = [token.forms[0] for token in tokens]
    assert list(pattern.find(words, tokens)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He said he would kill the mayor.", False),
        ("Threatening to kill all immigrants will get you jailed.", False),
        ("She was banned for saying 'I will shoot those cops'.", False),
        ("I said I will kill the mayor.", True),
        ("I will kill the mayor, as everyone says.", True),
    ],
)
def test_reported_and_discussed_threats_are_not_the_writers(text: str, found: bool) -> None:
    """A threat reported or discussed ("he said", "threatening to ...") is not the writer's,
    unless the writer reports their own words."""
    assert (evidence(text, "threat") != []) is found


@pytest.mark.parametrize(
    "text",
    [
        "Strangle him.",
        "Just stab the landlord.",
        "Slit your own throat, coward.",
        "I'm coming over tonight and I will find you and break your legs.",
        "Those vandals, I hope get shot one day.",
        "Somebody should have murdered him years ago.",
        "He should go kill himself.",
        "We are going to torch your car.",
    ],
)
def test_orders_wishes_and_threats_to_property_are_threats(text: str) -> None:
    """Orders to harm a person, harm wished, harm to a person's property: review."""
    assert evidence(text, "threat") != []


@pytest.mark.parametrize(
    "text",
    [
        "Kill the bill.",
        "Shoot me an email when the agenda is out.",
        "Just execute the plan the council approved.",
        "The smoke may burn your eyes near the fire pit.",
        "I hope the roads get plowed soon.",
    ],
)
def test_orders_and_wishes_about_things_are_not_threats(text: str) -> None:
    """The same frames aimed at a bill, a plan, an errand or a road name no person."""
    assert evidence(text, "threat") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Beating a cop like him should not be a crime.", True),
        ("Stabbing that referee should not be illegal.", True),
        ("Beating a cop like him should be illegal.", False),
        ("Stabbing that referee is a crime.", False),
    ],
)
def test_denying_that_harm_is_a_crime_approves_it(text: str, found: bool) -> None:
    """Two negatives approve harm ("should not be illegal"); calling harm a crime does not."""
    assert (evidence(text, "threat") != []) is found


def test_a_city_adds_its_own_patterns_to_a_threat_detector() -> None:
    """The ``patterns`` option adds patterns in the shipped file's language and word sets, and
    the detector's trigger stays sound for them."""
    text = "Somebody toss the zoning clerk into the quarry."
    assert testing.signals(testing.build("threat"), text) == ()
    city = testing.build("threat", options={"patterns": ("toss <person> into the quarry|river",)})
    (signal,) = testing.signals(city, text)
    assert text[signal.start : signal.end] == "toss the zoning clerk into the quarry"
    testing.assert_trigger_sound(city, msp.Comment(text=text))


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("feed <monster> to the sharks", "typed slot <kind> names a set"),
        ("feed @victims to the sharks", "no word set '@victims'"),
    ],
)
def test_a_city_pattern_that_does_not_compile_names_the_option(pattern: str, message: str) -> None:
    """A bad pattern is a load error naming the option, its index and the fix."""
    with pytest.raises(msp.DetectorOptionError, match=message) as raised:
        testing.build("threat", options={"patterns": (pattern,)})
    assert "options.patterns" in str(raised.value)
    assert "patterns[0]" in str(raised.value)


def test_a_skipped_optional_slot_keeps_its_gap() -> None:
    """``~2 out? my``: without "out", up to two words may still stand before "my"."""
    (pattern,) = _patterns("check ~2 out? my channel")
    assert list(pattern.find(["check", "out", "my", "channel"])) == [(0, 3)]
    assert list(pattern.find(["check", "this", "new", "my", "channel"])) == [(0, 4)]
    assert list(pattern.find(["check", "a", "b", "c", "my", "channel"])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Whoever keyed my truck ought to be strung up.",
        "That landlord deserves to be hanged for what he did.",
        "People like that should just be shot.",
        "The vandal should have been summarily executed.",
        "String them up, every last one.",
        "Round up the whole crew and hang them high.",
        "Kill 'em all and let the courts sort it out.",
        "Feed the pervert to the sharks.",
        "Hang that creep by his thumbs.",
        "Somebody wipe that scumbag off the face of the earth.",
        "Shoot this punk in the face.",
        "Break that guy's fingers.",
        "We need to convict the board and then shoot them all.",
        "Go climb a tower and die.",
        "Do the town a favour and die already.",
        "Humanity would be better off without people like you.",
        "The planet is a better place without that neighbor.",
        "Where is the mistake in saying that cops deserve to die?",
        "Nothing wrong with saying those tenants should be shot.",
    ],
)
def test_violent_wishes_and_calls_are_threats(text: str) -> None:
    """Issue 9: wishes and calls said by anyone of anyone (a passive with a modal, a mob's call,
    an order at a person named by an insult, "better off without" the world over, a claim made
    one's own): review, citing § V.2.2."""
    assert evidence(text, "threat") != []
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Feral cats are everywhere. Kill them all.",
        "Coyotes took two pets on Elm St. They should be shot.",
        "The raccoons got into the bins again, kill them all.",
        "Mosquitoes are back at the pond. Someone should kill them.",
        "The bear should be shot before it hurts someone.",
        "The ordinance should be shot down at the next meeting.",
        "The contract should be executed by Friday.",
        "Kankakee would be better off without this mayor.",
        "The city would be better off without the new parking meters.",
        "We'd all be better off without Alderman Lewis on the council; vote him out.",
        "The board should get rid of the late fees.",
        "Hang the banner high over Main Street.",
        "Wipe the graffiti off the face of the library.",
        "Let's hang these paintings by the neck of the stairs.",
    ],
)
def test_the_same_calls_about_animals_things_and_votes_are_not_threats(text: str) -> None:
    """Issue 9: a pronoun whose antecedent is an animal, a thing or a vote names no person;
    criticism of an official or a wish to vote one out is protected (§ I.3)."""
    assert evidence(text, "threat") == []


@pytest.mark.parametrize(
    "text",
    [
        "Those people are animals. Kill them all.",
        "Rats, every one of those landlords. They should be shot.",
    ],
)
def test_a_predicate_noun_is_no_antecedent(text: str) -> None:
    """ "They are animals" names the people as animals: the pronoun still names people."""
    assert evidence(text, "threat") != []


_VIOLENT_WISHES = (
    "he should be hanged",
    "string them up",
    "the world would be better off without you",
    "do us a favor and die",
    "kill them all",
)


@given(
    wish=st.sampled_from(_VIOLENT_WISHES),
    frame=st.sampled_from(
        (
            'She wrote "{}" and got banned.',
            "He said {} and was arrested.",
            "Nobody should ever say {}.",
            "I would never say {}.",
        )
    ),
)
def test_reported_quoted_and_negated_wishes_are_not_threats(wish: str, frame: str) -> None:
    """The new families pass the same checks: a wish quoted, reported or negated is no finding."""
    assert evidence(frame.format(wish), "threat") == []


def _nouns(name: str) -> tuple[str, ...]:
    """The plural nouns of a word set of threats.phrases, sorted."""
    words = read_phrases("threats.phrases").sets[name]
    return tuple(sorted(w for w in words if w.endswith("s") and w.isalpha() and len(w) > 3))


@given(
    noun=st.sampled_from(_nouns("nonhuman")),
    order=st.sampled_from(("Kill them all.", "Someone should shoot them.", "They should be shot.")),
)
def test_a_pronoun_read_back_to_an_animal_is_no_threat(noun: str, order: str) -> None:
    """Any animal or pest of the data set, then an order about "them": no threat."""
    assert evidence(f"The {noun} are everywhere again. {order}", "threat") == []


@given(
    noun=st.sampled_from(("neighbors", "tenants", "officers", "councilmen", "drivers", "clerks")),
    order=st.sampled_from(("Kill them all.", "Someone should shoot them.", "They should be shot.")),
)
def test_a_pronoun_read_back_to_people_is_a_threat(noun: str, order: str) -> None:
    """The same order about people, officials and residents alike: a threat, for review."""
    assert evidence(f"The {noun} are everywhere again. {order}", "threat") != []


# Issue 9 (recall): whole families of death and harm wished or called for. Every example is
# made up for this test; none is taken from a data set.
_HARM_WISHES = (
    # A death hoped for, of a person named by role or by an insult
    "I really hope the building inspector dies.",
    "I hope that lowlife croaks.",
    # A person wanted dead
    "I want that landlord dead.",
    "We want those thugs dead.",
    # A beating to death or senseless, called for, promised or wished
    "Somebody ought to beat the meter maid to death.",
    "I'm going to stomp that referee senseless.",
    "I hope someone kicks the clerk half to death.",
    "We should corner the trustee after the meeting and beat him to a pulp.",
    # A bullet wished into a person
    "I hope somebody puts a bullet between his eyes.",
    "Somebody should put a slug in that commissioner.",
    # A call that opens with "please"
    "Somebody please strangle that landlord.",
    "Please shoot that scumbag.",
    # Harm with "need", taken out back, and after what a person is said to be
    "Those tenants need to be beaten to death.",
    "The assessor needs to be run over.",
    "He should be taken out back and shot.",
    "She is a disgrace to this town and needs to be strung up.",
    # "kill them all" ending a sentence after another clause
    "Round those councilmen up, kill them all.",
    # A death wished after another harm, "go die in a hole", a person who "needs to die"
    "I hope you trip on the stairs and die.",
    "You should just go die in a ditch.",
    "That inspector needs to die.",
    # Harm wished in regret that it did not happen
    "Too bad the tornado didn't kill the alderman.",
    # Harm to a part of a person named by a possessive; a chairman named by role
    "I'm going to break the umpire's kneecaps.",
    "Somebody ought to smash the landlord's teeth in.",
    "Someone should put the planning commission chairwoman six feet under.",
)


@pytest.mark.parametrize("text", _HARM_WISHES)
def test_death_and_harm_wished_or_called_for_are_reviewed(text: str) -> None:
    """Each family of wished or called-for harm aimed at a person is a threat (§ V.2.2), for
    review; the evidence lies in the text."""
    found = evidence(text, "threat")
    assert found
    assert all(text[e.start : e.end] == e.text for e in found)
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # The same words at a bill, a plan, a tree, an election or an office
        "I hope the parking ordinance dies in committee.",
        "I hope the mayor's plan dies a quiet death.",
        "I want that proposal dead and buried.",
        "The incumbents need to be beaten in November.",
        "The Democrats must be beaten at the polls.",
        "The police department should be eliminated and replaced.",
        "Those fees are outdated and should be eliminated.",
        "The recycling should be taken out back by the garage.",
        "Please shoot me an email with the minutes.",
        "Please kill me, this meeting will never end.",
        "Put a bullet point in the summary for the council.",
        # A harm foretold, a grief, a negation, a quotation and counter-speech
        "If the levee breaks, the flood will kill them all.",
        "I hope when my father dies he is at home.",
        "I don't want him dead, I want him voted out.",
        "Nobody should beat a clerk to death over a parking ticket.",
        'He shouted "kill them all" and the crowd booed him out.',
        "Saying that someone should be taken out back and shot is never okay.",
        "The mice are in the walls. They are pests and should be exterminated.",
        "The old zoning rules need to die.",
        "Too bad the council didn't kill the parking plan.",
        "Too bad the storm didn't hurt anyone.",
        "I hope the tomato plants don't wilt and die.",
        "That vote will break the alderman's heart.",
        "We should break the chairman's grip on the agenda.",
    ],
)
def test_the_same_words_at_plans_offices_or_elections_and_negated_are_no_threat(
    text: str,
) -> None:
    """Those families need a person harmed: a plan, a bill or an election is none, and a
    negation, a quotation or counter-speech drops the match (§ I.3)."""
    assert evidence(text, "threat") == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("I hope the alderman dies.", "I hope my neighbor dies."),
        ("Someone should beat the mayor to death.", "Someone should beat the tenant to death."),
    ],
)
def test_harm_wished_on_an_official_or_a_resident_is_the_same_finding(
    official: str, resident: str
) -> None:
    """Who is wished harm makes no difference: the mayor and a resident are treated alike."""
    assert bool(evidence(official, "threat")) is bool(evidence(resident, "threat")) is True


@pytest.mark.parametrize(
    "text",
    [
        # Violence called for against people named by a protected group (issue 9)
        "Somebody should shoot those Sikhs.",
        "Homosexuals need to be strung up.",
        "I hope the Somalis die.",
        "Round up the migrants and shoot them.",
        "The only good Muslim is a dead Muslim.",
        "Hindus should all be nuked.",
    ],
)
def test_violence_called_for_against_a_group_is_a_threat(text: str) -> None:
    """Harm called for against people named by a group is a threat (§ V.2.2), for review; the
    group_hate detector finds the hate beside it (§ V.2.4)."""
    assert evidence(text, "threat")
    assert cited(text, "threat") == {"V.2.2"}


@pytest.mark.parametrize(
    "text",
    [
        "Sikhs should be welcomed at the festival.",
        "Migrants need to be housed before winter.",
        "The only good parking plan is a dead parking plan.",
        "Round up the volunteers and thank them.",
        "No one should say Hindus should be nuked.",
        "Deportations of Somalis should be stopped.",
    ],
)
def test_groups_named_without_a_call_for_violence_are_no_threat(text: str) -> None:
    """A group named with welcome, help, a plan, a negation or a policy opinion is no threat."""
    assert evidence(text, "threat") == []


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Simpletons like yourself never read the agenda.", True),
        ("Dimwits like yourselves should stay home.", True),
        ("Neighbors like yourself make this town work.", False),
        ("Shut up, you libtards.", True),
        ("Shut up, you trumptards.", True),
        ("Shut up, you voters.", False),
    ],
)
def test_insults_like_yourself_and_of_either_side_are_personal_attacks(
    text: str, attack: bool
) -> None:
    """An insult of a person "like yourself" is as much an attack as "like you"; an insult made
    of either side's politics is an insult alike (viewpoint neutral); a plain noun is none."""
    assert bool(evidence(text, "personal_attack")) is attack


@pytest.mark.parametrize(
    "text",
    [
        # A beating a person needs or deserves
        "That clerk needs a good beating.",
        "He deserves a proper thrashing.",
        "Honestly she could use a slap in the face.",
        "What that guy needs is a real ass kicking.",
        "I hope the landlord gets a beating.",
        # A head kicked or bashed in, foretold or wished
        "You're going to get your head kicked in.",
        "He deserves to get his skull bashed in.",
        "I hope that referee gets his teeth knocked in.",
        # A strike aimed at a part of a person
        "That inspector makes me want to punch him in the mouth.",
        "Someone should kick that guy in the head.",
        "I'm gonna smack you in the face.",
        # A bounty or a price on a person's head
        "Somebody should put a bounty on his head.",
        "There ought to be a price on their heads.",
        "I'd pay a bounty on the assessor's head.",
        # Never show your face here again; run and die
        "Don't you ever show your face around here again.",
        "Never show your ugly face in this town again.",
        "Get out and don't show your face here again.",
        "Run and die, you coward.",
        # Thrown off a height or into the water, helicopter rides
        "Somebody should throw him off a bridge.",
        "Toss those inspectors into the river.",
        "We ought to push the landlord off the roof.",
        "Free helicopter rides for all of them.",
        "Those reporters deserve a helicopter ride.",
        # A disease or an accident wished
        "I hope you get cancer.",
        "Hope the alderman gets hit by a bus.",
        "I pray his plane crashes.",
        # Body parts torn or wrung
        "I'm going to wring your neck.",
        "I will rip his head off.",
        "We'll tear their throats out.",
        # A firing squad, a rope, tar and feathers
        "Line them up against the wall.",
        "The whole board should be lined up and shot.",
        "Somebody get a rope.",
        "The treasurer should be tarred and feathered.",
        "The clerk should hang.",
        "Hang the traitors!",
        "I will end you.",
    ],
)
def test_threat_families_of_issue_9_are_reviewed(text: str) -> None:
    """Families of threats and violent wishes written for issue 9 (a beating deserved, a head
    kicked in, a bounty, thrown off a bridge, a disease wished, a firing squad, a rope): each is a
    judgment finding under § V.2.2, reviewed, never removed."""
    assert evidence(text, "threat")
    assert "V.2.2" in cited(text, "threat")
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # Things, plans, teams and elections
        "The budget needs a good trimming.",
        "Our team deserves a break after that season.",
        "The Bears are going to get their butts kicked on Sunday.",
        "The council keeps kicking taxpayers in the teeth.",
        "The council threw the taxpayers under the bus.",
        "We should throw the whole proposal into the lake.",
        "Let's toss the old benches into the river.",
        "That portrait of the mayor should hang in city hall.",
        "The mayor should hang in there.",
        "The kids should hang out at the new park.",
        "We will end homelessness in this town.",
        "I will end the meeting early.",
        "Get a rope and tie down the tarp.",
        "Line the kids up against the wall for the photo.",
        "Put the chairs up against the wall.",
        "I'll tear your argument apart.",
        # Care, negation, reports and quotations
        "I hope you get the covid vaccine.",
        "I hope you get cancer screening every year.",
        "I hope you don't get covid.",
        "I would never throw anyone off a bridge.",
        "He got his teeth knocked out at hockey practice.",
        'He yelled "I will end you" and the police came.',
        "If the plane crashes, we all die.",
        # Criticism of officials
        "The alderman deserves a raise, not a recall.",
        "Show your face at the next meeting and explain the vote.",
        "The coaches should resign and never show their faces in this town again.",
        "The mayor should resign and never run again.",
    ],
)
def test_the_same_words_without_harm_to_a_person_are_not_threats(text: str) -> None:
    """The words of those families aimed at a thing, a team, a plan or an election, in an idiom,
    negated, reported or quoted, or in criticism of an official are no threat (§ I.3)."""
    assert evidence(text, "threat") == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("The mayor needs a good beating.", "My neighbor needs a good beating."),
        ("I hope the alderman gets cancer.", "I hope my neighbor gets cancer."),
        ("Put a bounty on the clerk's head.", "Put a bounty on the plumber's head."),
    ],
)
def test_the_new_families_treat_officials_and_residents_alike(official: str, resident: str) -> None:
    """Who is threatened makes no difference to these families (§ I.3): the same finding."""
    assert cited(official, "threat") == cited(resident, "threat") == {"V.2.2"}


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("You liberal idiot.", "You conservative idiot."),
        ("Shut up, you leftist moron.", "Shut up, you republican moron."),
        (
            "You socialist clowns never read the budget.",
            "You fascist clowns never read the budget.",
        ),
        ("You progressive dimwits.", "You democrat dimwits."),
        ("You lefty sheeple.", "You commie sheeple."),
    ],
)
def test_an_insult_with_either_sides_politics_between_is_an_attack_alike(
    left: str, right: str
) -> None:
    """A political word between "you" and an insult leaves it an insult, whichever side the word
    names (viewpoint neutral, § I.3): both phrasings are the same finding (issue 9)."""
    assert evidence(left, "personal_attack")
    assert cited(left, "personal_attack") == cited(right, "personal_attack") == {"V.2.2"}


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Stupid woman.", True),
        ("Pathetic little man.", True),
        ("Fat old man!", True),
        ("Worthless bastard.", True),
        ("Clueless guy.", True),
        ("The old man.", False),
        ("A little girl.", False),
        ("Poor woman.", False),
        ("Stupid woman drivers are a myth.", False),
        ("You conservatives have a point about the budget.", False),
        ("Are you liberal voters going to the meeting?", False),
        ("You left the trash on the curb.", False),
        ("This policy is racist.", False),
    ],
)
def test_an_insult_said_as_a_sentence_of_its_own_is_an_attack(text: str, attack: bool) -> None:
    """An insult that is a whole sentence about a person ("Stupid woman.") is an attack; a
    description ("Poor woman.", "The old man."), a political word without an insult and
    criticism of a policy are not."""
    assert bool(evidence(text, "personal_attack")) is attack


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("He argued that the protesters should be shot.", True),
        ("She suggested the neighbors should be shot.", True),
        ("The candidate insists that the traitors should hang.", True),
        ("A headline today: neighbor should be shot, man says.", True),
        ("They keep pushing the notion that the judge should be killed.", True),
        ("I suggest they should all be shot.", False),
        ("We argued that the protesters should be shot.", False),
        ("My idea: they should all be shot.", False),
    ],
)
def test_words_argued_or_suggested_by_others_are_reported(text: str, reported: bool) -> None:
    """A call for harm that the writer reports others argued, suggested or insisted on is
    discussed, not made (the check ``reported``); said by the writer ("I suggest", "we
    argued", "my idea") it is the writer's own (Kankakee § V.2.2)."""
    verdict = evaluator().evaluate(text)
    threat = [f for f in verdict.findings for e in f.evidence if e.detector == "threat"]
    assert (not threat) is reported
