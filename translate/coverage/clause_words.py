"""Reporting clauses' words, per language (German and Dutch, written here from general
knowledge of the languages): reporting verbs, the cues that stand without a verb, roles,
the words a name never starts with. Dicts keyed by language code, to move into the
language modules (issue 34)."""

from __future__ import annotations

import re

# Reporting verbs, finite forms, as a clause uses them before or after the quotation; a
# separable verb's particle ("gab … bekannt", "liet … weten") is in PARTICLES.
SAY: dict[str, tuple[str, ...]] = {
    "de": (
        "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont",
        "meinte", "meint", "warnte", "warnt", "schrieb", "schreibt", "berichtete", "berichtet",
        "teilte", "teilt", "gab", "gibt", "ließ", "lässt", "kommentierte", "kommentiert",
        "antwortete", "antwortet", "fragte", "fragt", "ergänzte", "ergänzt", "fügte", "fügt",
        "bekräftigte", "bekräftigt", "unterstrich", "unterstreicht", "versicherte",
        "versichert", "bestätigte", "bestätigt", "verkündete", "verkündet", "versprach",
        "verspricht", "forderte", "fordert", "mahnte", "mahnt", "klagte", "beklagte",
        "beklagt", "lobte", "lobt", "räumte", "räumt", "äußerte", "äußert", "sprach", "spricht",
        "bezeichnete", "bezeichnet", "nannte", "nennt", "urteilte", "urteilt", "kritisierte",
        "kritisiert", "erinnerte", "erinnert", "resümierte", "bilanzierte", "bemerkte",
        "bemerkt", "stellte", "stellt", "argumentierte", "argumentiert", "behauptete",
        "behauptet", "entgegnete", "entgegnet", "erwiderte", "erwidert", "rief", "ruft",
        "twitterte", "beschrieb", "beschreibt", "schilderte", "schildert", "appellierte",
        "kündigte", "kündigt", "verteidigte", "verteidigt", "gestand", "gesteht", "zitierte",
        "zitiert", "sagen", "erklären", "betonen", "warnen", "fordern", "schreiben",
        "hob", "hebt", "wies", "weist", "bekannte", "bekennt", "brachte", "verlangte",
        "verlangt", "riet", "rät", "würdigte", "würdigt", "verurteilte", "verurteilt",
        "schätzte", "schätzt", "prangerte", "prangert", "warf", "wirft", "begrüßte",
        "begrüßt", "bekundete", "bekundet", "beurteilte", "beurteilt", "empfahl", "empfiehlt",
        "strich", "streicht", "resümiert", "bilanziert", "zeigte", "zeigt", "sprachen",
        "warnten", "forderten", "kritisierten", "schrieben", "meinten", "betonten",
    ),
    "nl": (
        "zei", "zegt", "zeiden", "zeggen", "verklaarde", "verklaart", "stelde", "stelt",
        "benadrukte", "benadrukt", "waarschuwde", "waarschuwt", "schreef", "schrijft", "liet",
        "laat", "meldt", "meldde", "noemde", "noemt", "vertelt", "vertelde", "voegde", "voegt",
        "merkte", "merkt", "gaf", "geeft", "beschreef", "beschrijft", "riep", "roept",
        "vroeg", "vraagt", "eiste", "eist", "betoogde", "betoogt", "reageerde", "reageert",
        "antwoordde", "antwoordt", "bevestigde", "bevestigt", "kondigde", "kondigt",
        "beloofde", "belooft", "sprak", "spreekt", "twitterde", "tweette", "erkende", "erkent",
        "herhaalde", "herhaalt", "onderstreepte", "onderstreept", "concludeerde",
        "concludeert", "klaagde", "klaagt", "prees", "prijst", "bekritiseerde", "verweet",
        "verwijt", "hield", "houdt", "wees", "wijst", "zeggen", "vond", "vindt", "uitte", "meende",
        "meent",
    ),
}  # fmt: skip
# Separable verbs: a reporting verb only with its particle later in the clause ("gab …
# bekannt", not "gab … nach"; "liet … weten").
SEPARABLE: dict[str, dict[str, str]] = {
    "de": {"gab": "bekannt|an", "gibt": "bekannt|an", "teilte": "mit", "teilt": "mit",
           "fügte": "hinzu", "fügt": "hinzu", "räumte": "ein", "räumt": "ein",
           "kündigte": "an", "kündigt": "an", "stellte": "fest|klar", "stellt": "fest|klar",
           "hob": "hervor", "hebt": "hervor", "wies": "hin", "weist": "hin",
           "ließ": "verlauten|wissen", "lässt": "verlauten|wissen",
           "brachte": "Ausdruck", "schätzte": "ein", "schätzt": "ein", "prangerte": "an",
           "prangert": "an", "warf": "vor", "wirft": "vor", "strich": "heraus",
           "streicht": "heraus", "zeigte": "sich", "zeigt": "sich"},
    "nl": {"liet": "weten", "laat": "weten", "voegde": "toe", "voegt": "toe", "merkte": "op",
           "merkt": "op", "gaf": "aan|toe", "geeft": "aan|toe", "riep": "op", "roept": "op",
           "kondigde": "aan", "kondigt": "aan", "wees": "op", "wijst": "op", "hield": "vol",
           "houdt": "vol"},
}  # fmt: skip
# Verbs of calling something a quoted name ("nannte X einen „…“"): what follows is the
# object, the subject comes first.
CALLING: dict[str, tuple[str, ...]] = {
    "de": ("nannte", "nennt", "bezeichnete", "bezeichnet", "beschrieb", "beschreibt"),
    "nl": ("noemde", "noemt", "beschreef", "beschrijft"),
}
# Cues that stand before the speaker without a verb ("so Merkel", "aldus Rutte").
BY: dict[str, tuple[str, ...]] = {
    "de": ("so", "laut", "nach Angaben von", "nach Angaben des", "nach Angaben der",
           "nach Ansicht von", "nach Ansicht des", "nach Ansicht der", "nach Auffassung von",
           "nach Auffassung des", "nach Auffassung der", "nach den Worten von",
           "nach den Worten des", "nach den Worten der", "nach Worten von", "zitiert nach"),
    "nl": ("aldus", "volgens", "zo", "naar de mening van", "naar zeggen van"),
}  # fmt: skip
# Cues after the speaker ("Merkel zufolge", "wird Panetta zitiert").
AFTER_BY: dict[str, tuple[str, ...]] = {"de": ("zufolge",), "nl": ()}
CITED: dict[str, str] = {"de": r"wird|wurde", "nl": r"wordt|werd"}
CITED_VERB: dict[str, str] = {"de": r"zitiert", "nl": r"geciteerd"}
# A separable verb's particle, the last word of its clause ("gab … bekannt").
PARTICLES: dict[str, tuple[str, ...]] = {
    "de": ("bekannt", "mit", "hinzu", "an", "ein", "fest", "hervor", "verlauten", "zu",
           "aus", "klar", "hin", "sich", "dazu", "dabei", "damals", "ebenfalls", "auch",
           "selbst", "weiter", "später", "heute", "gestern", "zuvor", "bereits", "noch"),
    "nl": ("weten", "op", "aan", "toe", "eraan", "uit", "erop", "ook", "nog", "later",
           "vandaag", "gisteren", "eerder", "al", "daarbij", "daarop"),
}  # fmt: skip
PRONOUNS: dict[str, tuple[str, ...]] = {
    "de": ("er", "sie"),
    "nl": ("hij", "zij", "ze"),
}
# Words a clause may start with that are no subject: the subject then follows the verb
# ("Im Interview sagte Jon Bon Jovi:", "Daarna zei Rutte:").
DETERMINERS: dict[str, tuple[str, ...]] = {
    "de": ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem",
           "eines", "einen", "diese", "dieser", "dieses"),
    "nl": ("de", "het", "een", "deze", "dit", "die", "dat"),
}  # fmt: skip
# Words that end the words naming a speaker ("sagte Raab laut Spiegel Online", "zei Rutte
# tegen de pers"): prepositions and conjunctions.
STOPS: dict[str, tuple[str, ...]] = {
    "de": ("in", "im", "am", "an", "auf", "bei", "beim", "gegenüber", "nach", "vor", "laut",
           "während", "dass", "als", "und", "mit", "zum", "zur", "über", "am", "vom", "von",
           "aus", "für", "gegen", "seit", "um", "wie", "wenn", "weil", "ob", "so", "auch",
           "zufolge", "dazu", "dabei", "damals", "heute", "gestern", "bereits", "später",
           "selbst", "zudem", "jedoch", "aber", "noch"),
    "nl": ("in", "op", "tegen", "bij", "na", "tijdens", "voor", "volgens", "dat", "als",
           "en", "met", "aan", "over", "van", "uit", "om", "toen", "ook", "later", "vandaag",
           "gisteren", "eerder", "daarbij", "nog", "maar", "zelf"),
}  # fmt: skip
# The last part of a role word ("Innensenator", "SPD-Fraktionschef", "woordvoerder"): the
# name, where one follows, comes after it.
ROLES: dict[str, tuple[str, ...]] = {
    "de": ("präsident", "präsidentin", "minister", "ministerin", "sprecher", "sprecherin",
           "chef", "chefin", "kanzler", "kanzlerin", "senator", "senatorin", "direktor",
           "direktorin", "leiter", "leiterin", "experte", "expertin", "analyst", "analystin",
           "vorsitzende", "vorsitzender", "sekretär", "sekretärin", "meister", "meisterin",
           "manager", "managerin", "trainer", "trainerin", "abgeordnete", "abgeordneter",
           "politiker", "politikerin", "kommissar", "kommissarin", "anwalt", "anwältin",
           "botschafter", "botschafterin", "gouverneur", "gouverneurin", "premier", "könig",
           "königin", "papst", "kardinal", "bischof", "richter", "richterin", "professor",
           "professorin", "autor", "autorin", "sänger", "sängerin", "schauspieler",
           "schauspielerin", "forscher", "forscherin", "wissenschaftler",
           "wissenschaftlerin", "arzt", "ärztin", "gründer", "gründerin", "dezernent",
           "dezernentin", "referent", "referentin", "beauftragte", "beauftragter",
           "kapitän", "spieler", "spielerin", "torwart", "stürmer", "coach", "kandidat",
           "kandidatin", "mitglied", "vertreter", "vertreterin", "mitarbeiter",
           "mitarbeiterin", "journalist", "journalistin", "reporter", "reporterin",
           "moderator", "moderatorin", "ökonom", "ökonomin", "historiker", "historikerin",
           "soziologe", "redakteur", "redakteurin", "pfarrer", "chefredakteur", "ceo",
           "vize", "fraktionschef", "generalsekretär", "staatssekretär", "staatsanwalt",
           "oberbürgermeister", "bürgermeister", "bürgermeisterin", "landrat", "pressesprecher",
           "regierungssprecher", "sprecher", "kommandeur", "general", "oberst", "offizier",
           "inspekteur", "generalinspekteur", "diplomat", "diplomatin", "ministerpräsident",
           "ministerpräsidentin", "bundeskanzler", "bundeskanzlerin", "prinz", "prinzessin",
           "fürst", "herzog", "graf", "gräfin", "dr", "prof", "herr", "frau", "aktivist",
           "aktivistin", "unternehmer", "unternehmerin", "inhaber", "inhaberin", "ermittler",
           "ermittlerin", "polizist", "polizistin", "chefermittler", "berater", "beraterin",
           "teamchef", "administrator",
           "verwalter", "verteidiger", "verteidigerin", "kläger", "klägerin", "zeuge", "zeugin"),
    "nl": ("woordvoerder", "woordvoerster", "minister", "premier", "president", "voorzitter",
           "burgemeester", "directeur", "leider", "topman", "topvrouw", "deskundige",
           "hoogleraar", "professor", "advocaat", "ambassadeur", "staatssecretaris",
           "commissaris", "kamerlid", "trainer", "coach", "hoofd", "chef", "onderzoeker",
           "expert", "analist", "econoom", "arts", "schrijver", "zanger", "zangeres",
           "koning", "koningin", "paus", "generaal", "commandant", "gouverneur", "senator",
           "lid", "oprichter", "eigenaar", "fractievoorzitter", "wethouder", "officier",
           "rechter", "politicus", "journalist", "verslaggever", "diplomaat", "dr", "prof",
           "mr", "ir", "drs", "meneer", "mevrouw", "dhr", "mevr", "bondscoach", "aanvoerder",
           "kanselier", "vicepremier", "partijleider", "lijsttrekker", "fractieleider",
           "beheerder", "medewerker", "vertegenwoordiger", "bestuurder", "manager", "ceo",
           "administrator", "bewoner", "buurtbewoner"),
}  # fmt: skip
# Words a name never starts with: function words and adverbs a clause may begin with.
NOT_NAMES: dict[str, frozenset[str]] = {
    "de": frozenset(("so", "dies", "das", "als", "zum", "zur", "im", "in", "am", "an",
                     "auf", "auch", "aber", "und", "oder", "doch", "denn", "dann", "dabei",
                     "damit", "dazu", "darunter", "danach", "zudem", "später", "bereits",
                     "gestern", "heute", "jetzt", "damals", "hier", "dort", "nun", "noch",
                     "schon", "nur", "wie", "was", "wer", "wo", "man", "es", "wir", "ich",
                     "ihr", "unmissverständlich", "zuletzt", "schließlich", "außerdem",
                     "allerdings", "jedoch", "deshalb", "daher", "trotzdem", "vor", "nach",
                     "mit", "von", "vom", "für", "bei", "beim", "über", "unter", "laut",
                     "wegen", "trotz", "aufgrund", "alle", "viele", "einige", "andere",
                     "mehrere", "beide", "sein", "seine", "ihre", "unser", "unsere", "kein",
                     "keine", "jeder", "jede", "um", "seit", "hierzu", "hierbei", "passend",
                     "daraufhin", "zuletzt", "zunächst", "anschließend", "inzwischen",
                     "mittlerweile", "bisher", "weiterhin", "weiter", "besonders", "ebenso",
                     "ebenfalls", "insbesondere", "gleichzeitig", "zugleich", "ferner",
                     "stattdessen", "vielmehr", "offenbar", "offensichtlich", "erwartungsgemäß",
                     "überraschend", "erst", "kurz", "angesichts", "angeblich", "gemäß",
                     "infolge", "dank", "ohne", "durch", "gegen", "entgegen", "neben",
                     "zwischen", "seitdem", "nachdem", "bevor", "obwohl", "während", "wenn",
                     "falls", "gegenüber", "hingegen", "dagegen", "darüber", "davon", "daran",
                     "dafür", "deswegen", "sogar", "bereits", "ebenfalls", "wohl", "da", "weil",
                     "letzte", "letzten", "vergangene", "vergangenen",
                     "nächste", "nächsten", "kommende", "kommenden", "anfang", "ende",
                     "mitte", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                     "samstag", "sonntag",
                     "jegliche", "jeglicher", "solche", "solcher")),
    "nl": frozenset(("zo", "dit", "dat", "als", "in", "op", "ook", "maar", "en", "of",
                     "dan", "daarbij", "daarna", "toen", "nu", "gisteren", "vandaag", "hier",
                     "daar", "nog", "al", "wat", "wie", "waar", "men", "het", "we", "wij",
                     "ik", "jij", "u", "volgens", "na", "voor", "met", "van", "bij", "over",
                     "onder", "alle", "veel", "enkele", "andere", "beide", "zijn", "haar",
                     "ons", "onze", "geen", "elke", "ieder", "tijdens", "eerder", "later")),
}  # fmt: skip
NAME_PARTICLES = frozenset(("van", "von", "de", "der", "den", "ter", "te", "du", "da", "di",
                            "la", "le", "zu", "al", "bin", "ibn", "del", "dos", "vom"))  # fmt: skip
