"""Translation on a local Ray (``num_cpus=2``): the same English as a local run, a worker
that dies retried, a rerun translating nothing, a missing model named with its node."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support import cluster_engines
from translate.engines import ENGINES, load_engine
from translate.pipeline.translating import translate_articles
from translate.sources.ingest import read_article
from translate.storage.codec import to_json
from translate.storage.store import Store

if os.environ.get("NEWSBRIDGE_REQUIRE_RAY") == "1":
    import ray  # noqa: F401  (make test installs newsbridge[cluster]: it must be there)
else:
    pytest.importorskip("ray", reason="Ray is not installed (newsbridge[cluster])")

# Ray's own modules warn about things of theirs (deprecations, files it leaves open).
pytestmark = [
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[None]:
    """One local Ray for the module, as ``--ray`` starts one: 2 CPUs."""
    from translate.pipeline.cluster import RayRunner

    ENGINES["crash-once"] = cluster_engines.CRASH
    ENGINES["here-only"] = cluster_engines.ELSEWHERE
    ENGINES["talk"] = cluster_engines.TALK
    runner = RayRunner(num_cpus=2)
    runner.start()
    try:
        yield
    finally:
        runner.close()
        del ENGINES["crash-once"], ENGINES["here-only"], ENGINES["talk"]


@pytest.fixture
def articles() -> list:
    return [read_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _english(results) -> list:
    """What a translation says, without whether it came from the cache."""
    shown = []
    for result in results:
        data = to_json(result)
        for sentence in [data["title"], *data["sentences"]]:
            sentence.pop("cached")
        shown.append(data)
    return shown


def _translate(settings, db: Path, articles, engine_name: str, glossary, runner=None):
    from translate.pipeline.translating import run_here

    engine = load_engine(engine_name, settings)
    with Store(db) as store:
        return translate_articles(
            articles, engine, store, glossary, batch_size=4, runner=runner or run_here
        )


def test_ray_gives_the_local_english_and_a_rerun_translates_nothing(
    ray_cluster, settings, articles, glossary, tmp_path: Path
) -> None:
    from translate.pipeline.cluster import RayRunner

    local = _translate(settings, tmp_path / "local.sqlite3", articles, "none", glossary)
    runner = RayRunner(actors=2)
    remote = _translate(settings, tmp_path / "ray.sqlite3", articles, "none", glossary, runner)
    assert runner.used_actors == 2
    assert _english(remote) == _english(local)
    assert not any(s.cached for r in remote for s in r.sentences)
    # The driver stored every batch: a second run finds them all and starts no actor.
    again = RayRunner(actors=2)
    rerun = _translate(settings, tmp_path / "ray.sqlite3", articles, "none", glossary, again)
    assert again.used_actors == 0
    assert all(s.cached for r in rerun for s in r.sentences)
    with Store(tmp_path / "local.sqlite3") as a, Store(tmp_path / "ray.sqlite3") as b:
        assert a.count_translations() == b.count_translations() > 0


def test_articles_as_conversations_on_ray_give_the_local_english(
    ray_cluster, settings, articles, glossary, tmp_path: Path
) -> None:
    """An engine that carries each article as a conversation gets each article whole on
    whichever worker runs it: the English is the local run's."""
    from translate.pipeline.cluster import RayRunner

    local = _translate(settings, tmp_path / "local.sqlite3", articles, "talk", glossary)
    runner = RayRunner(actors=2)
    remote = _translate(settings, tmp_path / "ray.sqlite3", articles, "talk", glossary, runner)
    assert runner.used_actors == 2
    assert _english(remote) == _english(local)
    last = local[0].sentences[-1]
    assert last.english.startswith(f"{last.index}:")


def test_a_worker_that_dies_is_restarted_and_its_batch_run_again(
    ray_cluster, settings, articles, glossary, tmp_path: Path
) -> None:
    from translate.pipeline.cluster import RayRunner

    local = _translate(settings, tmp_path / "local.sqlite3", articles, "crash-once", glossary)
    marker = cluster_engines.marker("crash-once")
    marker.write_text("")
    remote = _translate(
        settings, tmp_path / "ray.sqlite3", articles, "crash-once", glossary, RayRunner(actors=2)
    )
    assert not marker.exists(), "a worker died on its first batch"
    assert _english(remote) == _english(local)


