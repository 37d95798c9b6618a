"""How many names and titles of a text dense with them come out right in English.

    python benchmarks/glossary_names.py [--engine none|llm|argos] [--glossary DIR]

The texts are ``tests/cases/names.json`` (written for newsbridge, one per language, not
from the seeds). With ``--engine none`` the glossary alone renders the names (the source
stays Dutch or German around them); with ``llm`` or ``argos`` the engine translates the
rest, which shows whether it keeps what the glossary put in. ``--glossary`` scores another
glossary folder (e.g. an older release's ``glossary/data``) for comparison; the default is
the glossary in effect (shipped and your layer). Translations are cached in the store.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import record

from glossary import Glossary
from translate.config import Settings
from translate.engines import choose_engine
from translate.pipeline.evaluate import score_names
from translate.storage.store import Store

CASES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "names.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="none")
    parser.add_argument("--glossary", type=Path, help="a glossary folder or file to score")
    parser.add_argument("--show", action="store_true", help="print the English too")
    args = parser.parse_args()

    settings = Settings.from_env()
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    glossary = (
        Glossary.load(args.glossary)
        if args.glossary
        else Glossary.load_layers(settings.glossary_layers)
    )
    engine = choose_engine(args.engine, settings, ["nl", "de"])
    print(f"engine {args.engine}, glossary {glossary.version} ({len(glossary.entries)} entries)")
    figures = []
    with Store(settings.db_path) as store:
        for lang in ("nl", "de"):
            case = cases[lang]
            score = score_names(
                case["title"], case["text"], case["names"], lang, engine, store, glossary
            )
            print(f"{lang}: {score.rendered}/{score.total} names right ({score.share:.1%})")
            figures.append(
                (
                    f"names and titles of tests/cases/names.json ({lang}), engine {args.engine}",
                    f"{score.rendered}/{score.total} right"
                    + (f"; missing {', '.join(score.missing)}" if score.missing else ""),
                )
            )
            if score.missing:
                print(f"    missing: {', '.join(score.missing)}")
            if args.show:
                print(score.english)
    if not args.glossary:
        command = f"benchmarks/glossary_names.py --engine {args.engine}"
        record.save(f"names-{args.engine}", command, figures)


if __name__ == "__main__":
    main()
