"""Evaluate on a Dask cluster: Dask DataFrames and Bags of comments in, verdicts out.

Needs the ``[dask]`` extra (``pip install 'municipal_social_policy[dask]'``). The evaluator is a
pure map over comments, so judging millions of them is a ``map_partitions`` on an engine that
already schedules, retries and spills: nothing here schedules anything itself.

The ordinance travels to the workers as data, once per worker. Each worker process compiles one
:class:`~municipal_social_policy.Evaluator` for it on first use and reuses it for every partition
it is given. Rows are read with the same code and the same column options as ``msp evaluate``,
and judged the same way: a row that cannot be read becomes a row whose ``error`` says why, and
the rest of its partition is judged as usual.

>>> import dask.dataframe as dd, pandas as pd
>>> from municipal_social_policy.dask import evaluate_dataframe
>>> comments = pd.DataFrame(
...     {"body": ["Thanks for plowing Court St", "My SSN is 356-21-4476"]}, index=[7, 9]
... )
>>> verdicts = evaluate_dataframe(dd.from_pandas(comments, npartitions=1), "kankakee",
...                               text="body")
>>> result = verdicts.compute(scheduler="sync")
>>> result.index.tolist(), result["decision"].tolist(), result["clauses"].tolist()
([7, 9], ['allow', 'remove'], ['', 'V.2.10'])
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import math
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import CancelledError, Executor, Future
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import attrs

try:
    import pandas as pd
    from dask.delayed import delayed
except ImportError as _error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "municipal_social_policy.dask needs the [dask] extra:"
        " pip install 'municipal_social_policy[dask]'"
    ) from _error

from ._compiled import evaluator_for, key
from ._rows import Columns, comment_from_row
from ._writers import CSV_FIELDS, csv_cells
from .batch import _guess_id
from .comment import Comment
from .detectors import DetectorFactory
from .evaluation import Evaluator
from .exceptions import ClusterError, DataError
from .history import History
from .loading import load_history
from .ordinance import Ordinance
from .serialization import unstructure
from .verdict import Verdict

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd

__all__ = [
    "OUTPUT_COLUMNS",
    "OrdinanceSource",
    "Result",
    "cluster_executor",
    "evaluate_bag",
    "evaluate_dataframe",
]

#: The columns of :func:`evaluate_dataframe`'s result, in order. ``categories``, ``clauses``,
#: ``evidence`` and ``retain_until`` hold what ``msp evaluate --output-format csv`` writes;
#: ``verdict`` the whole verdict as JSON, as ``msp evaluate`` writes it in JSONL; ``error`` why
#: a row got no verdict (then every column but ``id`` and ``error`` is missing).
OUTPUT_COLUMNS = (
    "id",
    "decision",
    "categories",
    "clauses",
    "evidence",
    "retain_until",
    "verdict",
    "error",
)
_CELLS = ("categories", "clauses", "evidence", "retain_until")

_P = ParamSpec("_P")
_T = TypeVar("_T")

#: Where the ordinance can come from: a bundled or registered name, a file (each read with all
#: its versions), or the object: an :class:`Ordinance` or a :class:`History`.
OrdinanceSource = str | os.PathLike[str] | Ordinance | History


@attrs.frozen
class Result:
    """What became of one element of a Bag: its ``verdict``, or the ``error`` that kept it from
    one. ``id`` is the comment's id (``""`` for a bare text)."""

    id: str
    verdict: Verdict | None
    error: str | None = None


@attrs.frozen
class _Plan:
    """What every worker needs to judge: the ordinance (or its history), as data, and any extra
    detectors."""

    ordinance: Ordinance | History
    detectors: Mapping[str, DetectorFactory] | None = None

    def __dask_tokenize__(self) -> object:
        # The digest names the content: no need to hash 50 KB of ordinance for each graph.
        return type(self).__name__, key(self.ordinance, self.detectors)

    def evaluator(self) -> Evaluator:
        return evaluator_for(self.ordinance, self.detectors)


def _plan(
    ordinance: OrdinanceSource, detectors: Mapping[str, DetectorFactory] | None
) -> Any:  # a dask Delayed
    # A name or a file gives every version, as ``msp evaluate`` reads it: each comment is judged
    # by the version in force when it was posted.
    resolved = load_history(ordinance) if isinstance(ordinance, str | os.PathLike) else ordinance
    plan = _Plan(resolved, detectors)
    plan.evaluator()  # a bad ordinance or detector fails here, before any partition is read
    # One key in the graph: each worker fetches the ordinance once, whatever the partitions.
    return delayed(plan, pure=True, traverse=False)


# --- DataFrames ------------------------------------------------------------------------------


