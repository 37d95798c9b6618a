from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest

from web import create_app

A, B = "4e756820e369413a", "68aa529f7daee083"  # seeds 000 and 001


def test_a_comparison_is_computed_by_the_worker_not_the_request(app, monkeypatch) -> None:
    import threading

    # The worker waits until both requests are answered (it could otherwise finish the
    # comparison between them, and the second would find it done).
    worker = app.extensions["newsbridge-worker"]
    gate, run = threading.Event(), worker._run
    monkeypatch.setattr(worker, "_run", lambda job_id: (gate.wait(30), run(job_id)))
    client = app.test_client()
    first = client.get(f"/compare/{A}/{B}")
    assert first.status_code == 202 and "Comparing" in first.get_data(as_text=True)
    api = client.get(f"/api/compare/{A}/{B}")
    assert api.status_code == 202 and api.get_json()["status"] == "computing"
    assert api.get_json()["job"] in first.get_data(as_text=True)  # the same job, not two
    gate.set()
    worker.wait()
    job = client.get(api.get_json()["poll"]).get_json()
    assert job["status"] == "done" and job["kind"] == "compare"
    assert client.get(f"/compare/{A}/{B}").status_code == 200
    assert "pairs" in client.get(f"/api/compare/{A}/{B}").get_json()


def test_limits_are_said_on_the_page(app, client, monkeypatch) -> None:
    import translate.coverage.compare

    monkeypatch.setattr(translate.coverage.compare, "MAX_COMPARED_SENTENCES", 5)
    page = client.get(f"/compare/{A}/{B}").get_data(as_text=True)
    assert "Only the first 5 of the 11 sentences of A were compared" in page


def test_sentences_past_the_limit_are_shown_as_not_compared(app, client, monkeypatch) -> None:
    """Past the limit of sentences compared, the rest is listed as not compared on the
    page and in the API, neither shared nor only in one, not dropped (issue 35)."""
    import translate.coverage.compare

    monkeypatch.setattr(translate.coverage.compare, "MAX_COMPARED_SENTENCES", 5)
    page = client.get(f"/compare/{A}/{B}").get_data(as_text=True)
    result = client.get(f"/api/compare/{A}/{B}").get_json()
    past_a = [o["index"] for o in result["not_compared_a"]]
    assert past_a == list(range(5, 11))
    shown = {i for p in result["pairs"] for i in p["a"]} | {o["index"] for o in result["only_a"]}
    assert shown == set(range(5)) and not shown & set(past_a)
    rows = page.count('class="row-not-compared"')
    assert rows == len(past_a) + len(result["not_compared_b"])
    assert page.count("A · not compared") == len(past_a)
    assert f"{rows} not compared)" in page


