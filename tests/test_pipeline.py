from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from glossary import Glossary
from glossary.entries import new_entry
from glossary.layers import save_entry
from glossary.matcher import ENGINE_RENDERS
from translate.doubt.current import current_translation
from translate.engines.base import Engine, Hint
from translate.pipeline.translating import translate_articles
from translate.records import Article
from translate.sources.ingest import read_article


class CountingEngine(Engine):
    """A test double: upper-cases text and records what it was asked to translate."""

    name = "counting"

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.calls: list[str] = []

    def model_id(self, lang: str) -> str:
        return "upper-1"

    def translate(self, sentences: Sequence[str], lang: str, hints=None) -> list[str]:
        self.calls.extend(sentences)
        return [s.upper() for s in sentences]


def test_edited_glossary_retranslates_only_what_it_changes(settings, store, tmp_path, seeds):
    layers = settings.with_overrides(glossary_path=tmp_path / "glossary").glossary_layers
    article = read_article(seeds[0])
    engine = CountingEngine(settings)
    translate_articles([article], engine, store, Glossary.load_layers(layers), batch_size=4)
    assert len(engine.calls) == 12  # title + 11 sentences

    engine.calls.clear()
    translate_articles([article], engine, store, Glossary.load_layers(layers))
    assert engine.calls == []

    save_entry(
        layers, new_entry("agreement", "term", "agreement", {"nl": "overeenstemming"}, "test", "t")
    )
    edited = Glossary.load_layers(layers)
    [result] = translate_articles([article], engine, store, edited)
    assert len(engine.calls) == 1 and "enige agreement bereikt" in engine.calls[0]
    assert result.signature.glossary == edited.version
    assert sum(not s.cached for s in result.sentences) == 1


def test_results_are_stored_for_the_pages(settings, store, glossary, seeds):
    article = read_article(seeds[4])
    engine = CountingEngine(settings)
    [result] = translate_articles([article], engine, store, glossary)
    again = current_translation(store, article.id)
    assert again == result
    assert again.title.english.startswith("Kremlin ONTKENT")
    # Enforcement restores the English form the double upper-cased away...
    assert "Putin" in again.sentences[0].english
    assert all(h.enforced for h in again.hits if h.kind not in ENGINE_RENDERS)
    # ...but an adjective is the engine's to render in context: upper-cased Dutch
    # ("RUSSISCHE") is no copied source form to repair, so it is reported missing.
    adjectives = [h for h in again.hits if h.kind in ENGINE_RENDERS]
    assert adjectives and not any(h.enforced for h in adjectives)


def test_english_articles_pass_through(settings, store, tmp_path: Path):
    path = tmp_path / "en.txt"
    path.write_text("Talks in Geneva\nThe talks in Geneva ended. Nobody was pleased.\n")
    article = read_article(path)
    assert article.lang == "en"
    engine = CountingEngine(settings)
    [result] = translate_articles([article], engine, store)
    assert engine.calls == []
    assert [s.english for s in result.sentences] == [
        "The talks in Geneva ended.",
        "Nobody was pleased.",
    ]


def test_blank_text_never_reaches_the_engine(settings, store, tmp_path: Path):
    from translate.records import Article, Sentence

    text = "Poetin sprak met Biden."
    article = Article("blank", "x", "", "nl", text, text, (Sentence(0, text, 0, len(text)),))
    engine = CountingEngine(settings)
    [result] = translate_articles([article], engine, store)
    assert engine.calls == [text]
    assert result.title.english == "" and result.sentences[0].english == text.upper()


def test_the_steps_in_order(settings, store, glossary, seeds):
    """plan -> cache -> engine -> assemble, each usable on its own."""
    from translate.pipeline.translating import (
        Outputs,
        assemble,
        distinct_requests,
        look_up_cache,
        plan,
    )

    article = read_article(seeds[0])
    engine = CountingEngine(settings)
    units = plan([article], engine, glossary)
    assert [u.index for u in units] == [-1, *range(len(article.sentences))]
    # The glossary's English is in what the engine gets; the title has no context.
    assert "Vladimir Putin" in units[1].protected.text and units[0].hint.previous is None
    assert units[2].hint.previous == units[1].protected.text
    requests = distinct_requests(units)["nl"]
    assert look_up_cache(store, engine, "nl", list(requests)) == {}
    translate_articles([article], engine, store, glossary)
    cached = look_up_cache(store, engine, "nl", list(requests))
    assert set(cached) == set(requests)
    outputs = Outputs({("nl", k): v for k, v in cached.items()}, {("nl", k) for k in cached})
    [result] = assemble([article], units, outputs, [signature_of(engine, glossary)], glossary)
    assert result.cached_count == len(article.sentences)
    assert "Vladimir Putin" in result.sentences[0].english  # enforcement undid the upper case


