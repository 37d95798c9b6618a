"""A background worker that reads and translates added articles, off the request path.

A page only stores what was sent (the upload) and a job; the worker reads it (sentence
splitting, language detection), translates it and groups the stories again. Jobs are
kept in the store, so any request can show a job's progress; finished sentences are in
the translation cache as each batch ends, so a job interrupted by a restart resumes on
the next start from where it was. The engine is loaded once and kept for the next job.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import queue
import secrets
import threading

from flask import Flask

from glossary import Glossary
from translate.config import Settings
from translate.coverage import suggestions as suggested
from translate.coverage.compare import after_translation, compare_pair, compare_story
from translate.coverage.docs import Doc
from translate.doubt.current import current_translation
from translate.engines import Engine, choose_engine
from translate.pipeline.articles import translate_articles
from translate.results import Job
from translate.sources.ingest import LanguageUnsure, parse_bytes
from translate.storage.store import Store
from translate.storage.stored import list_jobs, load_job, save_job
from translate.vocab import JobKind, JobStatus

log = logging.getLogger(__name__)

# A job is started at most this often (the first start and resumes after restarts).
MAX_ATTEMPTS = 3
# Sentences translated between two saves: what a restart can lose at most.
RESUME_BATCH = 4


class Cancelled(Exception):
    pass


class Worker:
    def __init__(self, settings: Settings, engine: str) -> None:
        self.settings = settings
        self.engine_name = engine
        self._queue: queue.Queue[str] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._engines: dict[tuple[str, ...], Engine] = {}
        self._lock = threading.Lock()
        self._cancelled: set[str] = set()
        resume = []
        with Store(settings.db_path) as store:
            for job in list_jobs(store):
                if not job.status.active:
                    continue
                # The server stopped while this job was queued or running.
                if job.attempts >= MAX_ATTEMPTS:
                    stopped = dataclasses.replace(
                        job,
                        status=JobStatus.INTERRUPTED,
                        error=f"the server stopped during this job {job.attempts} times",
                    )
                    save_job(store, stopped)
                elif not store.read_only:
                    save_job(store, dataclasses.replace(job, status=JobStatus.QUEUED))
                    resume.append(job.id)
        for job_id in resume:
            self._enqueue(job_id)

    def _store(self) -> Store:
        return Store(self.settings.db_path, create=False)

    def submit_upload(self, name: str, raw: bytes, lang: str | None) -> str:
        """Keep what was sent and queue a job that reads and translates it."""
        job = Job(secrets.token_hex(8), None, JobStatus.QUEUED, name=name, lang=lang)
        with self._store() as store:
            store.put_upload(job.id, name, raw)
            save_job(store, job)
        self._enqueue(job.id)
        return job.id

    def submit_article(self, article_id: str) -> str:
        """Queue a job that translates a stored article again (the cache answers what the
        current glossary leaves unchanged)."""
        with self._store() as store:
            article = store.get_article(article_id)
            if article is None:
                raise LookupError(f"article {article_id} is not stored")
            job = Job(
                secrets.token_hex(8),
                article_id,
                JobStatus.QUEUED,
                total=len(article.sentences) + 1,
                name=article.title,
            )
            save_job(store, job)
        self._enqueue(job.id)
        return job.id

    def submit_view(self, kind: JobKind, targets: tuple[str, ...]) -> str:
        """Queue the computing of a comparison or story view of ``targets`` (article ids)."""
        job_id = hashlib.sha256(f"{kind}:{','.join(targets)}".encode()).hexdigest()[:16]
        return self._submit_once(
            Job(
                job_id,
                targets[0],
                JobStatus.QUEUED,
                total=1,
                name=f"{kind} of {len(targets)} articles",
                kind=kind,
                targets=targets,
            )
        )

    def submit_suggestions(self, state: str) -> str:
        """Queue the finding of the names the glossary lacks in the stored articles, as
        the store is at ``state``."""
        job_id = hashlib.sha256(f"{JobKind.SUGGEST}:{state}".encode()).hexdigest()[:16]
        job = Job(job_id, None, JobStatus.QUEUED, total=1, name="names the glossary lacks")
        return self._submit_once(dataclasses.replace(job, kind=JobKind.SUGGEST))

    def _submit_once(self, job: Job) -> str:
        """Queue ``job`` unless one of its id is queued or running: its id is made from
        what it computes, so a result is not computed twice at once, and finding the
        running one is one lookup, not a scan of every job."""
        with self._store() as store:
            found = load_job(store, job.id)
            if found is not None and found.status.active:
                return job.id
            save_job(store, job)
        self._enqueue(job.id)
        return job.id

    def retry(self, job_id: str, lang: str | None = None) -> Job:
        """Queue a job that failed, was stopped or cancelled, or waits for its language."""
        with self._store() as store:
            job = load_job(store, job_id)
            if job is None or not (job.status.can_retry or job.status == JobStatus.NEEDS_LANGUAGE):
                raise LookupError(f"job {job_id} cannot be started again")
            job = dataclasses.replace(
                job,
                status=JobStatus.QUEUED,
                error=None,
                attempts=0,
                lang=lang or job.lang,
                guess=None,
                confidence=None,
            )
            save_job(store, job)
        self._cancelled.discard(job_id)
        self._enqueue(job_id)
        return job

    def cancel(self, job_id: str) -> Job:
        """Stop a queued or running job (a running one stops after its current batch)."""
        with self._store() as store:
            job = load_job(store, job_id)
            if job is None or not job.status.active:
                raise LookupError(f"job {job_id} is not running")
            self._cancelled.add(job_id)
            if job.status == JobStatus.QUEUED:
                job = dataclasses.replace(job, status=JobStatus.CANCELLED)
                save_job(store, job)
        return job

    def _enqueue(self, job_id: str) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="translator", daemon=True)
                self._thread.start()
        self._queue.put(job_id)

    def _loop(self) -> None:
        while True:
            job_id = self._queue.get()
            try:
                self._run(job_id)
            except Exception:  # the store itself failed: nothing more can be recorded
                log.exception("job %s could not be run", job_id)
            finally:
                self._queue.task_done()

    def _run(self, job_id: str) -> None:
        with self._store() as store:
            job = load_job(store, job_id)
            if job is None or job.status != JobStatus.QUEUED:
                return
            job = dataclasses.replace(job, status=JobStatus.RUNNING, attempts=job.attempts + 1)
            save_job(store, job)
            try:
                try:
                    job = self._translate(store, job)
                except BaseException:
                    # What the job got to (article read, sentences done) was saved as it went.
                    job = load_job(store, job.id) or job
                    raise
                store.delete_upload(job.id)
            except LanguageUnsure as exc:
                job = dataclasses.replace(
                    job,
                    status=JobStatus.NEEDS_LANGUAGE,
                    error=str(exc),
                    guess=exc.guess,
                    confidence=round(exc.confidence, 3),
                )
            except Cancelled:
                job = dataclasses.replace(job, status=JobStatus.CANCELLED)
            except Exception as exc:  # shown on the job's page; the traceback goes to the log
                log.exception("job %s failed", job.id)
                job = dataclasses.replace(job, status=JobStatus.FAILED, error=str(exc))
            self._cancelled.discard(job.id)
            save_job(store, job)

    def _view(self, store: Store, job: Job) -> Job:
        docs = []
        for article_id in job.targets:
            article = store.get_article(article_id)
            translation = current_translation(store, article_id) if article else None
            if article is None or translation is None:
                raise LookupError(f"article {article_id} is not stored with a translation")
            docs.append(Doc(article, translation))
        if job.kind == JobKind.COMPARE:
            compare_pair(store, docs[0], docs[1])
        else:
            compare_story(store, docs)
        return dataclasses.replace(job, status=JobStatus.DONE, done=1)

    def _translate(self, store: Store, job: Job) -> Job:
        if job.kind == JobKind.SUGGEST:
            suggested.compute(store, Glossary.load_layers(self.settings.glossary_layers))
            return dataclasses.replace(job, status=JobStatus.DONE, done=1)
        if job.kind != JobKind.TRANSLATE:
            return self._view(store, job)
        if job.article_id is None:
            upload = store.get_upload(job.id)
            if upload is None:
                raise LookupError("what was sent for this job is no longer stored")
            name, raw = upload
            article = parse_bytes(raw, name, lang=job.lang)
            store.put_articles([article])
            job = dataclasses.replace(job, article_id=article.id, total=len(article.sentences) + 1)
            save_job(store, job)
        found = store.get_article(job.article_id) if job.article_id else None
        if found is None:
            raise LookupError(f"article {job.article_id} is not stored")
        engine = self._engine(found.lang)
        glossary = Glossary.load_layers(self.settings.glossary_layers)
        job = dataclasses.replace(job, done=0)

        def progress(done: int, total: int) -> None:
            nonlocal job
            if job.id in self._cancelled:
                raise Cancelled
            job = dataclasses.replace(job, done=min(total, job.done + done), total=total)
            save_job(store, job)

        batch = min(self.settings.batch_size, RESUME_BATCH)
        [translation] = translate_articles([found], engine, store, glossary, batch, progress)
        after_translation(store, [Doc(found, translation)], glossary, join=True)
        return dataclasses.replace(job, status=JobStatus.DONE, done=job.total)

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
    worker: Worker | None = app.extensions.get("newsbridge-worker")
    if worker is None:
        raise RuntimeError("this app runs without a background worker")
    return worker


class FeedRefresher:
    """``newsbridge serve --refresh MINUTES``: fetch every feed in the background, every
    ``minutes``, and queue the new articles for translation in the worker. What each feed
    answered (or why it failed) is stored with it and shown on the library page."""

    def __init__(
        self, settings: Settings, worker: Worker, minutes: float, delay: float = 1.0
    ) -> None:
        self.settings = settings
        self.worker = worker
        self.minutes = minutes
        self.delay = delay  # between two requests to one host
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> list[str]:
        """One round: fetch the feeds; returns the ids of the articles queued."""
        from translate.sources.feeds import fetch_urls
        from translate.sources.fetch import Fetcher
        from translate.sources.netpolicy import FetchPolicy

        with Store(self.settings.db_path, create=False) as store:
            feeds = [url for f in store.list_feeds() if (url := f["url"])]
            if not feeds:
                return []
            fetcher = Fetcher(delay=self.delay, policy=FetchPolicy.parse(self.settings.fetch_allow))
            try:
                report = fetch_urls(fetcher, store, feeds)
            finally:
                fetcher.close()
        for line in report.failed:
            log.warning("feed refresh: %s", line)
        queued = [str(added["id"]) for added in report.added]
        for article_id in queued:
            self.worker.submit_article(article_id)
        return queued

    def start(self) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                try:
                    self.run_once()
                except Exception:  # the next round tries again; the server goes on
                    log.exception("feed refresh failed")
                self._stop.wait(self.minutes * 60)

        self._thread = threading.Thread(target=loop, name="feed-refresh", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