def _token(client, path: str) -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/", "Stories"),
        (f"/article/{A}", "Vladimir Putin"),
        (f"/compare/{A}/{B}", "of all sentences are reported by both"),
        (f"/compare/{A}/{B}?view=original", "Oekraïne"),
        ("/glossary", "Add an entry"),
        ("/glossary?q=Poetin&kind=person", "Putin"),
        ("/glossary/putin/edit", "Save changes"),
        ("/add", "Add and translate"),
    ],
)
def test_pages(client, path: str, needle: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert needle in response.get_data(as_text=True)
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_library_groups_and_links_comparisons(client) -> None:
    page = client.get("/").get_data(as_text=True)
    assert page.count('class="story"') >= 2
    assert f"/compare/{A}/{B}" in page or f"/compare/{B}/{A}" in page
    assert "covers" in page and "ANP" in page and "euronews" in page


def test_a_doubtful_title_is_marked_wherever_it_is_shown(client, app) -> None:
    # The none engine's "English" titles are the Dutch ones: marked in the library, and in
    # the headers of the compare and story pages, not only on the article page.
    from translate.doubt.current import current_translation

    with app.app_context():
        from web import get_store

        title = current_translation(get_store(), A).title
    assert title.flags, title
    library = client.get("/").get_data(as_text=True)
    link = re.search(rf'href="/article/{A}" class="title">[^<]*</a>(.{{0,80}})', library, re.S)
    assert link and 'class="doubt"' in link.group(1)
    # Every translated title of the library says whether it is doubted.
    assert library.count('class="doubt"') >= 5
    compare = client.get(f"/compare/{A}/{B}").get_data(as_text=True)
    head = compare.split("<table", 1)[0]
    assert head.count('class="doubt"') == 2, head


def test_article_page_marks_glossary_terms_with_provenance(client) -> None:
    page = client.get(f"/article/{A}").get_data(as_text=True)
    assert re.search(
        r'<mark class="term term-person" tabindex="0" data-tip="Vladimir Putin · '
        r'person · added by [^"]+ source: [^"]+">Vladimir Poetin',
        page,
    )
    assert "Removed from the page" in page and "Meer uit Buitenland" in page
    # How the English was made: engine, model and glossary version.
    assert re.search(
        r"Translated by <strong>none</strong>\s+\(model <code>identity</code>\), "
        r"glossary version <code>[0-9a-f]{12}</code>",
        page,
    )


def test_compare_page_links_shared_sentences(client) -> None:
    page = client.get(f"/compare/{A}/{B}").get_data(as_text=True)
    assert 'class="row-partial"' in page or 'class="row-shared"' in page
    assert '<mark class="match">' in page
    assert "only in A" in page and "only in B" in page


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/article/0000000000000000", 404),
        ("/article/..%2F..%2Fetc%2Fpasswd", 404),
        ("/article/XYZ", 404),
        (f"/compare/{A}/{A}", 400),
        (f"/compare/{A}/{B}?view=raw", 400),
        ("/nowhere", 404),
        ("/glossary/nobody/edit", 404),
        ("/jobs/0123456789abcdef", 404),
    ],
)
def test_errors_get_a_clear_page_without_traceback(client, path: str, code: int) -> None:
    response = client.get(path)
    assert response.status_code == code
    body = response.get_data(as_text=True)
    assert "Traceback" not in body and "<h1>" in body


def test_server_error_page(app, client) -> None:
    @app.get("/boom")
    def boom():  # type: ignore[no-untyped-def]
        raise RuntimeError("secret detail")

    response = client.get("/boom")
    assert response.status_code == 500
    assert "secret detail" not in response.get_data(as_text=True)
    assert "Something went wrong" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({"Origin": "http://evil.example"}, 403),
        ({"Origin": "null"}, 403),
        ({"Origin": "http://localhost:8000"}, 403),  # another port is another origin
        ({"Referer": "http://evil.example/page"}, 403),
        ({}, 403),  # neither header
        ({"Referer": "http://localhost/add"}, 303),
        ({"Origin": "http://localhost"}, 303),
    ],
)
def test_forms_only_from_this_servers_pages(app, headers: dict, code: int) -> None:
    client = app.test_client()
    page = client.get("/add").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    data = {
        "csrf_token": token,
        "text": "Titel\nDe NAVO vergadert vandaag in Brussel.",
        "lang": "nl",
    }
    response = client.post("/add", data=data, headers=headers)
    assert response.status_code == code
    if code == 403:
        assert "this server" in response.get_data(as_text=True) or "which page" in (
            response.get_data(as_text=True)
        )


@pytest.mark.parametrize(
    ("host", "code"),
    [("localhost", 200), ("127.0.0.1:8000", 200), ("[::1]:8000", 200), ("evil.example", 400),
     ("attacker.localhost.example", 400)],
)  # fmt: skip
def test_only_the_hosts_it_serves(client, host: str, code: int) -> None:
    assert client.get("/", headers={"Host": host}).status_code == code


def test_more_hosts_can_be_allowed(seeded_settings) -> None:
    settings = seeded_settings.with_overrides(allowed_hosts=("news.internal",))
    app = create_app({"SETTINGS": settings, "SECRET_KEY": "t", "ENGINE": "none", "WORKER": False})
    assert app.test_client().get("/", headers={"Host": "news.internal"}).status_code == 200
    served = create_app(
        {"SETTINGS": seeded_settings, "SECRET_KEY": "t", "WORKER": False, "SERVE_HOST": "box"}
    )
    assert served.test_client().get("/", headers={"Host": "box:8000"}).status_code == 200


def test_the_session_cookie_is_same_site(client) -> None:
    response = client.get("/add")
    cookie = response.headers["Set-Cookie"]
    assert "SameSite=Lax" in cookie and "HttpOnly" in cookie


