"""Dutch: what newsbridge knows of it (see ``glossary.languages``)."""

from __future__ import annotations

import re

from glossary.languages import UPPER, Language
from glossary.languages.descriptions import Descriptions
from glossary.languages.nl_reports import REPORTING

_DOUBLED_VOWEL = re.compile(r"(?<=[^aeiou])(aa|ee|oo|uu)(?=[^aeiouy]$)")


def genitives(form: str) -> list[str]:
    """Genitive spellings of a name: Poetins, Obama's, Macron's."""
    if form.endswith(("s", "x", "z", "ß")):
        return [f"{form}'"]
    if form[-1:].lower() in "aeiouy":
        return [f"{form}'s"]
    return [f"{form}s", f"{form}'s"]


def inflections(form: str) -> list[str]:
    """Russisch -> Russische, Chinees -> Chinese: an open syllable writes a long vowel
    once (Portugees -> Portugese)."""
    if not form or " " in form or form.endswith("e"):
        return []
    return [_DOUBLED_VOWEL.sub(lambda m: m.group(1)[0], form) + "e"]


def adjective(name: str) -> str | None:
    """A language's name that is also its adjective's base form (Russisch, Engels)."""
    return name if name.endswith(("s", "sch")) else None


LANGUAGE = Language(
    reporting=REPORTING,
    code="nl",
    name="Dutch",
    locale="nl",
    identifier="nl",
    segmenter="nl",
    wordfreq="nl",
    stemmer="dutch",
    flores="nld_Latn",
    function_words=frozenset(
        """de het een en of maar dat die dit deze als ook er hij zij ze we wij ik je u zo
        toen volgens in op bij met van voor na door over onder tegen tijdens om uit aan
        tot nog wel niet geen meer dan dus want omdat toch al alle zijn is was werd wordt
        worden heeft hebben had haar hun hen wat wie waar hoe daar hier nu zou zullen kan
        kunnen moet""".split()
    ),
    abbreviations=frozenset(
        """dr drs mr ir ing prof mevr dhr o.a bijv bv ca nr blz jan feb mrt apr jun jul aug
        sept okt nov dec zgn resp incl excl m.b.t t.a.v i.p.v d.w.z e.d enz st""".split()
    ),
    say_verbs=(
        r"zei|zegt|zeggen|aldus|reageert|reageerde|verklaarde|verklaart|stelde|stelt|"
        r"benadrukte|benadrukt|waarschuwde|waarschuwt|schreef|schrijft|liet weten|laat weten|"
        r"meldt|meldde|vindt|vond|noemde|noemt|vertelt|vertelde|voegde toe|voegde eraan toe|"
        r"merkt op|merkte op|gaf aan|geeft aan|beschreef|beschrijft|moedigde|riep op|spoorde|"
        r"vroeg|eiste|betoogde|betoogt|oordeelde|oordeelt|adviseerde|adviseert|legde uit|legt uit|"
        r"vulde aan|vult aan|lichtte toe|licht toe|beweerde|beweert|vervolgde|vervolgt|"
        r"opperde|oppert|ontkende|ontkent|voorspelde|voorspelt|verzekerde|verzekert|"
        r"bekende|bekent|twitterde|twittert"
    ),
    said_verbs=(
        r"gezegd|genoemd|verklaard|benadrukt|gewaarschuwd|geëist|gevraagd|beschreven|aangegeven"
    ),
    according_to=r"volgens|aldus",
    calls=(
        r"noemt|noemde|doet\b.*\baf als|deed\b.*\baf als|spreekt van|sprak van|"
        r"omschrijft|omschreef"
    ),
    pronouns=frozenset({"hij", "zij", "ze"}),
    perfect_auxiliaries=("heeft", "had", "hebben", "hadden"),
    subject_verbs=("is", "zijn", "heeft", "hebben"),
    not_names=frozenset(
        "gisteren vandaag nu toen daarna eerder ook zo dit dat hij zij ze het".split()
    ),
    determiners=frozenset(
        "de het een deze dit dat zo'n zulke maar en ook volgens in op enige veel alle".split()
    ),
    before_names=frozenset("door met van volgens aldus zei zegt en".split()),
    phrase_ends=(
        "in",
        "op",
        "tegen",
        "bij",
        "na",
        "tijdens",
        "voorafgaand",
        "volgens",
        "dat",
        "over",
        "van het",
    ),
    acronym_skips=frozenset({"de", "van"}),
    number_units=tuple("twee drie vier vijf zes zeven acht negen".split()),
    number_names=tuple(
        "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien"
        " twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend".split()
    ),
    number_joiner="en",
    ordinal_stems=tuple("eerst tweed derd vierd vijfd zesd zevend achtst negend tiend".split()),
    negations=("niet", "geen", "nooit", "niets", "niemand", "nergens"),
    word_endings=("e", "en", "s"),
    capitals_mark_names=True,
    # Adjectives of nationality and place take a capital ("Irakese", "Russische").
    capital_adjective=r"(?:se|sche)$",
    genitives=genitives,
    inflections=inflections,
    adjective=adjective,
    # A title is written lower case, so a capitalised word after it is a name ("premier
    # Schoof").
    name_after_title=rf"\s+{UPPER}\w",
    romanisation=(
        ("sjtsj", "shch"),
        ("tsj", "ch"),
        ("sj", "sh"),
        ("zj", "zh"),
        ("ch", "kh"),
        ("oe", "u"),
    ),
    slavic_name=r"(?:ov|ova|ev|eva|ski|skij|skaja|enko|oek|itsj|ytsj|ij|yj|ej|aj)$|sj|zj|tsj",
    slavic_mark=r"j|oe",
    examples=(
        (
            'De minister zei dinsdag dat de gesprekken "constructief" waren verlopen, maar '
            "dat er nog geen akkoord is.",
            'The minister said on Tuesday that the talks had been "constructive", but that '
            "there is no agreement yet.",
        ),
        (
            "Volgens de spokesperson van de regering zijn er sinds maandag ruim 1200 mensen "
            "geëvacueerd uit het grensgebied.",
            "According to the government spokesperson, more than 1,200 people have been "
            "evacuated from the border area since Monday.",
        ),
        (
            "Het parlement stemt volgende week over het voorstel, dat door de oppositie "
            "wordt afgewezen.",
            "Parliament will vote next week on the proposal, which the opposition rejects.",
        ),
    ),
)

