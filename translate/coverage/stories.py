"""Group articles that cover the same story, across languages.

Two signals, both from scikit-learn's TF-IDF and cosine similarity: the English text
(translations), and the language-neutral glossary entities (the same entry id in a Dutch
and a German article is the same person or place), weighted so that entities every
article names ("Russia") count for little. Numbers, years and the dateline add a little.
Groups come from average-linkage clustering on those pair scores, so one strong link
alone does not chain two stories together.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from translate.coverage.docs import Doc
from translate.coverage.facts import story_facts
from translate.results import AlignSettings, Grouping, PairEvidence, StoryGroup, StorySettings
from translate.vocab import FUNCTION_WORDS

# Untranslated text (the ``none`` engine) is Dutch or German: drop their function words too.
# Reporting verbs say nothing about what a story is.
_NEWS_STOP = "said says say told according reported reports week".split()


def _cosine(docs: list[str], rows: Sequence[int] | None = None, **options: Any) -> tuple[Any, Any]:
    """TF-IDF cosine similarities of ``rows`` (default: every doc) against every doc, and
    the fitted vectorizer and matrix; (None, None) when there is no text to compare."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    if not any(d.strip() for d in docs):
        return None, None
    vectorizer = TfidfVectorizer(**options)
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # nothing left after stop words
        return None, None
    if rows is None:
        return cosine_similarity(matrix), (vectorizer, matrix)
    return cosine_similarity(matrix[list(rows)], matrix), (vectorizer, matrix)


def _shared_counts(sets: Sequence[frozenset[str]], rows: Sequence[int]) -> Any:
    """How many members each set of ``rows`` has in common with each set (a matrix)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    index: dict[str, int] = {}
    cols = [index.setdefault(x, len(index)) for s in sets for x in sorted(s)]
    if not cols:
        return np.zeros((len(rows), len(sets)))
    indptr = np.cumsum([0, *(len(s) for s in sets)])
    marks = csr_matrix((np.ones(len(cols)), cols, indptr), shape=(len(sets), len(index)))
    return (marks[list(rows)] @ marks.T).toarray()


def _days(docs: Sequence[Doc]) -> Any:
    """Each doc's publication day as a day number; NaN where it is undated."""
    import numpy as np

    return np.array(
        [
            date.fromisoformat(d.article.published[:10]).toordinal()
            if d.article.published
            else np.nan
            for d in docs
        ]
    )


def _apart(first: float, second: float) -> int | None:
    """Days between two day numbers of :func:`_days`; None when either is undated."""
    return None if math.isnan(first) or math.isnan(second) else int(abs(first - second))


def _too_far(days: Any, rows: Sequence[int], window: int) -> Any:
    """True where both articles are dated and further apart than ``window`` days."""
    import numpy as np

    with np.errstate(invalid="ignore"):
        return np.abs(days[list(rows)][:, None] - days[None, :]) > window


