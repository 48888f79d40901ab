"""Properties of the shape engine (:mod:`municipal_social_policy.detectors.shapes`).

Every shape declares its pre-checks as data; the engine runs a shape's pattern only where they
hold, and the detectors' triggers are derived from them. So each pre-check must be *necessary*:
wherever a shape's pattern matches, every one of its pre-checks holds (else the pre-check would
hide evidence), and a text in which a shape detector's trigger fails gets no signal from it.
Evidence spans index the original text, and the work per shape is bounded by its match cap.
"""

from __future__ import annotations

from functools import cache

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies, testing
from municipal_social_policy.detectors import MAX_MATCHES, Detector, _urls, shapes
from municipal_social_policy.detectors.catalogue import BUILTIN_SPECS
from municipal_social_policy.detectors.lexicon import read_sections
from municipal_social_policy.ordinance import DetectorConfig

# The detectors shapes.txt declares shapes for ("links" is the link finder the link detectors
# share, not a detector).
_SHAPE_DETECTORS = tuple(
    sorted(
        {
            line.split(" ", 1)[1]
            for section, lines in read_sections(shapes.SHAPES_FILE).items()
            if section.startswith("shape ")
            for line in lines
            if line.startswith("detector ")
        }
        - {"links"}
    )
)
_LINK_DETECTORS = ("external_link", "obfuscated_link", "phishing_link", "url_shortener")


@cache
def every_shape() -> tuple[shapes.Shape, ...]:
    """Every shape declared in ``shapes.txt``, as the detectors built on them hold them."""
    names = {s.split(" ", 1)[1] for s in read_sections(shapes.SHAPES_FILE) if s[:6] == "shape "}
    found = tuple(
        shape for detector in shape_detectors() for shape in getattr(detector, "shapes", ())
    )
    found += _urls._SHAPES
    assert {shape.name for shape in found} == names
    return found


@cache
def shape_detectors() -> tuple[Detector, ...]:
    """The detectors built on shapes, as the registry builds them (no city options)."""
    return tuple(
        BUILTIN_SPECS[detector](DetectorConfig(detector))
        for detector in (*_SHAPE_DETECTORS, *_LINK_DETECTORS)
    )


def _anchors() -> list[str]:
    found: set[str] = set()
    for shape in every_shape():
        for needs in shape.needs:
            found.update(needs.characters, needs.substrings)
            found.update(word for word in needs.words if len(word) < 12)
    return sorted(found)


# Pieces that come near every shape: its anchors, the characters round numbers, links and
# payloads, words of addresses and adverts, and look-alike digits and letters.
_PIECES = (
    *_anchors(),
    *(" ", "  ", "\n", "-", ".", ",", "(", ")", "+", "/", ":", "#", "'", '"', "=", "<", ">"),
    *("123", "815", "555", "0143", "4111", "078", "05", "1123", "2024", "12", "9", "0", "1"),
    *("main", "st", "elm", "street", "apt", "n", "box", "po", "rr", "plate", "abc", "dob"),
    *("call", "me", "at", "my", "number", "is", "selling", "$80", "a", "cord", "her", "ssn"),
    *("http://", "https://", "www.", "example", ".com", ".org", "@", "x", "or", "and", "select"),
    *("union", "script", "alert", "onload", "javascript", "sleep", "--", "/*", "*/", ";"),
    *("８", "１", "５", "ｗｗｗ", "раураl", "é", "ß", "\u200b"),
)
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
    st.text(max_size=60),
    st.sampled_from(strategies._SQL_PAYLOADS + strategies._SCRIPT_PAYLOADS),
)


@cache
def unchecked() -> tuple[tuple[shapes.Shape, shapes.Shape], ...]:
    """Each shape, and the same shape with no pre-check and no gate."""
    return tuple((shape, attrs.evolve(shape, needs=(), gate=None)) for shape in every_shape())


@settings(max_examples=500)
@given(_TEXTS)
@example("activexobject\n.com")  # a line break before the dot of a spaced link
def test_every_declared_pre_check_is_necessary(text: str) -> None:
    """Wherever a shape would be found without its pre-checks, each of them and its gate hold:
    no pre-check ever hides a shape."""
    reading = msp.normalize(text)
    for shape, bare in unchecked():
        if not any(True for _ in shapes.find([bare], reading)):
            continue
        for needs in shape.needs:
            assert needs.holds(reading), (shape.name, needs, text)
        haystack = reading.original if shape.original else reading.normalized
        assert shape.gate is None or shape.gate.search(haystack), (shape.name, text)


@settings(max_examples=300)
@given(_TEXTS)
def test_a_text_without_the_pre_check_gets_no_shape_signal(text: str) -> None:
    """A shape detector signals nothing where its derived trigger fails."""
    for detector in shape_detectors():
        testing.assert_trigger_sound(detector, text)


