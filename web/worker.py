"""A background worker that translates newly added articles, off the request path.

Jobs are kept in the store, so any request can show a job's progress. The engine is
loaded once, by the worker's thread, and kept for the next job.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import secrets
import threading

from flask import Flask

from glossary import Glossary
from translate.compare import stories
from translate.config import Settings
from translate.engines import Engine, choose_engine
from translate.pipeline import translate_articles
from translate.results import Grouping, Job
from translate.store import Store
from translate.stored import list_jobs, load_job, save_job, stored_translation
from translate.stories import Doc
from translate.vocab import JobStatus

log = logging.getLogger(__name__)


def regroup(store: Store) -> Grouping | None:
    """Group every stored article that has a translation into stories (and store that)."""
    docs = []
    for article in store.list_articles():
        translation = stored_translation(store, article.id)
        if translation is not None:
            docs.append(Doc(article, translation))
    return stories(store, docs) if docs else None


class Worker:
    def __init__(self, settings: Settings, engine: str) -> None:
        self.settings = settings
        self.engine_name = engine
        self._queue: queue.Queue[str] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._engines: dict[tuple[str, ...], Engine] = {}
        self._lock = threading.Lock()
        with Store(settings.db_path) as store:
            for job in list_jobs(store):
                if job.status.active:
                    save_job(
                        store,
                        dataclasses.replace(
                            job,
                            status=JobStatus.INTERRUPTED,
                            error="the server stopped before it ended",
                        ),
                    )

    def submit(self, article_id: str, total: int) -> str:
        job = Job(secrets.token_hex(8), article_id, JobStatus.QUEUED, 0, total)
        with Store(self.settings.db_path) as store:
            save_job(store, job)
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="translator", daemon=True)
                self._thread.start()
        self._queue.put(job.id)
        return job.id

    def _loop(self) -> None:
        while True:
            job_id = self._queue.get()
            try:
                self._run(job_id)
            finally:
                self._queue.task_done()

    def _run(self, job_id: str) -> None:
        with Store(self.settings.db_path) as store:
            job = load_job(store, job_id)
            if job is None:
                return
            job = dataclasses.replace(job, status=JobStatus.RUNNING)
            save_job(store, job)
            try:
                article = store.get_article(job.article_id)
                if article is None:
                    raise LookupError(f"article {job.article_id} is not stored")
                engine = self._engine(article.lang)
                glossary = Glossary.load(self.settings.glossary)

                def progress(done: int, total: int) -> None:
                    nonlocal job
                    job = dataclasses.replace(job, done=min(total, job.done + done), total=total)
                    save_job(store, job)

                translate_articles(
                    [article], engine, store, glossary, self.settings.batch_size, progress
                )
                regroup(store)
                job = dataclasses.replace(job, status=JobStatus.DONE, done=job.total)
            except Exception as exc:  # shown on the job's page; the traceback goes to the log
                log.exception("job %s (article %s) failed", job.id, job.article_id)
                job = dataclasses.replace(job, status=JobStatus.FAILED, error=str(exc))
            save_job(store, job)

    def _engine(self, lang: str) -> Engine:
        key = (self.engine_name, lang)
        if key not in self._engines:
            self._engines[key] = choose_engine(self.engine_name, self.settings, [lang])
        return self._engines[key]

    def wait(self) -> None:
        """Block until every submitted job has ended (for tests and scripts)."""
        self._queue.join()


def init_app(app: Flask) -> None:
    if app.config.get("WORKER"):
        app.extensions["newsbridge-worker"] = Worker(app.config["SETTINGS"], app.config["ENGINE"])


def get_worker(app: Flask) -> Worker:
    worker = app.extensions.get("newsbridge-worker")
    if worker is None:
        raise RuntimeError("this app runs without a background worker")
    return worker