NAME_WORD = re.compile(r"(?:[A-ZÀ-ÝĀ-Ž][\w'’.-]*|[A-Z]\.)")
ACRONYM = re.compile(r"([A-ZÄÖÜ]{2,})(?:-|$)")

# Words a clause starts with that make its first part no subject ("Den Namen gab …").
OBJECTS: dict[str, tuple[str, ...]] = {
    "de": ("den", "dem", "einen", "einem", "ihm", "ihn", "ihr", "diesen", "diesem"),
    "nl": ("hem", "haar"),
}

# Role words that end other words too ("Jungfrau", "Biograf"): only the whole word.
EXACT = frozenset(("herr", "frau", "graf", "arts", "lid", "dr", "mr", "ir", "prof", "drs"))

# Verbs of reported speech (German Konjunktiv I, "er sei", "sie werde"): a sentence in them
# goes on with what the one quoted before said.
REPORTED: dict[str, str] = {
    "de": r"sei|seien|werde|habe|müsse|könne|solle|wolle|dürfe|gebe|stehe|gehe|bleibe|"
    r"komme|liege|brauche|fehle|drohe|wisse|wäre|hätte|würden|bestehe|zeige|gelte",
    "nl": r"$^",
}

# Endings of German adverbs and adverbial participles a clause starts with ("Relativierend",
# "Überraschenderweise"): no subject.
ADVERB_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": ("end", "ig", "lich", "weise", "isch", "bar", "los", "mals"),
    "nl": ("erwijs", "lijk"),
}
# Nouns of what someone said ("Das Fazit von X:").
STATEMENTS: dict[str, str] = {
    "de": r"Fazit|Kernaussage|Aussage|Antwort|Kommentar|Stellungnahme|Mitteilung|Botschaft|"
    r"Worte|Erklärung|Reaktion",
    "nl": r"conclusie|reactie|antwoord|commentaar|verklaring|boodschap|woorden",
}

# Participles of saying: a sentence with one is about what its subject said ("hat seine
# Enttäuschung zum Ausdruck gebracht").
SAID: dict[str, str] = {
    "de": r"gesagt|erklärt|betont|geäußert|zum Ausdruck gebracht|mitgeteilt|bekannt gegeben|"
    r"gewarnt|kritisiert|gefordert|bekräftigt|unterstrichen",
    "nl": r"gezegd|verklaard|laten weten|benadrukt|gewaarschuwd|bekritiseerd|geëist",
}
