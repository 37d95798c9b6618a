"""HTML pages. They read stored results and render them; they never run an engine."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    url_for,
)

from glossary import SHIPPED, USER, Glossary, GlossaryError, StaleEdit
from glossary.entries import new_entry, slug
from glossary.layers import entry_version, save_entry, undo
from glossary.layers import history as read_history
from glossary.suggest import Suggestion
from translate import suggested
from translate.compare import (
    MAX_STORY_ARTICLES,
    compare_pair,
    compare_story,
    stored_pair,
    stored_story,
)
from translate.evaluate import ReportError, check_report, read_report
from translate.ingest import IngestError, check_bytes, check_date
from translate.models import Article, ArticleTranslation
from translate.results import Comparison, Job, StoryView
from translate.store import Store
from translate.stored import (
    latest_grouping,
    list_eval_runs,
    load_job,
    stored_translation,
    translated_title_lines,
    translated_titles,
)
from translate.stories import Doc
from translate.suggested import Suggested
from translate.vocab import (
    ENTRY_KINDS,
    LANGUAGE_NAMES,
    MAX_ARTICLE_BYTES,
    READ_LANGS,
    SOURCE_LANGS,
    UPLOAD_SUFFIXES,
    JobKind,
    ResultKind,
    letter,
)
from web import get_glossary, get_store, glossary_layers, glossary_problems
from web.render import (
    article_rows,
    compare_rows,
    doubt_marker,
    sentence_doubts,
    story_row_html,
    story_rows,
    title_row,
)
from web.worker import get_worker

bp = Blueprint("pages", __name__)


def _article_or_404(article_id: str) -> Article:
    article = get_store().get_article(article_id)
    if article is None:
        abort(404)
    return article


STORIES_PER_PAGE = 25


def _page_number() -> int:
    raw = request.args.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        abort(400, description="page must be a whole number from 1")
    return int(raw)


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
    pages = max(1, -(-len(stories) // STORIES_PER_PAGE))
    if page > pages:
        abort(404, description=f"There are {pages} pages of stories.")
    shown = stories[(page - 1) * STORIES_PER_PAGE : page * STORIES_PER_PAGE]
    wanted = [a for members, _ in shown for a in members]
    articles = store.get_articles(wanted)
    titles = translated_title_lines(store, wanted)

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
        rows.append(
            {
                "members": people,
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
    from translate.wire import wire_texts

    by_id = {m["article"].id: m for m in people}
    for text in wire_texts(articles):
        by_id[text.text.id]["copies"] = len(text.copies)
        for copy in text.copies:
            by_id[copy.id]["copy_of"] = text.text


def wire_data() -> dict[str, Any]:
    """Every text the stored articles carry more than once, with what each copy changed,
    and English titles where there are translations. Kept until an article changes."""
    from translate.wire import wire_texts

    store = get_store()
    version = (str(store.path), store.version())
    last = _wire.get("last")  # one tuple, swapped whole: safe across threads
    if last is None or last[0] != version:
        # The store moved on (a job's progress moves it too): read the articles again only
        # if they changed.
        digest = store.articles_digest()
        texts = last[2] if last is not None and last[1] == digest else None
        if texts is None:
            texts = wire_texts(store.list_articles())
        last = (version, digest, texts)
        _wire["last"] = last
    texts = last[2]
    ids = [c.id for t in texts for c in (t.text, *t.copies)]
    lines = translated_title_lines(store, ids)
    return {
        "texts": texts,
        "titles": {key: line.english for key, line in lines.items()},
        "title_doubts": {key: doubt_marker(line) for key, line in lines.items()},
    }


_wire: dict[str, tuple[tuple[str, int], str, list[Any]]] = {}


@bp.get("/wire")
def wire():  # type: ignore[no-untyped-def]
    return render_template("wire.html", **wire_data())


@bp.get("/favicon.ico")
def favicon():  # type: ignore[no-untyped-def]
    return redirect(url_for("static", filename="favicon.svg"), code=301)


@bp.get("/")
def library():  # type: ignore[no-untyped-def]
    page = _page_number()
    store = get_store()
    # The page shows nothing but what is stored: rendered once per version of the store.
    key = (str(store.path), store.version(), page)
    html = _rendered.get(key)
    if html is None:
        html = render_template(
            "library.html", refresh=current_app.config.get("REFRESH_MINUTES"), **library_data(page)
        )
        if len(_rendered) >= 64:
            _rendered.pop(next(iter(_rendered)))
        _rendered[key] = html
    return html


_rendered: dict[tuple[str, int, int], str] = {}


@bp.get("/article/<aid:article_id>")
def article(article_id: str):  # type: ignore[no-untyped-def]
    item = _article_or_404(article_id)
    store = get_store()
    return _article_page(item, stored_translation(store, article_id), get_glossary(), store)


def _article_page(  # type: ignore[no-untyped-def]
    item: Article,
    translation: ArticleTranslation | None,
    glossary: Glossary,
    store: Store,
    date_error: str = "",
    status: int = 200,
):
    grouped = latest_grouping(store)
    group = grouped.group_of(item.id) if grouped else None
    members = [a for a in group.articles if a != item.id] if group else []
    titles = translated_titles(store, members)
    others = [grouped.articles[a] for a in members if a in titles and a in grouped.articles][:5]
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
        rows=article_rows(item, translation, glossary),
        title_row=title_row(item, translation, glossary),
        stale=stale,
        glossary_version=glossary.version,
        others=others,
        story_size=len(titles) + 1 if translation else 0,
    ), status


@bp.post("/article/<aid:article_id>/published")
def article_published(article_id: str):  # type: ignore[no-untyped-def]
    """Set an article's publication date (validated; nothing changes if it is wrong)."""
    item = _article_or_404(article_id)
    store = get_store()
    try:
        day = check_date(request.form.get("published", ""), "the date")
    except IngestError as exc:
        translation = stored_translation(store, article_id)
        return _article_page(item, translation, get_glossary(), store, str(exc), 400)
    store.put_articles([dataclasses.replace(item, published=day)])
    return redirect(url_for("pages.article", article_id=article_id), code=303)


