"""The ``msp`` command line: judge a comment, validate an ordinance file, list its clauses.

msp check "My SSN is 356-21-4476"
msp check --json --platform twitter --posted-at 2024-05-10T09:30 "text"
msp validate path/to/city.toml
msp clauses --ordinance kankakee
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from .comment import Author, Comment, Role, Thread
from .evaluation import Evaluator
from .exceptions import MunicipalSocialPolicyError
from .loading import available, load
from .serialization import dumps

__all__ = ["main"]


def _posted_at(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 date or date-time such as 2024-05-10T09:30, got {value!r}"
        ) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="msp",
        description="Judge public comments against a city's social-media ordinance.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_ordinance(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--ordinance",
            default="kankakee",
            metavar="NAME_OR_PATH",
            help=f"a bundled or registered name ({', '.join(available())}) or a .toml/.json file"
            " (default: kankakee)",
        )

    check = commands.add_parser(
        "check", help="judge one comment", description="Judge one comment and explain the verdict."
    )
    check.add_argument("text", help="the comment's text; '-' reads it from standard input")
    with_ordinance(check)
    check.add_argument("--json", action="store_true", help="print the verdict as JSON")
    check.add_argument(
        "--platform", default="", help="facebook, twitter, instagram, linkedin, ring"
    )
    check.add_argument("--posted-at", type=_posted_at, help="when it was posted (ISO 8601)")
    check.add_argument("--author", default="", help="the author's display name")
    check.add_argument(
        "--author-role",
        choices=[role.value for role in Role],
        default=Role.PUBLIC.value,
        help="who the author is (default: public)",
    )
    check.add_argument("--thread", default="", help="the text of the post the comment answers")

    validate = commands.add_parser(
        "validate",
        help="check an ordinance file",
        description="Load an ordinance file and compile its detectors; report every problem.",
    )
    validate.add_argument("ordinance", metavar="NAME_OR_PATH")

    clauses = commands.add_parser("clauses", help="list an ordinance's clauses")
    with_ordinance(clauses)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad ordinance, 2 bad usage)."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")  # comments may hold lone surrogates
    arguments = _parser().parse_args(argv)
    try:
        if arguments.command == "check":
            return _check(arguments)
        if arguments.command == "validate":
            ordinance = load(arguments.ordinance)
            Evaluator(ordinance)
            categories = len(ordinance.comment_policy.categories)
            print(
                f"{arguments.ordinance}: valid. Ordinance {ordinance.number}"
                f" ({ordinance.jurisdiction.name}), {len(ordinance.clauses)} clauses,"
                f" {categories} categories, {ordinance.digest}"
            )
            return 0
        ordinance = load(arguments.ordinance)
        for clause in ordinance.clauses:
            depth = clause.id.count(".")
            print(f"{'  ' * depth}{clause.id:<{14 - 2 * depth}} {clause.label}")
        return 0
    except MunicipalSocialPolicyError as error:
        print(f"msp: {error}", file=sys.stderr)
        return 1


def _check(arguments: argparse.Namespace) -> int:
    text = sys.stdin.read() if arguments.text == "-" else arguments.text
    comment = Comment(
        text=text,
        author=Author(display_name=arguments.author, role=Role(arguments.author_role)),
        platform=arguments.platform,
        posted_at=arguments.posted_at,
        thread=Thread(text=arguments.thread) if arguments.thread else None,
    )
    verdict = Evaluator(load(arguments.ordinance)).evaluate(comment)
    print(dumps(verdict, format="json") if arguments.json else verdict.explain(), end="")
    return 0
