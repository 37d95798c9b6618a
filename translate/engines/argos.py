"""Argos Translate through its own API, with no network use while translating.

Sentences arrive already split by newsbridge, so each one goes straight to
``argostranslate.translate.apply_packaged_translation`` with a pass-through splitter:
argostranslate's own splitters (MiniSBD, Stanza, spaCy) would otherwise download models
on first use. argostranslate reads its settings once, at import, so ``ARGOS_PACKAGES_DIR``
is put in the environment before the first import.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from translate.config import Settings
from translate.engines.base import Engine, EngineUnavailable, Hint, Rendering
from translate.vocab import TARGET_LANG

TARGET = TARGET_LANG


class ModelInstallError(RuntimeError):
    pass


def install_hint(langs: Iterable[str]) -> str:
    names = " ".join(langs) or "nl de"
    return (
        f"Install Argos models with `newsbridge models install {names}` (needs internet), "
        "or offline with `newsbridge models install --file PATH.argosmodel`."
    )


def _argos_package(settings: Settings) -> Any:
    if settings.argos_packages_dir is not None:
        os.environ["ARGOS_PACKAGES_DIR"] = str(settings.argos_packages_dir)
    # Argos' network helpers retry without timeouts; we never call them while translating.
    import argostranslate.package

    return argostranslate.package


@dataclass(frozen=True)
class InstalledModel:
    name: str
    from_code: str
    to_code: str
    version: str
    path: Path

    @property
    def model_id(self) -> str:
        return f"{self.name}@{self.version}"


def installed_models(settings: Settings) -> list[InstalledModel]:
    package = _argos_package(settings)
    models = []
    for directory in package.settings.package_dirs:
        if not Path(directory).is_dir():
            continue
        for path in sorted(Path(directory).iterdir()):
            if not (path / "metadata.json").is_file():
                continue  # argostranslate itself would raise on such a folder
            pkg = package.Package(path)
            if pkg.type != "translate":
                continue
            models.append(
                InstalledModel(path.name, pkg.from_code, pkg.to_code, pkg.package_version, path)
            )
    return models


class _PreSplit:
    """A sentence 'splitter' for text that is one sentence already."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


class ArgosEngine(Engine):
    name = "argos"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self._translators: dict[str, tuple[Any, Any]] = {}

    def _model(self, lang: str) -> InstalledModel:
        for model in installed_models(self.settings):
            if model.from_code == lang and model.to_code == TARGET:
                return model
        raise EngineUnavailable(
            f"no Argos model for {lang} -> {TARGET} is installed. " + install_hint([lang])
        )

    def model_id(self, lang: str) -> str:
        return self._model(lang).model_id

    def _translator(self, lang: str) -> tuple[Any, Any]:
        if lang not in self._translators:
            model = self._model(lang)
            package = _argos_package(self.settings)
            import ctranslate2

            settings = package.settings
            translator = ctranslate2.Translator(
                str(model.path / "model"),
                device=settings.device,
                inter_threads=settings.inter_threads,
                intra_threads=settings.intra_threads,
                compute_type=settings.compute_type,
            )
            self._translators[lang] = (package.Package(model.path), translator)
        return self._translators[lang]

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        pkg, translator = self._translator(lang)
        from argostranslate.translate import apply_packaged_translation

        splitter = _PreSplit()
        outputs = []
        for sentence in sentences:
            if not sentence.strip():
                outputs.append(sentence)
                continue
            hypotheses = apply_packaged_translation(pkg, sentence, translator, splitter, 1)
            outputs.append(hypotheses[0].value)
        return outputs

    def render_again(self, sentence: str, lang: str, hint: Hint) -> Rendering | None:
        """The beam's second-best hypothesis. (Argos scores are length-penalised sums,
        not per-token probabilities, so the doubt signal uses the text checks alone.)"""
        if not sentence.strip():
            return None
        pkg, translator = self._translator(lang)
        from argostranslate.translate import apply_packaged_translation

        hypotheses = apply_packaged_translation(pkg, sentence, translator, _PreSplit(), 2)
        return Rendering(hypotheses[1].value) if len(hypotheses) > 1 else None


