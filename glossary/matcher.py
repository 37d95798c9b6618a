"""Find glossary terms in a sentence, protect them for the engine, enforce them after.

``protect`` puts each term's English form into the source before translation (names,
genitives and compounds rendered in English: "Poetins" -> "Putin's", "Witte
Huis-woordvoerder" -> "White House spokesperson"). ``enforce`` then guarantees the English
form in the engine's output and explains what fired where, like ftfy's fix-and-explain.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from glossary import languages
from glossary.entries import (
    COMMON_KINDS,
    LANGS,
    Entry,
    GlossaryError,
    glossary_files,
    read_files,
)
from glossary.forms import derived_forms
from glossary.layers import Layer, layers_version, read_layers
from glossary.spans import Claims, claimed_spans, presence, replace_free, word_pattern


@dataclass(frozen=True)
class Hit:
    """One entry that fired: its source span, and its span in the English (None: missing)."""

    entry_id: str
    kind: str
    english: str
    source_form: str
    source_start: int
    source_end: int
    target_start: int | None
    target_end: int | None

    @property
    def enforced(self) -> bool:
        return self.target_start is not None


@dataclass(frozen=True)
class Match:
    entry: Entry
    start: int
    end: int
    form: str
    english: str
    # How this match joins the one before it in a compound: "-" (Witte Huis-woordvoerder),
    # "" (Kremlinwoordvoerder) or None when it stands alone.
    joined: str | None = None


@dataclass(frozen=True)
class Protected:
    source: str
    text: str
    matches: tuple[Match, ...]


@dataclass(frozen=True)
class Enforced:
    text: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class _Target:
    entry: Entry
    english: str
    # Titles and terms match with either case of their first letter.
    lowercase_first: bool


# Kinds the engine renders in context (an English adjective amid Dutch or German words
# makes a small model's English worse); ``enforce`` still checks them and repairs a copied
# source form, and a missing one is reported.
ENGINE_RENDERS = ("adjective",)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# Where a sentence opens: its start, or after a full stop, with opening quotes between.
_OPENS = re.compile(r"(?:^|[.!?]\s+)[\"'“„«‘(\[]*$")
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"


# A name right after a title, as each language writes it (its ``name_after_title``:
# Dutch writes a title lowercase, so a capitalised word after it is a name, "premier
# Schoof"; German capitalises every noun, so it takes a first and a last name).
@functools.cache
def _name_after(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Words news English keeps lowercase in a title before a name ("NATO chief Mark Rutte",
# "said spokesperson Peskov"), and the small words inside a title.
_DESCRIPTIVE = frozenset("chief spokesperson spokesman spokeswoman leader envoy envoys".split())
_SMALL = frozenset("of and for the to in on".split())


def _title_case(english: str) -> str:
    """ "deputy prime minister" -> "Deputy Prime Minister"; "NATO chief" stays."""
    return " ".join(
        w if w in _DESCRIPTIVE or (n and w in _SMALL) else _capitalised(w)
        for n, w in enumerate(english.split(" "))
    )


class Glossary:
    """A validated set of entries with a version that changes whenever any entry does."""

    def __init__(self, entries: Sequence[Entry], version: str) -> None:
        self.entries = list(entries)
        self.version = version
        self.by_id = {e.id: e for e in self.entries}
        self._index: dict[str, dict[str, _Target]] = {}
        self._pattern: dict[str, re.Pattern[str] | None] = {}
        self._longest: dict[str, int] = {}
        for lang in LANGS:
            index: dict[str, _Target] = {}
            derived: list[tuple[str, _Target]] = []
            for entry in self.entries:
                for form in entry.forms.get(lang, ()):
                    english = form.english or entry.en
                    # Titles and terms match either case of their first letter; names and
                    # adjectives only as written (German "Deutsche" is also "Germans").
                    lower_first = entry.kind in COMMON_KINDS and form.text[:1].islower()
                    index.setdefault(form.text, _Target(entry, english, lower_first))
                    if lower_first:
                        index.setdefault(_capitalised(form.text), _Target(entry, english, True))
                    for text, derived_english in derived_forms(entry, form, lang):
                        derived.append((text, _Target(entry, derived_english, False)))
            # A listed form wins over a derived one: Dutch "Nederlands" is the adjective,
            # not the genitive of "Nederland".
            for text, target in derived:
                index.setdefault(text, target)
            self._index[lang] = index
            self._longest[lang] = max(map(len, index), default=0)
            forms = sorted(index, key=len, reverse=True)
            # The lookahead of the forms' first characters gives the same matches and
            # fails at once where no form starts: the alternation alone was tried at each
            # of a 1 MB paste's punctuation marks (40 s; now a tenth of a second).
            firsts = "".join(sorted({re.escape(f[0]) for f in forms}))
            self._pattern[lang] = (
                re.compile(
                    rf"(?<!\w)(?=[{firsts}])(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)"
                )
                if forms
                else None
            )

    @classmethod
    def load(cls, path: Path) -> Glossary:
        """Load a glossary file or folder; raise :class:`GlossaryError` if it is invalid."""
        files = glossary_files(path)
        if not files:
            raise FileNotFoundError(f"{path}: no glossary files (*.tsv)")
        entries, problems = read_files(files)
        if problems:
            raise GlossaryError(problems)
        digest = hashlib.sha256()
        for file in files:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
        return cls(entries, digest.hexdigest()[:12])

    @classmethod
    def load_layers(cls, layers: Sequence[Layer]) -> Glossary:
        """The entries in effect across the layers (the user's override the shipped ones
        by id); raise :class:`GlossaryError` naming layer, file and line if invalid."""
        entries, problems = read_layers(layers)
        if problems:
            raise GlossaryError(problems)
        return cls(entries, layers_version(layers))

    def lookup(self, lang: str, term: str) -> list[Entry]:
        """Entries whose form (or derived form) in ``lang`` is ``term``, or whose English is."""
        target = self._index.get(lang, {}).get(term.strip())
        found = [target.entry] if target else []
        folded = term.strip().casefold()
        found.extend(e for e in self.entries if e.en.casefold() == folded and e not in found)
        if not found:
            found.extend(
                e
                for e in self.entries
                if any(f.text.casefold() == folded for f in e.forms.get(lang, ()))
            )
        return found

    def search(self, query: str = "", kind: str = "") -> list[Entry]:
        """Entries of ``kind`` whose id, English or any source form contains ``query``."""
        folded = query.strip().casefold()
        return [
            e
            for e in self.entries
            if (not kind or e.kind == kind)
            and (
                not folded
                or folded in e.en.casefold()
                or folded in e.id
                or any(folded in f.text.casefold() for forms in e.forms.values() for f in forms)
            )
        ]

    def find(self, text: str, lang: str) -> list[Match]:
        """Terms in ``text``: leftmost-longest, whole words, compounds split into parts."""
        pattern = self._pattern.get(lang)
        index = self._index.get(lang, {})
        matches: list[Match] = []
        if pattern is not None:
            for m in pattern.finditer(text):
                target = index[m.group(0)]
                matches.append(
                    self._match(target, m.start(), m.end(), m.group(0), text, None, lang)
                )
        matches.extend(self._closed_compounds(text, lang, matches))
        matches.sort(key=lambda m: m.start)
        joined: list[Match] = []
        for match in matches:
            before = joined[-1] if joined else None
            if (
                before is not None
                and match.entry.kind in COMMON_KINDS
                and text[before.end : match.start] in ("-", "")
                and match.joined is None
            ):
                match = Match(
                    match.entry,
                    match.start,
                    match.end,
                    match.form,
                    match.english,
                    text[before.end : match.start],
                )
            joined.append(match)
        return joined

    @staticmethod
    def _match(
        target: _Target,
        start: int,
        end: int,
        form: str,
        text: str,
        joined: str | None,
        lang: str,
    ) -> Match:
        english = target.english
        # "Premier" -> "Prime minister"; "Bundeskanzler Merz ..." opening a sentence (or a
        # quotation that opens it) -> "Chancellor Merz ...".
        opens = start == 0 or _OPENS.search(text[max(0, start - 8) : start]) is not None
        if target.entry.kind == "title" and _name_after(languages.get(lang).name_after_title).match(
            text, end
        ):
            # A title before a name is capitalised in English: "Prime Minister Dick Schoof".
            english = _title_case(english)
        if (target.lowercase_first or opens) and form[:1].isupper() and english[:1].islower():
            english = _capitalised(english)
        return Match(target.entry, start, end, form, english, joined)

    def _closed_compounds(self, text: str, lang: str, found: list[Match]) -> list[Match]:
        """Kremlinwoordvoerder, Kremlsprecher: a name glued to a title or term.

        Linear in the text: a word is checked against the terms found by one mask, and
        only cuts whose both parts could be listed forms (no longer than the longest) are
        tried, so one long "word" costs its length, not its length squared."""
        index = self._index.get(lang, {})
        longest = self._longest.get(lang, 0)
        covered = Claims(len(text))
        for m in found:
            covered.claim(m.start, m.end)
        extra: list[Match] = []
        for word in re.finditer(r"\w{6,}", text):
            if not covered.free(word.start(), word.end()):
                continue
            token = word.group(0)
            # head = token[:cut] and rest = token[cut:] must both fit a listed form.
            for cut in range(min(len(token) - 3, longest), max(2, len(token) - longest - 1), -1):
                rest = token[cut:]
                # German writes the glued-on noun lowercase: Kreml + sprecher (Sprecher).
                head, tail = (
                    index.get(token[:cut]),
                    index.get(rest) or index.get(_capitalised(rest)),
                )
                if head and tail and head.entry.is_name and tail.entry.kind in COMMON_KINDS:
                    start, mid = word.start(), word.start() + cut
                    extra.append(self._match(head, start, mid, token[:cut], text, None, lang))
                    extra.append(self._match(tail, mid, word.end(), token[cut:], text, "", lang))
                    break
        return extra

    def protect(self, text: str, lang: str) -> Protected:
        """The text to give the engine: each term already in its English form."""
        matches = tuple(self.find(text, lang))
        parts: list[str] = []
        cursor = 0
        for match in matches:
            if match.entry.kind in ENGINE_RENDERS:
                continue  # left to the engine, checked by enforce
            gap = text[cursor : match.start]
            if match.joined is not None:
                gap = " "  # English writes noun compounds apart: "Putin spokesperson"
            parts.append(gap)
            parts.append(match.english)
            cursor = match.end
        parts.append(text[cursor:])
        return Protected(text, "".join(parts), matches)

    def enforce(self, output: str, protected: Protected) -> Enforced:
        """Guarantee each term's English form in ``output`` and say where each one is."""
        text = output
        wanted: dict[str, int] = {}
        by_english: dict[str, list[Match]] = {}
        for match in protected.matches:
            wanted[match.english] = wanted.get(match.english, 0) + 1
            by_english.setdefault(match.english, []).append(match)
        # Longer forms first: the "African" of "African Union" is that term's, not a
        # second "African" (the adjective), so it neither counts nor gets replaced.
        kinds = {m.english: m.entry.kind for m in protected.matches}
        done: dict[str, int] = {}
        # The spans of the forms done so far, kept while the text does not change.
        claimed = claimed_spans(text, done, kinds)
        for english in sorted(wanted, key=len, reverse=True):
            before = text
            present = presence(english, kinds[english])
            missing = wanted[english] - sum(
                1 for m in present.finditer(text) if claimed.free(m.start(), m.end())
            )
            if missing > 0:
                entry = by_english[english][0].entry
                # First the English form in the wrong case ("NAVO" -> "Nato" -> "NATO")...
                wrong_case = re.compile(rf"(?<!\w){re.escape(english)}(?!\w)", re.IGNORECASE)
                text, replaced = replace_free(wrong_case, english, text, missing, claimed, present)
                missing -= replaced
                # ...then a source form the engine copied through.
                for form in sorted(
                    {m.form for m in by_english[english]}
                    | {f.text for forms in entry.forms.values() for f in forms},
                    key=len,
                    reverse=True,
                ):
                    if missing <= 0:
                        break
                    if replaced:
                        claimed = claimed_spans(text, done, kinds)
                    text, replaced = replace_free(
                        word_pattern(form), english, text, missing, claimed
                    )
                    missing -= replaced
            done[english] = wanted[english]
            if text is before:
                claimed.add(text, english, wanted[english], kinds[english])
            else:
                claimed = claimed_spans(text, done, kinds)
        return Enforced(text, tuple(self.locate(text, protected.matches)))

    @staticmethod
    def locate(text: str, matches: Sequence[Match]) -> list[Hit]:
        """Where each match's English form is in ``text`` (None where it is not).

        Linear in the text for each distinct English form: a form's occurrences are read
        once, in order (one passed over stays claimed or overlapping), against one mask."""
        claimed = Claims(len(text))
        spans: dict[int, tuple[int, int] | None] = {}
        found: dict[tuple[str, str], Iterator[re.Match[str]]] = {}
        # Longer English first, so "Putin" is not found inside "Vladimir Putin".
        order = sorted(range(len(matches)), key=lambda i: (-len(matches[i].english), i))
        for i in order:
            key = (matches[i].english, matches[i].entry.kind)
            if key not in found:
                found[key] = presence(*key).finditer(text)
            spans[i] = None
            for m in found[key]:
                if claimed.free(m.start(), m.end()):
                    spans[i] = (m.start(), m.end())
                    claimed.claim(m.start(), m.end())
                    break
        hits = []
        for i, match in enumerate(matches):
            span = spans[i]
            hits.append(
                Hit(
                    entry_id=match.entry.id,
                    kind=match.entry.kind,
                    english=match.english,
                    source_form=match.form,
                    source_start=match.start,
                    source_end=match.end,
                    target_start=span[0] if span else None,
                    target_end=span[1] if span else None,
                )
            )
        return hits