def test_forms_need_the_csrf_token(client) -> None:
    response = client.post("/glossary", data={"id": "x", "kind": "term", "en": "x"})
    assert response.status_code == 400 and "Form expired" in response.get_data(as_text=True)


def test_add_and_edit_a_glossary_entry(app, client) -> None:
    token = _token(client, "/glossary")
    form = {
        "csrf_token": token,
        "id": "alexander-grushko",
        "kind": "person",
        "en": "Alexander Grushko",
        "nl": "Aleksandr Groesjko",
        "de": "Alexander Gruschko",
        "source": "ANP 2024",
        "added_by": "ann",
    }
    response = client.post("/glossary", data=form)
    assert response.status_code == 303
    listed = client.get("/glossary?q=grushko").get_data(as_text=True)
    assert "Alexander Gruschko" in listed and "ann, " in listed

    clash = dict(form, id="poutine", en="poutine", nl="Poetin", de="")
    response = client.post("/glossary", data=clash)
    assert response.status_code == 400
    assert "maps to &#39;poutine&#39;" in response.get_data(as_text=True)

    page = client.get("/glossary/alexander-grushko/edit").get_data(as_text=True)
    token = _token(client, "/glossary/alexander-grushko/edit")
    base = re.search(r'name="base" value="([0-9a-f]+)"', page).group(1)  # as a browser sends
    edit = dict(form, csrf_token=token, base=base, nl="Aleksandr Groesjko | Aleksandr Grusjko")
    assert client.post("/glossary/alexander-grushko/edit", data=edit).status_code == 303
    api = client.get("/api/glossary/alexander-grushko").get_json()
    assert api["nl"] == ["Aleksandr Groesjko", "Aleksandr Grusjko"] and api["added_by"] == "ann"


XSS = (
    "Kremlin <script>alert(1)</script> ontkent\n"
    "MOSKOU (ANP) - Het Kremlin <script>alert(1)</script> heeft ontkend dat Poetin heeft "
    "gebeld. Woordvoerder Peskov zei <b>niets</b> meer.\n"
)


