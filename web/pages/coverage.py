"""Pages of coverage: two articles compared, a story side by side, agency copies."""

from __future__ import annotations

import re
from collections.abc import Sequence

from flask import (
    Blueprint,
    abort,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue

from translate.storage.stored import (
    latest_story,
)
from translate.vocab import (
    letter,
)
from web import get_store, views
from web.people_view import quotes_block
from web.render import (
    compare_rows,
    doubt_marker,
    sentence_doubts,
    story_row_html,
    story_rows,
)

bp = Blueprint("coverage", __name__)


def _pending(what: str, job_id: str) -> ResponseReturnValue:
    return render_template("pending.html", what=what, job_id=job_id), 202


@bp.get("/wire")
def wire() -> ResponseReturnValue:
    return render_template("wire.html", **views.wire_data())


@bp.get("/stories/<aid:story_id>")
def story_by_id(story_id: str) -> ResponseReturnValue:
    """A story by its id, which stays the same as articles join it."""
    group = latest_story(get_store(), story_id)
    if group is None:
        abort(404, description="There is no story with this id.")
    return redirect(url_for("coverage.story", article_id=group.articles[0]), code=303)


@bp.get("/story/<aid:article_id>")
def story(article_id: str) -> ResponseReturnValue:
    view = request.args.get("view", "english")
    if view not in ("english", "original"):
        abort(400, description="view must be english or original")
    docs, result = views.story_comparison(article_id)
    if isinstance(result, views.Pending):
        return _pending("The side-by-side view of this story", result.job_id)
    texts: Sequence[Sequence[str]]
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
        quotes=quotes_block(get_store(), [d.article for d in docs]),
    )


@bp.get("/compare")
def compare_pick() -> ResponseReturnValue:
    """The library's "two of them" form: on to the comparison of the two chosen."""
    a_id, b_id = request.args.get("a", ""), request.args.get("b", "")
    if not all(re.fullmatch(r"[0-9a-f]{16}", x) for x in (a_id, b_id)):
        abort(400, description="Pick two articles to compare.")
    return redirect(url_for("coverage.compare", a_id=a_id, b_id=b_id), code=303)


@bp.get("/compare/<aid:a_id>/<aid:b_id>")
def compare(a_id: str, b_id: str) -> ResponseReturnValue:
    view = request.args.get("view", "english")
    if view not in ("english", "original"):
        abort(400, description="view must be english or original")
    doc_a, doc_b = views.pair_docs(a_id, b_id)
    result = views.comparison(a_id, b_id)
    if isinstance(result, views.Pending):
        return _pending("This comparison", result.job_id)
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
        quotes=quotes_block(get_store(), [doc_a.article, doc_b.article]),
    )
