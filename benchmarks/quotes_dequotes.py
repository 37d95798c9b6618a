"""Quotations and their speakers on news newsbridge's rules were not written from: the
train split of a German Wikinews quotation-attribution corpus (../shared/eval/dequotes,
read its README; CC BY-NC-SA, so nothing of it goes into the project).

The 700 articles are split by a fixed rule on their id: sorted by the sha256 of the id,
the first 200 are the *measure* part, the other 500 the *tune* part. Rules are written from
tune-part articles only; the measure part is only ever scored here, as aggregate figures
(``--review`` prints tune-part errors, never the measure part's). The claimed figures are
the measure part's.

    python benchmarks/quotes_dequotes.py            # figures for both parts, kept in reports/
    python benchmarks/quotes_dequotes.py --review   # the tune part's misses and wrong speakers,
                                                    # and each rule's precision (tune only)
    python benchmarks/quotes_dequotes.py --part tune  # the tune part's figures only;
                                                      # --part measure: the measure part's
    python benchmarks/quotes_dequotes.py --part tune-a --review  # tune-a's errors (tuning)
    python benchmarks/quotes_dequotes.py --part tune-b  # tune-b: is a rule general?

Each tune part's run prints a table of each rule's right, wrong and not judged speakers
(aggregate counts only, tune-b's too: compare a rule's precision on tune-a and tune-b to
find the rules written too close to tune-a's rows).

The tune part is split once more (``tune_split``, shared with ``reported_dequotes.py``), by
the sha256 of "tune-b:" and the id: the first 150 are *tune-b*, the other 350 *tune-a*.
Rules are written from tune-a's errors (``--review``); a change is kept only where tune-b's
precision and recall do not fall.

How the gold maps to what ``quotes_of`` finds (each article read as newsbridge reads a file:
the title on the first line, then the text):

- quotation recall: gold *Direct* quotations (of the article's body) that one of our
  quotations overlaps (any character in common with any of the gold quote's spans);
- speaker precision: of our quotations given a speaker, those whose speaker is right. A
  quotation is judged against the gold annotation it overlaps (a Direct one first, else an
  annotation of another type that has a speaker); one that overlaps no annotation at all
  (a title, a ship's name, scare quotes) has a wrong speaker whatever it is; one that
  overlaps only annotations with no speaker (the annotators left some out, as of a
  second quotation going on: "Sie sagte: „…“ Und weiter: „…“"), or one whose gold
  speaker is a pronoun with no coreferent named (below), is *not judged*: counted, and a
  *strict* precision that counts them wrong is printed beside (both parts alike);
- a speaker is right when the last word of our name (its surname; for an organisation, its
  last word), or the last word of one of the glossary entry's German forms, is a
  whole word of the gold speaker's text that ends it or a run of its words (no capitalised
  word follows it after spaces alone), compared casefolded with accents removed (so
  "Selenskyj" matches "Selenskyj", "Merkel" matches "Bundeskanzlerin Angela Merkel" and
  "Angela Merkel (CDU)", "Ibrahim" matches "Angaben Ibrahims" (a genitive), "Erdoğan"
  does not match "Erdoğan Teziç", and nothing else).
  Where the gold speaker is a pronoun (er, sie, …) its coreferent named
  mention is used instead: the speaker text of the nearest annotation before it whose
  speaker names someone (below) and is no source of the words ("in der Zeitung
  …", "laut einer Analyse …": a speaker text starting with a preposition);
  for a relative pronoun (der, die) the capitalised words
  right before its comma ("Arturo Arauz, der …");
- speaker recall: gold Direct quotations *whose speaker the article names* that got the
  right speaker. A gold speaker names someone when its text is one capitalised word that
  is no pronoun or function word and that the article gives after another capitalised
  word somewhere ("Gall" of "Reinhold Gall"; not "Meteorologen"), or holds two
  capitalised words in a row, neither a function word ("Innensenator Frank Henkel", not
  "Der Sprecher"), or a word with two capitals or more in a row ("CNN", "SPD-Fraktion");
  a role alone ("der Sprecher") does not, a pronoun does where its coreferent does;
- speakers that are not names: our speakers with a lower-case word other than a name
  particle (von, van, de, …; a glossary entry's English name may have "of"), or a first
  word that is a function word or an adverb ("So",
  "Dies", "Als Beispiele", "der Bergung"), over both parts and all quotations;
- the second judge, printed beside the first (both parts alike): the issue counts "a role
  resolved to the one person the article names with it" as a name, and the first judge
  marks such a speaker wrong ("Merkel" for the gold "die Kanzlerin"). The second resolves
  a gold speaker that names no one to the one name the article gives with its role
  ("Bundeskanzlerin Angela Merkel", "Maizière" of "Minister Thomas de Maizière"; no name
  where the article gives the role with two different names), and a possessive ("Seiner
  Ansicht") like a pronoun; such quotations then count as named for recall too. It was
  written from tune-a's rows only; the first judge's figures stay the ones compared over
  time;
- by article (``intervals.py``): each share with a 95% interval that resamples whole
  articles (an article's speakers are not independent: one interview can hold ten
  quotations of one shape), and how the ones not right spread over articles; aggregate
  figures only, so printed for every part;
- by the gold's kind (aggregate, every part): the precision split by what the annotation a
  speaker is judged against says of who spoke: a name in its own speaker text, a pronoun
  resolved to a name, words that name no one (a role: "ein Sprecher"), or no annotation;
- speed: every article's quotations over both parts, timed, as seconds per 1,000 articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from intervals import Tally, described  # noqa: E402

from glossary import Glossary  # noqa: E402
from translate.coverage.quotations import quotes_of  # noqa: E402
from translate.records import Article  # noqa: E402
from translate.sources.ingest import parse_bytes  # noqa: E402

# ../shared beside the checkout (a worktree under wt/ looks one folder further up).
CORPUS = next(
    (
        p / "shared" / "eval" / "dequotes" / "train.jsonl"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared" / "eval" / "dequotes").is_dir()
    ),
    ROOT.parent / "shared" / "eval" / "dequotes" / "train.jsonl",
)
MEASURE = 200  # articles in the measure part
TUNE_B = 150  # articles of the tune part kept to check that a rule generalises
PRONOUNS = {"er", "sie", "es", "ihm", "ihr", "ihn", "man", "wir", "ich", "du", "ihnen"}
FUNCTION = PRONOUNS | {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines",
    "so", "dies", "diese", "dieser", "als", "zum", "zur", "im", "in", "am", "an", "auf",
    "von", "vom", "mit", "nach", "laut", "wie", "und", "oder", "aber", "darunter",
    "wonach", "dabei", "damit", "dazu", "hier", "dort", "auch", "nur", "noch", "schon",
}  # fmt: skip
SOURCES = {"im", "in", "laut", "nach", "bei", "aus", "gegenuber", "zufolge"}
RELATIVES = {"der", "die", "welcher", "welche"}
POSSESSIVES = {"seiner", "ihrer", "seinen", "ihren", "seine", "ihre", "seinem", "ihrem"}
SAYING = {"meinung", "ansicht", "angaben", "aussagen", "aussage", "worten", "idee",
          "auffassung", "einschatzung", "darstellung", "sicht", "zufolge"}  # fmt: skip
PARTICLES = {"von", "van", "de", "der", "den", "ter", "te", "du", "da", "di", "la", "le",
             "zu", "al", "bin", "ibn", "del", "dos", "y", "und"}  # fmt: skip
# particles inside a name after a role ("Minister Thomas de Maizière"); not "der", "den"
NAME_PARTICLES = PARTICLES - {"der", "den", "und", "y", "te"}


def split(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(tune, measure): by the sha256 of the id, the first 200 are the measure part."""
    order = sorted(rows, key=lambda r: hashlib.sha256(str(r["id"]).encode()).hexdigest())
    return order[MEASURE:], order[:MEASURE]


