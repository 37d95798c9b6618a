"""People: everyone the stored articles quote or report, and a person's page: every
quotation and reported statement of theirs, grouped by story, with outlet, date, original
and English side by side."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template
from flask.typing import ResponseReturnValue

from glossary.duplicates import MERGED
from translate.vocab import page_count
from web import get_store
from web.people_view import PER_PAGE, person_data, person_url
from web.views import page_number

bp = Blueprint("people", __name__)


@bp.get("/people")
def people() -> ResponseReturnValue:
    speakers = [
        (name, person_url(key), n - reported, reported)
        for key, name, n, reported in get_store().quotations.speakers()
    ]
    return render_template("people.html", speakers=speakers)


@bp.get("/people/<path:key>")
def person(key: str) -> ResponseReturnValue:
    if len(key) > 200:
        abort(404)
    page = page_number()
    store = get_store()
    name, total, stories = person_data(store, key, page)
    if name is None:
        if key in MERGED:  # an organisation the glossary now keeps under another id
            return redirect(person_url(MERGED[key]), code=301)
        if total:
            abort(404, description=f"There is no page {page} of these quotations.")
        abort(404, description="Nobody the stored articles quote is known by this name.")
    return render_template(
        "person.html", name=name, key=key, stories=stories, total=total, page=page,
        pages=page_count(total, PER_PAGE),
        reported=store.quotations.page(key, None, 0, 0, "reported")[0],
    )  # fmt: skip
