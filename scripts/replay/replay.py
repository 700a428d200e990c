#!/usr/bin/env python3
"""Request recorder and replayer: proves that a refactor changed nothing users can see.

    replay.py record  BINARY OUT_DIR    [--clock fixed|real] [--at UNIX] [--keep-data]
    replay.py compare BINARY RECORDING  [--out DIR] [--show N] [--map-ids]
    replay.py diff    RECORDING_A RECORDING_B [--show N] [--map-ids]
    replay.py selftest BINARY [--out DIR]

`record` starts BINARY (`anjian --data <tmp> serve --demo --port <free>`) on a fresh data folder,
signs in as every demo account, sends the scenario of scenario.py (every area, every role, reads
and writes, good and bad input), stops the server and writes OUT_DIR: every exchange (request,
status, headers, body), the captured ids, every table's rows (sqlite3, ordered by primary key),
the hashes of the other files of the data folder and the server log.

`compare` records BINARY the same way (into --out, default a folder beside RECORDING) and diffs
the two recordings; `diff` diffs two existing recordings. Both print per-area counts, the first
differences with a readable diff, and exit 1 on any difference (0 when identical, 2 on usage or
start-up errors).

Determinism: by default the wall clock of the server is fixed (--clock fixed) with the
LD_PRELOAD shim fixclock.c at the recording's instant, so both runs see the same "now" and write
the same timestamps, dates, hash chains and durations; a replay can then run on any later day.
With --clock real the server keeps the real clock and the comparison normalises timestamps,
hash-chain fields and durations instead (record and replay on the same China day). Python 3
standard library only.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import hashlib
import http.client
import io
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FORMAT_VERSION = 1
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def note(msg: str) -> None:
    print(f">> {msg}", flush=True)


# --------------------------------------------------------------------------------------------
# The server under test
# --------------------------------------------------------------------------------------------


def free_port(first: int = 18600) -> int:
    for port in range(first, first + 400):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {first}..{first + 400}")


def build_fixclock(out_dir: str) -> str:
    """Compiles fixclock.c into out_dir (a few milliseconds); returns the .so path."""
    so = os.path.join(out_dir, "fixclock.so")
    src = os.path.join(HERE, "fixclock.c")
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not cc:
        raise RuntimeError("--clock fixed needs a C compiler (cc) to build fixclock.c; "
                           "use --clock real instead")
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-Wall", "-o", so, src, "-ldl"], check=True)
    return so


class Server:
    """anjian serve --demo on a fresh data folder and a free port, optionally with a fixed clock."""

    def __init__(self, binary: str, work: str, fixed_at: int | None, extra_args: list[str]):
        self.binary = os.path.abspath(binary)
        self.work = work
        self.data = os.path.join(work, "data")
        self.log_path = os.path.join(work, "server.log")
        self.fixed_at = fixed_at
        self.extra_args = extra_args
        self.proc: subprocess.Popen | None = None
        self.port = 0

    def start(self, timeout: float = 180) -> None:
        if not os.access(self.binary, os.X_OK):
            raise RuntimeError(f"no server binary at {self.binary}")
        self.port = free_port(int(os.environ.get("REPLAY_PORT", "18600")))
        env = dict(os.environ)
        env.pop("ANJIAN_DATA", None)
        env.pop("ANJIAN_PORT", None)
        for k in list(env):
            if k.startswith("ANJIAN_SMTP"):
                env.pop(k)  # deadline e-mails are only logged
        if self.fixed_at is not None:
            so = build_fixclock(self.work)
            env["LD_PRELOAD"] = so + ((" " + env["LD_PRELOAD"]) if env.get("LD_PRELOAD") else "")
            env["ANJIAN_FIXED_CLOCK"] = str(self.fixed_at)
        # Two I/O threads whatever the machine: the scenario is sequential anyway.
        cmd = [self.binary, "--data", self.data, "serve", "--demo", "--port", str(self.port),
               "--threads", "2"] + self.extra_args
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env=env, cwd=self.work)
        note(f"{' '.join(cmd)} (pid {self.proc.pid})"
             + (f", clock fixed at {iso(self.fixed_at)}" if self.fixed_at is not None else ""))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}:\n{self.tail()}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    c.close()
                    return
                c.close()
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"the server did not answer /healthz within {timeout}s:\n{self.tail()}")

    def wait_log(self, pattern: str, timeout: float) -> bool:
        """Waits until the server log has a line matching `pattern` (a background job ran)."""
        deadline = time.monotonic() + timeout
        rx = re.compile(pattern)
        while time.monotonic() < deadline:
            with open(self.log_path, "rb") as f:
                if rx.search(f.read().decode("utf-8", "replace")):
                    return True
            if self.proc and self.proc.poll() is not None:
                return False
            time.sleep(0.2)
        return False

    def tail(self, n: int = 40) -> str:
        try:
            with open(self.log_path, "rb") as f:
                return "\n".join(f.read().decode("utf-8", "replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "log", None):
            self.log.close()


def iso(unix: int) -> str:
    return dt.datetime.fromtimestamp(unix, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------------------------
# HTTP exchanges
# --------------------------------------------------------------------------------------------


class Resp:
    def __init__(self, status: int, headers: dict[str, str], raw: bytes):
        self.status = status
        self.headers = headers
        self.raw = raw
        self.ctype = headers.get("content-type", "")
        self.json = None
        if "json" in self.ctype:
            try:
                self.json = json.loads(raw.decode("utf-8"))
            except ValueError:
                self.json = None

    def get(self, *keys, default=None):
        """resp.get('items', 0, 'id'): a value inside the JSON body, or default."""
        v = self.json
        for k in keys:
            try:
                v = v[k]
            except (KeyError, IndexError, TypeError):
                return default
        return v

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def body_record(resp: Resp):
    """What a response body is recorded as: JSON as parsed, text as text, XLSX as its parts (the
    cell values of every sheet plus a hash of every part), other bytes as their hash."""
    ct = resp.ctype.split(";")[0].strip().lower()
    if resp.json is not None:
        return {"json": resp.json}
    if ct == XLSX_MIME or resp.raw[:2] == b"PK":
        try:
            return {"xlsx": xlsx_record(resp.raw)}
        except (zipfile.BadZipFile, ET.ParseError, KeyError) as e:
            return {"bytes": hashlib.sha256(resp.raw).hexdigest(), "size": len(resp.raw),
                    "note": f"unreadable zip: {e}"}
    if ct.startswith("text/") or ct in ("application/json", "application/yaml", ""):
        try:
            return {"text": resp.raw.decode("utf-8")}
        except UnicodeDecodeError:
            pass
    return {"bytes": hashlib.sha256(resp.raw).hexdigest(), "size": len(resp.raw)}


NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def xlsx_record(raw: bytes) -> dict:
    """An .xlsx as {"parts": {name: sha256 of the part}, "sheets": {name: [row text]}}. Rows are
    the cell values joined by TAB (shared strings resolved) so that a difference reads as text."""
    z = zipfile.ZipFile(io.BytesIO(raw))
    parts = {}
    texts = {}
    for info in sorted(z.infolist(), key=lambda i: i.filename):
        data = z.read(info.filename)
        parts[info.filename] = hashlib.sha256(data).hexdigest()
        texts[info.filename] = data
    shared: list[str] = []
    if "xl/sharedStrings.xml" in texts:
        root = ET.fromstring(texts["xl/sharedStrings.xml"])
        for si in root.findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
    sheets = {}
    for name in sorted(n for n in texts if n.startswith("xl/worksheets/") and n.endswith(".xml")):
        root = ET.fromstring(texts[name])
        rows = []
        for row in root.iter(f"{{{NS['m']}}}row"):
            cells = []
            for c in row.findall("m:c", NS):
                t = c.get("t")
                v = c.find("m:v", NS)
                if t == "s" and v is not None:
                    val = shared[int(v.text)]
                elif t == "inlineStr":
                    val = "".join(x.text or "" for x in c.iter(f"{{{NS['m']}}}t"))
                else:
                    val = v.text if v is not None and v.text is not None else ""
                cells.append(f"{c.get('r')}={val}")
            rows.append("\t".join(cells))
        sheets[name] = rows
    return {"parts": parts, "sheets": sheets,
            "xml": {n: texts[n].decode("utf-8", "replace") for n in texts
                    if n.endswith(".xml") and not n.startswith("xl/worksheets/")
                    and n != "xl/sharedStrings.xml"}}


RECORDED_HEADERS_SKIP = {"date", "content-length", "connection", "keep-alive"}


class Session:
    """Runs the scenario against one server and records every exchange."""

    def __init__(self, port: int, out):
        self.port = port
        self.conn: http.client.HTTPConnection | None = None
        self.out = out  # a writable text stream: one JSON line per exchange
        self.seq = 0
        self.area_name = "lookups"
        self.vars: dict[str, object] = {}
        self.tokens: dict[str, str] = {}        # role -> bearer token
        self.cookies: dict[str, tuple[str, str]] = {}  # role -> (cookie, csrf)
        self.unexpected: list[str] = []
        self.errors: list[str] = []  # scenario steps that raised
        self.server_time: dt.datetime | None = None
        self.counts: dict[tuple[str, str], int] = {}

    # --- plumbing -----------------------------------------------------------------------------
    def _connection(self) -> http.client.HTTPConnection:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        return self.conn

    def _send(self, method: str, target: str, body: bytes | None, headers: dict[str, str]):
        for attempt in (1, 2):
            conn = self._connection()
            try:
                conn.request(method, target, body=body, headers=headers)
                r = conn.getresponse()
                raw = r.read()
                hdrs = {}
                for k, v in r.getheaders():
                    k = k.lower()
                    hdrs[k] = (hdrs[k] + "\n" + v) if k in hdrs else v
                if r.getheader("connection", "").lower() == "close":
                    conn.close()
                    self.conn = None
                return r.status, hdrs, raw
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A keep-alive connection the server closed: retry once on a new one. (Requests
                # are only resent when nothing was answered.)
                conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    @contextlib.contextmanager
    def area(self, name: str):
        prev = self.area_name
        self.area_name = name
        try:
            yield
        finally:
            self.area_name = prev

    def sync_clock(self, iso_time) -> None:
        """Takes the server's "now" from a timestamp it just wrote (say the created_at of an
        upload): dates and times the scenario sends follow the server's clock (fixed or real),
        never this machine's."""
        try:
            self.server_time = dt.datetime.strptime(str(iso_time), "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=dt.timezone.utc)
        except ValueError as e:
            raise RuntimeError(f"cannot read the server's time from {iso_time!r}") from e

    def _now(self) -> dt.datetime:
        if self.server_time is None:
            raise RuntimeError("the scenario asked for the server's time before sync_clock()")
        return self.server_time

    def today(self, offset_days: int = 0) -> str:
        """The server's China date plus offset, as YYYY-MM-DD."""
        return (self._now() + dt.timedelta(hours=8, days=offset_days)).strftime("%Y-%m-%d")

    def now_iso(self, offset_seconds: int = 0) -> str:
        """The server's time (as of sync_clock) plus offset, ISO UTC."""
        return (self._now() + dt.timedelta(seconds=offset_seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def cap(self, name: str, value):
        """Keeps an id (or any value) from a response under a name, for later requests."""
        self.vars[name] = value
        return value

    def v(self, name: str):
        return self.vars.get(name)

    # --- the one request function -------------------------------------------------------------
    def call(self, role: str | None, method: str, path: str, body=None, *, query=None,
             expect: int | tuple | None = None, raw: bytes | None = None,
             ctype: str | None = None, headers: dict | None = None, label: str = "",
             auth: str = "bearer") -> Resp:
        """One recorded request. `role` is a demo username (None = anonymous). `body` is sent as
        JSON; `raw` as bytes with `ctype`. `expect` is the status the scenario means to provoke:
        a different answer is reported when recording (the scenario is probably wrong) but is
        recorded all the same. `auth`: bearer | cookie (cookie + X-CSRF-Token) | none."""
        target = path
        if query:
            q = [(k, str(v).lower() if isinstance(v, bool) else str(v))
                 for k, v in query.items() if v is not None]
            target += ("&" if "?" in path else "?") + urllib.parse.urlencode(q)
        h = {"Accept": "application/json"}
        data = None
        if raw is not None:
            data = raw
            h["Content-Type"] = ctype or "application/octet-stream"
        elif body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            h["Content-Type"] = "application/json"
        elif method in ("POST", "PUT"):
            data = b""
        if role is not None and auth == "bearer":
            h["Authorization"] = "Bearer " + self.token(role)
        elif role is not None and auth == "cookie":
            cookie, csrf = self.cookie(role)
            h["Cookie"] = cookie
            if method not in ("GET", "HEAD"):
                h["X-CSRF-Token"] = csrf
        if headers:
            h.update(headers)
        status, hdrs, rawresp = self._send(method, target, data, h)
        resp = Resp(status, hdrs, rawresp)
        self.seq += 1
        exp = None if expect is None else (list(expect) if isinstance(expect, tuple) else [expect])
        if exp is not None and status not in exp:
            msg = (f"#{self.seq} [{self.area_name}] {role} {method} {target}: expected "
                   f"{'/'.join(map(str, exp))}, got {status} {rawresp[:300].decode('utf-8', 'replace')}")
            self.unexpected.append(msg)
        rec = {
            "seq": self.seq,
            "area": self.area_name,
            "role": role or "anonymous",
            "label": label,
            "method": method,
            "target": target,
            "request": (body if raw is None else
                        {"bytes": hashlib.sha256(raw).hexdigest(), "size": len(raw),
                         "content_type": ctype}),
            "expect": exp,
            "status": status,
            "headers": {k: v for k, v in sorted(hdrs.items()) if k not in RECORDED_HEADERS_SKIP},
            "body": body_record(resp),
        }
        self.out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        key = (self.area_name, role or "anonymous")
        self.counts[key] = self.counts.get(key, 0) + 1
        return resp

    # --- sign-in ------------------------------------------------------------------------------
    def login(self, role: str, password: str, *, expect=200, label="sign in") -> Resp:
        r = self.call(None, "POST", "/api/v1/auth/login",
                      {"username": role, "password": password}, expect=expect, label=label)
        if r.status == 200 and r.get("token"):
            self.tokens[role] = r.get("token")
            cookie = r.headers.get("set-cookie", "").split(";")[0]
            self.cookies[role] = (cookie, r.get("csrf_token") or "")
        return r

    def token(self, role: str) -> str:
        if role not in self.tokens:
            raise KeyError(f"the scenario uses {role!r} before signing it in")
        return self.tokens[role]

    def cookie(self, role: str) -> tuple[str, str]:
        if role not in self.cookies:
            raise KeyError(f"the scenario uses {role!r} before signing it in")
        return self.cookies[role]


# --------------------------------------------------------------------------------------------
# Recording
# --------------------------------------------------------------------------------------------


def dump_tables(db_path: str, out_dir: str) -> dict[str, int]:
    """Every table's rows, ordered by primary key (rowid when none), one gzip JSON-lines file per
    table: the first line is the column list."""
    os.makedirs(out_dir, exist_ok=True)
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    con.text_factory = lambda b: b.decode("utf-8", "surrogateescape")
    counts = {}
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for t in tables:
        info = con.execute(f'PRAGMA table_info("{t}")').fetchall()
        cols = [c[1] for c in info]
        pk = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5] > 0]
        order = ", ".join(f'"{c}"' for c in pk) if pk else "rowid"
        if not pk:
            # WITHOUT ROWID tables always have a primary key; a table without one is ordered by
            # every column so that the order does not depend on the insertion history.
            order = ", ".join(f'"{c}"' for c in cols)
        n = 0
        with gzip.open(os.path.join(out_dir, f"{t}.jsonl.gz"), "wt", encoding="utf-8",
                       compresslevel=5) as f:
            f.write(json.dumps({"columns": cols, "primary_key": pk}, ensure_ascii=False) + "\n")
            for row in con.execute(f'SELECT * FROM "{t}" ORDER BY {order}'):
                f.write(json.dumps([cell_value(x) for x in row], ensure_ascii=False) + "\n")
                n += 1
        counts[t] = n
    con.close()
    return counts


def cell_value(x):
    if isinstance(x, bytes):
        return {"blob_sha256": hashlib.sha256(x).hexdigest(), "size": len(x)}
    if isinstance(x, float) and x.is_integer():
        return x  # JSON keeps 1.0 as 1.0
    return x


def dump_files(data_dir: str) -> dict[str, dict]:
    """Hashes of every file of the data folder except the database itself (uploads, maps...)."""
    out = {}
    for base, _dirs, files in os.walk(data_dir):
        for fn in files:
            p = os.path.join(base, fn)
            rel = os.path.relpath(p, data_dir)
            if rel.startswith("anjian.db"):
                continue
            with open(p, "rb") as f:
                data = f.read()
            digest = hashlib.sha256(data).hexdigest()
            # Import error reports are named by a random id: keyed by their content instead.
            if rel.startswith("import-reports" + os.sep):
                rel = os.path.join("import-reports", digest[:16] + os.path.splitext(rel)[1])
            out[rel] = {"sha256": digest, "size": len(data)}
    return dict(sorted(out.items()))


def default_fixed_instant() -> int:
    """10:00 China time (02:00 UTC) of today's China date: a recording made today replays
    the same 'now' whenever it is compared."""
    now = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=8)
    day = dt.datetime(now.year, now.month, now.day, 2, 0, 0, tzinfo=dt.timezone.utc)
    return int(day.timestamp())