def evaluate_dataframe(
    frame: dd.DataFrame,
    ordinance: OrdinanceSource,
    *,
    text: str = "text",
    id: str = "id",
    author: str = "author",
    author_id: str = "author_id",
    role: str = "role",
    platform: str = "platform",
    posted_at: str = "posted_at",
    thread: str = "thread",
    site: str = "site",
    detectors: Mapping[str, DetectorFactory] | None = None,
) -> dd.DataFrame:
    """Judge every row of ``frame``; a Dask DataFrame of :data:`OUTPUT_COLUMNS` (all strings),
    one row per input row, with the input's index, partitions and order.

    ``ordinance`` is a bundled or registered name, a file, an
    :class:`~municipal_social_policy.Ordinance` or a :class:`~municipal_social_policy.History`;
    it is loaded and compiled here once (a bad one fails now), then sent to the workers. Under a
    history (a name or file that holds several versions is read as one), each comment is judged
    by the version in force at its ``posted_at``, as ``msp evaluate`` judges it. The column
    options are ``msp evaluate``'s: each names the column holding that part of a comment. Only
    ``text`` must exist; a column that is named here but missing from ``frame`` is an error.
    Missing values count as absent, timestamps as ISO 8601. ``detectors`` is passed to each
    worker's :class:`~municipal_social_policy.Evaluator` (its factories must pickle).

    Raises :class:`~municipal_social_policy.DataError` if a named column is missing.
    """
    _expect(
        frame, "dask.dataframe", "DataFrame", "dask.dataframe.from_pandas(frame, npartitions=...)"
    )
    columns = Columns(
        text=text,
        id=id,
        author=author,
        author_id=author_id,
        role=role,
        platform=platform,
        posted_at=posted_at,
        thread=thread,
        site=site,
    )
    present = [str(name) for name in frame.columns]
    _check_columns(columns, present)
    # Only the columns a comment is made of travel (and, from Parquet, are read at all).
    wanted = list(dict.fromkeys(name for name in attrs.astuple(columns) if name in present))
    meta = pd.DataFrame(
        {name: pd.Series([], dtype=pd.StringDtype()) for name in OUTPUT_COLUMNS},
        index=frame._meta.index,
    )
    judged: dd.DataFrame = frame[wanted].map_partitions(
        _judge_partition, _plan(ordinance, detectors), columns, meta=meta
    )
    return judged


def _expect(value: object, module: str, name: str, fix: str) -> None:
    expected = getattr(importlib.import_module(module), name)
    if not isinstance(value, expected):
        kind = f"{type(value).__module__}.{type(value).__qualname__}"
        raise TypeError(f"expected a {module}.{name}, got a {kind}; make one with {fix}")


def _check_columns(columns: Columns, present: list[str]) -> None:
    defaults = Columns()
    missing = [
        f"{field.name}: no column {name!r}"
        for field in attrs.fields(Columns)
        if (name := getattr(columns, field.name)) not in present
        and (field.name == "text" or name != getattr(defaults, field.name))
    ]
    if missing:
        raise DataError(
            "the DataFrame lacks a column named for the comments",
            (*missing, f"its columns are: {', '.join(present)}"),
        )


def _judge_partition(frame: pd.DataFrame, plan: _Plan, columns: Columns) -> pd.DataFrame:
    if not isinstance(plan, _Plan):  # dask before 2025.5 passes the Delayed itself
        raise TypeError("municipal_social_policy.dask needs dask 2025.5 or later")
    evaluator = plan.evaluator()
    cells: dict[str, list[str | None]] = {name: [] for name in OUTPUT_COLUMNS}
    for row in frame.to_dict("records"):
        identifier, verdict, error = _judge(evaluator, _plain_row(row), columns)
        values = _cells(identifier, verdict, error)
        for name, value in zip(OUTPUT_COLUMNS, values, strict=True):
            cells[name].append(value)
    return pd.DataFrame(
        {name: pd.array(cells[name], dtype=pd.StringDtype()) for name in OUTPUT_COLUMNS},
        index=frame.index,
    )


def _plain_row(row: Mapping[Any, object]) -> dict[str, object]:
    """A pandas row as the JSON-like values the row reader knows."""
    return {str(name): _plain(value) for name, value in row.items()}


def _plain(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.datetime | dt.date):  # pandas Timestamps too
        return value.isoformat()
    return value


def _cells(identifier: str, verdict: Verdict | None, error: str | None) -> tuple[str | None, ...]:
    if verdict is None:
        return (_storable(identifier), *(None,) * (len(OUTPUT_COLUMNS) - 2), error)
    # The same cells as ``msp evaluate``'s CSV, from the same code.
    row = dict(zip(CSV_FIELDS, csv_cells(0, identifier, verdict), strict=True))
    return (
        _storable(identifier),
        verdict.decision.value,
        *(_storable(str(row[name])) for name in _CELLS),
        _storable(_encode(unstructure(verdict))),
        None,
    )


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _storable(text: str) -> str:
    # Arrow strings must be valid UTF-8; a comment may hold lone surrogates. Escape them as
    # ``msp evaluate`` does when it writes its output (backslashreplace).
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


