"""The browser view: originals, translations and overlapping coverage side by side.

``create_app`` builds the Flask app. Pages only read stored results; translation runs in
a background worker (``web.worker``), never inside a request.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, abort, g, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException
from werkzeug.routing import BaseConverter

from glossary import Glossary, GlossaryError, Layer
from glossary.layers import sweep
from translate.config import Settings
from translate.storage.store import Store, StoreError, StoreFull, StoreGone, StoreReadOnly
from translate.vocab import (
    LANGUAGE_NAMES,
    MAX_ARTICLE_BYTES,
    READ_LANGS,
    SOURCE_LANGS,
    letter,
)
from web.caches import LoadedGlossary, app_caches

# A request may carry one article (a file or a paste) and the form around it.
MAX_REQUEST_BYTES = MAX_ARTICLE_BYTES + 64_000
csrf = CSRFProtect()


class HexIdConverter(BaseConverter):
    """Article and job ids: 16 hex digits, nothing else reaches a view (no traversal)."""

    regex = "[0-9a-f]{16}"


def _secret_key(settings: Settings) -> str:
    """``NEWSBRIDGE_SECRET_KEY``, else a per-installation secret, made once and kept with
    the data (0600)."""
    if settings.secret_key:
        return settings.secret_key
    home = settings.home
    path = home / "secret_key"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip()


# Names a loopback server answers to; anything else is refused (DNS rebinding).
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    settings: Settings = (test_config or {}).get("SETTINGS") or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        SETTINGS=settings,
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        WORKER=True,
        ENGINE=settings.engine,
        # Evaluation reports (``newsbridge eval --report``) shown on the quality page.
        REPORTS_DIR=settings.reports,
        SERVE_HOST=None,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_HTTPONLY=True,
    )
    if test_config:
        app.config.update(test_config)
    served = [app.config["SERVE_HOST"]] if app.config["SERVE_HOST"] else []
    app.config["ALLOWED_HOSTS"] = frozenset(
        _hostname(h) for h in (*LOOPBACK_HOSTS, *served, *settings.allowed_hosts)
    ) - {"0.0.0.0", "::"}
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key(settings)
    # The store this server was started with: a request that finds it gone or replaced
    # says so instead of quietly working on a new, empty one.
    with Store(settings.db_path) as store:
        app.config["STORE_IDENTITY"] = store.identity()
    try:  # what a glossary write killed mid-way (kill -9) left, removed
        sweep(settings.glossary_layers)
    except OSError as exc:  # a read-only glossary folder: nothing can be left to remove
        logging.getLogger(__name__).warning("glossary: %s", exc)
    csrf.init_app(app)
    app.url_map.converters["aid"] = HexIdConverter
    app.url_map.converters["job"] = HexIdConverter
    app.jinja_env.filters["letter"] = letter
    # (code, name) of the languages read and of the source languages (the glossary's
    # columns), from the registry when a page is drawn.
    app.jinja_env.globals["read_languages"] = lambda: [(c, LANGUAGE_NAMES[c]) for c in READ_LANGS]
    app.jinja_env.globals["source_languages"] = lambda: [
        (code, LANGUAGE_NAMES[code]) for code in SOURCE_LANGS
    ]
    app.jinja_env.filters["basename"] = lambda path: Path(str(path)).name

    from web import api, caches, worker
    from web.pages import (
        articles,
        corrections,
        coverage,
        glossary,
        jobs,
        outlets,
        people,
        quality,
        search,
    )
    from web.render import agencies_note

    app.jinja_env.globals["agencies"] = agencies_note
    # A title longer than this is a pasted paragraph: lists cut it, its page folds it.
    app.jinja_env.globals["TITLE_SHOWN"] = 300

    caches.init_app(app)
    for page in (articles, corrections, coverage, glossary, jobs, outlets, people, quality, search):
        app.register_blueprint(page.bp)
    app.register_blueprint(api.bp)
    worker.init_app(app)
    _register_errors(app)

    @app.before_request
    def known_host() -> None:
        """Answer only to the names this server is meant to have (werkzeug's own
        TRUSTED_HOSTS cannot match an IPv6 address, so the check is here)."""
        if _hostname(request.host) not in app.config["ALLOWED_HOSTS"]:
            abort(400, description="This server does not answer to that host name.")

    @app.before_request
    def same_origin_writes() -> None:
        """A form may only be sent from a page of this server (with CSRF tokens, and
        SameSite cookies, the third guard against cross-site requests)."""
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return
        sender = request.headers.get("Origin") or request.headers.get("Referer")
        if sender is None or sender == "null":
            abort(403, description="The form did not say which page sent it; send it again.")
        parts = urlsplit(sender)
        if f"{parts.scheme}://{parts.netloc}" != request.host_url.rstrip("/"):
            abort(403, description="Forms can only be sent from this server's own pages.")

    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            " frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.teardown_appcontext
    def close_store(_exc: BaseException | None) -> None:
        store = g.pop("store", None)
        if store is not None:
            store.close()

    return app


def _hostname(host: str) -> str:
    """``host`` without its port and brackets, lowercase: "[::1]:8000" -> "::1"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def get_store() -> Store:
    """The request's store (one SQLite connection per request)."""
    from flask import current_app

    if "store" not in g:
        store = Store(
            current_app.config["SETTINGS"].db_path, create=False, memos=app_caches().store
        )
        try:
            same = store.identity() == current_app.config["STORE_IDENTITY"]
        except OSError:
            same = False
        if not same:
            store.close()
            raise StoreGone(
                f"{store.path.name}: another file took the store's place since the server "
                "started; nothing was changed"
            )
        g.store = store
    found: Store = g.store
    return found


