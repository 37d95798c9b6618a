"""A small folder in the shape of FLORES-200 devtest (three languages, line-aligned, and
a metadata file whose URL column groups sentences into articles), written by the tests so
that they run in a plain clone without ``../shared``."""

from __future__ import annotations

from pathlib import Path

# (nl, de, en) per sentence, grouped by article; written for these tests.
ARTICLES = [
    [
        ("De raad vergaderde maandag.", "Der Rat tagte am Montag.", "The council met on Monday."),
        ("Er werd niets besloten.", "Es wurde nichts beschlossen.", "Nothing was decided."),
    ],
    [
        ("De trein had vertraging.", "Der Zug hatte Verspätung.", "The train was delayed."),
        ("Reizigers wachtten een uur.", "Reisende warteten eine Stunde.", "People waited an hour."),
        ("Daarna reed hij weer.", "Danach fuhr er wieder.", "Then it ran again."),
    ],
    [("Het regende de hele dag.", "Es regnete den ganzen Tag.", "It rained all day.")],
    [
        ("De school opende een nieuwe bibliotheek.", "Die Schule eröffnete eine neue Bibliothek.",
         "The school opened a new library."),
        ("Leerlingen lazen er meteen.", "Schüler lasen dort sofort.", "Pupils read there at once."),
    ],
]  # fmt: skip


def write_flores(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    columns: dict[str, list[str]] = {"nld_Latn": [], "deu_Latn": [], "eng_Latn": []}
    urls = []
    for n, article in enumerate(ARTICLES):
        for nl, de, en in article:
            columns["nld_Latn"].append(nl)
            columns["deu_Latn"].append(de)
            columns["eng_Latn"].append(en)
            urls.append(f"https://example.org/news/{n}")
    for name, lines in columns.items():
        (folder / f"{name}.devtest").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = ["URL\tdomain\ttopic\thas_image\thas_hyperlink"]
    rows += [f"{url}\texample\tnews\tno\tno" for url in urls]
    (folder / "metadata_devtest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder
