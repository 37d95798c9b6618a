"""A JSON API over the same stored results, for scripts. Each thing has the one JSON
shape ``translate.storage.codec`` gives it (the shape ``--json`` prints too)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, jsonify, request, url_for

from translate.coverage.archive_search import hit_json
from translate.coverage.archive_search import search as find
from translate.coverage.quotations import quote_json
from translate.doubt.current import current_translation
from translate.storage import correction_store as stored_corrections
from translate.storage.codec import to_json
from translate.storage.search_index import QueryError
from translate.storage.stored import latest_grouping, latest_story, load_job, translated
from translate.vocab import clip, page_count
from web import csrf, get_glossary, get_store
from web.pages.search import search_request
from web.views import (
    Pending,
    comparison,
    page_number,
    quality_data,
    story_comparison,
    whole_number,
    wire_data,
)

bp = Blueprint("api", __name__, url_prefix="/api")
csrf.exempt(bp)  # read-only: every route here is GET


def _json(value: object) -> Response:
    return jsonify(to_json(value))


ARTICLES_PER_PAGE = 100


@bp.get("/articles")
def articles() -> Response:
    """Stored articles, a page at a time (``?page=N``, ``?per_page=M`` up to 500)."""
    store = get_store()
    page, size = page_number(), whole_number("per_page", ARTICLES_PER_PAGE, 500)
    per_page = request.args.get("per_page")
    ids = store.article_ids()
    chosen = ids[(page - 1) * size : page * size]
    found = store.get_articles(chosen)
    done = translated(store, chosen)
    pages = page_count(len(ids), size)
    return _json(
        {
            "articles": [
                {
                    "id": a.id,
                    "title": a.title,
                    "language": a.lang,
                    "outlet": a.outlet,
                    "dateline": a.dateline,
                    "published": a.published,
                    "sentences": len(a.sentences),
                    "translated": a.id in done,
                }
                for a in (found[i] for i in chosen)
            ],
            "total": len(ids),
            "page": page,
            "pages": pages,
            "next": url_for("api.articles", page=page + 1, per_page=per_page or None)
            if page < pages
            else None,
        }
    )


@bp.get("/articles/<aid:article_id>")
def article(article_id: str) -> Response:
    found = get_store().get_article(article_id)
    if found is None:
        abort(404)
    return _json(found)


@bp.get("/articles/<aid:article_id>/translation")
def translation(article_id: str) -> Response:
    found = current_translation(get_store(), article_id)
    if found is None:
        abort(404)
    return _json(found)


def _computing(pending: Pending) -> Response:
    """202: the result is being computed by the worker; the job says how far it is."""
    job_id = pending.job_id
    response = _json(
        {"status": "computing", "job": job_id, "poll": url_for("api.job", job_id=job_id)}
    )
    response.status_code = 202
    return response


@bp.get("/compare/<aid:a_id>/<aid:b_id>")
def compare(a_id: str, b_id: str) -> Response:
    found = comparison(a_id, b_id)
    return _computing(found) if isinstance(found, Pending) else _json(found)


@bp.get("/story/<aid:article_id>")
def story(article_id: str) -> Response:
    _docs, found = story_comparison(article_id)
    return _computing(found) if isinstance(found, Pending) else _json(found)


@bp.get("/stories")
def stories() -> Response:
    grouped = latest_grouping(get_store())
    return _json(grouped or {"groups": [], "pairs": [], "articles": {}})


@bp.get("/quality")
def quality() -> Response:
    found = quality_data()
    runs = [{"origin": run.origin, **to_json(run.report)} for run in found["runs"]]
    return _json({"runs": runs, "problems": found["problems"]})


@bp.get("/outlets")
def outlets() -> Response:
    """Every outlet: name, spellings, domains, language, country, articles."""
    return _json({"outlets": get_store().list_outlets()})


@bp.get("/glossary")
def glossary() -> Response:
    found = get_glossary()
    entries = [e.as_dict() for e in found.search(request.args.get("q", ""))]
    return _json({"version": found.version, "entries": entries})


@bp.get("/glossary/<entry_id>")
def glossary_entry(entry_id: str) -> Response:
    entry = get_glossary().by_id.get(entry_id)
    if entry is None:
        abort(404)
    return _json(entry.as_dict())


@bp.get("/jobs/<job:job_id>")
def job(job_id: str) -> Response:
    found = load_job(get_store(), job_id)
    if found is None:
        abort(404)
    return _json(found)


@bp.get("/wire")
def wire() -> Response:
    """Texts carried by several outlets (wire copies), each copy with what it changed."""
    return _json({"texts": wire_data()["texts"]})


QUOTES_PER_PAGE = 100


@bp.get("/quotes")
def quotes() -> Response:
    """Stored quotations, a page at a time (``?page=N``, ``?per_page=M`` up to 500): all,
    a person's (``?person=`` glossary id or English name), a story's (``?story=ID``) or an
    article's (``?article=ID``); the shape of ``newsbridge quotes --json``."""
    store = get_store()
    page, size = page_number(), whole_number("per_page", QUOTES_PER_PAGE, 500)
    person, story, article = (request.args.get(k) for k in ("person", "story", "article"))
    kind = request.args.get("kind") or None
    if kind not in (None, "full", "partial", "reported"):
        abort(400, description="kind must be full, partial or reported")
    key = store.quotations.key_of(person) if person else None
    if person and key is None:
        abort(404, description=f"nobody the stored articles quote is known as {clip(person)!r}")
    ids: list[str] | None = None
    if story:
        group = latest_story(store, story)
        if group is None:
            abort(404, description=f"there is no story {clip(story)}")
        ids = list(group.articles)
    if article:
        if not store.get_articles([article]):
            abort(404, description=f"there is no stored article {clip(article)}")
        ids = [a for a in ids if a == article] if ids is not None else [article]
    total, found = store.quotations.page(key, ids, (page - 1) * size, size, kind)
    outlets = {a.id: store.outlet_of(a.outlet) for a in store.get_articles(
        sorted({q.quote.article_id for q in found})).values()}  # fmt: skip
    pages = page_count(total, size)
    following: dict[str, Any] = {**request.args, "page": page + 1}
    return _json(
        {
            "quotes": [quote_json(q, outlets.get(q.quote.article_id)) for q in found],
            "total": total,
            "page": page,
            "pages": pages,
            "next": url_for("api.quotes", **following) if page < pages else None,
        }
    )


