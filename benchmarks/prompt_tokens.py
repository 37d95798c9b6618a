"""What each part of the llm engine's per-sentence prompt costs in tokens.

    python benchmarks/prompt_tokens.py [--limit 200]

On the first N FLORES devtest sentences of Dutch and German, asked as an article asks
them (the sentence before as context, the glossary terms each contains): the tokens of
the shared part (system message and examples, evaluated once per language) and, per
sentence on average, of its own part: the sentence itself, the chat wrapper around it,
the context line and the terms line. The tokenizer only (the model's vocabulary is
read, no weights): prompt evaluation costs about as much per token as the rest, so this
says where a sentence's prompt time goes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import record

from glossary import Glossary
from translate.config import Settings
from translate.engines.base import Hint
from translate.engines.llm import LlmEngine, build_messages
from translate.pipeline.evaluate import find_flores, load_flores
from translate.pipeline.translating import plan
from translate.records import Article, Sentence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--flores-dir", type=Path, default=None)
    args = parser.parse_args()
    from llama_cpp import Llama

    settings = Settings.from_env()
    engine = LlmEngine(settings)
    model = Llama(model_path=str(engine.model_path), vocab_only=True, verbose=False)
    from translate.engines.llm import _chat_formatter

    formatter = _chat_formatter(model)
    engine._model, engine._formatter = model, formatter
    glossary = Glossary.load_layers(settings.glossary_layers)
    figures: list[tuple[str, str]] = []

    def count(messages: list[dict[str, str]]) -> int:
        prompt = formatter(messages=messages).prompt
        return len(model.tokenize(prompt.encode("utf-8"), add_bos=True, special=True))

    for lang in ("nl", "de"):
        sources = load_flores(lang, args.limit, find_flores(args.flores_dir)).sources
        text = " ".join(sources)
        spans, at = [], 0
        for n, source in enumerate(sources):
            spans.append(Sentence(n, source, at, at + len(source)))
            at += len(source) + 1
        article = Article("flores", "flores", "", lang, text, text, tuple(spans))
        units = [u for u in plan([article], engine, glossary) if u.index >= 0]
        prefix = len(engine._prefix(lang))
        own = sentence = wrapper = context = terms = 0
        for unit in units:
            hint, source = unit.hint, unit.protected.text
            full = count(build_messages(source, lang, hint))
            bare = count(build_messages(source, lang, Hint()))
            no_context = count(build_messages(source, lang, Hint(None, hint.terms, hint.insist)))
            words = len(model.tokenize(source.encode("utf-8"), add_bos=False, special=False))
            own += full - prefix
            sentence += words
            wrapper += bare - prefix - words
            context += full - no_context
            terms += no_context - bare
        n = len(units)
        line = (
            f"shared part {prefix} tokens (once); a sentence's own part {own / n:.0f} on average:"
            f" the sentence {sentence / n:.0f}, chat wrapper and instruction {wrapper / n:.0f},"
            f" context line {context / n:.0f}, terms line {terms / n:.0f}"
        )
        print(f"{lang} ({n} sentences): {line}")
        figures.append((f"llm prompt, {n} FLORES {lang} sentences", line))
    record.save(
        "prompt-tokens", f"python benchmarks/prompt_tokens.py --limit {args.limit}", figures
    )


if __name__ == "__main__":
    main()
