"""A background worker that reads and translates added articles, off the request path.

A page only stores what was sent (the upload) and a job; the worker reads it (sentence
splitting, language detection), translates it and groups the stories again. Jobs are
kept in the store, so any request can show a job's progress; finished sentences are in
the translation cache as each batch ends, so a job interrupted by a restart resumes on
the next start from where it was. The engine is loaded once and kept for the next job.

Jobs are bounded: each has a time budget (:func:`budget_seconds`) and stops, like a
cancelled one, at the next check of its work (``translate.budget``: within a second for
text work, within the sentence being decoded for the llm); a job the server stopped
during twice is not started again. Two lanes, each a thread: translations (the engine,
minutes for a long article) and views (comparisons, stories, suggestions: seconds, and a
page waits for them), so a long translation never holds the view a page asks for. Two
threads rather than priorities: a priority orders what waits, but cannot take the
thread from a job already running; and one engine is used by one thread only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import queue
import secrets
import threading
import time

from flask import Flask

from glossary import Glossary
from translate.budget import Stopped, check, watching
from translate.config import Settings
from translate.coverage import suggestions as suggested
from translate.coverage.compare import after_translation, compare_pair, compare_story
from translate.coverage.docs import Doc
from translate.doubt.current import current_translation
from translate.engines import Engine, choose_engine
from translate.pipeline.translating import translate_articles
from translate.results import Job
from translate.sources.ingest import LanguageUnsure, parse_bytes
from translate.storage.store import Store
from translate.storage.stored import list_jobs, load_job, save_job
from translate.vocab import JobKind, JobStatus

log = logging.getLogger(__name__)

# A job is started at most this often (the first start and a resume after a restart): one
# the server stopped during twice is marked interrupted, not started a third time.
MAX_ATTEMPTS = 2
# Sentences translated between two saves: what a restart can lose at most.
RESUME_BATCH = 4
# A job's time budget: reading, glossary, quotations and stories, plus, for a
# translation, this much a sentence (the llm takes about 10 s on two cores).
JOB_SECONDS = 600.0
SENTENCE_SECONDS = 30.0
LANES = ("translate", "views")


def budget_seconds(kind: JobKind, sentences: int = 0) -> float:
    """How long a job of ``kind`` over ``sentences`` sentences may take."""
    return JOB_SECONDS + (SENTENCE_SECONDS * sentences if kind == JobKind.TRANSLATE else 0)


def _lane(kind: JobKind) -> str:
    return "translate" if kind == JobKind.TRANSLATE else "views"


class Worker:
    def __init__(self, settings: Settings, engine: str) -> None:
        self.settings = settings
        self.engine_name = engine
        self._queues: dict[str, queue.Queue[str]] = {lane: queue.Queue() for lane in LANES}
        self._threads: dict[str, threading.Thread] = {}
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
                    resume.append((job.id, job.kind))
        for job_id, kind in resume:
            self._enqueue(job_id, kind)

    def _store(self) -> Store:
        return Store(self.settings.db_path, create=False)

    def submit_upload(self, name: str, raw: bytes, lang: str | None) -> str:
        """Keep what was sent and queue a job that reads and translates it."""
        job = Job(secrets.token_hex(8), None, JobStatus.QUEUED, name=name, lang=lang)
        with self._store() as store:
            store.put_upload(job.id, name, raw)
            save_job(store, job)
        self._enqueue(job.id, job.kind)
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
        self._enqueue(job.id, job.kind)
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
        self._enqueue(job.id, job.kind)
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
        self._enqueue(job_id, job.kind)
        return job

    def cancel(self, job_id: str) -> Job:
        """Stop a queued or running job (a running one stops at the next check of its work:
        within a second, or the sentence the llm is decoding)."""
        with self._store() as store:
            job = load_job(store, job_id)
            if job is None or not job.status.active:
                raise LookupError(f"job {job_id} is not running")
            self._cancelled.add(job_id)
            if job.status == JobStatus.QUEUED:
                job = dataclasses.replace(job, status=JobStatus.CANCELLED)
                save_job(store, job)
        return job

    def _enqueue(self, job_id: str, kind: JobKind) -> None:
        lane = _lane(kind)
        with self._lock:
            thread = self._threads.get(lane)
            if thread is None or not thread.is_alive():
                thread = threading.Thread(target=self._loop, args=(lane,), name=lane, daemon=True)
                self._threads[lane] = thread
                thread.start()
        self._queues[lane].put(job_id)

    def _loop(self, lane: str) -> None:
        jobs = self._queues[lane]
        while True:
            job_id = jobs.get()
            try:
                self._run(job_id)
            except Exception:  # the store itself failed: nothing more can be recorded
                log.exception("job %s could not be run", job_id)
            finally:
                jobs.task_done()

    def _run(self, job_id: str) -> None:
        with self._store() as store:
            job = load_job(store, job_id)
            if job is None or job.status != JobStatus.QUEUED:
                return
            job = dataclasses.replace(job, status=JobStatus.RUNNING, attempts=job.attempts + 1)
            save_job(store, job)
            started, budget = time.monotonic(), [budget_seconds(job.kind, job.total)]

            def stop() -> str | None:
                if job_id in self._cancelled:
                    return "cancelled"
                if time.monotonic() - started > budget[0]:
                    return f"stopped after {budget[0]:.0f} s, the time this job may take"
                return None

            try:
                try:
                    with watching(stop):
                        job = self._run_job(store, job, budget)
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
            except Stopped as exc:
                cancelled = job.id in self._cancelled
                job = dataclasses.replace(
                    job,
                    status=JobStatus.CANCELLED if cancelled else JobStatus.FAILED,
                    error=None if cancelled else str(exc),
                )
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

    def _run_job(self, store: Store, job: Job, budget: list[float]) -> Job:
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
        budget[0] = budget_seconds(job.kind, len(found.sentences) + 1)
        engine = self._engine(found.lang)
        glossary = Glossary.load_layers(self.settings.glossary_layers)
        job = dataclasses.replace(job, done=0)

        def progress(done: int, total: int) -> None:
            nonlocal job
            check()
            # The last step (quotations, the story) is one more: a job whose sentences
            # are all done (a resumed one finds them in the cache) is not done yet.
            job = dataclasses.replace(job, done=min(total, job.done + done), total=total + 1)
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
        for jobs in self._queues.values():
            jobs.join()


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
