"""The one reading of a comment: sentences of words, each with its spellings, span and place.

Every detector that reads words in order (threats, hate speech, solicitation, campaigns, ...)
reads the same :class:`Reading`, computed once per comment and only for the comments the scan
lets through (:func:`read` keeps it on the :class:`~municipal_social_policy.text.NormalizedText`).
A :class:`Token` is one written word:

* its **forms**: the word as written, lower-cased, apostrophes straight, then the spellings its
  disguises stand for (leetspeak, separators, masks, stretched letters, marks; see
  ``municipal_social_policy.words``): ``k1ll`` has the forms ``k1ll`` and ``kill``;
* its **spelled-out** form: contractions and texting spellings written out (``i'll`` -> ``i
  will``, ``dont`` -> ``do not``, ``im`` -> ``i am``; possessives lose their ``'s``), from
  ``detectors/contractions.tsv``; ``None`` for a word that spells out nothing;
* its ``[start, end)`` in the normalised text (:meth:`Reading.span` maps a run of tokens to the
  ORIGINAL text a clerk sees);
* whether it stands inside quotation marks (``"..."``, ``“...”``, ``'...'``; a comment that
  is one quotation from end to end, as a post pasted whole in quotation marks, is the writer's
  own words: only the quotations inside it count, a doubled ``""`` in it being one mark), its
  **clause** (the commas, colons, brackets and dashes before it in its sentence), and whether
  the ORIGINAL text writes it with a capital letter (a name: "Alderman Lewis").

Sentences end at ``.``, ``!``, ``?``, ``;`` and line breaks, but for the period of a title
written abbreviated before a capitalised word ("Mr. James", "Dr. Patel";
``detectors/title_abbreviations.txt``), of a common abbreviation before a word in lower case or
a number in a comment that writes capitals ("Kankakee Police Dept. update: ...", "approx. 20";
``detectors/abbreviations.txt``), and between single letters ("e.g.", "p.m.", "U.S.").
Building a reading is linear in the length of the text. Which spelling of a word counts is for
the pattern that reads it to say (a pattern that names ``ur`` reads ``ur``; one that does not
reads ``you are``): see :mod:`.detectors.phrases`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache, cached_property, lru_cache, partial
from importlib import resources
from typing import NamedTuple

import attrs

from .text import NormalizedText
from .words import MASK

__all__ = [
    "ABBREVIATIONS",
    "CONTRACTIONS",
    "CONTRACTIONS_OF",
    "SHOWN_BY",
    "SUFFIXES",
    "SUFFIXES_OF",
    "FormIndex",
    "Reading",
    "RunTogether",
    "Sentence",
    "Spelling",
    "Token",
    "Words",
    "any_capital",
    "canonical",
    "form_index",
    "kept_typos",
    "masked_shape",
    "plain_spellings",
    "quick_forms",
    "quick_sources",
    "read",
    "spell_out",
    "typo_table",
    "typos",
    "words_shown",
]

_SENTENCE_ENDS = frozenset(".!?;\n")
_CLAUSE_ENDS = frozenset(",:()[]—–")
_DOUBLE_QUOTES = {'"': 0, "“": 1, "”": -1, "„": 1, "«": 1, "»": -1}
_QUOTE = re.compile(r"[\"“”„«»'‘’]")  # the standard re: several times faster on a long text
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_CURLY = frozenset("’‘`")
_new_tuple = tuple.__new__


def _data_lines(name: str) -> list[str]:
    """The lines of the detectors' data file ``name`` but its blank and comment lines."""
    # Read through the top package: importing the detectors package from here would be a cycle.
    source = resources.files(__package__).joinpath("detectors", name)
    lines = source.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _contraction_rows() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for line in _data_lines("contractions.tsv"):
        form, words, kind = line.split("\t")
        rows.append((form, words, kind))
    return rows


#: Titles written abbreviated before a name ("Mr. James"): their period ends no sentence.
_TITLES = frozenset(line.strip() for line in _data_lines("title_abbreviations.txt"))
#: Common abbreviations ("Dept.", "Twp.", "St.", "approx."): their period ends no sentence before
#: a word in lower case or a number. A title's does ("Call the dr. then rest"): it is read only
#: before a capitalised name.
ABBREVIATIONS = frozenset(line.strip() for line in _data_lines("abbreviations.txt")) - _TITLES
_ROWS = _contraction_rows()
#: Contractions and texting spellings, each with the words it spells out (``im`` -> ``i am``).
CONTRACTIONS: Mapping[str, tuple[str, ...]] = {
    form: tuple(words.split()) for form, words, kind in _ROWS if kind == "word"
}
#: The endings that contract a word, each with the words it spells out, in the order they are
#: tried (``n't`` -> ``not``; ``'s`` -> nothing: "muslim's" reads "muslim").
SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (form, tuple(words.split())) for form, words, kind in _ROWS if kind == "ending"
)


def _words_of(table: Iterable[tuple[str, tuple[str, ...]]]) -> Mapping[str, tuple[str, ...]]:
    inverted: dict[str, list[str]] = {}
    for key, words in table:
        for word in words:
            inverted.setdefault(word, []).append(key)
    return {word: tuple(keys) for word, keys in inverted.items()}


