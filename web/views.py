"""View data: what the pages and the JSON API show, read from stored results (the one
place both take it from). It reads and asks the worker; it never runs an engine."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from flask import (
    abort,
    current_app,
    request,
)

from translate.coverage import near
from translate.coverage.compare import (
    compare_pair,
    compare_story,
    stored_pair,
    stored_story,
)
from translate.coverage.docs import Doc
from translate.coverage.stories import MAX_STORY_ARTICLES
from translate.doubt.current import current_titles, current_translation
from translate.pipeline.evaluate import ReportError, check_report, read_report
from translate.records import Article, ArticleTranslation
from translate.results import ArticleInfo, Comparison, EvalReport, StoryView
from translate.storage import correction_store
from translate.storage.stored import (
    latest_grouping,
    list_eval_runs,
    signatures,
)
from translate.vocab import (
    JobKind,
    page_count,
)
from web import get_store
from web.caches import app_caches
from web.render import (
    doubt_marker,
    story_lead,
)
from web.worker import get_worker


def article_or_404(article_id: str) -> Article:
    article = get_store().get_article(article_id)
    if article is None:
        abort(404)
    return article


STORIES_PER_PAGE = 25


def near_corrections(article: Article, translation: ArticleTranslation | None) -> dict[int, Any]:
    """Corrections offered for the article's sentences that are like corrected ones (not
    for those a correction already applies to)."""
    if translation is None:
        return {}
    store = get_store()
    stamp = correction_store.last_change(store)
    if not stamp:
        return {}
    index = app_caches().near.get(article.lang, stamp)
    if index is None:
        found = near.NearIndex(correction_store.of_language(store, article.lang))
        index = app_caches().near.put(article.lang, stamp, found)
    fixed = {s.index for s in translation.sentences if s.corrected is not None}
    wanted = [(s.index, s.text) for s in article.sentences if s.index not in fixed]
    return dict(index.suggestions(wanted))


# The largest page number asked for that gets an answer other than 400: far beyond any
# store, and small enough that no offset made from it overflows SQLite's 64 bits.
MAX_PAGE = 1_000_000


def whole_number(name: str, default: int, most: int) -> int:
    """The query argument ``name`` as a whole number from 1 to ``most`` (ASCII digits
    only, on every page and in the API alike); 400 for anything else."""
    raw = request.args.get(name, "")
    if not raw:
        return default
    value = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 18 else 0
    if not 1 <= value <= most:
        abort(400, description=f"{name} must be a whole number from 1 to {most}")
    return value


def page_number() -> int:
    return whole_number("page", 1, MAX_PAGE)


def no_such_page(pages: int, of: str) -> NoReturn:
    """404 for a page past the last: "There is 1 page of stories.", "There are 3 pages …"."""
    there = "There is 1 page" if pages == 1 else f"There are {pages} pages"
    abort(404, description=f"{there} of {of}.")


def library_data(page: int = 1) -> dict[str, Any]:
    """One page of stories with their articles; articles outside any stored grouping come
    last. Only the page's articles are loaded: the page costs the same with 10 stored
    articles or 10,000."""
    store = get_store()
    ids = store.article_ids()
    stored = set(ids)
    grouped = latest_grouping(store)
    stories: list[tuple[list[str], Any]] = []
    seen: set[str] = set()
    for group in grouped.groups if grouped else ():
        members = [a for a in group.articles if a in stored]
        seen.update(members)
        if members:
            stories.append((members, group))
    stories.extend(([a], None) for a in ids if a not in seen)
    pages = page_count(len(stories), STORIES_PER_PAGE)
    if page > pages:
        no_such_page(pages, "stories")
    shown = stories[(page - 1) * STORIES_PER_PAGE : page * STORIES_PER_PAGE]
    wanted = [a for members, _ in shown for a in members]
    articles = store.get_articles(wanted)
    titles = current_titles(store, wanted)

    def member(article_id: str, coverage: float | None) -> dict[str, Any]:
        title = titles.get(article_id)
        return {
            "article": articles[article_id],
            "translated": title is not None,
            "title_en": title.english if title else None,
            "title_doubt": doubt_marker(title),
            "coverage": coverage,
        }

    rows = []
    for members, group in shown:
        people = [member(a, group.coverage.get(a) if group else None) for a in members]
        if len(members) > 1:
            _mark_copies(people, [articles[a] for a in members])
        done = [m for m in people if m["translated"]]
        lead = people[members.index(story_lead(members, titles))]
        rows.append(
            {
                "members": people,
                "lead": lead,
                "story_id": group.story_id if group else None,
                "cohesion": group.cohesion if group else None,
                # Two translated articles: their comparison; more: the whole story, and
                # any two of them on demand (never every pair: 300 links for 25 articles).
                "pairs": [(done[0], done[1])] if len(done) >= 2 else [],
                "translated": len(done),
            }
        )
    return {
        "stories": rows,
        "count": len(ids),
        "page": page,
        "pages": pages,
        "feeds": store.list_feeds(),
        "compared": MAX_STORY_ARTICLES,
    }


def _mark_copies(people: list[dict[str, Any]], articles: list[Article]) -> None:
    """Each member that carries the same agency text as another: which one it copies
    (``copy_of``), or how many copies it stands for (``copies``)."""
    from translate.coverage.wire import wire_texts

    by_id = {m["article"].id: m for m in people}
    for text in wire_texts(articles):
        by_id[text.text.id]["copies"] = len(text.copies)
        for copy in text.copies:
            by_id[copy.id]["copy_of"] = text.text


def wire_data() -> dict[str, Any]:
    """Every text the stored articles carry more than once, with what each copy changed,
    and English titles where there are translations. Kept until an article changes."""
    from translate.coverage.wire import wire_texts

    store = get_store()
    # The store moves on with every write (a job's progress too): the articles are read
    # again only when they changed.
    version = store.version()
    digest = app_caches().articles_digest.get("digest", version)
    if digest is None:
        digest = app_caches().articles_digest.put("digest", version, store.articles_digest())
    texts = app_caches().wire.get("texts", digest)
    if texts is None:
        texts = app_caches().wire.put("texts", digest, wire_texts(store.list_articles()))
    ids = [c.id for t in texts for c in (t.text, *t.copies)]
    lines = current_titles(store, ids)
    return {
        "texts": texts,
        "titles": {key: line.english for key, line in lines.items()},
        "title_doubts": {key: doubt_marker(line) for key, line in lines.items()},
    }


def pair_docs(a_id: str, b_id: str) -> tuple[Doc, Doc]:
    store = get_store()
    docs = []
    for article_id in (a_id, b_id):
        item = article_or_404(article_id)
        translation = current_translation(store, article_id)
        if translation is None:
            abort(404, description="This article has no translation yet.")
        docs.append(Doc(item, translation))
    return docs[0], docs[1]


@dataclass(frozen=True)
class Pending:
    """A result not computed yet: the worker's job computing it (the page answers 202)."""

    job_id: str


