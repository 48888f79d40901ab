"""Cyber-attack payloads (Kankakee § V.2.14): SQL injection and HTML/script injection.

Both are MECHANICAL evidence: the rules match attack syntax, not words about attacks, so "the
union selected a new steward" and "1 BY 1 INCH PILLOWS" are not flagged. Each rule names one
technique, so a clerk can read why a comment was flagged:

SQL injection
    a quote that closes a string and then a tautology or a clause (``' OR '1'='1``,
    ``admin'--``, ``1' ORDER BY 1--``); a comparison of equal literals after ``OR``, ``AND``,
    ``WHERE`` or ``HAVING`` (``or x=x``, ``having 1=1``); comments that cut a query short or hide
    keywords (``1--``, ``/*!50000select*/``, ``foo/**/``); stacked statements (``; DROP
    TABLE``); ``UNION SELECT``, sub-queries and the server's internals (``information_schema``,
    ``SLEEP(5)``, ``CHAR(88)+CHAR(88)``). A comment that is nothing but a boolean expression of
    literals (``1 = 1 OR 1``, ``1 and @version < 1``) is a probe too; prose has words.
Script injection
    script and embedding tags, event-handler attributes, ``javascript:`` URLs, breaking out of a
    JavaScript string into a call (``';alert(1)//``), credential forms (``<input
    type=password>``), and all of these again after undoing HTML entities and percent-encoding
    (``&#106;avascript:``, ``%3Cscript%3E``).

Every pattern is bounded and starts with a definite character (or is anchored at the start of a
short comment), and every rule is gated by substrings it cannot match without, so matching is
linear in the text's length and most comments skip most rules.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from urllib.parse import unquote

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._patterns import compile_pattern
from ._rules import contains_any, timeout
from .triggers import APOSTROPHES, Trigger, either

__all__ = ["FACTORIES"]


@attrs.frozen
class _Rule:
    """Patterns that run only if the text holds one of ``marks`` and one of ``needles``.

    ``marks`` are characters, one of which every match contains: one set operation on the text's
    characters rules out most rules for most comments, before any substring test. ``needles``
    are substrings; an empty ``marks`` or ``needles`` checks nothing. ``trigger`` holds for every
    text the rule matches in: its marks, else what its author proved.
    """

    patterns: tuple[regex.Pattern[str], ...]
    needles: tuple[str, ...] = ()
    marks: frozenset[str] = frozenset()
    anchored: bool = False  # match at the start of a short comment only
    trigger: Trigger | None = None


def _rule(
    *sources: str,
    needles: tuple[str, ...] = (),
    marks: str = "",
    anchored: bool = False,
    trigger: Trigger | None = None,
) -> _Rule:
    if marks and trigger is not None:
        raise ValueError("a rule's trigger is its marks; give one or the other")
    return _Rule(
        tuple(compile_pattern(source, ignore_case=True) for source in sources),
        needles,
        frozenset(marks),
        anchored,
        Trigger(characters=frozenset(marks)) if marks else trigger,
    )


# Whole-comment rules look at comments up to this long: a payload, not an essay.
_SHORT = 300
_QUOTES = "'\"`"
# A literal operand: a number, a quoted string, a variable.
_LITERAL = r"""(?:-{0,2}\d{1,20}(?:\.\d{1,10})?|'[^'\n]{0,64}'|"[^"\n]{0,64}"|@@?\w{1,64})"""
_COMPARE = r"(?:==|=|<>|!=|<=|>=|<|>)"
_BOOLEAN = r"(?:or|and|xor|\|\||&&)"
_BLOCK = r"(?:/\*[^\n]{0,200}?\*/)"
_SQL_FUNCTIONS = (
    r"(?:sleep|benchmark|substring|substr|mid|ascii|ord|char|chr|concat|version|user|database"
    r"|length|extractvalue|updatexml|if|convert|cast|count|pg_sleep|randomblob)"
)

