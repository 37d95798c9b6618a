"""A local GGUF chat model (llama.cpp) as a translation engine.

The model is loaded once per engine and kept. The prompt is a fixed system message and a
few worked examples, then the sentence with the one before it as context and the
glossary terms it contains. The reply is cleaned of chatter: one sentence out per
sentence in.

Reproducible output: decoding is greedy, and the fixed prefix of the prompt is evaluated
once and saved; every sentence starts from that saved state and evaluates the rest in
one go. (Left to itself, llama.cpp reuses whatever prefix the previous prompt shared,
which evaluates the same text in different batch shapes and can change the result.)
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from translate.config import Settings
from translate.engines.base import Engine, EngineUnavailable, Hint
from translate.engines.llm_model import DEFAULT_MODEL, is_verified, sha256_of
from translate.vocab import LANGUAGE_NAMES, SOURCE_LANGS

# Bump when the prompt or the parsing changes: it is part of the model id, so cached
# translations made with an older prompt are not reused.
PROMPT_VERSION = "p5"
# A small model sometimes translates the context sentence instead of the sentence. An
# output that shares clearly more with the context than with the sentence (character
# 4-grams: names and cognates cross languages) is made again without context. On the
# seeds the one such echo scored 0.20 and every faithful output 0.07 or less.
ECHO_MARGIN = 0.12


def _grams(text: str) -> set[str]:
    plain = " ".join("".join(c.lower() if c.isalnum() else " " for c in text).split())
    return {plain[i : i + 4] for i in range(len(plain) - 3)}


def echoes_context(english: str, sentence: str, previous: str) -> bool:
    """True when ``english`` looks like a translation of ``previous``, not ``sentence``."""
    out = _grams(english)
    if not out:
        return False
    share = len(out & _grams(previous)) / len(out) - len(out & _grams(sentence)) / len(out)
    return share >= ECHO_MARGIN


_SENTINEL = "\u2063newsbridge-sentence\u2063"

SYSTEM = (
    "You are a careful news translator. Translate the {language} sentence the user gives "
    "into fluent, natural English. Translate everything it says and add nothing: keep "
    "every name, number, date and quotation. Words already in English (names, titles) "
    "stay exactly as written. The context sentence is only there to help; do not "
    "translate it. Reply with the English sentence only."
)

# Worked examples, written for this project. (source, English)
EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "nl": [
        (
            'De minister zei dinsdag dat de gesprekken "constructief" waren verlopen, maar '
            "dat er nog geen akkoord is.",
            'The minister said on Tuesday that the talks had been "constructive", but that '
            "there is no agreement yet.",
        ),
        (
            "Volgens de spokesperson van de regering zijn er sinds maandag ruim 1200 mensen "
            "geëvacueerd uit het grensgebied.",
            "According to the government spokesperson, more than 1,200 people have been "
            "evacuated from the border area since Monday.",
        ),
        (
            "Het parlement stemt volgende week over het voorstel, dat door de oppositie "
            "wordt afgewezen.",
            "Parliament will vote next week on the proposal, which the opposition rejects.",
        ),
    ],
    "de": [
        (
            'Der Minister sagte am Dienstag, die Gespräche seien "konstruktiv" gewesen, eine '
            "Einigung gebe es aber noch nicht.",
            'The minister said on Tuesday that the talks had been "constructive", but that '
            "there was no agreement yet.",
        ),
        (
            "Nach Angaben des spokesman der Regierung wurden seit Montag mehr als 1200 "
            "Menschen aus dem Grenzgebiet in Sicherheit gebracht.",
            "According to the government spokesman, more than 1,200 people have been brought "
            "to safety from the border area since Monday.",
        ),
        (
            "Das Parlament stimmt nächste Woche über den Vorschlag ab, den die Opposition ablehnt.",
            "Parliament will vote next week on the proposal, which the opposition rejects.",
        ),
    ],
}


def user_message(sentence: str, hint: Hint | None = None) -> str:
    lines = []
    if hint and hint.previous:
        lines.append(f"Context (do not translate): {hint.previous}")
    if hint and hint.terms:
        kept = ", ".join(dict.fromkeys(english for _, english in hint.terms))
        lines.append(f"Keep these English terms exactly: {kept}")
    lines.append(f"Translate: {sentence}")
    return "\n".join(lines)


def build_messages(sentence: str, lang: str, hint: Hint | None = None) -> list[dict[str, str]]:
    """The chat for one sentence: system, worked examples, then the sentence itself."""
    if lang not in SOURCE_LANGS:
        raise EngineUnavailable(f"the llm engine translates {', '.join(SOURCE_LANGS)}, not {lang}")
    messages = [{"role": "system", "content": SYSTEM.format(language=LANGUAGE_NAMES[lang])}]
    for source, english in EXAMPLES[lang]:
        messages.append({"role": "user", "content": user_message(source)})
        messages.append({"role": "assistant", "content": english})
    messages.append({"role": "user", "content": user_message(sentence, hint)})
    return messages


_PREFIX = re.compile(
    r"^\s*(?:(?:english|translation|english translation|translated|answer)\s*:\s*)+", re.IGNORECASE
)
_NOTE = re.compile(
    r"\s*[\(\[]?\s*(?:note|translator'?s note|explanation)\s*:.*$", re.IGNORECASE | re.DOTALL
)
_QUOTES = {'"': '"', "“": "”", "'": "'", "«": "»", "„": "“"}


def parse_reply(reply: str, source: str) -> str:
    """The English sentence in a model reply, without labels, notes or added quotes."""
    text = reply.strip()
    text = re.sub(r"^```\w*\s*|\s*```$", "", text)
    text = _PREFIX.sub("", text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    text = lines[0]
    if "\n" in source.strip():
        text = " ".join(lines)
    text = _NOTE.sub("", text).strip()
    text = _PREFIX.sub("", text).strip()
    first, last = text[:1], text[-1:]
    if (
        len(text) > 1
        and first in _QUOTES
        and last == _QUOTES[first]
        and not source.strip().startswith(('"', "“", "'", "«", "„"))
    ):
        text = text[1:-1].strip()
    return text


class LlmEngine(Engine):
    name = "llm"
    uses_hints = True

    def __init__(self, settings: Settings, model_path: Path | None = None) -> None:
        super().__init__(settings)
        self.model_path = (
            model_path or settings.llm_model_path or settings.models_dir / DEFAULT_MODEL.filename
        )
        self._model: Any = None
        self._identity: str | None = None

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
            raise EngineUnavailable(f"the llm engine translates nl and de, not {lang}")
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
            self._model = Llama(
                model_path=str(path),
                n_ctx=2048,
                n_batch=512,
                n_threads=max(1, os.cpu_count() or 1),
                seed=0,
                verbose=False,
            )
            self._formatter = _chat_formatter(self._model)
            self._prefixes: dict[str, tuple[list[int], Any]] = {}
        return self._model

    def close(self) -> None:
        """Free the model now rather than at interpreter exit."""
        if self._model is not None:
            self._model.close()
            self._model = None

    def _prefix(self, lang: str) -> tuple[list[int], Any]:
        """Tokens and saved model state of the part of the prompt every sentence shares."""
        if lang not in self._prefixes:
            model = self._model
            rendered = self._formatter(messages=build_messages(_SENTINEL, lang)).prompt
            text = rendered[: rendered.index(_SENTINEL)]
            tokens = model.tokenize(text.encode("utf-8"), add_bos=True, special=True)
            model.reset()
            model.eval(tokens)
            self._prefixes[lang] = (tokens, model.save_state())
        return self._prefixes[lang]

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        self._load()
        prefix, state = self._prefix(lang)
        outputs = []
        for n, sentence in enumerate(sentences):
            if not sentence.strip():
                outputs.append(sentence)
                continue
            hint = hints[n] if hints else None
            english = self._generate(sentence, lang, hint, prefix, state)
            if hint and hint.previous and echoes_context(english, sentence, hint.previous):
                english = self._generate(sentence, lang, Hint(None, hint.terms), prefix, state)
            outputs.append(english)
        return outputs

    def _generate(
        self, sentence: str, lang: str, hint: Hint | None, prefix: list[int], state: Any
    ) -> str:
        model = self._model
        chat = self._formatter(messages=build_messages(sentence, lang, hint))
        tokens = model.tokenize(chat.prompt.encode("utf-8"), add_bos=True, special=True)
        if tokens[: len(prefix)] == prefix:
            model.load_state(state)
        else:  # pragma: no cover - a template that tokenises across the boundary
            model.reset()
        reply = model.create_completion(
            prompt=tokens,
            max_tokens=min(512, 40 + 6 * len(sentence.split())),
            temperature=0.0,
            top_k=1,
            top_p=1.0,
            min_p=0.0,
            repeat_penalty=1.0,
            stop=chat.stop,
            seed=0,
        )
        return parse_reply(reply["choices"][0]["text"] or "", sentence)


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