def test_untrusted_article_text_renders_as_text(app, client) -> None:
    token = _token(client, "/add")
    response = client.post("/add", data={"csrf_token": token, "text": XSS, "lang": "nl"})
    assert response.status_code == 303
    job_url = response.headers["Location"]
    app.extensions["newsbridge-worker"].wait()
    job = client.get("/api" + job_url).get_json()
    assert job["status"] == "done", job
    page = client.get(f"/article/{job['article_id']}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>niets</b>" not in page
    assert "Putin" in page  # translated (none engine + glossary) by the worker
    assert "Translated" in client.get(job_url).get_data(as_text=True)


def test_upload_a_file_and_follow_the_job(app, client, seeds) -> None:
    token = _token(client, "/add")
    data = {"csrf_token": token, "file": (io.BytesIO(seeds[4].read_bytes()), "kremlin.txt")}
    response = client.post("/add", data=data, content_type="multipart/form-data")
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<progress" in page
    app.extensions["newsbridge-worker"].wait()
    deadline = time.monotonic() + 10
    while client.get("/api" + response.headers["Location"]).get_json()["status"] != "done":
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_upload_limits(client) -> None:
    big = b"x" * 1_200_000  # refused on its length, before anything is read
    response = client.post("/add", data=big, content_type="multipart/form-data; boundary=b")
    assert response.status_code == 413 and "too large" in response.get_data(as_text=True)
    token = _token(client, "/add")
    wrong = {"csrf_token": token, "file": (io.BytesIO(b"\x89PNG..."), "photo.png")}
    response = client.post("/add", data=wrong, content_type="multipart/form-data")
    assert response.status_code == 400 and "only .txt and .html" in response.get_data(as_text=True)
    token = _token(client, "/add")
    empty = client.post("/add", data={"csrf_token": token, "text": "  "})
    assert empty.status_code == 400 and "empty" in empty.get_data(as_text=True)


def test_json_api(client) -> None:
    articles = client.get("/api/articles").get_json()["articles"]
    assert len(articles) == 5 and all(a["translated"] for a in articles)
    article = client.get(f"/api/articles/{A}").get_json()
    assert article["dateline"] == "MOSKOU"
    translation = client.get(f"/api/articles/{A}/translation").get_json()
    assert translation["signature"]["engine"] == "none"
    # Every sentence says how far to trust it: the none engine's Dutch is doubted (with the
    # glossary's names in English, some are no longer the original itself).
    reasons = set()
    for sentence in translation["sentences"]:
        assert sentence["confidence"] <= 0.2 and sentence["flags"] == ["not-english"]
        assert len(sentence["reasons"]) == 1 and "Dutch" in sentence["reasons"][0]
        reasons.update(sentence["reasons"])
    assert "the Dutch original, untranslated" in reasons
    compare = client.get(f"/api/compare/{A}/{B}").get_json()
    assert 0 <= compare["overlap"] <= 1 and compare["pairs"]
    stories = client.get("/api/stories").get_json()
    assert sum(len(g["articles"]) for g in stories["groups"]) == 5
    glossary = client.get("/api/glossary?q=navo-chef").get_json()
    assert [e["id"] for e in glossary["entries"]] == ["nato-chief"]
    missing = client.get("/api/articles/0000000000000000")
    assert missing.status_code == 404 and missing.get_json()["error"] == "Not Found"


def test_quality_page_shows_stored_runs_and_saved_reports(app, cli, tmp_path: Path) -> None:
    # A real `newsbridge eval` into the app's store and a saved report, plus a broken one.
    src, ref = tmp_path / "src.nl", tmp_path / "ref.en"
    src.write_text("Poetin sprak met Biden.\nDe NAVO vergadert.\n", encoding="utf-8")
    ref.write_text("Putin spoke with Biden.\nNATO is meeting.\n", encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    db = app.config["SETTINGS"].db_path
    made = cli(
        *("eval", "--engine", "none", "--lang", "nl", "--src", str(src), "--ref", str(ref)),
        *("--report", str(reports / "none.json")),
        db=db,
    )
    assert made.exit_code == 0, made.output
    (reports / "broken.json").write_text('{"created": "2026-01-01", "results": [{"bleu": 1}]}')
    app.config["REPORTS_DIR"] = reports

    page = app.test_client().get("/quality").get_data(as_text=True)
    assert page.count('class="run"') == 2  # the stored run and the saved report
    assert "this installation" in page and "none.json" in page
    assert page.count('<th scope="row">src.nl</th>') == 4  # two runs, glossary off and on
    assert "broken.json: results[0].testset: missing" in page
    assert "nrefs:1|case:mixed" in page and ">off<" in page and ">on<" in page
    assert str(tmp_path) not in page  # file names only, not server paths

    data = app.test_client().get("/api/quality").get_json()
    runs = data["runs"]
    assert {r["origin"] for r in runs} == {"this installation", "none.json"}
    rows = runs[0]["results"]
    assert [r["glossary"] is not None for r in rows] == [False, True]
    assert rows[1]["term_accuracy"] == 1.0 and rows[1]["bleu"] > rows[0]["bleu"]
    # The none engine's Dutch is all marked doubtful, sentence by sentence.
    assert rows[0]["doubt"]["flagged_share"] == 1.0
    # Sentence by sentence in the saved report; the store keeps the summary the page reads.
    import json

    saved = json.loads((reports / "none.json").read_text())["results"]
    assert [r["flags"] for r in saved[0]["per_sentence"]] == [["not-english"]] * 2
    assert rows[0]["per_sentence"] == []  # the store keeps the summary only
    assert page.count('<td data-label="Marked doubtful">100%</td>') == 4


def test_story_page_shows_what_all_report_and_what_one_does(app, client) -> None:
    # Untranslated (none engine) seeds group in pairs; a looser grouping joins what the
    # time window allows (000, 001, 002), as `newsbridge stories` would store it.
    from translate.coverage.compare import stories
    from translate.coverage.docs import Doc
    from translate.doubt.current import current_translation
    from translate.results import StorySettings
    from translate.storage.store import Store

    with Store(app.config["SETTINGS"].db_path) as store:
        docs = [Doc(a, current_translation(store, a.id)) for a in store.list_articles()]
        stories(store, docs, StorySettings(threshold=0.0))
    library = client.get("/").get_data(as_text=True)
    link = re.search(r'class="whole-story" href="(/stories/[0-9a-f]{16})"', library)
    assert link, "a story with three or more translated articles links to the story view"
    moved = client.get(link.group(1))  # the story's stable id leads to its view
    assert moved.status_code == 303 and moved.headers["Location"].startswith("/story/")
    link = re.match(r"(/story/[0-9a-f]{16})", moved.headers["Location"])
    page = client.get(link.group(1)).get_data(as_text=True)
    assert "Reported by one only" in page and "only here" in page
    data = client.get("/api" + link.group(1)).get_json()
    size = len(data["articles"])
    # The three Geneva articles (003 is 43 days before 000, 004 three years later)
    assert size == 3 and page.count('<th scope="col">') == size
    rows = page.count('<tr class="row-')
    assert rows == len(data["facts"])
    original = client.get(link.group(1) + "?view=original").get_data(as_text=True)
    assert 'lang="nl"' in original
    assert client.get(link.group(1) + "?view=x").status_code == 400
    alone = client.get("/story/0000000000000000")
    assert alone.status_code == 404


def _suggested(client) -> list[str]:
    """The names the glossary page suggests, once the worker has found them."""
    if "Looking for them" in client.get("/glossary").get_data(as_text=True):
        client.application.extensions["newsbridge-worker"].wait()
    page = client.get("/glossary").get_data(as_text=True)
    return re.findall(r"<li><strong>([^<]+)</strong> ×\d+", page)


def _add_troop_build_up(client) -> None:
    """Add the entry that covers the suggestion "Truppenaufmarsch", as the page's form does."""
    form = {
        "csrf_token": _token(client, "/glossary"),
        "id": "troop-build-up",
        "kind": "term",
        "en": "troop build-up",
        "nl": "",
        "de": "Truppenaufmarsch",
        "source": "euronews 2021",
        "added_by": "ann",
    }
    assert client.post("/glossary", data=form).status_code == 303


def test_glossary_suggestions_follow_the_glossary_and_the_articles(app, client) -> None:
    from translate.sources.ingest import parse_bytes
    from translate.storage.store import Store

    assert "Truppenaufmarsch" in _suggested(client)
    _add_troop_build_up(client)
    assert "Truppenaufmarsch" not in _suggested(client)  # a new glossary version

    text = (
        "Overleg in Wenen\nWENEN (ANP) - Minister Blaszczak sprak in Wenen met zijn "
        "collega's. Blaszczak noemde het gesprek nuttig. Volgens Blaszczak volgt later meer.\n"
    )
    with Store(app.config["SETTINGS"].db_path) as store:
        store.put_articles([parse_bytes(text.encode(), "wenen.txt", lang="nl")])
    assert "Blaszczak" in _suggested(client)  # a new article


def _job(client, response) -> dict:
    return client.get("/api" + response.headers["Location"]).get_json()


def test_a_text_in_no_clear_language_asks_which_it_is(app, client) -> None:
    response = client.post(
        "/add", data={"csrf_token": _token(client, "/add"), "text": "Poetin en NAVO\nPoetin, NAVO."}
    )
    assert response.status_code == 303  # the request only stored it
    app.extensions["newsbridge-worker"].wait()
    job = _job(client, response)
    assert job["status"] == "needs-language" and job["guess"] in ("nl", "de", "en")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Which language is it?" in page and "looks most like" in page
    assert re.search(rf'value="{job["guess"]}" checked', page)
    token = _token(client, response.headers["Location"])
    retry = client.post(
        response.headers["Location"] + "/retry", data={"csrf_token": token, "lang": "nl"}
    )
    assert retry.status_code == 303
    app.extensions["newsbridge-worker"].wait()
    job = _job(client, response)
    assert job["status"] == "done" and job["lang"] == "nl"
    article = client.get(f"/api/articles/{job['article_id']}").get_json()
    assert article["language"] == "nl"


def test_a_failed_job_can_be_tried_again(seeded_settings) -> None:
    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "t", "ENGINE": "argos"})
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"
    text = "Overleg\nDe ministers spraken dinsdag lang met elkaar in Wenen over de oorlog."
    response = client.post("/add", data={"csrf_token": _token(client, "/add"), "text": text})
    app.extensions["newsbridge-worker"].wait()
    job = _job(client, response)
    assert job["status"] == "failed" and "newsbridge models install" in job["error"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Try again" in page and "newsbridge models install" in page
    token = _token(client, response.headers["Location"])
    again = client.post(response.headers["Location"] + "/retry", data={"csrf_token": token})
    assert again.status_code == 303
    app.extensions["newsbridge-worker"].wait()
    assert _job(client, response)["attempts"] == 1  # started afresh, failed again
    done = client.post(f"/jobs/{job['id']}/cancel", data={"csrf_token": token})
    assert done.status_code == 409


def test_a_running_job_can_be_cancelled_and_resumed(seeded_settings, monkeypatch) -> None:
    from tests.support import slow_engine
    from translate.engines import ENGINES

    monkeypatch.setitem(ENGINES, "slow", slow_engine.PATH)
    monkeypatch.setattr(slow_engine.SlowEngine, "pause", 0.04)
    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "t", "ENGINE": "slow"})
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"
    text = "Overleg\n" + " ".join(f"Zin nummer {n} gaat over het overleg." for n in range(30))
    response = client.post(
        "/add", data={"csrf_token": _token(client, "/add"), "text": text, "lang": "nl"}
    )
    deadline = time.monotonic() + 20
    while _job(client, response)["done"] < 4:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    token = _token(client, response.headers["Location"])
    assert client.post(response.headers["Location"] + "/cancel", data={"csrf_token": token})
    app.extensions["newsbridge-worker"].wait()
    job = _job(client, response)
    assert job["status"] == "cancelled" and 4 <= job["done"] < job["total"]
    slow_engine.SlowEngine.calls.clear()
    client.post(response.headers["Location"] + "/retry", data={"csrf_token": token})
    app.extensions["newsbridge-worker"].wait()
    job = _job(client, response)
    assert job["status"] == "done"
    assert len(slow_engine.SlowEngine.calls) < job["total"]  # what was done is kept


