"""How German news reports speech (``Reporting`` of ``glossary.languages.de``): the verbs
that report, as a class (the finite forms news writes, made from verb stems), and the
words of reporting clauses, sources and reported forms."""

from __future__ import annotations

from glossary.languages import Reporting, person_nouns
from glossary.languages.de_replies import REPLIES, REPLY_PARTICLES


def _finite(weak: str, strong: str) -> str:
    """The finite forms news reports with, "|"-joined: of each weak verb's stem the third
    person's present and past ("behaupt" -> behauptet, behauptete, behaupteten; not the
    plural present, which is the infinitive: "ist zu berichten"), and the strong verbs'
    forms as written."""
    forms = []
    for stem in weak.split():
        e = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn", "tm")) else ""
        forms += [f"{stem}{e}t", f"{stem}{e}te", f"{stem}{e}ten"]
    return "|".join(dict.fromkeys([*forms, *strong.split()]))


# Verbs that report what someone said, thought, wanted or promised, as a class (saying, telling,
# claiming, admitting, denying, asking, demanding, warning, promising, believing, hoping, fearing,
# judging, deciding), beside the quotations' ``say``: the clause "X <verb>, …" or "X <verb>, dass …"
# reports X's account. Separable verbs by their finite part ("kündigte … an", "wies … hin").
REPORTS = _finite(
    "behaupt beteuer versicher bekräftig bestätig erklär erläuter schilder bericht meld "
    "verkünd kündig teil warn mahn forder verlang appellier plädier kritisier bemängel "
    "monier beklag bedauer begrüß lob glaub hoff befürcht fürcht vermut bezweifel "
    "erwart prognostizier spekulier mutmaß mein argumentier begründ rechtfertig "
    "verteidig entgegn erwider antwort dementier leugn räum signalisier "
    "beton unterricht informier präzisier ergänz kommentier resümier bilanzier urteil "
    "beschuldig bezichtig droh garantier zweifel schätz berechn errechn äußer erinner "
    "insistier poch beharr zitier twitter post notier beschwer "
    "protestier klag folger konter spott schimpf",
    "schreibt schrieb schrieben beschreibt beschrieb beschrieben verspricht versprach "
    "versprachen widerspricht widersprach widersprachen bestreitet bestritt bestritten "
    "gibt gab gaben verweist verwies verwiesen weist wies wiesen unterstreicht unterstrich "
    "unterstrichen hebt hoben empfiehlt empfahl empfahlen rät riet rieten schlägt schlug "
    "schlugen ruft rief riefen wirft warf warfen nimmt nahm nahmen "
    "findet fand fanden denkt dachte dachten spricht sprach sprachen dringt drang drangen "
    "schwört schwor schworen entscheidet entschied entschieden beschließt beschloss "
    "beschlossen gesteht gestand gestanden hielt hält "
    # "wiederholt" is mostly the adverb ("war wiederholt vor Ort"): only its past reports
    "wiederholte wiederholten",
)

# Verbs of holding a view whose object is the quotation (``Reporting.deems``): "sieht
# darin einen „…“", "hält den Plan für „…“", "wertet das als „…“".
DEEMS = (
    "sieht|sah|sehen|sahen|ansieht|ansah|hält|hielt|halten|hielten|wertet|wertete|werten|"
    "werteten|bewertet|bewertete|stuft|stufte|einstuft|einstufte"
)


