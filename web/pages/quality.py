"""The quality page: evaluation runs stored here and the reports shipped."""

from __future__ import annotations

from flask import (
    Blueprint,
    render_template,
)
from flask.typing import ResponseReturnValue

from web import views

bp = Blueprint("quality", __name__)


@bp.get("/quality")
def quality() -> ResponseReturnValue:
    return render_template("quality.html", **views.quality_data())
