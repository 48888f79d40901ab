"""The words view: disguises undone, plain words left alone, spans kept."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.words import (
    _EMAIL,
    MASK,
    PLAIN,
    Word,
    _forms,
    _without_emails,
    disguised,
    plain_pattern,
    words,
)


def forms_of(text: str) -> list[tuple[str, ...]]:
    return [word.forms for word in msp.normalize(text).words]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("sh1t", "shit"),
        ("@ss", "ass"),
        ("a$$", "ass"),
        ("$hit", "shit"),
        ("sh!t", "shit"),
        ("f.u.c.k", "fuck"),
        ("f u c k", "fuck"),
        ("f-u-c-k", "fuck"),
        ("s_h_i_t", "shit"),
        ("fuuuuck", "fuck"),
        ("shiiiit", "shit"),
        ("fück", "fuck"),
    ],
)
def test_disguises_are_undone(written: str, meant: str) -> None:
    """Leetspeak, separators, stretching and diacritics each yield the meant spelling."""
    (word,) = msp.normalize(written).words
    assert meant in word.forms


@pytest.mark.parametrize("masked", ["f***", "c*nt", "f**k"])
def test_masks_are_kept_for_the_lexicon(masked: str) -> None:
    """A masked word keeps its mask character, for the lexicon to fit against terms."""
    (word,) = msp.normalize(masked).words
    assert MASK in word.text
    assert word.text[0] == masked[0]


@pytest.mark.parametrize(
    "text",
    [
        "I have 3 kids in 1st grade",
        "Great job everyone!",
        "Call 815-555-0143 at 5pm",
        "*really* good news",
        "The +1 votes were counted",
        "covid19 rates b4 the vote",
    ],
)
def test_plain_words_stay_plain(text: str) -> None:
    """Numbers, punctuation and emphasis are not read as disguises of letters."""
    for forms in forms_of(text):
        assert MASK not in forms[0]
        assert not any(form in {"ist", "greati", "ie"} for form in forms)


def test_emphasis_is_not_a_mask() -> None:
    """'*really*' is the word 'really' with emphasis, not a masked word."""
    assert forms_of("*really*") == [("really",)]


def test_a_stretched_word_keeps_a_double_letter_form() -> None:
    """'asssss' can mean 'ass': collapsing to two letters is tried as well as to one."""
    (word,) = msp.normalize("asssss").words
    assert "ass" in word.forms
    assert "as" in word.forms


@given(text=st.text(st.characters(codec=None), max_size=200))
def test_word_spans_lie_in_the_normalised_text(text: str) -> None:
    """Every word's span lies within the normalised text, in order, without overlap."""
    normalized = msp.normalize(text)
    end = 0
    for word in normalized.words:
        assert end <= word.start < word.end <= len(normalized.normalized)
        end = word.end


@given(text=st.text(alphabet="abcdefghij .-*@$!0123456789", max_size=80))
@example(text="*bab")  # a mask opening a word: the word spans it, and its first form shows it
def test_every_word_has_its_written_form_first(text: str) -> None:
    """The first form of a word is always its text as written, so evidence quotes the writer."""
    for word in words(text):
        written = text[word.start : word.end]
        assert word.forms[0] in (written, written[::2], _REFERENCE_SIGN_MASK.sub(_masked, written))


def _masked(match: regex.Match[str]) -> str:
    """A sign mask's opening, and :data:`MASK` for each sign."""
    return match[1] + MASK * len(match[2])


# --- the fast paths agree with the plain algorithm ----------------------------------------------

