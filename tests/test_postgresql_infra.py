"""The PostgreSQL server of the tests: ``scripts/with-postgresql`` and the fixtures of ``conftest``.

``make test`` runs pytest under ``scripts/with-postgresql``, which starts a throwaway server on
127.0.0.1 in a folder under /tmp and stops it afterwards. The tests that need a server are skipped,
saying why, where none could be started; the tests of the wrapper's refusal run everywhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import (
    POSTGRESQL_UNAVAILABLE_VARIABLE,
    POSTGRESQL_URL_VARIABLE,
    WITH_POSTGRESQL,
    database_url,
    fresh_postgresql_database,
    postgresql_skip_reason,
)

BASH = shutil.which("bash")
needs_bash = pytest.mark.skipif(BASH is None, reason="scripts/with-postgresql is a bash script and bash is not installed")

#: What a command run under the wrapper reports of its server: URL, data folder, postmaster's pid.
REPORT_SERVER = """
import os, sys
import psycopg
url = os.environ["COOPERATION_RULES_TEST_POSTGRESQL_URL"]
with psycopg.connect(url) as conn:
    data = conn.execute("select current_setting('data_directory')").fetchone()[0]
with open(os.path.join(data, "postmaster.pid"), encoding="ascii") as pid_file:
    pid = pid_file.readline().strip()
print(url)
print(data)
print(pid)
sys.exit(int(sys.argv[1]))
"""


def _environment_without_server() -> dict[str, str]:
    """This process's environment without the tests' server, as a fresh shell would have it."""
    server = (POSTGRESQL_URL_VARIABLE, POSTGRESQL_UNAVAILABLE_VARIABLE, "COOPERATION_RULES_TEST_POSTGRESQL_DIR")
    return {k: v for k, v in os.environ.items() if k not in server}


def _running(pid: int) -> bool:
    """Whether the process ``pid`` exists and is not a zombie left for init to reap."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except FileNotFoundError:
        if Path("/proc/self/stat").exists():
            return False
        try:  # no /proc: ask the kernel
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_skip_reason_is_none_with_a_url() -> None:
    assert postgresql_skip_reason({POSTGRESQL_URL_VARIABLE: "postgresql://postgres@127.0.0.1:5/x"}) is None


def test_skip_reason_quotes_the_wrapper() -> None:
    reason = postgresql_skip_reason({POSTGRESQL_UNAVAILABLE_VARIABLE: "installing Debian's postgresql failed"})
    assert reason == "no PostgreSQL server for the tests: installing Debian's postgresql failed"


def test_skip_reason_without_the_wrapper_names_the_variable_and_the_wrapper() -> None:
    reason = postgresql_skip_reason({})
    assert reason is not None
    assert "COOPERATION_RULES_TEST_POSTGRESQL_URL is not set" in reason
    assert "scripts/with-postgresql" in reason


def test_database_url_replaces_only_the_database() -> None:
    assert (
        database_url("postgresql://postgres@127.0.0.1:54329/cooperation_rules_test", "other")
        == "postgresql://postgres@127.0.0.1:54329/other"
    )


def test_server_answers_on_loopback(postgresql_url: str) -> None:
    import psycopg

    with psycopg.connect(postgresql_url) as conn:
        assert conn.execute("select 1").fetchone() == (1,)
        # The connection went over TCP to 127.0.0.1, not through a socket of some other cluster.
        assert conn.execute("select host(inet_server_addr())").fetchone() == ("127.0.0.1",)
        port = conn.execute("select current_setting('port')::int").fetchone()
    assert urlsplit(postgresql_url).hostname == "127.0.0.1"
    assert port == (urlsplit(postgresql_url).port,)


def test_the_wrapper_server_is_a_throwaway_cluster_under_tmp(postgresql_url: str) -> None:
    import psycopg

    folder = os.environ.get("COOPERATION_RULES_TEST_POSTGRESQL_DIR")
    if not folder:
        pytest.skip(f"{POSTGRESQL_URL_VARIABLE} names a server that scripts/with-postgresql did not start")
    with psycopg.connect(postgresql_url) as conn:
        data = conn.execute("select current_setting('data_directory')").fetchone()
        listen = conn.execute("select current_setting('listen_addresses')").fetchone()
        sockets = conn.execute("select current_setting('unix_socket_directories')").fetchone()
    assert Path(folder).parent == Path("/tmp")
    assert Path(folder).name.startswith("cooperation-rules-postgresql.")
    assert data == (f"{folder}/data",)
    assert listen == ("127.0.0.1",)
    assert sockets == (folder,)
    assert urlsplit(postgresql_url).port != 5432