def pair_scores(
    docs: Sequence[Doc], settings: StorySettings, rows: Sequence[int] | None = None
) -> tuple[list[list[float]], list[PairEvidence]]:
    """Every pair's story score (a matrix: ``scores[i][j]``), and the evidence of the pairs
    that may be grouped (score at least half the threshold).

    ``rows``: score only these docs against all (``scores[r][j]`` for the r-th of them; the
    evidence of their pairs only), as when one new article joins stored stories. The
    weights of words still come from every doc, so a score is the same either way."""
    import numpy as np
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    n = len(docs)
    wanted = list(range(n)) if rows is None else list(rows)
    english = [d.english for d in docs]
    text_sim, text_model = _cosine(
        english,
        rows,
        stop_words=sorted(
            ENGLISH_STOP_WORDS | frozenset().union(*FUNCTION_WORDS.values()) | set(_NEWS_STOP)
        ),
        sublinear_tf=True,
    )
    # Character 4-grams within words: names, numbers and cognates match across Dutch,
    # German and English spellings, so untranslated articles find their counterparts too.
    char_sim, _ = _cosine(english, rows, analyzer="char_wb", ngram_range=(4, 4), sublinear_tf=True)
    entities = [d.entities for d in docs]
    entity_sim, _ = _cosine(
        [" ".join(sorted(e)) for e in entities],
        rows,
        token_pattern=r"[^ ]+",
        lowercase=False,
        sublinear_tf=True,
    )
    numbers = [frozenset(d.numbers) for d in docs]
    shape = (len(wanted), n)
    text = np.zeros(shape) if text_sim is None else np.asarray(text_sim, dtype=float)
    if char_sim is not None:
        text = (text + char_sim) / 2
    ent = np.zeros(shape) if entity_sim is None else np.asarray(entity_sim, dtype=float)
    # One shared name is no story (two articles that both mention Sweden): the entity
    # part counts in full from two shared entities on, a quarter for one.
    shared = _shared_counts([frozenset(e) for e in entities], wanted)
    codes: dict[str, int] = {}
    line = np.array(
        [
            codes.setdefault(d.article.dateline, len(codes)) if d.article.dateline else -1
            for d in docs
        ]
    )
    same_dateline = (line[wanted][:, None] == line[None, :]) & (line[wanted][:, None] >= 0)
    extra = np.minimum(1.0, 0.5 * _shared_counts(numbers, wanted) + 0.5 * same_dateline)
    score = (
        settings.text_weight * text
        + settings.entity_weight * ent * np.where(shared >= 2, 1.0, 0.25)
        + settings.extra_weight * extra
    )
    # Too far apart in time to be one story, whatever they share.
    day = _days(docs)
    score[_too_far(day, wanted, settings.window_days)] = 0.0
    for r, i in enumerate(wanted):
        score[r, i] = 1.0

    # Evidence is kept for the pairs that may be grouped (n² otherwise), each pair once.
    terms = text_model[0].get_feature_names_out() if text_model else []
    weights: list[dict[int, float]] = []
    if text_model is not None:
        matrix = text_model[1].tocsr()
        weights = [
            dict(zip(matrix.indices[a:b].tolist(), matrix.data[a:b].tolist(), strict=True))
            for a, b in zip(matrix.indptr[:-1], matrix.indptr[1:], strict=True)
        ]
    in_rows = set(wanted)
    evidence: list[PairEvidence] = []
    for r, j in zip(*np.nonzero(score >= settings.threshold / 2), strict=True):
        i, j = wanted[r], int(j)
        if i == j or (j < i and j in in_rows):
            continue
        first, second = min(i, j), max(i, j)
        shared_terms: list[str] = []
        if weights:
            mine, theirs = weights[first], weights[second]
            ranked = sorted(
                ((v * theirs[k], k) for k, v in mine.items() if k in theirs), reverse=True
            )
            shared_terms = [str(terms[k]) for _v, k in ranked[:8]]
        ents_i, ents_j = entities[first], entities[second]
        evidence.append(
            PairEvidence(
                a=docs[first].article.id,
                b=docs[second].article.id,
                score=round(float(score[r, j]), 4),
                text_similarity=round(float(text[r, j]), 4),
                entity_similarity=round(float(ent[r, j]), 4),
                shared_entities=tuple(sorted(ents_i[e] for e in set(ents_i) & set(ents_j))),
                shared_terms=tuple(shared_terms),
                shared_numbers=tuple(sorted(numbers[first] & numbers[second])),
                same_dateline=bool(same_dateline[r, j]),
                days_apart=_apart(day[first], day[second]),
            )
        )
    return score.tolist(), evidence


FAR = 1e9


def days_apart(a: Doc, b: Doc) -> int | None:
    """Days between two articles' publication dates; None when either is undated."""
    if not a.article.published or not b.article.published:
        return None
    first = date.fromisoformat(a.article.published[:10])
    second = date.fromisoformat(b.article.published[:10])
    return abs((first - second).days)


def group_stories(docs: Sequence[Doc], settings: StorySettings | None = None) -> Grouping:
    """Groups of article ids with every pair's score and evidence."""
    settings = settings or StorySettings()
    if not docs:
        return Grouping((), (), settings)
    scores, evidence = pair_scores(docs, settings)
    labels = [0]
    if len(docs) > 1:
        import numpy as np
        from sklearn.cluster import AgglomerativeClustering

        # Articles too far apart in time get a distance no average can bring under the
        # threshold, so no group ever holds both.
        distance = np.maximum(0.0, 1.0 - np.asarray(scores))
        distance[_too_far(_days(docs), range(len(docs)), settings.window_days)] = FAR
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
    story_of = {a: n for n, g in enumerate(groups) for a in g.articles}
    return Grouping(tuple(groups), tuple(_kept(evidence, story_of)), settings)


