"""The words of a text (:func:`municipal_social_policy.words.words`), made in bulk, are the ones a
word-by-word search makes, undisguised or disguised, and releasing a text's views changes no
reading."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import example, given

from municipal_social_policy import words as words_module
from municipal_social_policy.reading import form_index, read
from municipal_social_policy.strategies import obfuscations
from municipal_social_policy.text import normalize
from municipal_social_policy.words import MASK, Word, disguised, plain_pattern, words

# Words and what stands between them: apostrophes straight and curly, letters outside ASCII
# (some words, some not: a curly quote, a dash, an emoji), digits, punctuation, line breaks.
_PIECES = st.sampled_from(
    ["park", "Main", "it's", "don’t", "o'", "'", "’", "café", "naïve", "ß", "2026", "3rd", "a",
     " ", "  ", ", ", ". ", "\n", "—", "“", "”", "🙂", "_", "-", "x_y", "ǅ", "٣", "Ⅻ"]
)  # fmt: skip


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Texts of the pieces above and of any characters, joined in any order."""
    pieces = draw(st.lists(_PIECES | st.text(max_size=4), max_size=20))
    return "".join(pieces)


def _one_by_one(normalized: str) -> tuple[Word, ...]:
    """The words of an undisguised text as each match of its plain pattern gives them."""
    return tuple(
        Word((match.group(),), *match.span())
        for match in plain_pattern(normalized).finditer(normalized)
    )


@given(text=texts())
@example(text="")
@example(text="  two  words  ")
@example(text="don’t café ٣ ǅ")
def test_the_words_of_an_undisguised_text_are_its_plain_pattern_s_matches(text: str) -> None:
    """Made in bulk, the words of an undisguised text (any text, read as undisguised) are the
    plain pattern's matches, each with its one form and its span, in order."""
    normalized = normalize(text).normalized
    assert words(normalized, shows_disguise=False) == _one_by_one(normalized)
    if not disguised(normalized):
        assert words(normalized) == _one_by_one(normalized)


# Disguised words and what a word-by-word reading treats apart: spaced letters ("f u c k",
# "a b u l l e t", "t-h-i-s"), masks and emphasis, edges trimmed ("great!", "+1", "|x|"), leet
# characters, long tokens, stretched letters, words outside ASCII.
_DISGUISED = st.sampled_from(
    ["f u c k", "a b u l l e t", "t-h-i-s", "s.h.i.t", "f*ck", "*word*", "***", "great!", "+1",
     "|x|", "sh1t", "@ss", "$hit", "k1ll", "5*at", "fuuuck", "a" * 30, "k1" * 15, "it's", "i'll",
     "don’t", "café", "ñ4", "x_y", "!", "!!a!!", "b!tch", "i", "a", "3rd", "10am", "jo70@ex.org"]
)  # fmt: skip


@st.composite
def disguised_texts(draw: st.DrawFn) -> str:
    """Texts of disguised pieces, plain pieces and any characters, with separators between."""
    pieces = draw(st.lists(_DISGUISED | _PIECES | st.text(max_size=3), max_size=16))
    return "".join(pieces)


def _word_by_word(normalized: str) -> tuple[Word, ...]:
    """The words of a disguised text, each token of the word pattern read in turn (the reading
    that :func:`words` makes in bulk for tokens of letters and digits alone)."""
    w = words_module
    normalized = w._signs_masked(normalized)  # "f--k" and "a#park" hide letters as "f**k" does
    searched = normalized if normalized.isascii() else w._as_ascii(normalized)
    joined = {m.start(): m for m in w._ASCII_SPACED.finditer(searched)}
    found: list[Word] = []
    position = 0
    # An opening mask before a mask that closes emphasis later is emphasis too.
    closers = [m.start() for m in w._CLOSING_MASK.finditer(searched)]
    for match in w._ASCII_TOKEN.finditer(searched):
        start, end = match.span()
        if start < position:
            continue
        run = joined.get(start)
        if run is not None:
            letters = normalized[start : run.end() : 2]
            forms = w._forms(letters)
            if letters[0] in "ai" and len(letters) > 3 and run.group("sep") == " ":
                forms = tuple(dict.fromkeys(forms + w._forms(letters[1:])))
            found.append(Word(forms, start, run.end()))
            position = run.end()
            continue
        token = normalized[start:end]
        emphasis = token.startswith(MASK)
        closed = False
        while (token and token[-1] in "!|+") or (emphasis and token.endswith(MASK)):
            closed = closed or token.endswith(MASK)
            token, end = token[:-1], end - 1
        # Masks opening a word that none closes, before three letters, may hide its first ones.
        rest = token.lstrip(MASK)
        masks = token[: len(token) - len(rest)]
        shown = rest[:3]
        if (
            closed
            or any(closer > start for closer in closers)
            or len(masks) > 3
            or MASK in rest
            or not (len(shown) == 3 and shown.isascii() and shown.isalpha())
        ):
            masks = ""
        while token and (token[0] in "!|+" or token[0] == MASK):
            token, start = token[1:], start + 1
        if not any(char.isalnum() for char in token):
            continue
        forms = w._forms(token)
        parts = token.split(MASK)
        if len(parts) > 2 and all(part.isascii() and part.isalpha() for part in parts):
            forms = tuple(dict.fromkeys(forms + w._forms("".join(parts))))
        if masks:
            forms = (*(masks + form for form in forms), *forms, forms[-1])
            start -= len(masks)
        found.append(Word(forms, start, end))
    return tuple(found)


@given(text=disguised_texts() | texts() | obfuscations("you are a total idiot, i will kill you"))
@example(text="f u c k this")
@example(text="i a b u l l e t here, great!! +1")
@example(text="*word* f*ck ***")
@example(text="MAGA *sshats, **uck it, *sigh* f*u*c*k f*c*king !*uck")
@example(text="*waits for the plow* then **she comes.** *uck")
def test_the_words_of_a_disguised_text_are_read_token_by_token(text: str) -> None:
    """Made in bulk but for the odd tokens, the words of a text read as disguised are those
    reading every token of the word pattern in turn makes: spans, forms and runs of spaced
    letters alike."""
    normalized = normalize(text).normalized
    assert words(normalized, shows_disguise=True) == _word_by_word(normalized)


@given(text=texts())
def test_a_released_text_reads_as_before(text: str) -> None:
    """Releasing a text's views (as the evaluator does after its detectors) forgets its reading
    and its index; asked for again, they are built again, equal to the first."""
    normalized = normalize(text)
    first, index = read(normalized), form_index(read(normalized))
    normalized.release()
    again = read(normalized)
    assert again is not first
    assert again.sentences == first.sentences
    assert form_index(again).forms == index.forms
    assert read(normalized) is again
