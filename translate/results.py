"""Typed results passed between the layers: comparisons, story views, story groupings, jobs.

The CLI, the pages and the API read them by attribute; they become JSON only where they
leave the program (``translate.storage.codec``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from translate.vocab import JobKind, JobStatus, Label

# Settings that made a result: stored with it, part of its key, so a change recomputes it.


@dataclass(frozen=True)
class AlignSettings:
    """Thresholds of the sentence aligner."""

    shared: float = 0.5
    partial: float = 0.22
    # A pair with a single word in common beyond names needs this score.
    one_word: float = 0.33
    entity_weight: float = 0.3
    merge_gain: float = 0.05


@dataclass(frozen=True)
class StorySettings:
    """Weights and threshold of story grouping."""

    threshold: float = 0.2
    text_weight: float = 0.45
    entity_weight: float = 0.45
    extra_weight: float = 0.1
    # Articles published further apart than this are never one story (undated ones are
    # grouped on content alone). Four weeks and a bit: a story that develops over weeks.
    window_days: int = 31


# Comparisons of two articles


@dataclass(frozen=True)
class ArticleInfo:
    """What a comparison shows of each article it compares."""

    id: str
    title: str
    title_en: str
    language: str
    outlet: str | None
    dateline: str | None
    signature: str
    published: str | None = None  # YYYY-MM-DD; None: undated


@dataclass(frozen=True)
class Difference:
    """Numbers, dates, names or quoted words one sentence of a pair has and the other lacks."""

    kind: str
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]


# (sentence index, start, end) of matching words within that sentence
MatchSpan = tuple[int, int, int]


@dataclass(frozen=True)
class AlignedPair:
    """Sentences of A and B that say the same (``shared``) or part of it (``partial``)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    label: Label
    a_spans: tuple[MatchSpan, ...] = ()
    b_spans: tuple[MatchSpan, ...] = ()
    differences: tuple[Difference, ...] = ()
    a_text: tuple[str, ...] = ()
    b_text: tuple[str, ...] = ()
    common: tuple[str, ...] = ()  # words beyond names both say: why they are linked


@dataclass(frozen=True)
class OnlySentence:
    index: int
    text: str


@dataclass(frozen=True)
class Comparison:
    """Two articles aligned sentence by sentence."""

    a: ArticleInfo
    b: ArticleInfo
    pairs: tuple[AlignedPair, ...]
    only_a: tuple[OnlySentence, ...]
    only_b: tuple[OnlySentence, ...]
    overlap: float
    labels_a: tuple[Label, ...]
    labels_b: tuple[Label, ...]
    settings: AlignSettings
    cached: bool = False
    notes: tuple[str, ...] = ()  # limits that applied, said on the page
    # The sentences past the limit of sentences compared (MAX_COMPARED_SENTENCES): shown
    # as "not compared", neither shared nor only in one.
    not_compared_a: tuple[OnlySentence, ...] = ()
    not_compared_b: tuple[OnlySentence, ...] = ()

    def count(self, label: Label) -> int:
        return sum(1 for p in self.pairs if p.label == label)


# What the articles of one story report


@dataclass(frozen=True)
class StoryFact:
    """One thing reported: per article, the indexes of the sentences that say it (empty
    where that article does not report it)."""

    sentences: tuple[tuple[int, ...], ...]
    reported_by: int
    label: Label


@dataclass(frozen=True)
class StoryView:
    """Several articles side by side, one fact per thing reported, commonest first."""

    articles: tuple[ArticleInfo, ...]
    english: tuple[tuple[str, ...], ...]
    facts: tuple[StoryFact, ...]
    in_all: int
    in_several: int
    only: tuple[int, ...]
    settings: AlignSettings
    cached: bool = False
    notes: tuple[str, ...] = ()  # limits that applied, said on the page
    # The sentences past the limit of sentences compared (MAX_COMPARED_SENTENCES): shown
    # as "not compared", neither shared nor only in one.
    not_compared_a: tuple[OnlySentence, ...] = ()
    not_compared_b: tuple[OnlySentence, ...] = ()


# Grouping articles into stories


@dataclass(frozen=True)
class PairEvidence:
    """Why two articles are (or are not) one story: the score and what they share."""

    a: str
    b: str
    score: float
    text_similarity: float
    entity_similarity: float
    shared_entities: tuple[str, ...]
    shared_terms: tuple[str, ...]
    shared_numbers: tuple[str, ...]
    same_dateline: bool
    days_apart: int | None = None  # None: one of them is undated


@dataclass(frozen=True)
class StoryGroup:
    articles: tuple[str, ...]
    cohesion: float
    coverage: dict[str, float]
    # Stable: the id of the article the story started with. It stays as articles join,
    # so a link to a story keeps working (``/stories/<id>``).
    id: str = ""

    @property
    def story_id(self) -> str:
        return self.id or self.articles[0]


@dataclass(frozen=True)
class Grouping:
    """Stories, and why: ``pairs`` holds the evidence of every two articles of one story,
    and of each article's closest articles in other stories (why they are not one)."""

    groups: tuple[StoryGroup, ...]
    pairs: tuple[PairEvidence, ...]
    settings: StorySettings
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    cached: bool = False

    def group_of(self, article_id: str) -> StoryGroup | None:
        return next((g for g in self.groups if article_id in g.articles), None)

    def story(self, story_id: str) -> StoryGroup | None:
        """The story of this id (ids stay the same as articles join)."""
        return next((g for g in self.groups if g.story_id == story_id), None)