def test_fresh_databases_are_isolated_and_dropped(postgresql_url: str) -> None:
    import psycopg

    with fresh_postgresql_database(postgresql_url) as first, fresh_postgresql_database(postgresql_url) as second:
        assert first != second
        with psycopg.connect(first) as conn:
            conn.execute("create table events (id int primary key)")
            conn.execute("insert into events values (1), (2)")
        with psycopg.connect(second) as conn:
            assert conn.execute("select to_regclass('events')").fetchone() == (None,)
            conn.execute("create table events (id int primary key)")
            assert conn.execute("select count(*) from events").fetchone() == (0,)
        with psycopg.connect(first) as conn:
            assert conn.execute("select count(*) from events").fetchone() == (2,)
        names = (urlsplit(first).path[1:], urlsplit(second).path[1:])
    with psycopg.connect(postgresql_url) as conn:
        left = conn.execute("select count(*) from pg_database where datname = any(%s)", [list(names)]).fetchone()
    assert left == (0,)


def test_a_database_left_connected_is_still_dropped(postgresql_url: str) -> None:
    import psycopg

    with fresh_postgresql_database(postgresql_url) as url:
        kept_open = psycopg.connect(url)
        name = urlsplit(url).path[1:]
    try:
        with psycopg.connect(postgresql_url) as conn:
            assert conn.execute("select count(*) from pg_database where datname = %s", [name]).fetchone() == (0,)
    finally:
        kept_open.close()


def test_postgresql_database_fixture_is_empty(postgresql_database: str) -> None:
    import psycopg

    with psycopg.connect(postgresql_database) as conn:
        tables = conn.execute("select count(*) from pg_tables where schemaname = 'public'").fetchone()
        assert conn.execute("select current_database()").fetchone() == (urlsplit(postgresql_database).path[1:],)
    assert tables == (0,)


@needs_bash
@pytest.mark.parametrize("status", [0, 3])
def test_wrapper_stops_its_server_and_deletes_its_folder(postgresql_url: str, status: int) -> None:
    # postgresql_url: a server could be started here, so the wrapper run below can start its own.
    import psycopg

    done = subprocess.run(
        [str(WITH_POSTGRESQL), "--", sys.executable, "-c", REPORT_SERVER, str(status)],
        env=_environment_without_server(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == status, done.stderr
    url, data, pid = done.stdout.split()
    assert url.startswith("postgresql://postgres@127.0.0.1:")
    assert url.endswith("/cooperation_rules_test")
    assert url != postgresql_url
    folder = Path(data).parent
    assert folder.name.startswith("cooperation-rules-postgresql.")
    assert folder.parent == Path("/tmp")
    assert not folder.exists()
    assert not _running(int(pid))
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=5)


@needs_bash
def test_a_cluster_left_by_a_killed_wrapper_is_removed_by_the_next_run(postgresql_url: str) -> None:
    # A wrapper killed outright runs no trap: its server keeps running until the next run stops it.
    import psycopg

    report_then_wait = REPORT_SERVER.replace("sys.exit(int(sys.argv[1]))", "sys.stdout.flush(); sys.stdin.read()")
    killed = subprocess.Popen(
        [str(WITH_POSTGRESQL), "--", sys.executable, "-c", report_then_wait],
        env=_environment_without_server(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert killed.stdout is not None and killed.stdin is not None
    url, data, pid = (killed.stdout.readline().strip() for _ in range(3))
    killed.kill()
    killed.wait(timeout=60)
    killed.stdin.close()  # the command ends; its server does not
    folder = Path(data).parent
    assert folder.exists()
    assert _running(int(pid))

    done = subprocess.run(
        [str(WITH_POSTGRESQL), "--", "true"],
        env=_environment_without_server(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"with-postgresql: stopped and deleted {folder}, left behind by a run that was killed\n" in done.stderr
    assert not folder.exists()
    assert not _running(int(pid))
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=5)


@needs_bash
def test_wrapper_turned_off_runs_the_command_without_a_server_and_says_why() -> None:
    env = _environment_without_server() | {"COOPERATION_RULES_TEST_POSTGRESQL": "off"}
    show = (
        "import os, sys; "
        "print(os.environ.get('COOPERATION_RULES_TEST_POSTGRESQL_URL', '-')); "
        "print(os.environ.get('COOPERATION_RULES_TEST_POSTGRESQL_UNAVAILABLE', '-')); "
        "sys.exit(5)"
    )
    done = subprocess.run(
        [str(WITH_POSTGRESQL), "--", sys.executable, "-c", show],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 5
    assert done.stdout.splitlines() == ["-", "turned off by COOPERATION_RULES_TEST_POSTGRESQL=off"]
    assert done.stderr == (
        "with-postgresql: PostgreSQL tests will be skipped: turned off by COOPERATION_RULES_TEST_POSTGRESQL=off\n"
    )


@needs_bash
def test_wrapper_without_a_command_is_a_usage_error() -> None:
    done = subprocess.run([str(WITH_POSTGRESQL), "--"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "usage:" in done.stderr


def test_make_test_runs_pytest_under_the_wrapper() -> None:
    makefile = (WITH_POSTGRESQL.parents[1] / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "\tscripts/with-postgresql -- $(BIN)/python -m pytest\n" in recipe + "\n"
