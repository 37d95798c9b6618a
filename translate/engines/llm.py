"""A local GGUF chat model (llama.cpp) as a translation engine.

The model is loaded once per engine and kept. The prompt is a fixed system message and a
few worked examples. An article's sentences are then translated in order as one
conversation the model keeps (:mod:`translate.engines.llm_conversation`): each sentence is
a user turn (its glossary terms and the sentence), read with everything before it in the
article already in the model's memory. A request that stands alone (a title, a second
attempt) is the sentence with the one before it, where it has one, as context. The reply
is cleaned of chatter: one sentence out per sentence in, with the model's mean
log-probability per token (the doubt signal's base).

Speed and reproducibility: decoding is greedy, done here token by token on llama.cpp's
logits. The part of the prompt every sentence of a language shares is evaluated once,
alone; each conversation and each standalone request truncates the model's memory back to
that part and goes on from there, evaluating its pieces in the same shapes every time. A
sentence's English therefore depends only on its article up to it (the cache key says so)
or, standing alone, on its own prompt; nothing is saved or restored (restoring a saved
state cost 1 s a sentence).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from translate.config import Settings
from translate.doubt.shape import echoes_context
from translate.engines.base import Engine, EngineUnavailable, Hint, Rendering
from translate.engines.llm_conversation import Conversation, Pieces
from translate.engines.llm_decode import Decoding, parse_reply, shared_length
from translate.engines.llm_model import DEFAULT_MODEL, is_verified, sha256_of
from translate.vocab import LANGUAGE_NAMES, SOURCE_LANGS, languages

# Bump when the prompt, the decoding or the parsing changes: it is part of the model id, so
# cached translations made another way are not reused.
PROMPT_VERSION = "p8"
CONTEXT_TOKENS = 4096
# At a conversation's restart (its window full), the most recent turns kept, in tokens.
KEEP_TOKENS = 1024

__all__ = ["LlmEngine", "build_messages", "echoes_context", "parse_reply", "user_message"]

SYSTEM = (
    "You are a careful news translator. Translate the {language} sentence the user gives "
    "into fluent, natural English. Translate everything it says and add nothing: keep "
    "every name, number, date and quotation. Words already in English (names, titles) "
    "stay exactly as written. The context sentence is only there to help; do not "
    "translate it. Reply with the English sentence only."
)

# The second attempt at a doubted sentence: no context, and the instruction spelt out.
AGAIN = "Translate every word of this {language} sentence into English, names and numbers kept"


def user_message(sentence: str, hint: Hint | None = None, again: str | None = None) -> str:
    lines = []
    if hint and hint.previous:
        lines.append(f"Context (do not translate): {hint.previous}")
    if hint and hint.terms:
        kept = ", ".join(dict.fromkeys(english for _, english in hint.terms))
        if hint.insist:
            lines.append(f"Your English must contain these terms, written exactly so: {kept}")
        else:
            lines.append(f"Keep these English terms exactly: {kept}")
    lines.append(f"{again or 'Translate'}: {sentence}")
    return "\n".join(lines)


def build_messages(
    sentence: str, lang: str, hint: Hint | None = None, again: bool = False
) -> list[dict[str, str]]:
    """The chat for one sentence: system, worked examples, then the sentence itself.
    ``again``: the second attempt's wording (no context, the instruction spelt out)."""
    if lang not in SOURCE_LANGS:
        raise EngineUnavailable(f"the llm engine translates {', '.join(SOURCE_LANGS)}, not {lang}")
    language = LANGUAGE_NAMES[lang]
    messages = [{"role": "system", "content": SYSTEM.format(language=language)}]
    # Worked examples, written for this project: the language module's.
    for source, english in languages.get(lang).examples:
        messages.append({"role": "user", "content": user_message(source)})
        messages.append({"role": "assistant", "content": english})
    if again:
        hint, instruction = Hint(None, hint.terms if hint else ()), AGAIN.format(language=language)
    else:
        instruction = None
    messages.append({"role": "user", "content": user_message(sentence, hint, instruction)})
    return messages


