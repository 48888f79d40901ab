"""Unit tests for ``Comment``, ``Author`` and ``Thread``: what construction converts or refuses."""

from __future__ import annotations

import datetime as dt

import pytest

import municipal_social_policy as msp


def test_a_string_author_is_the_display_name() -> None:
    """``Comment(author="Bob")`` means an author displayed as Bob, of the public, with no id."""
    comment = msp.Comment("Nice park", author="Bob")
    assert comment.author == msp.Author(display_name="Bob")
    assert comment.author.role is msp.Role.PUBLIC


def test_no_author_is_the_empty_author() -> None:
    """``author=None`` (a blank cell) is the same as leaving the author out."""
    assert msp.Comment("Nice park", author=None).author == msp.Comment("Nice park").author


def test_an_iso_string_posted_at_becomes_a_datetime() -> None:
    """``posted_at="2024-05-10T09:30"`` is read as that date and time, offsets kept."""
    assert msp.Comment("x", posted_at="2024-05-10T09:30").posted_at == dt.datetime(
        2024, 5, 10, 9, 30
    )
    aware = msp.Comment("x", posted_at="2024-05-10T09:30:00+00:00").posted_at
    assert aware == dt.datetime(2024, 5, 10, 9, 30, tzinfo=dt.UTC)


def test_a_converted_comment_is_judged_like_a_typed_one(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator
) -> None:
    """The conveniences reach the verdict: the retention date comes from the string date."""
    typed = msp.Comment(
        "My SSN is 356-21-4476",
        author=msp.Author(display_name="Bob"),
        posted_at=dt.datetime(2024, 5, 10, 9, 30),
    )
    loose = msp.Comment("My SSN is 356-21-4476", author="Bob", posted_at="2024-05-10T09:30")
    assert loose == typed
    assert evaluator.evaluate(loose) == evaluator.evaluate(typed)


def test_an_unreadable_date_is_an_error_naming_the_field_and_value() -> None:
    """A date that is not ISO 8601 fails when the comment is built, not inside a detector."""
    with pytest.raises(msp.DataError, match=r"posted_at: .*ISO 8601.*'10/05/2024'") as caught:
        msp.Comment("x", posted_at="10/05/2024")
    assert isinstance(caught.value, ValueError)


def test_a_bare_date_is_refused_with_the_fix() -> None:
    """A ``date`` has no time of day; the error says to pass a datetime."""
    with pytest.raises(TypeError, match=r"Comment\.posted_at: .*date.*dt\.datetime"):
        msp.Comment("x", posted_at=dt.date(2024, 5, 10))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("author", 42, r"Comment\.author: expected an Author or a display name \(str\), got 42"),
        ("author", {"display_name": "Bob"}, r"Comment\.author: .*Author\(id="),
        ("posted_at", 1715333400, r"Comment\.posted_at: .*ISO 8601 string, got 1715333400"),
        ("platform", None, r"Comment\.platform: expected str, got None"),
        ("site", 3, r"Comment\.site: expected str, got 3"),
        ("id", 123, r"Comment\.id: expected str, got 123"),
        ("thread", "Budget", r"Comment\.thread: expected a Thread or None, got 'Budget'"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_at_construction(
    field: str, value: object, message: str
) -> None:
    """Each field names itself, the value and its type when given something it cannot use."""
    with pytest.raises(TypeError, match=message):
        msp.Comment("x", **{field: value})  # type: ignore[arg-type]


def test_an_author_role_may_be_given_as_its_value() -> None:
    """``Author(role="personnel")`` is ``Role.PERSONNEL``; an unknown role lists the known."""
    assert msp.Author(role="personnel").role is msp.Role.PERSONNEL
    with pytest.raises(msp.DataError, match=r"role: expected one of 'public', .*got 'staff'"):
        msp.Author(role="staff")


def test_author_and_thread_fields_must_be_strings() -> None:
    """A number where a name or topic belongs is refused, naming the class and field."""
    with pytest.raises(TypeError, match=r"Author\.id: expected str, got 7"):
        msp.Author(id=7)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Thread\.topic: expected str, got None"):
        msp.Thread(topic=None)  # type: ignore[arg-type]