@bp.post("/article/<aid:article_id>/retranslate")
def article_retranslate(article_id: str):  # type: ignore[no-untyped-def]
    """Translate the article again with the current glossary, in the worker."""
    _article_or_404(article_id)
    job_id = get_worker(current_app).submit_article(article_id)
    return redirect(url_for("pages.job", job_id=job_id), code=303)


def _pair_docs(a_id: str, b_id: str) -> tuple[Doc, Doc]:
    store = get_store()
    docs = []
    for article_id in (a_id, b_id):
        item = _article_or_404(article_id)
        translation = stored_translation(store, article_id)
        if translation is None:
            abort(404, description="This article has no translation yet.")
        docs.append(Doc(item, translation))
    return docs[0], docs[1]


def comparison(a_id: str, b_id: str) -> Comparison | str:
    """The stored comparison of two articles, or the id of the worker's job computing it:
    a request only reads."""
    a, b = _pair_docs(a_id, b_id)
    store = get_store()
    found = stored_pair(store, a, b)
    if found is not None:
        return found
    if store.read_only:  # the worker could not keep it: computed here, within the limits
        return compare_pair(store, a, b)
    return get_worker(current_app).submit_view(JobKind.COMPARE, (a_id, b_id))


def _story_members(article_id: str) -> list[tuple[str, str]]:
    """(article id, translation signature) of the translated articles of this article's
    story (the stored grouping of ``newsbridge stories``), read without loading them;
    404 unless there are two or more, this one among them."""
    store = get_store()
    _article_or_404(article_id)
    grouped = latest_grouping(store)
    group = grouped.group_of(article_id) if grouped else None
    members = list(group.articles) if group else [article_id]
    present = set(store.article_ids()) if len(members) > 1 else set(members)
    settings = store.result_settings(ResultKind.TRANSLATION, members)
    found = [
        (m, str(settings[m]["signature"]))
        for m in members
        if m in present and "signature" in settings.get(m, {})
    ]
    if len(found) < 2 or article_id not in {m for m, _ in found}:
        abort(404, description="This article is not grouped with other translated articles.")
    return found


