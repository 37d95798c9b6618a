"""German verbs that report, as a class (``Reporting.reports`` of
``glossary.languages.de``): the finite forms news writes, made from verb stems."""

from __future__ import annotations


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


# Verbs that report what someone said, thought, wanted or promised, as a class (saying,
# telling, claiming, admitting, denying, asking, demanding, warning, promising,
# believing, hoping, fearing, judging, deciding), beside the quotations' ``say``: the
# clause "X <verb>, …" or "X <verb>, dass …" reports X's account. Separable verbs by
# their finite part ("kündigte … an", "wies … hin").
REPORTS = _finite(
    "behaupt beteuer versicher bekräftig bestätig erklär erläuter schilder bericht meld "
    "verkünd kündig teil warn mahn forder verlang appellier plädier kritisier bemängel "
    "monier beklag bedauer begrüß lob glaub hoff befürcht fürcht vermut bezweifel "
    "erwart prognostizier spekulier mutmaß mein argumentier begründ rechtfertig "
    "verteidig entgegn erwider antwort dementier leugn räum signalisier "
    "beton unterricht informier präzisier ergänz kommentier resümier bilanzier urteil "
    "beschuldig bezichtig droh garantier zweifel schätz berechn errechn äußer erinner "
    "insistier poch beharr zitier twitter post notier wiederhol beschwer "
    "protestier klag folger",
    "schreibt schrieb schrieben beschreibt beschrieb beschrieben verspricht versprach "
    "versprachen widerspricht widersprach widersprachen bestreitet bestritt bestritten "
    "gibt gab gaben verweist verwies verwiesen weist wies wiesen unterstreicht unterstrich "
    "unterstrichen hebt hoben empfiehlt empfahl empfahlen rät riet rieten schlägt schlug "
    "schlugen ruft rief riefen wirft warf warfen nimmt nahm nahmen "
    "findet fand fanden denkt dachte dachten spricht sprach sprachen dringt drang drangen "
    "schwört schwor schworen entscheidet entschied entschieden beschließt beschloss "
    "beschlossen gesteht gestand gestanden",
)

# Verbs of holding a view whose object is the quotation (``Reporting.deems``): "sieht
# darin einen „…“", "hält den Plan für „…“", "wertet das als „…“".
DEEMS = (
    "sieht|sah|sehen|sahen|ansieht|ansah|hält|hielt|halten|hielten|wertet|wertete|werten|"
    "werteten|bewertet|bewertete|stuft|stufte|einstuft|einstufte"
)
