"""``samen serve`` starts the task worker next to the web server and stops both cleanly."""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from samen.core.management.commands import serve


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _kinderen(pid: int) -> list[int]:
    pad = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in pad.read_text().split()] if pad.exists() else []


def _opdracht(pid: int) -> list[bytes]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return []


def _workers(pid: int) -> list[int]:
    """The server's task-worker children (``samen db_worker``)."""
    return [k for k in _kinderen(pid) if b"db_worker" in _opdracht(k)]


def _webprocessen(pid: int) -> list[int]:
    """The server's web processes (Gunicorn's workers): every other child."""
    return [k for k in _kinderen(pid) if b"db_worker" not in _opdracht(k)]


def _luisterende_sockets(poort: int) -> int:
    """How many TCP sockets listen on 127.0.0.1:poort (state 0A in /proc/net/tcp)."""
    adres = f"0100007F:{poort:04X}"
    regels = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(1 for r in regels if r.split()[1] == adres and r.split()[3] == "0A")


def _verbindingen_per_proces(poort: int, pids: list[int]) -> list[int]:
    """Per process, its established TCP connections on 127.0.0.1:poort (the server's side)."""
    lokaal = f"0100007F:{poort:04X}"
    inodes = {
        r.split()[9]
        for r in Path("/proc/net/tcp").read_text().splitlines()[1:]
        if r.split()[1] == lokaal and r.split()[3] == "01"
    }
    aantallen = []
    for pid in pids:
        sockets = set()
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):
                doel = os.readlink(fd)
                if doel.startswith("socket:["):
                    sockets.add(doel[8:-1])
        aantallen.append(len(sockets & inodes))
    return aantallen


def _leeft(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie has exited already
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())


def _wacht(conditie, seconden: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if conditie():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def omgeving(tmp_path):  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "SAMEN_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'samen.sqlite3'}",
    }
    subprocess.run(
        [sys.executable, "-m", "samen.cli", "migrate", "django_tasks_database", "-v", "0"],
        env=env,
        check=True,
    )
    return env


def _start(env: dict[str, str], *extra: str) -> tuple[subprocess.Popen[bytes], int]:
    poort = _vrije_poort()
    proces = subprocess.Popen(
        [sys.executable, "-m", "samen.cli", "serve", "--port", str(poort), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )

    def luistert() -> bool:
        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", poort)) == 0

    assert _wacht(luistert), proces.communicate(timeout=5)[0].decode()
    return proces, poort


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_serve_starts_the_worker_and_stops_it_on_sigterm(omgeving):
    proces, poort = _start(omgeving, "--processen", "2")
    assert _wacht(lambda: len(_workers(proces.pid)) == 1)
    (worker,) = _workers(proces.pid)
    assert b"--no-reload" in _opdracht(worker)
    # two web processes share the port
    assert _wacht(lambda: len(_webprocessen(proces.pid)) == 2), _kinderen(proces.pid)
    web = _webprocessen(proces.pid)
    # on one shared socket: samen.core.webserver decides which process takes a connection
    assert _wacht(lambda: _luisterende_sockets(poort) == 1), _luisterende_sockets(poort)
    proces.send_signal(signal.SIGTERM)
    uitvoer = proces.communicate(timeout=30)[0].decode()
    assert proces.returncode == 0, uitvoer
    assert "Achtergrondverwerking gestart" in uitvoer and "Samen is gestopt." in uitvoer
    # the web processes thaw their frozen heap before they exit (samen.core.webserver.bij_stop)
    assert "leaked" not in uitvoer, uitvoer
    assert _wacht(lambda: not any(_leeft(p) for p in [worker, *web]), 5)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_serve_without_worker_starts_no_child(omgeving):
    proces, _ = _start(omgeving, "--zonder-worker", "--processen", "1")
    time.sleep(1.0)
    assert _workers(proces.pid) == []
    assert len(_webprocessen(proces.pid)) == 1
    proces.send_signal(signal.SIGINT)
    uitvoer = proces.communicate(timeout=30)[0].decode()
    assert proces.returncode == 0 and "Zonder achtergrondverwerking" in uitvoer


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_keep_alive_connections_are_spread_evenly_over_the_processes(omgeving):
    """Gunicorn alone leaves this to the kernel: on one shared socket one process took 15 of
    20 clients, and with a socket per process a hash decides (13 of 20 is common)."""
    proces, poort = _start(omgeving, "--zonder-worker", "--processen", "2", "--threads", "1")
    clients = []
    try:
        assert _wacht(lambda: len(_webprocessen(proces.pid)) == 2)
        for _ in range(20):  # one after another, each kept open, as the API bench's clients
            client = http.client.HTTPConnection("127.0.0.1", poort, timeout=20)
            client.request("GET", "/gezondheid/")
            antwoord = client.getresponse()
            antwoord.read()
            assert antwoord.status == 200 and not antwoord.will_close
            clients.append(client)
        web = _webprocessen(proces.pid)
        aantallen = _verbindingen_per_proces(poort, web)
        assert sum(aantallen) == 20, aantallen
        assert max(aantallen) - min(aantallen) <= 2, aantallen
        # and every kept connection is still served
        for client in clients:
            client.request("GET", "/gezondheid/")
            antwoord = client.getresponse()
            antwoord.read()
            assert antwoord.status == 200
    finally:
        for client in clients:
            client.close()
        proces.send_signal(signal.SIGTERM)
        proces.communicate(timeout=30)


def test_a_worker_that_does_not_stop_is_killed():
    koppig = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('x', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
    )
    assert koppig.stdout is not None and koppig.stdout.readline() == b"x\n"  # handler installed
    begin = time.monotonic()
    assert serve.stop_worker(koppig, stoptijd=0.5) == -signal.SIGKILL
    assert time.monotonic() - begin < 10


@pytest.mark.django_db
def test_tasks_left_running_by_a_killed_worker_go_back_to_the_queue():
    from django_tasks_db.models import DBTaskResult

    def rij(worker_ids: list[str], status: str = "RUNNING") -> DBTaskResult:
        return DBTaskResult.objects.create(
            args_kwargs={"args": [], "kwargs": {}},
            task_path="samen.rapportage.taken.maak_bestand",
            backend_name="default",
            run_after=DBTaskResult._meta.get_field("run_after").to_python("2026-01-01T00:00Z"),
            status=status,
            worker_ids=worker_ids,
        )

    van_ons = rij(["oud", "samen-serve-1"])
    van_ander = rij(["samen-serve-2"])
    klaar = rij(["samen-serve-1"], status="SUCCESSFUL")
    assert serve.terug_in_wachtrij("samen-serve-1") == 1
    statussen = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert statussen == {
        van_ons.pk: "READY",
        van_ander.pk: "RUNNING",
        klaar.pk: "SUCCESSFUL",
    }
