"""Word files a city's ordinance file names in detector options, read into the ordinance.

A detector option ``<name>_file`` (``words_file = "lists/threat-words.txt"``) is the path of a
word file relative to the ordinance file: one term per line, ``#`` comment lines (the format of
the shipped lists, see :mod:`.detectors.lexicon`). :func:`read_word_files` replaces each by its
terms, added to ``words``, ``allowed`` or the option ``<name>``, so the loaded ordinance holds
the words themselves: its digest changes when a list does, and evaluation reads no file.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from .detectors.lexicon import parse_sections
from .detectors.registry import FILE_SUFFIX
from .exceptions import OrdinanceLoadError
from .ordinance import DetectorConfig, DetectorOptions, Ordinance

__all__ = ["read_word_files"]


def read_word_files(ordinance: Ordinance, read: Callable[[str], str], label: str) -> Ordinance:
    """``ordinance`` with every ``<name>_file`` option replaced by the terms of that file.

    ``read`` returns the text of a path as written in the file (relative to the ordinance
    file's folder) and raises :class:`OSError` if it cannot. Raises
    :class:`OrdinanceLoadError` listing every file that cannot be read.
    """
    problems: list[str] = []
    categories = []
    changed = False
    for i, category in enumerate(ordinance.comment_policy.categories):
        configs = []
        for j, config in enumerate(category.detectors):
            where = f"comment_policy.categories[{i}].detectors[{j}].options"
            resolved = _resolved(config, read, where, problems)
            changed |= resolved is not config
            configs.append(resolved)
        categories.append(attrs.evolve(category, detectors=tuple(configs)))
    if problems:
        raise OrdinanceLoadError(f"{label}: a word file cannot be read", tuple(problems))
    if not changed:
        return ordinance
    policy = attrs.evolve(ordinance.comment_policy, categories=tuple(categories))
    return attrs.evolve(ordinance, comment_policy=policy)


def _resolved(
    config: DetectorConfig, read: Callable[[str], str], where: str, problems: list[str]
) -> DetectorConfig:
    files = [name for name in config.options if name.endswith(FILE_SUFFIX) and name != FILE_SUFFIX]
    if not files:
        return config
    words, allowed = list(config.words), list(config.allowed)
    options = dict(config.options)
    for name in files:
        path = options.pop(name)
        if not isinstance(path, str):
            problems.append(f"{where}.{name}: expected the path of a word file, got {path!r}")
            continue
        try:
            terms = parse_sections(read(path))[""]
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(
                f"{where}.{name}: cannot read {path!r} ({exc}); the path is relative"
                " to the ordinance file"
            )
            continue
        base = name.removesuffix(FILE_SUFFIX)
        if base == "words":
            words.extend(terms)
        elif base == "allowed":
            allowed.extend(terms)
        else:
            before = options.get(base, ())
            options[base] = (*(before if isinstance(before, tuple) else ()), *terms)
    return DetectorConfig(
        config.id,
        words=tuple(words),
        allowed=tuple(allowed),
        options=DetectorOptions.of(options),
    )