def test_the_library_and_the_article_list_come_in_pages(client, monkeypatch) -> None:
    import web.views

    monkeypatch.setattr(web.views, "STORIES_PER_PAGE", 2)
    first = client.get("/").get_data(as_text=True)
    assert first.count('class="story"') == 2 and "Page 1 of 2" in first
    assert 'rel="next" href="/?page=2"' in first
    second = client.get("/?page=2").get_data(as_text=True)  # 4 stories: 000+001, 002, 003, 004
    assert second.count('class="story"') == 2 and 'rel="prev"' in second
    assert client.get("/?page=3").status_code == 404
    assert client.get("/?page=x").status_code == 400
    listed = client.get("/api/articles?per_page=2").get_json()
    assert listed["total"] == 5 and listed["pages"] == 3 and len(listed["articles"]) == 2
    assert listed["next"] == "/api/articles?page=2&per_page=2"
    last = client.get("/api/articles?page=3&per_page=2").get_json()
    assert len(last["articles"]) == 1 and last["next"] is None
    everything = client.get("/api/articles").get_json()
    ids = [a["id"] for a in everything["articles"]]
    assert ids == [a["id"] for p in (1, 2, 3) for a in client.get(
        f"/api/articles?page={p}&per_page=2").get_json()["articles"]]  # fmt: skip


