"""German: what newsbridge knows of it (see ``glossary.languages``)."""

from __future__ import annotations

import dataclasses

from glossary.languages import UPPER, Language
from glossary.languages.de_replies import BARE_REPLIES
from glossary.languages.de_reports import REPORTING
from glossary.languages.descriptions import Descriptions

_ENDINGS = ("e", "en", "er", "es", "em")


def genitives(form: str) -> list[str]:
    """Genitive spellings of a name: Putins, Borrells; Macrons' after an s."""
    if form.endswith(("s", "x", "z", "ß")):
        return [f"{form}'"]
    return [f"{form}s"]


def inflections(form: str) -> list[str]:
    """russisch -> russische, russischen, russischer, russisches, russischem. A form
    written with a capital (Schweizer, Berliner) does not inflect; a compound whose last
    part is lower case does (US-amerikanisch -> US-amerikanische)."""
    if not form or " " in form or form.endswith("e"):
        return []
    if form.rsplit("-", 1)[-1][:1].islower():
        return [form + ending for ending in _ENDINGS]
    return []


def adjective(name: str) -> str | None:
    """A language's name as its adjective's base form (Russisch -> russisch)."""
    return name[:1].lower() + name[1:] if name.endswith("sch") else None


# The plain verbs of saying of "„…“ Das sagte X." (``Reporting.told_says``): no verb of
# judging, doubt or hope ("Das kritisierte X.", "Das bezweifelt X.": X reacts to it).
_TOLD_SAYS = (
    "sagte|sagt|sagten|erklärte|erklärt|erklärten|schrieb|schreibt|schrieben|bestätigte|"
    "bestätigt|bestätigten|betonte|betont|betonten|teilte|teilt|teilten|berichtete|"
    "berichtet|berichteten|meldete|meldet|meldeten|versicherte|versichert|unterstrich|gab|"
    "gibt|gaben|kündigte|kündigt|verkündete"
)

# A group's reaction to a quotation before it ("„…“ Kritiker bemängelten das."): plural
# verbs of judging, doubt or welcome (``Reporting.reactions``), none that tells or vows.
_REACTIONS = (
    "kritisierten|kritisieren|bemängelten|bemängeln|monierten|monieren|beklagten|beklagen|"
    "bedauerten|bedauern|begrüßten|begrüßen|lobten|loben|bezweifelten|bezweifeln|"
    "verurteilten|verurteilen|rügten|rügen|widersprachen|widersprechen|bestritten|"
    "bestreiten|protestierten|protestieren|reagierten|reagieren|spotteten|spotten"
)

# Participles of saying beside ``de_reports``' ``perfect_said``: separable verbs' and the
# phrases of making something clear.
_PERFECT_MORE = (
    "klargestellt|deutlich gemacht|hinzugefügt|angedeutet|festgestellt|"
    "hervorgehoben|angemerkt|gemeint|eingestanden|bemängelt|beklagt|eingewandt|eingeworfen|"
    "erwidert|entgegnet|zugesichert|beteuert"
)

