"""Story grouping and comparison on the seeds, with the hand-written English references
as the translation (so the test needs no model and shows what good English gives)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from glossary import Glossary
from translate.coverage.compare import compare_pair, compare_story, stories
from translate.coverage.docs import Doc
from translate.coverage.stories import add_to_grouping, group_stories, pair_scores
from translate.records import ArticleTranslation, SentenceTranslation, Signature
from translate.results import AlignSettings, StorySettings
from translate.sources.ingest import read_article


def _reference_doc(path: Path, glossary: Glossary) -> Doc:
    article = read_article(path)
    rows = path.with_name(path.name.replace(".txt", ".en.tsv")).read_text().splitlines()
    references = [r.split("\t")[1] for r in rows if r and not r.startswith("#")]
    sentences = tuple(
        SentenceTranslation(
            s.index,
            s.text,
            ref,
            False,
            tuple(glossary.locate(ref, glossary.find(s.text, article.lang))),
        )
        for s, ref in zip(article.sentences, references, strict=True)
    )
    title = glossary.protect(article.title, article.lang)
    title_done = SentenceTranslation(
        -1, article.title, title.text, False, tuple(glossary.locate(title.text, title.matches))
    )
    return Doc(
        article,
        ArticleTranslation(
            article.id, article.lang, Signature("reference", "human"), title_done, sentences
        ),
    )


@pytest.fixture(scope="module")
def docs(glossary: Glossary) -> dict[str, Doc]:
    root = Path(__file__).resolve().parent.parent / "seeds"
    return {p.name[:3]: _reference_doc(p, glossary) for p in sorted(root.glob("*.txt"))}


def test_the_2024_kremlin_story_is_not_grouped_with_the_geneva_talks(docs) -> None:
    result = group_stories(list(docs.values()))
    by_id = {d.article.id: name for name, d in docs.items()}
    groups = [{by_id[a] for a in g.articles} for g in result.groups]
    home = next(g for g in groups if "004" in g)
    assert not home & {"000", "001", "002"}
    assert any({"000", "001", "002"} <= g for g in groups)
    assert sum(len(g) for g in groups) == 5
    pair = next(
        p for p in result.pairs if {p.a, p.b} == {docs["000"].article.id, docs["001"].article.id}
    )
    assert "NATO" in pair.shared_entities and "security guarantees" in pair.shared_entities
    assert "talks" in pair.shared_terms
    for group in result.groups:
        assert all(0 < share <= 1 for share in group.coverage.values())


def test_compare_finds_the_shared_guarantees_and_troop_sentences(docs, store) -> None:
    result = compare_pair(store, docs["000"], docs["001"])
    pairs = {(p.a, p.b) for p in result.pairs}
    # 000: "The Russians are demanding security guarantees ..." (4, with 5 on the NATO
    # promise) ~ 001: "Russia is demanding security guarantees from the West ..." (6)
    assert any(6 in b and 4 in a for a, b in pairs)
    # 000: "... concerned about the Russian troops on the border with Ukraine" (7)
    # ~ 001: "... a Russian troop build-up on the border with Ukraine" (4)
    assert any(7 in a and 4 in b for a, b in pairs)
    assert 0 < result.overlap < 1
    assert result.cached is False
    again = compare_pair(store, docs["000"], docs["001"])
    assert again.cached is True and again.pairs == result.pairs
    stricter = compare_pair(store, docs["000"], docs["001"], AlignSettings(shared=0.9))
    assert stricter.cached is False and stricter.settings.shared == 0.9


def test_a_three_article_story_shows_what_is_common_and_what_only_one_reports(docs, store) -> None:
    members = [docs["000"], docs["001"], docs["002"]]
    result = compare_story(store, members)
    facts = result.facts
    # Every sentence of every article is in exactly one fact.
    for d, doc in enumerate(members):
        placed = sorted(i for f in facts for i in f.sentences[d])
        assert placed == list(range(len(doc.translation.sentences)))
    counts = [f.reported_by for f in facts]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2
    # The security guarantees (000: 4, 001: 6) and the troops at the border (000: 7,
    # 001: 4) are each one fact, with the sentences of both articles.
    for a, b in ((4, 6), (7, 4)):
        fact = next(f for f in facts if a in f.sentences[0])
        assert b in fact.sentences[1]
    assert result.in_several == sum(1 for c in counts if c > 1)
    assert result.in_all == sum(1 for c in counts if c == 3)
    assert result.only == tuple(
        sum(1 for f in facts if f.reported_by == 1 and f.sentences[d]) for d in range(3)
    )
    assert sum(result.only) + result.in_several == len(facts)
    assert [a.id for a in result.articles] == [d.article.id for d in members]
    assert result.cached is False
    again = compare_story(store, members)
    assert again.cached is True and again.facts == facts


def test_stories_are_stored_with_their_settings(docs, store) -> None:
    first = stories(store, list(docs.values()))
    assert first.cached is False
    again = stories(store, list(docs.values()))
    assert again.cached is True and again.groups == first.groups
    assert first.settings.threshold == 0.2


def test_compare_and_stories_commands(cli, seeds, tmp_path) -> None:
    db = tmp_path / "c.sqlite3"
    result = cli("compare", str(seeds[0]), str(seeds[1]), "--engine", "none", "--json", db=db)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"pairs", "only_a", "only_b", "overlap", "settings", "a", "b"} <= set(data)
    for pair in data["pairs"]:
        assert pair["label"] in ("shared", "partial") and 0 < pair["score"] <= 1
        assert pair["a_spans"] and pair["b_spans"]
    by_id = cli("compare", data["a"]["id"], data["b"]["id"], "--engine", "none", db=db)
    assert by_id.exit_code == 0 and "overlap" in by_id.output
    grouped = cli("stories", "--engine", "none", "--json", db=db)
    assert grouped.exit_code == 0
    assert sum(len(g["articles"]) for g in json.loads(grouped.output)["groups"]) == 2
    bad = cli("compare", str(seeds[0]), str(seeds[1]), "--shared", "0.1", "--partial", "0.5")
    assert bad.exit_code != 0
    alone = cli("compare", str(seeds[0]), db=db)
    assert alone.exit_code == 2 and "two or more articles" in alone.output


def test_compare_command_with_three_articles(cli, seeds, tmp_path) -> None:
    db = tmp_path / "c.sqlite3"
    args = ("compare", *(str(p) for p in seeds[:3]), "--engine", "none")
    result = cli(*args, "--json", db=db)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["articles"]) == 3 and len(data["only"]) == 3
    assert all(len(f["sentences"]) == 3 and f["reported_by"] >= 1 for f in data["facts"])
    text = cli(*args, db=db)
    assert text.exit_code == 0
    assert (
        text.output.startswith("A: ") and "C: " in text.output and "things reported" in text.output
    )


def test_compare_names_more_than_26_articles(cli, tmp_path) -> None:
    """Articles past Z are AA, AB, ... (the listing raised IndexError past 26)."""
    db = tmp_path / "many.sqlite3"
    paths = []
    for n in range(28):
        path = tmp_path / f"a{n:02d}.txt"
        path.write_text(f"Bericht {n}\nDe NAVO vergadert vandaag over punt {n}.\n")
        paths.append(str(path))
    ingested = cli("ingest", "--lang", "nl", "--json", *paths, db=db)
    ids = [a["id"] for a in json.loads(ingested.output)["articles"]]
    result = cli("compare", *ids, "--engine", "none", db=db)
    assert result.exit_code == 0, result.output
    heads = [line.split(":")[0] for line in result.output.splitlines()[:28]]
    assert heads[:3] == ["A", "B", "C"] and heads[25:] == ["Z", "AA", "AB"]
    assert "only in one: A " in result.output and ", AB " in result.output


def _doc(n: int, sentences: list[str]) -> Doc:
    from translate.records import Article, Sentence

    text = " ".join(sentences)
    article = Article(
        f"{n:016x}", f"doc{n}", f"Doc {n}", "en", text, text,
        tuple(Sentence(i, s, 0, len(s)) for i, s in enumerate(sentences)),
    )  # fmt: skip
    done = tuple(SentenceTranslation(i, s, s, False) for i, s in enumerate(sentences))
    title = SentenceTranslation(-1, f"Doc {n}", f"Doc {n}", False)
    return Doc(article, ArticleTranslation(article.id, "en", Signature("none", "x"), title, done))


def test_facts_never_chain_links() -> None:
    """A~B and B~C, but A and C say different things: no fact holds all three."""
    from translate.coverage.facts import story_facts

    a = _doc(1, ["The ministers met in Geneva on Monday to discuss troops at the border."])
    b = _doc(2, ["The ministers met in Geneva on Monday and discussed the gas prices at length."])
    c = _doc(3, ["Gas prices rose again and were discussed at length by the ministers."])
    facts = story_facts([a, b, c])
    assert all(len({d for d, _ in f.members}) < 3 for f in facts)


def test_every_fact_reported_by_all_is_said_by_each_to_each(docs) -> None:
    from itertools import combinations

    from translate.coverage.align import align
    from translate.coverage.docs import sides

    members = [docs["000"], docs["001"], docs["002"]]
    all_sides = [sides(d) for d in members]
    linked = set()
    for x, y in combinations(range(3), 2):
        for pair in align(all_sides[x], all_sides[y]).pairs:
            linked.update(((x, i), (y, j)) for i in pair.a for j in pair.b)
    from translate.coverage.facts import story_facts

    for fact in story_facts(members):
        for (d1, i), (d2, j) in combinations(fact.members, 2):
            if d1 != d2:
                assert ((d1, i), (d2, j)) in linked, fact
        if fact.label == "shared":
            assert len({d for d, _ in fact.members}) > 1


def test_articles_too_far_apart_in_time_are_never_one_story(docs) -> None:
    """The seeds' .meta dates: 004 (2024) stays alone even when everything else is
    allowed to join; undated articles are grouped on content alone."""
    import dataclasses

    from translate.results import StorySettings

    by_id = {d.article.id: name for name, d in docs.items()}
    loose = group_stories(list(docs.values()), StorySettings(threshold=0.0))
    groups = [{by_id[a] for a in g.articles} for g in loose.groups]
    assert {"004"} in groups and {"000", "001", "002"} in groups and {"003"} in groups
    [far] = [p for p in loose.pairs if {by_id[p.a], by_id[p.b]} == {"000", "004"}]
    assert far.score == 0.0 and far.days_apart == 1031  # why they are apart
    assert far.text_similarity > 0.1  # though they share words
    undated = [
        dataclasses.replace(d, article=dataclasses.replace(d.article, published=None))
        for d in docs.values()
    ]
    content_only = group_stories(undated, StorySettings(threshold=0.0))
    assert len(content_only.groups) == 1  # nothing keeps them apart but content


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ("published: 2022-02-30\n", ":1: published: '2022-02-30' is not a date"),
        ("published: 2099-01-01\n", ":1: published: 2099-01-01 is in the future"),
        ("# a note\nwhen: yesterday\n", ":2: expected 'key: value'"),
    ],
)
def test_bad_dates_are_named_and_nothing_is_stored(cli, tmp_path, meta: str, message: str) -> None:
    from translate.storage.store import Store

    article = tmp_path / "a.txt"
    article.write_text("Overleg\nDe NAVO vergadert vandaag in Brussel over Oekraïne.\n")
    (tmp_path / "a.meta").write_text(meta)
    db = tmp_path / "s.sqlite3"
    result = cli("ingest", str(article), "--lang", "nl", db=db)
    assert result.exit_code == 1 and message in result.output
    with Store(db) as store:
        assert store.list_articles() == []
    given = cli("ingest", str(article), "--lang", "nl", "--published", "2022-01-10", db=db)
    assert given.exit_code == 1  # the broken .meta is still refused
    (tmp_path / "a.meta").unlink()
    ok = cli("ingest", str(article), "--lang", "nl", "--published", "2022-01-10", "--json", db=db)
    assert json.loads(ok.output)["articles"][0]["published"] == "2022-01-10"


def test_a_story_view_says_when_its_limits_applied(docs, store) -> None:
    from translate.coverage.compare import stored_story

    members = [docs["000"], docs["001"], docs["002"]]
    assert stored_story(store, members, max_articles=2) is None  # reading computes nothing
    view = compare_story(store, members, max_articles=2)
    assert len(view.articles) == 2
    assert view.notes == (
        "only 2 of the story's 3 articles are side by side here; compare any two of the"
        " others from the library",
    )
    assert stored_story(store, members, max_articles=2) == dataclasses.replace(view, cached=True)
    # A page finds it by the members' ids and signatures, without loading them.
    signed = [(d.article.id, str(d.translation.signature)) for d in members]
    assert stored_story(store, signed, max_articles=2) == dataclasses.replace(view, cached=True)
    other = [(signed[0][0], "engine:other|model:x|glossary:none"), *signed[1:]]
    assert stored_story(store, other, max_articles=2) is None
    assert compare_story(store, members).notes == ()


def test_a_new_article_joins_a_story_or_starts_one_and_ids_stay(docs, store) -> None:
    from translate.coverage.compare import join_story, stories
    from translate.storage.stored import save_translation

    store.put_articles([d.article for d in docs.values()])  # as the worker finds them
    for doc in docs.values():
        save_translation(store, doc.translation)
    by_id = {d.article.id: name for name, d in docs.items()}
    first = stories(store, [docs["000"], docs["001"], docs["003"]])
    ids = {frozenset(by_id[a] for a in g.articles): g.story_id for g in first.groups}
    assert ids[frozenset({"000", "001"})] == docs["000"].article.id
    joined = join_story(store, docs["002"])  # the euronews piece: the Geneva story
    after = {frozenset(by_id[a] for a in g.articles): g.story_id for g in joined.groups}
    assert after[frozenset({"000", "001", "002"})] == ids[frozenset({"000", "001"})]
    assert after[frozenset({"003"})] == ids[frozenset({"003"})]
    started = join_story(store, docs["004"])  # 2024: too late for any story here
    groups = {frozenset(by_id[a] for a in g.articles): g.story_id for g in started.groups}
    assert groups[frozenset({"004"})] == docs["004"].article.id
    assert groups[frozenset({"000", "001", "002"})] == ids[frozenset({"000", "001"})]
    again = join_story(store, docs["002"])  # translated again: nothing moves
    assert [g.articles for g in again.groups] == [g.articles for g in started.groups]
    from translate.storage.stored import latest_grouping

    assert latest_grouping(store) == again


def test_one_shared_name_does_not_make_two_articles_one_story(store, glossary, settings) -> None:
    """Two unrelated articles that both mention Sweden (an entity each, so their entity
    similarity is 1) stay apart; one that tells the same event again joins."""
    from translate.engines.none import NoneEngine
    from translate.pipeline.translating import translate_articles
    from translate.records import Article, Sentence
    from translate.results import StorySettings

    texts = [
        "De Academie in Zweden maakte maandag de winnaar van de Nobelprijs voor literatuur "
        "bekend. De schrijver was niet bereikbaar, zei de Academie.",
        "Een postzegelgraveur uit Polen vestigde zich in 1956 in Zweden en werkte daar "
        "decennialang voor de posterijen, die zijn werk nog altijd drukken.",
        "De winnaar van de Nobelprijs voor literatuur is maandag in Zweden bekendgemaakt "
        "door de Academie. De Academie kon de schrijver niet bereiken.",
    ]
    articles = [
        Article(f"{n:016x}", f"a{n}", "", "nl", t, t, (Sentence(0, t, 0, len(t)),))
        for n, t in enumerate(texts)
    ]
    results = translate_articles(articles, NoneEngine(settings), store, glossary)
    docs = [Doc(a, r) for a, r in zip(articles, results, strict=True)]
    assert set(docs[0].entities) & set(docs[1].entities)  # they do share a name
    groups = [set(g.articles) for g in group_stories(docs, StorySettings()).groups]
    assert {articles[0].id, articles[2].id} in groups
    assert {articles[1].id} in groups


def test_untranslated_articles_find_their_counterpart_in_the_other_language(
    store, glossary, settings
) -> None:
    """With no translation (the none engine), a Dutch article and a German one on the same
    event still match best: cognates share character groups (benzine, Benzin)."""
    from translate.coverage.stories import pair_scores
    from translate.engines.none import NoneEngine
    from translate.pipeline.translating import translate_articles
    from translate.records import Article, Sentence
    from translate.results import StorySettings

    # No word is spelt the same in a Dutch text and its German counterpart.
    texts = [
        ("nl", "De regering wil de belasting op benzine verhogen, zei de woordvoerder "
         "donderdagavond."),
        ("nl", "Het orkest speelde gisteren een symfonie van de jonge componiste voor een "
         "uitverkochte zaal."),
        ("de", "Die Regierung will die Besteuerung von Benzin erhöhen, sagte der Sprecher am "
         "Donnerstagabend."),
        ("de", "Das Orchester spielte gestern eine Sinfonie der jungen Komponistin vor "
         "ausverkauftem Saal."),
    ]  # fmt: skip
    articles = [
        Article(f"{n:016x}", f"a{n}", "", lang, t, t, (Sentence(0, t, 0, len(t)),))
        for n, (lang, t) in enumerate(texts)
    ]
    results = translate_articles(articles, NoneEngine(settings), store, glossary)
    docs = [Doc(a, r) for a, r in zip(articles, results, strict=True)]
    scores, _ = pair_scores(docs, StorySettings())
    assert scores[0][2] > scores[0][3] and scores[1][3] > scores[1][2]
    assert scores[2][0] > scores[2][1] and scores[3][1] > scores[3][0]


def test_one_article_scored_against_the_rest_gets_the_scores_of_the_whole_matrix(docs) -> None:
    """The worker scores a new article against the stored ones only (``rows``): the same
    scores and evidence as the full matrix's row, at the cost of one row."""
    members = list(docs.values())
    full, evidence = pair_scores(members, StorySettings())
    for index in (0, 2):
        (row,), mine = pair_scores(members, StorySettings(), rows=[index])
        assert row == full[index]
        me = members[index].article.id
        assert mine == [p for p in evidence if me in (p.a, p.b)]
    assert any(p.days_apart is not None for p in evidence)


