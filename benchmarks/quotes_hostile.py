"""Who-said-what on hostile input: seconds for texts that once took time out of proportion
to their size, at growing sizes (each figure the best of two runs).

    python benchmarks/quotes_hostile.py

1. "zei de minister" after "Minister Jan Smit" repeated (Dutch; each role read every
   holder before it once);
2. a role after one long hyphenated word (German; the compound's start was read from
   every letter);
3. "Volgens de politie" repeated (Dutch; each looked for a surname over the text before);
4. "sagte Trainer Jürgen von Liverpool" repeated (German; each looked for the first name
   standing alone over the whole text).

Linear cost shows as time growing about as the size does.
"""

from __future__ import annotations

import time

from glossary import DATA_DIR, Glossary
from translate.coverage.quotations import quotes_of
from translate.coverage.reported import reported_of
from translate.sources.ingest import parse_bytes


def _seconds(text: str, lang: str, glossary: Glossary) -> float:
    best = float("inf")
    for _ in range(2):
        article = parse_bytes(f"Titel\n{text}".encode(), "t.txt", lang=lang)
        started = time.perf_counter()
        reported_of(article, glossary, quotes_of(article, glossary))
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    glossary = Glossary.load(DATA_DIR)
    shapes = {
        "role after its holder (nl)": (
            "nl",
            lambda kb: "Minister Jan Smit kwam. 'Het gaat goed', zei de minister. " * (kb * 17),
        ),
        "role after a hyphenated word (de)": (
            "de",
            lambda kb: (
                "Trainer Jan Olsen kam. " + "Ab-" * (kb * 340) + "Ab. „Ja“, sagte der Trainer."
            ),
        ),
        "volgens a noun (nl)": (
            "nl",
            lambda kb: "Volgens de politie is de man gisteren gearresteerd. " * (kb * 19),
        ),
        "von after a first name (de)": (
            "de",
            lambda kb: "„Wir machen weiter“, sagte Trainer Jürgen von Liverpool. " * (kb * 17),
        ),
    }
    for name, (lang, make) in shapes.items():
        figures = []
        for kb in (3, 12, 48):
            text = make(kb)
            figures.append(f"{len(text) // 1000} KB {_seconds(text, lang, glossary):.2f} s")
        print(f"{name}: " + ", ".join(figures))


if __name__ == "__main__":
    main()
