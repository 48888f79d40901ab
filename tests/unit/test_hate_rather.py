"""A harm the writer would not have, in "rather ... than", is no wish of a group's harm (issue 9,
the fourteenth session): spelled out, "I would rather die than see refugees suffer" was read as a
death wished on refugees, and only "I'd" (read as written while a phrase file named it) escaped.
The harm after "than", or the writer's own right after "rather", is what the writer refuses, and
so is a harm the writer would do to themselves in another's place ("if I were a refugee"); a harm
said of the group before "than", or the writer's disgust at the sight of a group, is still
hate."""

from __future__ import annotations

import pytest

from kankakee_verdicts import assert_free, assert_hate


@pytest.mark.parametrize(
    "text",
    [
        "I would rather die than see refugees suffer.",
        "I'd rather die than see refugees suffer.",
        "id rather be dead than watch gay people get hurt",
        "Honestly I would rather starve than let a Muslim family go hungry.",
        "I would kill myself if I were a refugee in that camp.",
    ],
)
def test_a_harm_refused_in_rather_than_is_no_hate(text: str) -> None:
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather see refugees die than let them in.",
        "I would rather have cancer than be anywhere near a Muslim",
        "I want to kill myself every time I see an immigrant",
    ],
)
def test_a_harm_said_of_the_group_before_than_is_hate(text: str) -> None:
    assert_hate(text)
