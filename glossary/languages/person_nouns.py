"""Nouns of a person's occupation, function or part in a story, beyond the role words the
reporting modules list themselves (``Reporting.roles`` of ``glossary.languages.de_reports``
and ``glossary.languages.nl``): trades, professions, sports positions, church, military,
police and justice ranks, academic, party, union and business functions, and residents,
witnesses, victims and relatives. Written from general knowledge of the languages, not from
any corpus. A role word matches the end of a longer word ("Tierarzt" of "arzt"), so each
ending here was checked against the common words it ends; left out are role words that are
common surnames too ("Bauer", "Müller", "Fischer", "Jäger"; "boer", "visser", "bakker",
"smit", "kok", "de Ruiter") or name other things as well ("Bote" ends "Verbote", "Kunde"
"Urkunde", "Tochter" is a subsidiary, "Partner" a party): such a word would take a person's
surname for a role. Left out too are nouns news writes of a group more than of one person
before a name, their plural the singular or a form of it ("Kritiker", "Beobachter",
"Helfer", "Teilnehmer", "Demonstranten"): the group speaks. Each list is space-separated
words, joined into the "|"-separated alternation the ``Reporting`` fields hold."""

from __future__ import annotations


def _joined(words: str) -> str:
    return "|".join(words.split())


GERMAN = _joined(
    """
    landwirt landwirtin bäuerin wirt wirtin winzer winzerin imker imkerin gastronom
    gastronomin hotelier köchin chefkoch sternekoch fernsehkoch bäcker bäckerin konditor
    konditorin metzgerin fleischerin friseur friseurin frisör frisörin schneiderin
    schreinerin tischlerin gärtnerin landschaftsgärtner försterin revierförster fischerin
    schäferin jägerin kellnerin dachdecker dachdeckerin elektriker elektrikerin installateur
    installateurin klempner mechaniker mechanikerin techniker technikerin handwerker
    handwerkerin monteur monteurin ingenieur ingenieurin architekt architektin arbeiter
    arbeiterin fahrer fahrerin lokführer lokführerin pilot pilotin flugbegleiter
    flugbegleiterin matrose lotse lotsin kurier drogenkurier schornsteinfeger
    goldschmied hufschmied
    verkäufer verkäuferin kassierer kassiererin händler händlerin kauffrau geschäftsmann
    geschäftsfrau makler maklerin banker bankerin investor investorin gesellschafter
    gesellschafterin eigentümer eigentümerin besitzer besitzerin teilhaber teilhaberin
    aktionär aktionärin prokurist prokuristin buchhalter buchhalterin prüfer prüferin
    angestellte angestellter beamter beamtin beamte azubi auszubildende lehrling praktikant
    praktikantin rentner rentnerin pensionär pensionärin hausfrau erfinder erfinderin
    entwickler entwicklerin programmierer programmiererin
    erzieher erzieherin pfleger pflegerin krankenschwester hebamme sanitäter sanitäterin
    apotheker apothekerin therapeut therapeutin chirurg chirurgin psychiater psychiaterin
    mediziner medizinerin heilpraktiker heilpraktikerin internist internistin optiker
    optikerin
    lehrer dozent dozentin rektor rektorin dekan dekanin doktorand doktorandin student
    studentin schülerin mitschüler gymnasiast gymnasiastin abiturient abiturientin chemiker
    chemikerin physiker physikerin mathematiker mathematikerin informatiker informatikerin
    astronom astronomin agronom agronomin fotograf fotografin demograf demografin geograf
    geografin choreograf choreografin biograf biografin philosoph philosophin linguist
    linguistin germanist germanistin jurist juristin pädagoge pädagogin statistiker
    statistikerin assistent assistentin lektor lektorin tutor tutorin
    torhüter torhüterin keeper keeperin schlussmann angreifer angreiferin
    stürmerin spielmacher spielmacherin torschütze torschützin sportler sportlerin athlet
    athletin läufer läuferin sprinter sprinterin schwimmer schwimmerin profi boxer boxerin
    skispringer skispringerin biathlet biathletin turnerin kunstturner golfer golferin
    jockey springreiter springreiterin dressurreiter dressurreiterin schiri referee
    sieger siegerin gewinner gewinnerin finalist finalistin kletterer bergsteiger
    bergsteigerin alpinist alpinistin segler seglerin ruderer ruderin fechter fechterin
    pastor pastorin pfarrerin priester priesterin bischöfin diakon diakonin superintendent
    superintendentin prälat propst pröpstin äbtissin mönch nonne rabbiner rabbinerin imam
    pater vikar vikarin seelsorger seelsorgerin ordensschwester mufti patriarch metropolit
    leutnant generalmajor feldwebel gefreiter obergefreiter soldat soldatin admiral
    admiralin vizeadmiral rekrut rekrutin veteran veteranin reservist reservistin
    fallschirmjäger feldmarschall befehlshaber befehlshaberin kommandant kommandantin
    scharfschütze
    inspektor inspektorin notar notarin justiziar justiziarin gutachter gutachterin
    sachverständige sachverständiger schöffe schöffin beklagte beklagter angeklagte
    angeklagter verdächtige verdächtiger täter täterin häftling gefangene gefangener
    kriegsgefangene kriegsgefangener strafgefangene strafgefangener
    feuerwehrmann feuerwehrfrau retter retterin helferin detektiv detektivin agent
    agentin wachmann sicherheitsmann türsteher
    parlamentarier parlamentarierin oppositionsführer ortsvorsteher ortsvorsteherin
    vorsteher vorsteherin stadtkämmerer kämmerin ratsherr ratsfrau stadtverordnete
    stadtverordneter gesandte gesandter konsul konsulin unterhändler unterhändlerin
    vermittler vermittlerin beobachterin monarch monarchin kaiserin scheich
    funktionär funktionärin gewerkschafter gewerkschafterin lobbyist lobbyistin
    bürgerrechtlerin menschenrechtlerin schützer
    schützerin demonstrantin organisatorin initiatorin
    herausforderer herausforderin preisträger preisträgerin amtsträger amtsträgerin
    würdenträger leistungsträger hoffnungsträger funktionsträger mandatsträger
    korrespondent korrespondentin kommentator kommentatorin kolumnist kolumnistin
    publizist publizistin herausgeber herausgeberin schriftsteller schriftstellerin
    dichter dichterin lyriker lyrikerin musiker musikerin komponist komponistin pianist
    pianistin gitarrist gitarristin cellist cellistin violinist violinistin schlagzeuger
    schlagzeugerin bassist bassistin organist organistin solist solistin rapper rapperin
    tänzer tänzerin regisseur regisseurin produzent produzentin filmemacher filmemacherin
    liedermacher liedermacherin kameramann kabarettist kabarettistin komiker komikerin
    comedian satiriker satirikerin entertainer entertainerin influencer influencerin
    blogger bloggerin youtuber youtuberin podcaster podcasterin zeichner zeichnerin
    karikaturist karikaturistin illustrator illustratorin designer designerin künstler
    künstlerin galerist galeristin übersetzer übersetzerin dolmetscher dolmetscherin
    chronist chronistin kritikerin talkmaster showmaster maler malerin kunstmaler
    landschaftsmaler
    bildhauer bildhauerin
    vermieter vermieterin mieter mieterin pächter pächterin kundin passant passantin
    fußgänger fußgängerin pendlerin reisende reisender mitreisende
    bahnreisende geschäftsreisende fahrgast
    urlauberin tourist touristin besucherin zuschauerin
    teilnehmerin
    wohner wohnerin nachbar nachbarin opfer betroffene betroffener geschädigte
    geschädigter hinterbliebene angehörige angehöriger überlebende überlebender geisel
    geflüchtete migrantin asylbewerber asylbewerberin obdachlose
    obdachloser witwe witwer ehemann ehefrau lebensgefährte lebensgefährtin vater mutter
    großvater großmutter schwiegervater schwiegermutter stiefvater stiefmutter tante
    großtante onkel cousin cousine neffe nichte enkelin bruder schwester
    kollege kollegin parteifreund parteifreundin mitstreiter mitstreiterin weggefährte
    weggefährtin
    """
)

