"""Unit tests for detector triggers and the evaluator's index of them."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import municipal_social_policy as msp
from municipal_social_policy.detectors.triggers import TriggerIndex, Typos, spaced_words
from municipal_social_policy.scan import Scan


def test_a_trigger_must_name_something() -> None:
    """A trigger that could hold for no text is refused: a detector that reads all has none."""
    with pytest.raises(ValueError, match="holds for no text"):
        msp.Trigger()


@pytest.mark.parametrize(
    ("trigger", "text", "holds"),
    [
        (msp.Trigger(characters=frozenset("@")), "write to me@example.org", True),
        (msp.Trigger(characters=frozenset("@")), "write to me at example.org", False),
        (msp.Trigger(words=frozenset({"thief."})), "He is a thief.", True),
        (msp.Trigger(words=frozenset({"thief"})), "He is a thief.", False),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a thief.", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a chief.", False),
        # A disguised text is read in the forms of its words: "th1ef" is "thief", "ch1ef" is not.
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a th1ef.", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is the t h i e f.", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a thiiiief.", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a ch1ef.", False),
        (msp.Trigger(tokens=frozenset({"thief's"})), "He is the th1ef's friend.", True),
        (msp.Trigger(tokens=frozenset({"friend"})), "He is the th1ef's friend.", True),
        # A masked word stands for the tokens of its length with its letters where it shows
        # them, each mask one letter: the first and the last may be hidden too.
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a th*ef.", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a th**f.", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a thie*, I say", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is the th*ef's friend.", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a ch*ef.", False),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a th*f.", False),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a th**ef.", False),
        (msp.Trigger(tokens=frozenset({"friend"})), "A th*ef's friend.", True),
        (msp.Trigger(words=frozenset({"thief"})), "He is a ch1ef.", False),
    ],
)
def test_holds(trigger: msp.Trigger, text: str, holds: bool) -> None:
    """Characters, white-space words and plain tokens are each tested in their own view."""
    assert trigger.holds(msp.normalize(text)) is holds


@pytest.mark.parametrize(
    ("text", "default", "short"),
    [
        ("gayvermin everywhere", True, True),  # "gay" and five letters: both readings
        ("ihate them", False, True),  # "hate" after one letter: only the short reading
        ("hatei them", False, True),
        ("hated them", False, True),  # the short reading holds for a word and one letter
        ("i hate them", False, False),  # apart: the run-together part does not hold
        ("whatever", False, False),
    ],
)
def test_runs_into_reads_words_run_together(text: str, default: bool, short: bool) -> None:
    """``runs_into`` holds for a word of ``run_length`` letters or more that starts or ends with
    one of its words, the rest ``run_rest`` letters or more (8 and 3 by default)."""
    words = frozenset({"gay", "hate"})
    assert msp.Trigger(runs_into=words).holds(msp.normalize(text)) is default
    shorter = msp.Trigger(runs_into=words, run_length=5, run_rest=1)
    assert shorter.holds(msp.normalize(text)) is short


def test_union_of_run_together_parts_reads_as_the_weaker() -> None:
    """A union of parts that read words run together reads as the weaker of them: it holds
    wherever one of them does (and may hold for more: "gayer" under the shorter reading)."""
    long_runs = msp.Trigger(runs_into=frozenset({"gay"}))
    short_runs = msp.Trigger(runs_into=frozenset({"hate"}), run_length=5, run_rest=1)
    union = msp.Trigger.any_of(long_runs, short_runs)
    assert (union.run_length, union.run_rest) == (5, 1)
    for text in ("gayvermin", "ihate", "hated", "gayer"):
        assert union.holds(msp.normalize(text)), text
    assert not union.holds(msp.normalize("whatever"))


def test_union_holds_where_either_holds() -> None:
    """``a | b`` holds for the texts of ``a`` and for those of ``b``."""
    either = msp.Trigger(characters=frozenset("@")) | msp.Trigger(tokens=frozenset({"fee"}))
    assert either.holds(msp.normalize("a@b"))
    assert either.holds(msp.normalize("no fee"))
    assert not either.holds(msp.normalize("free"))


def test_spaced_words_keep_punctuation() -> None:
    """The words ``str.split`` gives, case-folded, punctuation attached."""
    assert spaced_words(msp.normalize("Thief! (Really)")) == {"thief!", "(really)"}


def called(index: TriggerIndex, text: str, count: int) -> list[int]:
    """The positions of the detectors ``index`` calls for ``text``."""
    mask = index.called(msp.normalize(text))
    return [i for i in range(count) if mask >> i & 1]


def test_index_calls_untriggered_detectors_and_those_whose_trigger_holds() -> None:
    """Each detector is one bit; a detector without a trigger is always called."""
    triggers: list[msp.Trigger | None] = [
        None,
        msp.Trigger(characters=frozenset("0123456789")),
        msp.Trigger(words=frozenset({"bribe", "bribe."})),
        msp.Trigger(tokens=frozenset({"fee", "fees"})),
        msp.Trigger(characters=frozenset("@"), tokens=frozenset({"email"})),
    ]
    index = TriggerIndex.of(triggers)
    assert called(index, "Fix the potholes", 5) == [0]
    assert called(index, "Call 555 now, no fees", 5) == [0, 1, 3]
    assert called(index, "he took a bribe.", 5) == [0, 2]
    assert called(index, "email me", 5) == [0, 4]
    assert called(index, "f33s", 5) == [0, 1, 3]  # disguised: read as "fees"
    assert called(index, "f*es", 5) == [0, 3]  # masked: what "f*es" may stand for
    assert called(index, "e**il", 5) == [0, 4]
    assert called(index, "f*** it", 5) == [0, 3]  # "fees" among its words
    assert called(index, "b*** it", 5) == [0]


class _Shouting:
    """A custom detector with a trigger of the wrong type."""

    id = "shouting"
    trigger = "!!!"

    def __call__(self, text: msp.NormalizedText, comment: msp.Comment) -> Iterable[msp.Signal]:
        return ()


def test_evaluator_refuses_a_trigger_that_is_not_a_trigger(kankakee: msp.Ordinance) -> None:
    """A detector's ``trigger`` must be a Trigger or None, and the error names the detector."""
    with pytest.raises(TypeError, match="detector 'profanity': trigger must be"):
        msp.Evaluator(kankakee, detectors={"profanity": lambda config: _Shouting()})


