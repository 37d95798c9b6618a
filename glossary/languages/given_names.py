"""Common first names, for telling a first name, "von" and a family name ("Karl von
Stetten", "Ulrike von Bredow") from a surname, "von" and where its bearer works ("Trainer
Klopp von Liverpool", "Bürgermeister Schmidt von Kiel"): ``translate.coverage.name_ends``.
German only: there "von" and one name word after a single first name is a family name
unless that word is a common word or a well-known place or employer; Dutch "van" is
followed by common words and places in family names all the time ("van Dijk", "van
Leeuwen"), so no such reading is made there. Written from general knowledge of German
names (given names of several generations, aristocratic ones included), not from any
corpus; a name missing here only keeps the shorter reading (the first word alone)."""

from __future__ import annotations

from collections.abc import Mapping


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


GERMAN = _names(
    """
    Achim Adam Adelheid Adolf Adrian Albert Albrecht Alexander Alexandra Alfred Alice Alina
    Alois Amelie Andrea Andreas Andrej Anett Angela Angelika Anja Anke Anna Annalena Anne
    Annegret Annette Anselm Antje Anton Antonia Armin Arnd Arndt Arne Arnold Arthur August
    Axel Barbara Bastian Beate Beatrix Ben Benedikt Benjamin Berit Bernadette Bernd Bernhard
    Bertram Bettina Bianca Birgit Björn Bodo Boris Brigitte Bruno Burkhard Carina Carl Carla
    Carmen Carola Caroline Carsten Caspar Cem Charlotte Christa Christel Christian
    Christiane Christin Christina Christine Christoph Clara Claudia Claus Clemens Constanze
    Cordula Cornelia Cornelius Cosima Dagmar Daniel Daniela David Denis Dennis Detlef Diana
    Dieter Diether Dietmar Dietrich Dirk Dominik Doreen Doris Dorothea Dorothee Eckart
    Eckhard Edgar Edith Edmund Eduard Egon Ekkehard Elias Elisabeth Elke Ella Ellen Elmar
    Emil Emilia Emily Emma Enno Erich Erik Erika Ernst Erwin Eva Ewald Fabian Falk Felicitas
    Felix Ferdinand Finn Florian Frank Franz Franziska Frauke Frederik Frieda Friedemann
    Friederike Friedhelm Friedrich Fritz Gabriele Georg Gerd Gerda Gerhard Gerhart Gernot
    Gerold Gerrit Gert Gertrud Gisbert Gisela Gloria Golo Gottfried Gregor Greta Grit Gudrun
    Guido Gunter Gustav Götz Günter Günther Hanna Hannah Hannelore Hannes Hans Harald
    Hartmut Hartwig Hasso Hedwig Heide Heidi Heike Heiko Heiner Heinrich Heinz Helene Helga
    Hellmut Helmut Helmuth Hendrik Henner Henning Henri Henriette Henrik Henrike Henry
    Herbert Hermann Hilde Hildegard Hinrich Holger Horst Hubert Hubertus Hugo Ida Ilka Ilse
    Imke Ina Ines Inge Ingeborg Ingo Ingrid Irene Iris Irmela Irmgard Isabel Isabell
    Isabella Jacob Jakob Jan Jana Janine Jannik Jannis Jasmin Jenny Jens Jessica Joachim
    Jobst Jochen Johann Johanna Johannes Jonas Jonathan Josef Joseph Jost Judith Julia
    Julian Juliane Julius Justus Jutta Jörg Jürgen Kai Karin Karl Karola Karsten Kaspar
    Katarina Katharina Kathleen Kathrin Katja Katrin Kerstin Kevin Kilian Kim Klara Klaus
    Knut Konrad Konstantin Konstanze Korbinian Kristina Kunigunde Kuno Kurt Lara Lars Laura
    Lea Lena Leni Leo Leon Leonhard Leonie Leopold Lieselotte Lina Lisa Lorenz Lothar Lotte
    Louis Luca Ludger Ludwig Luis Luise Lukas Lutz Magdalena Maik Maja Malte Mandy Manfred
    Manuel Manuela Marc Marcel Marco Marcus Mareike Margarete Margot Maria Marie Marina
    Mario Marion Marius Mark Markus Marlene Marlies Marten Martha Martin Martina Mathias
    Mats Matthias Max Maximilian Mechthild Meike Meinhard Melanie Mia Michael Michaela Mila
    Miriam Mirko Monika Moritz Nadine Nadja Natalie Nele Nico Nicola Nicolas Nicole Niels
    Niklas Niko Nikolai Nikolaus Nils Nina Noah Nora Norbert Olaf Olav Ole Oliver Ortwin
    Oskar Otmar Ottilie Ottmar Otto Pascal Patricia Patrick Paul Paula Peter Petra Philipp
    Philippa Pia Piet Rainer Ralf Ralph Ramona Rasmus Rebecca Regina Reimar Reinhard
    Reinhold Renata Renate René Richard Rita Robert Robin Roderich Roland Rolf Roman Romy
    Rosa Rosemarie Roswitha Rudolf Rupert Ruprecht Ruth Rüdiger Sabine Sabrina Sandra Sara
    Sarah Sascha Sebastian Severin Siegfried Sieglinde Sigmar Sigrid Sigrun Sigurd Silke
    Silvia Simon Simone Sonja Sophia Sophie Stefan Stefanie Steffen Stephan Stephanie Susann
    Susanne Svea Sven Svenja Swen Sybille Sylke Sylvia Sönke Tanja Tassilo Theo Theodor
    Theresa Therese Thies Thilo Thomas Thorsten Till Tilman Tilo Tim Timo Tina Tobias Tom
    Torsten Udo Ulf Ulla Ulrich Ulrike Ursula Ute Uwe Valentin Vanessa Vera Verena Veronika
    Viktor Viktoria Volker Walter Waltraud Wendelin Werner Wibke Wiebke Wiegand Wilfried
    Wilhelm Wilko Willi Wiltrud Winfried Wolf Wolfgang Wolfram Yorck Yvonne Zoe
    """
)

# Per language (its code): the first names, where that language reads "von" and one word
# after a first name alone as a family name unless the word is common (see above).
BY_LANGUAGE: Mapping[str, frozenset[str]] = {"de": GERMAN}


# Surname particles that are a preposition too, read as a particle only after a first
# name or "und" ("Karl-Theodor zu Guttenberg", "von und zu Liechtenstein"), never after a
# surname ("sagte Berger zu Journalisten": the preposition).
AFTER_FIRST_NAME = ("zu",)
AFTER_FIRST_WORDS = ("und",)


def given_names(lang: str) -> frozenset[str]:
    """The common first names of ``lang``; empty where it makes no such reading."""
    return BY_LANGUAGE.get(lang, frozenset())
