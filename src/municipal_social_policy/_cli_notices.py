"""``msp notice KIND``: print a notice in the ordinance's own words."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ._document import FORMATS
from .loading import load
from .notices import KINDS, render_notice
from .serialization import loads
from .verdict import Verdict

__all__ = ["add"]

_EXAMPLES = """examples:
  msp notice disclaimer --format html > disclaimer.html
  msp notice comment_policy --ordinance springfield.toml
  msp check --json "My SSN is 356-21-4476" > verdict.json
  msp notice removal --verdict verdict.json --comment "My SSN is 356-21-4476"

exit status: 0 printed; 1 the ordinance lacks what the notice needs (the message says what);
2 bad usage or an unreadable verdict file."""


def add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    with_ordinance: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register ``msp notice``."""
    notice = commands.add_parser(
        "notice",
        help="print a notice in the ordinance's words",
        description="Print the disclaimer, the privacy policy, the comment policy, or the notice"
        " to a commenter whose comment is removed, in the ordinance's own words.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    notice.add_argument("kind", choices=KINDS, help="which notice")
    with_ordinance(notice)
    notice.add_argument("--format", choices=FORMATS, default="markdown", help="default: markdown")
    notice.add_argument(
        "--verdict",
        metavar="FILE",
        help="for 'removal': the verdict as JSON ('msp check --json' writes one)",
    )
    notice.add_argument("--comment", help="for 'removal': the removed comment's text, to quote")
    notice.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    verdict = None
    if arguments.kind == "removal":
        if not arguments.verdict:
            print("msp notice: 'removal' needs --verdict FILE", file=sys.stderr)
            return 2
        try:
            verdict = loads(
                Path(arguments.verdict).read_text(encoding="utf-8"), Verdict, format="json"
            )
        except OSError as error:
            print(
                f"msp notice: cannot read {arguments.verdict!r}: {error.strerror}", file=sys.stderr
            )
            return 2
    ordinance = load(arguments.ordinance)
    text = render_notice(
        ordinance,
        arguments.kind,
        format=arguments.format,
        verdict=verdict,
        comment=arguments.comment,
    )
    sys.stdout.write(text)
    return 0
