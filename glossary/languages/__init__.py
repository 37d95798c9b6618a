"""The languages newsbridge reads: each is one module (``nl``, ``de``, ``en``) holding one
:class:`Language`, and everything else reads them through this registry.

This is the bottom of the layers: the glossary (which imports nothing else of ours) needs
it, and ``translate.vocab`` re-exports it for everything above. ``SOURCE_LANGS``,
``READ_LANGS``, ``LANGUAGE_NAMES`` and ``FUNCTION_WORDS`` are live views of the registry,
so a language registered later (``register``) is in them too. How to add one:
``docs/architecture.md``, "Adding a language"."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

# Capital letters of the Latin scripts, for patterns that look for names.
UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"


def _nothing(form: str) -> list[str]:
    return []


def _no_adjective(name: str) -> str | None:
    return None


# Small words inside names, whatever the language ("Ursula von der Leyen", "Osama bin Laden"):
# names travel. Those before a surname ("van Dijk"), the articles after "van" ("van 't Hof").
NAME_PARTICLES = frozenset(("van", "von", "de", "der", "den", "ter", "ten", "te", "du", "da", "di",
                            "la", "le", "zu", "al", "bin", "ibn", "del", "dos", "vom", "'t",
                            "’t"))  # fmt: skip
SURNAME_PARTICLES = ("von", "van", "de", "der", "den", "zu", "ter", "ten", "te", "'t", "’t")
PARTICLE_ARTICLES = ("der", "den", "de", "'t", "’t")


@dataclass(frozen=True)
class Reporting:
    """How the language's news says who said what (``translate.coverage.clauses``): each
    field a "|"-separated list of words or regular-expression alternatives, written from
    general knowledge of the language (see the language modules' comments); empty: none."""

    say: str = ""
    by: str = ""
    after_by: str = ""
    cited: str = ""
    cited_verb: str = ""
    separable: str = ""  # "verb:particle|particle verb:particle? ..." (?: may go without)
    calling: str = ""
    particles: str = ""
    pronouns: str = ""
    # "pronoun:ending" of a role word of that pronoun's gender ("sie:in", "er:" for none of
    # the endings): a role word that disagrees is someone else than the pronoun.
    pronoun_genders: str = ""
    determiners: str = ""
    stops: str = ""
    roles: str = ""
    exact_roles: str = ""
    not_names: str = ""
    objects: str = ""
    adverb_endings: str = ""
    statements: str = ""
    reported: str = ""
    said: str = ""
    naming: str = ""
    # Compound endings of a body after an acronym ("die SPD-Landtagsfraktion"): a speaker.
    bodies: str = ""
    # The preposition between a body's noun and the name whose body it is ("de leiding van
    # Ajax"): the name speaks; and between a person's name and where they work ("Piet Jansen
    # van Shell"); the articles after it that open a surname instead ("Jan van der Velde").
    body_of: str = ""
    surname_articles: str = ""
    # The roles after an acronym that speak for it ("ein IWF-Sprecher": the IWF speaks), and
    # the determiners that make any other such role a person the article speaks of ("sagte
    # der SPD-Politiker": a person, never the party); empty: every such role is the acronym's.
    speaks_for: str = ""
    person_determiners: str = ""
    # Possessive pronouns a sentence may start with ("Seine Zuversicht gründet sich auf …:
    # „…“", "Zijn conclusie: '…'"): the speaker's own, of the quotation just before.
    possessives: str = ""
    # The reflexive pronoun between a verb and its subject ("hatte sich Weber", "heeft zich
    # Smit"); the cues that report only set off by commas (", so Weber, „…“": alone before
    # a quotation "so" is mostly "thus"); companions: the words before a second name that
    # may be the words' speaker ("im Gespräch mit Jan Brandt …: „…“": unsure whose).
    reflexive: str = ""
    companions: str = ""
    bracketed_by: str = ""
    titled: str = ""
    # Reported speech (translate.coverage.reported): what opens the content a reporting
    # verb reports ("dass", "dat"), and the words before a name that make a sentence
    # someone's account ("laut", "volgens"; after the name: "zufolge").
    that: str = ""
    according: str = ""
    according_after: str = ""
    # What opens a relative clause after a comma ("iets waar", "was"): an account inside one
    # ("…, iets waar volgens Rusland geen plannen voor zijn") reports that clause only.
    relative: str = ""
    # Nouns of a text someone issued, between "laut" and its issuer ("laut einer
    # Pressemitteilung der ALA", "volgens een verklaring van de NAVO"): the issuer speaks.
    documents: str = ""
    # The endings of a lower-case adjective between "laut der" and the name it goes with
    # ("laut der offiziellen chinesischen Nachrichtenagentur Xinhua").
    attributive: str = ""
    # What opens a clause of who said it before the content ("Wie X mitteilte, …"); after
    # it at the end ("…, wie X gestern sagte."), the time adverbs between the name and its
    # verb, and the words ending a clause the one after it is the object of ("Es ist
    # unklar, wie …", "Die Bilder zeigen, wie …": "how").
    as_told: str = ""
    as_told_times: str = ""
    as_told_heads: str = ""
    # More shapes (``translate.coverage.reported_shapes``): a subject pronoun and a verb read
    # as the content after "X sagte," ("er warte"); a zu-infinitive that ends it ("…, sein Amt
    # niederzulegen"); the words opening a sentence of who told the one before ("Dat meldt X.").
    reported_pronoun: str = ""
    # The same after a noun phrase ("diese Sorte erspare", "die neue Regel gelte"): a
    # lower-case word in -e right after the noun is the verb, Konjunktiv I.
    reported_noun: str = ""
    reported_name: str = ""  # the same after a name or a bare noun ("Volkswagen erwäge")
    subjunctive: str = ""  # "e:t": Konjunktiv I's ending, then the indicative's ("dauere")
    infinitive: str = ""
    infinitive_verbs: str = ""  # the verbs whose content a zu-infinitive may be
    infinitive_after_verb: str = ""  # verbs whose te-infinitive follows, no comma ("zegt … te")
    # Verbs whose object follows them: asking or accusing someone ("forderte die Länder
    # auf, … zu", "hat X gebeten, … zu", "wirft der Regierung vor, … zu"): the words right
    # after the verb are who is asked or accused, not the speaker.
    request_verbs: str = ""
    urging: str = ""  # urging verbs: before their comma only ``urged`` ("forderte X auf,")
    urged: str = ""  # what an urging verb's words to its comma are ("X auf,", "an X,")
    purpose: str = ""  # a zu-infinitive's openers that make it no content ("um … zu")
    words_after: str = ""  # "nach den Worten": also after them; an account only with Konj. I
    told_back: str = ""
    told_says: str = ""  # plain verbs of saying after it, no judging: "Das kritisierte X."
    adverbial_prepositions: str = ""  # of time or place: "sagte am Montag X", not "zu X"
    object_prepositions: str = ""  # to or of whom words are said ("zu X")
    relayed: str = ""  # whose words a teller relays ("unter Berufung auf X")
    relayed_own: str = ""  # after it, the teller's own: "op basis van eigen cijfers"
    says_alone: str = ""  # no person object: "sagte Juan Carlos Rodríguez Pérez" one name
    # The modal of hearsay in the indicative ("soll", "sollen"): after a reporting verb
    # and its comma the clause it is in is the content ("X berichtete, 200 Stellen sollen
    # wegfallen"), though no Konjunktiv I marks it.
    hearsay: str = ""
    # The words that give a statement as a reason, before its comma ("X begegnet der Kritik
    # mit dem Argument, …", "X wees het af met het argument dat …"): its subject tells it.
    grounds: str = ""
    # Nouns of people or bodies who tell ("volgens de politie", "volgens ingewijden"):
    # where nouns are written in lower case, a sentence that opens with "volgens" and such
    # a noun (or a noun of a person) is reported speech of no named speaker; any other
    # noun ("volgens de regels", "volgens de grondwet") names no one who tells.
    tellers: str = ""
    # Verbs of denying (finite forms and participles): a sentence "Dat heeft X ontkend."
    # tells no account of X's (``told_back``).
    denials: str = ""
    # The forms of ``reported`` that are Konjunktiv II as well, the conditional ("wäre",
    # "hätte"): alone they make no sentence someone's account.
    conditional: str = ""
    # The forms of ``conditional`` that stand in for a Konjunktiv I the indicative shares
    # ("hätten" for "haben", "würden" for "werden"): after a reporting verb's sentence they
    # go on with its account ("X warf Y Versagen vor. Die Bauern hätten …"); not "wäre".
    stand_ins: str = ""
    relative_pronouns: str = ""  # "…, Anna Keller, die erklärte, …": the name before speaks
    # The forms of ``reported`` that go on with the speaker's account only where their
    # subject is the speaker or one of ``hearsay_subjects``, a pronoun or an expletive
    # ("Hij zou …"; not "De oppositie zou dat betwijfelen", others' doubt, as hearsay).
    hearsay_forms: str = ""
    hearsay_subjects: str = ""
    replies: str = ""  # verbs needing their particle or Konj. I (``reported_replies``)
    object_possessives: str = ""  # the object's case ("Ihren Gegner X forderte sie auf …")
    # The passive's auxiliaries and its agent's preposition ("wurde von X aufgefordert, … zu",
    # "werd door X gevraagd om …"): the agent reports. Conjunctions that join a second
    # reporting clause with a subject of its own ("X sagte, …, doch Y erklärte, …").
    joins: str = ""
    passive_auxiliaries: str = ""
    agent: str = ""
    # What opens a subordinate clause ("Während …, schätzte X ein"): no content of the
    # reporting clause after it; the indefinite article ("ein Londoner Gericht": no name).
    subordinate: str = ""
    # Conjunctions that join a clause to the one before and leave its subject first ("Maar
    # Blinken maakte duidelijk dat …", "Aber Scholz sagte, …"): no adverbial, no inversion.
    coordinating: str = ""
    # Participles that report content in the perfect ("hat … gesagt, dass", "heeft … gezegd dat").
    perfect_said: str = ""
    indefinite: str = ""
    # Of the language translations are written in: its words of reported speech ("said",
    # "according to"), where a reported span's English is cut from its sentence's.
    tells: str = ""
    # Verbs (finite forms) that report content beside ``say``: "wies darauf hin, dass",
    # "gab bekannt, dass", "ontkende dat".
    reports: str = ""
    # Verbs that report only with the words that complete them, which may stand a few
    # words after the verb ("geht allerdings davon aus, dass", "besteht darauf, dass",
    # "gaat er echter van uit dat"): "forms:words" entries, the forms space-separated.
    correlated: str = ""
    # Adverbs that may stand between a verb and the subject after it ("sagte auch X",
    # "erklärte dann X", "zei ook X"): no part of the words naming the speaker.
    adverbs: str = ""
    # What opens a genitive after a noun ("der Leiter der Behörde X", "de directeur van de
    # dienst X"): the name at its end is whom the noun goes with.
    genitive: str = ""
    # Nouns of someone's view and the preposition that ties one to its holder ("Nach Schäubles
    # Ansicht soll „…“", "Seiner Meinung nach „…“", "Naar zijn mening is het „…“"): the holder said
    # it; ``owners``: "possessive:pronoun" pairs, whom a possessive holder stands for as a pronoun
    # would ("seiner:er"). What opens a clause after a comma whose subject comes next and whose verb
    # comes last ("…, die X … erklärt hatte: „…“", "…, zoals X eerder had gezegd: '…'"): that
    # subject introduces the quotation.
    verb_final: str = ""
    views: str = ""
    view_by: str = ""
    owners: str = ""
    # Nouns of persons that are no role, relatives and parties to a case, after a genitive's
    # article ("der Anwalt des Angeklagten Peter Kern"): a name after one is theirs.
    persons: str = ""
    same_offices: str = ""  # "starts:roles" keeping the role's office ("Finanzminister")
    demonstratives: str = ""  # "dieser Trainer": no one named before for certain
    body_roles: str = ""  # role words naming a body too ("der Stadtrat": the council)
    surname_roles: str = ""  # roles that are surnames too ("Bauer"): first of 3 names or more
    role_prefixes: str = ""  # before a hyphen: "Ex-Graf" a role, "Weber-Graf" a surname
    # Endings of the other forms of a noun of a person and what ends its base form instead,
    # "ending:base" ("en:e": "Zeugen" of "Zeuge", "deskundigen" of "deskundige").
    person_endings: str = ""
    # Words a place's name follows ("in De Bilt", "gemeente De Bilt") and determiners
    # only places start with ("Den Helder"): such a name is no title's ("De Telegraaf").
    places: str = ""
    place_determiners: str = ""
    # "mit den Worten:", "met de woorden:": what ends a sentence whose subject is quoted next.
    with_words: str = ""
    asks: str = ""  # verbs of asking, and the word opening the question ("fragte, ob …")
    whether: str = ""
    questions: str = ""  # nouns of a question ("Auf die Frage, ob …"): a reply's, said by no one
    asks_for: str = ""  # words making a verb of asking a request ("vroeg … om geld")
    own_say: str = ""  # the sentence its subject's own account ("X was naar eigen zeggen …")
    # Reporting verbs in the plural ("Dat zeggen ze", "Das sagten sie": no one person's).
    plural_says: str = ""
    reactions: str = ""  # a group's plural verbs of judging ("„…“ Kritiker bemängelten das.")
    # Verbs of holding a view whose object is the quotation (finite forms: "sieht darin
    # einen „…“", "hält den Plan für „…“", "ziet er een 'aanval' in"), their participles in
    # the passive ("vom Wetterdienst als „…“ eingestuft"), the words before what a thing
    # is deemed ("als", "für"), and the relative pronouns after a name ("Anna Weber, die …
    # als „…“ sieht"): the view's holder is the speaker (``translate.coverage.opinions``).
    deems: str = ""
    deemed: str = ""
    deemed_as: str = ""
    # Marks of a view between the verb and the quotation ("hält den Plan für „…“"; not "sieht
    # den „Tatort“"); words of place marking one in its clause ("Darin sieht X einen „…“") or
    # opening it, an article after them ("Im Plan sieht …", not "In Berlin"); openers that are
    # no subject ("Deshalb sieht X …"; not "Man sieht X als „…“"); a relative clause's own
    # pronoun or quantifier subject ("…, die viele als „…“ sehen"); ties ("Ein Brief an X, der").
    deem_marks: str = ""
    deem_places: str = ""
    deem_in: str = ""
    deem_openers: str = ""
    deem_crowds: str = ""
    deem_ties: str = ""
    who_relative: str = ""
    conjunction: str = ""  # "and" in capitalised words ("Gelassenheit und Aufmerksamkeit")
    outlets: str = ""  # an outlet's nouns, no part of a name after them ("die Zeitung X")
    cuts: str = ""  # where a name ends and a body or place begins: "X vom Netzwerk", "X am"
    # The first speaker reader (``translate.coverage.speakers.speaker_phrase``) was written
    # from this language's sentences: where both readers name someone, its answer is kept.
    phrase_reader_first: bool = False
    # Nouns of another's claim, and verbs that reject one ("wies den Vorwurf zurück, er habe
    # …", "dementierte Berichte, wonach …"): the content after them is the claim, not theirs;
    # after ``opposed`` ("protestierte dagegen, dass …": "verbs:word") what is opposed: none.
    claims: str = ""
    rejects: str = ""
    opposed: str = ""
    # The preposition between a role and its portfolio before a name ("minister van
    # Financiën Eelco Heinen"), and the portfolios written in lower case ("officier van
    # justitie Femke de Wit"): the portfolio is no part of the name.
    portfolio_of: str = ""
    portfolios: str = ""

    def words(self, name: str) -> tuple[str, ...]:
        """The field ``name`` as its words."""
        return tuple(w for w in str(getattr(self, name)).split("|") if w)


@dataclass(frozen=True)
class Language:
    """Everything newsbridge knows of one language. Where a library knows no such
    language, the fields marked "stands in" name what it uses instead."""

    code: str  # ISO 639-1, as articles, the store and the glossary's column write it
    name: str  # in English
    locale: str  # the CLDR locale Babel reads its names of places and languages from
    source: bool = True  # translated into English (False: English itself, the target)
    # Stands in: the code py3langid guesses (None: never guessed, ``--lang`` says it), the
    # language whose pysbd rules split its sentences, wordfreq's language for how common a
    # word is, the snowballstemmer algorithm, the FLORES-200 file stem (None: no test set).
    identifier: str | None = None
    segmenter: str = "en"
    wordfreq: str = "en"
    stemmer: str | None = None
    flores: str | None = None
    # Articles, pronouns, prepositions, conjunctions, auxiliaries and common adverbs: they
    # open sentences (so a capitalised one is no name) and say nothing about what a text
    # is about (so story grouping ignores them in untranslated text).
    function_words: frozenset[str] = frozenset()
    # Abbreviations the sentence splitter's rules miss ("dhr.", "bzw."), lower case.
    abbreviations: frozenset[str] = frozenset()
    # Reported speech (regular-expression alternatives, each language's own order): verbs
    # of saying, the same as the last word of a clause (participles), "according to",
    # verbs of calling something a quoted name, the pronouns a speaker may be, the
    # perfect's auxiliaries, and verbs after a subject ("volgens X is ...").
    say_verbs: str = ""
    said_verbs: str = ""
    according_to: str = ""
    calls: str = ""
    pronouns: frozenset[str] = frozenset()
    perfect_auxiliaries: tuple[str, ...] = ()
    subject_verbs: tuple[str, ...] = ()
    # Words a clause starts with that are no name ("Gestern hat ..."), words a capitalised noun
    # phrase starts with ("Der Sprecher"), lower-case words a name follows ("door Tony Moll"), words
    # that end a speaker's phrase ("zei Peskov in ..."), and the small words left out of an acronym.
    not_names: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    before_names: frozenset[str] = frozenset()
    phrase_ends: tuple[str, ...] = ()
    acronym_skips: frozenset[str] = frozenset()
    # Numbers written as words: 2 to 9, then 10 to 20, the tens, 100 and 1000 (see
    # NAMED_VALUES), the word joining a unit and a ten ("vijfentwintig"), the ordinals' stems
    # 1 to 10. (Digits are read as the sources write them: 1.200 is 1200, 3,5 is 3.5.)
    number_units: tuple[str, ...] = ()
    number_names: tuple[str, ...] = ()
    number_joiner: str = ""
    ordinal_stems: tuple[str, ...] = ()
    # The doubt checks: negation words, inflection endings a model may drop from a word it
    # copies, whether only names take a capital (so a capital marks a name), whether every
    # noun does, the endings of nouns (never names), and a capitalised adjective's ending.
    negations: tuple[str, ...] = ()
    word_endings: tuple[str, ...] = ()
    capitals_mark_names: bool = False
    capitalises_nouns: bool = False
    noun_endings: str | None = None
    capital_adjective: str | None = None
    # The glossary: derived forms of a name (genitives) and of an adjective (inflections),
    # a language's name as an adjective (CLDR), a name after a title, and how the language
    # romanises Cyrillic (letter groups -> English, a Slavic name's marks).
    genitives: Callable[[str], list[str]] = _nothing
    inflections: Callable[[str], list[str]] = _nothing
    adjective: Callable[[str], str | None] = _no_adjective
    name_after_title: str = rf"\s+{UPPER}\w"
    romanisation: tuple[tuple[str, str], ...] = ()
    slavic_name: str | None = None
    slavic_mark: str | None = None
    # The llm's worked examples: (sentence, English), written for this project.
    examples: tuple[tuple[str, str], ...] = field(default=())
    # Reporting clauses as the language's news writes them (who said a quotation).
    reporting: Reporting = Reporting()


# What the number words of a language are worth, in order.
NAMED_VALUES = (*range(10, 21), 30, 40, 50, 60, 70, 80, 90, 100, 1000)
TARGET_LANG = "en"

_REGISTRY: dict[str, Language] = {}


def register(language: Language) -> None:
    """Add (or replace) a language; the views below include it at once."""
    if language.number_names and len(language.number_names) != len(NAMED_VALUES):
        raise ValueError(f"{language.code}: number_names needs {len(NAMED_VALUES)} words")
    _REGISTRY[language.code] = language


def unregister(code: str) -> None:
    _REGISTRY.pop(code, None)


def get(code: str) -> Language:
    """The language of ``code``; KeyError naming the registered ones otherwise."""
    try:
        return _REGISTRY[code]
    except KeyError:
        raise KeyError(f"no language {code!r} (registered: {', '.join(_REGISTRY)})") from None


def registered() -> tuple[Language, ...]:
    """Every registered language: the sources in order, then the target."""
    sources = [lang for lang in _REGISTRY.values() if lang.source]
    return (*sources, *(lang for lang in _REGISTRY.values() if not lang.source))


class _Codes(Sequence[str]):
    """A live tuple of language codes."""

    def __init__(self, sources_only: bool) -> None:
        self._sources_only = sources_only

    def _codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in registered() if lang.source or not self._sources_only)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self._codes()[index]

    def __len__(self) -> int:
        return len(self._codes())

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes())

    def __contains__(self, code: object) -> bool:
        return code in self._codes()

    def __repr__(self) -> str:
        return repr(self._codes())