def tune_split(tune: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(tune-a, tune-b) of the tune part, by the sha256 of "tune-b:" and the id: the first
    150 are tune-b."""
    order = sorted(tune, key=lambda r: hashlib.sha256(f"tune-b:{r['id']}".encode()).hexdigest())
    return order[TUNE_B:], order[:TUNE_B]


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", text)


def names_someone(speaker: str, text: str) -> bool:
    """The gold speaker's text names a person or an organisation (see the module doc);
    ``text``: the article's."""
    words = re.findall(r"[\w-]+", speaker)
    if any(re.search(r"[A-ZÄÖÜ]{2}", w) for w in words):
        return True
    caps = [w[:1].isupper() and fold(w) not in FUNCTION for w in words]
    if len(words) == 1:
        # a surname the article gives in full somewhere ("Gall" after "Reinhold Gall"),
        # not a plural noun ("Meteorologen")
        full = re.finditer(rf"(\w+)\s+{re.escape(words[0])}\b", text)
        return caps[0] and any(
            m.group(1)[:1].isupper() and fold(m.group(1)) not in FUNCTION for m in full
        )
    return any(caps[i] and caps[i + 1] for i in range(len(words) - 1))


def not_a_name(speaker: str, entry: bool) -> bool:
    """Our speaker has the shape of no name (see the module doc); ``entry``: it is a
    glossary entry's English name (a name by definition: "European Court of Justice")."""
    words = speaker.split()
    if not words or fold(words[0]) in FUNCTION:
        return True
    return not entry and any(w[:1].islower() and w.casefold() not in PARTICLES for w in words)


def read(row: dict[str, Any]) -> tuple[Article, int]:
    """The article, and where the corpus's text starts in its text (-1: not found)."""
    article = parse_bytes(f"{row['title']}\n{row['text']}".encode(), f"{row['id']}.txt", lang="de")
    body = row["text"].strip()
    at = article.text.find(body[:80])
    if at < 0 or article.text[at : at + len(body)] != body:
        return article, -1
    return article, at - (len(row["text"]) - len(row["text"].lstrip()))


def gold_of(row: dict[str, Any], roles: bool = False) -> list[dict[str, Any]]:
    """Each annotation with the named speaker it stands for (pronouns resolved to the
    nearest named speaker before them), in text order. ``roles``: the second judge (see
    the module doc): a possessive ("Seiner Ansicht") is resolved like a pronoun, and a role
    ("die Kanzlerin") to the one name the article gives with it."""
    items = []
    for a in row["annotations"]:
        spans = [tuple(s) for s in a["quote"]["spans"]]
        if not spans:
            continue
        speaker = a["speaker"]["text"] if a["speaker"]["spans"] else None
        at = a["speaker"]["spans"][0][0] if a["speaker"]["spans"] else spans[0][0]
        items.append({"type": a["type"], "spans": spans, "speaker": speaker, "at": at})
    items.sort(key=lambda i: i["spans"][0][0])
    for item in items:
        s = item["speaker"]
        item["named"] = s if s and names_someone(s, row["text"]) else None
        if roles and s and not item["named"] and not pronoun(s, roles):
            item["named"] = role_name(s, row["text"])
    for item in items:
        s = item["speaker"]
        if s and fold(s.strip()) in RELATIVES:
            # "sagte Arturo Arauz, der das Gesetz entworfen hatte": the name before it
            m = re.search(
                r"((?:[A-ZÄÖÜ][\w.-]+\s+){0,3}[A-ZÄÖÜ][\w-]+),\s*$", row["text"][: item["at"]]
            )
            if m is not None and names_someone(m.group(1), row["text"]):
                item["named"] = m.group(1)
        elif s and pronoun(s, roles):
            before = [o for o in items if o["at"] < item["at"] and o["speaker"]]
            if roles:  # the second judge: a named speaker, a role resolved
                before = [
                    o
                    for o in before
                    if o["named"] and not pronoun(o["speaker"], roles) and not source(o["speaker"])
                ]
            else:  # the first judge, as it was
                before = [
                    o
                    for o in before
                    if names_someone(o["speaker"], row["text"]) and not source(o["speaker"])
                ]
            if before:
                last = max(before, key=lambda o: o["at"])
                item["named"] = last["named"] if roles else last["speaker"]
    return items


def pronoun(speaker: str, roles: bool) -> bool:
    """A gold speaker that stands for a name said before it: a personal pronoun; for the
    second judge a possessive ("Seiner Ansicht") too."""
    words = speaker.split()
    return fold(speaker.strip()) in PRONOUNS or (
        roles
        and len(words) >= 2
        and fold(words[0]) in POSSESSIVES
        and fold(words[1]) in SAYING  # "Seiner Ansicht", not "ihre Sprecherin"
    )


def role_name(speaker: str, text: str) -> str | None:
    """The one name the article gives with the gold speaker's role (the second judge): the
    role is the speaker's first capitalised word that is no function word or noun of saying
    ("Sprecher" of "der Sprecher der Polizei", "SPD-Politikers" of "Meinung des
    SPD-Politikers"); a name goes with it where a run of capitalised words follows the role
    ("Bundeskanzlerin Angela Merkel": a compound ending in it counts; a genitive -s aside,
    the same form: "den Ermittlern Demjanjuk" is no name of "der Ermittler") or where it follows
    "Name, der …" with at most two adjectives between; the name must name someone
    (``names_someone``: not "Reportern" of "die Sprecherin Reportern"). None where the
    article gives the role with two different names, or once with an indefinite article
    (another, unnamed holder: "Ein Sprecher des Ministeriums")."""
    role = next(
        (
            fold(w)
            for w in re.findall(r"[\w-]+", speaker)
            if w[:1].isupper() and fold(w) not in FUNCTION | SAYING
        ),
        None,
    )
    if role is None:
        return None
    stem = role.removesuffix("s")
    if len(stem) < 4:
        return None
    names: set[str] = set()
    for m in re.finditer(r"[\w-]+", text):
        if not fold(m.group()).removesuffix("s").endswith(stem):
            continue
        if re.search(r"(?i)(?<!\w)(?:ein|eine|einer|einem|eines|einen)\s+$", text[: m.start()]):
            return None  # another, unnamed holder of the role ("Ein Sprecher des …")
        after = re.match(
            rf"(?:[ \t]+(?:(?:{'|'.join(NAME_PARTICLES)})[ \t]+)?[A-ZÄÖÜ][\w'’.-]*){{1,4}}",
            text[m.end() :],
        )
        if after is not None and _named_after(after.group().strip(), text, stem):
            names.add(words_of(after.group())[-1])
        before = re.search(
            r"([A-ZÄÖÜ][\w'’-]+),\s+(?:der|die|den|dem|des)\s+"
            r"(?:(?!(?:der|die|den|dem|des)\s)[a-zäöü][\w-]*(?:e|en|er|es)\s+){0,2}$",
            text[max(0, m.start() - 80) : m.start()],
        )
        if before is not None and names_someone(before.group(1), text):
            names.add(before.group(1))
    found = {fold(n).removesuffix("s") for n in names}
    return next(iter(names)) if len(found) == 1 else None


def _named_after(run: str, text: str, stem: str) -> bool:
    """The capitalised words after a role name someone: two or more, or an acronym, as
    ``names_someone``; one word only where the article gives it after a capitalised word
    that is not the role ("Merkel" of "Angela Merkel"; not "Reportern" of "die
    Sprecherin Reportern")."""
    words = words_of(run)
    if len(words) != 1 or re.search(r"[A-ZÄÖÜ]{2}", run):
        return names_someone(run, text)
    return any(
        m.group(1)[:1].isupper()
        and fold(m.group(1)) not in FUNCTION
        and not fold(m.group(1)).removesuffix("s").endswith(stem)
        for m in re.finditer(rf"(\w+)\s+{re.escape(words[0])}\b", text)
    )


def source(speaker: str) -> bool:
    """A gold speaker that is where the words are found, not who says them ("in der
    Zeitung …", "laut einer Analyse …"): no coreferent of a pronoun."""
    return fold(speaker.split()[0]) in SOURCES if speaker.split() else False


def right(speaker: str, source_names: list[str], gold: str | None) -> bool:
    if not gold:
        return False
    ends = run_ends(gold)
    lasts = [words_of(n)[-1] for n in [speaker, *source_names] if words_of(n)]
    # a German genitive of the name is the name ("nach Angaben Ibrahims", "Österreichs")
    return any(fold(w) in ends or f"{fold(w)}s" in ends for w in lasts)


def run_ends(gold: str) -> set[str]:
    """The words of a gold speaker's text that end it or a run of its words: the ones not
    followed, after spaces only, by a capitalised word ("Merkel" of "Bundeskanzlerin Angela
    Merkel, …" or "Angela Merkel (CDU)"; not "Recep" or "Erdoğan" of "Recep Erdoğan
    Teziç"), casefolded with accents removed."""
    return {
        fold(m.group())
        for m in re.finditer(r"[\w'’]+", gold)
        if not re.match(r"\s+[A-ZÄÖÜ]", gold[m.end() :])
    }


def judge(
    speaker: str, speaker_id: str | None, over: list[dict[str, Any]], glossary: Glossary
) -> tuple[dict[str, Any] | None, bool | None]:
    """The gold annotation a speaker is judged against (the first of ``over``, the ones it
    overlaps in order of preference, that has a speaker) and whether it is right; None where
    the gold does not say who (no speaker, or a pronoun whose coreferent it does not name)."""
    judged = next((i for i in over if i["speaker"]), None)
    if (judged is None and over) or (
        judged is not None
        and not judged["named"]
        and fold(judged["speaker"].strip()) in PRONOUNS | RELATIVES
    ):
        return judged, None
    ok = judged is not None and right(
        speaker, source_names(glossary, speaker_id), judged["named"] or judged["speaker"]
    )
    return judged, ok


def source_names(glossary: Glossary, speaker_id: str | None) -> list[str]:
    if speaker_id is None:
        return []
    entry = glossary.by_id.get(speaker_id)
    if entry is None:
        return []
    return [form.text for form in entry.forms.get("de", ())]


def score(
    rows: list[dict[str, Any]], glossary: Glossary, review: bool, roles: bool = False
) -> tuple[dict[str, Any], list[str]]:
    direct = found = named = named_right = given = given_right = unjudged = 0
    shapes: list[str] = []
    rules: dict[str, list[int]] = {}  # rule -> [right, wrong, not judged]
    kinds: dict[str, tuple[int, int]] = {}  # the judged gold's kind -> (right, given)
    by_article: list[tuple[Tally, Tally]] = []  # (precision, recall) tallies per article
    for row in rows:
        at_start = (given_right, given, named_right, named)
        article, shift = read(row)
        if shift < 0:
            raise SystemExit(f"{row['id']}: the corpus text is not found in the article read")
        gold = gold_of(row, roles)
        trace: list[str] = []
        ours = quotes_of(article, glossary, trace)
        spans = [(q.start - shift, q.end - shift) for q in ours]

        def overlaps(item: dict[str, Any], a: int, b: int) -> bool:
            return any(a < e and s < b for s, e in item["spans"])

        for item in gold:
            if item["type"] != "Direct":
                continue
            direct += 1
            hits = [q for q, (a, b) in zip(ours, spans, strict=True) if overlaps(item, a, b)]
            found += bool(hits)
            if item["named"]:
                named += 1
                ok = any(
                    q.speaker
                    and right(q.speaker, source_names(glossary, q.speaker_id), item["named"])
                    for q in hits
                )
                named_right += ok
                if review and not ok:
                    said = [(q.speaker, q.speaker_source) for q in hits]
                    a0 = item["spans"][0][0]
                    print(f"MISS {row['id']} gold={item['named']!r} ours={said}")
                    print(f"     {row['text'][max(0, a0 - 150) : item['spans'][-1][1] + 100]!r}")
        for q, (a, b), rule in zip(ours, spans, trace, strict=True):
            if not q.speaker:
                continue
            if not_a_name(q.speaker, q.speaker_id is not None):
                shapes.append(q.speaker)
            over = [i for i in gold if overlaps(i, a, b)]
            over.sort(key=lambda i: i["type"] != "Direct")
            judged, ok = judge(q.speaker, q.speaker_id, over, glossary)
            tally = rules.setdefault(rule, [0, 0, 0])
            tally[0 if ok else 2 if ok is None else 1] += 1
            if ok is None:
                unjudged += 1
                continue
            kind = gold_kind(judged, row["text"])
            kinds[kind] = (kinds.get(kind, (0, 0))[0] + ok, kinds.get(kind, (0, 0))[1] + 1)
            given += 1
            given_right += ok
            if review and not ok:
                who = judged["speaker"] if judged else None
                print(
                    f"WRONG {row['id']} [{rule}] ours={q.speaker!r} ({q.speaker_source!r}) "
                    f"gold={who!r}"
                )
                print(f"     {row['text'][max(0, a - 150) : b + 100]!r}")
        now = (given_right, given, named_right, named)
        gained = [b - a for a, b in zip(at_start, now, strict=True)]
        by_article.append(((gained[0], gained[1]), (gained[2], gained[3])))
    return {
        "articles": len(rows),
        "direct": direct,
        "quotation recall": found / direct if direct else 0.0,
        "speakers given": given,
        "not judged": unjudged,
        "speaker precision": given_right / given if given else 0.0,
        "strict precision": given_right / (given + unjudged) if given + unjudged else 0.0,
        "named": named,
        "speaker recall": named_right / named if named else 0.0,
        "not names": len(shapes),
        "rules": {r: f"{ok}/{ok + bad}" for r, (ok, bad, _) in sorted(rules.items())},
        "rule counts": {r: tuple(t) for r, t in sorted(rules.items())},
        "by article": by_article,
        "by gold kind": ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(kinds.items())),
    }, shapes