#: Each word and the contractions that spell it out (``am`` -> ``im``, ``i'm``, ...).
CONTRACTIONS_OF: Mapping[str, tuple[str, ...]] = _words_of(CONTRACTIONS.items())


def _parts_of() -> Mapping[str, tuple[str, ...]]:
    """Each word and the parts, at apostrophes, of the contractions that spell it out that stand
    for it: the part at the word's place, the last part for the words from there on ("i'ma" is
    "i" for "i" and "ma" for "am going to"; "won't" is "won" for "will"). A text that holds a
    contraction holds each of its parts as a quick form, so one part of it stands for the word;
    the others stand for the other words ("I'm" holds "i", but says "am" by its "m" only)."""
    parts: dict[str, dict[str, None]] = {}
    for contraction, words in CONTRACTIONS.items():
        split = contraction.split("'")
        for place, word in enumerate(words):
            parts.setdefault(word, {})[split[min(place, len(split) - 1)]] = None
    return {word: tuple(found) for word, found in parts.items()}


# Each word and the quick forms that stand for it in the contractions that spell it out
# (``am`` -> ``im``, ``ima``, ``imma``, ``ma``; the "m" of "i'm" is an ending's, SUFFIXES_OF).
_PARTS_OF: Mapping[str, tuple[str, ...]] = _parts_of()
#: Each word and the endings that spell it out (``not`` -> ``n't``).
SUFFIXES_OF: Mapping[str, tuple[str, ...]] = _words_of(SUFFIXES)