DUTCH = _joined(
    """
    boerin akkerbouwer tuinder veehouder varkenshouder pluimveehouder imker
    kweker fruitteler bloementeler bollenteler
    groenteteler schaapherder sterrenkok banketbakker kapper kapster loodgieter
    elektricien monteur
    installateur technicus ingenieur architect aannemer bouwvakker arbeider landarbeider
    havenarbeider werknemer werkneemster chauffeur machinist piloot stewardess steward
    kapitein matroos koerier postbode bezorger verkoper verkoopster caissière winkelier
    handelaar makelaar bankier belegger investeerder ondernemer onderneemster zakenman
    zakenvrouw zzp'er zelfstandige ambtenaar ambtenares beambte secretaris secretaresse
    boekhouder accountant notaris jurist taxateur adviseur adviseuse consultant
    penningmeester voorzitster bestuurslid directielid directrice eigenaresse
    franchisenemer aandeelhouder kandidaat kandidate sollicitant stagiair stagiaire
    gepensioneerde mijnwerker hulpwerker reddingswerker sekswerker jongerenwerker
    hulpverlener zorgverlener
    huisarts tandarts dierenarts kinderarts longarts oogarts verloskundige
    verpleegkundige verpleegster chirurg psychiater apotheker therapeut fysiotherapeut
    dokter medicus specialist brandweerman brandweervrouw mantelzorger vrijwilliger
    vrijwilligster
    docent docente leraar lerares onderwijzer onderwijzeres juf rector decaan
    promovendus student studente scholier leerling onderzoekster wetenschapster wiskundige
    natuurkundige scheikundige taalkundige sterrenkundige econome historica filosoof
    statisticus lector klimatoloog geoloog archeoloog antropoloog ecoloog filoloog
    neuroloog cardioloog oncoloog radioloog toxicoloog immunoloog seismoloog theoloog
    psychologe virologe biologe sociologe criminologe epidemiologe politicologe
    archeologe
    keeper doelman doelvrouw keepster verdediger middenvelder aanvaller speler speelster
    voetballer voetbalster wielrenner wielrenster schaatser schaatsster hardloper
    marathonloper zwemmer zwemster tennisser tennisster golfer bokser judoka turnster
    atleet atlete sporter topsporter sportster coureur jockey zeiler schaker darter
    kampioen kampioene winnaar winnares scheidsrechter grensrechter
    dominee predikant priester aartsbisschop kardinaal imam rabbijn pater kapelaan
    diaken voorganger ouderling
    kolonel luitenant majoor sergeant korporaal soldaat militair admiraal veteraan
    marinier onderofficier
    rechercheur agent agente inspecteur brigadier griffier aanklager raadsman raadsvrouw
    strafpleiter getuige verdachte slachtoffer gevangene gedetineerde
    gemeenteraadslid raadslid statenlid parlementariër europarlementariër consul gezant
    onderhandelaar bemiddelaar waarnemer activist activiste actievoerder
    demonstrante betoger vakbondsman vakbondsvrouw lobbyist kroonprins kroonprinses
    prinses keizerin hertogin gravin barones jonkheer
    correspondent verslaggeefster presentator presentatrice nieuwslezer nieuwslezeres
    columnist commentator redacteur fotograaf cameraman schrijfster auteur dichteres
    journaliste muzikant musicus pianist gitarist drummer rapper componist dirigent acteur
    actrice regisseur cabaretier komiek kunstenaar kunstenares beeldhouwer ontwerper
    ontwerpster tekenaar cartoonist illustrator vertaler vertaalster tolk biograaf
    conservator uitgever producent filmmaker influencer vlogger youtuber blogger podcaster
    danser danseres choreograaf
    omwonende inwoner inwoonster bewoonster huurder verhuurder buurman buurvrouw passant
    voorbijganger fietser automobilist voetganger reiziger forens toerist bezoeker
    bezoekster toeschouwer deelnemer deelneemster klant nabestaande familielid vader
    moeder grootvader grootmoeder opa oma oom tante echtgenoot echtgenote weduwe
    weduwnaar vriendin collega
    """
)