CORRECTIONS_PER_PAGE = 100


@bp.get("/corrections")
def corrections_list() -> Response:
    """People's corrections in force, newest first, a page at a time (``?page=N``,
    ``?per_page=M`` up to 500); ``?history=1``: every change (undos too)."""
    page, size = page_number(), whole_number("per_page", CORRECTIONS_PER_PAGE, 500)
    offset = (page - 1) * size
    store = get_store()
    changes = request.args.get("history") == "1"
    if changes:
        total, found = stored_corrections.history(store, None, offset, size)
    else:
        total, found = stored_corrections.listing(store, offset, size)
    pages = page_count(total, size)
    following: dict[str, Any] = {**request.args, "page": page + 1}
    return _json(
        {
            "changes" if changes else "corrections": found,
            "total": total,
            "page": page,
            "pages": pages,
            "next": url_for("api.corrections_list", **following) if page < pages else None,
        }
    )


@bp.get("/search")
def search() -> Response:
    """What a search finds (``?q=`` and the filters of ``/search``: ``lang``, ``outlet``,
    ``since``, ``until``, ``story``, ``person``, ``order``; ``page``), 20 a page; each hit
    with its passages and the offsets of the matched words; a bad query answers 400."""
    try:
        results = find(get_store(), search_request(), get_glossary())
    except QueryError as exc:
        abort(400, description=str(exc))
    following: dict[str, Any] = {**request.args, "page": results.page + 1}
    return _json(
        {
            "query": results.query,
            "total": results.total,
            "page": results.page,
            "pages": results.pages,
            "next": url_for("api.search", **following) if results.page < results.pages else None,
            "hits": [hit_json(h) for h in results.hits],
        }
    )