def typos(word: str) -> Iterator[str]:
    """The one-letter typos of ``word`` a reader corrects: a vowel dropped from a word of five
    letters or more (``womn``, ``stupd``) or two neighbours swapped (``haet``, ``sikc``).

    Dropping a consonant makes too many ordinary words ("purge" -> "pure", "violent" ->
    "violet"); dropping a vowel from a long word, or swapping two letters, rarely does.
    """
    if len(word) >= 5:
        for i, char in enumerate(word):
            if char in "aeiou":
                yield word[:i] + word[i + 1 :]
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def quick_sources(word: str, typos_of: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """The quick forms (:func:`quick_forms`) of which a text holds one if it reads ``word``: the
    word, its parts at apostrophes, its typos (``typos_of``: each word and its typos), the part
    that stands for it in each contraction that spells it out, and the endings that do.

    One part of a contraction is enough, as a text that holds it holds all: "am" needs "im",
    "ma" ("i'ma") or the "m" of "i'm", never the "i" that "I" alone shows as well.

    A word before "n't" needs no other form: :func:`quick_forms` gives the word without the
    ending as well ("don't" reads "do"; its quick forms are "don", "t" and "do"), so "don" is
    no source of "do" (held for every word, the form with an "n" was a key of a fifth of the
    scan's tokens)."""
    found = {word, *word.split("'")}
    found.update(typos_of.get(word, ()))
    found.update(_PARTS_OF.get(word, ()))
    for suffix in SUFFIXES_OF.get(word, ()):
        found.add(suffix.rpartition("'")[2])  # "you'll" reads "will", shows "ll"
    return frozenset(found)


def _shown_by() -> Mapping[str, tuple[str, ...]]:
    shown: dict[str, dict[str, None]] = {}
    for word, parts in _PARTS_OF.items():
        for part in parts:
            shown.setdefault(part, {})[word] = None
    for word, suffixes in SUFFIXES_OF.items():
        for suffix in suffixes:
            shown.setdefault(suffix.rpartition("'")[2], {})[word] = None
    return {form: tuple(words) for form, words in shown.items()}


#: Each quick form that a contraction or an ending shows, with the words that show it
#: (``don`` -> ``do``, ``not``, ...): :func:`quick_sources` read backwards.
SHOWN_BY: Mapping[str, tuple[str, ...]] = _shown_by()


def words_shown(forms: frozenset[str]) -> frozenset[str]:
    """The words other than ``forms`` themselves that a text holding the quick ``forms`` may
    read, as far as no family's typos and no word with an apostrophe go: with the forms, every
    word ``w`` without an apostrophe whose ``quick_sources(w, {})`` meet ``forms`` (the words
    :data:`SHOWN_BY` gives), and more words that nothing reads.

    A gate that tests a set of words against the forms and these tests the union of their
    quick sources against ``forms`` without holding that union (see
    :meth:`.detectors.phrases.PhraseGroup.reads`)."""
    shown = [word for form in SHOWN_BY.keys() & forms for word in SHOWN_BY[form]]
    return frozenset(shown) if shown else _NOTHING


_NOTHING: frozenset[str] = frozenset()


def plain_spellings(word: str, typos_of: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """The words a trigger reads (``detectors.triggers.read_tokens``: an undisguised text's
    tokens and their parts at apostrophes) of which a text holds one if it reads ``word``: the
    word (also the part before an ending: "city'll", "cityn't"), its typos, the contractions
    that spell it out.

    Every word with an ending reads the ending's word ("not", "will"), so such a word has no
    spellings: a :class:`ValueError`.
    """
    if word in SUFFIXES_OF:
        raise ValueError(f"every token ending in a suffix reads {word!r}")
    found = {word}
    found.update(typos_of.get(word, ()))
    found.update(CONTRACTIONS_OF.get(word, ()))
    return frozenset(found)


def spell_out(word: str) -> tuple[str, ...] | None:
    """The words a written word spells out, or ``None`` if it spells out nothing.

    ``word`` is lower-case with straight apostrophes. A contraction or texting spelling gives
    its words (``dont`` -> ``do not``); a word with a contracted ending gives its head and the
    ending's words (``you'll`` -> ``you will``, ``kill's`` -> ``kill``); any other word with an
    apostrophe gives itself (it is no typo).
    """
    spelled = CONTRACTIONS.get(word)
    if spelled is not None:
        return spelled
    if "'" not in word:
        return None
    for suffix, tail in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return (word[: -len(suffix)], *tail)
    return (word,)


def canonical(term: str) -> tuple[str, ...]:
    """A term of a word list as a reading spells it: lower case, apostrophes straightened,
    contractions spelled out (``"can't stand"`` -> ``can not stand``)."""
    spelled: list[str] = []
    for word in term.casefold().translate(_APOSTROPHES).split():
        expansion = CONTRACTIONS.get(word)
        if expansion is not None:
            spelled.extend(expansion)
            continue
        for suffix, tail in SUFFIXES[:5]:
            if word.endswith(suffix) and len(word) > len(suffix):
                spelled.extend((word[: -len(suffix)], *tail))
                break
        else:
            spelled.append(word)
    return tuple(spelled)


class Token(NamedTuple):
    """A written word of a sentence (see the module docstring).

    A named tuple, not an attrs class: a reading makes one per word, and tuples are made faster.
    """

    forms: tuple[str, ...]
    spelled: tuple[str, ...] | None
    start: int
    end: int
    quoted: bool = False
    clause: int = 0
    capital: bool = False


#: A sentence: its tokens in order.
Sentence = tuple[Token, ...]


@attrs.frozen
class Reading:
    """A comment read as sentences of :class:`Token` (build it with :func:`read`)."""

    text: NormalizedText
    sentences: tuple[Sentence, ...]

    def span(self, first: Token, last: Token) -> tuple[int, int]:
        """The ORIGINAL ``[start, end)`` of the words from ``first`` to ``last``."""
        return self.text.span(first.start, last.end)


def read(text: NormalizedText) -> Reading:
    """The reading of ``text``, built on the first call and then kept with the text."""
    return text.view(_read)


class Words(NamedTuple):
    """A sentence as a family reads it (:meth:`Spelling.sentences`): its words in order, the
    token each word comes from (repeated for a token spelled out in several words) and the
    distinct words."""

    tokens: tuple[Token, ...]
    words: tuple[str, ...]
    distinct: frozenset[str]


@attrs.frozen
class FormIndex:
    """Where the forms of a reading stand, and how a family that knows no word reads each of
    its sentences: built once per text (:func:`form_index`) and shared by every family.

    A family tries only the sentences that hold one of its words (:meth:`holding`), and reads a
    sentence as its *plain* words (:meth:`plain`: each token's spelled-out words, else its last
    form) unless one of the sentence's few tokens whose words depend on the family (several
    forms, a spelled-out word, a masked form: :attr:`irregular`) reads otherwise in it, or the
    sentence holds a typo the family reads (see :meth:`Spelling.sentences`). A family then maps
    those few tokens, not every token of every sentence it tries.
    """

    reading: Reading
    #: Every form and spelled-out word of the reading's tokens, and :data:`.words.MASK` when a
    #: form hides letters.
    forms: frozenset[str]
    #: For each sentence, its tokens whose words may depend on the family.
    irregular: tuple[tuple[Token, ...], ...]
    #: For each sentence, the forms of its tokens.
    shown: tuple[frozenset[str], ...]
    #: The distinct forms that hide letters, in order.
    masked: tuple[str, ...]
    # The sentences (indexes, in order) where each of the forms stands.
    _where: Mapping[str, Sequence[int]] = attrs.field(repr=False)
    # The plain words of the sentences read so far.
    _plain: list[Words | None] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_plain", [None] * len(self.reading.sentences))

    @cached_property
    def masked_shapes(self) -> Mapping[tuple[int, str, str], tuple[str, ...]]:
        """The masked forms that may stand for a word (:meth:`Spelling.unmasked`: three
        characters or more, the first and the last shown) by their :func:`masked_shape`."""
        shapes: dict[tuple[int, str, str], list[str]] = {}
        for form in self.masked:
            if len(form) >= 3 and form[0] != MASK and form[-1] != MASK:
                shapes.setdefault(masked_shape(form), []).append(form)
        return {shape: tuple(forms) for shape, forms in shapes.items()}

    def holding(self, words: frozenset[str]) -> Sequence[int]:
        """The indexes, in order, of the sentences that hold one of ``words`` as a form or a
        spelled-out word (with :data:`.words.MASK` among them, any form that hides letters)."""
        found = self.forms.intersection(words)
        if not found:
            return ()
        where = self._where
        if len(found) == 1:
            return where[next(iter(found))]
        return sorted(set().union(*map(where.__getitem__, found)))

    def plain(self, index: int) -> Words:
        """The words of the sentence ``index`` as a family that knows no word reads them: each
        token's spelled-out words, else its last form (the most de-disguised)."""
        found = self._plain[index]
        if found is None:
            sentence = self.reading.sentences[index]
            irregular = self.irregular[index]
            if all(token.spelled is None for token in irregular):  # a word a token
                found = _sentence_words(sentence, tuple([token.forms[-1] for token in sentence]))
            else:
                found = _read_words(sentence, _plain_words)
            self._plain[index] = found
        return found


def _sentence_words(tokens: tuple[Token, ...], words: tuple[str, ...]) -> Words:
    return _new_tuple(Words, (tokens, words, frozenset(words)))


def _plain_words(token: Token) -> tuple[str, ...]:
    """A token's words as a family that knows no word reads them (:meth:`FormIndex.plain`)."""
    return token.forms[-1:] if token.spelled is None else token.spelled


def _mapped(of: Mapping[int, tuple[str, ...]], token: Token) -> tuple[str, ...]:
    """A token's words in ``of`` (by the token's :func:`id`), else its forms."""
    return of.get(id(token), token.forms)


def _read_words(sentence: Sentence, words_of: Callable[[Token], tuple[str, ...]]) -> Words:
    """``sentence`` read as ``words_of`` reads each token."""
    tokens: list[Token] = []
    words: list[str] = []
    for token in sentence:
        for word in words_of(token):
            tokens.append(token)
            words.append(word)
    return _sentence_words(tuple(tokens), tuple(words))


def form_index(reading: Reading) -> FormIndex:
    """The :class:`FormIndex` of ``reading``, built on the first call and then kept with its
    text (a reading built by hand, not by :func:`read`, is indexed on every call)."""
    if read(reading.text) is not reading:
        return _index(reading)
    return reading.text.view(_kept_index)


def _kept_index(text: NormalizedText) -> FormIndex:
    return _index(read(text))


def _index(reading: Reading) -> FormIndex:
    where: dict[str, list[int]] = {}
    irregular: list[tuple[Token, ...]] = []
    shown_in: list[frozenset[str]] = []
    masked: dict[str, None] = {}
    # An undisguised text's words have one form each, none masked; a form hides letters only
    # where the written one does (the others are made from its characters).
    disguised = reading.text.disguised
    for index, sentence in enumerate(reading.sentences):
        shown = frozenset([form for token in sentence for form in token.forms])
        shown_in.append(shown)
        if disguised:
            odd = tuple(
                [
                    token
                    for token in sentence
                    if len(token.forms) > 1 or token.spelled is not None or MASK in token.forms[0]
                ]
            )
        else:
            odd = tuple([token for token in sentence if token.spelled is not None])
        irregular.append(odd)
        held: frozenset[str] | set[str] = shown
        if odd:
            spelled = [word for token in odd if token.spelled is not None for word in token.spelled]
            # The forms that hide letters, not those read with the masks dropped ("qutd" of
            # "qu*t*d"): only a form with a mask stands for another word.
            hiding = [
                form
                for token in odd
                if MASK in token.forms[0]
                for form in token.forms
                if MASK in form
            ]
            if spelled or hiding:
                held = set(shown)
                held.update(spelled)
                if hiding:
                    held.add(MASK)
                    masked.update(dict.fromkeys(hiding))
        for form in held:
            at = where.get(form)
            if at is None:
                where[form] = [index]
            else:
                at.append(index)
    return FormIndex(
        reading, frozenset(where), tuple(irregular), tuple(shown_in), tuple(masked), where
    )


def quick_forms(text: NormalizedText) -> frozenset[str]:
    """Every form of every word, cheaply, split at apostrophes: what a detector checks before it
    reads (``"woman's"`` gives ``woman`` and ``s``; ``kysn't`` gives ``kys`` too).

    Undisguised text (most comments) takes ``NormalizedText.token_set``, which the evaluator
    computes for every comment anyway; other text its ``NormalizedText.words``. Computed once
    per text.
    """
    return text.view(_quick_forms)


def _quick_forms(text: NormalizedText) -> frozenset[str]:
    if not text.disguised:
        # In undisguised text a PLAIN token is ASCII letters and digits joined by apostrophes:
        # the token set, split at apostrophes, is every run of letters and digits.
        if "'" not in text.normalized and "’" not in text.normalized:
            return text.token_set
        joined = " ".join(text.token_set)
    else:
        joined = " ".join([form for word in text.words for form in word.forms])
    # Splitting the forms joined by spaces gives the parts of each form, in one call. "n't" goes
    # with its verb's negation, not with the word before: "kysn't" is read as "kys" and "not",
    # so "kys" must be a quick form too.
    parts = _apart(joined)
    if "n't" in joined or "n’t" in joined:
        parts += _apart(joined.replace("n't", " ").replace("n’t", " "))
    return frozenset(parts)


def _apart(joined: str) -> list[str]:
    """The parts of ``joined`` between white space and apostrophes. Replacing each apostrophe
    in turn is many times faster on a long text than one ``str.translate`` with a table of
    characters outside ASCII, which looks up every character."""
    return joined.replace("'", " ").replace("’", " ").replace("‘", " ").replace("`", " ").split()


def _read(text: NormalizedText) -> Reading:
    normalized, original = text.normalized, text.original
    # The quotations, walked along with the words (both in order): the next one not yet closed.
    quotations = _quotations(normalized)
    closes = [end for _, end in quotations]
    opens = [start for start, _ in quotations]
    quotation, after_all = 0, len(quotations)
    # Every form of a word is made of the normalised text's characters (or their letters without
    # marks, or leetspeak's letters): without a curly apostrophe or a backtick in the text, no form
    # needs straightening.
    curly = not _CURLY.isdisjoint(normalized)
    starts = text.starts
    contracted = CONTRACTIONS.get
    found: list[Sentence] = []
    current: list[Token] = []
    previous_end = 0
    clause = 0
    for forms, start, end in text.words:
        gap = normalized[previous_end:start]
        if gap == " ":  # most gaps: neither a sentence's end nor a clause's
            pass
        elif current and gap.rstrip(" ") == "." and _titled(current[-1], original, text, start):
            pass  # "Mr. James": a title's period, no sentence's end
        elif current and gap.rstrip(" ") == "." and _initial(current[-1], original, text, start):
            pass  # "E. coli": an initial's period, no sentence's end
        elif gap == "." and current and _letters_dotted(current[-1], normalized, start):
            pass  # "e.g", "p.m", "U.S": a period between single letters
        elif (
            current
            and gap.rstrip(" ") == "."
            and _abbreviated(current, normalized, original, text, start)
        ):
            pass  # "Police Dept. update", "approx. 20": an abbreviation's period
        elif (
            gap == "."
            and current
            and normalized[previous_end - 1].isdigit()
            and normalized[start].isdigit()
        ):
            pass  # "0.05 BTC", "$3.50": a decimal point, no sentence's end
        elif current and not _SENTENCE_ENDS.isdisjoint(gap):
            found.append(tuple(current))
            current = []
            clause = 0
        elif current and (not _CLAUSE_ENDS.isdisjoint(gap) or " -" in gap or "- " in gap):
            clause += 1
        previous_end = end
        written = forms[0]
        # The other forms are made from the first's characters: none has a mark it lacks. Most
        # words are letters and digits only (one test in C), which no curly mark is.
        if curly and not written.isalnum() and not _CURLY.isdisjoint(written):
            forms = _straight(forms)
            written = forms[0]
        inside = False
        if quotation < after_all:
            while quotation < after_all and closes[quotation] <= start:
                quotation += 1
            inside = quotation < after_all and opens[quotation] < start
        capital = original[start if starts is None else starts[start]].isupper()
        spelled = contracted(written)  # spell_out, its commonest answer first
        if spelled is None and "'" in written:
            spelled = spell_out(written)
        # tuple.__new__ skips the named tuple's Python-level __new__: a token per word.
        current.append(_new_tuple(Token, (forms, spelled, start, end, inside, clause, capital)))
    if current:
        found.append(tuple(current))
    return Reading(text, tuple(found))


def _titled(title: Token, original: str, text: NormalizedText, start: int) -> bool:
    """Whether ``title`` is a title written abbreviated and the word at ``start`` (in the
    normalised text) is written with a capital: "Mr. James", not "call the dr. then"; in a
    comment written without capitals, any word ("sgt. harris lives on pine")."""
    if title.forms[0] not in _TITLES:
        return False
    at = start if text.starts is None else text.span(start, start + 1)[0]
    return original[at].isupper() or (original[at].isalpha() and not any_capital(original))


def _letters_dotted(letter: Token, normalized: str, start: int) -> bool:
    """Whether ``letter`` is one letter and the word at ``start``, right after its period, one
    letter too: "e.g", "p.m", "U.S" (never "no.Then")."""
    return (
        len(letter.forms[0]) == 1
        and letter.forms[0].isalpha()
        and normalized[start].isalpha()
        and (start + 1 == len(normalized) or not normalized[start + 1].isalnum())
    )


def _abbreviated(
    current: list[Token], normalized: str, original: str, text: NormalizedText, start: int
) -> bool:
    """Whether the last word of ``current`` is a common abbreviation (``ABBREVIATIONS``, or the
    last letter of one written with periods, "p.m.") and the word at ``start`` (in the
    normalised text) a number or a word in lower case, in a comment that writes a capital
    somewhere: "Police Dept. update", "approx. 20", "at 6 p.m. tonight"; not "on Court St. The
    road", nor "i called the dept. they said" (no capital anywhere: no telling)."""
    last = current[-1]
    written = last.forms[0]
    dotted = (
        len(written) == 1
        and len(current) > 1
        and normalized[current[-2].end : last.start] == "."
        and len(current[-2].forms[0]) == 1
    )
    if written not in ABBREVIATIONS and not dotted:
        return False
    first = normalized[start]
    if first.isdigit():
        return True
    at = start if text.starts is None else text.span(start, start + 1)[0]
    return original[at].islower() and any_capital(original)


def any_capital(original: str) -> bool:
    """Whether a comment writes a capital letter anywhere."""
    return any(char.isupper() for char in original)


def _initial(letter: Token, original: str, text: NormalizedText, start: int) -> bool:
    """Whether ``letter`` is one capital letter (not "I") and the word at ``start`` (in the
    normalised text) is written in lower case: a genus or a first name written as its initial,
    "E. coli", "H. pylori", "the J. crew", not "Plan B. Then"."""
    written = letter.forms[0]
    if len(written) != 1 or not written.isalpha() or written == "i" or not letter.capital:
        return False
    at = start if text.starts is None else text.span(start, start + 1)[0]
    return original[at].islower()


def _straight(forms: tuple[str, ...]) -> tuple[str, ...]:
    if all("’" not in form and "‘" not in form and "`" not in form for form in forms):
        return forms
    return tuple(dict.fromkeys(form.translate(_APOSTROPHES) for form in forms))


def _unmarked(normalized: str) -> frozenset[int]:
    """The positions of the quotation marks that mark no quotation: the two that wrap a comment
    that is one quotation from end to end (a post pasted whole in quotation marks), and the
    second of each doubled straight mark inside it (``""``, as spreadsheets write a mark within
    quotes). None when the comment is not one quotation: inside one, no mark may close it (a
    closing mark closes a quotation opened inside)."""
    start = len(normalized) - len(normalized.lstrip())
    end = len(normalized.rstrip()) - 1
    if end - start < 2:
        return frozenset()
    if _DOUBLE_QUOTES.get(normalized[start], -1) < 0 or _DOUBLE_QUOTES.get(normalized[end], 1) > 0:
        return frozenset()
    unmarked = [start, end]
    depth = 0
    index = start + 1
    while index < end:
        kind = _DOUBLE_QUOTES.get(normalized[index])
        if kind == 0:
            if index + 1 == end or normalized[index + 1] != '"':
                return frozenset()
            unmarked.append(index + 1)  # a doubled mark is one mark inside the quotation
            index += 1
        elif kind is not None:
            depth += kind
            if depth < 0:
                return frozenset()
        index += 1
    return frozenset(unmarked)


def _closing(normalized: str, index: int, unmarked: frozenset[int]) -> bool:
    """Whether the straight mark at ``index`` is shaped like a closing one: written right after
    a word or a sign, and followed by no letter or digit ('safety" is', 'president",')."""
    after = index + 1
    while after in unmarked:
        after += 1
    return (
        bool(index)
        and not normalized[index - 1].isspace()
        and (after >= len(normalized) or not normalized[after].isalnum())
    )


def _quotations(normalized: str) -> list[tuple[int, int]]:
    """The quotations of the text, in order, apart: a position lies inside quotation marks when
    it lies strictly between the two of one. The marks that wrap a whole comment are no
    quotation (:func:`_unmarked`)."""
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    single: int | None = None
    unmarked = _unmarked(normalized)
    for match in _QUOTE.finditer(normalized):
        index, char = match.start(), match.group()
        if index in unmarked:
            continue
        kind = _DOUBLE_QUOTES.get(char)
        if kind is not None:
            if opened is None and kind == 0 and _closing(normalized, index, unmarked):
                continue  # a stray closing mark opens nothing: 'gun safety" is just a code word'
            if opened is None and kind >= 0:
                opened = index
            elif opened is not None and kind <= 0:
                regions.append((opened, index))
                opened = None
            continue
        before = normalized[index - 1] if index else " "
        after = normalized[index + 1] if index + 1 < len(normalized) else " "
        if single is None and not before.isalnum() and after.isalnum():
            single = index
        elif single is not None and before.isalnum() and not after.isalnum():
            regions.append((single, index))
            single = None
    # Merge the open intervals, so that the words, in order, walk them once: a scan of every
    # region per position made long texts full of quotes quadratic.
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# --- how a family reads a word: its spellings, typos and words run together -----------------


def typo_table(
    terms: Iterable[str], excluded: Collection[str], preferred: Collection[str] = ()
) -> dict[str, str]:
    """Each one-letter typo (:func:`typos`) of ``terms`` of four letters or more that is not
    ``excluded`` (a known or ordinary word), with the term it reads as: a typo of two terms reads
    as the ``preferred`` one, else the first in alphabetical order."""
    table: dict[str, str] = {}
    for term in sorted(terms, key=lambda term: (term not in preferred, term)):
        if len(term) < 4 or not term.isalpha():
            continue
        for typo in kept_typos(term):
            if typo not in excluded:
                table.setdefault(typo, term)
    return table


@cache
def kept_typos(term: str) -> tuple[str, ...]:
    """:func:`typos` of ``term``, one tuple of strings per term: the families of a file and of
    several files need the same words' typos, and each string is then held once."""
    return tuple(typos(term))


# Forms up to this many are kept with each RunTogether, with the parts their cuts give.
_KEPT_PARTS = 1 << 14


def _prefixes(words: Iterable[str]) -> frozenset[str]:
    return frozenset({word[:i] for word in words for i in range(1, len(word) + 1)})


@attrs.frozen
class RunTogether:
    """Two words written as one ("gayvermin", "muslimscum", "ihate"), read as two.

    A written word of five letters or more is cut in two where one part is a word of ``words``
    (a family's terms) and the other a word of ``words`` or of ``joinable`` (short words writers
    run on: "i", "all", "you"), and one part is longer than two letters unless both are terms;
    the first such cut from the left is taken. Only heads that begin a word are tried and only
    tails no longer than the longest word are looked up, so a cut costs at most as many steps
    as the longest word has letters, whatever the length of the written word.
    """

    words: frozenset[str]
    joinable: frozenset[str] = frozenset()
    #: The words a part of a cut may be: ``words`` and ``joinable``. A word none of whose
    #: cuts leaves two of these is never read as two (a trigger's ``run_rests``).
    either: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    _prefixes: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    _longest: int = attrs.field(init=False, repr=False, eq=False)
    # The cuts of each form read so far (up to _KEPT_PARTS): the same words come back in comment
    # after comment, and most have none. The forms with some are also kept apart, so that a
    # text's forms are looked up in both with two set operations.
    _parts: dict[str, tuple[str, ...]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _cutting: dict[str, tuple[str, ...]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        either = self.words | self.joinable
        object.__setattr__(self, "either", either)
        object.__setattr__(self, "_prefixes", _prefixes(either))
        object.__setattr__(self, "_longest", max(map(len, either), default=0))

    def split(self, form: str) -> tuple[str, str] | None:
        """The two words ``form`` is read as, or ``None``."""
        if len(form) <= 4:
            return None
        words, joinable, prefixes, longest = (
            self.words,
            self.joinable,
            self._prefixes,
            self._longest,
        )
        size = len(form)
        for i in range(1, min(size, longest + 1)):
            head = form[:i]
            if head not in prefixes:
                return None  # no longer head is a word either
            if size - i > longest:
                continue
            tail = form[i:]
            head_known, tail_known = head in words, tail in words
            if (
                (head_known and (tail_known or tail in joinable))
                or (tail_known and head in joinable)
            ) and (i > 2 or size - i > 2 or (head_known and tail_known)):
                return head, tail
        return None

    def parts(self, forms: Iterable[str]) -> frozenset[str]:
        """Every part :meth:`split` may read from one of ``forms``: each cut where both parts
        are words or joinable (a gate before reading: it holds every part a reading takes)."""
        found: set[str] = set()
        kept, cutting = self._parts, self._cutting
        held = forms if isinstance(forms, (set, frozenset)) else frozenset(forms)
        for form in cutting.keys() & held:
            found.update(cutting[form])
        for form in held.difference(kept):
            parts = self._cuts(form) if len(form) > 4 else ()
            if len(kept) < _KEPT_PARTS:
                kept[form] = parts
                if parts:
                    cutting[form] = parts
            found.update(parts)
        return frozenset(found)

    def _cuts(self, form: str) -> tuple[str, ...]:
        """The parts of every cut of ``form`` where both parts are words or joinable."""
        either, prefixes, longest = self.either, self._prefixes, self._longest
        found: list[str] = []
        size = len(form)
        for i in range(1, min(size, longest + 1)):
            head = form[:i]
            if head not in prefixes:
                break
            if size - i <= longest and head in either and form[i:] in either:
                found += (head, form[i:])
        return tuple(found)


# Masked forms up to this many are kept with each spelling, with what they were read as.
_KEPT_MASKED = 4096


@attrs.frozen
class Spelling:
    """How a family reads a written word (:class:`Token`) as one or more words.

    The first of its forms that is ``known``; else what it spells out (:func:`spell_out`); else
    the one known word a masked form stands for ("k*ll", "5*at", see :meth:`unmasked`); else,
    for a word of four letters or more, the term its typo stands for (``typos``, see
    :func:`typo_table`); else, with ``joined`` and a word of five letters or more, the two words
    it runs together (:class:`RunTogether`); else its last form (the most de-disguised).
    """

    known: frozenset[str]
    typos: Mapping[str, str] = attrs.field(factory=dict)
    joined: RunTogether | None = None
    # What masked forms were read as: the same few come back in comment after comment. Shared
    # by the spellings that know the same words (the groups of a file): what a masked form
    # stands for depends on those alone.
    _unmasked: dict[str, str | None] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        known = self.known
        kept = _kept_unmasked(known) if isinstance(known, frozenset) else {}
        object.__setattr__(self, "_unmasked", kept)

    def words(self, token: Token, split: bool = True) -> tuple[str, ...]:
        """The words ``token`` reads as (``split=False``: never cut in two)."""
        forms = token.forms
        known = self.known
        for form in forms:
            if form in known:
                return (form,)
        if token.spelled is not None:
            return token.spelled
        form = forms[0]
        if MASK in form:
            # "5*at" hides a letter and disguises another: any of its forms may be unmasked.
            kept = self._unmasked
            for masked in forms:
                # The kept answer looked up here: a flood of masks reads thousands of them.
                word = kept[masked] if masked in kept else self.unmasked(masked)
                if word is not None:
                    return (word,)
        if len(form) > 3:
            typo = self.typos.get(form)
            if typo is not None:
                return (typo,)
            if split and self.joined is not None:
                parts = self.joined.split(form)
                if parts is not None:
                    return parts
        return (forms[-1],)

    def sentences(
        self, index: FormIndex, which: Iterable[int], split: bool = True
    ) -> Iterator[Words]:
        """The words of the sentences ``which`` (indexes, in order) of the reading of ``index``,
        as :meth:`words` reads their tokens: the plain words of a sentence
        (:meth:`FormIndex.plain`, shared by every family) where they are what this spelling
        reads, so that only the sentence's irregular tokens are mapped; else word by word."""
        # A sentence that holds a typo of the family's words is read word by word: a plain token
        # may read as another word.
        typos = self.typos.keys() if self.typos else None
        joined = split and self.joined is not None
        words_of, irregular, shown = self.words, index.irregular, index.shown
        # What a token reads as depends on its forms alone (its spelled-out words are its first
        # form's): each distinct word of the comment is read once, however often it is written
        # ("f*** sh*t f*** ...").
        read_before: dict[tuple[str, ...], tuple[str, ...]] = {}

        def read_as(token: Token) -> tuple[str, ...]:
            found = read_before.get(token.forms)
            if found is None:
                found = read_before[token.forms] = words_of(token, split)
            return found

        for i in which:
            sentence = index.reading.sentences[i]
            if joined or not (typos is None or typos.isdisjoint(shown[i])):
                yield _read_words(sentence, read_as)
                continue
            odd = irregular[i]
            if not odd:
                yield index.plain(i)
                continue
            if len(odd) * 4 > len(sentence):  # mostly disguised: mapped once, word by word
                yield _read_words(sentence, read_as)
                continue
            read = [read_as(token) for token in odd]
            if all(words == _plain_words(token) for words, token in zip(read, odd, strict=True)):
                yield index.plain(i)
                continue
            # Each irregular token as just read, the others as their one form: each token is
            # mapped once, however many read otherwise.
            of = {id(token): words for token, words in zip(odd, read, strict=True)}
            yield _read_words(sentence, partial(_mapped, of))

    def unmasked(self, form: str) -> str | None:
        """The known word that ``form``, a word with letters hidden by :data:`.words.MASK`,
        stands for: the one of its length, first and last letter whose other letters agree
        ("k*ll" is "kill", "id**t" "idiot"); ``None`` when none or several do, or when the first
        or the last letter is hidden ("f***" may be any of many words)."""
        # Tested, not tried: past the kept answers, a flood of distinct masked words raised a
        # KeyError for each of them, in each family that read them.
        kept = self._unmasked
        if form in kept:
            return kept[form]
        word = self._unmask(form)
        if len(kept) < _KEPT_MASKED:
            kept[form] = word
        return word

    def _unmask(self, form: str) -> str | None:
        if len(form) < 3 or form[0] == MASK or form[-1] == MASK:
            return None
        # The words of its shape narrowed by each letter it shows in turn (one list
        # comprehension per letter, no generator per word): most are gone after one or two.
        fit: Sequence[str] = self._by_shape.get(masked_shape(form), ())
        for i in range(1, len(form) - 1):
            letter = form[i]
            if letter != MASK:
                fit = [word for word in fit if word[i] == letter]
                if not fit:
                    return None
        return fit[0] if len(fit) == 1 else None  # two words fit: no guess

    @cached_property
    def _by_shape(self) -> Mapping[tuple[int, str, str], tuple[str, ...]]:
        """The known words by length, first and last letter, built on the first masked word
        (once for the many families that know the same words: the groups of a file)."""
        known = self.known
        return _kept_shapes(known) if isinstance(known, frozenset) else _shapes(known)


def masked_shape(word: str) -> tuple[int, str, str]:
    """A word's length, first and last letter: a masked form (:meth:`Spelling.unmasked`)
    stands only for a word of its own shape."""
    return len(word), word[0], word[-1]


def _shapes(known: Collection[str]) -> Mapping[tuple[int, str, str], tuple[str, ...]]:
    """The words of ``known`` (three letters or more) by :func:`masked_shape`."""
    shapes: dict[tuple[int, str, str], list[str]] = {}
    for word in known:  # in any order: a masked form stands for one word of its shape or none
        if len(word) >= 3 and word.isalpha():
            shapes.setdefault((len(word), word[0], word[-1]), []).append(word)
    return {shape: tuple(words) for shape, words in shapes.items()}


_kept_shapes = lru_cache(maxsize=64)(_shapes)


@lru_cache(maxsize=64)
def _kept_unmasked(known: frozenset[str]) -> dict[str, str | None]:
    """The masked forms read so far by the spellings that know ``known``, with their words."""
    return {}
