"""The glossary in the formats other tools read: TBX-Basic and DeepL's glossary CSV.

**TBX** (TermBase eXchange, ISO 30042:2019, version 3, DCA style) in the TBX-Basic dialect.
One ``conceptEntry`` per entry (its id is the entry's), with an English ``langSec`` and
one per source language, one ``termSec`` per form. Carried:

- the kind: ``<descrip type="subjectField">`` (person, place, organisation, title, term);
- provenance: ``<admin type="source">`` and a ``transacGrp`` (``transactionType``
  origination, ``responsibility`` who added it, ``date``);
- names: ``<termNote type="partOfSpeech">properNoun</termNote>`` (``noun`` otherwise);
- a form's own English (``woordvoerders=spokespeople``): ``<note>en: spokespeople</note>``.

:func:`check_tbx` enforces these TBX-Basic rules (and no others): the root is
``<tbx type="TBX-Basic" style="dca">`` in the TBX namespace with ``xml:lang``; a
``tbxHeader/fileDesc/sourceDesc``; ``text/body`` holds only ``conceptEntry`` elements, each
with a unique ``id``; concept-level children are ``descrip`` (``subjectField``,
``definition``), ``admin`` (``source``), ``transacGrp``, ``note`` and ``langSec``; every
``langSec`` has ``xml:lang`` and at least one ``termSec``; every ``termSec`` has exactly
one non-empty ``term`` and otherwise only ``termNote`` (``partOfSpeech`` with a value of
its picklist, ``termType``), ``note`` or ``transacGrp``; a ``transacGrp`` has one
``transac type="transactionType"`` (origination, modification), at most one
``transacNote type="responsibility"`` and a ``date`` in ISO form (YYYY-MM-DD).

**CSV** as DeepL's glossary files have it: one ``source,target,source_lang,target_lang``
row per source form, no header. It carries renderings only (no kind, no provenance):
importing one adds forms to the entry with the same English, or new ``term`` entries.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from glossary import safexml
from glossary.entries import (
    KINDS,
    LANGS,
    NAME_KINDS,
    Entry,
    Form,
    GlossaryError,
    Problem,
    slug,
)

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PARTS_OF_SPEECH = ("properNoun", "noun", "verb", "adjective", "adverb", "other")
TRANSACTION_TYPES = ("origination", "modification")
_CONCEPT_CHILDREN = {"descrip", "admin", "transacGrp", "note", "langSec"}
_TERMSEC_CHILDREN = {"term", "termNote", "note", "transacGrp"}
_FORM_NOTE = re.compile(r"^en: (.+)$")


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def export_tbx(entries: Sequence[Entry], version: str) -> str:
    ET.register_namespace("", NS)
    root = ET.Element(_q("tbx"), {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"})
    header = ET.SubElement(ET.SubElement(root, _q("tbxHeader")), _q("fileDesc"))
    ET.SubElement(
        ET.SubElement(header, _q("sourceDesc")), _q("p")
    ).text = f"newsbridge glossary, version {version}"
    body = ET.SubElement(ET.SubElement(root, _q("text")), _q("body"))
    for entry in entries:
        concept = ET.SubElement(body, _q("conceptEntry"), {"id": entry.id})
        ET.SubElement(concept, _q("descrip"), {"type": "subjectField"}).text = entry.kind
        ET.SubElement(concept, _q("admin"), {"type": "source"}).text = entry.source
        group = ET.SubElement(concept, _q("transacGrp"))
        ET.SubElement(group, _q("transac"), {"type": "transactionType"}).text = "origination"
        ET.SubElement(group, _q("transacNote"), {"type": "responsibility"}).text = entry.added_by
        ET.SubElement(group, _q("date")).text = entry.added_on
        part = "properNoun" if entry.kind in NAME_KINDS else "noun"
        terms = [("en", Form(entry.en))] + [
            (lang, form) for lang in LANGS for form in entry.forms.get(lang, ())
        ]
        sections: dict[str, ET.Element] = {}
        for lang, form in terms:
            if lang not in sections:
                sections[lang] = ET.SubElement(concept, _q("langSec"), {XML_LANG: lang})
            term_sec = ET.SubElement(sections[lang], _q("termSec"))
            ET.SubElement(term_sec, _q("term")).text = form.text
            ET.SubElement(term_sec, _q("termNote"), {"type": "partOfSpeech"}).text = part
            if form.english:
                ET.SubElement(term_sec, _q("note")).text = f"en: {form.english}"
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def check_tbx(text: str | bytes | Path, file: str) -> tuple[ET.Element | None, list[Problem]]:
    """The parsed document and every way it breaks the TBX-Basic rules above. The XML is
    read by ``glossary.safexml`` (a size limit; no document type, entities or network): a
    file at ``text`` (a path) is refused by its size before it is read."""
    try:
        root = safexml.read(text) if isinstance(text, Path) else safexml.parse(text, file)
    except safexml.XMLRefused as exc:
        return None, [Problem(file, exc.line, exc.reason)]
    problems: list[Problem] = []

    def problem(where: str, message: str) -> None:
        problems.append(Problem(file, 0, f"{where}: {message}"))

    if root.tag != _q("tbx"):
        problem("root", f"must be <tbx> in namespace {NS}, found {root.tag}")
        return root, problems
    if root.get("type") != "TBX-Basic" or root.get("style") != "dca":
        problem("tbx", 'needs type="TBX-Basic" style="dca"')
    if not root.get(XML_LANG):
        problem("tbx", "needs xml:lang")
    if root.find(f"{_q('tbxHeader')}/{_q('fileDesc')}/{_q('sourceDesc')}") is None:
        problem("tbxHeader", "needs fileDesc/sourceDesc")
    body = root.find(f"{_q('text')}/{_q('body')}")
    if body is None:
        problem("text", "needs a body")
        return root, problems
    seen: set[str] = set()
    for n, concept in enumerate(body, start=1):
        where = f"conceptEntry {concept.get('id') or n}"
        if concept.tag != _q("conceptEntry"):
            problem(
                f"body item {n}", f"only conceptEntry may stand here, not {_local(concept.tag)}"
            )
            continue
        if not concept.get("id"):
            problem(where, "needs an id")
        elif concept.get("id") in seen:
            problem(where, "id used twice")
        seen.add(concept.get("id") or "")
        for child in concept:
            name = _local(child.tag)
            if name not in _CONCEPT_CHILDREN:
                problem(where, f"<{name}> is not TBX-Basic here")
            elif name == "descrip" and child.get("type") not in ("subjectField", "definition"):
                problem(where, f"descrip type {child.get('type')!r} is not TBX-Basic")
            elif name == "admin" and child.get("type") != "source":
                problem(where, f"admin type {child.get('type')!r} is not TBX-Basic")
            elif name == "transacGrp":
                _check_transaction(child, where, problem)
        lang_secs = concept.findall(_q("langSec"))
        if not lang_secs:
            problem(where, "needs a langSec")
        for lang_sec in lang_secs:
            lang = lang_sec.get(XML_LANG)
            if not lang:
                problem(where, "langSec needs xml:lang")
            term_secs = [c for c in lang_sec if c.tag == _q("termSec")]
            if not term_secs or len(term_secs) != len(lang_sec):
                problem(f"{where} ({lang})", "a langSec holds one or more termSec and nothing else")
            for term_sec in term_secs:
                terms = term_sec.findall(_q("term"))
                if len(terms) != 1 or not (terms[0].text or "").strip():
                    problem(f"{where} ({lang})", "a termSec holds exactly one non-empty term")
                for child in term_sec:
                    name = _local(child.tag)
                    if name not in _TERMSEC_CHILDREN:
                        problem(f"{where} ({lang})", f"<{name}> is not TBX-Basic in a termSec")
                    elif name == "termNote":
                        kind = child.get("type")
                        if kind == "partOfSpeech" and child.text not in PARTS_OF_SPEECH:
                            problem(f"{where} ({lang})", f"partOfSpeech {child.text!r}")
                        elif kind not in ("partOfSpeech", "termType"):
                            problem(f"{where} ({lang})", f"termNote type {kind!r}")
                    elif name == "transacGrp":
                        _check_transaction(child, where, problem)
    return root, problems


def _check_transaction(group: ET.Element, where: str, problem: Callable[[str, str], None]) -> None:
    kinds = group.findall(_q("transac"))
    if len(kinds) != 1 or kinds[0].get("type") != "transactionType":
        problem(where, 'a transacGrp has one <transac type="transactionType">')
    elif kinds[0].text not in TRANSACTION_TYPES:
        problem(where, f"transactionType {kinds[0].text!r}")
    if len(group.findall(_q("transacNote"))) > 1:
        problem(where, "at most one transacNote")
    dates = group.findall(_q("date"))
    if len(dates) != 1:
        problem(where, "a transacGrp has one <date>")
    else:
        try:
            date.fromisoformat(dates[0].text or "")
        except ValueError:
            problem(where, f"date {dates[0].text!r} is not YYYY-MM-DD")


def parse_tbx(text: str | bytes | Path, file: str, by: str) -> list[Entry]:
    """Entries of a TBX-Basic document; :class:`GlossaryError` listing every problem."""
    root, problems = check_tbx(text, file)
    if problems or root is None:
        raise GlossaryError(problems)
    entries = []
    for concept in root.iter(_q("conceptEntry")):
        entry_id = concept.get("id", "")
        kind = (concept.findtext(f"{_q('descrip')}[@type='subjectField']") or "term").strip()
        if kind not in KINDS:
            kind = "term"
        english = ""
        forms: dict[str, list[Form]] = {}
        for lang_sec in concept.findall(_q("langSec")):
            lang = (lang_sec.get(XML_LANG) or "").split("-")[0].lower()
            for term_sec in lang_sec.findall(_q("termSec")):
                term = (term_sec.findtext(_q("term")) or "").strip()
                note = _FORM_NOTE.match((term_sec.findtext(_q("note")) or "").strip())
                if lang == "en" and not english:
                    english = term
                elif lang in LANGS:
                    forms.setdefault(lang, []).append(Form(term, note.group(1) if note else None))
        group = concept.find(_q("transacGrp"))
        added_by = by
        added_on = date.today().isoformat()
        if group is not None:
            added_by = (group.findtext(_q("transacNote")) or by).strip()
            added_on = (group.findtext(_q("date")) or added_on).strip()
        source = (concept.findtext(f"{_q('admin')}[@type='source']") or "").strip()
        entries.append(
            Entry(
                id=entry_id,
                kind=kind,
                en=english,
                forms={lang: tuple(f) for lang, f in forms.items()},
                added_by=added_by,
                added_on=added_on,
                source=source or f"imported from {file}",
            )
        )
    return entries


def export_csv(entries: Sequence[Entry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for entry in entries:
        for lang in LANGS:
            for form in entry.forms.get(lang, ()):
                writer.writerow([form.text, form.english or entry.en, lang, "en"])
    return out.getvalue()


def parse_csv(text: str, file: str) -> tuple[list[tuple[str, str, str]], list[Problem]]:
    """(lang, source form, English) of each row; problems name the row."""
    rows: list[tuple[str, str, str]] = []
    problems: list[Problem] = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) not in (2, 4):
            problems.append(Problem(file, number, f"{len(row)} columns: need source,target"
                                    "[,source_lang,target_lang]"))  # fmt: skip
            continue
        source, target = row[0].strip(), row[1].strip()
        lang = row[2].strip().lower() if len(row) == 4 else ""
        if len(row) == 4 and row[3].strip().lower() not in ("en", "en-gb", "en-us"):
            problems.append(
                Problem(file, number, f"target_lang {row[3]!r}: newsbridge is to English")
            )
            continue
        if lang not in LANGS:
            problems.append(
                Problem(file, number, f"source_lang {lang!r}: one of {', '.join(LANGS)}")
            )
            continue
        if not source or not target:
            problems.append(Problem(file, number, "empty source or target"))
            continue
        rows.append((lang, source, target))
    return rows, problems


def entries_from_rows(
    rows: Sequence[tuple[str, str, str]], current: Sequence[Entry], file: str, by: str
) -> list[Entry]:
    """CSV rows as entries: a form the glossary has with the same English is unchanged; a
    new form joins the entry with its English; any other English is a new ``term`` entry.
    A form the glossary renders otherwise is an error (listed with its row), never an
    overwrite."""
    by_form = {(lang, f.text): e for e in current for lang, fs in e.forms.items() for f in fs}
    by_english = {e.en: e for e in current}
    taken = {e.id for e in current}
    changed: dict[str, Entry] = {}
    problems = []
    for number, (lang, source, target) in enumerate(rows, start=1):
        known = by_form.get((lang, source))
        if known is not None:
            english = next(f.english or known.en for f in known.forms[lang] if f.text == source)
            if english != target:
                problems.append(
                    Problem(
                        file,
                        number,
                        f"{lang} {source!r} is {english!r} in entry {known.id!r}, not {target!r}",
                    )
                )
            continue
        entry = changed.get(target) or by_english.get(target)
        if entry is None:
            base = slug(target) or "term"
            entry_id, n = base, 2
            while entry_id in taken:
                entry_id, n = f"{base}-{n}", n + 1
            taken.add(entry_id)
            entry = Entry(entry_id, "term", target, {}, by, date.today().isoformat(),
                          f"imported from {file}")  # fmt: skip
        forms = dict(entry.forms)
        forms[lang] = (*forms.get(lang, ()), Form(source))
        entry = dataclasses.replace(entry, forms=forms)
        changed[target] = entry
        by_form[(lang, source)] = entry
    if problems:
        raise GlossaryError(problems)
    return list(changed.values())
