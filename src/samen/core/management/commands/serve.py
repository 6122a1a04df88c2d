"""``samen serve``: serve Samen with Gunicorn (several processes with a few threads each; static
files through WhiteNoise), and next to it the background task worker
(``samen db_worker --no-reload``) as a child process.

Several processes, because one Python process runs one request at a time however many threads
it has: on a 2-core machine two processes serve twice the requests of one (see
``bench/bench_api.py`` and docs/decisions/0011). The default is one process per core (at most 4)
with 2 threads each, so that a slow request (a large PDF) does not hold up a whole process.

The worker works off the django-tasks queue (large PDFs, publishing large notes, uploads). It is
stopped cleanly when the server stops (Ctrl+C, SIGTERM): it gets SIGTERM, finishes or abandons its
current task within :data:`WORKER_STOPTIJD` seconds, and is killed after that. On Linux the worker
also dies with the server if the server is killed outright. ``--zonder-worker`` serves without one
(for a setup that runs ``samen db_worker`` as its own service).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

#: Seconds the worker gets to stop after SIGTERM before it is killed.
WORKER_STOPTIJD = 10.0


def worker_opdracht(worker_id: str) -> list[str]:
    """The command line of the worker child: the same Python and settings as this process."""
    return [
        sys.executable,
        "-m",
        "samen.cli",
        "db_worker",
        "--no-reload",
        "--worker-id",
        worker_id,
        "--verbosity",
        "1",
    ]


def terug_in_wachtrij(worker_id: str) -> int:
    """Tasks a killed worker left RUNNING go back to the queue (they run again from the start);
    returns how many."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    achtergelaten = [
        r.pk
        for r in DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).only("worker_ids")
        if r.worker_ids and r.worker_ids[-1] == worker_id
    ]
    return DBTaskResult.objects.filter(pk__in=achtergelaten).update(
        status=TaskResultStatus.READY, started_at=None
    )


def _sterf_met_ouder() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: let the kernel send SIGTERM to the worker when the server process dies."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


@contextmanager
def worker_proces(
    stoptijd: float = WORKER_STOPTIJD, uitvoer: Any = None
) -> Iterator[subprocess.Popen[bytes]]:
    """Start the task worker as a child process and stop it on leaving the block.

    The worker runs in its own session, so a Ctrl+C in the terminal reaches only the server,
    which then asks the worker once (SIGTERM) to stop after its current task.
    """
    worker_id = f"samen-serve-{uuid.uuid4().hex[:16]}"
    proces = subprocess.Popen(
        worker_opdracht(worker_id),
        preexec_fn=_sterf_met_ouder if sys.platform.startswith("linux") else None,
        start_new_session=True,
        stdout=uitvoer,
        stderr=uitvoer,
    )
    ouder = os.getpid()
    try:
        yield proces
    finally:
        # Gunicorn's web processes are forks of this one and leave through this block too;
        # only the process that started the worker stops it.
        if os.getpid() == ouder and stop_worker(proces, stoptijd) == -signal.SIGKILL:
            terug_in_wachtrij(worker_id)


def stop_worker(proces: subprocess.Popen[bytes], stoptijd: float = WORKER_STOPTIJD) -> int:
    """SIGTERM, wait up to ``stoptijd`` seconds, then SIGKILL; returns the exit code."""
    if proces.poll() is None:
        proces.terminate()
        try:
            proces.wait(timeout=stoptijd)
        except subprocess.TimeoutExpired:
            proces.kill()
            proces.wait()
    return proces.returncode


def standaard_processen() -> int:
    """One process per core, at most 4 (SQLite and a small server do not gain beyond that)."""
    return max(1, min(os.cpu_count() or 1, 4))


def _serve(host: str, port: int, processen: int, threads: int) -> None:
    """Run Gunicorn in this process until Ctrl+C or SIGTERM (then it stops its processes
    gracefully and raises SystemExit)."""
    from gunicorn.app.base import BaseApplication

    from samen.core import webserver

    # Shared with the processes Gunicorn forks from this one.
    webserver.GelijkVerdeeldeWorker.verbindingen = webserver.Verbindingen(max(8, 2 * processen))

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            adres = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
            for naam, waarde in {
                "bind": [adres],
                "workers": processen,
                "threads": threads,
                "proc_name": "samen",
                # A PDF of up to 30 pages is made in the request; longer work is a task.
                "timeout": 120,
                "graceful_timeout": int(WORKER_STOPTIJD),
                "accesslog": None,
                "errorlog": "-",
                "control_socket_disable": True,  # no gunicornc socket in the home directory
                # New connections go to the process with the fewest (samen.core.webserver):
                # keep-alive clients stay with the process that accepted them, and the kernel's
                # own choice leaves one process with most of them.
                "worker_class": "samen.core.webserver.GelijkVerdeeldeWorker",
                "pre_fork": webserver.voor_fork,
                "child_exit": webserver.na_afloop,
                "post_worker_init": webserver.na_start,
                "worker_exit": webserver.bij_stop,
            }.items():
                self.cfg.set(naam, waarde)

        def load(self) -> Any:
            from samen.wsgi import application

            return application

    Server().run()


class Command(BaseCommand):
    help = (
        "Start Samen op http://HOST:PORT (standaard 127.0.0.1:8000), met de achtergrondverwerking "
        "(samen db_worker) ernaast."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--processen",
            type=int,
            default=standaard_processen(),
            help="aantal serverprocessen (standaard één per processorkern, hoogstens 4)",
        )
        parser.add_argument(
            "--threads", type=int, default=2, help="verzoeken tegelijk per serverproces"
        )
        parser.add_argument(
            "--zonder-worker",
            action="store_true",
            help="start geen achtergrondverwerking (draai dan zelf 'samen db_worker')",
        )

    def handle(
        self,
        *args: Any,
        host: str,
        port: int,
        processen: int,
        threads: int,
        zonder_worker: bool = False,
        **options: Any,
    ) -> None:
        if not 0 < port < 65536:
            raise CommandError(f"Poort {port} bestaat niet: kies een poort van 1 tot en met 65535.")
        if not 1 <= processen <= 64:
            raise CommandError(f"Kies 1 tot en met 64 serverprocessen, niet {processen}.")
        if not 1 <= threads <= 64:
            raise CommandError(f"Kies 1 tot en met 64 threads per proces, niet {threads}.")
        hoofdproces = os.getpid()
        self.stdout.write(
            f"Samen draait op http://{host}:{port}/ met {processen} serverproces(sen) "
            f"(stoppen met Ctrl+C)"
        )
        self.stdout.flush()
        # Gunicorn stops on Ctrl+C and SIGTERM (systemd, docker stop, kill) with SystemExit, so
        # the worker below is stopped too instead of being left behind.
        try:
            if zonder_worker:
                self.stdout.write("Zonder achtergrondverwerking: start 'samen db_worker' zelf.")
                _serve(host, port, processen, threads)
                return
            with worker_proces() as worker:
                self.stdout.write(f"Achtergrondverwerking gestart (proces {worker.pid}).")
                self.stdout.flush()
                _serve(host, port, processen, threads)
        except KeyboardInterrupt:
            pass
        except SystemExit as stop:
            # A web process (a fork) leaves quietly; the main process fails if Gunicorn did
            # (e.g. the application did not start).
            if os.getpid() != hoofdproces or stop.code not in (None, 0):
                raise
        self.stdout.write("Samen is gestopt.")
