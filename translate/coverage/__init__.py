"""What outlets reported in common: sentence alignment (``align``), agency copies
(``wire``), stories across articles and languages (``stories``), stored comparisons and
story views (``compare``), and names to suggest to the glossary (``suggestions``)."""
