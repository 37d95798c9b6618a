"""The search page: everything stored that holds some words, a phrase or a name, by
story, the passages that matched in the original and in English side by side."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue

from translate.coverage.archive_search import Request, Results, marked, search
from translate.storage.search_index import QueryError
from translate.vocab import LANGUAGE_NAMES, READ_LANGS
from web import get_glossary, get_store
from web.views import page_number

bp = Blueprint("search", __name__)

FIELDS = ("lang", "outlet", "since", "until", "story", "person", "order")


def search_request() -> Request:
    """The search the query string asks for (``q`` and the filters; empty ones unset)."""
    given = {k: (request.args.get(k) or "").strip() or None for k in FIELDS}
    lang = given["lang"]
    if lang is not None and lang not in READ_LANGS:
        raise QueryError(f"lang is one of {', '.join(READ_LANGS)}, not {lang!r}")
    return Request(
        request.args.get("q", ""), lang, given["outlet"], given["since"], given["until"],
        given["story"], given["person"], given["order"] or "relevance", page_number(),
    )  # fmt: skip


@bp.get("/search")
def search_page() -> ResponseReturnValue:
    store = get_store()
    outlets = [o.name for o in store.list_outlets()]
    args = {k: v for k, v in request.args.items() if k != "page" and v}
    query = request.args.get("q", "")
    context = {
        "q": query, "args": args, "outlets": outlets,
        "languages": [(code, LANGUAGE_NAMES.get(code, code)) for code in READ_LANGS],
        "marked": marked, "results": None, "error": None,
    }  # fmt: skip
    if not query.strip():
        return render_template("search.html", **context)
    try:
        results: Results = search(store, search_request(), get_glossary())
    except QueryError as exc:
        return render_template("search.html", **{**context, "error": str(exc)}), 400
    return render_template("search.html", **{**context, "results": results})