def _named_now(info: ArticleInfo, docs: Sequence[Doc]) -> ArticleInfo:
    """A stored view's article with its outlet as the store names it now (a merge or a
    rename of outlets changes no stored view, and every page names an outlet one way)."""
    outlet = next((d.article.outlet for d in docs if d.article.id == info.id), info.outlet)
    return info if outlet == info.outlet else dataclasses.replace(info, outlet=outlet)


def _pair_named_now(found: Comparison, docs: Sequence[Doc]) -> Comparison:
    return dataclasses.replace(found, a=_named_now(found.a, docs), b=_named_now(found.b, docs))


def _story_named_now(found: StoryView, docs: Sequence[Doc]) -> StoryView:
    return dataclasses.replace(found, articles=tuple(_named_now(i, docs) for i in found.articles))


def comparison(a_id: str, b_id: str) -> Comparison | Pending:
    """The stored comparison of two articles, or the id of the worker's job computing it:
    a request only reads. 400 for an article and itself (the page's and the API's)."""
    if a_id == b_id:
        abort(400, description="Pick two different articles to compare.")
    a, b = pair_docs(a_id, b_id)
    store = get_store()
    found = stored_pair(store, a, b)
    if found is not None:
        return _pair_named_now(found, [a, b])
    if store.read_only:  # the worker could not keep it: computed here, within the limits
        return compare_pair(store, a, b)
    return Pending(get_worker(current_app).submit_view(JobKind.COMPARE, (a_id, b_id)))


