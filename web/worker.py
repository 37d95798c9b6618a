"""A background worker that translates newly added articles, off the request path.

Jobs are kept in the store (kind ``job``), so any request can show a job's progress.
The engine is loaded once, by the worker's thread, and kept for the next job.
"""

from __future__ import annotations

import queue
import secrets
import threading
from typing import Any

from flask import Flask

from glossary import DATA_DIR, Glossary
from translate.compare import stories
from translate.config import Settings
from translate.engines import Engine, choose_engine
from translate.pipeline import stored_translation, translate_articles
from translate.store import Store
from translate.stories import Doc

JOB = "job"


def _save(store: Store, job: dict[str, Any]) -> None:
    store.put_result(JOB, job["id"], {}, job)


def job_status(store: Store, job_id: str) -> dict[str, Any] | None:
    return store.get_result(JOB, job_id)


def regroup(store: Store) -> dict[str, Any] | None:
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
            for _key, _settings, job, _created in store.list_results(JOB):
                if job["status"] in ("queued", "running"):
                    job.update(status="interrupted", error="the server stopped before it ended")
                    _save(store, job)

    def submit(self, article_id: str, total: int) -> str:
        job = {
            "id": secrets.token_hex(8),
            "article_id": article_id,
            "status": "queued",
            "done": 0,
            "total": total,
            "error": None,
        }
        with Store(self.settings.db_path) as store:
            _save(store, job)
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="translator", daemon=True)
                self._thread.start()
        self._queue.put(job["id"])
        return job["id"]

    def _loop(self) -> None:
        while True:
            job_id = self._queue.get()
            try:
                self._run(job_id)
            finally:
                self._queue.task_done()

    def _run(self, job_id: str) -> None:
        with Store(self.settings.db_path) as store:
            job = job_status(store, job_id)
            if job is None:
                return
            job["status"] = "running"
            _save(store, job)
            try:
                article = store.get_article(job["article_id"])
                if article is None:
                    raise LookupError(f"article {job['article_id']} is not stored")
                engine = self._engine(article.lang)
                glossary = Glossary.load(self.settings.glossary_path or DATA_DIR)

                def progress(done: int, total: int) -> None:
                    job.update(done=min(total, job["done"] + done), total=total)
                    _save(store, job)

                translate_articles(
                    [article], engine, store, glossary, self.settings.batch_size, progress
                )
                regroup(store)
                job.update(status="done", done=job["total"])
            except Exception as exc:  # shown on the job's page
                job.update(status="failed", error=str(exc))
            _save(store, job)

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