_LETTER = r"[\p{L}\p{N}@$*]"
_REFERENCE_SPACED = regex.compile(
    rf"{_LETTER}(?<!{_LETTER}{_LETTER})(?P<sep>[\ .\-_~/|,]){_LETTER}"
    rf"(?:(?P=sep){_LETTER}){{1,40}}(?!{_LETTER})(?!(?!(?P=sep))[.\-_~/|,]{_LETTER})"
)
_REFERENCE_TOKEN = regex.compile(r"[\p{L}\p{N}@$!|*+]+(?:['’][\p{L}\p{N}@$!|*+]+)*")
_REFERENCE_DISGUISES = tuple(
    regex.compile(source)
    for source in (
        r"[\p{N}@$!|*+](?<=\p{L}[\p{N}@$!|*+])[\p{N}@$!|*+]*\p{L}",
        r"[@$](?<![\p{L}\p{N}][@$])\p{L}",
        r"[0134579](?<![\p{L}\p{N}][0134579])(?!(?:st|nd|rd|th|am|pm)(?![\p{L}\p{N}]))\p{L}{2}",
        r"[0134579](?<=\p{L}[0134579])[0134579]*(?![\p{L}\p{N}])",
        r"[0134579@$](?<![\p{L}\p{N}@$][0134579@$])[*]+\p{L}",  # 5*at, 4**hole, $*it
        r"[$*](?<=\p{L}[$*])",
        r"[*](?<![\p{L}\p{N}@$*][*])[*]{0,2}\p{L}{3}",  # a mask opening a word: *sshats, **uck
        r"[\ .\-_~/|,](?<=(?<![\p{L}\p{N}])[\p{L}\p{N}][\ .\-_~/|,])[\p{L}\p{N}][\ .\-_~/|,]"
        r"[\p{L}\p{N}](?![\p{L}\p{N}])",
    )
)
# Hyphens (two or more) or number signs hiding letters after a word's first one to three letters.
# A digit outside ASCII stands where a letter may, before the signs or after them ("A#٣", "٣#A"),
# as the word patterns read it.
_REFERENCE_LETTER = r"(?:\p{L}|[^\x00-\x7f](?<=\p{N}))"
_REFERENCE_SIGN_MASK = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}#\-@$*])(?!xn--)({_REFERENCE_LETTER}{{1,3}})(-{{2,}}|#+)(?={_REFERENCE_LETTER})",
    regex.IGNORECASE,
)
_REFERENCE_EMAIL = regex.compile(
    r"[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}"
)


_REFERENCE_LEET_OPENING = regex.compile(r"(?<![\p{L}\p{N}])[0134579]{2,}\p{L}{2}[\p{L}\p{N}]*")
_REFERENCE_NUMBER_WORD = regex.compile(r"\d+(?:st|nd|rd|th|s|am|pm|k|m|x)")


def reference_disguised(normalized: str) -> bool:
    """``disguised`` as plainly written, every pattern in ``regex``; an email address is no
    disguise."""
    if any(not char.isascii() and regex.match(r"[\p{L}\p{N}\p{M}]", char) for char in normalized):
        return True
    if regex.search(r"(?!www(?![a-z]))([a-z])\1\1", normalized):
        return True
    if _REFERENCE_SIGN_MASK.search(normalized):
        return True
    normalized = _REFERENCE_EMAIL.sub(" ", normalized)
    return any(p.search(normalized) for p in _REFERENCE_DISGUISES) or any(
        _REFERENCE_NUMBER_WORD.fullmatch(m.group()) is None
        for m in _REFERENCE_LEET_OPENING.finditer(normalized)
    )


def reference_words(normalized: str) -> tuple[Word, ...]:
    """``words`` as first written: ``regex`` for every text, the forms worked out afresh."""
    if not reference_disguised(normalized):
        plain = regex.finditer(r"[^\W_]+(?:['’][^\W_]+)*", normalized)
        return tuple(Word((m.group(),), m.start(), m.end()) for m in plain)
    normalized = _REFERENCE_SIGN_MASK.sub(_masked, normalized)
    joined = {m.start(): m for m in _REFERENCE_SPACED.finditer(normalized)}
    closing = _reference_last_closing(normalized)
    found: list[Word] = []
    position = 0
    for match in _REFERENCE_TOKEN.finditer(normalized):
        if match.start() < position:
            continue
        run = joined.get(match.start())
        if run is not None:
            letters = run.group()[::2]
            forms = _forms(letters)
            if letters[0] in "ai" and len(letters) > 3 and run.group("sep") == " ":
                forms = tuple(dict.fromkeys(forms + _forms(letters[1:])))
            found.append(Word(forms, run.start(), run.end()))
            position = run.end()
            continue
        start, end = match.span()
        token = match.group()
        emphasis = token.startswith(MASK)
        closed = False
        while (token and token[-1] in "!|+") or (emphasis and token.endswith(MASK)):
            closed = closed or token[-1] == MASK
            token, end = token[:-1], end - 1
        # One to three masks opening a word of letters, closed neither at its end nor later in
        # the text ("*sshats"; not "*sigh*", nor "*waits for the plow*"), hide its first letters.
        opened = regex.match(r"(\*{1,3})(?=[a-z]{3})[^*]*$", token)
        opening = opened[1] if emphasis and opened and not closed and start >= closing else ""
        while token and (token[0] in "!|+" or token[0] == MASK):
            token, start = token[1:], start + 1
        if token and any(char.isalnum() for char in token):
            forms = _forms(token)
            if regex.fullmatch(r"[a-z]+(?:\*[a-z]+){2,}", token):  # f*u*c*k hides no letter
                forms = tuple(dict.fromkeys(forms + _forms(token.replace(MASK, ""))))
            if opening:  # written first, the trimmed forms after, the plain reading last
                forms = (*(opening + form for form in forms), *forms, forms[-1])
            found.append(Word(forms, start - len(opening), end))
    return tuple(found)


