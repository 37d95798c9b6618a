"""Who said what: the direct quotations of an article, from its original text, and who
said them.

A quotation is text between quotation marks of any style the sources use („…“, "…",
“…”, «…», ‚…‘, '…'; an apostrophe inside a word, "zo'n", "Sjmyhal's", is none), within
one paragraph, over one sentence or more. It is *full* when it is a sentence of its own,
*partial* when a few quoted words stand inside the reporter's sentence ("uit op een
'strategisch verlies'"). Removed clutter (teaser lists) is no part of the body, so its
quotations are not the article's.

The speaker comes from a reporting clause in the quotation's sentence, before or after it
("zei Peskov", "aldus de minister", "volgens X", "X waarschuwde dat", "sagte Putin", "so
X", "X erklärte:", "reageert Peskov"), or, for a quotation that is the whole sentence and
carries no clause, from one that ends the quotation the sentence before runs into. A name
is tied to its glossary entry (the English name and its id); a surname to the full name
the article used before; a role ("de Kremlinwoordvoerder") to the one person the article
named with that role before; a pronoun ("hij", "sie") to the speaker of the sentence
before. Where none of that is sure, the speaker is None: precision first.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from glossary import Glossary
from translate.models import Article, ArticleTranslation

# Opening mark -> the marks that may close it. Straight and curly double quotes are mixed
# by outlets ("…", “…", „…“); a single quote only opens where no letter stands before it.
_CLOSERS = {
    "„": '“”"',
    "“": '”“"',
    '"': '"”“',
    "«": "»",
    "»": "«",
    "‚": "‘’'",
    "‘": "’'",
    "'": "'’",
}
MAX_QUOTE = 800

_SAY_NL = (
    r"zei|zegt|zeggen|aldus|reageert|reageerde|verklaarde|verklaart|stelde|stelt|"
    r"benadrukte|benadrukt|waarschuwde|waarschuwt|schreef|schrijft|liet weten|laat weten|"
    r"meldt|meldde|vindt|vond|noemde|noemt"
)
_SAY_DE = (
    r"sagte|sagt|erklärte|erklärt|betonte|betont|warnte|warnt|schrieb|schreibt|so|"
    r"meinte|meint|fügte hinzu|kritisierte"
)
_SAYS = {"nl": _SAY_NL, "de": _SAY_DE}
_BY = {"nl": r"volgens|aldus", "de": r"laut|so|nach Angaben von"}
# Verbs of calling something a quoted name: the sentence's subject is the speaker
# ("Peskov doet het verhaal af als "pure fictie"", "Lawrow nannte das "Unsinn"").
_CALLS = {
    "nl": r"noemt|noemde|doet\b.*\baf als|deed\b.*\baf als|spreekt van|sprak van|"
    r"omschrijft|omschreef",
    "de": r"nennt|nannte|bezeichnet|bezeichnete|spricht von|sprach von",
}
_PRONOUNS = {"nl": {"hij", "zij", "ze"}, "de": {"er", "sie"}}
# The words that end a speaker's phrase ("zei Peskov in het CNN-programma").
_STOP = re.compile(
    r"[,.;:!?)]|\s(?:in|op|tegen|bij|na|tijdens|voorafgaand|volgens|am|im|auf|gegenüber|"
    r"bei|nach|vor|dat|dass)\s"
)


@dataclass(frozen=True)
class Quote:
    """One quotation: where it stands in the article's text (``start``/``end``, the marks
    left out), its words, ``full`` or ``partial``, and its speaker (the English name and
    the glossary id where the glossary has them; None: not sure who)."""

    article_id: str
    sentence: int
    start: int
    end: int
    source_text: str
    kind: str
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_source: str | None = None
    last_sentence: int | None = None  # where a quotation over several sentences ends


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's words in ``text``, outermost first, in order."""
    found = []
    i = 0
    while i < len(text):
        mark = text[i]
        closers = _CLOSERS.get(mark)
        if closers is None or (mark in "'‘" and i > 0 and text[i - 1].isalnum()):
            i += 1
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
            i += 1
            continue
        inner = text[i + 1 : end]
        if inner.strip() and end < len(text) and text[end] in closers:
            found.append((i + 1, end))
            i = end + 1
        else:
            i += 1
    return found


