"""``functools.cached_property`` under a name of this package's own.

mypy reads ``functools.cached_property`` by its name as a plain :class:`property`, so mypyc
compiles a method it decorates as one computed again on every read. The modules that the
compiled build compiles (the ``mypyc`` build hook in ``pyproject.toml``) decorate with this
subclass instead: the same descriptor, which mypyc applies as it is, so the pure and the
compiled build both keep a view on its first read.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["cached_property"]

_T_co = TypeVar("_T_co", covariant=True)


class cached_property(functools.cached_property[_T_co]):
    """:func:`functools.cached_property`, unchanged for a Python function (see the module's
    docstring). A method compiled by mypyc has no signature, which attrs reads when it makes a
    slotted class keep the value: it is called through a Python function that has one."""

    def __init__(self, func: Callable[[Any], _T_co]) -> None:
        if not isinstance(func, types.FunctionType):
            func = _signed(func)
        super().__init__(func)


def _signed(compiled: Callable[[Any], _T_co]) -> Callable[[Any], _T_co]:
    """A Python function that calls ``compiled`` (not a wrapper that :func:`inspect.signature`
    would unwrap to it)."""

    def method(instance: Any) -> _T_co:
        return compiled(instance)

    method.__name__ = getattr(compiled, "__name__", method.__name__)
    method.__qualname__ = getattr(compiled, "__qualname__", method.__qualname__)
    method.__doc__ = compiled.__doc__
    return method
