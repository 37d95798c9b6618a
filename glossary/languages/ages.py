"""How a language's news refers back to a person by age ("sagte der 52-Jährige", "aldus de
34-jarige"), and how it gives that age with the name first ("Tom Berger (52)", "Tom Berger,
52,", "der 52-jährige Tom Berger", "de 34-jarige Ireen Wüst"), for
``translate.coverage.aged``. ``AGED``: the reference, its determiner and the age as
groups; ``GIVEN``: the adjective before a name, its age a group named ``age``;
``GENDERS``: the determiner's gender where it tells one (German "der"/"die"). Written from
general knowledge of the languages."""

from __future__ import annotations

AGED: dict[str, str] = {
    "de": r"(der|die)\s+(\d{1,3})-[Jj]ährigen?",
    "nl": r"(de)\s+(\d{1,3})-jarige",
}
GIVEN: dict[str, str] = {
    "de": r"(?P<age>\d{1,3})-jährigen?",
    "nl": r"(?P<age>\d{1,3})-jarige",
}
# Someone of an age with no name ("von einem 52-Jährigen angegriffen", "een 34-jarige
# vrouw"): a later "der 52-Jährige" may be them.
UNNAMED: dict[str, str] = {
    "de": r"(?<!\w)(?i:ein|eine|einem|einen|einer|eines)\s+(?P<age>\d{1,3})-[Jj]ährig",
    "nl": r"(?<!\w)(?i:een)\s+(?P<age>\d{1,3})-jarige",
}
GENDERS: dict[str, dict[str, str]] = {
    "de": {"der": "m", "die": "f"},
    "nl": {},
}
