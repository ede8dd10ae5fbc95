"""`Record`: the class syntax of `typing.NamedTuple`, without importing `typing`.

Why: `localize catalog compile` runs on every build and starts in tens of milliseconds,
of which importing `typing` would take 3 and each `typing.NamedTuple` class another 0.1
(a frozen dataclass: 0.5, plus 7 for importing `dataclasses`). The result types the
catalog commands load are therefore records:

    class PluralRule(Record):
        nplurals: int
        expr: str = ""

builds the same named tuple `typing.NamedTuple` would (fields, defaults, methods,
properties and docstring as written; `_replace`, `_asdict`; immutable, hashable,
compared by value), and type checkers are told it is `typing.NamedTuple`. Annotations
are kept as written and not checked at run time, as with `typing.NamedTuple` under
`from __future__ import annotations`.
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False  # as `typing.TYPE_CHECKING`, which type checkers take as True

if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    # what the namespace may not set, and what it sets that is not copied (as in typing)
    _PROHIBITED = frozenset(
        {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults"}
        | {"_make", "_replace", "_asdict", "_source"}
    )
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    class _RecordMeta(type):
        def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict) -> type:
            if not bases:  # `Record` itself
                return super().__new__(mcls, name, bases, namespace)
            annotations = namespace.get("__annotations__", {})
            fields = list(annotations)
            defaults = []
            for field in fields:
                if field in namespace:
                    defaults.append(namespace[field])
                elif defaults:
                    raise TypeError(
                        f"{name}: field {field} without a default follows a field with one"
                    )
            record = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            record.__annotations__ = dict(annotations)
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError(f"{name}: cannot overwrite named tuple attribute {key}")
                if key not in _SPECIAL and key not in annotations:
                    setattr(record, key, value)
            return record

    class Record(metaclass=_RecordMeta):
        """Base of record classes (the class statement returns a named tuple type)."""


__all__ = ["Record", "TYPE_CHECKING"]