# Background jobs


# Wire copies: one agency text carried by several outlets


@dataclass(frozen=True)
class WireCopy:
    """One carrier of a text: which article, and what its copy changed against the first
    carrier's (sentences it lacks, sentences it adds; a reworded one is both)."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()

    @property
    def differences(self) -> tuple[str, ...]:
        """The changes as a diff's lines: "-" removed, "+" added."""
        return (*(f"-{s}" for s in self.removed), *(f"+{s}" for s in self.added))


@dataclass(frozen=True)
class WireText:
    """A text carried by several outlets: its first carrier (earliest published, else
    first stored) and the copies, each with what it changed."""

    text: WireCopy
    copies: tuple[WireCopy, ...]
    similarity: float  # the lowest verified containment between two copies in the group

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets that carry it, each once, first carrier's first (an outlet that
        printed it twice counts once)."""
        return tuple(dict.fromkeys(c.outlet for c in (self.text, *self.copies) if c.outlet))


@dataclass(frozen=True)
class Job:
    """Reading and translating one added article in the background worker.

    ``article_id`` is known once the upload is read; ``lang`` is the language the reader
    chose (None: detect); ``guess`` and ``confidence`` say what detection found when it
    asks the reader; ``attempts`` counts starts, so a job that keeps stopping the server
    is not resumed for ever."""

    id: str
    article_id: str | None
    status: JobStatus
    done: int = 0
    total: int = 0
    error: str | None = None
    name: str = ""
    lang: str | None = None
    guess: str | None = None
    confidence: float | None = None
    attempts: int = 0
    kind: JobKind = JobKind.TRANSLATE
    targets: tuple[str, ...] = ()  # the articles a comparison or story view is of


@dataclass(frozen=True)
class SentenceScore:
    """One sentence of an evaluation: its output against the reference, and its doubt."""

    source: str
    reference: str
    output: str
    chrf: float
    confidence: float | None
    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    tries: int = 1


@dataclass(frozen=True)
class DoubtSummary:
    """How well the doubt marks tell bad sentences from good ones on a test set."""

    spearman: float | None
    flagged: int
    flagged_share: float | None
    chrf_flagged: float | None
    chrf_unflagged: float | None
    repaired: int
    flags: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class EvalResult:
    """An engine scored on one test set, with or without the glossary (``glossary``: its
    version, or None). ``per_sentence`` is kept in reports, not in the store's summary."""

    testset: str
    lang: str
    sentences: int
    engine: str
    model: str
    glossary: str | None
    bleu: float
    chrf: float
    bleu_signature: str
    chrf_signature: str
    term_accuracy: float | None
    term_occurrences: int | None = None
    translated_now: int | None = None
    seconds: float | None = None
    sentences_per_second: float | None = None
    doubt: DoubtSummary | None = None
    per_sentence: tuple[SentenceScore, ...] = ()

    @property
    def outputs(self) -> list[str]:
        return [s.output for s in self.per_sentence]


@dataclass(frozen=True)
class EvalReport:
    """One ``newsbridge eval`` run: when, on what machine, and its results."""

    created: str
    results: tuple[EvalResult, ...]
    machine: str | None = None


# Quotations (translate.coverage.quotations)


@dataclass(frozen=True)
class Quote:
    """One quotation: where it stands in the article's text (``start``/``end``, the marks
    left out), its words, ``full`` or ``partial`` (or ``reported``: the content of
    reported speech, the outlet's paraphrase), and its speaker (the English name and
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
    cue: str | None = None  # the reporting verb or phrase, as in the original ("sagte")


@dataclass(frozen=True)
class Quoted:
    """A quotation with its English: the words the translation quotes in its place (None
    where the English no longer quotes them, so which words are not known), whether its
    sentence is doubted, and the articles that carry the same quotation (or statement:
    ``carried_as`` says how each carries it, ``full``, ``partial`` or ``reported``). Of
    reported speech (kind ``reported``) ``english`` is the span's own English where it can
    be cut from its sentence's (``english_of`` "span"), else the sentence's ("sentence")."""

    quote: Quote
    english: str | None
    doubtful: bool
    carriers: tuple[str, ...] = ()
    carried_as: dict[str, str] = field(default_factory=dict)
    english_of: str = ""  # of reported speech: "span" or "sentence"; "" for quotations


# People's corrections (translate.storage.correction_store)


@dataclass(frozen=True)
class Correction:
    """One change to the English of a source sentence made by a person: a correction, an
    import (TMX) or an undo. ``key``: the sentence's id (its language and its text with
    whitespace and quotation marks normalised): every article with that sentence shows
    the correction. ``english``: the person's English from this change on (None: none,
    the machine's English again); ``before``: theirs before it (None: the machine's);
    ``machine``: the machine's English where it was made (None: not known, an import)."""

    id: int
    key: str
    lang: str = field(metadata={"json": "language"})
    source: str
    english: str | None
    before: str | None
    machine: str | None
    action: str  # correct, import, undo
    by: str
    at: str
    article_id: str | None = None
    sentence: int | None = None
