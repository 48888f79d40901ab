"""Triggers are necessary conditions: no built-in detector signals where its trigger fails.

The evaluator skips a detector whose trigger does not hold, so a trigger that is too narrow would
let a comment through unread. Here every built-in detector of the Kankakee ordinance is called
directly, trigger or not, on violations, their disguises, civic comments and arbitrary text.
"""

from __future__ import annotations

import itertools
from functools import cache

from hypothesis import example, given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst
from municipal_social_policy import testing
from municipal_social_policy.detectors import Detector
from municipal_social_policy.detectors.triggers import MASKED_READ, TriggerIndex, masked_words
from municipal_social_policy.scan import Scan
from municipal_social_policy.words import MASK


@cache
def detectors() -> tuple[Detector, ...]:
    """Every detector the Kankakee ordinance configures, built as the evaluator builds them."""
    ordinance = msp.load("kankakee")
    return tuple(
        msp.detectors.BUILTIN_DETECTORS[config.id](config)
        for category in ordinance.comment_policy.categories
        for config in category.detectors
    )


@given(comment=testing.trigger_soundness_comments())
def test_no_detector_signals_where_its_trigger_fails(comment: msp.Comment) -> None:
    """A detector whose trigger does not hold for a text finds nothing in it."""
    for detector in detectors():
        testing.assert_trigger_sound(detector, comment)


@cache
def index() -> TriggerIndex:
    """The index of those detectors' triggers, compiled once (it is immutable)."""
    return TriggerIndex.of([getattr(detector, "trigger", None) for detector in detectors()])


@given(comment=testing.trigger_soundness_comments())
def test_index_calls_exactly_the_detectors_whose_trigger_holds(comment: msp.Comment) -> None:
    """The index's one pass per comment agrees with testing each trigger on its own."""
    triggers = [getattr(detector, "trigger", None) for detector in detectors()]
    text = msp.normalize(comment.text)
    mask = index().called(text)
    for i, trigger in enumerate(triggers):
        assert bool(mask >> i & 1) is (trigger is None or trigger.holds(text))


# Price-like text round the commercial offer's "$" and "%": amounts, cut words, units, terms and
# contacts, glued or spaced, in any case.
_PRICE_PIECES = (
    *("$", "＄", "%", "50", "5", "4,500", "80.00", "１０", " ", "  ", ".", ",", "/", "-", "!"),
    *("off", "OFF", "discount", "offer", "each", "a", "per", "cord", "hr", "obo", "asking"),
    *("just", "for", "fee", "sale", "selling", "brand new", "call", "815-555-0143", "dm me"),
)


_PRICE_CUTS = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(("$", "＄", "")),
        st.sampled_from(("5", "50", "10.5", "１０", "100")),
        st.sampled_from(("", " ", "  ")),
        st.sampled_from(("%", "", " %")),
        st.sampled_from(("", " ")),
        st.sampled_from(("off", "OFF", "discount", "offer", "Discount!", "of")),
    ),
)
_PRICE_TEXTS = st.lists(st.one_of(_PRICE_CUTS, st.sampled_from(_PRICE_PIECES)), max_size=8)


@settings(max_examples=300)
@given(text=_PRICE_TEXTS.map("".join))
def test_the_commercial_offer_signals_only_where_a_price_or_a_cut_admits_it(text: str) -> None:
    """A "$" is read only with a digit and a "%" only with "off" or "discount": the offer's
    trigger holds wherever it finds a price cut or an asking price."""
    for detector in detectors():
        if getattr(detector, "id", None) == "commercial_offer":
            testing.assert_trigger_sound(detector, text)


@cache
def token_keys() -> tuple[str, ...]:
    """The words the Kankakee detectors' triggers read as tokens: letters only, three or more."""
    keys = {
        key
        for trigger in (getattr(detector, "trigger", None) for detector in detectors())
        if trigger is not None
        for alternative in trigger.needs
        for part in alternative
        for key in part.tokens
    }
    return tuple(sorted(key for key in keys if len(key) >= 3 and key.isascii() and key.isalpha()))


# Comments of the detectors' own words and plain ones around them ("you are a ...", "I will ...
# the mayor"), and violations: then some of their words masked.
_FILLERS = ("you", "are", "a", "the", "i", "will", "mayor", "clerk", "all", "of", "them", "now")
_KEYED = st.lists(
    st.one_of(st.sampled_from(_FILLERS), st.deferred(lambda: st.sampled_from(token_keys()))),
    min_size=1,
    max_size=8,
).map(" ".join)
_MASKED = st.one_of(
    _KEYED, mst.violating_comments().map(lambda violation: violation.comment.text)
).flatmap(lambda text: mst.obfuscations(text, kinds=("masking",)))


@cache
def evaluator() -> msp.Evaluator:
    """The Kankakee evaluator, built once."""
    return msp.Evaluator(msp.load("kankakee"))