# Evidence kept of the pairs across stories: each article's closest ones. All of them
# would be n² (1,000 alike made-up articles: 425,000 pairs, read and stored again in 37 s
# by every join).
NEAR_MISSES = 3


def _kept(
    evidence: Sequence[PairEvidence], story_of: dict[str, int], of: str | None = None
) -> list[PairEvidence]:
    """The evidence of pairs within a story, and of each article's (or only ``of``'s)
    ``NEAR_MISSES`` best-scoring pairs with articles of other stories."""
    across: dict[str, list[PairEvidence]] = {}
    for pair in evidence:
        if story_of.get(pair.a) != story_of.get(pair.b):
            for article in (pair.a, pair.b):
                if of is None or article == of:
                    across.setdefault(article, []).append(pair)
    near = {
        id(p)
        for pairs in across.values()
        for p in sorted(pairs, key=lambda p: -p.score)[:NEAR_MISSES]
    }
    return [p for p in evidence if story_of.get(p.a) == story_of.get(p.b) or id(p) in near]


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
    scores, evidence = pair_scores([new, *others], settings, rows=[0]) if others else ([[1.0]], [])
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
        member_docs = [*(docs[a] for a in best.articles if a in docs), new]
        inner = [score_of[a] for a in best.articles if a in score_of]
        size = len(best.articles)
        cohesion = (best.cohesion * size * (size - 1) / 2 + sum(inner)) / (size * (size + 1) / 2)
        # Past the compared articles a newcomer changes no one's coverage (nor gets one).
        shares = best.coverage if len(member_docs) > MAX_STORY_ARTICLES else coverage(member_docs)
        joined = StoryGroup(tuple(members), round(cohesion, 4), shares, id=best.story_id)
        groups[groups.index(best)] = joined
    story_of = {a: n for n, g in enumerate(groups) for a in g.articles}
    new_pairs = _kept(evidence, story_of, of=new.article.id)
    return Grouping(
        tuple(sorted(groups, key=lambda g: (-len(g.articles), g.story_id))),
        (*grouping.pairs, *new_pairs),
        settings,
        grouping.articles,
    )


def wire_copies(docs: Sequence[Doc]) -> tuple[list[Doc], dict[str, list[Doc]]]:
    """The docs with each wire copy (one agency text carried by several outlets) left out
    but its first carrier (earliest published, else first given), and the copies each kept
    doc stands for: coverage counts one text once, not once per site that printed it."""
    if len(docs) < 2:
        return list(docs), {}
    from translate.coverage.wire import first_carried, wire_groups

    ordered = first_carried([d.article for d in docs])
    copies: dict[str, list[Doc]] = {}
    dropped: set[str] = set()
    by_id = {d.article.id: d for d in docs}
    for group in wire_groups([(a.id, a.body) for a in ordered]):
        copies[group.first] = [by_id[i] for i in group.ids[1:]]
        dropped.update(group.ids[1:])
    return [d for d in docs if d.article.id not in dropped], copies


# A story's articles whose coverage is computed, and that its view puts side by side:
# every pair of them is aligned, so the work grows with the square of this.
MAX_STORY_ARTICLES = 12


def coverage(
    docs: Sequence[Doc], settings: AlignSettings | None = None, limit: int | None = None
) -> dict[str, float]:
    """How much of the story each article covers: the share of the story's distinct
    reported facts (sentences, joined across articles where they align) it contains. A
    wire copy covers what the text it copies covers, and adds no facts of its own.

    Only the first ``limit`` articles (default ``MAX_STORY_ARTICLES``: those the story's
    view shows side by side) are compared; the others get no share."""
    if len(docs) == 1:
        return {docs[0].article.id: 1.0}
    docs = docs[: limit or MAX_STORY_ARTICLES]
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