@settings(max_examples=300)
@given(_TEXTS)
def test_spans_index_the_original_text(text: str) -> None:
    """A found shape's span, mapped to the original, is that text's own characters there."""
    reading = msp.normalize(text)
    for detector in shape_detectors():
        for signal in testing.signals(detector, msp.Comment(text=text)):
            assert 0 <= signal.start < signal.end <= len(text), (signal, text)
    for shape in every_shape():
        for found in shapes.find([shape], reading):
            start, end = (
                (found.start, found.end) if shape.original else reading.span(found.start, found.end)
            )
            written = text[start:end]
            assert msp.normalize(written).normalized.strip() != "" or written.strip() == ""
            if not shape.original and written.isascii():
                assert written.casefold() == reading.normalized[found.start : found.end]


@settings(max_examples=50)
@given(st.sampled_from(every_shape()), st.integers(1, 3))
def test_the_work_per_shape_is_bounded_by_its_match_cap(shape: shapes.Shape, n: int) -> None:
    """However often a shape's own text repeats, it examines at most MAX_MATCHES matches."""
    examples = {
        "phone": "815-555-0143 ",
        "links": "https://example.org/a ",
        "sql_injection": "x' or '1'='1 ",
        "email": "jo@example.org ",
    }
    unit = examples.get(shape.detector, "123 main st 078-05-1123 <script> ")
    text = msp.normalize(unit * (MAX_MATCHES * n + 50))
    assert sum(1 for _ in shapes.find([shape], text)) <= MAX_MATCHES


# Link-like text round a bare domain: labels, a dot and a top-level domain of tlds.txt (those
# that are words too, "me", "live", count only with a path), in any case, glued to punctuation,
# with or without a path, a query or a fragment, or spaced round the dot.
_TLDS = sorted(_urls.TLDS | _urls.WORD_TLDS)
_LABEL = st.text("abcxyz019-", min_size=1, max_size=6)
_GLUE = st.sampled_from(("", " ", ".", "/", "?", "#", "'s", ")", "(", "@", "-", ". ", " . ", ":"))
_PATH = st.sampled_from(("", "/abc", "?q=1", "#top", "/", "?", "#", "/a.exe", ".", "'s", "-x"))
_DOMAIN = st.builds(
    lambda labels, dot, tld, upper, path: (
        dot.join(labels) + dot + (tld.upper() if upper else tld) + path
    ),
    st.lists(_LABEL, min_size=1, max_size=3),
    st.sampled_from((".", ".", ".", " . ", ". ", " .")),
    st.sampled_from(_TLDS),
    st.booleans(),
    _PATH,
)
_BARE_LINKS = st.builds(
    lambda before, domain, after: before + domain + after,
    st.lists(st.one_of(_LABEL, _GLUE, st.sampled_from(_TLDS)), max_size=3).map("".join),
    _DOMAIN,
    st.lists(st.one_of(_DOMAIN, _LABEL, _GLUE, st.just("www")), max_size=3).map("".join),
)


@cache
def bare_shape() -> tuple[shapes.Shape, shapes.Shape]:
    """The bare domain's shape, and the same shape with no pre-check."""
    shape = next(shape for shape in _urls._SHAPES if shape.name == "link.bare")
    return shape, attrs.evolve(shape, needs=(), gate=None)


@settings(max_examples=500)
@given(_BARE_LINKS)
def test_a_bare_domain_holds_its_dot_and_top_level_domain(text: str) -> None:
    """Wherever a bare domain is found without pre-checks, the dot and the first letter of a
    known top-level domain are in the text (the ``tld:@tlds.txt`` pre-check), and the link
    detectors' trigger holds wherever any link is found: no pre-check turns a link away."""
    reading = msp.normalize(text)
    shape, bare = bare_shape()
    if any(True for _ in shapes.find([bare], reading)):
        for needs in shape.needs:
            assert needs.holds(reading), (needs, text)
    if _urls.find_links(reading):
        assert _urls.LINK_TRIGGER.holds(reading), text
    for detector in shape_detectors():
        testing.assert_trigger_sound(detector, text)


def test_every_top_level_domain_passes_the_pre_check_where_it_makes_a_link() -> None:
    """Each domain of tlds.txt, written as a link in the ways a comment writes one, is found and
    admits the link detectors; a word domain without a path is no link ("here.Live")."""
    for tld in _TLDS:
        for written in (f"abc.{tld}/x", f"see my-site.{tld.upper()}/page now", f"a.b.{tld}?q=1"):
            reading = msp.normalize(written)
            assert _urls.find_links(reading), written
            assert _urls.LINK_TRIGGER.holds(reading), written
        plain = msp.normalize(f"visit abc.{tld} today")
        assert bool(_urls.find_links(plain)) is (tld in _urls.TLDS), tld
        assert _urls.LINK_TRIGGER.holds(plain) or tld in _urls.WORD_TLDS, tld