LANGUAGE = Language(
    reporting=dataclasses.replace(
        REPORTING,
        told_says=_TOLD_SAYS,
        # the participles of "X hat …, <account>" (``Reporting.perfect_said``), with the
        # separable verbs' ("klargestellt", "hervorgehoben") and "deutlich gemacht"
        perfect_said=REPORTING.perfect_said + "|" + _PERFECT_MORE,
        reactions=_REACTIONS,
        # of time or place before the speaker ("sagte am Montag in Kiel X", "sagte heute
        # Ministerin X"), no "zu", "über", "für", "mit" (X is spoken to or about)
        adverbial_prepositions=(
            "am|im|in|nach|bei|beim|während|vor|seit|auf|zum|zur|an|aus|vom|um|gestern|heute|"
            "später|damals|bereits|noch|auch|dabei"
        ),
        urging="forderte|fordert|forderten|appellierte|appelliert|appellierten|rief|ruft|riefen",
        # not "… und plante," (another verb's comma); one word: the subject ("appellierte sie,")
        urged=r"(?!.*\b(?:und|oder)\s+[a-zäöüß]+\s*,)(?:\s+[^,]*\sauf|\s+an\s[^,]*|\s+[\w-]+)\s*,\s*",
        purpose="um|ohne|statt|anstatt",
        words_after="Worten",
        object_prepositions="zu|über|gegenüber|mit|an|gegen",
        relayed="unter Berufung auf|mit Berufung auf",
        relayed_own="eigene|eigenen|eigener|eigenem",
        says_alone="sagte|sagt|sagten|meinte|meint|betonte|betont|ergänzte|ergänzt",
        replies=BARE_REPLIES,
        claims=(
            "Darstellung|Darstellungen|Vorwurf|Vorwürfe|Vorwürfen|Bericht|Berichte|Berichten|"
            "Behauptung|"
            "Behauptungen|Meldung|Meldungen|Gerücht|Gerüchte|Anschuldigung|Anschuldigungen|"
            "Beschuldigung|Beschuldigungen|Spekulation|Spekulationen|Unterstellung|Gerüchten|"
            "Unterstellungen|Vermutung|Vermutungen|Annahme|Kritik|Einwand|Einwände"
        ),
        rejects=(
            "wies|weist|wiesen|weisen|bestritt|bestreitet|bestritten|dementierte|dementiert|"
            "dementierten|leugnete|leugnet|widersprach|widerspricht|widersprachen"
        ),
        # the verbs of opposing, then the word of what they oppose ("protestierte dagegen,
        # dass …"; not "erklärte dagegen, …", an adverb: "on the other hand")
        opposed=(
            "protestierte protestiert protestierten demonstrierte demonstriert demonstrierten "
            "wandte wendet wandten wehrte wehrt wehrten:dagegen"
        ),
        # Konjunktiv I's ending and the indicative's that replaces it ("dauere": "dauert",
        # "arbeite": "arbeitet", "bezweifle": "bezweifelt"): a form whose indicative is a
        # common word, commoner than the form, is a verb's.
        subjunctive="e:t|e:et|le:elt",
    ),
    code="de",
    name="German",
    locale="de",
    identifier="de",
    segmenter="de",
    wordfreq="de",
    stemmer="german",
    flores="deu_Latn",
    function_words=frozenset(
        """der die das ein eine einen einem einer eines und oder aber dass als auch er sie
    es wir ich du ihr man so dann nach in im an am auf bei mit von vor durch über unter gegen
    um noch nicht kein keine mehr zu zum zur aus wie was wer wo hier da dort nun unsere unser
    einigen einige anderen diese dieser dieses sollten ist sind war wurde werden hat haben
    sich den dem des""".split()
    ),
    abbreviations=frozenset(
        """dr prof hr fr bzw z.b u.a usw ca nr vgl evtl ggf inkl jan feb mär apr jun jul aug
        sept okt nov dez st sog d.h v.a z.t""".split()
    ),
    say_verbs=(
        r"sagte|sagt|erklärte|erklärt|betonte|betont|warnte|warnt|schrieb|schreibt|so|"
        r"meinte|meint|fügte hinzu|kritisierte|merkt an|merkte an|gab an|berichtete|beschrieb|"
        r"ermutigte|forderte|argumentiert|argumentierte|verlangte"
    ),
    said_verbs=(
        r"gesagt|erklärt|betont|gewarnt|genannt|bezeichnet|verlangt|gefordert|kritisiert|"
        r"beschrieben|gesprochen|gerufen"
    ),
    according_to=r"laut|so|nach Angaben von",
    calls=r"nennt|nannte|bezeichnet|bezeichnete|spricht von|sprach von",
    pronouns=frozenset({"er", "sie"}),
    perfect_auxiliaries=("hat", "hatte", "haben", "hatten"),
    subject_verbs=("ist", "sind", "hat", "haben"),
    not_names=frozenset(
        "gestern heute jetzt damals dann zuvor bereits aufgrund wegen trotz auch so dies das er "
        "sie es".split()
    ),
    determiners=frozenset(
        "der die das den dem des ein eine einer einem solche diese dieser dieses aber und auch "
        "laut nach in am im einige viele alle".split()
    ),
    before_names=frozenset("von vom mit laut so sagte sagt und".split()),
    phrase_ends=("am", "im", "auf", "gegenüber", "bei", "nach", "vor", "dass", "vom", "über"),
    acronym_skips=frozenset({"der", "von"}),
    number_units=tuple("zwei drei vier fünf sechs sieben acht neun".split()),
    number_names=tuple(
        "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"
        " zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend".split()
    ),
    number_joiner="und",
    ordinal_stems=tuple("erst zweit dritt viert fünft sechst siebt acht neunt zehnt".split()),
    negations=(
        "nicht",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "nie",
        "niemals",
        "nichts",
        "niemand",
        "nirgends",
    ),
    word_endings=("e", "en", "er", "es", "em", "s"),
    capitalises_nouns=True,
    noun_endings=r"(ung|heit|keit|schaft|ität|ismus|nis|tum)(en)?$",
    genitives=genitives,
    inflections=inflections,
    adjective=adjective,
    # Every noun takes a capital, so a name after a title is a first and a last name
    # ("Premierminister Stephen Harper", not "Premierminister Singapurs").
    name_after_title=rf"\s+{UPPER}[\w'-]+\s+{UPPER}\w",
    romanisation=(
        ("schtsch", "shch"),
        ("tsch", "ch"),
        ("sch", "sh"),
        ("ch", "kh"),
        ("w", "v"),
        ("ss", "s"),
        ("z", "ts"),
    ),
    slavic_name=r"(?:ow|owa|ew|ewa|ski|skij|skaja|enko|itsch|ytsch|ij|yj|ej|aj)$|tsch",
    slavic_mark=r"j|w",
    examples=(
        (
            'Der Minister sagte am Dienstag, die Gespräche seien "konstruktiv" gewesen, eine '
            "Einigung gebe es aber noch nicht.",
            'The minister said on Tuesday that the talks had been "constructive", but that '
            "there was no agreement yet.",
        ),
        (
            "Nach Angaben des spokesman der Regierung wurden seit Montag mehr als 1200 "
            "Menschen aus dem Grenzgebiet in Sicherheit gebracht.",
            "According to the government spokesman, more than 1,200 people have been brought "
            "to safety from the border area since Monday.",
        ),
        (
            "Das Parlament stimmt nächste Woche über den Vorschlag ab, den die Opposition ablehnt.",
            "Parliament will vote next week on the proposal, which the opposition rejects.",
        ),
    ),
)