def _speaker_phrase(after: str, before: str, lang: str) -> str | None:
    """The speaker's words of a reporting clause: just after the quotation, ending its
    sentence (", aldus X."), just before it, or the subject of a verb of calling."""
    says, by = _SAYS[lang], _BY[lang]
    m = re.match(rf"\W*(?:{says})\s+(.+)", after, re.IGNORECASE)
    if m is None:
        m = re.match(rf"\W*(?:{by})\s+(.+)", after, re.IGNORECASE)
    if m is None:
        m = re.search(rf",\s+(?:{says}|{by})\s+([^,\"„“”]+?)(?:,[^\"„“”]*)?[.!?]?\s*$", after)
    if m is not None:
        return _cut(m.group(1))
    m = re.match(rf"\s*(.{{2,80}}?)\s+(?:{_CALLS[lang]})\b", before)
    if m is not None and "," not in m.group(1):
        return m.group(1).strip()
    m = re.search(
        rf"(?:^|[.!?]\s+|\(\w+\)\s+-\s+)([^.!?]{{2,120}}?)\s+(?:{says})\b[^.!?\"„“]*[:,]?\s*$",
        before,
    )
    if m is not None:
        return m.group(1).strip(" ,")
    m = re.search(
        rf"(?:^|\s)(?:{by})\s+([^,.!?]{{2,120}}?)(?:\s+(?:is|zijn|heeft|hebben|ist|sind|hat|haben)\b|,)",
        before,
        re.IGNORECASE,
    )
    return m.group(1).strip() if m else None


def _cut(phrase: str) -> str | None:
    found = _STOP.search(" " + phrase)
    cut = (" " + phrase)[: found.start()] if found else " " + phrase
    cut = cut.strip(" ,.:;")
    return cut or None


@dataclass(frozen=True)
class _Person:
    english: str
    entry_id: str
    start: int
    roles: frozenset[str]
    full: bool  # the entry is the full name, not a surname


class _Speakers:
    """The people an article names, in order, with the roles named beside them."""

    def __init__(self, article: Article, glossary: Glossary | None) -> None:
        self.article = article
        self.glossary = glossary
        self.people: list[_Person] = []
        # Surname -> (full name, id), for surnames only one person of the glossary has.
        self.surnames: dict[str, tuple[str, str]] = {}
        if glossary is None:
            return
        seen: dict[str, list[tuple[str, str]]] = {}
        for entry in glossary.entries:
            if entry.kind == "person" and " " in entry.en:
                seen.setdefault(entry.en.split()[-1], []).append((entry.en, entry.id))
        self.surnames = {s: people[0] for s, people in seen.items() if len(people) == 1}
        for sentence in article.sentences:
            matches = glossary.find(sentence.text, article.lang)
            titles = [m for m in matches if m.entry.kind == "title"]
            for m in matches:
                if m.entry.kind != "person":
                    continue
                near = frozenset(
                    t.entry.id
                    for t in titles
                    if abs(t.start - m.start) <= 60 or abs(t.end - m.start) <= 60
                )
                self.people.append(
                    _Person(
                        self._full(m.entry.en, m.entry.id),
                        m.entry.id,
                        sentence.start + m.start,
                        near,
                        " " in m.entry.en,
                    )
                )

    def _full(self, english: str, entry_id: str) -> str:
        """A surname as the full name the article named before ("Rjabkov" -> "Sergei
        Ryabkov"), else as the one person of the glossary with that surname, else itself."""
        if " " in english:
            return english
        for person in reversed(self.people):
            if person.english.split()[-1] == english:
                return person.english
        found = self.surnames.get(english)
        return found[0] if found else english

    def _id_of(self, english: str) -> str | None:
        """The glossary id of a full name the article or the glossary has."""
        found = self.surnames.get(english.split()[-1])
        if found and found[0] == english:
            return found[1]
        for person in self.people:
            if person.english == english and person.full:
                return person.entry_id
        return None

    def resolve(
        self, phrase: str, at: int, last: tuple[str, str | None] | None
    ) -> tuple[str | None, str | None]:
        """(English name, glossary id) of the speaker ``phrase`` names at offset ``at``."""
        lang = self.article.lang
        words = phrase.split()
        if len(words) == 1 and words[0].lower() in _PRONOUNS.get(lang, set()):
            return last if last is not None else (None, None)
        matches = self.glossary.find(phrase, lang) if self.glossary is not None else []
        people = [m for m in matches if m.entry.kind == "person"]
        if len(people) == 1:
            english = self._full(people[0].entry.en, people[0].entry.id)
            return english, self._id_of(english) or people[0].entry.id
        if people:
            return None, None  # two people in one clause: not sure which
        titles = {m.entry.id for m in matches if m.entry.kind == "title"}
        if titles:
            before = [p for p in self.people if p.start < at and p.roles & titles]
            named = {p.english for p in before}
            if len(named) == 1:
                english = named.pop()
                return english, self._id_of(english) or before[-1].entry_id
            return None, None
        names = [w for w in words if w[:1].isupper() and w.isalpha()]
        if 2 <= len(names) <= 3 and names == words[-len(names) :]:
            return " ".join(names), None  # a name the glossary lacks, as written
        return None, None


