"""Group articles that cover the same story, across languages.

Two signals, both from scikit-learn's TF-IDF and cosine similarity: the English text
(translations), and the language-neutral glossary entities (the same entry id in a Dutch
and a German article is the same person or place), weighted so that entities every
article names ("Russia") count for little. Numbers, years and the dateline add a little.
Groups come from average-linkage clustering on those pair scores, so one strong link
alone does not chain two stories together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from translate.align import Side, align, side
from translate.models import Article, ArticleTranslation
from translate.results import AlignSettings, Grouping, PairEvidence, StoryGroup, StorySettings
from translate.vocab import FUNCTION_WORDS, TARGET_LANG, Label

# Entities that identify a story: names, and terms such as "security guarantees". Titles
# ("spokesperson", "president") are in almost every article and identify nothing.
STORY_KINDS = ("person", "place", "organisation", "term")
# Untranslated text (the ``none`` engine) is Dutch or German: drop their function words too.
_FOREIGN_STOP = frozenset().union(*FUNCTION_WORDS.values())
# Reporting verbs say nothing about what a story is.
_NEWS_STOP = "said says say told according reported reports week".split()
_NUMBER = re.compile(r"\b\d[\d.,]*\b")


@dataclass(frozen=True)
class Doc:
    article: Article
    translation: ArticleTranslation

    @property
    def english(self) -> str:
        return " ".join(
            [self.translation.title.english, *(s.english for s in self.translation.sentences)]
        )

    @property
    def entities(self) -> dict[str, str]:
        """Entry id -> English form of every person, place and organisation named."""
        found: dict[str, str] = {}
        for hit in self.translation.hits:
            if hit.kind in STORY_KINDS:
                english = _name(hit.english)
                # "Dmitry Peskov" and "Peskov" are one person, not two shared entities.
                key = f"person:{english.split()[-1]}" if hit.kind == "person" else hit.entry_id
                found.setdefault(key, english)
        return found

    @property
    def numbers(self) -> set[str]:
        return {n.strip(".,") for n in _NUMBER.findall(self.english) if len(n.strip(".,")) >= 2}


def _cosine(docs: list[str], **options: Any) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    if not any(d.strip() for d in docs):
        return None, None
    vectorizer = TfidfVectorizer(**options)
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # nothing left after stop words
        return None, None
    return cosine_similarity(matrix), (vectorizer, matrix)


def pair_scores(
    docs: Sequence[Doc], settings: StorySettings
) -> tuple[list[list[float]], list[PairEvidence]]:
    n = len(docs)
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    text_sim, text_model = _cosine(
        [d.english for d in docs],
        stop_words=sorted(ENGLISH_STOP_WORDS | _FOREIGN_STOP | set(_NEWS_STOP)),
        sublinear_tf=True,
    )
    # Character 4-grams within words: names, numbers and cognates match across Dutch,
    # German and English spellings, so untranslated articles find their counterparts too.
    char_sim, _ = _cosine(
        [d.english for d in docs], analyzer="char_wb", ngram_range=(4, 4), sublinear_tf=True
    )
    entity_docs = [" ".join(sorted(d.entities)) for d in docs]
    entity_sim, _ = _cosine(entity_docs, token_pattern=r"[^ ]+", lowercase=False, sublinear_tf=True)
    scores = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    evidence: list[PairEvidence] = []
    terms = text_model[0].get_feature_names_out() if text_model else []
    for i in range(n):
        for j in range(i + 1, n):
            text = float(text_sim[i][j]) if text_sim is not None else 0.0
            if char_sim is not None:
                text = (text + float(char_sim[i][j])) / 2
            ent = float(entity_sim[i][j]) if entity_sim is not None else 0.0
            shared_numbers = sorted(docs[i].numbers & docs[j].numbers)
            same_dateline = bool(
                docs[i].article.dateline and docs[i].article.dateline == docs[j].article.dateline
            )
            extra = min(1.0, 0.5 * len(shared_numbers) + 0.5 * same_dateline)
            # One shared name is no story (two articles that both mention Sweden): the
            # entity part counts in full from two shared entities on, a quarter for one.
            shared = len(set(docs[i].entities) & set(docs[j].entities))
            score = (
                settings.text_weight * text
                + settings.entity_weight * ent * (1.0 if shared >= 2 else 0.25)
                + settings.extra_weight * extra
            )
            scores[i][j] = scores[j][i] = score
            shared_terms: list[str] = []
            # Terms are evidence for the pairs that may be grouped; skip the hopeless ones.
            if text_model is not None and score >= settings.threshold / 2:
                product = text_model[1][i].multiply(text_model[1][j]).tocoo()
                ranked = sorted(zip(product.data, product.col, strict=True), reverse=True)
                shared_terms = [str(terms[k]) for _v, k in ranked[:8]]
            apart = days_apart(docs[i], docs[j])
            if apart is not None and apart > settings.window_days:
                score = 0.0  # too far apart in time to be one story, whatever they share
                scores[i][j] = scores[j][i] = score
            if score < settings.threshold / 2:
                continue  # evidence is kept for pairs that may be grouped (n² otherwise)
            ents_i, ents_j = docs[i].entities, docs[j].entities
            evidence.append(
                PairEvidence(
                    a=docs[i].article.id,
                    b=docs[j].article.id,
                    score=round(score, 4),
                    text_similarity=round(text, 4),
                    entity_similarity=round(ent, 4),
                    shared_entities=tuple(sorted(ents_i[e] for e in set(ents_i) & set(ents_j))),
                    shared_terms=tuple(shared_terms),
                    shared_numbers=tuple(shared_numbers),
                    same_dateline=same_dateline,
                    days_apart=apart,
                )
            )
    return scores, evidence


FAR = 1e9


def days_apart(a: Doc, b: Doc) -> int | None:
    """Days between two articles' publication dates; None when either is undated."""
    if not a.article.published or not b.article.published:
        return None
    first, second = (date.fromisoformat(d.article.published[:10]) for d in (a, b))
    return abs((first - second).days)


