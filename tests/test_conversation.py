"""An article as one conversation (issue 40): which requests a conversation engine gets, what
the cache key holds, and how the model's memory is built (a fake model: every piece it is
given is recorded). The real model's side is in ``tests/test_llm.py`` (slow)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from tests.support.cluster_engines import TalkEngine
from translate.config import Settings
from translate.engines.base import Hint
from translate.engines.llm_conversation import Conversation, Pieces
from translate.engines.llm_decode import Decoding
from translate.pipeline.translating import conversations, plan, translate_articles
from translate.records import Article, Rendering, Sentence


def _talker() -> TalkEngine:
    return TalkEngine(Settings.from_env({"NEWSBRIDGE_HOME": "/nonexistent"}))


def _article(ident: str, texts: Sequence[str], title: str = "Titel") -> Article:
    body = " ".join(texts)
    sentences, at = [], 0
    for n, text in enumerate(texts):
        sentences.append(Sentence(n, text, at, at + len(text)))
        at += len(text) + 1
    return Article(ident, title, "", "nl", body, body, tuple(sentences))


ARTICLE = ["Het regent.", "De NAVO vergadert.", "Poetin zwijgt.", "Morgen meer."]


def test_each_sentence_holds_its_turn_and_what_came_before() -> None:
    engine = _talker()
    units = plan([_article("a", ARTICLE)], engine, None)
    title, *body = units
    assert title.hint.turn is None  # the title stands alone
    assert [u.hint.turn for u in body] == [0, 1, 2, 3]
    assert len({u.hint.before for u in body}) == 4
    # A change in the middle: the sentences before it keep their keys, those after do not.
    changed = plan([_article("b", [*ARTICLE[:2], "Poetin spreekt.", ARTICLE[3]])], engine, None)
    keys, other = [u.key for u in body], [u.key for u in changed[1:]]
    assert keys[:2] == other[:2]
    assert keys[2] != other[2] and keys[3] != other[3]
    # Same text, same keys: a wire copy is the same requests.
    assert [u.key for u in plan([_article("c", ARTICLE)], engine, None)[1:]] == keys


def test_engines_without_conversations_are_asked_as_before() -> None:
    from translate.engines.none import NoneEngine

    engine = NoneEngine(Settings.from_env({"NEWSBRIDGE_HOME": "/nonexistent"}))
    units = plan([_article("a", ARTICLE)], engine, None)
    assert all(u.hint.turn is None for u in units)


def test_a_conversation_engine_gets_each_article_whole_and_in_order() -> None:
    engine = _talker()
    articles = [_article("a", ARTICLE), _article("b", ["Een.", "Twee."], title="")]
    units = plan(articles, engine, None)
    batches = conversations(units, [u.key for u in units])
    assert [[u.index for u in b] for b in batches] == [[0, 1, 2, 3], [0, 1], [-1]]
    # Only the second article lacks an English: only it is asked, whole.
    missing = [u.key for u in units if u.article == 1 and u.index == 1]
    assert [[u.article for u in b] for b in conversations(units, missing)] == [[1, 1]]


def test_an_article_that_grew_is_made_again_whole_and_a_copy_comes_from_the_cache(
    store,
) -> None:
    engine = _talker()
    first = translate_articles([_article("a", ARTICLE)], engine, store)[0]
    said = sum(map(len, ARTICLE))
    assert [s.english for s in first.sentences][-1] == f"3:{said}: MORGEN MEER."
    # A wire copy of it: nothing asked.
    engine.batches.clear()
    copy = translate_articles([_article("copy", ARTICLE)], engine, store)[0]
    assert engine.batches == []
    assert [s.english for s in copy.sentences] == [s.english for s in first.sentences]
    assert all(s.cached for s in copy.sentences)
    # The same article with one sentence more: the conversation is made again from its
    # start (the model needs it in memory), and the first four come out the same.
    longer = translate_articles([_article("b", [*ARTICLE, "Einde."])], engine, store)[0]
    [batch] = engine.batches
    assert [text for text, _ in batch] == [*ARTICLE, "Einde."]
    assert [s.english for s in longer.sentences][:4] == [s.english for s in first.sentences]
    assert not any(s.cached for s in longer.sentences)


# The model's memory, with a fake model: characters are tokens, 0 ends a turn.
REPLY, USER = [1, 2], [3, 4]


class FakeModel:
    def __init__(self, replies: list[str]) -> None:
        self.n_tokens = 0
        self.memory: list[int] = []
        self.pieces: list[list[int]] = []
        self.replies = replies
        self.decoded: list[int] = []

    def eval(self, tokens: list[int]) -> None:
        del self.memory[self.n_tokens :]
        self.memory += tokens
        self.n_tokens += len(tokens)
        if len(tokens) > 1 or tokens[0] in (*REPLY, *USER):
            self.pieces.append(list(tokens))
            self.decoded = []
        else:
            self.decoded.append(tokens[0])

    def logits(self) -> Any:
        reply = self.replies[0]
        row = np.full(128, -9.0, dtype=np.float32)
        done = len(self.decoded)
        row[ord(reply[done]) if done < len(reply) else 0] = 0.0
        if done >= len(reply):
            self.replies.pop(0)
        return row


def _conversation(model: FakeModel, window: int = 400, keep: int = 40) -> Conversation:
    def words(text: str) -> list[int]:
        return [ord(c) for c in text]

    def decoding(sentence: str, budget: int) -> Decoding:
        return Decoding(
            sentence, budget, [], lambda ts: bytes(ts), lambda t: t == 0
        )  # fmt: skip

    model.n_tokens = 5
    model.memory = [9] * 5
    return Conversation(
        model, [9] * 5, Pieces(REPLY, USER), words, decoding, model.logits, window, keep
    )


def test_each_sentence_adds_only_its_own_part_to_memory() -> None:
    model = FakeModel(["It rains.", "NATO meets."])
    talk = _conversation(model)
    assert talk.say("T: Het regent.", "Het regent.", 40).text == "It rains."
    assert talk.say("T: NAVO.", "NAVO.", 40).text == "NATO meets."
    words = [ord(c) for c in "T: NAVO."]
    # The second piece: the end of the first reply and the second user turn; the reply
    # itself was decoded into memory, token by token, and is not evaluated again.
    assert model.pieces == [[ord(c) for c in "T: Het regent."] + REPLY, USER + words + REPLY]
    assert model.memory[: 5 + 14 + 2 + 9] == (
        [9] * 5 + [ord(c) for c in "T: Het regent."] + REPLY + [ord(c) for c in "It rains."]
    )


def test_a_cleaned_reply_is_put_back_as_cleaned() -> None:
    # "English: " is a label the parser takes off: the model reads the clean English back.
    model = FakeModel(["English: It rains.", "Yes."])
    talk = _conversation(model)
    assert talk.say("T: a", "a", 40).text == "It rains."
    talk.say("T: b", "b", 40)
    assert model.pieces[1][: len("It rains.")] == [ord(c) for c in "It rains."]
    assert "English" not in bytes(model.memory[5:]).decode("latin-1")


def test_a_long_article_stays_within_its_window() -> None:
    replies = [f"Sentence {n}." for n in range(60)]
    model = FakeModel(list(replies))
    talk = _conversation(model, window=120, keep=40)
    for n in range(60):
        assert talk.say(f"T: z{n}", f"z{n}", 20).text == replies[n]
        assert model.n_tokens <= 120
    assert talk.restarts > 0
    # A restart evaluates the recent turns again, within ``keep``, with the next user turn.
    restart = next(p for p in model.pieces[1:] if p[:1] != USER)
    assert len(restart) <= 40 + len("T: z00") + len(REPLY)


def test_a_sentence_too_long_for_the_window_gets_no_english() -> None:
    model = FakeModel(["x."])
    talk = _conversation(model, window=30, keep=10)
    assert talk.say("T: " + "w" * 40, "w" * 40, 20) == Rendering("", None)
    assert model.n_tokens == 5  # back to the shared part


@pytest.mark.parametrize("turn", [1, 3])
def test_a_turn_without_its_conversation_is_refused(settings, turn: int) -> None:
    pytest.importorskip("llama_cpp")
    from translate.engines.llm import LlmEngine

    engine = LlmEngine(settings)
    engine._load = lambda: None  # type: ignore[method-assign]
    with pytest.raises(ValueError, match="not started"):
        engine.render(["Zin."], "nl", [Hint(turn=turn)])
