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

Then articles of 10, 25, 50 and 100 KB (``--sizes``), German and Dutch, from paragraphs
that name a different person each time (400 names): news (quotations and reported
speech), "„…“, sagte ein Sprecher Klaus Müllers." repeated, and the news paragraphs as one
sentence (no full stop). Quotations and reported speech are timed apart (one run each).

Linear cost shows as time growing about as the size does.
"""

from __future__ import annotations

import argparse
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


_FIRST = ("Klaus Anna Peter Sabine Jürgen Monika Thomas Claudia Stefan Petra Wolfgang Ute "
          "Michael Heike Andreas Birgit Frank Karin Uwe Gabi").split()  # fmt: skip
_LAST = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch "
         "Richter Klein Wolf Neumann Schwarz Braun Zimmermann Hartmann Krüger").split()  # fmt: skip
_NAMES = [f"{_FIRST[i % 20]} {_LAST[(i * 7 + i // 20) % 20]}" for i in range(400)]
_PARAGRAPH = {
    "de": lambda a, b, c: (
        f"Bürgermeisterin {a} sagte am Montag, es gebe keine Pläne für eine neue Steuer. "
        f"„Wir legen den Haushalt im Frühjahr vor“, sagte {a} in Berlin. Der Minister {b} "
        f"erklärte: „Die Lage ist schwierig.“ Laut {c} sei die Lage ernst. "
    ),
    "nl": lambda a, b, c: (
        f"Wethouder {a} zei maandag dat er geen plannen zijn voor een nieuwe belasting. "
        f'"We leggen de begroting in het voorjaar voor", zei {a} in Den Haag. Minister {b} '
        f'verklaarde: "De situatie is moeilijk." Volgens {c} is de situatie ernstig. '
    ),
}
_GENITIVE = {
    "de": lambda a, n: f"„Wir machen weiter {n}“, sagte ein Sprecher {a}s. ",
    "nl": lambda a, n: f'"We gaan door {n}", zei een woordvoerder van {a}. ',
}


def _article(lang: str, shape: str, kb: int) -> str:
    parts: list[str] = []
    size = n = 0
    while size < kb * 1000:
        a, b, c = (_NAMES[(n + k) % len(_NAMES)] for k in range(3))
        part = _GENITIVE[lang](a, n) if shape == "genitive" else _PARAGRAPH[lang](a, b, c)
        parts.append(part.replace(". ", ", ") if shape == "one sentence" else part)
        size += len(part)
        n += 1
    return "".join(parts).rstrip(", ") + "."


def growing(sizes: list[int], glossary: Glossary) -> None:
    """Seconds for quotations and reported speech of articles of ``sizes`` KB."""
    for lang in ("de", "nl"):
        for shape in ("news", "genitive", "one sentence"):
            cells = []
            for kb in sizes:
                article = parse_bytes(
                    f"Titel\n{_article(lang, shape, kb)}".encode(), "t.txt", lang=lang
                )
                started = time.perf_counter()
                quotes = quotes_of(article, glossary)
                middle = time.perf_counter()
                reported_of(article, glossary, quotes)
                ended = time.perf_counter()
                cells.append(f"{kb} KB {middle - started:.2f} s + {ended - middle:.2f} s")
            print(f"{shape} ({lang}), quotations + reported: " + ", ".join(cells), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,25,50,100", help="KB of the growing articles")
    parser.add_argument("--growing-only", action="store_true", help="only the growing articles")
    args = parser.parse_args()
    glossary = Glossary.load(DATA_DIR)
    growing([int(k) for k in args.sizes.split(",")], glossary)
    if args.growing_only:
        return
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