_SQL = (
    # Ord. 2019-70 § V.2.14. A quote closing a string, then a tautology: ' or '1'='1
    _rule(
        r"""['"`]\s{0,10}\)?\s{0,10}(?:or|and|\|\||&&)\s+['"(]?\s{0,10}[\w@]{1,64}\s{0,10}['")]?
            \s{0,10}(?:(?:=|<>|!=)\s{0,10}['"(]?\s{0,10}[\w@]{1,64}|like\s{0,10}['"])""",
        marks=_QUOTES,
    ),
    # A statement after a closed string, or a destructive one after any semicolon
    _rule(
        r""";(?<=['"`]\s{0,10}\)?\s{0,10};)\s*(?:drop\s+(?:table|database|schema)|delete\s+from
            |truncate\s+table|insert\s+into|update\s+\w{1,64}\s+set|alter\s+table|create\s+table
            |exec(?:ute)?\s|shutdown\b|declare\s+@|select\b)""",
        r";\s{0,10}(?:drop\s+(?:table|database)|truncate\s+table)\b",
        marks=";",
    ),
    # UNION SELECT with a column list, a function, a sub-expression; UNION ALL SELECT anyhow
    _rule(
        r"""\bunion(?:\s+all|\s+distinct)?\s+select\s+(?:null\b|\d|\*|@@|['"(-]|concat\s*\(
            |char\s*\(|group_concat\s*\(|[\w.]{1,64}\s*[,(]|[\w.]{1,64}\s+from\b)""",
        r"\bunion\s+(?:all|distinct)\s+select",
        r"\bunion\s{0,5}\(\s{0,5}select\b",
        needles=("union",),
        # "union" stands between a word boundary and a space or "(": a plain word.
        trigger=Trigger(characters=APOSTROPHES, tokens=frozenset({"union"})),
    ),
    # Tautologies and contradictions: AND 1=1, or x=x, HAVING 1=0#, WHERE 1=1 AND 1=0. An
    # unquoted one must end the comment or run on into more SQL: in prose ("we learned that x or
    # 1=1 is always true") it is a sentence about logic, not mechanical evidence of an attack.
    _rule(
        r"\b(?:or|and|xor|having|where|when)\s+\(?\s{0,5}(?P<n>\d{1,9}|[a-z]\w{0,20})\s{0,5}\)?"
        r"\s{0,5}=\s{0,5}\(?\s{0,5}(?P=n)\b(?=\s{0,5}\)?\s{0,5}(?:$|--|[–—]|\#|/\*|;|['\"`]"
        r"|\b(?:and|or|limit|order|group|union|having)\b))",
        r"""\b(?:or|and|xor|having|where|when)\s+\(?\s{0,5}(?P<q>['"])(?P<s>[^'"]{0,20})(?P=q)
            \s{0,5}\)?\s{0,5}=\s{0,5}\(?\s{0,5}(?P=q)(?P=s)(?P=q)""",
        r"""\b(?:or|and|xor|having|where)\s+\(?\s{0,5}\d{1,20}\s{0,5}(?:=|<>|!=|<|>)\s{0,5}\d{1,20}
            \s{0,5}\)?\s{0,5}(?:$|--|\#|/\*|;|\)|\b(?:and|or)\b)""",
        r"\bif\s{0,5}\(\s{0,5}\d{1,20}\s{0,5}[=<>]\s{0,5}\d{1,20}\s{0,5}[,)]",
        r"\bcase\s+when\s+\(?\s{0,5}\d{1,20}\s{0,5}[=<>]",
        marks="=<>",
    ),
    _rule(
        r"\b(?:or|and)\s+(?:true|false)\s{0,5}(?:--|\#|/\*)",
        needles=("true", "false"),
        marks="-#*",
    ),
    # Time-based probes and server internals: SLEEP(5), BENCHMARK(5000000, MD5(1))
    _rule(
        r"\b(?:pg_)?sleep\(\s*\d{1,5}\s*\)",
        r"\bbenchmark\s*\(\s*\d{1,12}\s*,",
        r"""\bwaitfor\s+delay\s+['"]""",
        r"\brandomblob\s*\(",
        needles=("sleep(", "benchmark", "waitfor", "randomblob"),
        marks="('\"",
    ),
    _rule(
        r"""\b(?:xp_cmdshell|information_schema\.\w|load_file\s*\(|into\s+(?:out|dump)file\b
            |sysobjects\b|syscolumns\b|sqlite_master\b|pg_catalog\.|utl_inaddr\.|dbms_pipe\.
            |extractvalue\s*\(|updatexml\s*\(|sp_password\b|sp_msforeachtable\b)""",
        r"@@version\b",
        # Every alternative holds one of these: "_" (xp_cmdshell, ...), "(" (updatexml(),
        # "@" (@@version), or a word (into outfile, sysobjects).
        needles=("_", "(", "@", "outfile", "dumpfile", "sysobjects", "syscolumns"),
        trigger=Trigger(
            characters=frozenset("_(@") | APOSTROPHES,
            tokens=frozenset({"outfile", "dumpfile", "sysobjects", "syscolumns"}),
        ),
    ),
    # Character codes glued together: CHAR(88)+CHAR(88), CHR(113)||CHR(106)
    _rule(
        r"\bchr?\s{0,3}\(\s{0,3}\d{1,3}\s{0,3}\)\s{0,3}(?:\+|\|\||,)\s{0,3}chr?\s{0,3}\(",
        needles=("char(", "chr(", "char (", "chr ("),
        marks="(",
    ),
    # A sub-query after an operator or a parenthesis: =(SELECT ...), IN (select min(name) from
    _rule(
        r"""\(\s{0,5}select\s+(?:\*|\d|@@|null\b|case\b|\(|[\w.]{1,64}\s{0,3}\(
            |[\w.]{1,64}\s{0,3},|[\w.]{1,64}\s+from\b)""",
        needles=("select",),
        marks="(",
    ),
    # Comments that end a query or hide keywords. A closed string commented out: admin'--
    _rule(r"""['"](?<=[\w)]['"])\s*(?:--|\#|/\*)\s*$""", needles=("--", "#", "/*"), marks="'\""),
    # A number whose query is cut short: 1--, 1*1--, 1--sp_password (not "1,1--", a size)
    _rule(
        r"\s{0,10}\d{1,20}(?:\s{0,3}[*+/]\s{0,3}\d{1,20})?\s{0,3}--",
        needles=("--",),
        marks="-",
        anchored=True,
    ),
    _rule(
        r"/\*!",  # MySQL runs what follows: 1 /*!50000union*/
        r"/\*\*/",  # an empty comment as white space: union/**/select
        r"/\*(?<=[\w'\")]/\*)[^\n]{0,200}?\*/",  # a comment glued to a literal: foo/* ... */
        r"/\*(?<=(?:\d|['\"])\s{1,5}/\*)[^\n]{0,200}?\*/",  # 1 /* junk */ UNION
        needles=("/*",),
        marks="*",
    ),
    _rule(
        r"(?:order|group)\s+by\s+\d{1,5}(?:\s{0,3},\s{0,3}\d{1,5}){0,20}\s{0,3},?\s{0,3}(?:--|\#)",
        needles=("by",),
        marks="-#",
    ),
    _rule(r"""['"]\s{0,5}\|\|\s{0,5}['"]""", needles=("||",), marks="|"),
    # A short comment that opens with a closing quote, then SQL: foo' OR 'BAR, ' or true--,
    # 1' ORDER BY 1--+, ') or ('x')=('x. The string's own closing quote is left to the server.
    _rule(
        rf"""\s{{0,10}}[\w.@-]{{0,64}}(?P<q>['"`])\s{{0,10}}\){{0,3}}\s{{0,10}}
        (?:
            (?:{_BOOLEAN}|==|=|like|rlike|regexp)\s{{0,10}}\(?\s{{0,10}}
            (?:
                # the string left open for the server to close: foo' OR 'BAR (a word must
                # come before the quote: in "LIKE" STAMP the quote opens a quotation)
                (?<=[\w.@-]['"`][^\n]{{0,40}})(?P=q)(?:(?!(?P=q))[^\n]){{0,200}}$
              | ['"(]?\s{{0,10}}[\w@]{{1,64}}\s{{0,10}}['")]?\s{{0,10}}(?:{_COMPARE}|like\b)
              | -{{0,2}}\d{{1,20}}\s{{0,10}}(?:$|{_COMPARE}|--|\#|/\*|\)|\b(?:or|and)\b)
              | (?:true|false|null)\s{{0,10}}(?:$|--|\#|/\*|=|\))
              | \(\s{{0,10}}(?:\d|['"]|select\b|\()
              | @@?\w{{1,64}}\s{{0,10}}(?:$|{_COMPARE})
              | {_SQL_FUNCTIONS}\s{{0,3}}\(
            )
          | (?:order|group)\s+by\b
          | union\s+(?:all\s+|distinct\s+)?select\b
          | having\b
          | procedure\s+analyse\b
          | (?:--|\#)(?:\s|[-+]|$)
          | /\*
        )""",
        marks=_QUOTES,
        anchored=True,
    ),
    # A short comment that is nothing but a boolean expression of literals: 1 = 1 OR 1
    _rule(
        rf"""\s{{0,10}}{_LITERAL}\s{{0,10}}{_BLOCK}?\s{{0,10}}
        (?:
            {_COMPARE}\s{{0,10}}{_LITERAL}\s{{0,10}}{_BLOCK}?\s{{0,10}}{_BOOLEAN}\s{{0,10}}
            {_LITERAL}(?:\s{{0,10}}{_COMPARE}\s{{0,10}}{_LITERAL})?
          | {_BOOLEAN}\s{{0,10}}{_LITERAL}\s{{0,10}}{_COMPARE}\s{{0,10}}{_LITERAL}
        )\s{{0,10}}{_BLOCK}?\s{{0,10}}(?:(?:--|\#)[^\n]{{0,100}})?$""",
        marks="=<>",
        anchored=True,
    ),
)

