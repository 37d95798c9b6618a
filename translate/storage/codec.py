"""JSON at the edges: the store, ``/api`` and ``--json``.

:func:`to_json` and :func:`from_json` turn any of newsbridge's dataclasses (articles,
translations, comparisons, stories, jobs) into one JSON shape and back, driven by their
type hints, so there is one shape per thing and no hand-written dict in between. A field
whose metadata has ``json`` is written under that name (``Article.lang`` is
``"language"``); reading accepts the field's own name too, as older stores wrote it.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """Plain JSON data (dicts, lists, strings, numbers) for a result or anything in it."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {_name(f): to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [to_json(v) for v in value]
    return value


class ShapeError(ValueError):
    """Stored or received JSON that does not have the shape of the result it should be."""


def _name(f: dataclasses.Field[Any]) -> str:
    return str(f.metadata.get("json", f.name))


def from_json(cls: type[T], data: Any) -> T:
    """The result of type ``cls`` that :func:`to_json` made ``data`` from. A
    :class:`ShapeError` names where in ``data`` it went wrong ("Job.status: ...")."""
    hint: Any = cls  # a type is hashable: the decoder is built once per type
    return typing.cast(T, _decoder(hint)(data, (cls.__name__,)))


# Where a value sits in the data, as a chain of (parent, step) pairs, made into a string
# only for an error message: building strings for every value would cost more than decoding.
Where = tuple[Any, ...]
Decoder = Callable[[Any, Where], Any]


def _where(where: Where) -> str:
    steps: list[str] = []
    while len(where) == 2:
        where, step = where
        steps.append(f"[{step}]" if isinstance(step, int) else step)
    return str(where[0]) + "".join(reversed(steps))


@functools.cache
def _decoder(hint: Any) -> Decoder:
    """A function that decodes JSON data of type ``hint`` (built once per type: pages
    decode many stored results per request)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [o for o in typing.get_args(hint) if o is not type(None)]
        inner = _decoder(options[0]) if len(options) == 1 else _decoder(Any)
        return lambda data, where: None if data is None else inner(data, where)
    if hint is Any:
        return lambda data, where: data
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint)
    if origin is tuple:
        return _tuple_decoder(typing.get_args(hint))
    if origin is list:
        item = _decoder(typing.get_args(hint)[0])

        def decode_list(data: Any, where: Where) -> list[Any]:
            _expect(data, list, where, "a list")
            return [item(v, (where, n)) for n, v in enumerate(data)]

        return decode_list
    if origin in (set, frozenset):
        member = _decoder(typing.get_args(hint)[0])

        make: type[set[Any]] | type[frozenset[Any]] = origin

        def decode_set(data: Any, where: Where) -> set[Any] | frozenset[Any]:
            _expect(data, list, where, "a list")
            return make(member(v, (where, n)) for n, v in enumerate(data))

        return decode_set
    if origin is dict:
        key, value = (_decoder(a) for a in typing.get_args(hint))

        def decode_dict(data: Any, where: Where) -> dict[Any, Any]:
            _expect(data, dict, where, "an object")
            return {key(k, where): value(v, (where, f"[{k!r}]")) for k, v in data.items()}

        return decode_dict
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_decoder(hint)
    if hint is float:
        return _float
    if hint is Path:
        return lambda data, where: Path(_plain(str, data, where))
    return functools.partial(_plain, hint)


def _expect(data: Any, kind: type | tuple[type, ...], where: Where, what: str) -> None:
    if not isinstance(data, kind):
        raise ShapeError(f"{_where(where)}: expected {what}")


def _plain(hint: type, data: Any, where: Where) -> Any:
    if not isinstance(data, hint):
        raise ShapeError(f"{_where(where)}: expected {hint.__name__}, got {type(data).__name__}")
    return data


def _float(data: Any, where: Where) -> float:
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise ShapeError(f"{_where(where)}: expected float, got {type(data).__name__}")
    return float(data)


def _enum_decoder(hint: type[Enum]) -> Decoder:
    def decode(data: Any, where: Where) -> Enum:
        try:
            return hint(data)
        except ValueError as exc:
            raise ShapeError(f"{_where(where)}: {data!r} is not a {hint.__name__}") from exc

    return decode


def _tuple_decoder(args: tuple[Any, ...]) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])

        def decode_items(data: Any, where: Where) -> tuple[Any, ...]:
            _expect(data, (list, tuple), where, "a list")
            return tuple([item(v, (where, n)) for n, v in enumerate(data)])

        return decode_items
    items = [_decoder(a) for a in args]

    def decode_fixed(data: Any, where: Where) -> tuple[Any, ...]:
        _expect(data, (list, tuple), where, "a list")
        if len(data) != len(items):
            raise ShapeError(f"{_where(where)}: expected {len(items)} items")
        return tuple(d(v, (where, n)) for n, (d, v) in enumerate(zip(items, data, strict=True)))

    return decode_fixed


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = []
    for f in dataclasses.fields(cls):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        fields.append((f.name, _name(f), required, _decoder(hints[f.name])))

    def decode(data: Any, where: Where) -> Any:
        _expect(data, dict, where, "an object")
        values = {}
        for name, key, required, decode_field in fields:
            found = key if key in data else name
            if found in data:
                values[name] = decode_field(data[found], (where, f".{key}"))
            elif required:
                raise ShapeError(f"{_where(where)}.{key}: missing")
        return cls(**values)

    return decode