def group_stories(docs: Sequence[Doc], settings: StorySettings | None = None) -> Grouping:
    """Groups of article ids with every pair's score and evidence."""
    settings = settings or StorySettings()
    if not docs:
        return Grouping((), (), settings)
    scores, evidence = pair_scores(docs, settings)
    labels = [0]
    if len(docs) > 1:
        from sklearn.cluster import AgglomerativeClustering

        # Articles too far apart in time get a distance no average can bring under the
        # threshold, so no group ever holds both.
        distance = [
            [
                FAR
                if i != j
                and (apart := days_apart(docs[i], docs[j])) is not None
                and apart > settings.window_days
                else max(0.0, 1.0 - scores[i][j])
                for j in range(len(docs))
            ]
            for i in range(len(docs))
        ]
        clustering = AgglomerativeClustering(
            n_clusters=None,
            metric="precomputed",
            linkage="average",
            distance_threshold=1.0 - settings.threshold,
        )
        labels = [int(x) for x in clustering.fit_predict(distance)]
    members: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        members.setdefault(label, []).append(index)
    groups = []
    for indices in members.values():
        inner = [scores[i][j] for i in indices for j in indices if i < j]
        groups.append(
            StoryGroup(
                articles=tuple(docs[i].article.id for i in indices),
                cohesion=round(sum(inner) / len(inner), 4) if inner else 1.0,
                coverage=coverage([docs[i] for i in indices]),
                id=docs[indices[0]].article.id,
            )
        )
    groups.sort(key=lambda g: (-len(g.articles), g.articles[0]))
    return Grouping(tuple(groups), tuple(evidence), settings)


def add_to_grouping(
    grouping: Grouping, new: Doc, docs: dict[str, Doc], settings: StorySettings | None = None
) -> Grouping:
    """``new`` joins the story it fits best, or starts one, without regrouping the rest.

    It joins the story whose articles it matches best on average (the same score as the
    grouping: text, names, numbers), if that average reaches the threshold and no article of
    the story is further from it in time than the window. The other stories, and every
    story's id, stay as they were."""
    settings = settings or grouping.settings
    groups = [g for g in grouping.groups if new.article.id not in g.articles]
    others = [docs[a] for g in groups for a in g.articles if a in docs]
    scores, evidence = pair_scores([new, *others], settings) if others else ([[1.0]], [])
    score_of = {doc.article.id: scores[0][k + 1] for k, doc in enumerate(others)}
    best, best_score = None, settings.threshold
    for group in groups:
        members = [a for a in group.articles if a in score_of]
        if not members or any(
            (apart := days_apart(new, docs[a])) is not None and apart > settings.window_days
            for a in members
        ):
            continue
        average = sum(score_of[a] for a in members) / len(members)
        if average >= best_score:
            best, best_score = group, average
    if best is None:
        joined = StoryGroup((new.article.id,), 1.0, {new.article.id: 1.0}, id=new.article.id)
        groups.append(joined)
    else:
        members = [*best.articles, new.article.id]
        member_docs = [docs.get(a, new) for a in members]
        inner = [score_of[a] for a in best.articles if a in score_of]
        size = len(best.articles)
        cohesion = (best.cohesion * size * (size - 1) / 2 + sum(inner)) / (size * (size + 1) / 2)
        joined = StoryGroup(
            tuple(members), round(cohesion, 4), coverage(member_docs), id=best.story_id
        )
        groups[groups.index(best)] = joined
    new_pairs = [p for p in evidence if new.article.id in (p.a, p.b)]
    return Grouping(
        tuple(sorted(groups, key=lambda g: (-len(g.articles), g.story_id))),
        (*grouping.pairs, *new_pairs),
        settings,
        grouping.articles,
    )


def _name(english: str) -> str:
    return english.removesuffix("'s").removesuffix("'")


def sides(doc: Doc) -> list[Side]:
    """The article's English sentences as the aligner sees them, with their entities
    (text the ``none`` engine left in its language is read as that language)."""
    lang = doc.article.lang if doc.translation.signature.engine == "none" else TARGET_LANG
    return [
        side(s.english, [_name(h.english) for h in s.hits if h.kind in STORY_KINDS], lang)
        for s in doc.translation.sentences
    ]