def _reference_last_closing(normalized: str) -> int:
    """Where the last mask closing emphasis starts (after a lower-case letter, a digit or a
    sentence's mark, before no letter, digit or mask; a letter or digit outside ASCII counts as
    a lower-case one), or -1."""
    folded = regex.sub(r"[^\x00-\x7f](?<=[\p{L}\p{N}])", "a", normalized)
    found = [m.start() for m in regex.finditer(r"(?<=[a-z0-9.!?,;:)'\"])\*+(?![a-z0-9*])", folded)]
    return found[-1] if found else -1


#: Characters that matter to the patterns: letters, leet digits, masks, separators, apostrophes,
#: with a few non-ASCII letters, digits and marks.
PATTERN_ALPHABET = "abcdefghijklmnopqrstuvwxyzAB0123456789@$!|*+ .-_~/,'’#\néßк٣\u0301❤"


@given(
    st.one_of(
        st.text(st.sampled_from(PATTERN_ALPHABET), max_size=80),
        st.text(st.sampled_from(PATTERN_ALPHABET[:-6]), max_size=80),
        st.text(st.sampled_from("ab18 .-*@$!"), max_size=30),
        # Characters outside ASCII that are no letter (quotes, dashes, a connector, a fraction)
        # beside ASCII words: the ASCII patterns read such a text unless a letter is foreign.
        st.text(st.sampled_from("ab1 *.'’—“‿½é"), max_size=40),
        st.text(st.characters(codec=None), max_size=80),
    )
)
@example("don’t “k1ll” — f*ck")
@example("a‿b c")  # a connector is a character of a word for the plain pattern
@example("½ sh1t")  # a digit outside ASCII
@example("f u c k t-h-i-s sh1t a$$ *really* great!!! fuuuuck +1 1st")
@example("i h a t e y o u")
@example("a" * 30 + "sh1t")  # a token longer than those whose forms are kept
@example("11aa")  # leet digits opening a word
@example("34tadick 10am 1990s")
@example("see www.example.org or write to jo.smith70@example.org on the 3rd at 5pm")
@example("wwww.x 3rdd b@$t@rd")
@example("qwwwA www.x wwwz the 2 parks")  # "www" before a capital, a letter, a dot
@example("0*A")  # a leet character opening a word, a mask after it
@example("*aaa")  # a mask opening a word: its written form first
@example("*AAA")  # a mask before capitals opens no word, but is a disguise all the same
@example("*sigh* then *sshats and f*u*c*k")  # emphasis closed; a mask opening; single masks
@example("*waits for the plow* x")  # a mask closed later in the text is emphasis
@example("A#٣ ٣#A")  # a digit outside ASCII after signs, read where a letter may stand
# Letters and digits outside ASCII read by the ASCII patterns as "a": in a spaced run, beside a
# separator, leet or a mask, opening or closing a word, in several scripts.
@example("é u c k ф.у.к.а ß-h-i-t k é l l")
@example("kéll sh1t ٣ 3é é3 *é* é*é f***é ünd’é")
@example("a ф у к а b u l l e t")
# Signs hiding letters: hyphens and number signs after a short opening, not dashes between words.
@example("f--k f-----g sh#t a##hole so--like #go#team ab--cd--ef é--k ф#ck x-y--z XN--p1ai")
def test_words_agree_with_the_reference_algorithm(text: str) -> None:
    """The ASCII patterns in ``re`` and the kept forms change nothing: same words, same spans."""
    assert disguised(text) == reference_disguised(text)
    assert words(text) == reference_words(text)
    assert words(text) == reference_words(text)


