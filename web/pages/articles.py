"""Pages of articles: the library, one article with its translation, adding one."""

from __future__ import annotations

import dataclasses

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue

from glossary import Glossary
from translate.doubt.current import current_titles, current_translation
from translate.records import Article, ArticleTranslation
from translate.sources.ingest import IngestError, check_bytes, check_date
from translate.storage.store import Store
from translate.storage.stored import (
    latest_grouping,
    translated,
)
from translate.vocab import (
    MAX_ARTICLE_BYTES,
    READ_LANGS,
    UPLOAD_SUFFIXES,
)
from web import get_glossary, get_store, views
from web.caches import app_caches
from web.people_view import article_quotes, quoted_people
from web.render import (
    article_rows,
    title_row,
)
from web.worker import get_worker

bp = Blueprint("articles", __name__)


@bp.get("/favicon.ico")
def favicon() -> ResponseReturnValue:
    return redirect(url_for("static", filename="favicon.svg"), code=301)


@bp.get("/")
def library() -> ResponseReturnValue:
    page = views.page_number()
    store = get_store()
    # The page shows nothing but what is stored: rendered once per version of the store.
    version = store.version()
    html = app_caches().library.get(page, version)
    if html is None:
        html = render_template(
            "library.html",
            refresh=current_app.config.get("REFRESH_MINUTES"),
            **views.library_data(page),
        )
        app_caches().library.put(page, version, html)
    return html


@bp.get("/article/<aid:article_id>")
def article(article_id: str) -> ResponseReturnValue:
    item = views.article_or_404(article_id)
    store = get_store()
    return _article_page(item, current_translation(store, article_id), get_glossary(), store)


def _article_page(
    item: Article,
    translation: ArticleTranslation | None,
    glossary: Glossary,
    store: Store,
    date_error: str = "",
    status: int = 200,
) -> ResponseReturnValue:
    grouped = latest_grouping(store)
    group = grouped.group_of(item.id) if grouped else None
    members = [a for a in group.articles if a != item.id] if group else []
    done = translated(store, members)
    known = grouped.articles if grouped else {}
    shown = [a for a in members if a in done and a in known][:5]
    titles = current_titles(store, shown)  # (a person's, where one corrected it)
    others = [
        dataclasses.replace(
            known[a],
            outlet=store.outlet_of(known[a].outlet),
            title_en=titles[a].english if a in titles else known[a].title_en,
        )
        for a in shown
    ]
    stale = (
        translation is not None
        and glossary.version != "none"
        and translation.signature.glossary not in ("none", glossary.version)
    )
    return render_template(
        "article.html",
        date_error=date_error,
        article=item,
        translation=translation,
        rows=article_rows(
            item,
            translation,
            glossary,
            quoted_people(store),
            views.near_corrections(item, translation),
        ),
        title_row=title_row(item, translation, glossary),
        stale=stale,
        glossary_version=glossary.version,
        others=others,
        story_size=len(done) + 1 if translation else 0,
        quotes=article_quotes(store, item),
    ), status


@bp.post("/article/<aid:article_id>/published")
def article_published(article_id: str) -> ResponseReturnValue:
    """Set an article's publication date (validated; nothing changes if it is wrong)."""
    item = views.article_or_404(article_id)
    store = get_store()
    try:
        day = check_date(request.form.get("published", ""), "the date")
    except IngestError as exc:
        translation = current_translation(store, article_id)
        return _article_page(item, translation, get_glossary(), store, str(exc), 400)
    store.put_articles([dataclasses.replace(item, published=day)])
    return redirect(url_for("articles.article", article_id=article_id), code=303)


@bp.post("/article/<aid:article_id>/retranslate")
def article_retranslate(article_id: str) -> ResponseReturnValue:
    """Translate the article again with the current glossary, in the worker."""
    views.article_or_404(article_id)
    job_id = get_worker(current_app).submit_article(article_id)
    return redirect(url_for("jobs.job", job_id=job_id), code=303)


@bp.route("/add", methods=["GET", "POST"])
def add() -> ResponseReturnValue:
    if request.method == "GET":
        return render_template("add.html", errors=[], text="", lang="")
    upload = request.files.get("file")
    text = request.form.get("text", "")
    lang = request.form.get("lang") or None
    if lang is not None and lang not in READ_LANGS:
        abort(400, description=f"lang must be one of {', '.join(READ_LANGS)}")
    errors = []
    if upload is not None and upload.filename:
        name = upload.filename
        if text.strip():  # one of them would be dropped without a word
            errors.append(f"text and file: paste the text or choose a file, not both ({name})")
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            errors.append(f"{name}: only .txt and .html files can be added")
        raw = upload.read(MAX_ARTICLE_BYTES + 1)
    else:
        name, raw = "pasted text", text.encode("utf-8")
    if not errors:
        try:
            check_bytes(raw, name)  # quick checks only: the worker reads it
        except IngestError as exc:
            errors.append(str(exc))
    if errors:
        return render_template("add.html", errors=errors, text=text, lang=lang or ""), 400
    job_id = get_worker(current_app).submit_upload(name, raw, lang)
    return redirect(url_for("jobs.job", job_id=job_id), code=303)