def record(binary: str, out_dir: str, clock: str, fixed_at: int | None, keep_data: bool,
           wait_deadline_check: bool) -> int:
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    import scenario  # noqa: E402  (scripts/replay/scenario.py)

    if os.path.exists(out_dir) and os.listdir(out_dir) and \
            not os.path.isfile(os.path.join(out_dir, "meta.json")):
        raise RuntimeError(f"{out_dir} exists and is not a recording: not overwriting it")
    final_dir = out_dir
    out_dir = final_dir.rstrip("/") + ".partial"  # renamed into place once complete
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    if clock == "fixed" and fixed_at is None:
        fixed_at = default_fixed_instant()
    if clock == "real":
        fixed_at = None
    work = tempfile.mkdtemp(prefix="anjian-replay.")
    server = Server(binary, work, fixed_at, [])
    started = time.monotonic()
    sess = None
    try:
        server.start()
        t_ready = time.monotonic()
        # The hidden-danger deadline check runs once about 5 s after start-up (then hourly) and
        # writes reminders; the inspection-task job runs at start-up. Both are waited for so
        # that they never interleave with the scenario's requests.
        if wait_deadline_check and not server.wait_log(r"deadline check", 60):
            raise RuntimeError("the first deadline check did not run within 60 s:\n" + server.tail())
        note(f"server ready in {t_ready - started:.1f}s (deadline check after "
             f"{time.monotonic() - started:.1f}s); running the scenario")
        with gzip.open(os.path.join(out_dir, "exchanges.jsonl.gz"), "wt", encoding="utf-8",
                       compresslevel=5) as f:
            sess = Session(server.port, f)
            t0 = time.monotonic()
            for step in scenario.steps():
                try:
                    step(sess)
                except Exception as e:  # noqa: BLE001 — recorded and compared, never hidden
                    msg = f"{step.__name__}: {type(e).__name__}: {e}"
                    sess.errors.append(msg)
                    note(f"scenario step failed: {msg}")
            t_scenario = time.monotonic() - t0
        note(f"{sess.seq} requests in {t_scenario:.1f}s")
    except BaseException:
        server.stop()
        print(f"---- server log (last lines) ----\n{server.tail()}", file=sys.stderr)
        if not keep_data:
            shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(out_dir, ignore_errors=True)
        raise
    server.stop()
    try:
        counts = dump_tables(os.path.join(server.data, "anjian.db"), os.path.join(out_dir, "tables"))
        files = dump_files(server.data)
        shutil.copy(server.log_path, os.path.join(out_dir, "server.log"))
    finally:
        if keep_data:
            note(f"data folder kept: {server.data}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    exchanges = load_exchanges(out_dir)
    meta = {
        "format": FORMAT_VERSION,
        "binary": os.path.abspath(binary),
        "binary_sha256": sha256_file(binary),
        "clock": clock,
        "fixed_at": fixed_at,
        "fixed_at_iso": iso(fixed_at) if fixed_at is not None else None,
        "recorded_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "git": git_describe(binary),
        "scenario_sha256": sha256_file(os.path.join(HERE, "scenario.py")),
        "requests": sess.seq if sess else 0,
        "unexpected_status": sess.unexpected if sess else [],
        "scenario_errors": sess.errors if sess else [],
        "tables": counts,
        "counts": [[a, r, n] for (a, r), n in sorted(sess.counts.items())] if sess else [],
        "coverage": route_coverage(exchanges, os.path.join(ROOT, "docs", "openapi.yaml")),
        "kinds": {
            "reads": sum(e["method"] in ("GET", "HEAD") for e in exchanges),
            "writes": sum(e["method"] not in ("GET", "HEAD") for e in exchanges),
            "2xx": sum(200 <= e["status"] < 300 for e in exchanges),
            "4xx": sum(400 <= e["status"] < 500 for e in exchanges),
            "5xx": sum(e["status"] >= 500 for e in exchanges),
        },
    }
    with open(os.path.join(out_dir, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    with open(os.path.join(out_dir, "vars.json"), "w", encoding="utf-8") as f:
        json.dump(sess.vars if sess else {}, f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(out_dir, "files.json"), "w", encoding="utf-8") as f:
        json.dump(files, f, ensure_ascii=False, indent=1)
    if os.path.exists(final_dir):
        shutil.rmtree(final_dir)
    os.rename(out_dir, final_dir)
    print_recording_summary(meta)
    if sess and sess.errors:
        note(f"{len(sess.errors)} scenario steps failed: " + "; ".join(sess.errors))
    if sess and sess.unexpected:
        note(f"{len(sess.unexpected)} answers differ from what the scenario expected "
             "(recorded as they are; listed in meta.json):")
        for m in sess.unexpected[:30]:
            print("   " + m)
    return 0


def openapi_operations(spec: str) -> list[tuple[str, str]]:
    """(METHOD, path template) of every operation in docs/openapi.yaml, read line by line (the
    file is plain block YAML: paths at two spaces, methods at four)."""
    ops = []
    path = None
    with open(spec, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^  (/\S*):\s*$", line)
            if m:
                path = m.group(1)
                continue
            if re.match(r"^\S", line):
                path = None if not line.startswith("paths:") else path
                continue
            m = re.match(r"^    (get|put|post|delete|patch):\s*$", line)
            if m and path:
                ops.append((m.group(1).upper(), path))
    return ops


def route_coverage(exchanges: list[dict], spec: str) -> dict:
    """Which operations of the OpenAPI file the scenario sent at least one request to."""
    if not os.path.isfile(spec):
        return {"spec": spec, "operations": 0, "covered": 0, "missing": []}
    ops = openapi_operations(spec)
    rx = [(m, p, re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(p)) + "$"))
          for m, p in ops]
    hit = set()
    for e in exchanges:
        path = e["target"].split("?")[0]
        for m, p, r in rx:
            if m == e["method"] and r.match(path):
                hit.add((m, p))
    missing = [f"{m} {p}" for m, p in ops if (m, p) not in hit]
    return {"spec": os.path.relpath(spec, ROOT), "operations": len(ops), "covered": len(hit),
            "missing": missing}


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def git_describe(binary: str) -> str:
    try:
        d = os.path.dirname(os.path.abspath(binary))
        return subprocess.run(["git", "-C", d, "rev-parse", "--short", "HEAD"], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def print_recording_summary(meta: dict) -> None:
    by_area: dict[str, int] = {}
    by_role: dict[str, int] = {}
    for a, r, n in meta["counts"]:
        by_area[a] = by_area.get(a, 0) + n
        by_role[r] = by_role.get(r, 0) + n
    print(f"recorded {meta['requests']} requests; clock "
          f"{meta['clock']}{' at ' + meta['fixed_at_iso'] if meta['fixed_at_iso'] else ''}")
    print("  per area: " + ", ".join(f"{a} {n}" for a, n in sorted(by_area.items())))
    print("  per role: " + ", ".join(f"{r} {n}" for r, n in sorted(by_role.items())))
    k = meta.get("kinds") or {}
    if k:
        print(f"  reads {k['reads']}, writes {k['writes']}; answered 2xx {k['2xx']}, "
              f"4xx {k['4xx']}, 5xx {k['5xx']}")
    print(f"  tables: {len(meta['tables'])}, rows: {sum(meta['tables'].values())}")
    cov = meta.get("coverage") or {}
    if cov.get("operations"):
        print(f"  routes of {cov['spec']}: {cov['covered']} of {cov['operations']} operations "
              f"requested at least once"
              + (f"; not requested: {', '.join(cov['missing'])}" if cov["missing"] else ""))


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

TS_RX = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# With the real clock only, inside text (sheets, JSON kept as text in a column): SHA-256 hex
# digests, because hash-chain links hash their timestamps.
HEX64_RX = re.compile(r"\b[0-9a-f]{64}\b")

# Always replaced: values random by design (session and CSRF tokens, salted password hashes,
# import error-report ids).
SECRET_KEYS = {"token", "csrf_token", "report_id"}
SECRET_COLUMNS = {("users", "password_hash"), ("sessions", "token_hash"),
                  ("sessions", "csrf_token"), ("password_history", "password_hash")}
# With the real clock only: hash-chain fields (each link hashes its own timestamp), durations
# and unix times. Timestamps inside any string are replaced by TS_RX.
CLOCK_KEYS = {"hash", "prev_hash", "last_hash", "figures_hash", "elapsed_seconds",
              "at_unix", "last_seen_at"}
# /metrics: request durations are timing, not behaviour; the counters stay.
METRICS_TIMING_RX = re.compile(r"^([a-z_:]+(?:_sum|_bucket)(?:\{.*\})?) \S+$", re.M)


class Normaliser:
    """Makes two runs comparable: replaces what differs by design (secrets; with the real clock
    also times and what hashes them) and, with --map-ids, ids the runs allocated differently."""

    def __init__(self, clock: str, id_map: dict | None = None):
        self.real_clock = clock == "real"
        self.id_map = id_map or {}

    def text(self, s: str) -> str:
        if not self.real_clock:
            return s
        if s[:1] in "{[":
            try:  # JSON kept as text (audit before/after): normalised key by key
                return json.dumps(self.value(json.loads(s)), ensure_ascii=False, sort_keys=True)
            except ValueError:
                pass
        return HEX64_RX.sub("<hex64>", TS_RX.sub("<time>", s))

    def value(self, v, key: str = ""):
        if key in SECRET_KEYS and isinstance(v, str):
            return "<secret>"
        if self.real_clock and key in CLOCK_KEYS and v is not None:
            return "<clock-dependent>"
        if self.id_map and (key == "id" or key.endswith("_id")) and isinstance(v, int):
            return self.id_map.get(v, v)
        if isinstance(v, dict):
            return {k: self.value(x, k) for k, x in v.items()}
        if isinstance(v, list):
            if self.id_map and key.endswith("_ids"):
                return [self.id_map.get(x, x) if isinstance(x, int) else self.value(x) for x in v]
            return [self.value(x, key) for x in v]
        if isinstance(v, str):
            return self.text(v)
        return v

    def headers(self, h: dict) -> dict:
        out = {}
        for k, v in h.items():
            if k == "set-cookie":
                v = re.sub(r"anjian_session=[^;]*", "anjian_session=<secret>", v)
            out[k] = self.text(v)
        return out

    def body(self, b: dict, target: str = ""):
        if "json" in b:
            return {"json": self.value(b["json"])}
        if "text" in b:
            t = b["text"]
            if target.split("?")[0] == "/metrics":
                t = METRICS_TIMING_RX.sub(r"\1 <timing>", t)
            return {"text": self.text(t)}
        if "xlsx" in b:
            x = b["xlsx"]
            sheets = {n: [self.text(r) for r in rows] for n, rows in x["sheets"].items()}
            xml = {n: self.text(t) for n, t in x.get("xml", {}).items()}
            # With the real clock a part's hash changes with every timestamp in it; the readable
            # sheets and the other XML parts are compared instead.
            parts = x["parts"] if not self.real_clock else sorted(x["parts"])
            return {"xlsx": {"parts": parts, "sheets": sheets, "xml": xml}}
        return b

    def target(self, t: str) -> str:
        if not self.id_map:
            return t
        return re.sub(r"/(\d+)(?=/|\?|$)",
                      lambda m: "/" + str(self.id_map.get(int(m.group(1)), m.group(1))), t)

    def row(self, table: str, cols: list[str], row: list) -> list:
        out = []
        for c, x in zip(cols, row):
            if x is None:
                pass
            elif (table, c) in SECRET_COLUMNS:
                x = "<secret>"
            elif self.real_clock and c in CLOCK_KEYS:
                x = "<clock-dependent>"
            elif isinstance(x, str):
                x = self.text(x)
            elif self.id_map and (c == "id" or c.endswith("_id")) and isinstance(x, int):
                x = self.id_map.get(x, x)
            out.append(x)
        return out


# --------------------------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------------------------


def load_exchanges(rec_dir: str) -> list[dict]:
    with gzip.open(os.path.join(rec_dir, "exchanges.jsonl.gz"), "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def load_json(path: str):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def iter_table(rec_dir: str, table: str):
    p = os.path.join(rec_dir, "tables", f"{table}.jsonl.gz")
    with gzip.open(p, "rt", encoding="utf-8") as f:
        head = json.loads(f.readline())
        yield head
        for line in f:
            yield json.loads(line)


def pretty(v) -> list[str]:
    return json.dumps(v, ensure_ascii=False, indent=1, sort_keys=True).splitlines()


def short_diff(a, b, context: int = 2, limit: int = 40) -> str:
    import difflib
    lines = list(difflib.unified_diff(pretty(a), pretty(b), "recording", "replay", n=context,
                                      lineterm=""))
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more diff lines)"]
    return "\n".join("      " + l for l in lines)


class Report:
    def __init__(self, show: int):
        self.show = show
        self.shown = 0
        self.total_diffs = 0

    def diff(self, title: str, detail: str = "") -> None:
        self.total_diffs += 1
        if self.shown < self.show:
            self.shown += 1
            print(f"  DIFF {title}")
            if detail:
                print(detail)


def load_expected(path: str | None) -> dict:
    """Deliberate changes a refactor may make to error answers (scripts/replay/expected.json):
    "rule_aliases" maps a new rule id to the id the recording has (a rule split in two), and
    "messages" lists rule ids whose messages were unified into one catalogue pair. Only the
    error items of those rules (and the top-level message an answer derives from them) may
    differ; everything else must stay identical."""
    if not path:
        return {"rule_aliases": {}, "messages": {}}
    data = load_json(path)
    return {"rule_aliases": data.get("rule_aliases", {}), "messages": data.get("messages", {})}


def apply_expected(body: dict, expected: dict) -> dict:
    if not expected["messages"] and not expected["rule_aliases"] or "json" not in body:
        return body
    aliases, messages = expected["rule_aliases"], expected["messages"]

    def walk(v):
        if isinstance(v, list):
            return [walk(x) for x in v]
        if not isinstance(v, dict):
            return v
        out = {k: walk(x) for k, x in v.items()}
        rule = out.get("rule")
        if isinstance(rule, str):
            rule = aliases.get(rule, rule)
            out["rule"] = rule
            if rule in messages:
                out.pop("message", None)
                out.pop("message_zh", None)
        errs = out.get("errors")
        if isinstance(errs, list) and errs and isinstance(errs[0], dict) and \
                errs[0].get("rule") in messages:
            out.pop("message", None)
            out.pop("message_zh", None)
        return out

    return {"json": walk(body["json"])}


def compare_recordings(rec_a: str, rec_b: str, show: int, map_ids: bool,
                       expected_path: str | None = None) -> int:
    expected = load_expected(expected_path)
    meta_a = load_json(os.path.join(rec_a, "meta.json"))
    meta_b = load_json(os.path.join(rec_b, "meta.json"))
    if meta_a.get("clock") != meta_b.get("clock") or meta_a.get("fixed_at") != meta_b.get("fixed_at"):
        print(f"note: clocks differ (recording {meta_a.get('clock')} {meta_a.get('fixed_at_iso')}, "
              f"replay {meta_b.get('clock')} {meta_b.get('fixed_at_iso')}); timestamps are normalised")
    clock = "real" if "real" in (meta_a.get("clock"), meta_b.get("clock")) or \
        meta_a.get("fixed_at") != meta_b.get("fixed_at") else "fixed"
    if meta_a.get("scenario_sha256") != meta_b.get("scenario_sha256"):
        print("note: the two recordings ran different versions of scenario.py")
    rep = Report(show)
    print(f"recording: {rec_a} ({meta_a.get('requests')} requests, binary {meta_a.get('binary')}"
          f"{' @ ' + meta_a['git'] if meta_a.get('git') else ''})")
    print(f"replay:    {rec_b} ({meta_b.get('requests')} requests, binary {meta_b.get('binary')}"
          f"{' @ ' + meta_b['git'] if meta_b.get('git') else ''})")

    # Captured ids: identical when both runs allocated the same ids (expected for a pure move).
    vars_a = load_json(os.path.join(rec_a, "vars.json"))
    vars_b = load_json(os.path.join(rec_b, "vars.json"))
    id_map_b_to_a: dict = {}
    var_diffs = [(k, vars_a.get(k), vars_b.get(k)) for k in sorted(set(vars_a) | set(vars_b))
                 if vars_a.get(k) != vars_b.get(k)]
    for k, a, b in var_diffs:
        if map_ids and isinstance(a, int) and isinstance(b, int):
            id_map_b_to_a[b] = a
    norm_a = Normaliser(clock)
    norm_b = Normaliser(clock, id_map_b_to_a)
    print(f"normalised: session/CSRF tokens, salted password hashes"
          + ("; timestamps, hash-chain fields and durations (real clock)" if clock == "real" else
             "; nothing clock-dependent (both runs at the same fixed instant)")
          + (f"; {len(id_map_b_to_a)} ids allocated differently, mapped" if id_map_b_to_a else ""))

    # 1. Exchanges.
    ex_a = load_exchanges(rec_a)
    ex_b = load_exchanges(rec_b)
    per_area: dict[str, list[int]] = {}
    exports = [0, 0]  # XLSX answers compared, identical
    expected_changes = [0]  # answers that differ only as scripts/replay/expected.json says
    status_diffs = 0
    body_diffs = 0
    print("\nresponses:")
    for i in range(max(len(ex_a), len(ex_b))):
        a = ex_a[i] if i < len(ex_a) else None
        b = ex_b[i] if i < len(ex_b) else None
        area = (a or b)["area"]
        cnt = per_area.setdefault(area, [0, 0, 0])
        cnt[0] += 1
        if a is None or b is None:
            cnt[2] += 1
            rep.diff(f"#{i + 1} [{area}] present in only one run: "
                     f"{(a or b)['method']} {(a or b)['target']}")
            continue
        ta, tb = norm_a.target(a["target"]), norm_b.target(b["target"])
        if (a["method"], ta, a["role"]) != (b["method"], tb, b["role"]):
            cnt[2] += 1
            rep.diff(f"#{a['seq']} [{area}] the runs sent different requests: "
                     f"{a['role']} {a['method']} {ta} vs {b['role']} {b['method']} {tb}")
            continue
        problems = []
        if a["status"] != b["status"]:
            problems.append(f"status {a['status']} -> {b['status']}")
            status_diffs += 1
        ha, hb = norm_a.headers(a["headers"]), norm_b.headers(b["headers"])
        if ha != hb:
            problems.append("headers")
        ba, bb = norm_a.body(a["body"], a["target"]), norm_b.body(b["body"], b["target"])
        if ba != bb and (expected["messages"] or expected["rule_aliases"]):
            ea, eb = apply_expected(ba, expected), apply_expected(bb, expected)
            if ea == eb:
                expected_changes[0] += 1
                ba, bb = ea, eb
        if "xlsx" in a["body"]:
            exports[0] += 1
            exports[1] += ba == bb
        if ba != bb:
            problems.append("body")
            body_diffs += 1
        if problems:
            cnt[2] += 1
            detail = ""
            if "headers" in problems:
                detail += short_diff(ha, hb) + "\n"
            if "body" in problems:
                detail += body_diff(ba, bb)
            rep.diff(f"#{a['seq']} [{area}] {a['role']} {a['method']} {a['target']}"
                     f"{' (' + a['label'] + ')' if a.get('label') else ''}: {', '.join(problems)}",
                     detail.rstrip())
        else:
            cnt[1] += 1

    # 2. Tables (the audit log is reported on its own line as well).
    print("\ntables:")
    tables_a = set(meta_a.get("tables", {}))
    tables_b = set(meta_b.get("tables", {}))
    table_counts: dict[str, list[int]] = {}
    for t in sorted(tables_a | tables_b):
        if t not in tables_a or t not in tables_b:
            rep.diff(f"table {t} exists only in the {'recording' if t in tables_a else 'replay'}")
            table_counts[t] = [0, 0, 1]
            continue
        table_counts[t] = compare_table(rec_a, rec_b, t, norm_a, norm_b, rep)

    # 3. Other files of the data folder.
    files_a = load_json(os.path.join(rec_a, "files.json"))
    files_b = load_json(os.path.join(rec_b, "files.json"))
    file_diffs = 0
    for fn in sorted(set(files_a) | set(files_b)):
        if files_a.get(fn) != files_b.get(fn):
            file_diffs += 1
            rep.diff(f"data file {fn}: {files_a.get(fn)} -> {files_b.get(fn)}")

    # Scenario steps that raised (say, an answer without the id a later request needs).
    errs_a, errs_b = meta_a.get("scenario_errors", []), meta_b.get("scenario_errors", [])
    if errs_a != errs_b:
        rep.diff("scenario steps failed differently: recording "
                 f"{errs_a or 'none'}, replay {errs_b or 'none'}")

    # Captured ids.
    for k, a, b in var_diffs:
        rep.diff(f"captured value {k}: recording {a!r}, replay {b!r}"
                 + (" (mapped)" if b in id_map_b_to_a else ""))

    # Summary.
    print("\nper area (requests / identical / different):")
    tot = [0, 0, 0]
    for area in sorted(per_area):
        c = per_area[area]
        tot = [x + y for x, y in zip(tot, c)]
        print(f"  {area:<22} {c[0]:>5} {c[1]:>5} {c[2]:>5}")
    print(f"  {'TOTAL':<22} {tot[0]:>5} {tot[1]:>5} {tot[2]:>5}"
          f"   (status differs: {status_diffs}, body differs: {body_diffs})")
    rows = [0, 0, 0]
    diff_tables = []
    for t, c in table_counts.items():
        rows = [x + y for x, y in zip(rows, c)]
        if c[2]:
            diff_tables.append(f"{t} ({c[2]})")
    if expected_path:
        print(f"expected changes ({expected_path}): {expected_changes[0]} answers differ only in the "
              f"messages or ids of the {len(expected['messages'])} rules listed there")
    print(f"exports (XLSX, every part and every cell): {exports[0]} compared, {exports[1]} identical")
    audit = table_counts.get("audit_log", [0, 0, 0])
    print(f"audit entries: {audit[0]} compared, {audit[1]} identical, {audit[2]} different")
    print(f"table rows: {len(table_counts)} tables, {rows[0]} rows compared, {rows[1]} identical, "
          f"{rows[2]} different" + (f" — in {', '.join(diff_tables)}" if diff_tables else ""))
    print(f"data files: {len(set(files_a) | set(files_b))} compared, {file_diffs} different")
    print(f"captured ids/values: {len(set(vars_a) | set(vars_b))}, {len(var_diffs)} different")
    if rep.total_diffs:
        print(f"\nRESULT: {rep.total_diffs} differences (first {min(rep.shown, rep.total_diffs)} shown above)")
        return 1
    print("\nRESULT: identical")
    return 0


def body_diff(ba: dict, bb: dict) -> str:
    if "xlsx" in ba and "xlsx" in bb:
        out = []
        xa, xb = ba["xlsx"], bb["xlsx"]
        for name in sorted(set(xa["sheets"]) | set(xb["sheets"])):
            ra, rb = xa["sheets"].get(name, []), xb["sheets"].get(name, [])
            if ra != rb:
                out.append(f"      {name}: {len(ra)} rows in the recording, {len(rb)} in the replay")
                shown = 0
                for i in range(max(len(ra), len(rb))):
                    a = ra[i].split("\t") if i < len(ra) else []
                    b = rb[i].split("\t") if i < len(rb) else []
                    if a == b:
                        continue
                    cells_a = dict(c.split("=", 1) for c in a if "=" in c)
                    cells_b = dict(c.split("=", 1) for c in b if "=" in c)
                    changed = [k for k in sorted(set(cells_a) | set(cells_b),
                                                 key=lambda k: (len(k), k))
                               if cells_a.get(k) != cells_b.get(k)]
                    out.append(f"      row {i + 1}: " + "; ".join(
                        f"{k}: {clip(cells_a.get(k))} -> {clip(cells_b.get(k))}" for k in changed[:6]))
                    shown += 1
                    if shown >= 8:
                        out.append("      ...")
                        break
        if xa["parts"] != xb["parts"]:
            pa, pb = xa["parts"], xb["parts"]
            if isinstance(pa, dict) and isinstance(pb, dict):
                changed = sorted(n for n in set(pa) | set(pb) if pa.get(n) != pb.get(n))
                out.append(f"      parts that differ: {', '.join(changed)}")
        for name in sorted(set(xa["xml"]) | set(xb["xml"])):
            if xa["xml"].get(name) != xb["xml"].get(name):
                out.append(f"      {name} differs")
        return "\n".join(out)
    if "text" in ba and "text" in bb:
        import difflib
        lines = list(difflib.unified_diff(ba["text"].splitlines(), bb["text"].splitlines(),
                                          "recording", "replay", n=1, lineterm=""))
        return "\n".join("      " + l for l in lines[:40])
    return short_diff(ba, bb)


def clip(v, n: int = 160) -> str:
    t = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
    return t if len(t) <= n else t[:n] + f"…(+{len(t) - n})"


def compare_table(rec_a, rec_b, t, norm_a, norm_b, rep) -> list[int]:
    ia, ib = iter_table(rec_a, t), iter_table(rec_b, t)
    head_a, head_b = next(ia), next(ib)
    if head_a["columns"] != head_b["columns"]:
        rep.diff(f"table {t}: columns differ: {head_a['columns']} vs {head_b['columns']}")
        return [0, 0, 1]
    cols = head_a["columns"]
    pk = head_a["primary_key"]
    pk_idx = [cols.index(c) for c in pk] if pk else None
    n = same = diff = 0
    shown_here = 0
    rows_a = list(ia)
    rows_b = list(ib)
    if len(rows_a) != len(rows_b):
        rep.diff(f"table {t}: {len(rows_a)} rows in the recording, {len(rows_b)} in the replay")
    for i in range(max(len(rows_a), len(rows_b))):
        ra = rows_a[i] if i < len(rows_a) else None
        rb = rows_b[i] if i < len(rows_b) else None
        n += 1
        na = norm_a.row(t, cols, ra) if ra is not None else None
        nb = norm_b.row(t, cols, rb) if rb is not None else None
        if na == nb:
            same += 1
            continue
        diff += 1
        if shown_here < 5:
            shown_here += 1
            key = [ra[j] for j in pk_idx] if (pk_idx and ra) else (i + 1)
            if na is None or nb is None:
                rep.diff(f"table {t} row {key}: only in the {'replay' if na is None else 'recording'}",
                         short_diff(na, nb))
            else:
                cells = {c: [x, y] for c, x, y in zip(cols, na, nb) if x != y}
                rep.diff(f"table {t} row {key}: " + "; ".join(
                    f"{c}: {clip(x)} -> {clip(y)}" for c, (x, y) in cells.items()))
        else:
            rep.total_diffs += 1
    return [n, same, diff]


# --------------------------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------------------------


def edit_recording(src: str, dst: str) -> list[str]:
    """A copy of recording `src` with one response message and one table cell changed, as a
    refactor that changed one message and one stored value would: the diff must name both."""
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    edits = []
    exchanges = load_exchanges(dst)
    for e in exchanges:
        body = e["body"].get("json")
        if e["status"] == 422 and isinstance(body, dict) and body.get("errors"):
            body["errors"][0]["message_zh"] += "。"
            edits.append(f"response #{e['seq']} ({e['method']} {e['target']}): "
                         "one error message_zh gained a full stop")
            break
    with gzip.open(os.path.join(dst, "exchanges.jsonl.gz"), "wt", encoding="utf-8") as f:
        for e in exchanges:
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    p = os.path.join(dst, "tables", "enterprises.jsonl.gz")
    with gzip.open(p, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    head = json.loads(lines[0])
    row = json.loads(lines[1])
    col = head["columns"].index("employees")
    row[col] = (row[col] or 0) + 1
    lines[1] = json.dumps(row, ensure_ascii=False)
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    edits.append(f"table enterprises row {row[0]}: employees + 1")
    return edits


def selftest(binary: str, out: str) -> int:
    """Records BINARY twice (the comparison must be identical), then diffs the first recording
    against an edited copy of the second (the comparison must report the edits)."""
    a, b, c = (os.path.join(out, n) for n in ("selftest-a", "selftest-b", "selftest-edited"))
    meta = None
    rc = record(binary, a, "fixed", None, False, True)
    if rc:
        return rc
    meta = load_json(os.path.join(a, "meta.json"))
    rc = record(binary, b, "fixed", meta["fixed_at"], False, True)
    if rc:
        return rc
    print("\n== the same binary twice: expecting no difference")
    same = compare_recordings(a, b, 20, False)
    print("\n== an edited copy of the second recording: expecting the edits")
    edits = edit_recording(b, c)
    for e in edits:
        print(f"   edited: {e}")
    caught = compare_recordings(a, c, 20, False)
    ok = same == 0 and caught == 1
    print(f"\nSELFTEST {'PASSED' if ok else 'FAILED'}: same binary -> "
          f"{'identical' if same == 0 else 'DIFFERENCES'}; edited copy -> "
          f"{'differences reported' if caught == 1 else 'NOT CAUGHT'}")
    return 0 if ok else 1


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record", help="run the scenario against BINARY and write a recording")
    r.add_argument("binary")
    r.add_argument("out")
    c = sub.add_parser("compare", help="record BINARY and diff it against RECORDING")
    c.add_argument("binary")
    c.add_argument("recording")
    c.add_argument("--out", help="where the replay's own recording goes "
                                 "(default RECORDING.replay)")
    for p in (r, c):
        p.add_argument("--clock", choices=["fixed", "real"], default=None,
                       help="fixed (default): the server's wall clock stopped at one instant "
                            "(LD_PRELOAD fixclock.so); real: the real clock, timestamps normalised")
        p.add_argument("--keep-data", action="store_true", help="keep the server's data folder")
        p.add_argument("--no-deadline-wait", action="store_true",
                       help="do not wait for the first hidden-danger deadline check")
    r.add_argument("--at", type=int, help="the fixed instant (unix seconds; default 02:00 UTC "
                                          "of today's China date)")
    d = sub.add_parser("diff", help="diff two recordings")
    d.add_argument("recording")
    d.add_argument("replay")
    for p in (c, d):
        p.add_argument("--show", type=int, default=20, help="differences printed (default 20)")
        p.add_argument("--map-ids", action="store_true",
                       help="map ids the two runs allocated differently (captured by name) "
                            "before comparing")
        p.add_argument("--expected", default=None,
                       help="JSON of deliberate error-answer changes (see expected.json): rule "
                            "ids whose messages were unified, rule ids split in two")
    t = sub.add_parser("selftest", help="record BINARY twice and expect no difference; then "
                                         "expect an edited copy to be caught")
    t.add_argument("binary")
    t.add_argument("--out", default=os.path.join(ROOT, "build", "replay"))
    a = ap.parse_args(argv)
    try:
        if a.cmd == "record":
            return record(a.binary, a.out, a.clock or "fixed", a.at, a.keep_data,
                          not a.no_deadline_wait)
        if a.cmd == "compare":
            meta = load_json(os.path.join(a.recording, "meta.json"))
            clock = a.clock or meta.get("clock", "fixed")
            out = a.out or (a.recording.rstrip("/") + ".replay")
            rc = record(a.binary, out, clock, meta.get("fixed_at") if clock == "fixed" else None,
                        a.keep_data, not a.no_deadline_wait)
            if rc:
                return rc
            print()
            return compare_recordings(a.recording, out, a.show, a.map_ids, a.expected)
        if a.cmd == "selftest":
            return selftest(a.binary, a.out)
        if a.cmd == "diff":
            return compare_recordings(a.recording, a.replay, a.show, a.map_ids, a.expected)
    except (RuntimeError, OSError, subprocess.CalledProcessError) as e:
        print(f"replay: {e}", file=sys.stderr)
        return 2
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
