"""Words a language's news describes someone or something named before with, instead of
the name ("zei de schaatsster", "aldus de 34-jarige", "Het bedrijf laat weten …"): each
language module's ``DESCRIPTIONS``, read by ``translate.coverage.epithets``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Descriptions:
    """Each field a "|"-separated list of words or regular-expression alternatives."""

    # The definite determiners before such a noun ("de", "der|die").
    definite: str = ""
    # Nouns of a person that stand for the one person the article named before with that
    # noun ("Schaatsster Ireen Wüst …"): a sport, a science, where they come from ("de
    # schaatsster", "de Kempenaar").
    epithets: str = ""
    # Nouns of a company that stand for the one company of the glossary named before.
    firms: str = ""
    # The nouns of a ministry named by its portfolio after ``Reporting.body_of`` ("het
    # ministerie van Defensie"), and the words of those portfolios ("Buitenlandse Zaken").
    ministries: str = ""
    portfolios: str = ""
    # Words that follow a pronoun that is a possessive too ("haar") only as a pronoun,
    # never as a possessive before its noun ("volgens haar nog niet": not "haar advocaat").
    after_pronoun: str = ""
    # Finite verbs, no noun, that may follow such a pronoun opening an account: it is the
    # pronoun ("Volgens haar moeten alle dossiers …"; no "wil": "haar wil").
    verbs_after_pronoun: str = ""
    # Pronouns of one man and of one woman, subject, object or possessive ("hij|hem|zijn",
    # "zij|ze|haar"): a pronoun of the other gender cannot stand for a person whose first
    # name tells theirs (``glossary.languages.first_names``).
    masculine: str = ""
    feminine: str = ""
    # Words of "according to" that are an adjective or adverb too ("laut": loud): inside a
    # clause they cite a pronoun only in reported speech (``Language.reported``) or right
    # after one of ``account_verbs`` ("Die Lage ist laut ihm …"), never "riefen laut ihm
    # nach".
    according_adjective: str = ""
    account_verbs: str = ""
    # What opens a sentence after a quotation alone that makes the quotation the answer of
    # whoever it names, not the speaker before going on ("„…“ Mit diesen Worten reagierte
    # die Opposition.", "„…“ So konterte Y."); read by ``translate.coverage.quote_guards``.
    answered_back: str = ""
    # Prepositions before an outlet's quoted name in a reporting clause ("gegenüber der
    # „X“", "im Interview mit der „X“", "tegen de 'X'"), those only right after a verb of
    # saying ("erklärte in der „X“"), and the words after it opening the content ("dass").
    outlet_prepositions: str = ""
    outlet_in: str = ""
    outlet_after: str = ""
    # Nouns of a written text ("Brief", "Plakat", "Bericht"): as the object before the
    # colon of a clause with no verb of saying ("X erhielt einen Brief: „…“") the words are
    # the text's, not X's; after one of ``own_text_prepositions`` ("X wandte sich in einem
    # Brief an …:") they are X's.
    texts: str = ""
    own_text_prepositions: str = ""
    # Verbs right after the speaker that make such a text their own, sent or answered with
    # ("X reagierte auf das Urteil:", "X verschickte eine E-Mail:", "X stuurde een brief:").
    own_text_verbs: str = ""
    # Verbs right after the speaker of getting words from others before a colon ("X
    # erntete Spott:", "X musste sich Kritik anhören:"): the words are the others', not X's.
    received: str = ""
    # The nouns of a head of one's own reported speech before a colon ("Der Grund: Die
    # Einnahmen seien …", "Seine Begründung: …"), and "possessive:pronoun" pairs before
    # them telling whose ("seine:er"): the speaker's going on where the gender fits.
    own_heads: str = ""
    possessive_genders: str = ""


# The glossary organisations that are companies ("zegt het bedrijf" after "Gazprom …").
COMPANIES = frozenset({"gazprom", "rosneft", "deutsche-bank", "deutsche-bahn"})


def descriptions(code: str) -> Descriptions:
    """The ``Descriptions`` of the language ``code``; empty where it has none."""
    from glossary.languages import de, nl

    found: dict[str, Descriptions] = {
        module.LANGUAGE.code: module.DESCRIPTIONS for module in (nl, de)
    }
    return found.get(code, Descriptions())
