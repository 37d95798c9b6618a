"""How far to trust a translated sentence: cheap checks of the English against its
source, each raising a flag with a reason a reader can act on."""