T = TypeVar("T")


class _ByCode(Mapping[str, T], Generic[T]):
    """A live mapping of each registered language's code to one of its fields."""

    def __init__(self, read: Callable[[Language], T]) -> None:
        self._read = read

    def __getitem__(self, code: str) -> T:
        if code not in _REGISTRY:
            raise KeyError(code)
        return self._read(_REGISTRY[code])

    def __iter__(self) -> Iterator[str]:
        return (lang.code for lang in registered())

    def __len__(self) -> int:
        return len(_REGISTRY)


# Source languages: the glossary has a column for each, the engines translate each.
SOURCE_LANGS: Sequence[str] = _Codes(sources_only=True)
# What ingest accepts: the source languages, and English (passed through untranslated).
READ_LANGS: Sequence[str] = _Codes(sources_only=False)
LANGUAGE_NAMES: Mapping[str, str] = _ByCode(lambda lang: lang.name)
FUNCTION_WORDS: Mapping[str, frozenset[str]] = _ByCode(lambda lang: lang.function_words)


def words_of_all(read: Callable[[Language], frozenset[str]]) -> frozenset[str]:
    """One field's words over every registered language (lists the checks share)."""
    return frozenset().union(*(read(lang) for lang in registered()))


from glossary.languages import de, en, nl  # noqa: E402

for _module in (nl, de, en):
    register(_module.LANGUAGE)

__all__ = ["FUNCTION_WORDS", "LANGUAGE_NAMES", "NAMED_VALUES", "READ_LANGS", "SOURCE_LANGS",
           "TARGET_LANG", "UPPER", "Language", "get", "register", "registered", "unregister",
           "words_of_all"]  # fmt: skip