def test_coverage_is_computed_for_the_articles_a_story_view_compares(docs) -> None:
    from translate.coverage.stories import coverage

    geneva = [docs["000"], docs["001"], docs["002"]]
    shares = coverage(geneva, limit=2)
    assert set(shares) == {docs["000"].article.id, docs["001"].article.id}
    assert shares == coverage(geneva[:2])
    assert set(coverage(geneva)) == {d.article.id for d in geneva}


def test_a_grouping_keeps_why_stories_are_apart_only_for_the_closest_pairs(
    docs, monkeypatch
) -> None:
    """Every two articles of one story keep their evidence; across stories, each article
    keeps its best pairs only (all of them would be n² to store)."""
    import translate.coverage.stories

    monkeypatch.setattr(translate.coverage.stories, "NEAR_MISSES", 1)
    members = list(docs.values())
    _, every = pair_scores(members, StorySettings(threshold=0.0))
    grouping = group_stories(members, StorySettings(threshold=0.0))
    story = {a: n for n, g in enumerate(grouping.groups) for a in g.articles}
    within = [p for p in every if story[p.a] == story[p.b]]
    across = [p for p in every if story[p.a] != story[p.b]]
    best = {
        a: max((p for p in across if a in (p.a, p.b)), key=lambda p: p.score)
        for a in story
        if len(grouping.groups) > 1
    }
    assert set(grouping.pairs) == set(within) | set(best.values())
    assert len(grouping.pairs) < len(every)
    # A new article keeps its own best pair across stories, not every other article's.
    by_id = {d.article.id: d for d in members}
    new = by_id.pop(docs["004"].article.id)
    rest = group_stories(list(by_id.values()), StorySettings(threshold=0.0))
    joined = add_to_grouping(rest, new, by_id)
    added = [p for p in joined.pairs if new.article.id in (p.a, p.b)]
    assert len(added) == 1 and joined.group_of(new.article.id).articles == (new.article.id,)


def test_an_article_joining_past_the_compared_ones_aligns_nothing(docs, monkeypatch) -> None:
    import translate.coverage.stories

    monkeypatch.setattr(translate.coverage.stories, "MAX_STORY_ARTICLES", 2)
    by_id = {d.article.id: d for name, d in docs.items() if name != "002"}
    before = group_stories(list(by_id.values()))
    [geneva] = [g for g in before.groups if docs["000"].article.id in g.articles]
    assert len(geneva.articles) == 2 and len(geneva.coverage) == 2

    def no_alignment(*args, **kwargs):
        raise AssertionError("the first 2 articles' coverage was computed again")

    monkeypatch.setattr(translate.coverage.stories, "story_facts", no_alignment)
    joined = add_to_grouping(before, docs["002"], by_id)
    after = joined.group_of(docs["002"].article.id)
    assert after.story_id == geneva.story_id and len(after.articles) == 3
    assert after.coverage == geneva.coverage