def _docs(ids: Sequence[str]) -> list[Doc]:
    store = get_store()
    articles = store.get_articles(ids)
    docs = []
    for member in ids:
        translation = stored_translation(store, member) if member in articles else None
        if translation is not None:
            docs.append(Doc(articles[member], translation))
    return docs


def story_comparison(article_id: str) -> tuple[list[Doc], StoryView | str]:
    """The story's articles shown and its stored view, or the id of the job computing
    it. A stored view is found by the members' signatures: only the articles shown (at
    most ``MAX_STORY_ARTICLES``) are read whole."""
    members = _story_members(article_id)
    store = get_store()
    found = stored_story(store, members)
    if found is not None:
        shown = _docs([m for m, _ in members[:MAX_STORY_ARTICLES]])
        if [d.article.id for d in shown] == [a.id for a in found.articles]:
            return shown, found
    docs = _docs([m for m, _ in members])
    if len(docs) < 2:
        abort(404, description="This article is not grouped with other translated articles.")
    shown = docs[:MAX_STORY_ARTICLES]  # the view holds at most these (it says so)
    found = stored_story(store, docs)
    if found is not None:
        return shown, found
    if store.read_only:  # the worker could not keep it: computed here, within the limits
        return shown, compare_story(store, docs)
    targets = tuple(d.article.id for d in docs)
    return shown, get_worker(current_app).submit_view(JobKind.STORY, targets)


def _pending(what: str, job_id: str):  # type: ignore[no-untyped-def]
    return render_template("pending.html", what=what, job_id=job_id), 202


@bp.get("/stories/<aid:story_id>")
def story_by_id(story_id: str):  # type: ignore[no-untyped-def]
    """A story by its id, which stays the same as articles join it."""
    grouped = latest_grouping(get_store())
    group = next((g for g in grouped.groups if g.story_id == story_id), None) if grouped else None
    if group is None:
        abort(404, description="There is no story with this id.")
    return redirect(url_for("pages.story", article_id=group.articles[0]), code=303)


@bp.get("/story/<aid:article_id>")
def story(article_id: str):  # type: ignore[no-untyped-def]
    view = request.args.get("view", "english")
    if view not in ("english", "original"):
        abort(400, description="view must be english or original")
    docs, result = story_comparison(article_id)
    if isinstance(result, str):
        return _pending("The side-by-side view of this story", result)
    if view == "original":
        texts = [[s.text for s in d.article.sentences] for d in docs]
        doubts = None
    else:
        texts = result.english
        doubts = [sentence_doubts(d.translation) for d in docs]
    letters = [letter(i) for i in range(len(result.articles))]
    langs = [d.article.lang for d in docs] if view == "original" else None
    rows = story_rows(result, texts, doubts)
    for row in rows:
        row["html"] = story_row_html(row, letters, langs)
    return render_template(
        "story.html",
        result=result,
        rows=rows,
        title_doubts={d.article.id: doubt_marker(d.translation.title) for d in docs},
        articles=[d.article for d in docs],
        view=view,
        article_id=article_id,
    )


@bp.get("/compare")
def compare_pick():  # type: ignore[no-untyped-def]
    """The library's "two of them" form: on to the comparison of the two chosen."""
    a_id, b_id = request.args.get("a", ""), request.args.get("b", "")
    if not all(re.fullmatch(r"[0-9a-f]{16}", x) for x in (a_id, b_id)):
        abort(400, description="Pick two articles to compare.")
    return redirect(url_for("pages.compare", a_id=a_id, b_id=b_id), code=303)


