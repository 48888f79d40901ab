"""One compiled :class:`~municipal_social_policy.Evaluator` per process and ordinance.

Work sent to other processes (a Dask cluster's workers, an executor's) carries the ordinance as
data; compiling it costs a tenth of a second or more, so each process compiles it once, on first
use, and reuses it for every partition or chunk that follows. Evaluators are kept by the
ordinance's digest and the detector factories given, the least recently used dropped past
:data:`CAPACITY` (a vendor's workers may serve many cities).
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Mapping

from .detectors import DetectorFactory
from .evaluation import Evaluator
from .history import History
from .ordinance import Ordinance

__all__ = ["CAPACITY", "counts", "evaluator_for", "key", "prepare"]

#: How many compiled evaluators a process keeps.
CAPACITY = 32

_Key = tuple[str, tuple[tuple[str, str], ...]]

_evaluators: OrderedDict[_Key, Evaluator] = OrderedDict()
# Threads of one worker share its evaluators; the lock keeps two of them from compiling the same
# ordinance at once.
_lock = threading.Lock()
_compilations: Counter[str] = Counter()
_uses: Counter[str] = Counter()


def evaluator_for(
    ordinance: Ordinance | History, detectors: Mapping[str, DetectorFactory] | None = None
) -> Evaluator:
    """This process's evaluator for ``ordinance`` (or a history) and ``detectors``, compiled on
    first use."""
    cache_key = key(ordinance, detectors)
    digest = cache_key[0]
    with _lock:
        _uses[digest] += 1
        evaluator = _evaluators.get(cache_key)
        if evaluator is not None:
            _evaluators.move_to_end(cache_key)
            return evaluator
        evaluator = Evaluator(ordinance, detectors=detectors)
        _compilations[digest] += 1
        _evaluators[cache_key] = evaluator
        while len(_evaluators) > CAPACITY:
            _evaluators.popitem(last=False)
        return evaluator


def prepare(ordinance: Ordinance, detectors: Mapping[str, DetectorFactory] | None = None) -> None:
    """Compile now rather than on first use; returns nothing, so that it can run on every
    worker of a cluster (``client.run``) without sending an evaluator back."""
    evaluator_for(ordinance, detectors)


def counts(digest: str) -> tuple[int, int]:
    """How often this process compiled an evaluator for the ordinance with ``digest``, and how
    often it handed one out (once per partition or chunk). For tests and diagnostics."""
    with _lock:
        return _compilations[digest], _uses[digest]


def key(
    ordinance: Ordinance | History, detectors: Mapping[str, DetectorFactory] | None = None
) -> _Key:
    """What tells compiled evaluators apart: the ordinance's digest (a history's, its versions'
    joined by ``+``) and the factories' names.

    Names, not identities: each task may bring its own unpickled copy of a factory.
    """
    factories = ((name, _name(factory)) for name, factory in (detectors or {}).items())
    if isinstance(ordinance, History):
        digest = "+".join(version.digest for version in ordinance.versions)
    else:
        digest = ordinance.digest
    return digest, tuple(sorted(factories))


def _name(factory: object) -> str:
    qualname = getattr(factory, "__qualname__", None)
    if isinstance(qualname, str):  # a class or a function
        return f"{getattr(factory, '__module__', '')}.{qualname}"
    return repr(factory)  # a configured callable object
