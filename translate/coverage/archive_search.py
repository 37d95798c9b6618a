"""Search over everything stored: a query read, its names spelled every way the glossary
knows, run on the index (``translate.storage.search_index``), and the hits with the passages
that matched, original and English side by side, the matched words marked.

A query is words (each must be found, in any of its forms), phrases between quotation
marks, and ``-word`` or ``-"a phrase"`` to leave out. Every word is looked for by its
stem in each language newsbridge reads, so a Dutch or German word finds the originals
and an English one the English. A word or phrase that is a form of a glossary entry
finds every form of it, in every language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from glossary import Glossary
from translate.doubt.checks import CHECKS_VERSION
from translate.doubt.current import current_translation
from translate.storage import search_index as index
from translate.storage.search_index import Filters, QueryError, Texts
from translate.storage.store import Store
from translate.storage.stored import latest_grouping
from translate.vocab import page_count

MAX_LENGTH = 500  # characters of a query
MAX_TERMS = 12
PER_PAGE = 20
PASSAGES = 3  # the most passages shown of one article
_OPERATORS = ("AND", "OR", "NOT", "NEAR")
_SYNTAX = "*^(){}"
_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"'})
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
English = dict[int, tuple[str, tuple[str, ...]]]  # sentence index (-1: title) -> text, flags


@dataclass(frozen=True)
class Term:
    """A word, or a phrase's words, to find (or, ``negated``, to leave out)."""

    words: tuple[str, ...]
    negated: bool = False
    variants: tuple[tuple[str, ...], ...] = ()  # other spellings (the glossary's forms)


def parse(query: str) -> list[Term]:
    """The terms of ``query``; :class:`QueryError` says what is wrong with a bad one."""
    if len(query) > MAX_LENGTH:
        raise QueryError(f"a search is at most {MAX_LENGTH} characters; this one has {len(query)}")
    for at, char in enumerate(query):
        if unicodedata.category(char) in ("Cc", "Cf") and char not in " \t\n":
            raise QueryError(f"the search holds a control character (U+{ord(char):04X}) at {at}")
    # As the stored text is (ingest): a decomposed "ï" (i and a combining mark, as some
    # keyboards and pastes give it) would split the word in two and find nothing.
    query = unicodedata.normalize("NFC", query).translate(_QUOTES)
    if query.count('"') % 2:
        raise QueryError('a quotation mark is not closed: put a phrase between two marks (")')
    for char in _SYNTAX:
        if char in query:
            raise QueryError(
                f'{char!r} means nothing here: search for words, "a phrase", or -word to'
                " leave a word out"
            )
    terms = []
    for m in re.finditer(r'(-?)"([^"]*)"|(\S+)', query):
        negated = bool(m.group(1))
        text = m.group(2) if m.group(2) is not None else m.group(3)
        if m.group(3) is not None:
            if text in _OPERATORS:
                raise QueryError(
                    f"{text} is no operator here: every word is looked for; put - before a"
                    ' word to leave it out, and a phrase between quotation marks (")'
                )
            negated = text.startswith("-") and len(text) > 1
        # An English possessive is its name ("Putin's": Putin, every spelling).
        found = tuple(w for w, _s, _e in index.words(_POSSESSIVE.sub("", text)))
        if found:
            terms.append(Term(found, negated))
    if not terms:
        raise QueryError("the search has no words to look for")
    if len(terms) > MAX_TERMS:
        raise QueryError(
            f"a search has at most {MAX_TERMS} words and phrases; this one has {len(terms)}"
        )
    if all(t.negated for t in terms):
        raise QueryError("the search says only what to leave out: add a word to find")
    return terms


# Names: every form of a glossary entry, keyed by its stems in every language.
_NAMES: dict[str, dict[tuple[str, ...], set[tuple[str, ...]]]] = {}


def _key(words: Sequence[str], lang: str) -> tuple[str, ...]:
    return tuple(index.stem(lang, w) for w in words)


