"""Cyber-attack payloads (Kankakee § V.2.14): SQL injection and HTML/script injection.

Both are MECHANICAL evidence: the patterns match attack syntax (a quote closing a string before
SQL, a script tag, an event-handler attribute, a ``javascript:`` URL), not words about attacks,
so "the union selected a new steward" and "1 BY 1 INCH PILLOWS" are not flagged.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..ordinance import DetectorConfig
from ..verdict import Strength
from . import DetectorFactory
from ._patterns import PatternDetector, compile_pattern

__all__ = ["FACTORIES"]

# Every alternative starts at a quote, a keyword or a symbol and is bounded, so matching is linear.
_SQL = compile_pattern(
    r"""
      ['"`]\s*\)?\s*(?:or|and|\|\||&&)\s+['"(]?\s*[\w@]+\s*['")]?\s*(?:=|<>|!=|like\b)\s*['"(]?\s*[\w@]+
    | ['"`]\s*\)?\s*;\s*(?:drop\s+(?:table|database|schema)|delete\s+from|truncate\s+table
                         |insert\s+into|update\s+\w{1,64}\s+set|alter\s+table|create\s+table
                         |exec(?:ute)?\s|shutdown\b|declare\s+@)
    | ;\s*(?:drop\s+(?:table|database)|truncate\s+table|shutdown)\b
    | \bunion(?:\s+all|\s+distinct)?\s+select\s+(?:null\b|\d|\*|@@|['"]|concat\s*\(|char\s*\(
                                                  |group_concat\s*\(|[\w.]{1,64}\s*,|[\w.]{1,64}\s+from\b)
    | \b(?:or|and)\s+(?P<n>\d{1,9})\s*=\s*(?P=n)\b
    | \b(?:sleep|pg_sleep|benchmark)\s*\(\s*\d
    | \bwaitfor\s+delay\s+['"]
    | \b(?:xp_cmdshell|information_schema\.\w|load_file\s*\(|into\s+(?:out|dump)file\b)
    | @@version\b
    | [\w)]['"]\s*(?:--|\#|/\*)\s*$
    """,
    ignore_case=True,
)

_EVENT_HANDLERS = r"on[a-z]{3,30}\s*="
_SCRIPT = compile_pattern(
    rf"""
      <\s*/?\s*script\b
    | <\s*(?:iframe|frame|frameset|object|embed|applet|base|meta|link|svg|math|xss)\b
    | <\s*[a-z][a-z0-9]{{0,20}}\b[^<>]{{0,500}}?[\s"'/]{_EVENT_HANDLERS}
    | (?:java|vb|live)script\s*:\s*(?:[^\s"'<>]{{0,200}}[(=`]|//|/\*)
    | \bdata\s*:\s*text/html\b
    | \bsrcdoc\s*=
    | \bstyle\s*=[^<>]{{0,200}}?\bexpression\s*\(
    """,
    ignore_case=True,
)


def _sql_injection(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, _SQL, Strength.MECHANICAL)


def _script_injection(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, _SCRIPT, Strength.MECHANICAL)


FACTORIES: Mapping[str, DetectorFactory] = {
    "sql_injection": _sql_injection,
    "script_injection": _script_injection,
}
