"""Pages of the glossary: entries (search, filters), adding and editing one, its
history and undo, and the names the stored articles suggest."""

from __future__ import annotations

import re

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

from glossary import SHIPPED, USER, Glossary, GlossaryError, StaleEdit
from glossary.entries import new_entry, slug
from glossary.layers import entry_version, save_entry, undo
from glossary.layers import history as read_history
from glossary.suggest import Suggestion
from translate.coverage import suggestions as suggested
from translate.vocab import (
    ENTRY_KINDS,
    SOURCE_LANGS,
    page_count,
)
from web import get_glossary, get_store, glossary_layers, glossary_problems, views
from web.caches import app_caches
from web.worker import get_worker

bp = Blueprint("glossary", __name__)


def _suggestions(glossary: Glossary) -> tuple[list[Suggestion], bool]:
    """The names to suggest, and whether they are being found again (the ones shown are
    then the last found, less those the glossary now covers)."""
    store = get_store()
    now = suggested.state(store, glossary)
    # The suggestions of the last glossary and articles seen: every search on the glossary
    # page shows them, and they change only when the glossary or the articles do.
    memo = app_caches().suggestions
    last = memo.get("last", now)
    if last is None:
        last = suggested.latest(store)
    if last is None or last.state != now:
        # Found by the worker, never in a request (it reads every stored article); the
        # page shows the last ones found meanwhile (a read-only store keeps those).
        old = last.suggestions if last else ()
        finding = not store.read_only and "newsbridge-worker" in current_app.extensions
        if finding:
            get_worker(current_app).submit_suggestions(now)
        return [s for s in old if not glossary.find(s.text, s.lang)], finding
    memo.put("last", last.state, last)
    return list(last.suggestions), False


ENTRIES_PER_PAGE = 100
LAYER_ORDER = {USER: 0, SHIPPED: 1}


@bp.get("/glossary")
def glossary_page() -> ResponseReturnValue:
    """Your entries first, then the shipped curated ones, then generated ones; every entry
    reachable (search, filters, pages); the add form on top, filled from a suggestion."""
    glossary = get_glossary()
    query = request.args.get("q", "").strip()
    kind = request.args.get("kind", "")
    layer = request.args.get("layer", "")
    origin = request.args.get("origin", "")
    source_file = request.args.get("file", "")
    page = views.page_number()
    entries = [
        e
        for e in glossary.search(query, kind)
        if (not layer or e.layer == layer)
        and (not origin or (origin == "generated") == e.generated)
        and (not source_file or e.file == source_file)
    ]
    entries.sort(key=lambda e: (LAYER_ORDER.get(e.layer, 2), e.generated))
    pages = page_count(len(entries), ENTRIES_PER_PAGE)
    if page > pages:
        views.no_such_page(pages, "entries")
    suggestions, updating = _suggestions(glossary)
    suggested_name = request.args.get("add", "").strip()[:120]
    form = {}
    if suggested_name:
        lang = request.args.get("lang", "")
        english = request.args.get("en", "").strip()[:120] or suggested_name
        form = {
            "id": slug(english),
            "kind": request.args.get("kind_hint", "person"),
            "en": english,
            **{code: suggested_name if code == lang else "" for code in SOURCE_LANGS},
            "source": request.args.get("source", "")[:300],
        }
    args = {k: v for k, v in request.args.items() if k != "page"}
    return render_template(
        "glossary.html",
        entries=entries[(page - 1) * ENTRIES_PER_PAGE : page * ENTRIES_PER_PAGE],
        total=len(entries),
        page=page,
        pages=pages,
        args=args,
        query=query,
        kind=kind,
        layer=layer,
        origin=origin,
        source_file=source_file,
        files=sorted(
            {e.file for e in glossary.entries},
            key=lambda f: (LAYER_ORDER.get(f.split(":")[0], 2), f),
        ),
        kinds=ENTRY_KINDS,
        layers=(USER, SHIPPED),
        version=glossary.version,
        suggestions=suggestions,
        suggestions_updating=updating,
        form=form,
        errors=[],
        problems=glossary_problems(),
        versions={e.id: entry_version(e) for e in entries},
    )