# --- one row ---------------------------------------------------------------------------------


def _judge(
    evaluator: Evaluator, item: object, columns: Columns
) -> tuple[str, Verdict | None, str | None]:
    """``(id, verdict, None)``, or ``(id, None, why)`` for a row that cannot be judged."""
    if isinstance(item, str):
        comment = Comment(text=item)
    elif isinstance(item, Comment):
        comment = item
    elif isinstance(item, Mapping):
        try:
            comment = comment_from_row(item, columns)
        except DataError as exc:
            return _guess_id(item, columns), None, "; ".join(exc.problems) or exc.summary
        except Exception as exc:  # a value no export holds: it too must cost one row only
            reason = f"cannot be read: {type(exc).__name__}: {exc}"
            return _guess_id(item, columns), None, reason
    else:
        kind = type(item).__name__
        return "", None, f"expected a str, a Comment or a mapping of columns, got {kind}"
    try:
        return comment.id, evaluator.evaluate(comment), None
    except Exception as exc:  # a bug must cost one row, not a partition
        return comment.id, None, f"evaluation failed: {type(exc).__name__}: {exc}"


# --- Bags ------------------------------------------------------------------------------------


def evaluate_bag(
    bag: db.Bag,
    ordinance: OrdinanceSource,
    *,
    columns: Columns | None = None,
    detectors: Mapping[str, DetectorFactory] | None = None,
) -> db.Bag:
    """Judge every element of ``bag``: a Bag of :class:`Result`, one per element, in order.

    An element is a text, a :class:`~municipal_social_policy.Comment`, or a row as a mapping
    (JSON-decoded JSONL, say) read with ``columns`` as ``msp evaluate`` reads it. Anything
    else, and a row that cannot be read, becomes a :class:`Result` with an ``error``.
    ``ordinance`` and ``detectors`` are as for :func:`evaluate_dataframe`.
    """
    _expect(bag, "dask.bag", "Bag", "dask.bag.from_sequence(items, npartitions=...)")
    plan = _plan(ordinance, detectors)
    judged: db.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _judge_items, plan, columns or Columns()
    )
    return judged


def _judge_items(items: Iterable[object], plan: _Plan, columns: Columns) -> list[Result]:
    evaluator = plan.evaluator()
    return [Result(*_judge(evaluator, item, columns)) for item in items]


# --- msp evaluate --scheduler ----------------------------------------------------------------


@contextlib.contextmanager
def cluster_executor(address: str) -> Iterator[tuple[Executor, int]]:
    """A :class:`concurrent.futures.Executor` on the Dask scheduler at ``address``, and the
    number of worker threads it has, for
    :func:`~municipal_social_policy.batch.evaluate_records` (``executor=``, ``jobs=``).

    This is what ``msp evaluate --scheduler ADDRESS`` runs on. The client is closed on exit.
    Work the cluster cannot finish (the scheduler went away, a task's workers kept dying)
    raises :class:`~municipal_social_policy.ClusterError`.
    """
    from distributed import Client
    from distributed.scheduler import KilledWorker

    client = Client(address, set_as_default=False)  # type: ignore[no-untyped-call]
    try:
        threads: dict[str, int] = client.nthreads()  # type: ignore[no-untyped-call]
        yield _ScatteringExecutor(client), max(sum(threads.values()), 1)
    except (CancelledError, KilledWorker) as error:
        raise ClusterError(
            f"the Dask cluster at {address!r} could not finish the work"
            f" ({type(error).__name__}: {str(error) or 'its tasks were cancelled'}); check that"
            " its scheduler and workers are running, with municipal_social_policy installed"
        ) from error
    finally:
        client.close()  # type: ignore[no-untyped-call]


class _ScatteringExecutor(Executor):
    """Sends each callable to the workers once, then only each call's arguments.

    ``msp evaluate`` submits one callable for all its chunks, and it carries the ordinance
    (about 50 KB): sent with every 256-row chunk, it would double what the client pickles.
    """

    def __init__(self, client: Any) -> None:
        self._client = client
        # pure=False: chunks are never the same twice; hashing each would only cost time.
        self._executor: Executor = client.get_executor(pure=False)
        self._scattered: dict[int, tuple[object, object]] = {}

    def submit(self, fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> Future[_T]:
        entry = self._scattered.get(id(fn))
        if entry is None:  # the callable is kept with its copy, so its id stays its own
            entry = fn, self._client.scatter(fn, broadcast=True, hash=False)
            self._scattered[id(fn)] = entry
        return self._executor.submit(_call, entry[1], *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._executor.shutdown(wait=wait)  # Dask's executor cannot cancel what is queued


def _call(fn: Any, /, *args: Any, **kwargs: Any) -> Any:
    return fn(*args, **kwargs)
