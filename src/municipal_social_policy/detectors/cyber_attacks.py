"""Cyber-attack payloads (Kankakee § V.2.14): SQL injection and HTML/script injection.

Both are MECHANICAL evidence: the patterns match attack syntax (a quote closing a string before
SQL, a script tag, an event-handler attribute, a ``javascript:`` URL), not words about attacks,
so "the union selected a new steward" and "1 BY 1 INCH PILLOWS" are not flagged. Every pattern
is bounded and starts with a definite character, so matching is linear in the text's length.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..ordinance import DetectorConfig
from ..verdict import Strength
from . import DetectorFactory
from ._patterns import PatternDetector, compile_pattern

__all__ = ["FACTORIES"]

_SQL = tuple(
    compile_pattern(source, ignore_case=True)
    for source in (
        # A quote closing a string, then a tautology: ' or '1'='1, ' OR name LIKE '%'
        r"""['"`]\s{0,10}\)?\s{0,10}(?:or|and|\|\||&&)\s+['"(]?\s{0,10}[\w@]{1,64}\s{0,10}['")]?
            \s{0,10}(?:(?:=|<>|!=)\s{0,10}['"(]?\s{0,10}[\w@]{1,64}|like\s{0,10}['"])""",
        # A statement after a closed string: '; DELETE FROM ...
        r""";(?<=['"`]\s{0,10}\)?\s{0,10};)\s*(?:drop\s+(?:table|database|schema)|delete\s+from
            |truncate\s+table|insert\s+into|update\s+\w{1,64}\s+set|alter\s+table|create\s+table
            |exec(?:ute)?\s|shutdown\b|declare\s+@)""",
        # A destructive statement after any semicolon: ; DROP TABLE
        r";\s{0,10}(?:drop\s+(?:table|database)|truncate\s+table)\b",
        # UNION SELECT followed by a column list
        r"""\bunion(?:\s+all|\s+distinct)?\s+select\s+(?:null\b|\d|\*|@@|['"]|concat\s*\(|char\s*\(
            |group_concat\s*\(|[\w.]{1,64}\s*,|[\w.]{1,64}\s+from\b)""",
        # A numeric tautology: AND 1=1
        r"\b(?:or|and)\s+(?P<n>\d{1,9})\s*=\s*(?P=n)\b",
        # Time-based probes and server internals: SLEEP(5), BENCHMARK(5000000, MD5(1))
        r"\b(?:pg_)?sleep\(\s*\d{1,5}\s*\)",
        r"\bbenchmark\s*\(\s*\d{1,12}\s*,",
        r"""\bwaitfor\s+delay\s+['"]""",
        r"\b(?:xp_cmdshell|information_schema\.\w|load_file\s*\(|into\s+(?:out|dump)file\b)",
        r"@@version\b",
        # A closed string whose rest is commented out, at the end: admin'--
        r"""['"](?<=[\w)]['"])\s*(?:--|\#|/\*)\s*$""",
    )
)

_SCRIPT = tuple(
    compile_pattern(source, ignore_case=True)
    for source in (
        # A script or embedding tag, or any tag with an event-handler attribute
        r"""<\s*(?:/?\s*script\b
               |(?:iframe|frame|frameset|object|embed|applet|base|meta|link|svg|math|xss)\b
               |[a-z][a-z0-9]{0,20}\b[^<>]{0,500}?[\s"'/]on[a-z]{3,30}\s*=)""",
        # A script URL with code after the colon: javascript:alert(1)
        r"""(?:java|vb|live)script\s*:\s*(?:[^\s"'<>]{0,200}[(=`]|//|/\*)""",
        r"\bdata\s*:\s*text/html\b",
        r"\bsrcdoc\s*=",
        r"\bstyle\s*=[^<>]{0,200}?\bexpression\s*\(",
    )
)


def _sql_injection(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, _SQL, Strength.MECHANICAL)


def _script_injection(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, _SCRIPT, Strength.MECHANICAL)


FACTORIES: Mapping[str, DetectorFactory] = {
    "sql_injection": _sql_injection,
    "script_injection": _script_injection,
}
