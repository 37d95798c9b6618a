"""Who said what, as the pages show it: a person's quotations grouped by story, the
"Quotes" block of a story or a comparison, and the links from a name to its person's page.
Everything is read from the stored quotations (``translate.storage.quotation_store``), which the
CLI and the worker compute; a request computes none."""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from translate.coverage.carried import same_quotation
from translate.doubt.current import current_titles
from translate.records import Article
from translate.results import ArticleInfo, Quoted
from translate.storage.quotation_store import speaker_key
from translate.storage.store import Store
from translate.storage.stored import latest_grouping
from web.render import story_lead


@dataclass(frozen=True)
class QuoteRow:
    """One quotation as a page shows it, with where it was published."""

    quoted: Quoted
    outlet: str | None
    published: str | None
    language: str
    title: str
    others: tuple[str, ...]  # the outlets of the other articles carrying it
    # One statement carried by several articles of a block: how each outlet carries it
    # ("quoted" or "reported", in order), and the other articles' rows of it.
    carried_by: tuple[tuple[str, str], ...] = ()
    also: tuple[QuoteRow, ...] = ()

    @property
    def key(self) -> str | None:
        return speaker_key(self.quoted.quote)

    @property
    def quoted_by_any(self) -> bool:
        """Whether some carrier in the block quotes the words (not only reports them)."""
        kinds = [self.quoted.quote.kind] + [r.quoted.quote.kind for r in self.also]
        return any(k != "reported" for k in kinds)

    @property
    def carried_line(self) -> str:
        """ "quoted by ANP, reported by euronews": how each outlet carries the statement."""
        return self.line(self.carried_by)

    @staticmethod
    def line(carried_by: Iterable[tuple[str, str]]) -> str:
        """(outlet, how) pairs in words: "quoted by ANP and NOS, reported by euronews"."""
        by: dict[str, list[str]] = {}
        for outlet, how in carried_by:
            if outlet not in by.setdefault(how, []):
                by[how].append(outlet)
        return ", ".join(f"{how} by {' and '.join(by[how])}" for how in sorted(by, key=_HOWS.index))


@dataclass(frozen=True)
class StoryQuotes:
    story_id: str | None  # None: the articles in no story
    title: str
    rows: tuple[QuoteRow, ...]


def person_url(key: str) -> str:
    return "/people/" + urllib.parse.quote(key, safe="")


def _infos(store: Store, ids: Iterable[str]) -> dict[str, ArticleInfo]:
    """What a page shows of each article (outlet as named now, date, language, title):
    from the stored grouping where it has the article, else read from the store."""
    grouping = latest_grouping(store)
    known = grouping.articles if grouping else {}
    wanted = set(ids)
    found = {a: known[a] for a in wanted if a in known}
    missing = sorted(wanted - set(found))
    titles = {key: line.english for key, line in current_titles(store, missing).items()}
    for article in store.get_articles(missing).values():
        found[article.id] = ArticleInfo(
            article.id, article.title, titles.get(article.id, ""), article.lang,
            article.outlet, article.dateline, "", article.published,
        )  # fmt: skip
    return {
        a: dataclasses.replace(info, outlet=store.outlet_of(info.outlet))
        for a, info in found.items()
    }


def _rows(
    store: Store, quoted: Sequence[Quoted], among: Iterable[str] | None = None
) -> list[QuoteRow]:
    """The quotations with where they were published; ``among``: the articles the "also
    in" outlets are counted among (default: every carrier)."""
    inside = set(among) if among is not None else None
    ids = {q.quote.article_id for q in quoted}
    carrying = {c for q in quoted for c in q.carriers}
    infos = _infos(store, ids | (carrying if inside is None else carrying & inside))
    rows = []
    for q in quoted:
        info = infos.get(q.quote.article_id)
        if info is None:
            continue
        others = tuple(
            dict.fromkeys(
                infos[c].outlet or "another outlet"
                for c in q.carriers
                if c != info.id and c in infos and (inside is None or c in inside)
            )
        )
        title = info.title_en or info.title
        carried_by = tuple(
            (infos[c].outlet or "an outlet", _how(q.carried_as.get(c, "")))
            for c in q.carriers
            if c in infos and (inside is None or c in inside)
        )
        rows.append(
            QuoteRow(q, info.outlet, info.published, info.language, title, others, carried_by)
        )
    return rows