def test_a_big_story_links_the_whole_story_and_any_two_on_demand(app, client) -> None:
    from translate.coverage.compare import stories
    from translate.coverage.docs import Doc
    from translate.doubt.current import current_translation
    from translate.results import StorySettings
    from translate.storage.store import Store

    with Store(app.config["SETTINGS"].db_path) as store:
        docs = [Doc(a, current_translation(store, a.id)) for a in store.list_articles()]
        stories(store, docs, StorySettings(threshold=0.0))  # all five in one story
    page = client.get("/").get_data(as_text=True)
    assert page.count('class="whole-story"') == 1
    assert 'href="/compare/' not in page  # no list of all ten pairs
    assert page.count('<select id="pick-1-a" name="a">') == 1
    picked = client.get(f"/compare?a={A}&b={B}")
    assert picked.status_code == 303 and picked.headers["Location"] == f"/compare/{A}/{B}"
    assert client.get("/compare?a=x&b=y").status_code == 400


def test_the_cached_library_follows_every_write(app, client) -> None:
    from translate.sources.ingest import parse_bytes
    from translate.storage.store import Store

    assert "Overleg in Wenen" not in client.get("/").get_data(as_text=True)
    with Store(app.config["SETTINGS"].db_path) as store:  # another connection, as the CLI
        version = store.version()
        text = "Overleg in Wenen\nDe ministers spraken dinsdag lang in Wenen over de oorlog."
        store.put_articles([parse_bytes(text.encode(), "wenen.txt", lang="nl")])
        assert store.version() == version + 1
    assert "Overleg in Wenen" in client.get("/").get_data(as_text=True)


