"""The llm engine with each article as one conversation, against the engine before it and a
bare one-line prompt, on the same model, in the same run, from an empty cache (issue 40).

    git worktree add --detach /tmp/before a7f228f    # the engine before: sentence + context
    python benchmarks/conversation.py --before /tmp/before [--sentences 24] [--seeds]
    python benchmarks/conversation.py --long 200

For Dutch and German: the first N FLORES devtest sentences taken as whole documents (the
documents in order, the last one cut at N), translated by the whole pipeline (glossary,
checks, second attempts) by this checkout's engine and by the one in ``--before``, each in
a process of its own, one after the other; and by a bare one-line chat prompt ("Translate
the Dutch text to English") on the same model. Printed: sentences per second of each, the
ratios, how many sentences needed a second attempt, and each process's peak memory.

``--seeds``: the demo's translate step (``newsbridge translate seeds/*.txt --engine llm``
from an empty home, model load included), before and now.

``--long N``: one German article of the first N FLORES sentences, by this checkout:
seconds, how often its conversation went back to its recent turns (the window full), and
peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent


def side(kind: str, lang: str, count: int, flores: Path) -> dict[str, Any]:
    """One side's run, in this process (whichever checkout PYTHONPATH names)."""
    from glossary import Glossary
    from translate.config import Settings
    from translate.engines.llm import LlmEngine
    from translate.pipeline.evaluate import articles_of, load_flores
    from translate.pipeline.translating import translate_articles
    from translate.storage.store import Store

    settings = Settings.from_env()
    testset = load_flores(lang, count, flores)
    engine = LlmEngine(settings)
    model = engine._load()
    started = time.perf_counter()
    if kind == "bare":
        language = {"nl": "Dutch", "de": "German"}[lang]
        english = []
        for sentence in testset.sources:
            reply = model.create_chat_completion(
                messages=[
                    {
                        "role": "user",
                        "content": f"Translate the {language} text to English\n{sentence}",
                    }
                ],
                temperature=0.0,
                top_k=1,
                max_tokens=512,
                seed=0,
            )
            english.append(reply["choices"][0]["message"]["content"].strip())
        tries = 0
    else:
        articles = articles_of(testset)
        if kind == "long":
            from translate.records import Article, Sentence

            body, sentences, at = "", [], 0
            for n, text in enumerate(testset.sources):
                sentences.append(Sentence(n, text, at, at + len(text)))
                body += text + " "
                at += len(text) + 1
            articles = [Article("long", "", "", lang, body, body, tuple(sentences))]
        glossary = Glossary.load_layers(settings.glossary_layers)
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.sqlite3") as store:
            results = translate_articles(articles, engine, store, glossary)
        english = [s.english for r in results for s in r.sentences]
        tries = sum(s.tries > 1 for r in results for s in r.sentences)
    seconds = time.perf_counter() - started
    return {
        "sentences": len(testset.sources),
        "seconds": round(seconds, 2),
        "second_attempts": tries,
        "restarts": getattr(engine, "restarts", None),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "english": english,
    }


def run_side(tree: Path, kind: str, lang: str, count: int, flores: Path) -> dict[str, Any]:
    """``side`` in a fresh process on the code of ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, str(Path(__file__).resolve()), "--side", kind, "--lang", lang]
    command += ["--sentences", str(count), "--flores-dir", str(flores)]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{tree}: the {kind} side failed:\n{done.stderr[-2000:]}")
    out = done.stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def seeds(tree: Path) -> float:
    """Seconds of the demo's translate step on the code of ``tree``, from an empty home.
    Run in ``tree``: ``python -m`` puts the working folder first on the path, before
    PYTHONPATH (run from this checkout, both sides were this checkout's code)."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "PYTHONPATH": str(tree), "NEWSBRIDGE_HOME": home}
        files = sorted(str(p) for p in (CHECKOUT / "seeds").glob("*.txt"))
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "translate", "translate", *files, "--engine", "llm"],
            env=env, check=True, capture_output=True, cwd=tree,
        )  # fmt: skip
        return time.perf_counter() - started


