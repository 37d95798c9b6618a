"""A JSON API over the same stored results, for scripts."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from translate.compare import latest_stories
from translate.pipeline import stored_translation
from web import csrf, get_glossary, get_store
from web.pages import comparison, quality_data, story_comparison
from web.worker import job_status

bp = Blueprint("api", __name__, url_prefix="/api")
csrf.exempt(bp)  # read-only: every route here is GET


@bp.get("/articles")
def articles():  # type: ignore[no-untyped-def]
    return jsonify(
        {
            "articles": [
                {
                    "id": a.id,
                    "title": a.title,
                    "language": a.lang,
                    "outlet": a.outlet,
                    "dateline": a.dateline,
                    "sentences": len(a.sentences),
                    "translated": stored_translation(get_store(), a.id) is not None,
                }
                for a in get_store().list_articles()
            ]
        }
    )


@bp.get("/articles/<aid:article_id>")
def article(article_id: str):  # type: ignore[no-untyped-def]
    item = get_store().get_article(article_id)
    if item is None:
        abort(404)
    return jsonify(item.to_dict())


@bp.get("/articles/<aid:article_id>/translation")
def translation(article_id: str):  # type: ignore[no-untyped-def]
    found = stored_translation(get_store(), article_id)
    if found is None:
        abort(404)
    return jsonify(found.to_dict())


@bp.get("/compare/<aid:a_id>/<aid:b_id>")
def compare(a_id: str, b_id: str):  # type: ignore[no-untyped-def]
    return jsonify(comparison(a_id, b_id))


@bp.get("/story/<aid:article_id>")
def story(article_id: str):  # type: ignore[no-untyped-def]
    return jsonify(story_comparison(article_id))


@bp.get("/stories")
def stories():  # type: ignore[no-untyped-def]
    return jsonify(latest_stories(get_store()) or {"groups": [], "pairs": []})


@bp.get("/quality")
def quality():  # type: ignore[no-untyped-def]
    return jsonify(quality_data())


@bp.get("/glossary")
def glossary():  # type: ignore[no-untyped-def]
    found = get_glossary()
    entries = [e.as_dict() for e in found.search(request.args.get("q", ""))]
    return jsonify({"version": found.version, "entries": entries})


@bp.get("/glossary/<entry_id>")
def glossary_entry(entry_id: str):  # type: ignore[no-untyped-def]
    entry = get_glossary().by_id.get(entry_id)
    if entry is None:
        abort(404)
    return jsonify(entry.as_dict())


@bp.get("/jobs/<job:job_id>")
def job(job_id: str):  # type: ignore[no-untyped-def]
    status = job_status(get_store(), job_id)
    if status is None:
        abort(404)
    return jsonify(status)