_REFERENCE_STRETCHED = regex.compile(r"(\p{L})\1{2,}")


@given(st.text(st.sampled_from("aabbo0é́-"), max_size=40))
@example("fuuuuck")
@example("aaa-bbbb00000")
def test_stretched_forms_agree_with_the_back_referencing_pattern(token: str) -> None:
    """Squeezing runs of letters gives exactly what ``(\\p{L})\\1{2,}`` replacements give."""
    forms = _forms(token)
    for form in forms[:1]:
        if _REFERENCE_STRETCHED.search(form):
            assert _REFERENCE_STRETCHED.sub(r"\1\1", form) in forms
            assert _REFERENCE_STRETCHED.sub(r"\1", form) in forms
        else:
            assert len(forms) == len(set(forms))


def test_a_word_of_millions_of_letters_gets_its_forms() -> None:
    """A stretched token of six million letters is squeezed without running out of memory."""
    assert _forms("a" * 6_000_000) == ("a" * 6_000_000, "aa", "a")


@pytest.mark.parametrize(
    "text",
    ["you 34tadick", "f00tball is 51mple", "y0u 50und dumb", "you 5*at", "an 4**hole", "$*it"],
)
def test_leet_digits_opening_a_word_show_a_disguise(text: str) -> None:
    assert disguised(text)


@pytest.mark.parametrize(
    "text", ["meet at 10am", "the 30th of May", "in the 1990s", "call 5413 now", "103rd street"]
)
def test_numbers_with_a_suffix_are_no_disguise(text: str) -> None:
    assert not disguised(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see www.example.org for the agenda", False),
        ("write to jo.smith70@example.org before the 3rd", False),
        ("the 1st, 2nd and 4th wards meet at 5pm", False),
        ("awww that is nice", False),
        ("wwwwhat is this", True),  # a stretched word that starts with w
        ("this b@$t@rd again", True),
        ("sh1t@example.org is my address and sh1t happens", True),
        ("the 3rdd time", True),
        ("shiiit", True),
    ],
)
def test_a_host_an_email_address_or_an_ordinal_is_no_disguise(text: str, expected: bool) -> None:
    """ "www", an email address's digits and "@", and ordinals and times are written so: only
    what a writer does to slip a word past a filter counts as a disguise."""
    assert disguised(text) is expected


@given(
    st.text(st.sampled_from("ab1 '’—“‿½é❤_\u0301"), max_size=40)
    | st.text(st.characters(codec=None), max_size=40)
)
@example("don’t “stop” — now ❤")  # outside ASCII, no word's character: the wide pattern
@example("café’s a‿b ½")  # a letter, a connector and a digit outside ASCII: PLAIN itself
def test_the_fastest_plain_pattern_finds_the_plain_words(text: str) -> None:
    """:func:`plain_pattern` picks a faster pattern only where it finds what PLAIN finds."""
    pattern = plain_pattern(text)
    assert pattern.findall(text) == PLAIN.findall(text)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


_EMAIL_PIECES = st.sampled_from(
    ["a" * 70, "x.y", "@", "@ex.com", "@" + "b" * 63 + ".org", "." + "c" * 63, " ", "jo.smith70",
     "@example.org", "a@b.cd", "q" * 20, ".uk", "+", "é"]
)  # fmt: skip


@given(st.lists(_EMAIL_PIECES, max_size=40).map("".join))
@example("x" * 100 + "@example.org " + "y" * 700 + "@" + "z" * 63 + "." + "w" * 63 + ".com")
@example("a@b.cd" * 300)  # windows that overlap, one after another
def test_addresses_are_removed_as_a_search_of_the_whole_text_removes_them(text: str) -> None:
    """Searching only around each "@" removes the addresses a search of the whole text removes,
    whatever the length of a local part or a domain and however close the "@"s stand."""
    assert _without_emails(text) == _EMAIL.sub(" ", text)