def main() -> None:
    import record

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="a checkout of the engine before")
    parser.add_argument("--sentences", type=int, default=24)
    parser.add_argument("--flores-dir", type=Path, default=None)
    parser.add_argument("--seeds", action="store_true", help="the demo's translate step too")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of --seeds")
    parser.add_argument("--only-seeds", action="store_true", help="--seeds without FLORES")
    parser.add_argument("--long", type=int, default=None, help="one article of N sentences")
    parser.add_argument("--side", choices=["engine", "bare", "long"], help=argparse.SUPPRESS)
    parser.add_argument("--lang", default="de", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.flores_dir is None:
        from translate.config import Settings
        from translate.pipeline.evaluate import find_flores

        args.flores_dir = find_flores(Settings.from_env().flores_dir)
    if args.side:
        print(json.dumps(side(args.side, args.lang, args.sentences, args.flores_dir)))
        return
    if "NEWSBRIDGE_LLM_MODEL" not in os.environ:
        from translate.config import Settings
        from translate.engines.llm_model import DEFAULT_MODEL

        model = Settings.from_env().models_dir / DEFAULT_MODEL.filename
        os.environ["NEWSBRIDGE_LLM_MODEL"] = str(model)
    figures: list[tuple[str, str]] = []
    if args.long:
        got = run_side(CHECKOUT, "long", "de", args.long, args.flores_dir)
        line = (
            f"{got['seconds']:.0f} s ({got['sentences'] / got['seconds']:.3f} sentences/s); "
            f"window restarts {got['restarts']}; second attempts {got['second_attempts']}; "
            f"peak memory {got['peak_mb']} MB"
        )
        print(f"one article of {args.long} FLORES de sentences: {line}")
        figures.append((f"llm, one article of {args.long} FLORES de sentences", line))
        record.save("conversation-long", f"benchmarks/conversation.py --long {args.long}", figures)
        return
    if args.before is None:
        parser.error("give --before (a checkout of the engine before) or --long N")
    n = args.sentences
    for lang in () if args.only_seeds else ("nl", "de"):
        before = run_side(args.before, "engine", lang, n, args.flores_dir)
        now = run_side(CHECKOUT, "engine", lang, n, args.flores_dir)
        bare = run_side(CHECKOUT, "bare", lang, n, args.flores_dir)
        speed = {name: got["sentences"] / got["seconds"] for name, got in
                 (("before", before), ("now", now), ("bare", bare))}  # fmt: skip
        line = (
            f"now {speed['now']:.3f} sentences/s, before {speed['before']:.3f}, bare prompt "
            f"{speed['bare']:.3f}: {speed['now'] / speed['before']:.2f}x before, "
            f"{speed['now'] / speed['bare']:.2f}x bare (before: "
            f"{speed['before'] / speed['bare']:.2f}x bare); second attempts now "
            f"{now['second_attempts']}, before {before['second_attempts']}; peak memory now "
            f"{now['peak_mb']} MB, before {before['peak_mb']} MB"
        )
        print(f"{lang}, {n} FLORES sentences as documents: {line}", flush=True)
        figures.append((f"llm, {n} FLORES {lang} sentences as whole documents", line))
    if args.seeds or args.only_seeds:
        # Alternating rounds (before, now, before, now ...): a machine that gets busier or
        # quieter during the run weighs on both alike; the median of each is given.
        rounds = [(seeds(args.before), seeds(CHECKOUT)) for _ in range(args.rounds)]
        was, now_s = median(r[0] for r in rounds), median(r[1] for r in rounds)
        each = ", ".join(f"{b:.0f}/{n:.0f}" for b, n in rounds)
        line = (
            f"now {now_s:.0f} s, before {was:.0f} s (median of {args.rounds} alternating "
            f"rounds, before/now: {each}): {was / now_s:.2f}x faster"
        )
        print(f"demo translate step (seeds, llm): {line}")
        figures.append(("demo translate step, 5 seeds, llm, model load included", line))
    if args.only_seeds:
        command = f"benchmarks/conversation.py --before BEFORE --only-seeds --rounds {args.rounds}"
        record.save("conversation-seeds", command, figures)
        return
    command = f"benchmarks/conversation.py --before BEFORE --sentences {n}"
    record.save(
        "conversation",
        command + (f" --seeds --rounds {args.rounds}" if args.seeds else ""),
        figures,
    )


if __name__ == "__main__":
    main()