def test_all_of_holds_only_where_every_part_holds() -> None:
    """A conjunction needs each of its parts: the verb alone or the person alone is not enough."""
    harm = msp.Trigger(tokens=frozenset({"hurt", "kill"}))
    person = msp.Trigger(tokens=frozenset({"him", "her"}))
    both = msp.Trigger.all_of(harm, person)
    assert both.holds(msp.normalize("I will hurt him"))
    assert not both.holds(msp.normalize("my back hurt all week"))
    assert not both.holds(msp.normalize("I told her"))
    assert both.needs == ((harm, person),)


def test_all_of_distributes_over_alternatives() -> None:
    """``(a | b) & c`` is stored as the alternatives ``a & c`` and ``b & c``."""
    a = msp.Trigger(characters=frozenset("@"))
    b = msp.Trigger.all_of(
        msp.Trigger(tokens=frozenset({"x"})), msp.Trigger(tokens=frozenset({"y"}))
    )
    c = msp.Trigger(tokens=frozenset({"z"}))
    combined = msp.Trigger.all_of(a | b, c)
    assert set(combined.needs) == {(a, c), (*b.needs[0], c)}


def test_a_union_of_parts_stays_one_part() -> None:
    """Alternatives of one part each merge into one part: the union of their keys."""
    merged = msp.Trigger.any_of(
        msp.Trigger(tokens=frozenset({"fee"})), msp.Trigger(characters=frozenset("$"))
    )
    assert merged == msp.Trigger(characters=frozenset("$"), tokens=frozenset({"fee"}))
    assert merged.needs == ((merged,),)


def test_of_patterns_needs_every_slot_of_one_pattern() -> None:
    """One alternative per pattern, one part per required slot, as a phrase engine gives them."""
    trigger = msp.Trigger.of_patterns(
        [
            [frozenset({"kill", "shoot"}), frozenset({"you", "him"})],
            [frozenset({"bomb"})],
        ]
    )
    assert trigger.holds(msp.normalize("I will shoot him"))
    assert trigger.holds(msp.normalize("a bomb"))
    assert not trigger.holds(msp.normalize("shoot the photos"))


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: msp.Trigger.all_of(), "at least one"),
        (lambda: msp.Trigger.any_of(), "at least one"),
        (lambda: msp.Trigger.of_patterns([]), "no pattern"),
        (lambda: msp.Trigger.of_patterns([[frozenset()]]), "needs nothing"),
        (lambda: msp.Trigger.of_patterns([[frozenset({"a"})]], kind="letters"), "kind='letters'"),
        (
            lambda: msp.Trigger(
                tokens=frozenset({"a"}), alternatives=((msp.Trigger(tokens=frozenset({"b"})),),)
            ),
            "takes no characters",
        ),
        (lambda: msp.Trigger(alternatives=((),)), "non-empty tuple of parts"),
    ],
)
def test_malformed_conjunctions_are_refused(build: object, message: str) -> None:
    """Each malformed trigger is refused with a message that says what to give instead."""
    with pytest.raises(ValueError, match=message):
        build()  # type: ignore[operator]