@given(text=_MASKED)
@example(text="you you you i*****ed")  # "indicted": a personnel rule, not for a resident
def test_a_masked_word_admits_every_detector_that_reads_it(text: str) -> None:
    """A masked word ("b*tch") holds only the triggers of the words it may stand for: no
    detector signals in a text with masked words where its trigger fails, and the evaluator's
    verdict is that of every detector the author's role allows."""
    for detector in detectors():
        testing.assert_trigger_sound(detector, text)
    assert evaluator().evaluate(text) == evaluator()._verdict(
        msp.Comment(text=text), every_detector=True
    )


@cache
def scan() -> Scan:
    """The compiled scan of those detectors' triggers."""
    return Scan.of([getattr(detector, "trigger", None) for detector in detectors()])


@given(text=_MASKED)
def test_the_scan_admits_for_masked_words_what_each_trigger_holds(text: str) -> None:
    """For a text with masked words the scan, the reference index and each trigger's own
    ``holds`` agree on every detector."""
    normalized = msp.normalize(text)
    admitted = scan().admitted(scan().found(normalized))
    assert admitted == index().called(normalized)
    for i, detector in enumerate(detectors()):
        trigger = getattr(detector, "trigger", None)
        assert bool(admitted >> i & 1) is (trigger is None or trigger.holds(normalized))


@given(
    key=st.deferred(lambda: st.sampled_from(token_keys())),
    hidden=st.lists(st.booleans(), min_size=1, max_size=30),
    before=st.sampled_from(("", "you ", "the ", "all of ")),
)
def test_a_masked_word_holds_every_part_of_the_word(
    key: str, hidden: list[bool], before: str
) -> None:
    """A word of a trigger's part with some of its letters after the first masked (the last
    included) holds that part, whatever else the part needs: the scan admits from it what it
    admits from the word."""
    masked = (
        key[0]
        + "".join(MASK if hide else letter for letter, hide in zip(key[1:], hidden, strict=False))
        + key[1 + len(hidden) :]
    )
    text = msp.normalize(f"{before}{masked} now")
    for detector in detectors():
        trigger = getattr(detector, "trigger", None)
        for alternative in () if trigger is None else trigger.needs:
            for part in alternative:
                if key in part.tokens:
                    assert part.holds(text), (key, masked, detector)
    singles = sum(
        1 << i
        for i, detector in enumerate(detectors())
        if (trigger := getattr(detector, "trigger", None)) is not None
        and not trigger.alternatives
        and key in trigger.tokens
    )
    assert scan().admitted(scan().found(text)) & singles == singles


# Many masked words at once: words of the detectors' tokens, each with one letter masked (the
# first and the last included), past the number read one by one.
_MANY_MASKED = st.lists(
    st.tuples(st.deferred(lambda: st.sampled_from(token_keys())), st.integers(0, 20)).map(
        lambda masked: (
            masked[0][: masked[1] % len(masked[0])]
            + MASK
            + masked[0][masked[1] % len(masked[0]) + 1 :]
        )
    ),
    min_size=MASKED_READ - 2,
    max_size=MASKED_READ + 8,
    unique=True,
)


@given(words=_MANY_MASKED, before=st.sampled_from(("", "you are ", "the mayor is ")))
def test_the_scan_and_each_trigger_agree_on_many_masked_words(
    words: list[str], before: str
) -> None:
    """Below and past :data:`MASKED_READ` distinct masked words the scan, the reference index
    and each trigger's own ``holds`` agree on every detector."""
    normalized = msp.normalize(before + " ".join(words))
    admitted = scan().admitted(scan().found(normalized))
    assert admitted == index().called(normalized)
    for i, detector in enumerate(detectors()):
        trigger = getattr(detector, "trigger", None)
        assert bool(admitted >> i & 1) is (trigger is None or trigger.holds(normalized))


def _nothing_masked(count: int) -> msp.NormalizedText:
    """A text of ``count`` distinct masked words that stand for no word of a detector ("qx*dk"),
    of letters no disguise reads as others."""
    pairs = itertools.islice(itertools.product("dfhkmnpvwx", repeat=2), count)
    return msp.normalize(" ".join(f"qx{MASK}{first}{second}" for first, second in pairs))


def test_past_the_masked_words_read_every_part_with_tokens_holds() -> None:
    """Up to :data:`MASKED_READ` masked words that stand for nothing hold no part; one more, and
    they hold every detector whose one part has tokens, but never the guard of government
    words."""
    few, many = _nothing_masked(MASKED_READ), _nothing_masked(MASKED_READ + 1)
    assert len(masked_words(few)) == MASKED_READ
    assert len(masked_words(many)) == MASKED_READ + 1
    tokens = [
        i
        for i, detector in enumerate(detectors())
        if (trigger := getattr(detector, "trigger", None)) is not None
        and not trigger.alternatives
        and trigger.tokens
        and not trigger.computed
    ]
    assert tokens
    for text in (few, many):
        admitted = scan().admitted(scan().found(text))
        assert all(bool(admitted >> i & 1) is (text is many) for i in tokens)
        assert index().called(text) == admitted
    guarded = evaluator()._scan
    assert not guarded.found(many) & guarded.guard
    assert guarded.found(msp.normalize("the mayor")) & guarded.guard
