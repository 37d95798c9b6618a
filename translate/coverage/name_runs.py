"""The runs of capitalised name words of one text, indexed by their last word: which full
names ending in a surname an article wrote before a position, asked once a quotation,
costs the number of different names, not the length of the text before it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from glossary.languages.first_names import FEMALE, MALE
from glossary.languages.given_names import BY_LANGUAGE
from translate.coverage.text_index import whole_count

_FIRSTS = FEMALE | MALE | frozenset().union(*BY_LANGUAGE.values())


class NameRuns:
    """The runs ``pattern`` finds in ``text``, as they would be found in ``text[:at]``."""

    def __init__(self, text: str, pattern: re.Pattern[str], of: tuple[str, ...] = ()) -> None:
        self.text = text
        self.pattern = pattern
        self.spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
        self.ends = [end for _, end in self.spans]
        # last word -> each run's last two words -> where the first such run ends
        self.first: dict[str, dict[str, int]] = {}
        for start, end in self.spans:
            words = text[start:end].split()
            self.first.setdefault(words[-1], {}).setdefault(_tail(words), end)
            # "Jeroen Pels van Philips": also the name before where its bearer works
            # (``of``: the language's ``body_of``), for "zei Pels" after it
            cut = next((i for i, w in enumerate(words) if i >= 2 and w in of), 0)
            if cut:
                self.first.setdefault(words[cut - 1], {}).setdefault(_tail(words[:cut]), end)
        self._counts: dict[str, int] = {}

    def mentions(self, words: str) -> int:
        """How often ``text`` writes ``words`` as whole words (counted once per words)."""
        if words not in self._counts:  # from an index of the text, not a reading of it
            self._counts[words] = whole_count(self.text, words)
        return self._counts[words]

    def last_two_before(self, last: str, at: int) -> set[str]:
        """The last two words (``_tail``) of every run in ``text[:at]`` whose last word is
        ``last``."""
        found = {two for two, end in self.first.get(last, {}).items() if end <= at}
        # A run that ``at`` cuts is found shorter in text[:at] (endpos cuts the same way).
        i = bisect.bisect_right(self.ends, at)
        if i < len(self.spans) and self.spans[i][0] < at:
            cut = self.pattern.match(self.text, self.spans[i][0], at)
            if cut is not None and cut.group(0).split()[-1] == last:
                found.add(_tail(cut.group(0).split()))
        return found


def _tail(words: list[str]) -> str:
    """The last two words of a run, three where the middle one is an initial ("Paul W.
    Kern", not "W. Kern")."""
    if len(words) >= 3 and re.fullmatch(r"[A-ZÄÖÜ]\.", words[-2]):
        return " ".join(words[-3:])
    return " ".join(words[-2:])


def same_surname(a: str, b: str) -> bool:
    """``a`` and ``b`` end in the same word (casefolded): one person's names."""
    return a.split()[-1].casefold() == b.split()[-1].casefold()


def two_surnames(name: str, full_name: Callable[[str], str | None]) -> bool:
    """``name``'s first two words are each the surname of another person's full name
    given before (``full_name``; a common first name opening it): two people named by
    their surnames ("versprach Berger Schmitt" after "Tom Berger" and "Lea Schmitt"), no
    one name (not "Hafen Hamburg Marketing" after "Der Hamburger Hafen")."""
    words = name.split()
    fulls = [full_name(w) for w in words[:2]] if len(words) >= 2 else []
    return bool(fulls) and all(f and f != name and f.split()[0] in _FIRSTS for f in fulls)
