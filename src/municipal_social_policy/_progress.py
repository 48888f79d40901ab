"""A progress line for long runs on a terminal: rows done, rate, and a bar by bytes read.

Deliberately small, so that the command line needs nothing beyond the library's dependencies.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress", "render_progress"]


# --- progress --------------------------------------------------------------------------------


def render_progress(
    rows: int, done: int, total: int | None, elapsed: float, *, width: int = 80
) -> str:
    """One line of progress: rows done and rate, and a bar by bytes when ``total`` is known."""
    rate = rows / elapsed if elapsed > 0 else 0.0
    counts = f"{rows:,} rows  {rate:,.0f} rows/s"
    if not total:
        return f"{counts}  {_size(done)}"[: width - 1]
    fraction = min(done / total, 1.0)
    left = (elapsed / fraction - elapsed) if fraction > 0 else None
    eta = f"  ETA {_duration(left)}" if left is not None else ""
    tail = f" {fraction:4.0%}  {_size(done)}/{_size(total)}  {counts}{eta}"
    bar = max(10, width - 1 - len(tail) - 2)
    filled = int(bar * fraction)
    return f"[{'#' * filled}{'.' * (bar - filled)}]{tail}"[: width - 1]


def _size(count: int) -> str:
    if count < 1000:
        return f"{count} B"
    value = count / 1000
    for unit in ("KB", "MB"):
        if value < 1000:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


def _duration(seconds: float) -> str:
    minutes, second = divmod(int(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}h{minute:02d}m" if hours else f"{minute}m{second:02d}s"


class Progress:
    """A progress line redrawn in place on ``stream`` (a terminal), at most every ``interval`` s.

    Pass :meth:`update` as ``on_progress`` to :func:`.batch.evaluate_records`; call :meth:`clear`
    before printing anything else on the stream, and :meth:`close` at the end.
    """

    def __init__(
        self,
        stream: TextIO,
        total: int | None = None,
        *,
        interval: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = total
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self._drawn = -interval
        self._shown = False

    def update(self, rows: int, done: int) -> None:
        """Redraw with ``rows`` rows and ``done`` input bytes done, unless drawn very recently."""
        now = self.clock()
        if now - self._drawn < self.interval:
            return
        self._drawn = now
        width = shutil.get_terminal_size((80, 24)).columns
        line = render_progress(rows, done, self.total, now - self.started, width=width)
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the progress line, if one is shown."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def close(self) -> None:
        """Erase the progress line for good."""
        self.clear()
