"""A city's protected classes: every class listed is read or refused, never silently ignored."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.detectors.classes import (
    builtin_classes,
    class_choice,
    class_problems,
)

# A name ending in "_file" would be the path of a word file (class_<name>_file), not a class.
_NAMES = st.sampled_from(sorted(builtin_classes())) | st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12
).filter(lambda name: not name.endswith("_file"))
_WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10), min_size=1, max_size=3
)


@given(
    listed=st.lists(_NAMES, max_size=5, unique=True),
    defined=st.dictionaries(_NAMES, _WORDS, max_size=3),
)
def test_each_listed_class_is_read_or_named_in_a_problem(
    listed: list[str], defined: dict[str, list[str]]
) -> None:
    """A listed class that is neither built in nor given words, and a class given words that the
    list omits, are each one problem naming it; with no problem, the detector reads exactly the
    listed classes and every word given."""
    options: dict[str, object] = {f"class_{name}": words for name, words in defined.items()}
    options["protected_classes"] = listed
    config = msp.DetectorConfig("group_hate", options=options)
    problems = class_problems(config, "options")
    unknown = [n for n in listed if n not in builtin_classes() and n not in defined]
    unlisted = [n for n in defined if n not in listed]
    assert len(problems) == len(unknown) + len(unlisted)
    for name in unknown:
        assert any(f"protected_classes: {name!r} is not a built-in class" in p for p in problems)
    for name in unlisted:
        assert any(f"options.class_{name}: gives words" in p for p in problems)
    if not problems:
        choice = class_choice(config)
        assert choice.classes == frozenset(listed)
        assert choice.added == {(w, n) for n, words in defined.items() for w in words}