def test_a_linked_pair_says_why(client) -> None:
    page = client.get(f"/compare/{A}/{B}").get_data(as_text=True)
    tips = re.findall(r'<span class="label" tabindex="0" data-tip="([^"]+)">A · ', page)
    assert tips and all(t.startswith("score 0.") and "shared from 0.50" in t for t in tips)
    assert any("words in common beyond names: " in t for t in tips)


def test_dates_show_and_can_be_set_on_the_article_page(client) -> None:
    page = client.get(f"/article/{A}").get_data(as_text=True)
    assert 'published <time datetime="2022-01-15">' in page  # from seeds/000's .meta
    token = _token(client, f"/article/{A}")
    for bad, why in (("2022-02-30", "is not a date"), ("2099-01-01", "is in the future")):
        refused = client.post(
            f"/article/{A}/published", data={"csrf_token": token, "published": bad}
        )
        assert refused.status_code == 400 and why in refused.get_data(as_text=True)
        assert client.get(f"/api/articles/{A}").get_json()["published"] == "2022-01-15"
    done = client.post(
        f"/article/{A}/published", data={"csrf_token": token, "published": "2022-01-16"}
    )
    assert done.status_code == 303
    assert client.get(f"/api/articles/{A}").get_json()["published"] == "2022-01-16"
    story = client.get(f"/story/{A}")
    if story.status_code == 200:
        assert '<time datetime="2022-01-16">' in story.get_data(as_text=True)


def test_suggestions_are_not_recomputed_for_unrelated_writes(app, client, monkeypatch) -> None:
    import translate.coverage.suggestions
    from translate.storage.memo import Memo

    client.get("/glossary")
    calls = []
    real = translate.coverage.suggestions.suggest
    fake = lambda *a, **k: calls.append(1) or real(*a, **k)  # noqa: E731
    monkeypatch.setattr(translate.coverage.suggestions, "suggest", fake)
    client.get(f"/compare/{A}/{B}")  # stores a comparison: the store's version moves on
    client.get("/glossary")
    assert calls == []
    app.extensions["newsbridge"].suggestions = Memo(1)  # a restart reads the stored ones
    client.get("/glossary")
    assert calls == []


def test_suggestions_are_found_by_the_worker_never_in_a_request(app, client) -> None:
    """The page never reads every article itself: the worker finds the names, and the
    page shows the last ones found (less what the glossary now covers)."""
    from translate.sources.ingest import parse_bytes
    from translate.storage.store import Store

    worker = app.extensions["newsbridge-worker"]
    text = "Overleg in Wenen\nWENEN (ANP) - Minister Blaszczak sprak. Blaszczak was kort.\n"
    with Store(app.config["SETTINGS"].db_path) as store:
        store.put_articles([parse_bytes(text.encode(), "wenen.txt", lang="nl")])
    page = client.get("/glossary").get_data(as_text=True)
    assert "Looking for them in the stored articles" in page and "Reload the page" in page
    worker.wait()
    assert {"Truppenaufmarsch", "Blaszczak"} <= set(_suggested(client))
    _add_troop_build_up(client)
    page = client.get("/glossary").get_data(as_text=True)
    assert "again (the glossary or the articles changed); meanwhile, the ones found" in page
    shown = _suggested(client)
    assert "Blaszczak" in shown and "Truppenaufmarsch" not in shown  # covered now
    worker.wait()
    assert "Looking for them" not in client.get("/glossary").get_data(as_text=True)


def test_a_doubt_mark_escapes_what_the_article_and_the_model_wrote() -> None:
    from translate.records import SentenceTranslation
    from web.render import doubt_marker

    hostile = SentenceTranslation(
        0,
        'Hij zei "><script>alert(1)</script> niets.',
        "He said <img src=x onerror=alert(1)>.",
        False,
        confidence=0.2,
        flags=("not-english",),
        reasons=('left in Dutch: "><b>x</b>',),
    )
    mark = str(doubt_marker(hostile))
    assert "<script>" not in mark and "<b>" not in mark and '"><' not in mark
    assert "&lt;script&gt;" in mark and "&#34;&gt;&lt;b&gt;" in mark
    assert doubt_marker(SentenceTranslation(0, "a", "a", False, confidence=1.0)) == ""