def test_the_evaluator_skips_a_detector_for_authors_outside_its_roles(
    kankakee: msp.Ordinance,
) -> None:
    """A personnel rule is not called for a member of the public: its roles exclude them."""
    calls: list[msp.Role] = []

    class _Recording:
        id = "personnel_guilt_statement"
        roles = frozenset({msp.Role.PERSONNEL})

        def __call__(self, text: msp.NormalizedText, comment: msp.Comment) -> Iterable[msp.Signal]:
            calls.append(comment.author.role)
            return ()

    evaluator = msp.Evaluator(
        kankakee, detectors={"personnel_guilt_statement": lambda c: _Recording()}
    )
    for role in msp.Role:
        evaluator.evaluate(msp.Comment(text="He is guilty", author=msp.Author(role=role)))
    assert calls == [msp.Role.PERSONNEL]


def test_a_length_trigger_holds_for_texts_as_long() -> None:
    """``Trigger(length=n)`` holds for a normalised text of n characters or more, alone or as a
    part of a conjunction; the index calls its detector for those texts only."""
    long_enough = msp.Trigger(length=10)
    assert long_enough.holds(msp.normalize("0123456789"))
    assert not long_enough.holds(msp.normalize("012345678"))
    both = msp.Trigger.all_of(msp.Trigger(tokens=frozenset({"fee"})), long_enough)
    assert both.holds(msp.normalize("a fee of ten"))
    assert not both.holds(msp.normalize("a fee"))
    assert not both.holds(msp.normalize("no charges at all"))
    index = TriggerIndex.of([long_enough, both])
    assert called(index, "a fee", 2) == []
    assert called(index, "a fee of ten", 2) == [0, 1]


def test_a_negative_length_is_refused() -> None:
    """A length below zero is a mistake, named with its fix."""
    with pytest.raises(ValueError, match="length=-1"):
        msp.Trigger(length=-1)


@pytest.mark.parametrize(
    ("trigger", "text", "holds"),
    [
        (msp.Trigger(substrings=frozenset({"magnet:"})), "magnet:?xt=urn:btih:c12f", True),
        (msp.Trigger(substrings=frozenset({"magnet:"})), "a magnet on the fridge", False),
        (msp.Trigger(substrings=frozenset({"/*"})), "1 /* x */ union", True),
        (msp.Trigger(digits=7), "call 815-555-0111", True),
        (msp.Trigger(digits=7), "in 2019 the 5 parks", False),
        (msp.Trigger(digits=7), "１２３４５６７", True),  # NFKC makes full-width digits 0-9
        (msp.Trigger(repeats=4), "buy now buy now buy now buy now", True),
        (msp.Trigger(repeats=4), "the park, the pool and the library", False),
        (msp.Trigger(repeats=2), "Fee? FEE!", True),  # the plain words, case folded
        (msp.Trigger(opening=frozenset("'")), "admin' or 1=1", True),
        (msp.Trigger(opening=frozenset("'")), "  x'or 'a'='a", True),  # white space before
        (msp.Trigger(opening=frozenset("'")), "'", True),
        (msp.Trigger(opening=frozenset("'")), "I think it's fine", False),  # a later word
        (msp.Trigger(opening=frozenset("'")), "", False),
    ],
)
def test_computed_conditions_hold(trigger: msp.Trigger, text: str, holds: bool) -> None:
    """Substrings of the normalised text, a count of digits 0-9, a plain word's repeats and a
    character of the first word."""
    assert trigger.holds(msp.normalize(text)) is holds


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: msp.Trigger(digits=-2), "digits=-2"),
        (lambda: msp.Trigger(repeats=-1), "repeats=-1"),
        (lambda: msp.Trigger(substrings=frozenset({""})), "empty string"),
        (
            lambda: msp.Trigger(
                alternatives=((msp.Trigger(length=3),),), substrings=frozenset({"x"})
            ),
            "put them in a part",
        ),
    ],
)
def test_a_wrong_computed_condition_is_refused(build: object, message: str) -> None:
    """A negative count, an empty substring or a condition beside alternatives is a mistake."""
    with pytest.raises(ValueError, match=message):
        build()  # type: ignore[operator]