def _names(glossary: Glossary) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    found = _NAMES.get(glossary.version)
    if found is not None:
        return found
    found = {}
    for entry in glossary.entries:
        forms = {tuple(w for w, _s, _e in index.words(entry.en))}
        for lang_forms in entry.forms.values():
            forms.update(tuple(w for w, _s, _e in index.words(f.text)) for f in lang_forms)
        forms.discard(())
        for form in forms:
            for lang in index.codes():
                found.setdefault(_key(form, lang), set()).update(forms)
    _NAMES.clear()  # one glossary at a time: an edited one makes another version
    _NAMES[glossary.version] = found
    return found


def with_names(terms: Sequence[Term], glossary: Glossary | None) -> list[Term]:
    """``terms`` with the other spellings of the glossary entries they name."""
    if glossary is None:
        return list(terms)
    names = _names(glossary)
    expanded = []
    for term in terms:
        variants: set[tuple[str, ...]] = set()
        for lang in index.codes():
            variants.update(names.get(_key(term.words, lang), ()))
        variants.discard(term.words)
        expanded.append(Term(term.words, term.negated, tuple(sorted(variants))))
    return expanded


def _phrases(term: Term) -> list[str]:
    """The term as the index holds it: its words' stems in each language, each spelling."""
    found: dict[str, None] = {}
    for words in (term.words, *term.variants):
        for lang in index.codes():
            found[" ".join(_key(words, lang))] = None
    return list(found)


def match_expression(terms: Sequence[Term]) -> str:
    """The FTS5 expression of the terms (stems only: no word of the query is syntax)."""

    def either(term: Term) -> str:
        return "(" + " OR ".join(f'"{p}"' for p in _phrases(term)) + ")"

    found = " AND ".join(either(t) for t in terms if not t.negated)
    left_out = [either(t) for t in terms if t.negated]
    return f"({found}) NOT ({' OR '.join(left_out)})" if left_out else found


def wanted_stems(terms: Sequence[Term]) -> set[str]:
    """The stems of every word found (what a passage marks)."""
    return {s for t in terms if not t.negated for p in _phrases(t) for s in p.split()}


# Results


@dataclass(frozen=True)
class Passage:
    """A sentence that matched (``index`` -1: the title), in the original and in English,
    with the offsets of the words that matched in each; ``doubted``: its English is."""

    index: int
    original: str
    english: str
    original_spans: tuple[tuple[int, int], ...]
    english_spans: tuple[tuple[int, int], ...]
    doubted: bool = False


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    story_id: str | None
    outlet: str | None
    language: str
    date: str | None
    title: str
    title_en: str
    score: float
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class StoryHits:
    story_id: str | None  # None: articles in no story
    title: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class Results:
    query: str
    total: int
    page: int
    pages: int
    hits: tuple[SearchHit, ...]
    stories: tuple[StoryHits, ...] = ()


@dataclass(frozen=True)
class Request:
    """A search: the query, its filters (as given), the order and the page."""

    query: str
    lang: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    story: str | None = None
    person: str | None = None  # a speaker key or an English name
    order: str = "relevance"  # or "date"
    page: int = 1
    per_page: int = PER_PAGE


def _filters(store: Store, request: Request) -> Filters:
    for name in ("since", "until"):
        value = getattr(request, name)
        if value and not _DATE.match(value):
            raise QueryError(f"{name} must be a date written YYYY-MM-DD, not {value!r}")
        if value:
            try:  # the shape is not enough: 2024-13-45 would compare as a date, as no day
                date.fromisoformat(value)
            except ValueError as exc:
                raise QueryError(f"{name}: {value} is no day ({exc})") from None
    if request.order not in ("relevance", "date"):
        raise QueryError(f"order is relevance or date, not {request.order!r}")
    outlet = None
    if request.outlet:
        outlet = store.outlet_of(request.outlet)
        if outlet not in {o.name for o in store.list_outlets()}:
            raise QueryError(f"no outlet is known as {request.outlet!r}")
    articles = None
    if request.story:
        grouping = latest_grouping(store)
        group = (
            next((g for g in grouping.groups if g.story_id == request.story), None)
            if (grouping)
            else None
        )
        if group is None:
            raise QueryError(f"there is no story {request.story}")
        articles = tuple(group.articles)
    speaker = None
    if request.person:
        speaker = _speaker(store, request.person)
    return Filters(request.lang, outlet, request.since, request.until, articles, speaker)


