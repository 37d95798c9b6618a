"""First names that tell a person's gender safely, for a pronoun that cannot stand for
them ("'…', zei Jan Smit. Evacuatie is volgens haar niet nodig.": not Jan Smit). Common
Dutch, German and international first names written from general knowledge, not from any
corpus; left out are names given to both ("Kim", "Sascha", "Maxime", "Andrea", "Toni",
"Jo", "Luca", "Robin", "Alex", "Chris", "Charlie") and names that are words of another
kind too ("Marine", "Xi" a surname first). Each list is space-separated words, read by
``translate.coverage.genders``."""

from __future__ import annotations

FEMALE = frozenset(
    """
    Anna Anne Anja Annika Annette Angela Anke Antje Astrid Barbara Beate Bettina Birgit
    Brigitte Carla Carolin Caroline Christa Christiane Christina Christine Claudia Clara
    Klara Cornelia Daniela Dagmar Diana Doris Dorothea Elena Elisabeth Elke Ella Ellen
    Els Elsa Emma Erika Esther Eva Franziska Gabriele Gerda Gisela Greta Hanna Hannah
    Heike Helga Helene Ines Ingrid Inge Irene Iris Jana Janine Johanna Julia Juliane
    Jutta Karin Katharina Kathrin Katrin Katja Kerstin Kirsten Lara Laura Lea Lena Lisa
    Luisa Maria Marie Marieke Marina Marion Martina Melanie Mia Michaela Monika Nadine
    Natalie Nicole Nina Petra Renate Sabine Sandra Sanne Sara Sarah Silke Simone Sofia
    Sophie Stefanie Susanne Svenja Tanja Ulrike Ursula Ute Vera Veronika Wiebke
    Annemarie Anouk Astrid Bregje Carolien Daphne Eline Elise Emma Esmee Femke
    Fleur Hanneke Ilse Ingrid Janneke Jolanda Karlijn Lieke Linda Lisanne Lotte
    Maaike Manon Margriet Marjolein Marloes Mirjam Myrthe Noor Petra Renske Rianne
    Roos Sanne Saskia Sophie Sylvia Tessa Wendy Willemijn Yvonne Dilan Kamala Hillary
    Ursula Ricarda Annalena Nancy Sahra Giorgia Theresa Kristina Margot Erna Erika Frieda
    Gertrud Hildegard Irmgard Jasmin Jessica Jennifer Kathrin Lina Lilly Manuela Mareike
    Marlene Miriam Nadja Paula Regina Rosa Ruth Sonja Stephanie Theresa Ulla Yvonne Zoe
    Henriette Luise Margarete Magdalena Alice Olga Tatjana Swetlana Natalja Irina Ewa Agnieszka
    """.split()
)

MALE = frozenset(
    """
    Alexander Andreas Anton Armin Axel Bernd Bernhard Bert Christian Christoph Daniel
    David Dieter Dirk Egon Erik Ernst Felix Florian Franz Friedrich Georg Gerhard Gregor
    Günter Günther Hans Harald Heiko Heinz Helmut Henrik Herbert Holger Horst Hubert Jan
    Jens Joachim Jochen Johann Johannes Jonas Jörg Josef Jürgen Karl Klaus Kurt Lars
    Lukas Lutz Manfred Marcel Marco Markus Martin Matthias Max Michael Moritz Niklas
    Norbert Olaf Oliver Otto Patrick Paul Peter Philipp Rainer Ralf Reinhard Robert
    Rolf Rudolf Sebastian Stefan Stephan Sven Thomas Thorsten Tim Tobias Torsten Ulrich
    Uwe Volker Walter Werner Wolfgang Bas Bram Dennis Dirk Erik Floris Geert Gerrit Hendrik
    Henk Jaap Jeroen Job Joost Koen Kees Klaas Mark Mart Maarten Niels Pieter Piet Rob
    Ruud Sjoerd Stijn Teun Thijs Tom Tuur Wim Willem Wouter Emmanuel Joe Donald Vladimir
    Friedrich Boris Markus Joschka Hubertus Wopke Hugo Sigmar Recep Benjamin Jillert Frank
    Julian Viktor Erich Carsten Karsten Kevin Dominik Fabian Hendrik Ingo Jakob Jannik Jonathan
    Konstantin Leon Lennart Ludwig Maximilian Mario Malte Mathias Nils Oskar Pascal Rüdiger
    Simon Steffen Timo Ulf Vincent Wilhelm Winfried Detlef Dietmar Eckhard Emil Gerd
    Gustav Heinrich Hermann Hartmut Ralph Reiner Roland Sergej Dmitri Wladimir Wolodymyr Alexej
    Ahmet Mehmet Mustafa Hakan Emre Cem Ole Torben Thilo Till
    """.split()
)

# More Dutch first names (general knowledge of Dutch names; none given to both).
FEMALE = FEMALE | frozenset(
    """
    Nicolien Lilian Sigrid Mona Agnes Mariëlle Nora Hanke Judith Marjan Annet Sharon Carola
    Ilana Corry Jolande Hester Hilde Joke Dieuwke Liesbeth Marianne Margreet Fatima Samira
    Khadija Naima Wilma Truus Ria Mieke Marleen Henriëtte Stientje Kajsa
    """.split()
)

MALE = MALE | frozenset(
    """
    Joris Dick Frans Ruben Eelco Rutger Sander Bart Daan Gijs Jesse Rik Roel Erwin Arjen
    Freek Hidde Caspar Eppo Henri Thierry Ahmed Mohammed Hassan Arie Sjaak Frits Menno
    Harm Lodewijk Tjeerd Ferdinand Ronald Gert Gerard Jos Leo Marc
    Maurits Nico Pim Reinier Rogier Ton Mathieu Wout Arne
    """.split()
)