def test_a_union_of_computed_parts_keeps_the_weaker_condition() -> None:
    """``a | b`` of two parts is one part that holds where either does: the smaller length,
    digits and repeats, and every substring."""
    either = msp.Trigger(length=10, substrings=frozenset({"zz"})) | msp.Trigger(length=4, digits=3)
    assert not either.alternatives
    assert either.holds(msp.normalize("abcd"))
    assert either.holds(msp.normalize("zz"))
    assert not either.holds(msp.normalize("abc"))
    assert either.holds(msp.normalize("123"))


def test_a_trigger_with_typos_holds_for_a_text_with_one_of_them() -> None:
    """The typos read as a trigger's tokens are keys too: the trigger, the scan and the
    reference index hold for a text with one, and for none with another word."""
    typos = Typos({"hatred": ("hatrde", "htared"), "other": ("othre",)})
    trigger = msp.Trigger(tokens=frozenset({"hatred", "vile"}), typos=typos)
    scan = Scan.of([trigger])
    index = TriggerIndex.of([trigger])
    for text, holds in [
        ("so much hatred here", True),
        ("so much hatrde here", True),
        ("the htared of it", True),
        ("a vile thing", True),
        ("the othre one", False),  # a typo of a word the trigger does not name
        ("the hatter and the hated", False),
    ]:
        normalized = msp.normalize(text)
        assert trigger.holds(normalized) is holds, text
        assert bool(scan.admitted(scan.found(normalized)) & 1) is holds, text
        assert bool(index.called(normalized) & 1) is holds, text


def test_any_of_all_is_any_of_the_conjunctions() -> None:
    """``any_of_all`` gives the trigger ``any_of`` gives of each alternative's ``all_of``: a part
    named twice counts once, alternatives of one part merge into one part, and a conjunction
    among the parts is distributed."""
    a, b, c = (msp.Trigger(tokens=frozenset({word})) for word in ("alpha", "beta", "gamma"))
    dollar = msp.Trigger(characters=frozenset("$"))
    either = msp.Trigger.all_of(b, c) | dollar
    cases: list[list[tuple[msp.Trigger, ...]]] = [
        [(a, b), (b, c, b), (a,)],
        [(a,), (dollar,)],
        [(a, either), (c,)],
        [(b, a, a)],
    ]
    for alternatives in cases:
        expected = msp.Trigger.any_of(*(msp.Trigger.all_of(*parts) for parts in alternatives))
        assert msp.Trigger.any_of_all(alternatives) == expected, alternatives
    with pytest.raises(ValueError, match="at least one"):
        msp.Trigger.any_of_all([])


def test_the_scan_reads_a_typo_of_several_words_for_each_of_them() -> None:
    """A typo read as two words holds for the parts of both ("tral" is "trial" and "trail"
    with a vowel dropped), a typo that is also another part's token holds for both parts, and a
    word's typos hold for no part that does not read them: the scan admits what the reference
    index calls, text by text."""
    typos = Typos({"trial": ("tral", "rtial", "tiral"), "trail": ("tral", "taril")})
    first = msp.Trigger(tokens=frozenset({"trial"}), typos=typos)
    second = msp.Trigger(tokens=frozenset({"trail", "delta"}), typos=typos)
    plain = msp.Trigger(tokens=frozenset({"tiral", "trail"}))  # reads no typo
    other = msp.Trigger(tokens=frozenset({"omega"}))
    triggers = [first, second, plain, first & other, plain & other]
    scan = Scan.of(triggers)
    index = TriggerIndex.of(triggers)
    expected = {
        "tral": 0b00011,
        "rtial": 0b00001,
        "tiral": 0b00101,
        "taril": 0b00010,
        "trail": 0b00110,
        "tiral omega": 0b11101,
        "tral omega": 0b01011,
        "taril omega": 0b00010,
        "delta": 0b00010,
        "trial by omega": 0b01001,
        "nothing here": 0,
    }
    for text, mask in expected.items():
        normalized = msp.normalize(text)
        assert scan.admitted(scan.found(normalized)) == mask, text
        assert index.called(normalized) == mask, text


def test_an_opening_is_computed_by_the_scan_after_its_first_part() -> None:
    """A part with an ``opening`` is a computed condition: the scan and the reference index
    test it where the alternative's first part holds, and agree with :meth:`Trigger.holds`."""
    trigger = msp.Trigger.all_of(
        msp.Trigger(characters=frozenset("'")), msp.Trigger(opening=frozenset("'"))
    )
    assert trigger.needs[0][1].computed
    scan = Scan.of([trigger])
    index = TriggerIndex.of([trigger])
    for text, holds in [("x' or 1=1", True), ("I think it's fine", False), ("no quote", False)]:
        normalized = msp.normalize(text)
        assert trigger.holds(normalized) is holds
        assert bool(scan.admitted(scan.found(normalized)) & 1) is holds
        assert bool(index.called(normalized) & 1) is holds
    merged = msp.Trigger(opening=frozenset("'")) | msp.Trigger(opening=frozenset('"'))
    assert merged.opening == frozenset("'\"")