def gold_kind(judged: dict[str, Any] | None, text: str) -> str:
    """What the gold a speaker is judged against says of who spoke: a name in the
    annotation's own speaker text ("named"), a pronoun resolved to one ("pronoun"), words
    that name no one, such as a role ("unnamed"), or no annotation at all ("none")."""
    if judged is None:
        return "none"
    if fold(judged["speaker"].strip()) in PRONOUNS | RELATIVES:
        return "pronoun"
    return "named" if names_someone(judged["speaker"], text) else "unnamed"


def uncertainty(part: str, by_article: list[tuple[Tally, Tally]]) -> str:
    """The part's precision and recall with their 95% intervals (resampling articles) and
    how the wrong and missed speakers spread over articles: aggregate figures only."""
    return (
        f"{part}: speaker precision {described([p for p, _ in by_article])}\n"
        f"{part}: speaker recall {described([r for _, r in by_article])}"
    )


def rule_table(part: str, counts: dict[str, tuple[int, ...]]) -> str:
    """Each rule's right, wrong and not judged speakers of ``part`` and its precision:
    aggregate figures only, so printed for tune-b too (where no row is)."""
    lines = [f"{part}: rule               right  wrong  not judged  precision"]
    for rule, (ok, bad, unjudged) in sorted(counts.items(), key=lambda kv: -sum(kv[1])):
        share = f"{ok / (ok + bad):.1%}" if ok + bad else "-"
        lines.append(f"{part}:   {rule:<20}{ok:>5}{bad:>7}{unjudged:>12}{share:>11}")
    return "\n".join(lines)


