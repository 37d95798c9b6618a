"""Pages of the background worker's jobs: progress, retry, cancel."""

from __future__ import annotations

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

from translate.results import Job
from translate.storage.stored import (
    load_job,
)
from translate.vocab import (
    LANGUAGE_NAMES,
    READ_LANGS,
)
from web import get_store
from web.worker import get_worker

bp = Blueprint("jobs", __name__)


def _job_or_404(job_id: str) -> Job:
    found = load_job(get_store(), job_id)
    if found is None:
        abort(404)
    return found


@bp.get("/jobs/<job:job_id>")
def job(job_id: str) -> ResponseReturnValue:
    return render_template(
        "job.html", job=_job_or_404(job_id), languages=LANGUAGE_NAMES, langs=READ_LANGS
    )


@bp.post("/jobs/<job:job_id>/retry")
def job_retry(job_id: str) -> ResponseReturnValue:
    _job_or_404(job_id)
    lang = request.form.get("lang") or None
    if lang is not None and lang not in READ_LANGS:
        abort(400, description=f"Choose one of {', '.join(LANGUAGE_NAMES[c] for c in READ_LANGS)}.")
    try:
        get_worker(current_app).retry(job_id, lang)
    except LookupError:
        abort(409, description="This job is running or done; there is nothing to start again.")
    return redirect(url_for("jobs.job", job_id=job_id), code=303)


@bp.post("/jobs/<job:job_id>/cancel")
def job_cancel(job_id: str) -> ResponseReturnValue:
    _job_or_404(job_id)
    try:
        get_worker(current_app).cancel(job_id)
    except LookupError:
        abort(409, description="This job has ended already.")
    return redirect(url_for("jobs.job", job_id=job_id), code=303)