def signature_of(engine, glossary):
    from translate.pipeline.translating import signature

    return signature(engine, "nl", glossary)


class DroppingEngine(Engine):
    """A test double that reads hints: it leaves out the glossary terms it was asked to
    keep (as the small model sometimes does), unless the request insists on them; with
    ``stubborn`` it leaves them out even then."""

    name = "dropping"
    uses_hints = True

    def __init__(self, settings, stubborn: bool = False) -> None:
        super().__init__(settings)
        self.stubborn = stubborn
        self.calls: list[tuple[str, bool]] = []

    def model_id(self, lang: str) -> str:
        return "dropping-1"

    def translate(self, sentences: Sequence[str], lang: str, hints=None) -> list[str]:
        out = []
        for sentence, hint in zip(sentences, hints or [Hint()] * len(sentences), strict=True):
            self.calls.append((sentence, hint.insist))
            text = sentence
            if self.stubborn or not hint.insist:
                for _, english in hint.terms:
                    text = text.replace(english + " ", "")
            out.append(text)
        return out


def _article(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "putin.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path, lang="nl")


def test_a_dropped_term_is_asked_for_once_more(settings, store, glossary, tmp_path):
    article = _article(tmp_path, "Kremlin\n\nPoetin sprak dinsdag met de pers.\n")
    engine = DroppingEngine(settings)
    [result] = translate_articles([article], engine, store, glossary)
    [sentence] = result.sentences
    assert "Putin" in sentence.english and all(h.enforced for h in sentence.hits)
    assert sentence.tries == 2
    assert [insist for text, insist in engine.calls if "sprak" in text] == [False, True]

    engine.calls.clear()  # both attempts are cached
    [again] = translate_articles([article], engine, store, glossary)
    assert engine.calls == [] and again.sentences[0].english == sentence.english
    assert not sentence.cached and again.sentences[0].cached


def test_an_insisting_attempt_that_drops_the_term_too_is_not_kept(
    settings, store, glossary, tmp_path
):
    article = _article(tmp_path, "Kremlin\n\nPoetin sprak dinsdag met de pers.\n")
    engine = DroppingEngine(settings, stubborn=True)
    [result] = translate_articles([article], engine, store, glossary)
    [sentence] = result.sentences
    assert "Putin" not in sentence.english
    assert [h.english for h in sentence.hits if not h.enforced] == ["Putin"]
    assert "name" in sentence.flags  # still missing: marked, not hidden


def test_a_language_asks_again_for_dropped_terms_before_the_next_language(
    settings, store, glossary, tmp_path
):
    """An llm holds one language's shared prompt at a time: a sentence that dropped a term
    is asked again before the next language is translated, not after all of them."""
    dutch = _article(tmp_path, "Kremlin\n\nPoetin sprak dinsdag met de pers.\n")
    path = tmp_path / "putin-de.txt"
    path.write_text("Kreml\n\nPutin sprach am Dienstag mit der Presse.\n", encoding="utf-8")
    german = read_article(path, lang="de")
    engine = DroppingEngine(settings)
    langs: list[tuple[str, bool]] = []
    real = engine.translate

    def translate(sentences, lang, hints=None):
        langs.extend((lang, h.insist) for h in hints or [Hint()] * len(sentences))
        return real(sentences, lang, hints)

    engine.translate = translate  # type: ignore[method-assign]
    results = translate_articles([dutch, german], engine, store, glossary)
    assert all(r.sentences[0].tries == 2 for r in results)  # both asked again
    order = list(dict.fromkeys(langs))
    assert order == [("nl", False), ("nl", True), ("de", False), ("de", True)]


def test_no_second_request_without_repair(settings, store, glossary, tmp_path):
    article = _article(tmp_path, "Kremlin\n\nPoetin sprak dinsdag met de pers.\n")
    engine = DroppingEngine(settings)
    translate_articles([article], engine, store, glossary, repair=False)
    assert not any(insist for _, insist in engine.calls)
