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
    """The result of type ``cls`` that :func:`to_json` made ``data`` from."""
    return typing.cast(T, _decode(cls, data, cls.__name__))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(hint: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if data is None and type(None) in options:
            return None
        for option in options:
            if option is not type(None):
                return _decode(option, data, where)
    if hint is Any:
        return data
    if dataclasses.is_dataclass(hint):
        if not isinstance(data, dict):
            raise ShapeError(f"{where}: expected an object")
        hints = _hints(hint)
        values = {}
        for f in dataclasses.fields(hint):
            key = _name(f) if _name(f) in data else f.name
            if key in data:
                values[f.name] = _decode(hints[f.name], data[key], f"{where}.{_name(f)}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ShapeError(f"{where}.{_name(f)}: missing")
        return hint(**values)
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(data, list | tuple):
            raise ShapeError(f"{where}: expected a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v, f"{where}[{n}]") for n, v in enumerate(data))
        if len(args) != len(data):
            raise ShapeError(f"{where}: expected {len(args)} items")
        pairs = enumerate(zip(args, data, strict=True))
        return tuple(_decode(a, v, f"{where}[{n}]") for n, (a, v) in pairs)
    if origin is list:
        (arg,) = typing.get_args(hint)
        return [_decode(arg, v, f"{where}[{n}]") for n, v in enumerate(data)]
    if origin is dict:
        key, arg = typing.get_args(hint)
        if not isinstance(data, dict):
            raise ShapeError(f"{where}: expected an object")
        return {_decode(key, k, where): _decode(arg, v, f"{where}[{k!r}]") for k, v in data.items()}
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(data)
        except ValueError as exc:
            raise ShapeError(f"{where}: {data!r} is not a {hint.__name__}") from exc
    if hint is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if hint is Path and isinstance(data, str):
        return Path(data)
    if isinstance(hint, type) and not isinstance(data, hint):
        raise ShapeError(f"{where}: expected {hint.__name__}, got {type(data).__name__}")
    return data