def check_package_file(path: Path, expected_sha256: str | None = None) -> dict[str, Any]:
    """Validate an ``.argosmodel`` before installing it; return its metadata."""
    if not path.is_file():
        raise ModelInstallError(f"{path}: no such file")
    if expected_sha256:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != expected_sha256.lower():
            raise ModelInstallError(
                f"{path}: SHA-256 {digest} does not match the index's {expected_sha256}"
            )
    if not zipfile.is_zipfile(path):
        raise ModelInstallError(f"{path}: not an Argos package (not a zip archive)")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        bad = zf.testzip()
        if bad is not None:
            raise ModelInstallError(f"{path}: damaged archive member {bad}")
        tops = {n.split("/", 1)[0] for n in names}
        if len(tops) != 1 or any(n.startswith("/") or ".." in n.split("/") for n in names):
            raise ModelInstallError(f"{path}: an Argos package holds exactly one folder")
        top = tops.pop()
        for required in ("metadata.json", "model/model.bin"):
            if f"{top}/{required}" not in names:
                raise ModelInstallError(f"{path}: missing {top}/{required}")
        if not any(f"{top}/{t}" in names for t in ("sentencepiece.model", "bpe.model")):
            raise ModelInstallError(f"{path}: missing a tokenizer (sentencepiece.model)")
        try:
            metadata = json.loads(zf.read(f"{top}/metadata.json"))
        except ValueError as exc:
            raise ModelInstallError(f"{path}: {top}/metadata.json is not JSON: {exc}") from exc
    for field in ("from_code", "to_code"):
        if not isinstance(metadata.get(field), str):
            raise ModelInstallError(f"{path}: metadata.json has no {field}")
    found: dict[str, Any] = metadata
    return found


def install_file(settings: Settings, path: Path) -> InstalledModel:
    metadata = check_package_file(path)
    package = _argos_package(settings)
    package.install_from_path(path)
    for model in installed_models(settings):
        if model.from_code == metadata["from_code"] and model.to_code == metadata["to_code"]:
            return model
    raise ModelInstallError(f"{path}: installed, but argostranslate does not list it")


def install_online(settings: Settings, langs: Sequence[str]) -> list[InstalledModel]:
    """Fetch ``lang -> en`` packages from the Argos index (needs the internet)."""
    package = _argos_package(settings)
    index_path = Path(package.settings.local_package_index)
    before = index_path.stat().st_mtime_ns if index_path.is_file() else None
    package.update_package_index()  # logs and returns on failure, so check the file
    if not index_path.is_file() or index_path.stat().st_mtime_ns == before:
        raise ModelInstallError(
            f"could not fetch the Argos package index from {package.settings.remote_package_index}"
            " (no internet?). Install a downloaded package with"
            " `newsbridge models install --file PATH.argosmodel`."
        )
    try:
        available = package.get_available_packages()
    except ValueError as exc:
        raise ModelInstallError(f"{index_path}: the package index is not valid JSON") from exc
    installed = []
    for lang in langs:
        candidates = [p for p in available if p.from_code == lang and p.to_code == TARGET]
        if not candidates:
            raise ModelInstallError(f"the Argos index has no {lang} -> {TARGET} package")
        candidate = candidates[0]
        downloaded = candidate.download()
        if downloaded is None or not Path(downloaded).is_file():
            raise ModelInstallError(f"download of {lang} -> {TARGET} failed")
        downloaded = Path(downloaded)
        expected = getattr(candidate, "sha256", None) or _index_checksum(index_path, lang)
        try:
            check_package_file(downloaded, expected)
        except ModelInstallError:
            downloaded.unlink(missing_ok=True)  # never reuse a bad download
            raise
        installed.append(install_file(settings, downloaded))
        downloaded.unlink(missing_ok=True)
    return installed


def _index_checksum(index_path: Path, lang: str) -> str | None:
    for entry in json.loads(index_path.read_text(encoding="utf-8")):
        if entry.get("from_code") == lang and entry.get("to_code") == TARGET:
            value = entry.get("sha256") or entry.get("checksum")
            return str(value) if value else None
    return None
