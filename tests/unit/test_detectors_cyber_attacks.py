"""Unit tests for the injection detectors (Kankakee § V.2.14) beyond tests/unit/test_detectors.py.

Each case names an attack technique; each negative is prose or a libinjection false positive
that looks like SQL. Injection payloads are MECHANICAL evidence: REMOVE. SQL in a comment that
holds prose is JUDGMENT evidence: cited, for a person (issue 9).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under
from municipal_social_policy import strategies
from municipal_social_policy.detectors import shapes


def detectors(text: str) -> set[str]:
    """The ids of the § V.2.14 detectors behind the verdict on ``text``."""
    return {e.detector for e in evidence_under(text, "V.2.14")}


@pytest.mark.parametrize(
    "payload",
    [
        "1 = 1 OR 1",  # a whole comment that is a boolean expression of literals
        "1 and @version < 1",
        "foo' OR 'BAR",  # a string left open for the server to close
        "') or ('x')=('x",
        "1' ORDER BY 1--+",
        "1--",  # a number whose query is cut short
        "x'--sp_password",
        "1 /*!anything*/",  # MySQL executable comment
        "foo/* yes this is sqli */",
        " OR x=x#",  # tautology
        " HAVING 1=1--",
        " AND 7506=9091 AND (5913=5913",
        "1 AND (SELECT * FROM Users) = 1",  # sub-query
        " AND 5650=CONVERT(INT,(UNION ALL SELECTCHAR(88)+CHAR(88)))--",
        "1'||'asd'||'",
        "' having 1=1--",
        "1' == --1 OR 1",  # "==" after a string closed
    ],
)
def test_sql_injection_techniques_are_removed(payload: str) -> None:
    """Each technique is mechanical evidence of SQL injection: REMOVE under § V.2.14."""
    assert evaluator().evaluate(payload).decision is msp.Decision.REMOVE
    assert "sql_injection" in detectors(payload)


@pytest.mark.parametrize(
    "text",
    [
        "foo--",
        "1# blah blah",
        '"foo" OR "BAR"',
        'foo" OR "BAR"',
        "1 UNION",
        '"LIKE" STAMP',
        "'1--",
        "1,1--",
        "x/*",
        "DRESS WITH HAT 18';",
        "7 AND A HALF",
        "2 OR 4 METAL BUTTONS",
        "Parents' and teachers' concerns matter",
        "Kids' and 2 adults tickets",
        "Chapter 1--the beginning",
        "I'd pick option 1 or 2 = same thing",
        # A tautology in a sentence is logic, not an attack (the legal line of issue 9)
        "in logic class we learned that x or 1=1 is always true",
        "My kid asked why a and 1=1 holds in every case",
        "The puzzle says where x=x the answer is yes",
        # The comment's own opening quotation mark before wiki headings and prose (issue 9)
        '"== Parking ==  The lot on Elm is full again. "',
        '"==Minutes== Posted the minutes of the May meeting. "',
        '"= Budget ===  I think this belongs in the main page. =="',
        '" Having read the plan, I changed my vote. "',
    ],
)
def test_sql_look_alikes_are_not_injection(text: str) -> None:
    """libinjection's false positives and prose with quotes, numbers and dashes are allowed."""
    assert "sql_injection" not in detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        # Quoted, explained, joked about: the payload is the subject of a sentence
        "Our nephew typed ' OR 'x'='x into the library login and it let him right in.",
        "Ha, my cousin really did name her son Robert'); DROP TABLE Pupils;-- after that comic",
        "the coding camp showed the kids why ' or 2=2 -- lets you in",
        "I bought a mug that says '; DROP TABLE budgets; -- for my dad",
        "Our teacher wrote p or q = q or p on the board today.",
        # Only looks like SQL: a semicolon, then words
        "Picnic is done; drop table umbrellas at the shelter please.",
        "Bingo night moved; DROP TABLE games at the desk when you leave",
        "In spreadsheet class, =IF(2=2, 1, 0) always gives one.",
        "He put sleep(8) on the kitchen timer and dozed off.",
    ],
)
def test_sql_in_prose_is_judgment_evidence(text: str) -> None:
    """A comment with three words in a row that are not SQL's own is prose: its SQL is cited
    under § V.2.14 for a person, never removed on its own (issue 9)."""
    verdict = evaluator().evaluate(text)
    assert verdict.decision is not msp.Decision.REMOVE
    sql = [f for f in verdict.findings if any(e.detector == "sql_injection" for e in f.evidence)]
    assert [f.strength for f in sql] == [msp.Strength.JUDGMENT]


@pytest.mark.parametrize(
    "text",
    [
        "When is the next council meeting?\n'; DROP TABLE comments; --",
        "Thanks for fixing the streetlight. ' OR 'x'='x",
        "' OR 'x'='x\nthanks for fixing the streetlight on Elm",
    ],
)
def test_a_payload_on_its_own_line_or_sentence_beside_prose_is_still_removed(text: str) -> None:
    """Prose elsewhere in the comment does not excuse a payload that stands apart from it."""
    assert evaluator().evaluate(text).decision is msp.Decision.REMOVE
    assert "sql_injection" in detectors(text)