def glossary_layers() -> tuple[Layer, ...]:
    from flask import current_app

    settings: Settings = current_app.config["SETTINGS"]
    return settings.glossary_layers


def _load_glossary() -> LoadedGlossary:
    """The glossary, loaded once and again only when one of its files changes. A broken
    file does not break the pages: they keep the last glossary that loaded (or none), and
    the problems are kept to show."""
    layers = glossary_layers()
    failure: list[str] | None = None
    try:
        stamp = tuple(
            (layer.name, f.name, f.stat().st_mtime_ns, f.stat().st_size)
            for layer in layers
            for f in layer.files()
        )
    except OSError as exc:
        stamp, failure = (), [f"the glossary cannot be read ({exc.strerror})"]
    memo = app_caches().glossary
    kept = memo.last(layers)
    cached = kept[1] if kept is not None else None
    if cached is not None and cached.stamp == stamp and failure is None:
        return cached
    last_good = cached.glossary if cached is not None else Glossary([], "none")
    if failure is not None:
        loaded = LoadedGlossary(stamp, last_good, tuple(failure))
    else:
        try:
            loaded = LoadedGlossary(stamp, Glossary.load_layers(layers), ())
        except GlossaryError as exc:
            loaded = LoadedGlossary(stamp, last_good, tuple(str(p) for p in exc.problems))
    return memo.put(layers, stamp, loaded)


def get_glossary() -> Glossary:
    return _load_glossary().glossary


def glossary_problems() -> tuple[str, ...]:
    """Why the glossary files did not load; empty when they did."""
    return _load_glossary().problems


def _register_errors(app: Flask) -> None:
    def render_error(code: int, title: str, message: str) -> ResponseReturnValue:
        if request.path.startswith("/api/"):
            return jsonify({"error": title, "message": message}), code
        return render_template("error.html", code=code, title=title, message=message), code

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> ResponseReturnValue:
        return render_error(400, "Form expired", "Reload the page and send the form again.")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        messages = {
            400: "The request was not understood.",
            403: "That is not allowed from here.",
            404: "There is nothing at this address.",
            405: "That is not allowed here.",
            409: "That cannot be done now.",
            413: f"The upload is too large (at most {MAX_ARTICLE_BYTES // 1000} kB).",
        }
        code = exc.code or 500
        # What a page's own abort says ("There are 3 pages of stories.") is kept; werkzeug's
        # stock wording (its class's description) gives way to the plainer one above.
        own = exc.description if exc.description != type(exc).description else None
        return render_error(
            code,
            exc.name,
            exc.description or ""
            if code in (400, 403, 409)
            else own or messages.get(code, exc.description or ""),
        )

    @app.errorhandler(StoreError)
    def store_error(exc: StoreError) -> ResponseReturnValue:
        advice = {
            StoreReadOnly: "Pages can be read; nothing can be added or changed until the "
            "store file can be written.",
            StoreFull: "Free some disk space and try again; nothing stored was lost.",
            StoreGone: "Put the store back, or restart the server to use the file now at "
            "its place.",
        }
        app.logger.warning("store: %s", exc)
        title = {
            StoreReadOnly: "The store is read-only",
            StoreFull: "The disk is full",
            StoreGone: "The store is gone",
        }.get(type(exc), "The store cannot be used")
        return render_error(503, title, f"{exc}. {advice.get(type(exc), '')}".strip())

    @app.errorhandler(Exception)
    def server_error(exc: Exception) -> ResponseReturnValue:
        app.logger.exception("unhandled error")
        return render_error(500, "Something went wrong", "The error was logged. Try again.")