_EVENT_HANDLER = r"on[a-z]{3,30}\s{0,10}(?:/\s{0,5})?="
_SCRIPT = (
    # A script or embedding tag, any tag with an event-handler attribute, a credential form
    _rule(
        r"""<\s*(?:/?\s*script\b
               |(?:iframe|frame|frameset|object|embed|applet|base|meta|link|svg|math|xss|style
                  |layer|ilayer|bgsound|xml|import|isindex|form)\b
               |[a-z][a-z0-9:]{0,20}\b[^<>]{0,500}?[\s"'/`\]]"""
        + _EVENT_HANDLER
        + r""")""",
        r"""<\s*input\b[^<>]{0,500}?\btype\s{0,5}=\s{0,5}['"]?password\b""",
        r"""<\s*[a-z][a-z0-9:]{0,20}\b[^<>]{0,500}?\battributename\s{0,5}=\s{0,5}['"]?on[a-z]""",
        marks="<",
    ),
    # A script URL with code after the colon: javascript:alert(1); one in an attribute
    _rule(
        r"""(?:java|vb|live)script\s*:\s*(?:[^\s"'<>]{0,200}[(=`]|//|/\*)""",
        r"""=\s{0,5}['"`]?\s{0,5}(?:(?:java|vb|live)script|mocha)\s{0,5}:""",
        needles=("script", "mocha"),
        marks=":",
    ),
    _rule(
        r"\bdata\s*:\s*(?:text/html|image/svg\+xml|(?:text|application)/(?:x-)?javascript)\b",
        needles=("data",),
        marks=":",
    ),
    _rule(r"\bsrcdoc\s*=", needles=("srcdoc",), marks="="),
    _rule(
        r"\bstyle\s*=[^<>]{0,200}?\bexpression\s*\(",
        r"-moz-binding\s{0,5}:\s{0,5}url\s{0,5}\(",
        r"\bbehavior\s{0,5}:\s{0,5}url\s{0,5}\(",
        needles=("expression", "binding", "behavior"),
        marks="(",
    ),
    _rule(r"\bnew\s+activexobject\s{0,5}\(", needles=("activexobject",), marks="("),
    # Breaking out of a string or a statement into a call: ';alert(1)//, "-alert(1)-", }alert(1)
    _rule(
        r"""[;'"`}](?<=[;'"`}])\s{0,5}[-+;)]?\s{0,5}(?:alert|prompt|confirm|eval)\s{0,5}[(`]""",
        needles=("alert", "prompt", "confirm", "eval"),
        marks="(`",
    ),
    # An event handler outside a tag, assigned code: " onmouseover=alert(1)//
    _rule(
        r"""['"](?<=['"])\s{0,10}(?:[a-z]{1,20}\s{0,5}/\s{0,5})?"""
        + _EVENT_HANDLER
        + r"""\s{0,10}['"`]?\s{0,10}(?:alert|prompt|confirm|eval|javascript|document\.
              |window\.|location|top\.|self\.|this\.|fetch|import)""",
        r"\bon(?:load|error|mouseover|focus|click)\s{0,5}=\s{0,5}(?:alert|prompt|confirm|eval)\s{0,5}\(",
        needles=("on",),
        marks="=",
    ),
)