def test_the_tiny_argos_model_on_ray_matches_the_local_run(
    ray_cluster, settings, articles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argostranslate.settings as argos_settings

    from tests.support.tiny_argos import build_copy_package
    from translate.engines.argos import install_file
    from translate.pipeline.cluster import RayRunner

    corpus = [s.text for a in articles for s in a.sentences]
    (tmp_path / "pkg").mkdir()
    package = build_copy_package(tmp_path / "pkg", "nl", "en", corpus)
    folder = tmp_path / "argos-packages"
    folder.mkdir()
    # This process read Argos' settings at import; the workers read them from ours.
    monkeypatch.setattr(argos_settings, "package_data_dir", folder)
    monkeypatch.setattr(argos_settings, "package_dirs", [folder])
    argos = settings.with_overrides(argos_packages_dir=folder)
    install_file(argos, package)
    dutch = [a for a in articles if a.lang == "nl"][:1]
    local = _translate(argos, tmp_path / "local.sqlite3", dutch, "argos", None)
    runner = RayRunner(actors=2)
    remote = _translate(argos, tmp_path / "ray.sqlite3", dutch, "argos", None, runner)
    assert runner.used_actors == 2
    assert _english(remote) == _english(local)
    assert remote[0].signature.model == "translate-nl_en-tiny@0.1"


def test_a_node_without_the_model_is_named(ray_cluster, settings, articles, tmp_path) -> None:
    from translate.pipeline.cluster import ClusterError, RayRunner

    cluster_engines.marker("here-only").write_text(str(os.getpid()))
    with pytest.raises(ClusterError) as caught:
        _translate(settings, tmp_path / "ray.sqlite3", articles[:1], "here-only", None, RayRunner())
    message = str(caught.value)
    assert f"node {socket.gethostname()}" in message and "no here-only model" in message
    with Store(tmp_path / "ray.sqlite3") as store:
        assert store.count_translations() == 0


def test_translate_and_eval_take_ray_on_the_command_line(
    ray_cluster, cli, seeds, tmp_path: Path
) -> None:
    local = cli("translate", str(seeds[4]), "--engine", "none", "--json", db=tmp_path / "a.db")
    remote = cli(
        "translate", str(seeds[4]), "--engine", "none", "--json", "--ray", db=tmp_path / "b.db"
    )
    assert remote.exit_code == 0, remote.output
    strip = lambda out: [  # noqa: E731
        [s["english"] for s in a["sentences"]] for a in json.loads(out)["articles"]
    ]
    assert strip(remote.output) == strip(local.output)

    src, ref = tmp_path / "src.txt", tmp_path / "ref.txt"
    src.write_text("Poetin sprak met de NAVO.\nDe Kamer stemde.\n", encoding="utf-8")
    ref.write_text("Putin spoke with NATO.\nThe House voted.\n", encoding="utf-8")
    args = ["eval", "--engine", "none", "--lang", "nl", "--src", str(src), "--ref", str(ref)]
    scored = cli(*args, "--json", "--ray", "--ray-actors", "1", db=tmp_path / "c.db")
    assert scored.exit_code == 0, scored.output
    (with_glossary,) = [r for r in json.loads(scored.output)["results"] if r["glossary"]]
    assert with_glossary["term_accuracy"] == 1.0


def test_without_ray_the_option_says_what_to_install(cli, seeds, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    result = cli("translate", str(seeds[4]), "--engine", "none", "--ray")
    assert result.exit_code == 1
    assert "pip install 'newsbridge[cluster]'" in result.output
    refused = cli("translate", str(seeds[4]), "--engine", "none", "--ray-actors", "2")
    assert refused.exit_code == 2 and "go with --ray" in refused.output


def test_a_cluster_gets_only_the_model_paths_of_the_driver() -> None:
    from translate.pipeline.cluster import worker_environment

    driver = {
        "NEWSBRIDGE_HOME": "/home/me/.local/share/newsbridge",
        "NEWSBRIDGE_LLM_MODEL": "/shared/models/qwen.gguf",
        "PYTHONPATH": "/home/me/lib",
    }
    assert worker_environment(driver, local=False) == {
        "NEWSBRIDGE_LLM_MODEL": "/shared/models/qwen.gguf"
    }
    here = worker_environment(driver, local=True)
    assert here["NEWSBRIDGE_HOME"] == driver["NEWSBRIDGE_HOME"]
    assert here["PYTHONPATH"].split(os.pathsep) == [os.getcwd(), "/home/me/lib"]
