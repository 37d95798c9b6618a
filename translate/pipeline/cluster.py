"""Translation on a Ray cluster: the batches the cache lacks go to a pool of actors, one
engine (its model loaded once) per actor; results come back to the driver, which alone
writes the store, batch by batch as they arrive.

A :class:`RayRunner` is the ``runner`` of :func:`translate.pipeline.translating.translate_articles`:
the plan, the cache look-up and the assembly stay in the driver, and every actor runs the
same :func:`translate.pipeline.translating.render_batch` a local run does, so the
English is the same.
Ray is started only when something is left to translate (a rerun of finished work never
starts it). A worker process that dies is restarted by Ray and its batch run again; each
actor checks, when it starts, that its node has the model the driver's cache keys name.

Ray is optional (``pip install 'newsbridge[cluster]'``); without it the runner says so.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from translate.config import Settings
from translate.engines import ENGINES
from translate.engines.base import Engine, EngineUnavailable
from translate.pipeline.translating import Batch
from translate.records import Rendering

INSTALL_HINT = (
    "the --ray option needs Ray: pip install 'newsbridge[cluster]'"
    " (in a checkout: .venv/bin/pip install -e '.[cluster]')"
)
# What a worker process needs to find the same models and data as the driver. A local Ray
# gets all of these (and the driver's import path); a cluster's nodes only the model paths,
# which point at storage every node reads (the rest is each node's own).
FORWARDED_LOCAL = (
    "NEWSBRIDGE_HOME",
    "NEWSBRIDGE_LLM_MODEL",
    "ARGOS_PACKAGES_DIR",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
)
FORWARDED_CLUSTER = ("NEWSBRIDGE_LLM_MODEL", "ARGOS_PACKAGES_DIR")
# A worker that dies (out of memory, a killed process, a lost node) is started again this
# often, and the batch it had is run again.
RESTARTS = 3


def worker_environment(environ: Mapping[str, str], local: bool) -> dict[str, str]:
    """The variables every worker process gets from the driver (Ray's runtime env)."""
    env = {
        k: environ[k] for k in (FORWARDED_LOCAL if local else FORWARDED_CLUSTER) if environ.get(k)
    }
    if local:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (os.getcwd(), environ.get("PYTHONPATH")) if p
        )
    return env


class ClusterError(RuntimeError):
    """The cluster cannot do the work; the message says which node and why."""


def ray_module() -> Any:
    try:
        import ray
    except ImportError:
        raise ClusterError(INSTALL_HINT) from None
    return ray


@dataclass(frozen=True)
class Worker:
    """How each actor makes its engine: by the engine's import path, with the settings of
    its node (``settings`` None) or the driver's, and the model identities it must have."""

    engine_path: str
    settings: Settings | None
    expected: Mapping[str, str]  # language -> model identity the driver's cache keys use
    install: bool = False


class _EngineActor:
    """One engine in one worker process; the model loads once, on the first batch."""

    def __init__(self, worker: Worker) -> None:
        import importlib

        module_name, class_name = worker.engine_path.split(":")
        settings = worker.settings or Settings.from_env()
        self.node = socket.gethostname()
        self.engine: Engine = getattr(importlib.import_module(module_name), class_name)(settings)
        for lang, expected in worker.expected.items():
            try:
                found = self.engine.model_id(lang)
            except EngineUnavailable as exc:
                if not worker.install:
                    raise ClusterError(f"node {self.node}: {exc}") from None
                found = self._install(lang)
            if found != expected:
                raise ClusterError(
                    f"node {self.node}: its {self.engine.name} model for {lang} is {found},"
                    f" the driver's is {expected}: give every node the same model"
                )

    def _install(self, lang: str) -> str:
        """``newsbridge models install`` on this node: the verified default LLM model."""
        if self.engine.name != "llm":
            raise ClusterError(
                f"node {self.node}: no {self.engine.name} model for {lang}; only the llm model"
                " can be installed by the workers (Argos models: a path every node reads)"
            )
        from translate.engines.llm_model import install_model

        install_model(self.engine.settings.models_dir)
        return self.engine.model_id(lang)

    def render(
        self, number: int, lang: str, batch: Batch, repair: bool
    ) -> tuple[int, list[Rendering]]:
        from translate.pipeline.translating import render_batch

        return number, render_batch(self.engine, lang, batch, repair)