def _speaker(store: Store, person: str) -> str:
    key = store.quotations.key_of(person)
    if key is not None:
        return key
    raise QueryError(f"nobody the stored articles quote is known as {person!r}")


def search(store: Store, request: Request, glossary: Glossary | None) -> Results:
    """One page of what ``request`` finds, grouped by story (of the latest grouping)."""
    terms = with_names(parse(request.query), glossary)
    filters = _filters(store, request)
    match = match_expression(terms)
    offset = (request.page - 1) * request.per_page
    total, found = index.find(
        store, match, filters, request.order == "date", offset, request.per_page
    )
    pages = page_count(total, request.per_page)
    wanted = wanted_stems(terms)
    grouping = latest_grouping(store)
    story_of: dict[str, str] = {}
    for group in grouping.groups if grouping else ():
        for member in group.articles:
            story_of.setdefault(member, group.story_id)
    stored = index.stored_texts(store, [a for a, _score in found])
    hits = []
    for article_id, score in found:
        texts = stored.get(article_id)
        if texts is None:
            continue
        english = texts.english
        if english is not None and texts.checks != CHECKS_VERSION:
            english = _current(store, article_id) or english
        hits.append(
            SearchHit(
                article_id, story_of.get(article_id), store.outlet_of(texts.outlet),
                texts.lang, texts.published, texts.title,
                english[-1][0] if english else "", round(-score, 3),
                passages(texts, english, wanted),
            )
        )  # fmt: skip
    infos = grouping.articles if grouping else {}
    by_story: dict[str | None, list[SearchHit]] = {}
    for hit in hits:
        by_story.setdefault(hit.story_id, []).append(hit)
    stories = []
    for story_id, items in by_story.items():
        head = infos.get(story_id) if story_id else None
        title = (head.title_en or head.title) if head else ("" if story_id else "Not in a story")
        stories.append(
            StoryHits(story_id, title or items[0].title_en or items[0].title, tuple(items))
        )
    stories.sort(key=lambda s: s.story_id is None)  # in no story: last (in their order)
    return Results(request.query, total, request.page, pages, tuple(hits), tuple(stories))


def _current(store: Store, article_id: str) -> English | None:
    """The English of a translation stored before the current checks, with the doubt
    they find in it (``translate.doubt.current``)."""
    translation = current_translation(store, article_id)
    if translation is None:
        return None
    found = {s.index: (s.english, s.flags) for s in translation.sentences}
    return {-1: (translation.title.english, translation.title.flags), **found}


def passages(texts: Texts, english: English | None, wanted: set[str]) -> tuple[Passage, ...]:
    """The title, where it matched, and the first sentences that matched (up to
    :data:`PASSAGES` in all), original and English, the matched words' offsets in each."""
    english = english or {}
    found = []
    for number, original in ((-1, texts.title), *texts.sentences):
        text_en, flags = english.get(number, ("", ()))
        spans = index.word_spans(original, texts.lang, wanted)
        spans_en = index.word_spans(text_en, "en", wanted)
        if spans or spans_en:
            passage = Passage(number, original, text_en, tuple(spans), tuple(spans_en), bool(flags))
            found.append(passage)
            if len(found) == PASSAGES:
                break
    return tuple(found)


def marked(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` in pieces, each with whether it is a matched word (for the pages)."""
    pieces, at = [], 0
    for start, end in spans:
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


def hit_json(hit: SearchHit) -> dict[str, object]:
    """A hit as ``/api/search`` and ``newsbridge search --json`` give it."""
    return {
        "article_id": hit.article_id,
        "story_id": hit.story_id,
        "outlet": hit.outlet,
        "language": hit.language,
        "date": hit.date,
        "title": hit.title,
        "title_en": hit.title_en,
        "score": hit.score,
        "passages": [
            {
                "sentence": p.index if p.index >= 0 else None,
                "original": p.original,
                "english": p.english,
                "original_spans": [list(s) for s in p.original_spans],
                "english_spans": [list(s) for s in p.english_spans],
                "doubted": p.doubted,
            }
            for p in hit.passages
        ],
    }