def quotes_of(article: Article, glossary: Glossary | None = None) -> list[Quote]:
    """Every quotation of ``article``'s body, in order, with its speaker where sure."""
    speakers = _Speakers(article, glossary)
    text = article.text
    found: list[Quote] = []
    last: tuple[str, str | None] | None = None
    for span_start, span_end in quotation_spans(text):
        sentence = next((s for s in article.sentences if s.start <= span_start < s.end + 1), None)
        if sentence is None:
            continue  # the title, or removed clutter
        last_sentence = next(
            (s for s in article.sentences if s.start < span_end <= s.end + 1), sentence
        )
        before = text[sentence.start : span_start - 1]
        after = text[span_end + 1 : last_sentence.end]
        words = text[span_start:span_end]
        full = not before.strip(" -–—:,(") or (
            bool(re.match(r"^\W*[A-ZÀ-Ý]", words))
            and (
                len(words.split()) >= 4
                and (words.rstrip()[-1:] in ".!?," or after.lstrip()[:1] in ",")
            )
        )
        phrase = _speaker_phrase(after, before, article.lang)
        speaker: tuple[str | None, str | None] = (None, None)
        if phrase:
            speaker = speakers.resolve(phrase, sentence.start + len(before), last)
        if speaker[0] is not None:
            last = (speaker[0], speaker[1])
        found.append(
            Quote(
                article.id,
                sentence.index,
                span_start,
                span_end,
                words,
                "full" if full else "partial",
                speaker[0],
                speaker[1],
                phrase,
                last_sentence.index if last_sentence.index != sentence.index else None,
            )
        )
    return found


def quoted_speakers(quotes: Sequence[Quote]) -> dict[str, list[Quote]]:
    """Speaker -> their quotations (those with a speaker)."""
    found: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker:
            found.setdefault(quote.speaker, []).append(quote)
    return found


@dataclass(frozen=True)
class Quoted:
    """A quotation with its English: the words the translation quotes in its place (None
    where the English no longer quotes them, so which words are not known), whether its
    sentence is doubted, and the articles that carry the same quotation."""

    quote: Quote
    english: str | None
    doubtful: bool
    carriers: tuple[str, ...] = ()


def with_english(quotes: Sequence[Quote], translation: ArticleTranslation | None) -> list[Quoted]:
    """Each quotation with the English of its words: the i-th quoted passage of the English
    sentence for the sentence's i-th quotation, where the English quotes as many passages
    as the original does (else None: the ``quote`` check marks that sentence)."""
    by_index = {s.index: s for s in translation.sentences} if translation else {}
    found = []
    for quote in quotes:
        last = quote.last_sentence if quote.last_sentence is not None else quote.sentence
        sentences = [by_index.get(i) for i in range(quote.sentence, last + 1)]
        if not sentences or None in sentences:
            found.append(Quoted(quote, None, False))
            continue
        english = " ".join(s.english for s in sentences if s is not None)
        same = [q for q in quotes if quote.sentence <= q.sentence <= last]
        passages = [english[a:b] for a, b in quotation_spans(english)]
        words = passages[same.index(quote)] if len(passages) == len(same) else None
        found.append(Quoted(quote, words, any(s.flags for s in sentences if s is not None)))
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def same_quotation(a: Quoted, b: Quoted) -> bool:
    """One quotation in two articles: the same speaker, and the same words in the original
    or, across languages, English that shares most of its words (precision first: a
    paraphrase is no quotation of the same words)."""
    key_a = a.quote.speaker_id or a.quote.speaker
    key_b = b.quote.speaker_id or b.quote.speaker
    if key_a is None or key_a != key_b:
        return False
    if a.quote.source_text.strip() == b.quote.source_text.strip():
        return True
    if a.english is None or b.english is None:
        return False
    ratio = difflib.SequenceMatcher(None, _words(a.english), _words(b.english)).ratio()
    return ratio >= SAME_QUOTATION


# The share of English words two translations of one quotation have in common at least
# (difflib's ratio over words).
SAME_QUOTATION = 0.6


def carriers(quoted: Sequence[Quoted]) -> list[Quoted]:
    """Each quotation with the articles that carry it (itself included, in order)."""
    found = []
    for item in quoted:
        ids = [o.quote.article_id for o in quoted if o is item or same_quotation(item, o)]
        found.append(dataclasses.replace(item, carriers=tuple(dict.fromkeys(ids))))
    return found