def second(rows: list[dict[str, Any]], glossary: Glossary) -> dict[str, Any]:
    """The second judge's aggregate figures (see the module doc)."""
    result, _ = score(rows, glossary, False, roles=True)
    keep = ("speakers given", "not judged", "speaker precision", "named", "speaker recall")
    return {k: result[k] for k in keep}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--review", action="store_true", help="print a tune part's errors")
    parser.add_argument(
        "--part",
        choices=("tune", "tune-a", "tune-b", "measure", "both"),
        default="both",
        help="which part to score (tune-a while tuning, tune-b to check; both, the default, "
        "for the record)",
    )
    args = parser.parse_args()
    if not CORPUS.is_file():
        raise SystemExit(f"no corpus at {CORPUS}")
    if args.review and args.part in ("measure", "both"):
        raise SystemExit("--review prints a tune part's errors only: --part tune, tune-a or tune-b")
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    tune, measure = split(rows)
    tune_a, tune_b = tune_split(tune)
    glossary = Glossary.load(ROOT / "glossary" / "data")
    if args.part in ("tune-a", "tune-b"):
        part_rows = tune_a if args.part == "tune-a" else tune_b
        result, part_shapes = score(part_rows, glossary, args.review)
        counts = result.pop("rule counts")
        print(uncertainty(args.part, result.pop("by article")))
        print(f"{args.part}: {result}")
        print(rule_table(args.part, counts))
        print(f"{args.part}, second judge: {second(part_rows, glossary)}")
        if part_shapes:
            print(f"{args.part}: speakers that are not names: {part_shapes}")
        return
    if args.part != "measure":
        tuned, tune_shapes = score(tune, glossary, args.review)
        counts = tuned.pop("rule counts")
        print(uncertainty("tune", tuned["by article"]))
        print(f"tune: { {k: v for k, v in tuned.items() if k != 'by article'} }")
        print(rule_table("tune", counts))
        print(f"tune, second judge: {second(tune, glossary)}")
        if tune_shapes:
            print(f"tune: speakers that are not names: {tune_shapes}")
    if args.part == "tune":
        return
    measured, _ = score(measure, glossary, False)
    del measured["rules"], measured["rule counts"]  # the measure part: overall figures only
    print(uncertainty("measure", measured["by article"]))
    print(f"measure: { {k: v for k, v in measured.items() if k != 'by article'} }")
    measured2 = second(measure, glossary)
    print(f"measure, second judge: {measured2}")
    if args.part == "measure":
        return
    articles = [read(row)[0] for row in rows]
    began = time.perf_counter()
    for article in articles:
        quotes_of(article, glossary)
    per_1000 = (time.perf_counter() - began) / len(articles) * 1000
    print(f"speed: {per_1000:.1f} s per 1,000 articles")
    figures: list[tuple[str, str]] = []
    for name, result in (("measure", measured), ("tune", tuned)):
        figures += [
            (f"{name} ({result['articles']} articles): direct quotations (speaker named)",
             f"{result['direct']} ({result['named']})"),
            (f"{name}: quotation recall", f"{result['quotation recall']:.1%}"),
            (f"{name}: speaker precision",
             f"{result['speaker precision']:.1%} of {result['speakers given']}"),
            (f"{name}: speakers the gold does not judge (precision counting them wrong)",
             f"{result['not judged']} ({result['strict precision']:.1%})"),
            (f"{name}: speaker recall", f"{result['speaker recall']:.1%}"),
            (f"{name}: speaker precision, by article",
             described([p for p, _ in result["by article"]])),
            (f"{name}: speaker recall, by article",
             described([r for _, r in result["by article"]])),
            (f"{name}: speakers that are not names", str(result["not names"])),
            (f"{name}: speaker precision by what the gold says of who spoke (right/given)",
             result["by gold kind"]),
        ]  # fmt: skip
    for name, rows_of in (("measure", measure), ("tune", tune)):
        result = measured2 if name == "measure" else second(rows_of, glossary)
        figures += [
            (f"{name}, second judge (roles, possessives): speaker precision",
             f"{result['speaker precision']:.1%} of {result['speakers given']}"),
            (f"{name}, second judge: speaker recall (speaker named)",
             f"{result['speaker recall']:.1%} ({result['named']})"),
        ]  # fmt: skip
    figures.append(("quotations of 1,000 articles (s)", f"{per_1000:.1f}"))
    import record

    record.save("quotes-dequotes", "python benchmarks/quotes_dequotes.py", figures)


if __name__ == "__main__":
    main()
