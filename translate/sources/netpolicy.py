"""Where a fetch may connect, and how long a whole fetch may take.

By default only public addresses are fetched: a feed, a redirect or an item link that
leads to a loopback, private, link-local (the cloud metadata address among them),
shared or reserved address is refused, unless ``NEWSBRIDGE_FETCH_ALLOW`` names its host
or a range holding it. A host name is checked on every address it resolves to, before
each connection (every redirect and robots.txt included), and the connection is made
to an address so checked: what was checked is what is connected to.

Each fetch has one deadline for everything it does (connecting, every redirect, every
read); a server that answers one byte at a time is cut off at the deadline, not after a
timeout per read.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpcore

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

SETTING = "NEWSBRIDGE_FETCH_ALLOW"


class Refused(Exception):
    """A connection the fetch policy does not allow; the message says why."""


class Overdue(Exception):
    """The whole fetch ran past its deadline."""


def _kind(ip: Address) -> str | None:
    """What makes ``ip`` no public address (None: it is one)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local (cloud metadata among them)"
    if ip.is_private:
        return "private"
    if ip.is_multicast or ip.is_unspecified or ip.is_reserved or not ip.is_global:
        return "reserved or shared"
    return None


@dataclass(frozen=True)
class FetchPolicy:
    """Hosts and address ranges a fetch may reach beyond the public addresses."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> FetchPolicy:
        """From host names, addresses and CIDR ranges; raises ValueError naming a bad one."""
        hosts: set[str] = set()
        networks: list[Network] = []
        for raw in entries:
            entry = raw.strip().lower().rstrip(".")
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
                continue
            except ValueError:
                pass
            if "/" in entry or not all(p.isalnum() or p == "-" for p in entry.split(".") if p):
                raise ValueError(f"{SETTING}: not a host name, address or range: {raw!r}")
            hosts.add(entry)
        return cls(frozenset(hosts), tuple(networks))

    def allows(self, host: str, ip: Address) -> bool:
        return (
            _kind(ip) is None
            or _host(host) in self.hosts
            or any(ip.version == n.version and ip in n for n in self.networks)
        )

    def addresses(self, host: str, port: int) -> list[str]:
        """The addresses ``host`` resolves to, each checked; raises :class:`Refused`."""
        name = _host(host)
        try:
            infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise Refused(f"cannot resolve host {name} ({exc})") from None
        found = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in found:
            ip = ipaddress.ip_address(address.split("%")[0])
            kind = _kind(ip)
            if kind is not None and not self.allows(name, ip):
                shown = name if name == address else f"{name} ({address})"
                raise Refused(
                    f"{shown} is a {kind} address; not fetched (only public addresses are, "
                    f"unless {SETTING} allows it)"
                )
        return found


def _host(host: str) -> str:
    return host.strip("[]").lower().rstrip(".")


class Guard(httpcore.NetworkBackend):
    """httpcore's network backend with the policy checked at each connection, and the
    deadline of the fetch under way on every connect, read and write."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self.inner = httpcore.SyncBackend()
        self.deadline: float | None = None

    def timeout(self, timeout: float | None) -> float | None:
        if self.deadline is None:
            return timeout
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise Overdue
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        failed: Exception | None = None
        for address in self.policy.addresses(host, port):
            try:
                stream = self.inner.connect_tcp(
                    address, port, self.timeout(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failed = exc
                continue
            return _Stream(stream, self)
        raise failed or httpcore.ConnectError(f"{host}: no address")

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise Refused("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, guard: Guard) -> None:
        self.inner = inner
        self.guard = guard

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self.guard.timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self.guard.timeout(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        tls = self.inner.start_tls(ssl_context, server_hostname, self.guard.timeout(timeout))
        return _Stream(tls, self.guard)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)