REPORTING = Reporting(
    # Reporting verbs, finite forms, before or after the quotation ("sagte", "zei").
    say=(
        "sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|meinte|meint|"
        "begründete|begründeten|"
        "warnte|warnt|schrieb|schreibt|berichtete|berichtet|teilte|teilt|gab|gibt|ließ|"
        "lässt|kommentierte|kommentiert|antwortete|antwortet|fragte|fragt|ergänzte|"
        "ergänzt|fügte|fügt|bekräftigte|bekräftigt|unterstrich|unterstreicht|"
        "versicherte|versichert|bestätigte|bestätigt|verkündete|verkündet|versprach|"
        "verspricht|forderte|fordert|mahnte|mahnt|klagte|beklagte|beklagt|lobte|lobt|"
        "räumte|räumt|äußerte|äußert|sprach|spricht|bezeichnete|bezeichnet|nannte|nennt|"
        "urteilte|urteilt|kritisierte|kritisiert|erinnerte|erinnert|resümierte|"
        "bilanzierte|bemerkte|bemerkt|stellte|stellt|argumentierte|argumentiert|"
        "behauptete|behauptet|entgegnete|entgegnet|erwiderte|erwidert|rief|ruft|"
        "twitterte|beschrieb|beschreibt|schilderte|schildert|appellierte|kündigte|"
        "kündigt|verteidigte|verteidigt|gestand|gesteht|zitierte|zitiert|sagen|erklären|"
        "betonen|warnen|fordern|schreiben|hob|hebt|wies|weist|bekannte|bekennt|brachte|"
        "verlangte|verlangt|riet|rät|würdigte|würdigt|verurteilte|verurteilt|schätzte|"
        "schätzt|prangerte|prangert|warf|wirft|begrüßte|begrüßt|bekundete|bekundet|"
        "beurteilte|beurteilt|empfahl|empfiehlt|strich|streicht|resümiert|bilanziert|"
        "zeigte|zeigt|sprachen|warnten|forderten|kritisierten|schrieben|meinten|"
        "betonten|erläuterte|erläutert|erzählte|erzählt|beteuerte|beteuert|bestritt|"
        "bestreitet|dementierte|dementiert|sicherte|sichert|merkte|merkt|"
        "fuhr|fährt|wertete|wertet|bewertete|bewertet|"
        "hofft|hoffte|glaubt|glaubte|fürchtet|fürchtete|befürchtet|befürchtete|" + REPLIES
    ),
    # Cues before the speaker without a verb ("so", "laut", "aldus", "volgens").
    by=(
        "so|laut|nach Angaben von|nach Angaben des|nach Angaben der|nach Ansicht von|"
        "nach Ansicht des|nach Ansicht der|nach Auffassung von|nach Auffassung des|"
        "nach Auffassung der|nach den Worten von|nach den Worten des|"
        "nach den Worten der|nach Worten von|zitiert nach|nach Meinung von|nach Meinung des|"
        "nach Meinung der|nach Einschätzung von|nach Einschätzung des|nach Einschätzung der|"
        "nach Aussage von|nach Aussage des|nach Aussage der|nach Aussagen von|"
        "nach Aussagen des|nach Aussagen der|nach Darstellung von|nach Darstellung des|"
        "nach Darstellung der"
    ),
    # Cues after the speaker ("X zufolge").
    after_by="zufolge",
    # The passive's auxiliary of "wird X zitiert", and its participle.
    cited="wird|wurde",
    cited_verb="zitiert",
    # Separable verbs and the particles that complete them (verb:particle|particle).
    separable=(
        "gab:bekannt|an|zu|sich gibt:bekannt|an|zu|sich teilte:mit teilt:mit "
        "fügte:hinzu fügt:hinzu "
        "räumte:ein räumt:ein kündigte:an kündigt:an stellte:fest|klar stellt:fest|klar "
        "hob:hervor hebt:hervor wies:hin|zurück weist:hin|zurück ließ:verlauten|wissen "
        "lässt:verlauten|wissen brachte:Ausdruck schätzte:ein schätzt:ein prangerte:an "
        "prangert:an warf:vor|ein wirft:vor|ein strich:heraus streicht:heraus zeigte:sich "
        "zeigt:sich sicherte:zu sichert:zu merkte:an merkt:an " + REPLY_PARTICLES
    ),
    # Verbs of calling something a quoted name: the subject comes first.
    calling="nannte|nennt|bezeichnete|bezeichnet|beschrieb|beschreibt",
    # Words that end the words naming a speaker after the verb (particles, adverbs).
    particles=(
        "bekannt|mit|hinzu|an|ein|fest|hervor|verlauten|zu|aus|klar|hin|sich|dazu|dabei|"
        "damals|ebenfalls|auch|selbst|weiter|später|heute|gestern|zuvor|bereits|noch"
    ),
    # Pronouns a speaker may be.
    pronouns="er|sie",
    pronoun_genders="sie:in|er:",  # "Kommissarin", "Kommissar"
    # Determiners: a noun phrase, not a name, starts with one.
    determiners="der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen|diese|dieser|dieses",
    # Prepositions and conjunctions that end the words naming a speaker.
    stops=(
        "in|im|am|an|auf|bei|beim|gegenüber|nach|vor|laut|während|dass|als|und|mit|zum|"
        "zur|über|am|vom|von|aus|für|gegen|seit|um|wie|wenn|weil|ob|so|auch|zufolge|"
        "dazu|dabei|damals|heute|gestern|bereits|später|selbst|zudem|jedoch|aber|noch"
    ),
    # The last part of role words; the name comes after them ("Innensenator").
    roles=(
        "präsident|präsidentin|minister|ministerin|sprecher|sprecherin|chef|chefin|"
        "kanzler|kanzlerin|senator|senatorin|direktor|direktorin|leiter|leiterin|"
        "experte|expertin|analyst|analystin|vorsitzende|vorsitzender|sekretär|"
        "sekretärin|meister|meisterin|manager|managerin|trainer|trainerin|abgeordnete|"
        "abgeordneter|politiker|politikerin|kommissar|kommissarin|anwalt|anwältin|"
        "botschafter|botschafterin|gouverneur|gouverneurin|premier|könig|königin|papst|"
        "kardinal|bischof|richter|richterin|professor|professorin|autor|autorin|sänger|"
        "sängerin|schauspieler|schauspielerin|forscher|forscherin|wissenschaftler|"
        "wissenschaftlerin|arzt|ärztin|gründer|gründerin|dezernent|dezernentin|referent|"
        "referentin|beauftragte|beauftragter|kapitän|spieler|spielerin|torwart|stürmer|"
        "coach|kandidat|kandidatin|mitglied|vertreter|vertreterin|mitarbeiter|"
        "mitarbeiterin|journalist|journalistin|reporter|reporterin|moderator|"
        "moderatorin|ökonom|ökonomin|historiker|historikerin|soziologe|redakteur|"
        "redakteurin|pfarrer|chefredakteur|ceo|vize|fraktionschef|generalsekretär|"
        "staatssekretär|staatsanwalt|oberbürgermeister|bürgermeister|bürgermeisterin|"
        "landrat|pressesprecher|regierungssprecher|sprecher|kommandeur|general|oberst|"
        "offizier|inspekteur|generalinspekteur|diplomat|diplomatin|ministerpräsident|"
        "ministerpräsidentin|bundeskanzler|bundeskanzlerin|prinz|prinzessin|fürst|"
        "herzog|graf|gräfin|dr|prof|herr|frau|aktivist|aktivistin|unternehmer|"
        "unternehmerin|inhaber|inhaberin|ermittler|ermittlerin|polizist|polizistin|"
        "chefermittler|berater|beraterin|teamchef|administrator|verwalter|verteidiger|"
        "verteidigerin|kläger|klägerin|zeuge|zeugin|loge|login|kurator|kuratorin|"
        "intendant|intendantin|rätin|stadtrat|gemeinderat|finanzvorstand|vorständin|"
        "führerin|geschäftsführer|verhandlungsführer|dirigent|dirigentin|fußballlehrer|"
        "lehrerin|verleger|verlegerin|kapitänin|" + person_nouns.GERMAN
    ),
    # "ein IWF-Sprecher" speaks for the IWF; "der SPD-Politiker", "die Grünen-Chefin" is
    # a person, never the party.
    speaks_for="sprecher|sprecherin|pressesprecher|pressesprecherin",
    person_determiners="der|die|dem|den",
    # Role words that end other words too: only the whole word is one.
    exact_roles="herr|frau|graf|dr|prof|" + person_nouns.GERMAN_EXACT,
    role_prefixes="ex|vize|ober|ehren|alt|co|stief|schwieger|chef|haupt",  # "Ex-Graf"
    # Words a name never starts with: function words, adverbs a clause begins with ("ausser").
    not_names=(
        "wenige|wenigen|abend|morgen|mittag|vormittag|nachmittag|nacht|tausende|tausenden|"
        "anlässlich|bezüglich|hinsichtlich|seitens|innerhalb|außerhalb|ausser|hunderte|"
        "tagelang|wochenlang|monatelang|jahrelang|jahrzehntelang|stundenlang|hunderten|"
        "dutzende|dutzenden|millionen|aber|alle|allerdings|als|am|an|andere|anfang|anschließend|"
        "auch|auf|aufgrund|außerdem|bei|beide|beim|bereits|besonders|bevor|bisher|da|"
        "dabei|dafür|dagegen|daher|damals|damit|danach|dank|dann|daran|daraufhin|darin|"
        "darunter|darüber|das|davon|dazu|denn|deshalb|deswegen|dienstag|dies|doch|angesichts|"
        "donnerstag|dort|durch|ebenfalls|ebenso|einige|ende|entgegen|erst|angeblich|"
        "erwartungsgemäß|es|falls|ferner|freitag|für|gegen|gegenüber|gemäß|gestern|"
        "gleichzeitig|heute|hier|hierbei|hierzu|hingegen|ich|ihr|ihre|im|in|infolge|"
        "insbesondere|inzwischen|jede|jeder|jedoch|jegliche|jeglicher|jetzt|kein|keine|"
        "kommende|kommenden|kurz|laut|letzte|letzten|man|mehrere|mit|mitte|mittlerweile|"
        "mittwoch|montag|nach|nachdem|neben|noch|nun|nur|nächste|nächsten|obwohl|oder|"
        "offenbar|offensichtlich|ohne|passend|samstag|schließlich|schon|sein|seine|seit|"
        "seitdem|so|sogar|solche|solcher|sonntag|später|stattdessen|trotz|trotzdem|um|"
        "und|unmissverständlich|unser|unsere|unter|vergangene|vergangenen|viele|"
        "vielmehr|vom|von|vor|was|wegen|weil|weiter|weiterhin|wenn|wer|wie|wir|wo|wohl|"
        "während|zudem|zugleich|zuletzt|zum|zunächst|zur|zwischen|über|überraschend"
    ),
    # Words a clause starts with that make its first part no subject ("Den Namen …").
    objects="den|dem|einen|einem|ihm|ihn|ihr|diesen|diesem",
    # Endings of adverbs a clause starts with ("Relativierend", "Sinngemäß").
    adverb_endings="end|ig|lich|weise|isch|bar|los|mals|gemäß",
    # Nouns of what someone said ("Das Fazit von X:").
    statements=(
        "Fazit|Kernaussage|Aussage|Antwort|Kommentar|Stellungnahme|Mitteilung|Botschaft|"
        "Worte|Erklärung|Reaktion"
    ),
    # Verbs of reported speech (German Konjunktiv I): the sentence goes on with the speaker before.
    # ("hätten", "wären", "müssten", "stünden": Konjunktiv II of a plural whose Konjunktiv I
    # is the indicative; of strong and mixed verbs only the forms no indicative has, umlauted)
    reported=(
        "sei|seien|werde|habe|müsse|könne|solle|wolle|dürfe|gebe|stehe|gehe|bleibe|hätten|wären|"
        "müssten|könnten|dürften|(?:be|ent|er|ver|ge)?(?:kämen|gäben|stünden|ständen|fänden|"
        "lägen|nähmen|träfen|sähen|flössen|zögen|böten|trügen|wüssten|brächten|bräuchten|täten|sprächen|gälten)|"
        "komme|liege|brauche|fehle|drohe|wisse|wäre|hätte|würden|bestehe|zeige|gelte|"
        "handele|handle|sehe|führe|plane|halte|lasse|erwarte|befinde|verfüge|benötige|"
        "arbeite|laufe|stelle|trage|lehne|spiele|hänge|reiche|sitze|nehme|gehöre|finde|"
        # strong verbs whose indicative changes its vowel ("er rät", "sie spricht"): the
        # form in -e is Konjunktiv I only
        "rate|spreche|helfe|treffe|empfehle|schlage|falle|fahre|trete|breche|erhalte|"
        "enthalte|behalte|verhalte|lese|werfe|sterbe|verspreche|entspreche|widerspreche|"
        "erfahre|vertrete|betreffe|übertreffe|gefalle|entfalle|verlasse|vergesse|wachse|"
        r"[a-zäöüß]{3,}iere"  # funktioniere, basiere, existiere: -ieren verbs
    ),
    # Participles of saying: a sentence with one is about what its subject said.
    said=(
        "gesagt|erklärt|betont|geäußert|zum Ausdruck gebracht|mitgeteilt|"
        "bekannt gegeben|gewarnt|kritisiert|gefordert|bekräftigt|unterstrichen"
    ),
    # Nouns of a name or a text a quotation then gives, not words said ("das Motto …").
    naming="Motto|Mottos|Namen|Name|Titel|Slogan|Schriftzug|Aufschrift",
    questions="Frage|Fragen",
    bodies=(
        "fraktion|ministerium|partei|verband|vorstand|gewerkschaft|stiftung|kommission|"
        "leitung|führung|spitze"
    ),
    body_of="von",
    possessives="sein|seine|seiner|seinem|seinen|seines|ihr|ihre|ihrer|ihrem|ihren|ihres",
    reflexive="sich",
    companions="mit|gemeinsam|zusammen",
    bracketed_by="so",
    # Words after which one quoted capitalised word names a programme ("im „Morgenmagazin“").
    titled="im|beim|vom|zum|ins",
    verb_final="die|den|das|was|wie|als",
    views="Ansicht|Meinung|Auffassung|Einschätzung|Überzeugung|Idee|Vorstellung|Worten",
    view_by="nach",
    owners="seiner:er|ihrer:sie",
    with_words="mit den Worten",
    outlets="(?:Tages|Wochen|Sonntags)?[Zz]eitung|Blatt|Magazin|Nachrichtenmagazin|Sender|Zeitschrift",
    conjunction="und",
    cuts="vom|von|aus|bei|für|im|des|der|dem|den|zum|zur",
    # Reported speech: the conjunction of its content, and "laut X" / "X zufolge".
    that="dass|daß",
    according=(
        "laut|nach Angaben von|nach Angaben des|nach Angaben der|nach Ansicht von|"
        "nach Ansicht des|nach Ansicht der|nach Auffassung von|nach Auffassung des|"
        "nach Auffassung der|nach Meinung von|nach Meinung des|nach Meinung der|"
        "nach Darstellung von|nach Darstellung des|nach Darstellung der|"
        "nach Einschätzung von|nach Einschätzung des|nach Einschätzung der|"
        "nach Aussage von|nach Aussage des|nach Aussage der|nach Worten von|"
        "nach Worten des|nach Worten der|nach Aussagen von|nach Aussagen des|"
        "nach Aussagen der|nach Informationen von|nach Informationen des|"
        "nach Informationen der|laut Angaben von|laut Angaben des|laut Angaben der|"
        "laut Informationen von|laut Informationen des|laut Informationen der|gemäß|"
        # "nach Angaben Ibrahims", "nach Auffassung der Regierung", "laut Vorschlag der
        # X": "nach"/"laut" and a noun of what someone says, thinks or wants, its
        # issuer after it
        + "|".join(
            f"{preposition} {noun}"
            for preposition in ("nach", "laut")
            for noun in (
                "Angaben Ansicht Auffassung Meinung Einschätzung Darstellung Aussage Aussagen "
                "Worten Informationen Überzeugung Vorstellung Vorstellungen Berechnungen "
                "Schätzungen Erkenntnissen Recherchen Beobachtungen Schilderung Schilderungen "
                "Willen Plänen Vorschlag Idee Einschätzungen Ermittlungen Auskunft Auskünften "
                "Bekunden Bekundungen Urteil"
            ).split()
        )
        # "nach den Worten der Sprecherin, X, …": a plural noun with its article (not one
        # read in time: "nach den Ermittlungen" is after them); only with Konjunktiv I
        + "|"
        + "|".join(
            f"nach den {noun}"
            for noun in (
                "Angaben Aussagen Worten Informationen Vorstellungen Berechnungen Schätzungen "
                "Einschätzungen Auskünften Bekundungen"
            ).split()
        )
    ),
    according_after="zufolge",
    as_told="Wie",
    as_told_times="gestern|heute|zuvor|kürzlich|jüngst|zuletzt|damals|bereits|schon|einmal|später",
    as_told_heads=(
        "sehen|gesehen|sah|sahen|sieht|zeigen|zeigt|zeigte|zeigten|gezeigt|hören|gehört|hört|"
        "hörte|hörten|wissen|weiß|wusste|wussten|unklar|fraglich|unbekannt|ungewiss|erinnern|"
        "erinnert|erinnerte|verstehen|versteht|verstand|beschreiben|beschreibt|beschrieb|"
        "schildern|schildert|schilderte|beobachten|beobachtet|beobachtete|zu"
    ),
    reported_pronoun=(
        r"(?:er|sie|es|man)\s+(?!(?:keine|eine|seine|ihre|diese|jede|alle|beide|jene|gerne|"
        r"solche|welche|ebenfalls|bereits|daher|jedoch|aber|dabei|nicht|nie|nun|schon)\b)"
        r"[a-zäöüß]{2,}e"
    ),
    reported_noun=(
        r"(?:der|die|das|diese|dieser|dieses|jede|jeder|jedes|eine|ein|kein|keine|sein|seine|"
        r"ihr|ihre|unser|unsere)\s+(?:[a-zäöüß]+e[mnrs]?\s+){0,2}[A-ZÄÖÜ][\w-]+\s+"
        r"(?!(?:ohne|gerne|heute|lange|alle|beide|jede|bitte|alleine|gegenüber|seine|ihre|"
        r"diese|keine|eine|eigene|ganze|gleiche|selbe|andere|mehrere)\b)[a-zäöüß]{2,}e(?=[\s,.])"
    ),
    # A name or bare noun and a verb in -e after "X sagte," ("Volkswagen erwäge …", "Geld
    # spiele keine Rolle"): Konjunktiv I of a verb the lists lack; not an adjective
    # ("Ende nächste Woche") nor the past tense ("Müller plante"), but the present in -te
    # of the few verbs whose stem ends in t ("gelte", "arbeite").
    reported_name=(
        r"[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s+(?!(?:ohne|gerne|heute|lange|alle|beide|jede|"
        r"bitte|alleine|gegenüber|seine|ihre|diese|keine|eine|eigene|ganze|gleiche|selbe|"
        r"andere|mehrere|die|sowie|solche|welche|jene|manche|einige|viele|wenige|sehr|nie|"
        r"ebenfalls|bereits|daher|jedoch|aber|dabei|nicht|nun|schon)\b)"
        r"(?:[a-zäöüß]+e(?<!ste)(?<!nde)(?<!ige)(?<!sche)(?<!che)(?<!ene)(?<!ere)(?<!ale)"
        r"(?<!ive)(?<!te)|[a-zäöüß]*(?:gelte|halte|biete|arbeite|warte|leiste|rate|trete|"
        r"achte|richte|leite|wende|finde|bilde|melde|rede|werde|leide))(?=[\s,.])"
    ),
    infinitive=(
        r"\bzu\s+[a-zäöüß]+e?n|\b(?:an|ab|auf|aus|ein|fest|vor|zurück|weiter|mit|nach|her|"
        r"hin|bei|durch|um|dar|fort|los|weg|frei|statt|teil|zusammen|fern|hervor|heraus|"
        r"hinzu|vorbei|wieder|zu|voran|hinaus|herbei|entgegen|nieder|zurecht|bekannt|klar|"
        r"sicher|offen|bereit|kennen|hoch|kund|preis|wahr|dazu|davon|gegenüber)"
        r"zu[a-zäöüß]{2,}e?n"
    ),
    infinitive_verbs=(
        "kündigte|kündigt|kündigten|versprach|verspricht|versprachen|drohte|droht|drohten|"
        "behauptete|behauptet|bestritt|bestreitet|erklärte|erklärt|erklärten|betonte|betont|"
        "sagte|sagt|bekräftigte|versicherte|versichert|gab|gibt|räumte|räumt|empfahl|empfiehlt|"
        "riet|rät|rief|ruft|riefen|angekündigt|zugesagt|versprochen|"
        "versichert|bekräftigt|bestritten|gedroht|aufgefordert|gebeten|aufgerufen|gefordert|verlangt|angeregt|warf|wirft|warfen|"
        "vorgeworfen|beschuldigte|beschuldigt|bezichtigte|bezichtigt|beschloss|beschlossen|"
        "beschließt|entschied|entschieden|entscheidet|"
        # asking, urging, warning: "forderte X auf, … zu", "appellierte an X, … zu"
        "plädierte|plädiert|plädierten|warnte|warnt|warnten|mahnte|mahnt|"
        "mahnten|verlangte|verlangt|verlangten|drängte|drängt|drängten|"
        "forderte|fordert|forderten|appellierte|appelliert|appellierten"
    ),
    request_verbs=(
        "forderte|fordert|forderten|appellierte|appelliert|rief|ruft|riefen|bat|bittet|"
        "baten|warf|wirft|warfen|aufgefordert|gebeten|aufgerufen|vorgeworfen"
    ),
    correlated=(
        "geht gehen ging gingen:davon aus|besteht bestehen bestand bestanden:darauf|"
        "beharrt beharren beharrte beharrten:darauf|rechnet rechnen rechnete rechneten:damit|"
        "legt legen legte legten:Wert darauf|ist sind war waren:der Meinung|"
        "ist sind war waren:der Ansicht|ist sind war waren:der Auffassung|"
        "ist sind war waren:der Überzeugung|ist sind war waren:überzeugt|"
        "spricht sprechen sprach sprachen:davon|spricht sprechen sprach sprachen:dafür aus|"
        "spricht sprechen sprach sprachen:dagegen aus|hält halten hielt hielten:daran fest|"
        "setzt setzen setzte setzten:darauf|verweist verweisen verwies verwiesen:darauf"
    ),
    adverbs=(
        "auch|dann|jedoch|zudem|aber|nun|jetzt|erneut|ebenfalls|ebenso|allerdings|"
        "außerdem|bereits|noch|selbst|später|heute|gestern|zuvor|damals|dabei|dazu|weiter|"
        "wiederum|indes|hingegen|dagegen|daraufhin|schließlich|zunächst|offenbar|"
        "inzwischen|mittlerweile|ausdrücklich|öffentlich|kürzlich|jüngst|zuletzt"
    ),
    genitive="des|der",
    places="in|nach|bei|nahe|Gemeinde|Stadt|Ort|Region",
    person_endings="en:e",
    persons=(
        "angeklagte|angeklagten|angeklagter|beschuldigte|beschuldigten|verdächtige|"
        "verdächtigen|opfer|opfers|täter|täters|patient|patienten|patientin|vater|vaters|"
        "mutter|sohn|sohnes|sohns|tochter|bruder|bruders|schwester|mann|mannes|ehemann|"
        "ehemanns|ehefrau|witwe|witwer|witwers|kind|kindes|kinds|freund|freundes|freundin|"
        "partner|partners|partnerin|familie|eltern|verstorbenen|toten"
    ),
    # Starts of a closed compound role that leave its office ("Gesundheitsminister X" is
    # "der Minister"); any other names another ("Torwarttrainer", "Ministerpräsident").
    same_offices=(
        "gesundheits finanz innen außen aussen justiz verteidigungs wirtschafts umwelt "
        "bundes landes verkehrs bildungs kultus kultur arbeits sozial familien agrar "
        "landwirtschafts entwicklungs forschungs wissenschafts europa digital klima "
        "energie bau schul integrations frauen jugend sport haushalts medien:"
        "minister ministerin senator senatorin|bundes:trainer trainerin kanzler kanzlerin"
    ),
    demonstratives="diese|dieser|dieses|diesem|diesen|jene|jener|jenes|jenem|jenen",
    surname_roles=person_nouns.GERMAN_SURNAMES,
    body_roles=(
        "stadtrat|gemeinderat|ortsrat|kreisrat|bezirksrat|landesrat|bundesrat|betriebsrat|"
        "aufsichtsrat|personalrat|beirat|vorstand|rat|senat|magistrat"
    ),
    told_back="Dies|Das|Dieses",
    plural_says=(
        "sagen|sagten|erklären|erklärten|teilen|teilten|berichten|berichteten|bestätigen|"
        "bestätigten|betonen|betonten|schreiben|schrieben|haben|hatten"
    ),
    denials=(
        "bestritten|bestreitet|bestritt|dementiert|dementierte|dementierten|abgestritten|"
        "leugnet|leugnete|leugneten|geleugnet|zurückgewiesen|widersprach|widerspricht|widersprochen"
    ),
    conditional="wäre|wären|hätte|hätten|würden|müssten|könnten|dürften",
    stand_ins="hätten|würden|müssten|könnten|dürften",
    relative_pronouns="der|die|welcher|welche",
    hearsay="soll|sollen|sollte|sollten",  # and Konjunktiv II: "…, beide sollten …"
    grounds="mit dem Argument|mit der Begründung|mit dem Hinweis|unter Hinweis darauf",
    joins="doch|aber|während|jedoch|und|sondern",
    passive_auxiliaries="wurde|wurden|wird|werden|worden",
    agent="von|vom",
    deems=DEEMS,
    deemed="eingestuft|bewertet|gewertet|gesehen|bezeichnet|beschrieben|genannt",
    deemed_as="als|für",
    deem_marks="als|für",
    deem_places="darin|hierin",
    # "Im Plan", "In dem/seinem Plan"; not "In Berlin": a place before the view's holder
    deem_in=(
        r"im|in\s+(?:der|die|das|dem|den|ihm|(?:ein|kein|sein|ihr|unser)(?:e|em|er|en)?"
        r"|(?:dies|jen)(?:e|em|er|en|es))\b"
    ),
    deem_openers=(
        "in|im|am|an|auf|bei|beim|nach|vor|seit|mit|aus|über|unter|laut|wegen|trotz|zum|zur|"
        "vom|gegen|darin|hierin|dabei|deshalb|deswegen|daher|dennoch|trotzdem|zudem|"
        "außerdem|inzwischen|mittlerweile|heute|gestern|morgen|nun|jetzt|damals|bereits|"
        "insbesondere|dagegen|allerdings"
    ),
    deem_ties="an|von|vom|über|gegen|für|mit|zu|zur|zum|bei|auf",
    deem_crowds=(
        "man|viele|wir|ihr|sie|er|es|ich|du|alle|einige|manche|jeder|jede|niemand|andere|"
        "beide|mehrere|wenige"
    ),
    who_relative="der|die",
    object_possessives="ihren|ihrem|seinen|seinem|unseren|unserem|euren|eurem|meinen|meinem",
    coordinating="und|aber|oder|denn|sondern",
    subordinate=(
        "während|als|nachdem|weil|obwohl|wenn|bevor|da|seit|seitdem|sobald|falls|indem|ob|"
        "damit|sodass|solange|wobei"
    ),
    indefinite="ein|eine|einer|eines|einem|einen",
    perfect_said=(
        "gesagt|erklärt|betont|mitgeteilt|bekanntgegeben|bekannt gegeben|angekündigt|"
        "versichert|bestätigt|berichtet|behauptet|dementiert|eingeräumt|zugegeben|verkündet|"
        "geschrieben|angegeben|unterstrichen|bekräftigt|gewarnt|erläutert|zugesagt|"
        "versprochen|bestritten|gedroht|aufgefordert|gebeten|aufgerufen|gefordert|verlangt|"
        "angeregt|abgestritten|vorgeworfen|zurückgewiesen|kritisiert|beschuldigt|geäußert|"
        "begründet|erhofft|entschieden|beschlossen"
    ),
    relative="was|wo|wobei|worauf|wofür|womit|wonach",
    attributive="e|en|er|es|em",
    documents=(
        "Pressemitteilung|Pressemeldung|Presseerklärung|Mitteilung|Meldung|Eilmeldung|"
        "Erklärung|Stellungnahme|Bericht|Berichten|Informationen|Angaben|Schätzungen|"
        "Zahlen|Artikel|Zitat"
    ),
    reports=REPORTS
    + "|"
    + (
        "wies|weist|behauptete|behauptet|behaupteten|kündigte|kündigt|monierte|moniert|"
        "bekräftigte|bestätigte|bestätigt|räumte|forderte|fordert|kritisierte|versicherte|"
        "verwies|hob|unterstrich|bestritt|bestreitet|dementierte|beklagte|argumentierte|"
        "vermutete|glaubt|glaubte|hofft|hoffte|erwartet|erwartete|befürchtet|fürchtet|"
        "meldete|meldet|berichteten|erklärten|sagten|teilten|gaben|machte|verkündete|"
        "bekannte|gestand|räumten|versprach|verspricht|drohte|droht|prangerte|prangerten|"
        "befürchtete|befürchteten|kritisierten|forderten|betonten|warnten|mahnte|mahnten|"
        "klagte|klagten|bezweifelte|bezweifelt|vermutet|bekräftigten|bestätigten|versicherten|"
        "ist der Meinung|ist der Ansicht|sind der Meinung|sind der Ansicht|geht davon aus|"
        "gehen davon aus|ging davon aus|sprach davon|sprechen davon|sprachen davon|"
        "ausführte|darlegte|erläuterte|erläutert|heißt es|hieß es|plädierte|plädiert|"
        "plädierten|verlautete|verlautet"
    ),
)
