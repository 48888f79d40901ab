"""The ``msp`` command line: judge a comment or a file of them, validate an ordinance file, list
its clauses.

msp check "My SSN is 356-21-4476"
msp check --json --platform twitter --posted-at 2024-05-10T09:30 "text"
msp check --exit-code "text"        # 0 allow, 1 review, 2 remove
msp evaluate comments.jsonl --output verdicts.jsonl --jobs 4
msp evaluate graph.jsonl --preset facebook --keep permalink_url -o review.csv
msp evaluate comments.jsonl --output verdicts.jsonl --scheduler tcp://scheduler:8786
msp validate path/to/city.toml
msp schema > ordinance.schema.json
msp clauses --ordinance kankakee
msp evaluate comments.jsonl -o verdicts.jsonl --ledger sqlite:///records.db
msp records list|show|decide|hold|release|dispose|verify|export --ledger sqlite:///records.db

Exit status: 0 success, 1 a bad ordinance (or a run that could not finish), 2 bad usage,
3 ``evaluate`` finished but some rows were malformed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import stat
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from importlib.metadata import PackageNotFoundError, version
from typing import BinaryIO, TextIO

from . import _cli_notices, _cli_records, _cli_report, _cli_site, batch
from ._paths import overwrite_problem
from ._presets import Preset, preset, presets
from ._progress import Progress
from ._validate import validate
from .comment import Author, Comment, Role, Thread
from .evaluation import Evaluator
from .exceptions import DataError, MunicipalSocialPolicyError
from .loading import available, load, load_history
from .ordinance import Ordinance
from .schema import schema_text
from .serialization import dumps
from .verdict import Decision

__all__ = ["EXIT_OK", "EXIT_ORDINANCE", "EXIT_ROWS_FAILED", "EXIT_USAGE", "main"]

#: Everything went well.
EXIT_OK = 0
#: The ordinance could not be loaded or compiled, or a run could not finish.
EXIT_ORDINANCE = 1
#: The command line or its input or output files are unusable.
EXIT_USAGE = 2
#: ``msp evaluate`` finished, but some rows were malformed and got no verdict.
EXIT_ROWS_FAILED = 3


class _UsageError(Exception):
    """A problem with the command line or the files it names (exit status 2)."""


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
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_version()}", help="print the version"
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
        "check",
        help="judge one comment",
        description="Judge one comment and explain the verdict.",
        epilog="Exit status: 0 (or, with --exit-code, the decision: 0 allow, 1 review,"
        " 2 remove); 1 a bad ordinance; 2 bad usage.",
    )
    check.add_argument("text", help="the comment's text; '-' reads it from standard input")
    with_ordinance(check)
    check.add_argument("--json", action="store_true", help="print the verdict as JSON")
    check.add_argument(
        "--exit-code",
        action="store_true",
        help="exit with the decision, for scripts: 0 allow, 1 review, 2 remove",
    )
    check.add_argument(
        "--platform",
        default="",
        help="where it was posted: a platform the ordinance names (for Kankakee twitter or x,"
        " instagram, linkedin, ring) or a common one (facebook, nextdoor, youtube, ...)",
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
    validate.add_argument(
        "ordinance", metavar="NAME_OR_PATH", help="a bundled or registered name, or a file"
    )
    commands.add_parser(
        "schema",
        help="print the JSON Schema of ordinance files",
        description="Print the JSON Schema (draft 2020-12) that ordinance files follow.",
    )

    clauses = commands.add_parser(
        "clauses",
        help="list an ordinance's clauses",
        description="List an ordinance's clauses, one per line: its id and its label.",
    )
    with_ordinance(clauses)
    _add_evaluate(commands, with_ordinance)
    for module in (_cli_notices, _cli_site, _cli_report, _cli_records):
        module.add(commands, with_ordinance)
    return parser


def _add_evaluate(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    with_ordinance: Callable[[argparse.ArgumentParser], None],
) -> None:
    evaluate = commands.add_parser(
        "evaluate",
        help="judge every comment of a JSONL or CSV file",
        description="Judge every row of a JSONL or CSV file and write one verdict per row, in"
        " input order. The input is streamed: memory does not grow with its size. A summary"
        " table goes to standard error at the end.",
        epilog="Exit status: 0 every row was judged (rows without text are skipped); 3 some rows"
        " were malformed (each is reported on standard error with its line number, and the"
        " rest are judged); 1 the ordinance is bad or the run could not finish; 2 bad usage.",
    )
    evaluate.add_argument("input", metavar="FILE", help="a .jsonl or .csv file; '-' reads stdin")
    with_ordinance(evaluate)
    evaluate.add_argument(
        "--input-format",
        choices=["jsonl", "csv"],
        help="default: from the file's suffix (.csv is CSV, .jsonl/.ndjson/.json is JSONL);"
        " for standard input, JSONL if the first character is '{', else CSV",
    )
    evaluate.add_argument(
        "--encoding",
        default="utf-8",
        help="the input's text encoding, e.g. cp1252 for a CSV saved by Excel on Windows"
        " (default: utf-8, or UTF-16 or UTF-32 when the file starts with their byte-order mark)",
    )
    evaluate.add_argument(
        "--delimiter",
        type=_delimiter,
        help="the CSV field separator: ',', ';', 'tab' or '|' (default: the one the header"
        " line uses)",
    )
    evaluate.add_argument(
        "--preset",
        choices=[found.name for found in presets()],
        help="the column names and platform of a platform's export; column options override it",
    )
    evaluate.add_argument(
        "--platform",
        help="the platform of every row, whatever its platform column says (one the ordinance"
        " names, or a common one such as facebook or nextdoor)",
    )
    evaluate.add_argument(
        "-o", "--output", metavar="FILE", help="where to write the verdicts (default: stdout)"
    )
    evaluate.add_argument(
        "--output-format",
        choices=["jsonl", "compact", "csv"],
        help="jsonl: {line, id, verdict} per row; compact: the ordinance once, then rows citing"
        " clause ids; csv: id, line, decision, categories, clauses, evidence, retain_until,"
        " actions, notice, then the --keep columns, UTF-8 with a byte-order mark, formulas"
        " escaped (default: csv if --output ends in .csv, else jsonl)",
    )
    evaluate.add_argument(
        "--compact", action="store_true", help="the same as --output-format compact"
    )
    evaluate.add_argument(
        "--keep",
        type=_names,
        default=(),
        metavar="COLUMNS",
        help="input columns to copy into each output row, comma-separated (dotted paths reach"
        " into nested JSON), e.g. text,permalink_url,from.name",
    )
    evaluate.add_argument(
        "--errors",
        metavar="FILE",
        help="also write each malformed row as a JSON line {line, id, error} to FILE",
    )
    evaluate.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default: 1; 0: one per CPU)",
    )
    evaluate.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="judge on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786) instead"
        " of local processes; needs the [dask] extra; --jobs is then ignored",
    )
    evaluate.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show a progress line on standard error (default: when it is a terminal)",
    )
    evaluate.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line and no summary table"
    )
    _cli_records.add_ledger_option(evaluate, keeps=True)
    names = evaluate.add_argument_group(
        "columns",
        "Which CSV column or JSONL key holds each part of a comment. A dotted name reaches"
        " into nested JSON (from.name). A column named here must be in a CSV header; rows"
        " lacking it are counted in a warning.",
    )
    for field, help_text in _COLUMN_HELP:
        names.add_argument(
            f"--{field.replace('_', '-')}-column",
            dest=f"{field}_column",
            metavar="NAME",
            help=f"{help_text} (default: {field})",
        )


_COLUMN_HELP = (
    ("text", "the comment's text, required in every row"),
    ("id", "the comment's id, copied to the output"),
    ("author", "the author's display name, or an author object"),
    ("author_id", "the author's id"),
    ("role", "public, personnel or official_account"),
    ("platform", "facebook, twitter, instagram, linkedin, ring, ..."),
    (
        "posted_at",
        "when it was posted (ISO 8601): picks the version in force then, dates the retention",
    ),
    ("thread", "the text of the post it answers, or a thread object"),
    ("site", "the page it was posted on"),
    ("prior_violations", "the author's earlier violations, a whole number, for a ban"),
)


def _delimiter(value: str) -> str:
    value = {"tab": "\t", "\\t": "\t"}.get(value, value)
    if len(value) != 1 or value in '"\r\n':
        raise argparse.ArgumentTypeError(
            f"expected one character such as ',', ';', '|' or 'tab', got {value!r}"
        )
    return value


def _names(value: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    if not names:
        raise argparse.ArgumentTypeError(
            f"expected column names separated by commas, got {value!r}"
        )
    return names


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {value!r}")
    return jobs or os.cpu_count() or 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    0 success; 1 a bad ordinance, or a run that could not finish; 2 bad usage; 3 ``evaluate``
    finished but some rows were malformed.
    """
    if hasattr(sys.stdout, "reconfigure"):
        # Comments may hold lone surrogates. Inside a JSON string, backslashreplace writes one
        # as its JSON escape, so the output stays valid.
        sys.stdout.reconfigure(errors="backslashreplace")
    arguments = _parser().parse_args(argv)
    try:
        if "run" in arguments:  # commands registered by their own modules
            status: int = arguments.run(arguments)
            return status
        if arguments.command == "check":
            return _check(arguments)
        if arguments.command == "evaluate":
            return _evaluate(arguments)
        if arguments.command == "validate":
            valid, lines = validate(arguments.ordinance)
            print(*lines, sep="\n", file=sys.stdout if valid else sys.stderr)
            return EXIT_OK if valid else EXIT_ORDINANCE
        if arguments.command == "schema":
            print(schema_text(), end="")
            return EXIT_OK
        ordinance = load(arguments.ordinance)
        for clause in ordinance.clauses:
            depth = ordinance.depth(clause.id)
            print(f"{'  ' * depth}{clause.id:<{14 - 2 * depth}} {clause.label}")
        return 0
    except MunicipalSocialPolicyError as error:
        print(f"msp: {error}", file=sys.stderr)
        return EXIT_ORDINANCE
    except _UsageError as error:
        print(f"msp {arguments.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`msp evaluate big.jsonl | head`): stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ORDINANCE


def _version() -> str:
    try:
        return version("municipal_social_policy")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


#: Platforms known whether or not an ordinance names them; the referral for one it does not name
#: falls under its catch-all clause (Kankakee § VI.6).
_COMMON_PLATFORMS = (
    "facebook",
    "instagram",
    "linkedin",
    "nextdoor",
    "threads",
    "tiktok",
    "twitter",
    "x",
    "youtube",
)


def _platform(ordinance: Ordinance, name: str) -> str:
    """``name`` if the ordinance names the platform or it is a common one; else exit 2 listing
    the platforms known."""
    wanted = name.strip().casefold()
    if not wanted or ordinance.platform(wanted) is not None or wanted in _COMMON_PLATFORMS:
        return name
    named = [
        alias
        for referral in ordinance.removal_procedure.platforms
        for alias in (referral.platform, *referral.aliases)
    ]
    known = ", ".join(dict.fromkeys([*named, *_COMMON_PLATFORMS]))
    raise _UsageError(f"--platform: expected one of {known}, got {name!r}")


#: ``msp check --exit-code``: the exit status for each decision.
_DECISION_STATUS = {Decision.ALLOW: 0, Decision.REVIEW: 1, Decision.REMOVE: 2}


def _check(arguments: argparse.Namespace) -> int:
    text = sys.stdin.read() if arguments.text == "-" else arguments.text
    ordinance = load(arguments.ordinance)
    comment = Comment(
        text=text,
        author=Author(display_name=arguments.author, role=Role(arguments.author_role)),
        platform=_platform(ordinance, arguments.platform),
        posted_at=arguments.posted_at,
        thread=Thread(text=arguments.thread) if arguments.thread else None,
    )
    # Every version: the comment is judged by the one in force when it was posted.
    evaluator = Evaluator(load_history(arguments.ordinance))
    try:
        verdict = evaluator.evaluate(comment)
    except Exception as error:  # never a traceback for a comment
        detail = f": {error}" if str(error) else ""
        print(f"msp check: evaluation failed: {type(error).__name__}{detail}", file=sys.stderr)
        return EXIT_ORDINANCE
    print(dumps(verdict, format="json") if arguments.json else verdict.explain(), end="")
    return _DECISION_STATUS[verdict.decision] if arguments.exit_code else EXIT_OK


def _columns(arguments: argparse.Namespace, preset: Preset | None) -> batch.Columns:
    """The columns: those named on the command line (required in a CSV header), then the
    preset's, then the defaults."""
    named = {
        field: getattr(arguments, f"{field}_column")
        for field, _ in _COLUMN_HELP
        if getattr(arguments, f"{field}_column") is not None
    }
    chosen = dict(preset.columns if preset is not None else ()) | named
    return batch.Columns(**chosen, required=frozenset(named) - {"text"})


def _evaluate(arguments: argparse.Namespace) -> int:
    # Before any file is opened: an output over the input would empty it before it is read.
    problem = overwrite_problem(arguments.input, arguments.output, arguments.errors, sys.stdin)
    if problem is not None:
        raise _UsageError(problem)
    preset = _preset(arguments.preset) if arguments.preset else None
    columns = _columns(arguments, preset)
    try:
        encoding = batch.check_encoding(arguments.encoding)
    except ValueError as error:
        raise _UsageError(f"--{error}") from None
    output_format: batch.OutputFormat = arguments.output_format or (
        "compact"
        if arguments.compact
        else "csv"
        if (arguments.output or "").lower().endswith(".csv")
        else "jsonl"
    )
    if arguments.compact and output_format != "compact":
        raise _UsageError(
            f"--compact writes JSONL; it cannot go with --output-format {output_format}"
        )
    # Every version of a history, so that each row is judged by the one in force when posted.
    history = load_history(arguments.ordinance)
    policy = history.versions[0] if len(history.versions) == 1 else history
    Evaluator(policy)  # a bad ordinance fails here, before any row is read
    platform = arguments.platform or (preset.platform if preset is not None else None)
    if platform is not None:
        platform = _platform(history.latest, platform)
    named_format = arguments.input_format or _format_of(arguments.input)
    with contextlib.ExitStack() as stack:
        source, size = _open_input(arguments.input, stack)
        input_format = named_format or _sniff_format(source)
        if not batch.ascii_compatible(batch.detect_encoding(_head(source), encoding)):
            size = None  # read through a decoder: bytes read no longer measure progress
        try:
            records = batch.read_records(
                source,
                input_format,
                columns,
                encoding=encoding,
                delimiter=arguments.delimiter,
                keep=arguments.keep,
            )
        except DataError as error:
            raise _UsageError(f"{arguments.input}: {error}") from None
        # Before the output is opened: an unreachable cluster leaves the files untouched.
        executor, jobs = (
            _cluster(arguments.scheduler, stack) if arguments.scheduler else (None, arguments.jobs)
        )
        record = _cli_records.keeper(arguments.ledger, stack)  # opened before any verdict
        output = _open_output(arguments.output, stack) if arguments.output else sys.stdout
        errors = _open_output(arguments.errors, stack) if arguments.errors else None
        show = not arguments.quiet and (
            arguments.progress if arguments.progress is not None else sys.stderr.isatty()
        )
        progress = Progress(sys.stderr, size) if show else None
        if progress is not None:
            stack.callback(progress.close)

        def report(outcome: batch.Outcome) -> None:
            if progress is not None:
                progress.clear()
            where = f"line {outcome.line}" + (f" (id {outcome.id})" if outcome.id else "")
            print(f"msp evaluate: {where}: {outcome.error}", file=sys.stderr)

        try:
            summary = batch.evaluate_records(
                records,
                output,
                ordinance=policy,
                columns=columns,
                output_format=output_format,
                jobs=jobs,
                errors=errors,
                on_error=report,
                on_progress=progress.update if progress is not None else None,
                keep=arguments.keep,
                platform=platform,
                executor=executor,
                on_flagged=record,
            )
        except KeyboardInterrupt:
            print("msp evaluate: interrupted", file=sys.stderr)
            return 130
        except BrokenProcessPool as error:
            print(f"msp evaluate: a worker process died: {error}", file=sys.stderr)
            return EXIT_ORDINANCE
        output.flush()
    for warning in summary.warnings():
        print(f"msp evaluate: warning: {warning}", file=sys.stderr)
    if not arguments.quiet:
        gap = "\n" if summary.rows_failed else ""  # set apart from the rows reported above
        print(f"{gap}msp evaluate: {summary.render()}", end="", file=sys.stderr)
    return EXIT_ROWS_FAILED if summary.rows_failed else EXIT_OK


def _cluster(address: str, stack: contextlib.ExitStack) -> tuple[Executor, int]:
    try:
        from .dask import cluster_executor  # only --scheduler needs the [dask] extra
    except ImportError as error:
        raise _UsageError(f"--scheduler: {error}") from None
    try:
        return stack.enter_context(cluster_executor(address))
    except (OSError, ValueError) as error:  # unreachable, or not an address
        raise _UsageError(f"--scheduler: cannot reach {address!r}: {error}") from None


def _preset(name: str) -> Preset:
    try:
        return preset(name)
    except LookupError as error:
        raise _UsageError(f"--{error}") from None


def _format_of(path: str) -> batch.InputFormat | None:
    """The format a file's name says; ``None`` for standard input, which is sniffed."""
    name = path.lower()
    if path == "-":
        return None
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    raise _UsageError(
        f"cannot tell the format of {path!r} from its name; pass --input-format jsonl or csv"
    )


def _head(source: BinaryIO) -> bytes:
    """The first bytes of the input, read without consuming them (none if it cannot peek)."""
    peek = getattr(source, "peek", None)
    return peek(4096)[:4096] if peek is not None else b""


def _sniff_format(source: BinaryIO) -> batch.InputFormat:
    """JSONL if standard input starts with ``{``, else CSV."""
    head = _head(source)
    return batch.detect_format(head) if head else "jsonl"


def _open_input(path: str, stack: contextlib.ExitStack) -> tuple[BinaryIO, int | None]:
    if path == "-":
        source: BinaryIO | None = getattr(sys.stdin, "buffer", None)
        if source is None:
            raise _UsageError("standard input cannot be read as bytes here; name a file")
    else:
        try:
            source = stack.enter_context(open(path, "rb"))  # noqa: SIM115
        except OSError as error:
            raise _UsageError(f"cannot read {path!r}: {error.strerror}") from None
    try:
        status = os.fstat(source.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return source, None
    # A regular file (also `< file` on stdin) has a size to measure progress against; a pipe not.
    return source, status.st_size if stat.S_ISREG(status.st_mode) else None


def _open_output(path: str, stack: contextlib.ExitStack) -> TextIO:
    if path == "-":
        return sys.stdout
    try:
        # backslashreplace: see main(); lone surrogates are written as JSON escapes.
        return stack.enter_context(
            open(path, "w", encoding="utf-8", newline="", errors="backslashreplace")
        )
    except OSError as error:
        raise _UsageError(f"cannot write {path!r}: {error.strerror}") from None
