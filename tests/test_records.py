"""`Record` must behave as `typing.NamedTuple` does for the result types built on it."""

from __future__ import annotations

import typing

import pytest

from localize.catalog.plurals import PluralRule
from localize.languages import LANGUAGES, Language
from localize.records import Record


class Sample(Record):
    """A sample record."""

    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    """Field docstrings are allowed, as in a NamedTuple body."""

    @property
    def label(self) -> str:
        return f"{self.name}:{self.count}"

    def bumped(self) -> Sample:
        return self._replace(count=self.count + 1)


class TypingSample(typing.NamedTuple):
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()


def test_a_record_is_the_named_tuple_typing_would_build():
    ours, theirs = Sample("a", 2), TypingSample("a", 2)
    assert ours._fields == theirs._fields == ("name", "count", "tags")
    assert ours._field_defaults == theirs._field_defaults == {"count": 0, "tags": ()}
    assert ours._asdict() == theirs._asdict()
    assert typing.get_type_hints(Sample) == typing.get_type_hints(TypingSample)
    assert repr(ours) == "Sample(name='a', count=2, tags=())"
    assert Sample.__doc__ == "A sample record."
    assert Sample.__module__ == __name__ and Sample.__qualname__ == "Sample"


def test_methods_properties_defaults_and_immutability():
    sample = Sample("b")
    assert (sample.count, sample.tags, sample.label) == (0, (), "b:0")
    assert sample.bumped() == Sample("b", 1) and sample.count == 0
    with pytest.raises(AttributeError):
        sample.count = 3  # type: ignore[misc]
    assert hash(Sample("c", 1)) == hash(Sample("c", 1))
    assert Sample._make(["d", 4, ()]) == Sample(name="d", count=4)


def test_a_field_without_default_after_one_with_a_default_is_refused():
    with pytest.raises(TypeError, match="field b without a default"):

        class Bad(Record):
            a: int = 0
            b: int


def test_named_tuple_machinery_cannot_be_overwritten():
    with pytest.raises(AttributeError, match="_replace"):

        class Bad(Record):
            a: int

            def _replace(self, **changes: object) -> Bad:  # type: ignore[override]
                return self


def test_the_toolkits_records_work_as_values():
    pt = LANGUAGES["pt"]
    assert isinstance(pt, Language) and pt.plural_forms == "nplurals=2; plural=(n > 1);"
    assert PluralRule(1, "0").header == "nplurals=1; plural=0;"
    assert {PluralRule(2, "(n != 1)"), PluralRule(2, "(n != 1)")} == {PluralRule(2, "(n != 1)")}