# Text that may hide markup behind entities or percent-encoding.
_ENCODED = ("&#", "&colon", "&lpar", "&lt", "&quot", "&apos", "&tab", "&newline", "%3c", "%22",
            "%27", "%3e", "%3a", "%28", "%09", "%0a", "%0d", "%0c", "%2f")  # fmt: skip
# Every one of _ENCODED starts with one of these.
_ENCODING_MARKS = frozenset("&%")
_CONTROLS = str.maketrans("", "", "\t\n\r\x00\x0b\x0c")
_NAMED = {"&colon;": ":", "&lpar;": "(", "&rpar;": ")", "&tab;": "\t", "&newline;": "\n",
          "&period;": ".", "&sol;": "/", "&bsol;": "\\", "&grave;": "`"}  # fmt: skip


def _decode(text: str) -> str:
    """``text`` with HTML entities and percent-encoding undone, twice, and controls removed."""
    for _ in range(2):
        for name, char in _NAMED.items():
            text = text.replace(name, char)
        text = unquote(html.unescape(text))
    return text.translate(_CONTROLS)


@attrs.frozen
class InjectionDetector:
    """Runs ``rules`` on the normalised text; with ``decode``, also on the decoded text."""

    id: str
    rules: tuple[_Rule, ...]
    decode: bool = False
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        triggers = [rule.trigger for rule in self.rules]
        if self.decode:  # the decoded text is read only if it has entities or percent-escapes
            triggers.append(Trigger(characters=_ENCODING_MARKS))
        object.__setattr__(self, "trigger", either(*triggers))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        normalized = text.normalized
        found = False
        for start, end in _matches(self.rules, normalized, text.characters):
            found = True
            yield Signal(self.id, *text.span(start, end), Strength.MECHANICAL)
        if (
            found
            or not self.decode
            or _ENCODING_MARKS.isdisjoint(text.characters)
            or not contains_any(normalized, _ENCODED)
        ):
            return
        decoded = _decode(normalized).lower()
        if decoded != normalized and any(
            True for _ in _matches(self.rules, decoded, frozenset(decoded))
        ):
            # The decoded text has no offsets of its own: the evidence is the whole comment.
            yield Signal(self.id, *text.span(0, len(normalized)), Strength.MECHANICAL)


def _matches(
    rules: tuple[_Rule, ...], haystack: str, characters: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The spans of every rule's matches in ``haystack``, whose characters are ``characters``."""
    short = len(haystack) <= _SHORT
    limit = timeout(haystack)
    for rule in rules:
        if rule.anchored and not short:
            continue
        if rule.marks and rule.marks.isdisjoint(characters):
            continue
        if rule.needles and not contains_any(haystack, rule.needles):
            continue
        for pattern in rule.patterns:
            if rule.anchored:
                match = pattern.match(haystack, timeout=limit)
                if match is not None:
                    yield match.span()
                continue
            for match in pattern.finditer(haystack, timeout=limit):
                yield match.span()


def _sql_injection(config: DetectorConfig) -> InjectionDetector:
    return InjectionDetector(config.id, _SQL)


def _script_injection(config: DetectorConfig) -> InjectionDetector:
    return InjectionDetector(config.id, _SCRIPT, decode=True)


FACTORIES: Mapping[str, DetectorFactory] = {
    "sql_injection": _sql_injection,
    "script_injection": _script_injection,
}
