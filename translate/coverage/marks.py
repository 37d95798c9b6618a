"""Where quotations open and close: the quotation marks news uses („…“, "…", “…”, «…»,
»…«, ‚…‘, '…', the same mark opening and closing), and the apostrophes that are none ("zo'n",
"'s nachts", "jaren '70")."""

from __future__ import annotations

import re

# Opening mark -> the marks that may close it. Straight and curly double quotes are mixed
# by outlets ("…", “…", „…“); a single quote only opens where no letter stands before it.
_CLOSERS = {
    "„": '“”"',
    "“": '”“"',
    '"': '"”“',
    "«": "»",
    "»": "«",
    "‚": "‘’'",
    "‘": "’'‘",
    "'": "'’",
}
MAX_QUOTE = 800
# The quotations of one article read at most: news holds tens; a 1 MB paste of quotation
# marks held 166,000, each read against its sentence (10 ms), minutes of work.
MAX_QUOTATIONS = 1000
# An apostrophe that starts a word: 's (des), 't (het), 'n, a year ('70).
_CONTRACTION = re.compile(r"['‘’](?:[stn](?![\w'’])|s-|\d\d(?!\d))")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's words in ``text``, outermost first, in order."""
    found = []
    i = 0
    while i < len(text):
        mark = text[i]
        closers = _CLOSERS.get(mark)
        if mark == "'" and "''" in text[max(0, i - 1) : i + 2]:
            i += 2  # wiki markup ''…'': emphasis, no quotation
            continue
        if closers is None or (mark in "'‘" and i > 0 and text[i - 1].isalnum()):
            i += 1
            continue
        if mark in "'‘’" and _CONTRACTION.match(text, i):
            i += 1  # Dutch 's nachts, 't, 's-Hertogenbosch, jaren '70: no quotation
            continue
        end = i + 1
        while end < len(text) and end - i <= MAX_QUOTE and text[end] != "\n":
            c = text[end]
            if c in closers and not (
                c in "'’" and end + 1 < len(text) and text[end + 1].isalpha()  # zo'n
            ):
                break
            end += 1
        else:
            # a quotation going on in the next paragraph, which opens with the same mark,
            # this one left open (»… .\n»… «): its words up to the paragraph's end
            if re.match(rf"\n\s*{re.escape(mark)}", text[end:]) and text[i + 1 : end].strip():
                found.append((i + 1, len(text[:end].rstrip())))
            i += 1
            continue
        inner = text[i + 1 : end]
        if inner.strip() and end < len(text) and text[end] in closers:
            # Marks around marks alone ("«» „", "…") pair up but quote no words.
            if any(c.isalnum() for c in inner):
                found.append((i + 1, end))
            i = end + 1
        else:
            i += 1
    return found


def unquoted_in(text: str, word: str, seen: dict[str, bool]) -> bool:
    """``word`` stands in ``text`` outside quotation marks too ("für „Solara“" where the
    article also writes Solara: a name); ``seen``: the words looked up before in the same
    text, each looked up once (a text of thousands of quotations)."""
    if word not in seen:
        seen[word] = bool(re.search(rf"(?<![„“\"‚‘'«»\w]){re.escape(word)}(?![\w“”\"‘'«»])", text))
    return seen[word]


def outside_quotations(text: str) -> str:
    """``text`` with each quotation (``quotation_spans``), its marks too, blanked: the
    offsets kept, the words outside it only."""
    chars = list(text)
    for start, end in quotation_spans(text):
        chars[max(start - 1, 0) : end + 1] = " " * (min(end + 1, len(text)) - max(start - 1, 0))
    return "".join(chars)
