"""Properties of the one reading of a comment (:mod:`municipal_social_policy.reading`)."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import example, given

import municipal_social_policy.strategies as mst
from municipal_social_policy.reading import (
    CONTRACTIONS,
    RunTogether,
    Spelling,
    Words,
    _quotations,
    form_index,
    quick_forms,
    read,
    spell_out,
    typo_table,
)
from municipal_social_policy.text import normalize

_WORDS = st.sampled_from(
    [
        "I'll",
        "kill",
        "you",
        "dont",
        "the",
        "mayor's",
        "“quoted”",
        "'single'",
        "Alderman",
        "Lewis",
        "don’t",
        "it`s",
        "‘k1ll’",
        "murdr",
        "k*ll",
        "h1",
        "killlll",
        "mayorkill",
    ]
)
_GAPS = st.sampled_from([" ", ", ", ". ", "! ", "\n", " - ", "; ", ": "])


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Sentences of words that contract, quote and capitalise, joined by varied punctuation."""
    words = draw(st.lists(_WORDS | st.text(max_size=8), max_size=12))
    text = "".join(word + draw(_GAPS) for word in words)
    return draw(st.just(text) | mst.obfuscations(text))


@given(text=texts())
@example(text="Ꭳ")
def test_tokens_are_in_order_and_their_spans_index_the_original_text(text: str) -> None:
    """Each token's span lies inside the original text, tokens do not overlap, and the reading
    is the same object when asked for twice (it is built once per comment)."""
    normalized = normalize(text)
    reading = read(normalized)
    assert read(normalized) is reading
    previous = 0
    for sentence in reading.sentences:
        assert sentence, "no sentence is empty"
        for token in sentence:
            assert previous <= token.start < token.end <= len(normalized.normalized)
            previous = token.end
            start, end = reading.span(token, token)
            assert 0 <= start < end <= len(text)
            assert token.forms
            # Case-folded, as normalisation folds: Unicode folds Cherokee to its capitals ("Ꭳ"),
            # so lower() would not be the identity there.
            assert all(form == form.casefold() for form in token.forms)
            assert not any(mark in form for form in token.forms for mark in "’‘`"), (
                "apostrophes are straight in every form"
            )
            assert token.forms[0] in quick_forms(normalized) or "'" in token.forms[0]


@given(text=texts())
def test_no_token_is_quoted_without_a_quotation_mark(text: str) -> None:
    """The quoted flag needs a quotation mark in the text."""
    normalized = normalize(text)
    marks = set("\"“”„«»'‘’")
    if marks.isdisjoint(normalized.normalized):
        assert not any(t.quoted for s in read(normalized).sentences for t in s)


@given(text=texts() | st.text(st.sampled_from("ab '\"“”«»‘’.\n"), max_size=40))
@example(text='a "b c" d "e" f \'g h\' i')
@example(text='"a "b" c" d')  # a comment wrapped whole in quotation marks, one inside
def test_a_token_is_quoted_where_it_lies_inside_a_quotation(text: str) -> None:
    """The words walk the quotations in order: a token is quoted exactly when its start lies
    strictly between the marks of one of them."""
    normalized = normalize(text)
    quotations = _quotations(normalized.normalized)
    for sentence in read(normalized).sentences:
        for token in sentence:
            expected = any(start < token.start < end for start, end in quotations)
            assert token.quoted == expected


@given(text=texts())
def test_a_capital_is_read_from_the_original_text(text: str) -> None:
    """A token is capitalised exactly when the original character it starts at is upper case."""
    normalized = normalize(text)
    for sentence in read(normalized).sentences:
        for token in sentence:
            start, _ = normalized.span(token.start, token.end)
            assert token.capital is text[start].isupper()


@given(word=st.sampled_from(sorted(CONTRACTIONS)))
def test_a_contraction_spells_out_its_words(word: str) -> None:
    """Every contraction of the table spells out the words the table gives."""
    assert spell_out(word) == CONTRACTIONS[word]


@given(head=st.from_regex(r"[a-z]{2,8}", fullmatch=True))
def test_a_contracted_ending_spells_out_the_head_and_its_words(head: str) -> None:
    """``x'll`` reads ``x will``, ``x's`` reads ``x``; a plain word spells out nothing unless it
    is a contraction of the table."""
    assert spell_out(head + "'ll") == CONTRACTIONS.get(head + "'ll", (head, "will"))
    assert spell_out(head + "'s") == CONTRACTIONS.get(head + "'s", (head,))
    assert spell_out(head) == CONTRACTIONS.get(head)


# Words a family may know: plain, disguised, contracted, and the words those spell out.
_KNOWN = st.sets(
    st.sampled_from(["kill", "you", "dont", "don't", "do", "not", "hi", "hl", "mayor", "murder"])
)


# Plain words, most of a sentence: a family reads a sentence with a few irregular tokens among
# many plain ones by mapping those few.
_PLAIN = st.sampled_from(["the", "you", "mayor", "kill", "murder", "murdr", "city", "hi"])


