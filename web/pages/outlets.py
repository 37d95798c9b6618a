"""The Outlets page: every outlet the stored articles name, with its spellings, domains,
language, country, articles and the agency texts it carries; merging two spellings of one
outlet and renaming one (every page then names it one way)."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from translate.storage.outlet_store import OutletError
from web import get_store, views

bp = Blueprint("outlets", __name__)


def _page(errors: list[str], status: int = 200) -> ResponseReturnValue:
    texts = views.wire_data()["texts"]
    carried: dict[str, int] = {}
    for text in texts:
        for outlet in text.outlets:
            carried[outlet] = carried.get(outlet, 0) + 1
    return render_template(
        "outlets.html", outlets=get_store().list_outlets(), carried=carried, errors=errors
    ), status


@bp.get("/outlets")
def outlets() -> ResponseReturnValue:
    return _page([])


def _change(
    change: Callable[[str, str], object], first: str, second: str, missing: str
) -> ResponseReturnValue:
    """Merge or rename from the form's two fields; the page again with why it was not done."""
    a, b = request.form.get(first, "").strip(), request.form.get(second, "").strip()[:120]
    if not a or not b:
        return _page([missing], 400)
    try:
        change(a, b)
    except OutletError as exc:
        return _page([str(exc)], 409)
    return redirect(url_for("outlets.outlets"), code=303)


@bp.post("/outlets/merge")
def outlets_merge() -> ResponseReturnValue:
    """Make ``other`` one outlet with ``keep``."""
    missing = "Choose the outlet to keep and the one to merge into it."
    return _change(get_store().merge_outlets, "keep", "other", missing)


@bp.post("/outlets/rename")
def outlets_rename() -> ResponseReturnValue:
    return _change(get_store().rename_outlet, "old", "new", "Give the outlet and its new name.")
