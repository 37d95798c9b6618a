"""German verbs of a reply, a jibe or a feeling that wire copy puts after a quotation
("„…“, konterte X", "„…“, freute sich X") or before reported speech ("X konterte, …"),
read into ``Reporting.say`` and ``Reporting.separable`` of ``glossary.languages.de_reports``.
Not "hielt" (a verb of holding a view: "hielt den Plan für …"; it reports only as a verb of
``REPORTS``), nor "wandte" (mostly "wandte sich gegen …")."""

from __future__ import annotations

# Finite forms, "|"-joined.
REPLIES = (
    "konterte|kontert|monierte|moniert|widersprach|widerspricht|spottete|spottet|"
    "scherzte|scherzt|jubelte|jubelt|schimpfte|schimpft|polterte|poltert|seufzte|"
    "lästerte|lästert|legte|legt|schob|schiebt|führte|führt|"
    "fasste|fasst|freute|freut|ärgerte|ärgert|deutete|deutet|empörte|empört|klagt|"
    "prognostizierte|prognostiziert|beschwerte|beschwert|wunderte|wundert"
)

# Those of them that are separable, each with the particle it needs (``separable``'s form).
REPLY_PARTICLES = (
    "fuhr:fort fährt:fort legte:nach legt:nach schob:nach schiebt:nach führte:aus führt:aus "
    "fasste:zusammen fasst:zusammen freute:sich freut:sich ärgerte:sich ärgert:sich "
    "deutete:an deutet:an empörte:sich empört:sich beschwerte:sich beschwert:sich "
    "wunderte:sich wundert:sich"
)

# The verbs of a reply or a feeling that, without a particle of theirs (the reflexive
# counts as none), may be any verb ("legte ein Tor auf", "fasste sich ein Herz", "hielt
# sich bedeckt"): after their comma only a content in Konjunktiv I is an account
# (``Reporting.replies``; ``separable``'s form).
BARE_REPLIES = REPLY_PARTICLES + " hielt:fest|dagegen|entgegen hält:fest|dagegen|entgegen"