# Nouns that stand for one person or company named before (``epithets``; general
# knowledge of German news style).
DESCRIPTIONS = Descriptions(
    texts=(
        "Brief|Briefe|E-Mail|E-Mails|Mail|SMS|Plakat|Plakate|Schild|Schilder|Aufschrift|"
        "Transparent|Transparente|Zettel|Text|Bericht|Gutachten|Urteil|Zitat|Schreiben|Tweet"
    ),
    own_text_prepositions="in|im|mit|per|via",
    own_text_verbs=(  # no author after it ("reagierte auf einen Tweet von Trump:")
        r"(?!.*(?<!\w)(?:von|vom|des|der)\s)(?:reagierte(?:\s+[a-zäöüß]+)?\s+auf|"
        r"verschickte\s+(?:eine|einen|ein)|setzte\s+(?:eine|einen|ein)\s+\S+\s+ab\s*:?\s*$)"
    ),
    received=(  # not "erhielt das Wort:" (X speaks)
        r"(?:erntete|erntet|ernteten|bekam|bekommt|bekamen|erhielt|erhält|erhielten|kassierte|"
        r"kassiert|kassierten)(?!\w)(?!\s+das\s+Wort)|(?:musste|muss|mussten|müssen)\s+sich\s+"
        r"[^:]*\banhören|(?:sah|sieht|sahen|sehen)\s+sich\s+[^:]*\bausgesetzt"
    ),
    outlet_prepositions="gegenüber|mit|für",
    outlet_in="in|im",
    outlet_after="dass",
    own_heads=(
        "Grund|Begründung|Fazit|Forderung|Argument|Erklärung|Bilanz|Botschaft|Problem|"
        "Schlussfolgerung|Prognose|Einschätzung"
    ),
    possessive_genders="sein:er|seine:er|ihr:sie|ihre:sie|unser:wir|unsere:wir",
    answered_back=(
        "Mit diesen Worten|Mit diesem Satz|Mit diesen Sätzen|So (?:reagierte|reagierten|"
        "reagiert|reagieren|kommentierte|kommentierten|kommentiert|konterte|konterten|kontert|"
        "antwortete|antworteten|antwortet)"
    ),
    definite="der|die|das",
    epithets=(
        "Eisschnellläuferin|Eisschnellläufer|Radprofi|Radrennfahrer|Rennfahrer|Schwimmerin|"
        "Schwimmer|Tennisspielerin|Tennisspieler|Stürmer|Torhüter|Torwart|Mittelfeldspieler|"
        "Virologe|Virologin|Epidemiologe|Epidemiologin|Ökonom|Ökonomin|Historiker|"
        "Historikerin|Sängerin|Sänger|Schauspielerin|Schauspieler|Regisseur|Regisseurin|"
        "Belgier|Belgierin|Niederländer|Niederländerin|Österreicher|Österreicherin|"
        "Schweizer|Schweizerin|Franzose|Französin|Brite|Britin|Amerikaner|Amerikanerin|"
        "Italiener|Italienerin|Spanier|Spanierin|Norweger|Norwegerin|Schwede|Schwedin"
    ),
    firms="Unternehmen|Konzern|Firma|Hersteller|Autobauer|Chipkonzern|Versicherer",
    after_pronoun="[a-zäöüß]+",
    masculine="er|ihm|ihn",
    feminine="sie|ihr",
    according_adjective="laut",
    account_verbs=(
        "ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|kann|können|"
        "konnte|konnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|darf|dürfen|"
        "will|wollen|gibt|gab|liegt|lag|steht|stand|bleibt|blieb|droht|drohen|fehlt|fehlen"
    ),
)
