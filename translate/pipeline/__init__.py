"""Translating articles: plan the sentences, look up the cache, ask the engine for what it
lacks, assess and assemble the English with the glossary enforced (``articles``); score an
engine on a test set (``evaluate``); run the same work on a Ray cluster (``cluster``)."""