# Of these, the ones that end other words that are no person ("privater", "Konstante",
# "vernichte", "Maupassant", "Südkurier", "angefangene", "kreisende", "Reaktionär",
# "Reflektor"; "collector", "transporter", "Stolk"): a role only as the whole word
# (``Reporting.exact_roles``); their compounds are listed above.
GERMAN_EXACT = _joined(
    "maler vater mutter tante nichte passant kurier gefangene gefangener reisende aktionär lektor"
)
DUTCH_EXACT = _joined("lector sporter tolk tante passant")

# Role words that are common surnames too ("Hans Bauer", "Jan de Boer"): a role only as the
# first of three capitalised words or more ("Bauer Hans Meier", "Boer Henk Mulder zei") and
# after a definite determiner ("sagte der Bauer", "zei de boer": the one named so before);
# never a name's last word (``Reporting.surname_roles``).
GERMAN_SURNAMES = _joined(
    """
    bauer fischer schäfer koch jäger gärtner förster metzger fleischer schreiner tischler
    schmied zimmermann maurer schuster kellner kaufmann hauptmann kaplan kantor reiter
    zöllner geiger
    """
)
DUTCH_SURNAMES = _joined(
    """
    boer bakker visser smit slager kok koster kramer schipper herder jager ruiter bisschop
    pastoor schilder timmerman metselaar tuinman koopman molenaar brouwer kuiper
    """
)