# Nouns that stand for one person or company named before (``epithets``; general
# knowledge of Dutch news style).
DESCRIPTIONS = Descriptions(
    texts=(
        "brief|brieven|briefje|e-mail|mail|sms|bord|borden|spandoek|spandoeken|opschrift|"
        "tekst|rapport|verslag|vonnis|citaat|tweet"
    ),
    own_text_prepositions="in|met|per|via",
    own_text_verbs=r"(?!.*(?<!\w)van\s)(?:reageerde(?:\s+[a-z]+)?\s+op|stuurde\s+een)",
    outlet_prepositions="tegen|met|voor",
    outlet_in="in",
    outlet_after="dat",
    answered_back=(
        "Met die woorden|Met deze woorden|Met die zin|Zo (?:reageerde|reageerden|reageert|"
        "reageren|antwoordde|antwoordden|antwoordt|counterde|pareerde)"
    ),
    definite="de|het",
    epithets=(
        "schaatser|schaatsster|wielrenner|wielrenster|renner|renster|coureur|zwemmer|"
        "zwemster|tennisser|tennisster|voetballer|voetbalster|atleet|atlete|turner|turnster|"
        "judoka|bokser|golfer|spits|aanvaller|doelman|keeper|middenvelder|verdediger|"
        "viroloog|epidemioloog|econoom|historicus|klimatoloog|politicoloog|socioloog|"
        "zanger|zangeres|acteur|actrice|schrijver|schrijfster|regisseur|kunstenaar|"
        "Belg|Vlaming|Nederlander|Fries|Limburger|"
        "Brabander|Zeeuw|Kempenaar|Hagenaar|Fransman|Duitser|Brit|Amerikaan|Italiaan|"
        "Spanjaard|Noor|Zweed|Deen|Oostenrijker|Zwitser|Australiër|Canadees|Colombiaan"
    ),
    firms="bedrijf|concern|onderneming|fabrikant|bank|verzekeraar|supermarktketen|keten",
    ministries="ministerie",
    portfolios=(
        "(?:Algemene|Buitenlandse|Binnenlandse|Economische|Sociale) Zaken|Justitie|Veiligheid|"
        "Koninkrijksrelaties|Onderwijs|Cultuur|Wetenschap|Financiën|Defensie|Infrastructuur|"
        "Waterstaat|Klimaat|Groene Groei|Landbouw|Natuur|Visserij|Voedselkwaliteit|"
        "Voedselzekerheid|Werkgelegenheid|Volksgezondheid|Welzijn|Sport|Asiel|Migratie|"
        "Buitenlandse Handel|Ontwikkelingssamenwerking|Ontwikkelingshulp|Volkshuisvesting|"
        "Ruimtelijke Ordening|Milieu|Verkeer"
    ),
    after_pronoun=r"niet|nog|al|ook|wel|geen|te|zelfs|vooral|echter|dus|pas|zeker",
    verbs_after_pronoun=(
        "moet|moeten|kan|kunnen|zal|zullen|zou|zouden|mag|mogen|hoeft|hoeven|wordt|worden|"
        "werd|werden|waren|gaat|gaan|blijft|blijven|staat|staan|ligt|liggen|komt|komen"
    ),
    masculine="hij|hem|zijn",
    feminine="zij|ze|haar",
)