@bp.get("/compare/<aid:a_id>/<aid:b_id>")
def compare(a_id: str, b_id: str):  # type: ignore[no-untyped-def]
    if a_id == b_id:
        abort(400, description="Pick two different articles to compare.")
    view = request.args.get("view", "english")
    if view not in ("english", "original"):
        abort(400, description="view must be english or original")
    doc_a, doc_b = _pair_docs(a_id, b_id)
    result = comparison(a_id, b_id)
    if isinstance(result, str):
        return _pending("This comparison", result)
    originals = (doc_a.article, doc_b.article) if view == "original" else None
    doubts = (sentence_doubts(doc_a.translation), sentence_doubts(doc_b.translation))
    return render_template(
        "compare.html",
        result=result,
        rows=compare_rows(result, originals, doubts),
        view=view,
        a=doc_a.article,
        b=doc_b.article,
        title_doubts=(doubt_marker(doc_a.translation.title), doubt_marker(doc_b.translation.title)),
    )


def quality_data() -> dict[str, Any]:
    """Evaluation runs, newest first: those stored by ``newsbridge eval`` here, and the
    reports saved in the reports folder. A report that does not check out is listed as a
    problem, not shown."""
    runs, problems = [], []
    for key, data in list_eval_runs(get_store()):
        try:
            runs.append({"origin": "this installation", **check_report(data, f"run {key}")})
        except ReportError as exc:
            problems.append(str(exc))
    folder = current_app.config.get("REPORTS_DIR")
    if folder is not None and folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            try:
                runs.append({"origin": path.name, **read_report(path, path.name)})
            except ReportError as exc:
                problems.append(str(exc))
    runs.sort(key=lambda run: run["created"], reverse=True)
    return {"runs": runs, "problems": problems}


@bp.get("/quality")
def quality():  # type: ignore[no-untyped-def]
    return render_template("quality.html", **quality_data())


# The suggestions of the last glossary and articles seen, by store: every search on the
# glossary page shows them, and they change only when the glossary or the articles do.
_suggested: dict[str, Suggested] = {}
# Up to this many stored articles the page finds the suggestions itself (about 4 ms an
# article); past it the background worker does, and the page shows the last ones found.
INLINE_SUGGESTIONS = 250


def _suggestions(glossary: Glossary) -> tuple[list[Suggestion], bool]:
    """The names to suggest, and whether they are being found again (the ones shown are
    then the last found, less those the glossary now covers)."""
    store = get_store()
    now = suggested.state(store, glossary)
    last = _suggested.get(str(store.path))  # one object, swapped whole: thread-safe
    if last is None or last.state != now:
        last = suggested.latest(store)
    if last is None or last.state != now:
        if len(store.article_ids()) > INLINE_SUGGESTIONS and not store.read_only:
            get_worker(current_app).submit_suggestions(now)
            old = last.suggestions if last else ()
            return [s for s in old if not glossary.find(s.text, s.lang)], True
        last = suggested.compute(store, glossary, keep=not store.read_only)
    _suggested[str(store.path)] = last
    return list(last.suggestions), False


ENTRIES_PER_PAGE = 100
LAYER_ORDER = {USER: 0, SHIPPED: 1}


