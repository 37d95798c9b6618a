"""Suggest names the glossary does not cover yet, ranked by how often they occur.

Candidates are capitalised word sequences, dateline cities and short quoted titles.
A candidate is dropped when the glossary already covers every word of it, when it is
an ordinary word that only happens to open a sentence, or (Dutch and German) when it is
an adjective made from a name ("Russische", "amerikanischen"): the engines translate
those, and they are no names. A Slavic name written the Dutch or German way comes with the
English spelling the transliteration rules propose (``glossary.transliterate``).

German capitalises every noun, so a lone capitalised word may be an ordinary noun.
Word frequencies (wordfreq) tell most of them apart: a word common in German or Dutch
but rare in English ("Grenze", "Termin", "Russen") is probably an ordinary word, while
names are shared across languages. Such words are not hidden, only ranked after the
likely names and marked, since a place with its own local name ("Genf") looks the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from glossary import languages
from glossary.languages import FUNCTION_WORDS
from glossary.matcher import Glossary
from glossary.transliterate import english_spelling

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*\w"
_PARTICLE = r"(?:van|de|der|den|von|al|bin|ter|ten|la|le|di|da|du|dos)"
_NAME = re.compile(rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})*")
_QUOTED = re.compile(r"[\"“„']([A-ZÀ-ÖØ-Þ][^\"“”„']{2,60})[\"”']")
# Adjectives from names: Russische, Amerikaanse, Oekraïense, Europese; russischen, deutsche.
_ADJECTIVE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ]\w+(?:ische|isch|ischen|ischer|isches|aanse|aans|ense|iaanse|ese|se|sche)$"
)


@dataclass
class Suggestion:
    text: str
    count: int = 0
    contexts: list[str] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    reason: str = "capitalised"
    likely_name: bool = True
    lang: str = ""  # the language of the article it was first seen in
    english: str | None = None  # the English spelling the transliteration rules propose

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "count": self.count,
            "reason": self.reason,
            "likely_name": self.likely_name,
            "context": self.contexts[0] if self.contexts else "",
            "articles": sorted(self.sources),
            "lang": self.lang,
            "english": self.english,
        }


def _snippet(sentence: str, start: int, end: int, width: int = 40) -> str:
    left = max(0, start - width)
    right = min(len(sentence), end + width)
    return ("…" if left else "") + sentence[left:right] + ("…" if right < len(sentence) else "")


def _ordinary_word(word: str, lang: str) -> bool:
    from wordfreq import zipf_frequency

    language = languages.get(lang)
    if language.noun_endings and re.search(language.noun_endings, word):
        return True  # a noun's ending (German -ung, -heit): no name
    local = zipf_frequency(word, language.wordfreq)
    english = zipf_frequency(word, languages.get(languages.TARGET_LANG).wordfreq)
    # Where every noun takes a capital (German): one that is very common in the language
    # and in English alike ("Situation", "Partner", "Ball") is vocabulary, not a name.
    # (Very common names, "Trump", "China", fall under this too; the glossary has those.)
    if language.capitalises_nouns and local >= 4.5 and english >= 4.5:
        return True
    return local >= 3.0 and local - english >= 1.5


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Every letter of [start, end) lies inside one of the spans (compounds: several)."""
    position = start
    for s, e in sorted(spans):
        if s <= position < e:
            position = e
    return position >= end


def suggest(
    glossary: Glossary,
    documents: Iterable[tuple[str, str, list[str], str | None]],
    limit: int = 50,
    english: Iterable[str] = (),
) -> list[Suggestion]:
    """Uncovered names in ``documents``: (name, lang, sentences, dateline city).

    ``english`` (the articles' translations, where there are any) tells German nouns from
    names: "Situation" is written "situation" in English, "Putin" stays "Putin"."""
    found: dict[str, Suggestion] = {}
    lowercase_words: set[str] = set()
    docs = list(documents)
    for _name, _lang, sentences, _city in docs:
        for sentence in sentences:
            lowercase_words.update(w for w in re.findall(r"\w+", sentence) if w.islower())
    english_lowercase = {w for s in english for w in re.findall(r"\w+", s) if w.islower()}

    def add(
        text: str, doc: str, context: str, reason: str, likely: bool = True, lang: str = ""
    ) -> None:
        item = found.get(text)
        if item is None:
            spelling = english_spelling(text, lang) if reason == "capitalised" else None
            item = found[text] = Suggestion(
                text, reason=reason, likely_name=likely, lang=lang, english=spelling
            )
        item.count += 1
        item.sources.add(doc)
        if len(item.contexts) < 3:
            item.contexts.append(context)

    for name, lang, sentences, city in docs:
        function_words = FUNCTION_WORDS.get(lang, frozenset())
        if city:
            pretty = " ".join(part.capitalize() for part in city.split())
            if not glossary.find(pretty, lang) and not glossary.find(city, lang):
                add(pretty, name, city, "dateline", lang=lang)
        for sentence in sentences:
            covered = [(m.start, m.end) for m in glossary.find(sentence, lang)]

            def is_covered(start: int, end: int, spans: list[tuple[int, int]] = covered) -> bool:
                return _covered(start, end, spans)

            for m in _NAME.finditer(sentence):
                # Hyphens split words here: "NAVO-troepen" is NAVO plus an ordinary word.
                words = list(re.finditer(r"[^\s-]+", m.group(0)))
                keep = []
                for w in words:
                    start, end = m.start() + w.start(), m.start() + w.end()
                    token = w.group(0).rstrip(".,;:'’")
                    if not token[:1].isupper() or is_covered(start, end):
                        continue
                    if token.lower() in function_words or _ADJECTIVE.match(token):
                        continue
                    if start == 0 and token.lower() in lowercase_words:
                        continue  # an ordinary word opening the sentence
                    keep.append((start, start + len(token), token))
                if not keep:
                    continue
                # Runs of kept words that stand next to each other make one candidate.
                runs: list[list[tuple[int, int, str]]] = [[keep[0]]]
                for item in keep[1:]:
                    gap = sentence[runs[-1][-1][1] : item[0]]
                    if gap.strip() == "" or re.fullmatch(rf"\s+{_PARTICLE}\s+", gap):
                        runs[-1].append(item)
                    else:
                        runs.append([item])
                for run in runs:
                    start, end = run[0][0], run[-1][1]
                    text = sentence[start:end]
                    if len(text) < 2 or text.isdigit():
                        continue
                    likely = not all(
                        _ordinary_word(word, lang) or word.lower() in english_lowercase
                        for _s, _e, word in run
                    )
                    add(text, name, _snippet(sentence, start, end), "capitalised", likely, lang)
            for m in _QUOTED.finditer(sentence):
                start, end = m.start(1), m.end(1)
                if len(m.group(1).split()) <= 6 and not is_covered(start, end):
                    quoted = m.group(1).split()
                    if sum(w[:1].isupper() for w in quoted) >= max(2, len(quoted) // 2 + 1):
                        add(
                            m.group(1),
                            name,
                            _snippet(sentence, start, end),
                            "quoted title",
                            lang=lang,
                        )
    ranked = sorted(found.values(), key=lambda s: (not s.likely_name, -s.count, s.text))
    return ranked[:limit]