def _story_members(article_id: str) -> list[tuple[str, str]]:
    """(article id, translation signature) of the translated articles of this article's
    story (the stored grouping of ``newsbridge stories``), read without loading them;
    404 unless there are two or more, this one among them."""
    store = get_store()
    article_or_404(article_id)
    grouped = latest_grouping(store)
    group = grouped.group_of(article_id) if grouped else None
    members = list(group.articles) if group else [article_id]
    present = set(store.article_ids()) if len(members) > 1 else set(members)
    signed = signatures(store, members)  # people's corrections named in them
    found = [(m, signed[m]) for m in members if m in present and m in signed]
    if len(found) < 2 or article_id not in {m for m, _ in found}:
        abort(404, description="This article is not grouped with other translated articles.")
    return found


def _docs(ids: Sequence[str]) -> list[Doc]:
    store = get_store()
    articles = store.get_articles(ids)
    docs = []
    for member in ids:
        translation = current_translation(store, member) if member in articles else None
        if translation is not None:
            docs.append(Doc(articles[member], translation))
    return docs


def story_comparison(article_id: str) -> tuple[list[Doc], StoryView | Pending]:
    """The story's articles shown and its stored view, or the id of the job computing
    it. A stored view is found by the members' signatures: only the articles shown (at
    most ``MAX_STORY_ARTICLES``) are read whole."""
    members = _story_members(article_id)
    store = get_store()
    found = stored_story(store, members)
    if found is not None:
        shown = _docs([m for m, _ in members[:MAX_STORY_ARTICLES]])
        if [d.article.id for d in shown] == [a.id for a in found.articles]:
            return shown, _story_named_now(found, shown)
    docs = _docs([m for m, _ in members])
    if len(docs) < 2:
        abort(404, description="This article is not grouped with other translated articles.")
    shown = docs[:MAX_STORY_ARTICLES]  # the view holds at most these (it says so)
    found = stored_story(store, docs)
    if found is not None:
        return shown, _story_named_now(found, shown)
    if store.read_only:  # the worker could not keep it: computed here, within the limits
        return shown, compare_story(store, docs)
    targets = tuple(d.article.id for d in docs)
    return shown, Pending(get_worker(current_app).submit_view(JobKind.STORY, targets))


@dataclass(frozen=True)
class QualityRun:
    """An eval report and where it comes from ("this installation", or its file)."""

    origin: str
    report: EvalReport


def quality_data() -> dict[str, Any]:
    """Evaluation runs, newest first: those stored by ``newsbridge eval`` here, and the
    reports saved in the reports folder. A report that does not check out is listed as a
    problem, not shown."""
    runs: list[QualityRun] = []
    problems: list[str] = []
    for key, data in list_eval_runs(get_store()):
        try:
            runs.append(QualityRun("this installation", check_report(data, f"run {key}")))
        except ReportError as exc:
            problems.append(str(exc))
    folder = current_app.config.get("REPORTS_DIR")
    if folder is not None and folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            try:
                runs.append(QualityRun(path.name, read_report(path, path.name)))
            except ReportError as exc:
                problems.append(str(exc))
    runs.sort(key=lambda run: run.report.created, reverse=True)
    return {"runs": runs, "problems": problems}
