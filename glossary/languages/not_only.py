"""The words after a negation that keep a reporting verb saying something ("sagte nicht
nur, dass …", "zei niet alleen dat …"), for ``translate.coverage.reported_denials``,
which reads a negation before the content as what was not said. Written from general
knowledge of each language, not from any corpus."""

from __future__ import annotations

from collections.abc import Mapping

NOT_ONLY: Mapping[str, tuple[str, ...]] = {
    "de": ("nur", "zuletzt"),
    "nl": ("alleen", "enkel"),
}


def not_only(lang: str) -> tuple[str, ...]:
    """The words of ``lang`` that, after a negation, leave the verb's saying standing."""
    return NOT_ONLY.get(lang, ())
