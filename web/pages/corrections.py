"""People's corrections on the pages: correct a sentence from the article page, the
history of every change with undo (``translate.storage.correction_store``)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from translate.coverage.compare import after_correction
from translate.storage import correction_store
from translate.storage.store import Store
from translate.storage.stored import sentence_at
from translate.vocab import page_count
from web import get_glossary, get_store, views

bp = Blueprint("corrections", __name__)
CHANGES_PER_PAGE = 50


def _refresh(key: str) -> None:
    """What is stored from the English of the articles the sentence stands in, brought up
    to date (their quotations: no engine, milliseconds for a few articles). The change is
    stored already: a store too busy for this now (another writer) is logged, and the
    reader is not told that their change failed."""
    try:
        after_correction(get_store(), [key], get_glossary())
    except Exception:  # the store busy, or reading the quotations failed: the change stands
        current_app.logger.exception("corrections: quotations not stored again")


def _by() -> str:
    try:
        return correction_store.clean_by(request.form.get("by", ""))
    except ValueError as exc:
        abort(400, description=f"by: {exc}")


@bp.post("/article/<aid:article_id>/correct")
def correct(article_id: str) -> ResponseReturnValue:
    """Make the posted English the English of sentence ``sentence`` of the article, and of
    that sentence wherever it stands."""
    views.article_or_404(article_id)
    raw = request.form.get("sentence", "")
    if not correction_store.SENTENCE_NUMBER.fullmatch(raw):  # ASCII digits, not "²" or "٣"
        abort(400, description="sentence must be a sentence number")
    store = get_store()
    try:
        lang, source, machine = sentence_at(store, article_id, int(raw))
        change = correction_store.correct(store, lang, source, request.form.get("english", ""),
                                     _by(), machine, article_id, int(raw))  # fmt: skip
    except LookupError as exc:
        abort(404, description=str(exc))
    except ValueError as exc:
        abort(400, description=f"english: {exc}")
    if change is not None:
        _refresh(change.key)
    anchor = "title" if int(raw) == -1 else f"s{raw}"
    return redirect(url_for("articles.article", article_id=article_id, _anchor=anchor), code=303)


@bp.get("/corrections")
def history() -> ResponseReturnValue:
    """Every change, newest first, with undo for each corrected sentence."""
    page = views.page_number()
    if page > 10**9:
        abort(404, description="there is no such page")
    key = request.args.get("sentence")
    if key is not None and not correction_store.KEY_PATTERN.fullmatch(key):
        abort(404)
    store = get_store()
    total, changes = correction_store.history(
        store, key, (page - 1) * CHANGES_PER_PAGE, CHANGES_PER_PAGE
    )
    pages = page_count(total, CHANGES_PER_PAGE)
    if page > pages:
        views.no_such_page(pages, "changes")
    latest = correction_store.in_force(store, [c.key for c in changes])
    return render_template(
        "corrections.html",
        changes=changes,
        latest={k: c.id for k, c in latest.items()},
        last_change=_last_changes(store, [c.key for c in changes]),
        total=total,
        page=page,
        pages=pages,
        sentence=key,
        args={"sentence": key} if key else {},
    )


def _last_changes(store: Store, keys: list[str]) -> dict[str, int]:
    """Key -> the id of its newest change (the one an undo would undo)."""
    found: dict[str, int] = {}
    for key in dict.fromkeys(keys):
        _total, newest = correction_store.history(store, key, 0, 1)
        if newest:
            found[key] = newest[0].id
    return found


@bp.post("/corrections/<key>/undo")
def undo(key: str) -> ResponseReturnValue:
    if not correction_store.KEY_PATTERN.fullmatch(key):
        abort(404)
    try:
        change = correction_store.undo(get_store(), key, _by())
    except LookupError as exc:
        abort(409, description=str(exc))
    _refresh(change.key)
    return redirect(url_for("corrections.history", sentence=key), code=303)