_HOWS = ("quoted", "reported", "carried")  # in the order a line names them


def _how(kind: str) -> str:
    """How an article carries a statement, in words: "quoted", "reported", or "carried"
    where that was not stored (quotations stored before reported speech)."""
    return "reported" if kind == "reported" else "quoted" if kind else "carried"


PER_PAGE = 50


def person_data(store: Store, key: str, page: int = 1) -> tuple[str | None, int, list[StoryQuotes]]:
    """The person's English name, how many quotations they have, and one page of them
    (:data:`PER_PAGE`) grouped by story (stories with the most quotations first, each in
    publication order); no name: nobody is quoted so."""
    total, quoted = store.quotations.page(key, None, (page - 1) * PER_PAGE, PER_PAGE)
    if not quoted:
        return None, total, []
    rows = _rows(store, quoted)
    grouping = latest_grouping(store)
    story_of: dict[str, str] = {}
    for group in grouping.groups if grouping else ():
        for member in group.articles:
            story_of.setdefault(member, group.story_id)
    by_story: dict[str | None, list[QuoteRow]] = {}
    for row in rows:
        by_story.setdefault(story_of.get(row.quoted.quote.article_id), []).append(row)
    heads = _infos(store, [s for s in by_story if s])
    # A story goes by its first article's headline, unless that one is doubted and
    # another article's is not (as in the library).
    members = {g.story_id: list(g.articles) for g in grouping.groups} if grouping else {}
    wanted = [a for s in by_story if s in members for a in members[s]]
    titles = current_titles(store, wanted)
    found = []
    for story, items in by_story.items():
        head = heads.get(story) if story else None
        lead = story_lead(members[story], titles) if story in members else None
        if story is None:
            title = "Not in a story"
        elif lead is not None and lead != members[story][0] and lead in titles:
            title = titles[lead].english
        else:
            title = (head.title_en or head.title) if head else "A story"
        ordered = tuple(sorted(items, key=lambda r: (r.published or "", r.outlet or "")))
        found.append(StoryQuotes(story, title, ordered))
    found.sort(key=lambda s: (s.story_id is None, -len(s.rows), s.title))
    return quoted[0].quote.speaker, total, found


@dataclass(frozen=True)
class Speaker:
    key: str
    name: str
    rows: tuple[QuoteRow, ...]

    @property
    def url(self) -> str:
        return person_url(self.key)

    @property
    def carried_line(self) -> str:
        """ "quoted by ANP, reported by euronews", "quoted and reported by ANP": how the
        outlets carry this speaker's words here (only reported: never "quoted by")."""
        hows: dict[str, list[str]] = {}
        for row in self.rows:
            for r in (row, *row.also):
                kinds = hows.setdefault(r.outlet or "an outlet", [])
                if _how(r.quoted.quote.kind) not in kinds:
                    kinds.append(_how(r.quoted.quote.kind))
        outlets: dict[tuple[str, ...], list[str]] = {}
        for outlet, kinds in hows.items():
            outlets.setdefault(tuple(sorted(kinds, key=_HOWS.index)), []).append(outlet)
        return ", ".join(
            f"{' and '.join(kinds)} by {' and '.join(names)}"
            for kinds, names in sorted(
                outlets.items(), key=lambda kv: [_HOWS.index(k) for k in kv[0]]
            )
        )