_PROSE_FRAMES = (
    "my nephew typed {payload} into the form at the library",
    "{payload} is printed on the shirt my brother wears",
    "Can someone explain why {payload} worked on the old permit site?",
    "the instructor showed us {payload} and then we talked about escaping input",
)


@settings(max_examples=60)
@given(st.sampled_from(strategies._SQL_PAYLOADS), st.sampled_from(_PROSE_FRAMES))
def test_a_payload_alone_is_removed_and_the_same_payload_in_prose_is_not(
    payload: str, frame: str
) -> None:
    """The same SQL payload is mechanical evidence when it is the whole comment, and never a
    removal when a sentence quotes or talks about it (issue 9)."""
    assert evaluator().evaluate(payload).decision is msp.Decision.REMOVE
    assert evaluator().evaluate(frame.format(payload=payload)).decision is not msp.Decision.REMOVE


@pytest.mark.parametrize(
    "payload",
    [
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('XSS')>",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        "';alert(16);t='",
        '"onmouseover=alert(1)//',
        "<img src='1' onerror/=alert(0) />",
        '<input name="password" type="password">',
        "<STYLE>@import'http://example.org/xss.css';</STYLE>",
    ],
)
def test_encoded_and_string_breaking_script_injection_is_removed(payload: str) -> None:
    """Entity- and percent-encoded markup and string break-outs are script injection."""
    assert evaluator().evaluate(payload).decision is msp.Decision.REMOVE
    assert "script_injection" in detectors(payload)


@pytest.mark.parametrize(
    "text",
    [
        "I love KATY PERRY &lt;3 &lt;3",
        "This is so cool,why haven&#39;t I heard this before?",
        "Please confirm (by email) the date of the eval meeting",
        "Event: onload = the moment the page opens",
    ],
)
def test_entities_and_words_are_not_script_injection(text: str) -> None:
    """HTML entities in exported comments and words like "confirm" are not script injection."""
    assert "script_injection" not in detectors(text)


@pytest.mark.parametrize(
    "payload",
    ["admin or 1=1", "1 or 1=1--", "x' or 1=1 and 'a'='a", "where 1=1 limit 5", "1) or (1=1)"],
)
def test_an_unquoted_tautology_that_ends_the_comment_or_runs_into_sql_is_removed(
    payload: str,
) -> None:
    """A bare tautology is a payload where nothing but SQL follows it."""
    assert "sql_injection" in detectors(payload)


def test_evidence_of_a_decoded_payload_indexes_the_original_text() -> None:
    """A payload found only after decoding is evidenced by the original text it came from."""
    text = "nice %3Cscript%3Ealert(1)%3C/script%3E"
    verdict = evaluator().evaluate(text)
    for finding in verdict.findings:
        for item in finding.evidence:
            assert text[item.start : item.end] == item.text


# Pieces of SQL and markup, and prose round them: texts that come near every rule's gate.
_PIECES = (
    *("'", '"', "`", " ", "  ", "\n", "(", ")", ";", "=", "<", ">", "-", "--", "#", "/*", "*/"),
    *("|", "||", "&&", ":", "/", "@", "@@", "_", ".", ",", "+", "*", "!", "1", "0", "42", "x"),
    *("or", "and", "xor", "where", "having", "when", "case", "if", "true", "false", "null"),
    *("union", "all", "select", "from", "order", "group", "by", "drop", "table", "exec"),
    *("sleep", "benchmark", "waitfor", "delay", "char", "chr", "version", "into", "outfile"),
    *("sysobjects", "xp_cmdshell", "information_schema", "updatexml", "like", "admin"),
    *("script", "javascript", "vbscript", "mocha", "alert", "prompt", "eval", "confirm"),
    *("on", "onerror", "onload", "img", "src", "svg", "input", "type", "password", "iframe"),
    *("data", "text/html", "srcdoc", "style", "expression", "new", "activexobject", "é", "ß"),
    *("the", "we", "need", "a", "stop", "sign", "on", "main", "st", "it's", "don't"),
)
_SNIPPETS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)
_PAYLOADS = st.sampled_from(strategies._SQL_PAYLOADS + strategies._SCRIPT_PAYLOADS)
_TEXTS = st.one_of(
    _SNIPPETS,
    st.tuples(_SNIPPETS, _PAYLOADS, _SNIPPETS).map("".join),
).map(str.lower)


@settings(max_examples=400)
@given(_TEXTS)
def test_a_shape_pre_check_never_skips_a_text_its_pattern_matches(text: str) -> None:
    """Every SQL and script shape's declared pre-checks hold in every text its pattern matches
    where the engine reads it (an ``anchored`` shape from the start of a short comment).

    The pre-checks are what make the shapes cheap; one that skipped a text a pattern matches
    would lose evidence silently.
    """
    reading = shapes.Plain(text)
    for shape in shapes.load_shapes("sql_injection") + shapes.load_shapes("script_injection"):
        if shape.anchored:
            matched = len(text) <= shapes.SHORT and shape.pattern.match(text) is not None
        else:
            matched = shape.pattern.search(text) is not None
        if matched:
            for needs in shape.needs:
                assert needs.holds(reading), (shape.name, needs)