@dataclass(frozen=True)
class Fact:
    """One thing the articles of a story report: (article position, sentence index) of
    every sentence that says it, and "shared" when every link joining them was a shared
    pair, "partial" when one was only partly shared, "only" for a single article."""

    members: tuple[tuple[int, int], ...]
    label: Label


Node = tuple[int, int]  # (article position, sentence index)


def story_facts(
    docs: Sequence[Doc], settings: AlignSettings | None = None, limit: int | None = None
) -> list[Fact]:
    """The distinct things the articles report, in reading order of the first article that
    reports them.

    Precision first: sentences are joined only through *shared* pairs, and two groups are
    joined only when every sentence of one is directly linked to every sentence of the
    other article's in the other (A~B and B~C does not make A~C). A thing "reported by all"
    is then said by every member, each to each. A partly shared pair that joins nothing
    else is a thing of its own, labelled partial; every other sentence is only in one.
    """
    # Sentences past ``limit`` are not compared, so they are in no fact (not "only here").
    all_sides = [sides(d)[:limit] for d in docs]
    strong: dict[frozenset[Node], float] = {}
    weak: dict[frozenset[Node], float] = {}
    for x in range(len(docs)):
        for y in range(x + 1, len(docs)):
            for pair in align(all_sides[x], all_sides[y], settings).pairs:
                links = strong if pair.label == Label.SHARED else weak
                left = [(x, i) for i in pair.a]
                right = [(y, j) for j in pair.b]
                # A sentence one outlet split in two is one statement with its halves.
                for u in (*left, *right):
                    for v in (*left, *right):
                        if u != v:
                            links[frozenset((u, v))] = pair.score
    group_of: dict[Node, frozenset[Node]] = {
        (d, i): frozenset({(d, i)})
        for d, side_list in enumerate(all_sides)
        for i in range(len(side_list))
    }
    partly: set[frozenset[Node]] = set()

    def join(links: dict[frozenset[Node], float], allowed: dict[frozenset[Node], float]) -> None:
        """Join groups along ``links``, strongest first, where every sentence of one group
        is linked (in ``allowed``) to every sentence of the other."""
        for link, _score in sorted(links.items(), key=lambda item: -item[1]):
            u, v = tuple(link)
            g1, g2 = group_of[u], group_of[v]
            if g1 == g2 or not all(frozenset((p, q)) in allowed for p in g1 for q in g2):
                continue
            merged = g1 | g2
            by_weak = any(frozenset((p, q)) not in strong for p in g1 for q in g2)
            if g1 in partly or g2 in partly or by_weak:
                partly.discard(g1)
                partly.discard(g2)
                partly.add(merged)
            for node in merged:
                group_of[node] = merged

    join(strong, strong)  # shared statements first: they never join through a weaker link
    join(weak, {**weak, **strong})
    found = []
    for group in set(group_of.values()):
        if len({d for d, _ in group}) == 1:
            label = Label.ONLY
        else:
            label = Label.PARTIAL if group in partly else Label.SHARED
        found.append(Fact(tuple(sorted(group)), label))
    return sorted(found, key=lambda f: f.members[0])


def wire_copies(docs: Sequence[Doc]) -> tuple[list[Doc], dict[str, list[Doc]]]:
    """The docs with each wire copy (one agency text carried by several outlets) left out
    but its first carrier (earliest published, else first given), and the copies each kept
    doc stands for: coverage counts one text once, not once per site that printed it."""
    if len(docs) < 2:
        return list(docs), {}
    from translate.wire import first_carried, wire_groups

    ordered = first_carried([d.article for d in docs])
    copies: dict[str, list[Doc]] = {}
    dropped: set[str] = set()
    by_id = {d.article.id: d for d in docs}
    for group in wire_groups([(a.id, a.body) for a in ordered]):
        copies[group.first] = [by_id[i] for i in group.ids[1:]]
        dropped.update(group.ids[1:])
    return [d for d in docs if d.article.id not in dropped], copies


def coverage(docs: Sequence[Doc], settings: AlignSettings | None = None) -> dict[str, float]:
    """How much of the story each article covers: the share of the story's distinct
    reported facts (sentences, joined across articles where they align) it contains. A
    wire copy covers what the text it copies covers, and adds no facts of its own."""
    if len(docs) == 1:
        return {docs[0].article.id: 1.0}
    kept, copies = wire_copies(docs)
    if len(kept) == 1:
        return {doc.article.id: 1.0 for doc in docs}
    facts = story_facts(kept, settings)
    total = len(facts) or 1
    found = {
        doc.article.id: round(sum(1 for f in facts if any(m[0] == d for m in f.members)) / total, 4)
        for d, doc in enumerate(kept)
    }
    for first, others in copies.items():
        for other in others:
            found[other.article.id] = found[first]
    return {doc.article.id: found[doc.article.id] for doc in docs}