@st.composite
def long_sentences(draw: st.DrawFn) -> str:
    """Sentences of up to 30 words, mostly plain, a few contracted, disguised or masked."""
    words = draw(st.lists(_PLAIN | _PLAIN | _PLAIN | _WORDS, max_size=30))
    return "".join(word + draw(st.sampled_from([" "] * 8 + [". "])) for word in words)


@given(
    text=texts() | long_sentences(),
    known=_KNOWN,
    typed=st.booleans(),
    joined=st.booleans(),
    split=st.booleans(),
)
@example(  # one disguised word among plain ones, read otherwise than its last form
    text="the the the the the k1ll the the",
    known=frozenset({"kill"}),
    typed=False,
    joined=False,
    split=True,
)
@example(  # a contraction the family knows, among plain words and one it does not know
    text="the mayor said the city dont know, I'll go",
    known=frozenset({"dont"}),
    typed=False,
    joined=False,
    split=True,
)
def test_a_family_reads_each_sentence_as_it_reads_each_token(
    text: str, known: frozenset[str], typed: bool, joined: bool, split: bool
) -> None:
    """Reading a sentence through the text's shared index (plain words unless a token reads
    otherwise in the family) gives the words :meth:`Spelling.words` gives token by token, for
    any known words, typos and words run together, cut or not (``split``)."""
    typos = typo_table(["murder", "mayor"], known) if typed else {}
    spelling = Spelling(known, typos, RunTogether(known, frozenset({"i"})) if joined else None)
    reading = read(normalize(text))
    index = form_index(reading)
    found = list(spelling.sentences(index, range(len(reading.sentences)), split))
    expected = []
    for sentence in reading.sentences:
        pairs = [(token, word) for token in sentence for word in spelling.words(token, split)]
        words = tuple(word for _, word in pairs)
        expected.append(Words(tuple(token for token, _ in pairs), words, frozenset(words)))
    assert found == expected


@given(text=texts(), words=st.sets(st.sampled_from(["kill", "do", "not", "will", "*", "you"])))
@example(text="I'll “qu*t*d” ", words=set())  # a word read with its masks dropped hides none
def test_the_index_finds_the_sentences_that_hold_a_form(text: str, words: set[str]) -> None:
    """The sentences the index gives for some words are those where a token has one of them as
    a form or a spelled-out word (a masked form for ``*``), in order."""
    reading = read(normalize(text))
    expected = [
        i
        for i, sentence in enumerate(reading.sentences)
        if any(
            word in token.forms
            or word in (token.spelled or ())
            or (word == "*" and any("*" in form for form in token.forms))
            for token in sentence
            for word in words
        )
    ]
    index = form_index(reading)
    assert list(index.holding(frozenset(words))) == expected
    forms = [form for sentence in reading.sentences for token in sentence for form in token.forms]
    assert index.masked == tuple(dict.fromkeys(form for form in forms if "*" in form))


_PIECES = frozenset({"gay", "vermin", "muslim", "scum", "women", "hate", "i", "all", "you"})
_KEPT_JOINED = RunTogether(_PIECES - {"i", "all", "you"}, frozenset({"i", "all", "you"}))


@given(
    forms=st.lists(
        st.lists(st.sampled_from([*sorted(_PIECES), "x", "s", "ga", "mins"]), max_size=4).map(
            "".join
        ),
        max_size=6,
    )
)
@example(forms=["gayvermin", "ihate", "allyou", "muslimscum", "womenx"])
def test_the_parts_kept_for_a_form_are_its_cuts(forms: list[str]) -> None:
    """:meth:`RunTogether.parts` keeps each form's parts for the comments after: its answer, on
    an instance that read other forms before, is every cut of a form longer than four letters
    into two words it knows, found afresh."""
    expected = {
        part
        for form in forms
        if len(form) > 4
        for i in range(1, len(form))
        if {form[:i], form[i:]} <= _PIECES
        for part in (form[:i], form[i:])
    }
    assert _KEPT_JOINED.parts(forms) == expected
    assert _KEPT_JOINED.parts(forms) == expected


@given(
    known=st.frozensets(st.text("abc", min_size=1, max_size=5), max_size=30),
    form=st.text("abc*", min_size=1, max_size=5),
)
@example(known=frozenset({"kill", "kell"}), form="k*ll")
@example(known=frozenset({"kill"}), form="k*ll")
def test_a_masked_form_stands_for_the_one_known_word_that_fits_it(
    known: frozenset[str], form: str
) -> None:
    """:meth:`Spelling.unmasked` (narrowed letter by letter, kept) gives the one known word of
    three letters or more of the form's length, first and last letter with every letter the form
    shows where it shows one; ``None`` when none or several fit, or when the form hides its first
    or last letter. Asked twice (the second answer is the kept one), it answers the same."""
    fit = [
        word
        for word in known
        if len(word) == len(form) >= 3
        and word.isalpha()
        and form[0] != "*" != form[-1]
        and all(shown in ("*", letter) for shown, letter in zip(form, word, strict=True))
    ]
    expected = fit[0] if len(fit) == 1 else None
    spelling = Spelling(known)
    assert spelling.unmasked(form) == expected
    assert spelling.unmasked(form) == expected
