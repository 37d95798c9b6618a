"""newsbridge: Dutch and German news in English, offline, and coverage compared.

The import names of the distribution are ``translate``, ``web`` and ``glossary``. This
package's top holds only what every layer shares: the types passed between stages
(``models``, ``results``), the vocabulary (``vocab``) and the settings (``config``). Its
sub-packages are the layers, lowest first: ``storage``, ``sources``, ``doubt``,
``engines``, ``pipeline``, ``coverage``, ``cli`` (docs/architecture.md has the map; no
module imports a layer above its own).
"""

__version__ = "0.6.0"