class LlmEngine(Engine):
    name = "llm"
    uses_hints = True
    conversation = True

    def __init__(self, settings: Settings, model_path: Path | None = None) -> None:
        super().__init__(settings)
        self.model_path = (
            model_path or settings.llm_model_path or settings.models_dir / DEFAULT_MODEL.filename
        )
        self._model: Any = None
        self._identity: str | None = None
        # The shared prompt part of each language, and the one now in the model's memory.
        self._prefixes: dict[str, list[int]] = {}
        self._loaded_prefix: list[int] | None = None
        self._pieces: Pieces | None = None
        # Conversations that ran out of window and went back to their recent turns.
        self.restarts = 0

    def _check(self) -> Path:
        if not self.model_path.is_file():
            raise EngineUnavailable(
                f"no LLM model at {self.model_path}. Install the verified default with "
                "`newsbridge models install llm`, or point NEWSBRIDGE_LLM_MODEL at a GGUF "
                "chat model."
            )
        return self.model_path

    def model_id(self, lang: str) -> str:
        if lang not in SOURCE_LANGS:
            raise EngineUnavailable(
                f"the llm engine translates {' and '.join(SOURCE_LANGS)}, not {lang}"
            )
        path = self._check()
        if self._identity is None:
            if path.name == DEFAULT_MODEL.filename and is_verified(path, DEFAULT_MODEL):
                digest = DEFAULT_MODEL.sha256
            else:
                digest = sha256_of(path)
            self._identity = f"{path.name}@{digest[:12]}+{PROMPT_VERSION}"
        return self._identity

    def _load(self) -> Any:
        if self._model is None:
            path = self._check()
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise EngineUnavailable(
                    "llama-cpp-python is not installed: run `make setup`"
                ) from exc
            try:
                model = Llama(
                    model_path=str(path),
                    n_ctx=CONTEXT_TOKENS,
                    n_batch=512,
                    n_threads=max(1, os.cpu_count() or 1),
                    seed=0,
                    verbose=False,
                )
            except ValueError as exc:
                raise EngineUnavailable(
                    f"{path}: llama.cpp cannot load it as a model ({exc})"
                ) from exc
            self._formatter = _chat_formatter(model)
            self._model = model
        return self._model

    def close(self) -> None:
        """Free the model now rather than at interpreter exit."""
        if self._model is not None:
            self._model.close()
            self._model = None
            self._loaded_prefix = None

    def _prefix(self, lang: str) -> list[int]:
        """Tokens of the part of the prompt every sentence of ``lang`` shares."""
        if lang not in self._prefixes:
            sentinel = "\u2063newsbridge-sentence\u2063"
            messages = [*build_messages("", lang)[:-1], {"role": "user", "content": sentinel}]
            rendered = self._formatter(messages=messages).prompt
            text = rendered[: rendered.index(sentinel)]
            self._prefixes[lang] = self._model.tokenize(
                text.encode("utf-8"), add_bos=True, special=True
            )
        return self._prefixes[lang]

    def render(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[Rendering]:
        """The English of each request. Requests with a turn are an article's sentences in
        order: turn 0 starts a conversation, each later turn goes on with the one open."""
        self._load()
        hints = hints or [Hint()] * len(sentences)
        outputs: dict[int, Rendering] = {}
        conversation: Conversation | None = None
        for n, (sentence, hint) in enumerate(zip(sentences, hints, strict=True)):
            if hint.turn is None:
                conversation = None
                if sentence.strip():
                    messages = build_messages(sentence, lang, hint)
                    outputs[n] = self._generate(sentence, lang, messages)
                continue
            if hint.turn == 0:
                conversation = self._conversation(lang)
            elif conversation is None:
                raise ValueError(f"turn {hint.turn} of a conversation that was not started here")
            if sentence.strip():
                content = user_message(sentence, Hint(None, hint.terms))
                budget = min(512, 40 + 6 * len(sentence.split()))
                outputs[n] = conversation.say(content, sentence, budget)
                self.restarts += conversation.restarts
                conversation.restarts = 0
        for n in range(len(sentences)):
            outputs.setdefault(n, Rendering(sentences[n]))
        # An English that echoes the sentence before: made again without that context.
        for n, hint in enumerate(hints):
            previous = hint.previous
            if (
                previous
                and sentences[n].strip()
                and echoes_context(outputs[n].text, sentences[n], previous)
            ):
                messages = build_messages(sentences[n], lang, Hint(None, hint.terms))
                outputs[n] = self._generate(sentences[n], lang, messages)
        return [outputs[n] for n in range(len(sentences))]

    def _conversation(self, lang: str) -> Conversation:
        """A new conversation, the model's memory holding the shared part of ``lang``."""
        model = self._model
        prefix = self._load_prefix(lang)
        return Conversation(
            model, prefix, self._turn_pieces(), self._words, self._decoding, self._logits,
            CONTEXT_TOKENS, KEEP_TOKENS,
        )  # fmt: skip

    def _logits(self) -> Any:
        import llama_cpp
        import numpy as np

        model = self._model
        pointer = llama_cpp.llama_get_logits_ith(model.ctx, -1)
        return np.ctypeslib.as_array(pointer, shape=(model.n_vocab(),))

    def _words(self, text: str) -> list[int]:
        """``text`` as plain words: article text never makes a control token."""
        tokens: list[int] = self._model.tokenize(text.encode("utf-8"), add_bos=False, special=False)
        return tokens

    def _turn_pieces(self) -> Pieces:
        """The template's tokens between a user's words and the reply, and after a reply."""
        if self._pieces is None:
            marks = ["\u2063a\u2063", "\u2063b\u2063", "\u2063c\u2063"]
            messages = [
                {"role": "system", "content": "s"},
                {"role": "user", "content": marks[0]},
                {"role": "assistant", "content": marks[1]},
                {"role": "user", "content": marks[2]},
            ]
            text = self._formatter(messages=messages).prompt
            reply = text[text.index(marks[0]) + len(marks[0]) : text.index(marks[1])]
            user = text[text.index(marks[1]) + len(marks[1]) : text.index(marks[2])]
            if not text.endswith(reply):
                raise EngineUnavailable(
                    "the model's chat template does not start a reply the same way each turn"
                )
            tokenize = self._model.tokenize
            self._pieces = Pieces(
                tokenize(reply.encode("utf-8"), add_bos=False, special=True),
                tokenize(user.encode("utf-8"), add_bos=False, special=True),
            )
        return self._pieces

    def _decoding(self, sentence: str, budget: int, stops: Sequence[str] = ()) -> Decoding:
        """A fresh greedy decoding of one reply (ends at the end of the model's turn)."""
        import llama_cpp

        model = self._model
        vocab = llama_cpp.llama_model_get_vocab(model.model)
        return Decoding(
            sentence, budget, list(stops), model.detokenize,
            lambda token: bool(llama_cpp.llama_vocab_is_eog(vocab, token)),
        )  # fmt: skip

    def _load_prefix(self, lang: str) -> list[int]:
        """The shared part of ``lang``, in the model's memory from its start."""
        prefix = self._prefix(lang)
        if self._loaded_prefix is not prefix:
            self._model.n_tokens = 0
            self._model.eval(prefix)
            self._loaded_prefix = prefix
        return prefix

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        return [rendering.text for rendering in self.render(sentences, lang, hints)]

    def render_again(self, sentence: str, lang: str, hint: Hint) -> Rendering | None:
        self._load()
        return self._generate(sentence, lang, build_messages(sentence, lang, hint, again=True))

    def render_again_all(
        self, requests: Sequence[tuple[str, Hint]], lang: str
    ) -> list[Rendering | None]:
        self._load()
        return [
            self._generate(s, lang, build_messages(s, lang, hint, again=True))
            for s, hint in requests
        ]

    def _request(
        self, sentence: str, lang: str, messages: list[dict[str, str]]
    ) -> tuple[list[int], Decoding]:
        """The prompt's tokens for ``messages`` and a decoding of the reply to them."""
        chat = self._formatter(messages=messages)
        tokens = self._model.tokenize(chat.prompt.encode("utf-8"), add_bos=True, special=True)
        budget = min(512, 40 + 6 * len(sentence.split()), CONTEXT_TOKENS - len(tokens))
        stops = [s for s in (chat.stop or []) if isinstance(s, str)]
        return tokens, self._decoding(sentence, budget, stops)

    def _generate(self, sentence: str, lang: str, messages: list[dict[str, str]]) -> Rendering:
        """Greedy decoding of the reply to ``messages``, with its mean token log-probability."""
        model = self._model
        tokens, decoding = self._request(sentence, lang, messages)
        if decoding.budget <= 0:
            return Rendering("", None)  # too long for the model: flagged as empty
        prefix = self._load_prefix(lang)
        shared = shared_length(prefix, tokens)
        if shared < len(prefix):
            self._loaded_prefix = None  # this prompt overwrites part of the shared prefix
        model.n_tokens = shared
        model.eval(tokens[shared:])
        return decoding.run(self._logits, model.eval)


def _chat_formatter(model: Any) -> Any:
    """The chat template that the GGUF file carries, as llama-cpp-python would build it."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    template = model.metadata.get("tokenizer.chat_template")
    if not template:
        raise EngineUnavailable("the GGUF model has no chat template: use a chat model")
    eos, bos = model.token_eos(), model.token_bos()
    return Jinja2ChatFormatter(
        template=template,
        eos_token=model._model.token_get_text(eos) if eos != -1 else "",
        bos_token=model._model.token_get_text(bos) if bos != -1 else "",
        stop_token_ids=[eos],
    )