@bp.get("/glossary")
def glossary_page():  # type: ignore[no-untyped-def]
    """Your entries first, then the shipped curated ones, then generated ones; every entry
    reachable (search, filters, pages); the add form on top, filled from a suggestion."""
    glossary = get_glossary()
    query = request.args.get("q", "").strip()
    kind = request.args.get("kind", "")
    layer = request.args.get("layer", "")
    origin = request.args.get("origin", "")
    source_file = request.args.get("file", "")
    page = _page_number()
    entries = [
        e
        for e in glossary.search(query, kind)
        if (not layer or e.layer == layer)
        and (not origin or (origin == "generated") == e.generated)
        and (not source_file or e.file == source_file)
    ]
    entries.sort(key=lambda e: (LAYER_ORDER.get(e.layer, 2), e.generated))
    pages = max(1, -(-len(entries) // ENTRIES_PER_PAGE))
    if page > pages:
        abort(404, description=f"There are {pages} pages of entries.")
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
    errors = []
    if form["kind"] not in ENTRY_KINDS:
        errors.append(f"kind: choose one of {', '.join(ENTRY_KINDS)}")
    for required in ("id", "en", "source", "added_by"):
        if not form[required]:
            errors.append(f"{required}: required")
    if errors:
        return form, errors, 400
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


def _form_page(form: dict[str, str], errors: list[str], editing: bool, status: int):  # type: ignore[no-untyped-def]
    return render_template(
        "entry_form.html", form=form, errors=errors, kinds=ENTRY_KINDS, editing=editing
    ), status


@bp.post("/glossary")
def glossary_add():  # type: ignore[no-untyped-def]
    form, errors, status = _save_from_form(replace=False)
    if errors:
        return _form_page(form, errors, False, status)
    return redirect(url_for("pages.glossary_page", q=form["id"]), code=303)


@bp.route("/glossary/<entry_id>/edit", methods=["GET", "POST"])
def glossary_edit(entry_id: str):  # type: ignore[no-untyped-def]
    entry = get_glossary().by_id.get(entry_id)
    if entry is None:
        abort(404)
    if request.method == "POST":
        if request.form.get("id", "").strip() != entry_id:
            return _form_page(_entry_form(), ["id: an entry's id cannot change"], True, 400)
        form, errors, status = _save_from_form(replace=True)
        if errors:
            return _form_page(form, errors, True, status)
        return redirect(url_for("pages.glossary_page", q=entry_id), code=303)
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
def glossary_history(entry_id: str):  # type: ignore[no-untyped-def]
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", entry_id):
        abort(404)
    changes = list(reversed(read_history(glossary_layers(), entry_id)))
    entry = get_glossary().by_id.get(entry_id)
    if entry is None and not changes:
        abort(404)
    return render_template("entry_history.html", entry=entry, entry_id=entry_id, changes=changes)


@bp.post("/glossary/<entry_id>/undo")
def glossary_undo(entry_id: str):  # type: ignore[no-untyped-def]
    by = request.form.get("by", "").strip() or "unknown"
    try:
        undo(glossary_layers(), entry_id, by[:64])
    except GlossaryError as exc:
        abort(409, description="; ".join(p.message for p in exc.problems))
    return redirect(url_for("pages.glossary_history", entry_id=entry_id), code=303)


@bp.route("/add", methods=["GET", "POST"])
def add():  # type: ignore[no-untyped-def]
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
    return redirect(url_for("pages.job", job_id=job_id), code=303)


def _job_or_404(job_id: str) -> Job:
    found = load_job(get_store(), job_id)
    if found is None:
        abort(404)
    return found


@bp.get("/jobs/<job:job_id>")
def job(job_id: str):  # type: ignore[no-untyped-def]
    return render_template(
        "job.html", job=_job_or_404(job_id), languages=LANGUAGE_NAMES, langs=READ_LANGS
    )


@bp.post("/jobs/<job:job_id>/retry")
def job_retry(job_id: str):  # type: ignore[no-untyped-def]
    _job_or_404(job_id)
    lang = request.form.get("lang") or None
    if lang is not None and lang not in READ_LANGS:
        abort(400, description=f"Choose one of {', '.join(LANGUAGE_NAMES[c] for c in READ_LANGS)}.")
    try:
        get_worker(current_app).retry(job_id, lang)
    except LookupError:
        abort(409, description="This job is running or done; there is nothing to start again.")
    return redirect(url_for("pages.job", job_id=job_id), code=303)


@bp.post("/jobs/<job:job_id>/cancel")
def job_cancel(job_id: str):  # type: ignore[no-untyped-def]
    _job_or_404(job_id)
    try:
        get_worker(current_app).cancel(job_id)
    except LookupError:
        abort(409, description="This job has ended already.")
    return redirect(url_for("pages.job", job_id=job_id), code=303)