def _entry_form() -> dict[str, str]:
    fields = ("id", "kind", "en", *SOURCE_LANGS, "source", "added_by", "base")
    return {f: request.form.get(f, "").strip() for f in fields}


def _save_from_form(replace: bool) -> tuple[dict[str, str], list[str], int]:
    """Save the posted entry; the form, what went wrong, and the status to answer."""
    form = _entry_form()
    # Nothing is written where the data folder is gone (the store answers 503, as on
    # every page): a glossary made afresh there would hold this one entry.
    get_store()
    errors = []
    if replace and not form["base"]:
        # Without the version the edit started from, a newer edit would be overwritten.
        errors.append("base: missing; open the entry's edit page again and make the edit there")
    if form["kind"] not in ENTRY_KINDS:
        errors.append(f"kind: choose one of {', '.join(ENTRY_KINDS)}")
    for required in ("id", "en", "source", "added_by"):
        if not form[required]:
            errors.append(f"{required}: required")
    if errors:
        return form, errors, 409 if replace and not form["base"] else 400
    entry = new_entry(
        form["id"],
        form["kind"],
        form["en"],
        {lang: form[lang] for lang in SOURCE_LANGS},
        form["source"],
        form["added_by"],
    )
    try:
        save_entry(glossary_layers(), entry, replace=replace, base=form["base"] or None)
    except StaleEdit as exc:
        form["current"] = exc.current.to_row() if exc.current else ""
        return form, [str(p.message) for p in exc.problems], 409
    except GlossaryError as exc:
        return form, [str(p) for p in exc.problems], 400
    except OSError as exc:  # the file as it was is kept (written atomically)
        return form, [f"the glossary could not be written ({exc.strerror}); nothing changed"], 503
    return form, [], 303


def _form_page(
    form: dict[str, str], errors: list[str], editing: bool, status: int
) -> ResponseReturnValue:
    return render_template(
        "entry_form.html", form=form, errors=errors, kinds=ENTRY_KINDS, editing=editing
    ), status


@bp.post("/glossary")
def glossary_add() -> ResponseReturnValue:
    form, errors, status = _save_from_form(replace=False)
    if errors:
        return _form_page(form, errors, False, status)
    return redirect(url_for("glossary.glossary_page", q=form["id"]), code=303)


@bp.route("/glossary/<entry_id>/edit", methods=["GET", "POST"])
def glossary_edit(entry_id: str) -> ResponseReturnValue:
    entry = get_glossary().by_id.get(entry_id)
    if entry is None:
        abort(404)
    if request.method == "POST":
        if request.form.get("id", "").strip() != entry_id:
            return _form_page(_entry_form(), ["id: an entry's id cannot change"], True, 400)
        form, errors, status = _save_from_form(replace=True)
        if errors:
            return _form_page(form, errors, True, status)
        return redirect(url_for("glossary.glossary_page", q=entry_id), code=303)
    form = {
        "id": entry.id,
        "kind": entry.kind,
        "en": entry.en,
        **{lang: " | ".join(str(f) for f in entry.forms.get(lang, ())) for lang in SOURCE_LANGS},
        "source": entry.source,
        "added_by": "" if entry.generated else entry.added_by,
        "base": entry_version(entry),
        "layer": entry.layer,
    }
    return _form_page(form, [], True, 200)


@bp.get("/glossary/<entry_id>/history")
def glossary_history(entry_id: str) -> ResponseReturnValue:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", entry_id):
        abort(404)
    changes = list(reversed(read_history(glossary_layers(), entry_id)))
    entry = get_glossary().by_id.get(entry_id)
    if entry is None and not changes:
        abort(404)
    return render_template("entry_history.html", entry=entry, entry_id=entry_id, changes=changes)


@bp.post("/glossary/<entry_id>/undo")
def glossary_undo(entry_id: str) -> ResponseReturnValue:
    by = request.form.get("by", "").strip() or "unknown"
    get_store()  # 503 where the data folder is gone, as on every page
    try:
        undo(glossary_layers(), entry_id, by[:64])
    except GlossaryError as exc:
        abort(409, description="; ".join(p.message for p in exc.problems))
    return redirect(url_for("glossary.glossary_history", entry_id=entry_id), code=303)
