"""How Dutch news reports speech (``Reporting`` of ``glossary.languages.nl``): the verbs
that report and the words of reporting clauses, sources and reported forms."""

from __future__ import annotations

from glossary.languages import Reporting, person_nouns

# The days of the week and their parts ("maandag", "dinsdagavond").
_DAYS = "|".join(
    f"{day}{part}"
    for day in "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
    for part in ("", "ochtend", "middag", "avond", "nacht")
)

REPORTING = Reporting(
    # Reporting verbs, finite forms, before or after the quotation ("sagte", "zei").
    say=(
        "zei|zegt|zeiden|zeggen|verklaarde|verklaart|stelde|stelt|benadrukte|benadrukt|"
        "waarschuwde|waarschuwt|schreef|schrijft|liet|laat|meldt|meldde|noemde|noemt|"
        "vertelt|vertelde|voegde|voegt|merkte|merkt|gaf|geeft|beschreef|beschrijft|riep|"
        "roept|vroeg|vraagt|eiste|eist|betoogde|betoogt|reageerde|reageert|antwoordde|"
        "antwoordt|bevestigde|bevestigt|kondigde|kondigt|beloofde|belooft|sprak|spreekt|"
        "twitterde|tweette|erkende|erkent|herhaalde|herhaalt|onderstreepte|onderstreept|"
        "concludeerde|concludeert|klaagde|klaagt|prees|prijst|bekritiseerde|verweet|"
        "verwijt|hield|houdt|wees|wijst|zeggen|vond|vindt|uitte|meende|meent|"
        "hoopt|hoopte|gelooft|geloofde|vreest|vreesde|oordeelde|oordeelt|adviseerde|adviseert|"
        "legde|legt|"
        # verbs that name who said it after a quotation ("'…', vulde Kaag aan", "'…',
        # ontkent Jansen", "'…', bekende de verdachte"); "lacht", "knikt" are none
        "vulde|vult|lichtte|licht|beweerde|beweert|vervolgde|vervolgt|opperde|oppert|"
        "ontkende|ontkent|voorspelde|voorspelt|verzekerde|verzekert|twittert|"
        "schreeuwde|schreeuwt|verduidelijkte|verduidelijkt|nuanceerde|nuanceert|"
        "relativeerde|relativeert|protesteerde|protesteert|counterde|countert|"
        # verbs of a jibe or a sigh that put a speaker after a quotation ("'…', grapte
        # Jansen"); not those mostly of the body ("lachte", "juichte", "zuchtte": "'…'
        # Jansen lachte." tells no one else's words)
        "grapte|grapt|verzuchtte|verzucht|mopperde|moppert|sneerde|sneert|pareerde|"
        "pareert|beaamde|beaamt|fluisterde|fluistert|stamelde|stamelt|bromde|bromt|"
        "foeterde|foetert"
    ),
    # Cues before the speaker without a verb ("so", "laut", "aldus", "volgens").
    by="aldus|volgens|zo|naar de mening van|naar zeggen van",
    # The passive"s auxiliary of "wird X zitiert".
    cited="wordt|werd",
    # Its participle.
    cited_verb="geciteerd",
    # Separable verbs and the particles that complete them (verb:particle|particle).
    separable=(
        "liet:weten laat:weten lieten:weten kondigden:aan voegde:toe voegt:toe merkte:op "
        "merkt:op legde:uit legt:uit gaf:aan|toe geeft:aan|toe riep:op? roept:op? kondigde:aan "
        "kondigt:aan wees:op "
        "wijst:op hield:vol houdt:vol vulde:aan vult:aan lichtte:toe licht:toe"
    ),
    # Verbs of calling something a quoted name: the subject comes first.
    calling="noemde|noemt|beschreef|beschrijft",
    # Words that end the words naming a speaker after the verb (particles, adverbs).
    particles=(
        "weten|op|aan|toe|eraan|uit|erop|ook|nog|later|vandaag|gisteren|eerder|al|daarbij|daarop"
    ),
    # Pronouns a speaker may be.
    pronouns="hij|zij|ze",
    # Determiners: a noun phrase, not a name, starts with one.
    determiners="de|het|een|deze|dit|die|dat",
    # Prepositions and conjunctions that end the words naming a speaker.
    stops=(
        "in|op|tegen|bij|na|tijdens|voor|volgens|dat|als|en|met|aan|over|van|uit|om|"
        "toen|ook|later|vandaag|gisteren|eerder|daarbij|nog|maar|zelf|nu|desgevraagd|"
        # the day and the part of it after a pronoun ("zei hij dinsdag", "zei ze vanavond")
        "vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gisteravond|gistermiddag|"
        "gisterochtend|" + _DAYS
    ),
    # The last part of role words; the name comes after them ("Innensenator").
    roles=(
        "woordvoerder|woordvoerster|minister|premier|president|voorzitter|burgemeester|"
        "directeur|leider|topman|topvrouw|deskundige|hoogleraar|professor|advocaat|"
        "ambassadeur|staatssecretaris|commissaris|kamerlid|trainer|coach|hoofd|chef|"
        "onderzoeker|expert|analist|econoom|arts|schrijver|zanger|zangeres|koning|"
        "koningin|paus|generaal|commandant|gouverneur|senator|lid|oprichter|eigenaar|"
        "fractievoorzitter|wethouder|officier|rechter|politicus|journalist|verslaggever|"
        "diplomaat|dr|prof|mr|ir|drs|meneer|mevrouw|dhr|mevr|bondscoach|aanvoerder|"
        "kanselier|vicepremier|partijleider|lijsttrekker|fractieleider|beheerder|"
        "medewerker|vertegenwoordiger|bestuurder|manager|ceo|administrator|bewoner|"
        "buurtbewoner|meteoroloog|weerman|weervrouw|ombudsman|wetenschapper|bioloog|"
        "viroloog|epidemioloog|historicus|criminoloog|politicoloog|psycholoog|socioloog|"
        "persbureau|nieuwsbureau|krant|dagblad|weekblad|vakblad|nieuwssite|dijkgraaf|schepen|"
        "omroep|zender|tijdschrift|denktank|"
        "curator|gedeputeerde|baas|" + person_nouns.DUTCH
    ),
    # Role words that end other words too: only the whole word is one.
    exact_roles="arts|lid|mr|ir|drs|dr|prof|" + person_nouns.DUTCH_EXACT,
    surname_roles=person_nouns.DUTCH_SURNAMES,
    role_prefixes="ex|oud|vice|co|adjunct|hoofd|plaatsvervangend|waarnemend",
    # "de VVD-woordvoerder" speaks for the party, "het VVD-lid" is a person (no speaker)
    speaks_for=(
        "woordvoerder|woordvoerster|zegsman|zegsvrouw|voorlichter|persvoorlichter|voorlichtster"
    ),
    person_determiners="de|het",
    # Words a name never starts with: function words and adverbs a clause may begin with.
    not_names=(
        "al|alle|als|andere|beide|bij|daar|daarbij|daarna|dan|dat|dit|eerder|elke|en|"
        "enkele|geen|gisteren|haar|het|hier|ieder|ik|in|jij|later|maar|men|met|na|nog|"
        "nu|of|onder|ons|onze|ook|op|over|tijdens|toen|u|van|vandaag|veel|volgens|voor|"
        "waar|wat|we|wie|wij|zijn|zo|om|rond|sinds|tot|vanaf|daarin|hierin|daarom|daardoor|"
        "daarmee|toch|inmiddels|intussen|bovendien|naast|tegenover|behalve|tegen|aan|"
        # "Maandag zei X dat …", "Tegen de NOS zei X …": an adverbial, the subject follows
        "vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|afgelopen|vorige|" + _DAYS
    ),
    # Words a clause starts with that make its first part no subject ("Den Namen …").
    objects="hem|haar",
    # Endings of adverbs a clause starts with ("Lachend", "Veiligheidshalve").
    adverb_endings="erwijs|lijk|end|halve|gewijs",
    # Nouns of what someone said ("Das Fazit von X:").
    statements="conclusie|reactie|antwoord|commentaar|verklaring|boodschap|woorden",
    # Participles of saying: a sentence with one is about what its subject said.
    said="gezegd|verklaard|laten weten|benadrukt|gewaarschuwd|bekritiseerd|geëist|aangegeven",
    # Nouns of a name or a text a quotation then gives, not words said ("het motto …").
    naming="motto|naam|titel|slogan|leus|opschrift",
    bodies="fractie|ministerie|partij|bond|bestuur|stichting|commissie|vakbond|leiding|directie",
    body_of="van",
    outlets="krant|dagblad|weekblad|vakblad|blad|omroep|zender|tijdschrift",
    surname_articles="der|den",
    grounds="met het argument|met de motivering|met de mededeling",
    tellers=(
        "politie|justitie|brandweer|marechaussee|recherche|ambulancedienst|ingewijden|"
        "ingewijde|deskundigen|bronnen|bron|experts|onderzoekers|artsen|getuigen|getuige|"
        "ooggetuigen|ooggetuige|omwonenden|buurtbewoners|bewoners|betrokkenen|insiders|"
        "kenners|critici|analisten|economen|wetenschappers|juristen|advocaten|ambtenaren|"
        "diplomaten|autoriteiten|organisatoren|organisatie|regering|kabinet|gemeente|"
        "provincie|rechtbank|hof|aanklager|aanklagers|verdediging|onderzoeksraad|"
        "inspectie|bond|bonden|vakbonden|fractie|partij|ministerie|commissie|directie|"
        "leiding|bestuur|stichting|vakbond|club|bedrijf|fabrikant|school|ziekenhuis|"
        "media|omroep|zender|website|inlichtingendiensten|veiligheidsdiensten|militairen|"
        "demonstranten|actievoerders|medewerkers|personeel|familie|nabestaanden|ouders|"
        "leerlingen|studenten|inwoners|burgers|kiezers|gebruikers|klanten|fans|spelers"
    ),
    possessives="zijn|haar",
    reflexive="zich",
    companions="met|samen",
    bracketed_by="zo",
    # Reported speech: the conjunction of its content, and "volgens X".
    that="dat",
    according=(
        "volgens|naar zeggen van|naar de mening van|naar het oordeel van|naar opgave van|"
        "naar schatting van|naar de inschatting van|naar de overtuiging van"
    ),
    as_told="Zoals",
    as_told_times="gisteren|vandaag|eerder|onlangs|toen|al|eens|later",
    as_told_heads=(
        "zien|gezien|zag|zagen|ziet|tonen|toont|toonde|toonden|getoond|horen|hoort|hoorde|"
        "gehoord|weten|weet|wist|wisten|onduidelijk|onbekend|duidelijk|onzeker|beschrijft|"
        "beschreef|begrijpt|begreep"
    ),
    # Verbs whose content may be a te-infinitive right after them, no comma ("Twitter zegt
    # naar de rechter te stappen", "X liet weten niet te komen"; a separable one with its
    # particle), the infinitive that ends it, and what makes it a purpose ("om … te").
    infinitive_after_verb=(
        "zegt|zei|zeiden|verklaart|verklaarde|verklaarden|laat|liet|lieten|belooft|beloofde|"
        "beloofden|kondigt|kondigde|kondigden|beweert|beweerde|beweerden|ontkent|ontkende|"
        "ontkenden|erkent|erkende|erkenden|benadrukt|benadrukte|verzekert|verzekerde|zweert|"
        "zwoer|gaf|geeft"
    ),
    # maybe a prepositional phrase after it ("open te staan voor gesprekken"); not "te
    # worden" ("Het weekend belooft warm te worden": a forecast, no one's account)
    infinitive=(
        r"\bte\s+(?!worden\b)[a-zà-ÿ]+n(?:\s+(?:[a-zà-ÿ]+n|ge[a-zà-ÿ]+[dt]))?"
        r"(?:\s+(?:voor|met|over|aan|op|in|bij|tegen|naar|van)\s+[^,;:.!?]{1,40})?"
    ),
    purpose="om",
    # urging verbs: "roept X op om … te" is what was urged (``reported_calls``)
    urging="roept|riep|riepen|roepen|opgeroepen",
    # The reportative "zou": a sentence going on from reported speech before it ("Volgens
    # X … . Hij zou …"); alone it is the conditional too, and makes no one's account.
    reported="zou|zouden",
    conditional="zou|zouden",
    relative_pronouns="die",
    hearsay_forms="zou|zouden",
    hearsay_subjects="hij|zij|ze|er|het",
    told_back="Dat|Dit",
    object_prepositions="tegen|over|met|aan",
    relayed="op basis van|onder verwijzing naar|op gezag van",
    relayed_own="eigen",
    says_alone="zei|zegt|zeiden|stelde|stelt|benadrukte|benadrukt|voegde|voegt",
    # of time or place before the speaker ("zei na afloop X"), no "tegen", "over"
    adverbial_prepositions=(
        "op|in|na|bij|tijdens|voor|vanaf|sinds|om|gisteren|vandaag|later|eerder|desgevraagd|"
        "daarbij|nu|ook|toen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    ),
    # Its plain verbs of saying: no judging, doubt or fear ("Dat bekritiseerde/vreest X.")
    told_says=(
        "zei|zegt|zeiden|zeggen|schreef|schrijft|schreven|bevestigde|bevestigt|bevestigden|"
        "verklaarde|verklaart|verklaarden|liet|laat|lieten|meldde|meldt|meldden|benadrukte|"
        "benadrukt|benadrukten|vertelde|vertelt|vertelden|maakte|maakt|kondigde|kondigt|stelde|"
        "stelt"
    ),
    plural_says=(
        "zeggen|zeiden|melden|meldden|laten|lieten|verklaren|verklaarden|stellen|stelden|"
        "vertellen|vertelden|schrijven|schreven|bevestigen|bevestigden|benadrukten|beweren|"
        "beweerden|verwachten|denken|dachten|vinden|vonden|hebben|hadden"
    ),
    denials=(
        "ontkend|ontkent|ontkende|ontkenden|tegengesproken|weersproken|weerspreekt|"
        "weersprak|weerlegd|weerlegt|weerlegde"
    ),
    claims=(
        "beschuldiging|beschuldigingen|bericht|berichten|bewering|beweringen|gerucht|geruchten|"
        "verwijt|verwijten|aantijging|aantijgingen|speculatie|speculaties|lezing|suggestie"
    ),
    rejects="wees|wijst|wezen|ontkende|ontkent|ontkenden|weerlegde|weerlegt|weersprak",
    joins="maar|terwijl|en|doch",
    passive_auxiliaries="werd|werden|wordt|worden",
    agent="door",
    coordinating="en|maar|of|want",
    subordinate="terwijl|toen|nadat|omdat|hoewel|als|voordat|sinds|zodra|indien|wanneer|doordat",
    indefinite="een",
    demonstratives="deze|dit|die|dat",
    perfect_said=(
        "gezegd|verklaard|gemeld|bevestigd|benadrukt|aangekondigd|laten weten|geschreven|"
        "toegegeven|ontkend|beweerd|gewaarschuwd|duidelijk gemaakt|bekendgemaakt|aangegeven|"
        "geroepen|verteld|geantwoord"
    ),
    relative="iets waar|waar|wat|hetgeen|waarvan|waarover|waarbij|waarop",
    attributive="e",
    documents="verklaring|persbericht|bericht|mededeling|rapport|cijfers",
    # Verbs that report what someone said, thought, wanted or promised, as a class
    # (saying, claiming, admitting, denying, demanding, warning, promising, believing,
    # hoping, fearing, regretting, judging, deciding), third person present and past,
    # singular and plural (not the plural present: the infinitive). Separable verbs by
    # their finite part ("kondigde … aan", "deelde … mee").
    reports=(
        "erkende|erkent|erkenden|bevestigde|bevestigt|bevestigden|ontkende|ontkent|"
        "ontkenden|beweerde|beweert|beweerden|denkt|dacht|dachten|vindt|vond|vonden|hoopt|"
        "hoopte|hoopten|verwacht|verwachtte|verwachtten|vreest|vreesde|vreesden|wees|wezen|"
        "kondigde|kondigt|kondigden|maakte|maakten|meldden|zeiden|verklaarden|stelden|"
        "benadrukten|beloofde|belooft|beloofden|dreigde|dreigt|dreigden|betoogden|eiste|"
        "eisten|pleit|pleitte|pleitten|bekritiseert|bekritiseerden|hekelt|hekelde|hekelden|"
        "betreurt|betreurde|betreurden|verwelkomt|verwelkomde|verwelkomden|prezen|gelooft|"
        "geloofde|geloofden|vermoedt|vermoedde|vermoedden|betwijfelt|betwijfelde|"
        "betwijfelden|concludeerden|meenden|oppert|opperde|opperden|suggereert|"
        "suggereerde|suggereerden|onderstreepten|verwijst|verwees|verwezen|vertelden|"
        "antwoordden|reageerden|verzekert|verzekerde|verzekerden|claimt|claimde|claimden|"
        "onthult|onthulde|onthulden|zweert|zwoer|zwoeren|garandeert|garandeerde|"
        "garandeerden|klaagden|protesteert|protesteerde|protesteerden|waarschuwden|"
        "deelt|deelde|deelden|gaven|lieten|voegden|merkten|schreven|oordeelt|oordeelde|"
        "oordeelden|besluit|besloot|besloten|beslist|besliste|beslisten|adviseert|"
        "adviseerde|adviseerden|raadt|raadde|raadden|benadrukte|benadrukt"
    ),
    correlated=(
        "gaat gaan ging gingen:ervan uit|gaat gaan ging gingen:er van uit|"
        "is zijn was waren:van mening|is zijn was waren:ervan overtuigd|"
        "is zijn was waren:overtuigd|rekent rekenen rekende rekenden:erop|"
        "blijft blijven bleef bleven:erbij|staat staan stond stonden:erop"
    ),
    adverbs=(
        "ook|echter|dan|nu|wel|nog|al|later|vandaag|gisteren|eerder|daarbij|bovendien|"
        "evenwel|intussen|inmiddels|opnieuw|verder|eveneens|toen|zelf|uitdrukkelijk"
    ),
    genitive="van de|van het|van",
    verb_final="die|dat|wat|zoals|toen",
    views="mening|opvatting|oordeel|idee|overtuiging|inschatting|woorden",
    view_by="naar",
    owners="zijn:hij|haar:zij",
    person_endings="en:e",
    persons=(
        "verdachte|slachtoffer|dader|patiënt|vader|moeder|zoon|dochter|broer|zus|man|vrouw|"
        "echtgenoot|echtgenote|weduwe|weduwnaar|kind|vriend|vriendin|partner|familie|ouders|"
        "overledene"
    ),
    with_words="met de woorden",
    asks="vroeg|vraagt|vroegen|vragen|wilde weten|wil weten",
    whether="of",
    questions="vraag|vragen",
    asks_for="om",
    places="in|naar|nabij|te|gemeente|dorp|stad|regio|provincie",
    place_determiners="den",
    own_say="naar eigen zeggen|naar eigen inschatting|naar eigen zeggen van",
    deems=(
        "ziet|zag|zien|zagen|beschouwt|beschouwde|beschouwen|beschouwden|vindt|vond|"
        "vinden|vonden|houdt|hield|bestempelt|bestempelde|bestempelen|bestempelden"
    ),
    deemed="bestempeld|beschouwd|gezien|omschreven|genoemd|ingeschat",
    deemed_as="als|voor",
    deem_marks="als|voor",
    deem_places="daarin|erin|hierin",
    deem_in=r"in\s+(?:de|het|een|dit|deze|dat|die|zijn|haar|hun)\b",  # not "In Berlijn": a place
    deem_openers=(
        "in|op|bij|na|voor|sinds|met|uit|over|onder|tijdens|volgens|tegen|daarin|hierin|"
        "erin|daarom|daardoor|daarbij|toch|inmiddels|nu|vandaag|gisteren|morgen|maandag|"
        "dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|eerder|later|intussen|bovendien"
    ),
    deem_ties="aan|van|op|over|tegen|voor|met|bij|naar",
    deem_crowds="men|velen|wij|we|jullie|ze|zij|hij|ik|iedereen|sommigen|allen|anderen|niemand",
    who_relative="die",
    conjunction="en",
    cuts="uit|bij|voor|van|de|het",
    phrase_reader_first=True,
    portfolio_of="van",
    portfolios="justitie",
)