@dataclass(frozen=True)
class QuotesBlock:
    """Who is quoted by which outlet, in some articles (a story's, a comparison's)."""

    speakers: tuple[Speaker, ...]
    unattributed: tuple[QuoteRow, ...]
    # The same words given to different speakers: (the words, {speaker: outlets}).
    disputed: tuple[tuple[str, dict[str, tuple[str, ...]]], ...]


def _statements(rows: list[QuoteRow]) -> list[QuoteRow]:
    """One row per statement: the rows of other articles carrying the same statement (each
    in the other's carriers, the same statement by :func:`same_quotation`) go into the first
    quoting one's ``also``, with how every outlet carries it in ``carried_by``. One row per
    article: a reported statement and the words its own sentence quotes ("X warned that
    … "a gun to the head"") are two rows of one article, no statement two outlets carry."""
    taken: set[int] = set()
    found = []
    for i, row in enumerate(rows):
        if i in taken:
            continue
        q = row.quoted
        same: list[int] = []
        articles = {q.quote.article_id}
        for j in range(i + 1, len(rows)):
            other = rows[j].quoted
            if (
                j not in taken
                and rows[j].key == row.key
                and other.quote.article_id not in articles
                and other.quote.article_id in q.carriers
                and q.quote.article_id in other.carriers
                and same_quotation(q, other)
            ):
                same.append(j)
                articles.add(other.quote.article_id)
        taken.update(same)
        members = [row] + [rows[j] for j in same]
        members.sort(key=lambda r: r.quoted.quote.kind == "reported")  # a quoting one leads
        carried_by = tuple((r.outlet or "an outlet", _how(r.quoted.quote.kind)) for r in members)
        found.append(
            dataclasses.replace(members[0], carried_by=carried_by, also=tuple(members[1:]))
        )
    return found


def quotes_block(store: Store, articles: Sequence[Article]) -> QuotesBlock:
    """Who is quoted or reported in these articles (a story's, a comparison's): one row per
    statement, the "also in" outlets and how each carries it counted among these articles."""
    ids = [a.id for a in articles]
    found = store.quotations.of_articles(ids)
    quoted = [q for a in ids for q in found.get(a, [])]
    # Carriers count only among these articles here: "only one outlet" is said of them.
    rows = _rows(store, quoted, ids)
    return _block(_statements([r for r in rows if r.key]) + [r for r in rows if not r.key])


def article_quotes(store: Store, article: Article) -> QuotesBlock:
    """Who is quoted or reported in one article (its page): a row per quotation or reported
    statement, each with how every stored article carrying it carries it (``carried_by``),
    as a person's page says."""
    quoted = store.quotations.of_articles([article.id]).get(article.id, [])
    return _block(_rows(store, quoted))


def _block(rows: list[QuoteRow]) -> QuotesBlock:
    """The rows by speaker (most first), those without a sure speaker apart, and the same
    words given to different speakers."""
    speakers: dict[str, list[QuoteRow]] = {}
    for row in rows:
        if row.key:
            speakers.setdefault(row.key, []).append(row)
    said: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        words = " ".join(re.findall(r"\w+", row.quoted.quote.source_text.casefold()))
        if row.quoted.quote.speaker and len(words.split()) >= 3:
            said.setdefault(words, {}).setdefault(row.quoted.quote.speaker, set()).add(
                row.outlet or "an outlet"
            )
    disputed = tuple(
        (words, {who: tuple(sorted(outlets)) for who, outlets in sorted(by.items())})
        for words, by in said.items()
        if len(by) > 1
    )
    return QuotesBlock(
        tuple(
            Speaker(key, items[0].quoted.quote.speaker or key, tuple(items))
            for key, items in sorted(speakers.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ),
        tuple(r for r in rows if not r.key),
        disputed,
    )


def quoted_people(store: Store) -> dict[str, str]:
    """Glossary id -> the page of every quoted person the glossary knows."""
    return {
        key: person_url(key)
        for key, _name, _count, _reported in store.quotations.speakers()
        if not key.startswith("name:")
    }