class RayRunner:
    """Runs batches on Ray actors: ``address`` None starts a local Ray for the run (with
    ``num_cpus``), else joins that cluster ("auto", "ray://host:10001", ...). ``actors``:
    how many engines (default: one per CPU the cluster has, at most one per batch)."""

    def __init__(
        self,
        address: str | None = None,
        actors: int | None = None,
        num_cpus: int | None = None,
        install: bool = False,
        cpus_per_actor: float = 1,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        ray_module()  # fail before any work when Ray is missing
        self.address = address
        self.actors = actors
        self.num_cpus = num_cpus
        self.install = install
        self.cpus_per_actor = cpus_per_actor
        self.environ = os.environ if environ is None else environ
        self.started = False
        self.used_actors = 0

    def start(self) -> Any:
        """Ray, started (or joined) on first use; what a cluster run needs set up."""
        ray = ray_module()
        if not ray.is_initialized():
            local = self.address is None
            env = worker_environment(self.environ, local)
            options: dict[str, Any] = {
                "runtime_env": {"env_vars": env},
                "logging_level": "ERROR",
                "log_to_driver": False,
            }
            if local:
                options |= {
                    "num_cpus": self.num_cpus,
                    "include_dashboard": False,
                    "object_store_memory": 200 * 1024 * 1024,
                }
            else:
                options["address"] = self.address
            try:
                ray.init(**options)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                where = self.address or "a local Ray"
                raise ClusterError(f"could not start or reach {where}: {exc}") from None
            self.started = True
        return ray

    def close(self) -> None:
        """Stop the Ray this runner started (a cluster it joined keeps running)."""
        if self.started:
            ray_module().shutdown()
            self.started = False

    def __enter__(self) -> RayRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __call__(
        self, engine: Engine, lang: str, batches: Sequence[Batch], repair: bool
    ) -> Iterator[tuple[int, list[Rendering]]]:
        ray = self.start()
        from ray.util import ActorPool

        if engine.name not in ENGINES:
            raise ClusterError(
                f"engine {engine.name} is not registered; the workers cannot load it"
            )
        local = self.address is None
        worker = Worker(
            ENGINES[engine.name],
            engine.settings if local else None,
            {lang: engine.model_id(lang)},
            self.install,
        )
        cpus = ray.cluster_resources().get("CPU", 1)
        wanted = self.actors or max(1, int(cpus // self.cpus_per_actor))
        count = max(1, min(wanted, len(batches)))
        remote = ray.remote(
            num_cpus=self.cpus_per_actor, max_restarts=RESTARTS, max_task_retries=RESTARTS
        )(_EngineActor)
        pool_actors = [remote.remote(worker) for _ in range(count)]
        self.used_actors = count
        pool = ActorPool(pool_actors)
        try:
            for number, batch in enumerate(batches):
                pool.submit(
                    lambda actor, job: actor.render.remote(*job), (number, lang, batch, repair)
                )
            while pool.has_next():  # type: ignore[no-untyped-call]  # ray's ActorPool is untyped
                try:
                    yield pool.get_next_unordered()
                except ray.exceptions.RayActorError as exc:
                    cause = getattr(exc, "cause", None) or exc
                    raise ClusterError(_first_line(cause)) from None
                except ray.exceptions.RayTaskError as exc:
                    raise ClusterError(_first_line(exc.cause or exc)) from None
        finally:
            for actor in pool_actors:
                ray.kill(actor)


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, ClusterError):
        return str(exc)
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__