# Substrings that open with one character each (searched as one alternation) and others (each
# searched apart); regular-expression characters among them must be read as themselves.
_OPENING_ALIKE = frozenset({".c", ".com", ".org", ".net", ".io", ".(x)", ".*", ".+?"})
_OPENING_APART = frozenset({"born", "dob", "d.o.b", "birth", "sleep(", "%27", "char("})


@pytest.mark.parametrize("substrings", [_OPENING_ALIKE, _OPENING_APART])
@pytest.mark.parametrize(
    "text",
    [
        "see example.com for more",
        "see example.co for more",  # ".c" alone holds
        "example.org",
        "a dot at the end.",
        "the regex .* is greedy",
        "the regex .+ is greedy",  # ".+?" needs the "?"
        "odd .(x) here",
        "odd .(y) here",
        "born in 1970",
        "bor n in 1970",
        "sleep(5)",
        "sleep 5",
        "id=%27",
        "",
    ],
)
def test_a_part_of_substrings_holds_where_the_text_contains_one(
    substrings: frozenset[str], text: str
) -> None:
    """However the substrings are searched, a part holds exactly where the text contains one."""
    part = msp.Trigger(substrings=substrings)
    normalized = msp.normalize(text)
    expected = any(substring in normalized.normalized for substring in substrings)
    assert part.holds_computed(normalized) is expected
    assert part.holds(normalized) is expected


def test_a_later_computed_part_is_computed_only_where_its_alternative_can_hold() -> None:
    """A later part's computed condition is not computed where the rest of its alternatives was
    not found (it could admit nothing), and is where it was: the scan admits what the reference
    index calls either way, and one part shared by two alternatives is computed for either."""
    link = msp.Trigger(substrings=frozenset({"http"}))
    threat = msp.Trigger(tokens=frozenset({"kill"}))
    mayor = msp.Trigger(tokens=frozenset({"mayor"}))
    council = msp.Trigger(tokens=frozenset({"council"}))
    triggers = [
        msp.Trigger.all_of(threat, link, mayor),
        msp.Trigger.any_of(
            msp.Trigger.all_of(threat, council, link), msp.Trigger.all_of(mayor, link)
        ),
    ]
    scan = Scan.of(triggers)
    index = TriggerIndex.of(triggers)
    (position,) = {at for parts in scan.gated.values() for at, part in parts if part == link}
    link_bit = 1 << position
    expected = {
        "kill http://example.org": (0b00, False),  # neither alternative's rest is found
        "kill the mayor http://example.org": (0b11, True),
        "kill the council http://example.org": (0b10, True),
        "the mayor http://example.org": (0b10, True),
        "kill the mayor": (0b00, False),
        "kill the mayor and council": (0b00, False),
        "nothing here http": (0b00, False),
    }
    for text, (mask, computed) in expected.items():
        normalized = msp.normalize(text)
        found = scan.found(normalized)
        assert scan.admitted(found) == mask, text
        assert index.called(normalized) == mask, text
        assert bool(found & link_bit) is computed, text


def test_a_computed_first_part_is_computed_only_where_the_rest_can_hold() -> None:
    """A computed first part is computed where the rest of one of its alternatives was found;
    a detector's one computed part is computed for every text."""
    long_text = msp.Trigger(length=20)
    mayor = msp.Trigger(tokens=frozenset({"mayor"}))
    triggers = [msp.Trigger.all_of(long_text, mayor), long_text]
    scan = Scan.of(triggers)
    index = TriggerIndex.of(triggers)
    (first,) = scan.conjunctions
    first_bit = 1 << first
    expected = {
        "a comment of more than twenty characters": (0b10, False),
        "the mayor, in a comment of more than twenty characters": (0b11, True),
        "the mayor": (0b00, True),  # computed, does not hold
        "short": (0b00, False),
    }
    for text, (mask, computed) in expected.items():
        normalized = msp.normalize(text)
        found = scan.found(normalized)
        assert scan.admitted(found) == mask, text
        assert index.called(normalized) == mask, text
        assert bool(found & first_bit) is (computed and len(normalized.normalized) >= 20), text