def test_glossary_page_filters_by_kind_and_file(client) -> None:
    page = client.get("/glossary?kind=adjective&file=shipped:adjectives.tsv").get_data(as_text=True)
    assert "russisch" in page and "Vladimir Putin" not in page and "Sacharowa" not in page
    assert '<option value="shipped:people.tsv">' in page  # every file is offered
    people = client.get("/glossary?file=shipped:people.tsv&q=sacharowa").get_data(as_text=True)
    assert "Maria Zakharova" in people and "shipped:people.tsv" in people
    generated = client.get("/glossary?origin=generated&q=Wenen").get_data(as_text=True)
    assert "Vienna" in generated and "CLDR time zone Europe/Vienna" in generated


def test_wire_copies_page_and_api_follow_the_stored_articles(app, client, tmp_path) -> None:
    """Two sites carrying one text: listed once, with what the copy changed; the first
    carrier is the earliest published, and a changed date is seen on the next request."""
    from tests.support.site import DUTCH
    from translate.sources.ingest import read_article

    assert client.get("/api/wire").get_json() == {"texts": []}  # the seeds carry no copies
    sentences = DUTCH.split(". ")
    paths = []
    for name, outlet, day, text in [
        ("anp", "ANP", "2021-12-07", f"Lavrov spreekt in Genève\n\n{DUTCH}\n"),
        ("krant", "Regiokrant", "2021-12-08", "Overleg zakelijk\n\n" + ". ".join(sentences[:-1])),
    ]:
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta").write_text(f"outlet: {outlet}\npublished: {day}\n")
        paths.append(path)
    anp, krant = (read_article(p) for p in paths)
    with app.app_context():
        from web import get_store

        get_store().put_articles([krant, anp])
    (text,) = client.get("/api/wire").get_json()["texts"]
    assert text["text"]["outlet"] == "ANP" and [c["outlet"] for c in text["copies"]] == [
        "Regiokrant"
    ]
    (copy,) = text["copies"]
    assert copy["added"] == [] and copy["removed"] == [sentences[-1]]
    html = client.get("/wire").get_data(as_text=True)
    assert "Regiokrant" in html and "1 sentence left out or reworded" in html
    assert "uitbreiding naar het oosten" in html

    token = _token(client, f"/article/{krant.id}")
    moved = client.post(
        f"/article/{krant.id}/published", data={"csrf_token": token, "published": "2021-12-06"}
    )
    assert moved.status_code == 303
    (text,) = client.get("/api/wire").get_json()["texts"]
    assert text["text"]["outlet"] == "Regiokrant"  # now the earlier of the two


def test_the_library_folds_the_articles_past_the_compared_ones(app, client, monkeypatch) -> None:
    import translate.coverage.stories
    import web.views
    from translate.coverage.compare import stories
    from translate.coverage.docs import Doc
    from translate.doubt.current import current_translation
    from translate.results import StorySettings

    monkeypatch.setattr(translate.coverage.stories, "MAX_STORY_ARTICLES", 2)
    monkeypatch.setattr(web.views, "MAX_STORY_ARTICLES", 2)
    with app.app_context():
        from web import get_store

        store = get_store()
        docs = [Doc(a, current_translation(store, a.id)) for a in store.list_articles()]
        grouping = stories(store, docs, StorySettings(threshold=0.0))  # untranslated text
    geneva = max(grouping.groups, key=lambda g: len(g.articles))
    assert len(geneva.articles) == 3 and len(geneva.coverage) == 2
    page = client.get("/").get_data(as_text=True)
    assert "1 more article, not in the coverage figures (a story's first 2 articles are" in page
    assert "The first 2 of its 3 articles side by side: what all of them report" in page
    shown, rest = page.split('class="more-articles"')
    assert "covers" in shown.rsplit('class="story"', 1)[-1]
    assert "covers" not in rest.split("</details>")[0]
    assert "In a story of more than 2 articles, the first 2 are compared" in page
