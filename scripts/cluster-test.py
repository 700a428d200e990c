#!/usr/bin/env python3
"""Tests of an anjian cluster started by scripts/cluster.sh (issue 16). Python 3 stdlib only.

    cluster-test.py api         the replay scenario (~1,200 requests) through the nginx front
    cluster-test.py coherence   sign-out / permission / statistics / WebSocket across nodes
    cluster-test.py racing      two nodes post vouchers of the same new codes, 1,000 tries
    cluster-test.py failover    writers through nginx; kill -9 a node, kill -9 the primary, promote
    cluster-test.py jobs        (cluster started with the --clock-* flags) reminders exactly once,
                                kill -9 the job leader; with [SOLO_PORT SOLO_DB]: the same day on one
                                node (a copy of the seeded database) sent the same reminders

Reads the cluster from `scripts/cluster.sh env`. Each test prints one line
`PASS|FAIL <test>: <figures>` and exits 0/1.
"""

from __future__ import annotations

import base64
import collections
import http.client
import io
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PASSWORD = "Demo@2026"


def note(msg: str) -> None:
    print(f">> {msg}", flush=True)


def cluster_env() -> dict[str, str]:
    out = subprocess.run([os.path.join(HERE, "cluster.sh"), "env"], check=True,
                         capture_output=True, text=True).stdout
    env = {}
    for line in out.splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            env[k] = v.strip('"')
    return env


ENV: dict[str, str] = {}


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


class Client:
    """One keep-alive connection to one port; JSON in and out."""

    def __init__(self, port: int, timeout: float = 30):
        self.port = port
        self.timeout = timeout
        self.conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body=None, token: str | None = None,
                headers: dict | None = None):
        h = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            h["Content-Type"] = "application/json"
        elif method in ("POST", "PUT"):
            data = b""
        if token:
            h["Authorization"] = "Bearer " + token
        if headers:
            h.update(headers)
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body=data, headers=h)
                r = self.conn.getresponse()
                raw = r.read()
                hdrs = {k.lower(): v for k, v in r.getheaders()}
                if hdrs.get("connection", "").lower() == "close":
                    self.close()
                try:
                    js = json.loads(raw) if raw else None
                except ValueError:
                    js = None
                return r.status, hdrs, js
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 2 or method not in ("GET", "HEAD"):
                    raise
        raise AssertionError("unreachable")

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def login(port: int, user: str) -> str:
    st, _, js = Client(port).request("POST", "/api/v1/auth/login",
                                     {"username": user, "password": PASSWORD})
    if st != 200:
        raise RuntimeError(f"login {user} on :{port}: {st} {js}")
    return js["token"]


def poll(cond, timeout: float, step: float = 0.01):
    """Calls cond() until it returns a truthy value; returns (value, seconds) or (None, timeout)."""
    t0 = time.monotonic()
    while True:
        v = cond()
        if v:
            return v, time.monotonic() - t0
        if time.monotonic() - t0 > timeout:
            return None, time.monotonic() - t0
        time.sleep(step)


def result(name: str, ok: bool, figures: str) -> int:
    print(f"{'PASS' if ok else 'FAIL'} {name}: {figures}", flush=True)
    return 0 if ok else 1


# --------------------------------------------------------------------------------------------
# a. the API suite through the front
# --------------------------------------------------------------------------------------------

# Answers allowed to differ from the scenario's expectation: the scenario expects /metrics on the
# public listener, but the cluster's nodes configure no metrics listener or token, where the
# documented answer is 404 (docs/operations.md "Monitoring"; the same on every node directly).
THROUGH_PROXY = {("GET", "/metrics"): 404}


def test_api() -> int:
    sys.path.insert(0, os.path.join(HERE, "replay"))
    sys.dont_write_bytecode = True
    import replay  # noqa: E402
    import scenario  # noqa: E402

    front = port_of(ENV["CLUSTER_FRONT_URL"])
    nodes: collections.Counter = collections.Counter()
    s5xx: list[str] = []
    orig_send = replay.Session._send

    def send(self, method, target, body, headers):
        st, hdrs, raw = orig_send(self, method, target, body, headers)
        nodes[hdrs.get("x-anjian-node", "(no X-Anjian-Node header)")] += 1
        if st >= 500:
            s5xx.append(f"{method} {target}: {st} {raw[:200]!r}")
        return st, hdrs, raw

    replay.Session._send = send
    sess = replay.Session(front, io.StringIO())
    t0 = time.monotonic()
    for step in scenario.steps():
        try:
            step(sess)
        except Exception as e:  # noqa: BLE001
            sess.errors.append(f"{step.__name__}: {type(e).__name__}: {e}")
    dt = time.monotonic() - t0
    unexpected = []
    for m in sess.unexpected:
        allowed = False
        for (meth, path), st in THROUGH_PROXY.items():
            if f" {meth} {path}:" in m and f"got {st} " in m:
                allowed = True
        if not allowed:
            unexpected.append(m)
    for m in unexpected[:25]:
        print("   unexpected: " + m[:400])
    for m in s5xx[:10]:
        print("   5xx: " + m)
    for m in sess.errors[:10]:
        print("   step failed: " + m)
    real_nodes = {k: v for k, v in nodes.items() if not k.startswith("(")}
    ok = not unexpected and not s5xx and not sess.errors and len(real_nodes) == 3
    return result("api-through-front", ok,
                  f"{sess.seq} requests in {dt:.1f}s, {len(unexpected)} unexpected, {len(s5xx)} 5xx, "
                  f"{len(sess.errors)} failed steps; per node {dict(sorted(nodes.items()))}")


# --------------------------------------------------------------------------------------------
# b. coherence
# --------------------------------------------------------------------------------------------


def ws_connect(port: int, token: str, timeout: float = 5):
    """Minimal RFC 6455 client: the handshake; frames are read by ws_read."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    key = base64.b64encode(os.urandom(16)).decode()
    req = (f"GET /api/v1/ws?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
           f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
           f"Sec-WebSocket-Version: 13\r\n\r\n")
    sock.sendall(req.encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(4096)
        if not chunk:
            raise RuntimeError("WebSocket handshake: connection closed")
        buf += chunk
    head, rest = buf.split(b"\r\n\r\n", 1)
    if b" 101 " not in head.split(b"\r\n")[0]:
        raise RuntimeError(f"WebSocket handshake refused: {head[:200]!r}")
    return WS(sock, rest)


class WS:
    def __init__(self, sock: socket.socket, pending: bytes):
        self.sock, self.pending = sock, pending

    def recv(self, n):
        return self.sock.recv(n)

    def settimeout(self, t):
        self.sock.settimeout(t)

    def close(self):
        self.sock.close()


def ws_read(sock, timeout: float) -> str | None:
    """Next text message, or None at the deadline."""
    deadline = time.monotonic() + timeout
    buf = sock.pending  # type: ignore[attr-defined]

    def need(n):
        nonlocal buf
        while len(buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            sock.settimeout(left)
            chunk = sock.recv(65536)
            if not chunk:
                raise RuntimeError("WebSocket closed")
            buf += chunk

    try:
        while True:
            need(2)
            op, ln = buf[0] & 0x0F, buf[1] & 0x7F
            off = 2
            if ln == 126:
                need(4); ln = struct.unpack(">H", buf[2:4])[0]; off = 4
            elif ln == 127:
                need(10); ln = struct.unpack(">Q", buf[2:10])[0]; off = 10
            need(off + ln)
            payload, buf = buf[off:off + ln], buf[off + ln:]
            sock.pending = buf  # type: ignore[attr-defined]
            if op == 1:
                return payload.decode()
            if op == 8:
                raise RuntimeError("WebSocket closed by the server")
    except (TimeoutError, socket.timeout):
        sock.pending = buf  # type: ignore[attr-defined]
        return None


def test_coherence() -> int:
    a, b, c = (port_of(ENV[f"CLUSTER_NODE{i}_URL"]) for i in (1, 2, 3))
    fails, figs = [], []

    # Sign out on A: the token is refused on B and C within 1 s.
    tok = login(a, "jining.viewer")
    for p in (b, c):
        st, _, _ = Client(p).request("GET", "/api/v1/auth/me", token=tok)
        if st != 200:
            fails.append(f"fresh token refused on :{p} ({st})")
    st, _, _ = Client(a).request("POST", "/api/v1/auth/logout", token=tok)
    t_out = time.monotonic()
    delays = []
    for p in (b, c):
        cl = Client(p)
        _, _ = poll(lambda: cl.request("GET", "/api/v1/auth/me", token=tok)[0] == 401, 5)
        delays.append(time.monotonic() - t_out)
    figs.append("logout A→B,C refused after " + "/".join(f"{d * 1000:.0f}ms" for d in delays))
    if st not in (200, 204) or max(delays) > 1.0:
        fails.append(f"logout (status {st}) not enforced within 1 s: {delays}")

    # A permission taken from a role on A is enforced on C within 1 s (and given back).
    sec = login(a, "secadmin")
    viewer = login(c, "jining.viewer")
    ca, cc = Client(a), Client(c)
    st0 = cc.request("GET", "/api/v1/dashboard", token=viewer)[0]
    roles = ca.request("GET", "/api/v1/roles", token=sec)[2] or []
    perms = next((r.get("permissions", []) for r in roles if r.get("code") == "regulator_ro"), [])
    reduced = [p for p in perms if p != "dashboard:read"]
    st1 = ca.request("PUT", "/api/v1/roles/regulator_ro/permissions", {"permissions": reduced},
                     token=sec)[0]
    t = time.monotonic()
    poll(lambda: cc.request("GET", "/api/v1/dashboard", token=viewer)[0] == 403, 5)
    d_take = time.monotonic() - t
    st2 = ca.request("PUT", "/api/v1/roles/regulator_ro/permissions", {"permissions": perms},
                     token=sec)[0]
    t = time.monotonic()
    poll(lambda: cc.request("GET", "/api/v1/dashboard", token=viewer)[0] == 200, 5)
    d_give = time.monotonic() - t
    figs.append(f"permission A→C taken {d_take * 1000:.0f}ms, given back {d_give * 1000:.0f}ms")
    if st0 != 200 or st1 != 200 or st2 != 200 or d_take > 1.0 or d_give > 1.0:
        fails.append(f"permission change: statuses {st0}/{st1}/{st2}, delays {d_take:.2f}/{d_give:.2f}s")

    # A hidden-danger report on A: B's statistics include it on the next read.
    rep = login(a, "hc.safety")
    reg = login(b, "jining")
    cb = Client(b)

    def total():
        st, _, js = cb.request("GET", "/api/v1/hidden-dangers/statistics", token=reg)
        if st != 200:
            raise RuntimeError(f"statistics on B: {st} {js}")
        return json.dumps(js.get("totals"), sort_keys=True), js.get("totals")

    before_s, before = total()
    st, _, js = Client(a).request("POST", "/api/v1/hidden-dangers",
                                  {"title": "集群一致性检查（A 节点）", "description": "cluster test",
                                   "location": "罐区", "hazard_factor": "2"}, token=rep)
    after_s, after = total()
    figs.append(f"hidden danger A→B statistics {'changed' if after_s != before_s else 'UNCHANGED'} "
                f"on the next read")
    if st != 201 or after_s == before_s:
        fails.append(f"statistics on B did not include the report (POST {st}; {before} → {after})")

    # A notification written on A reaches a WebSocket client on C within 1 s. The report above
    # notifies the enterprise's principal: listen as hc.principal on C, report again on A.
    try:
        ws = ws_connect(c, login(c, "hc.principal"))
        t = time.monotonic()
        st, _, _ = Client(a).request("POST", "/api/v1/hidden-dangers",
                                     {"title": "集群推送检查（A 节点）", "description": "cluster test",
                                      "location": "罐区", "hazard_factor": "2"}, token=rep)
        msg = ws_read(ws, 3)
        d_ws = time.monotonic() - t
        ws.close()
        if msg is None:
            fails.append(f"no WebSocket message on C within 3 s (report on A: {st})")
            figs.append("WebSocket A→C: none")
        else:
            figs.append(f"WebSocket A→C {d_ws * 1000:.0f}ms")
            if d_ws > 1.0 or '"notification"' not in msg:
                fails.append(f"WebSocket message after {d_ws:.2f}s: {msg[:200]}")
    except Exception as e:  # noqa: BLE001
        fails.append(f"WebSocket: {type(e).__name__}: {e}")
    # The WebSocket upgrade passes through nginx too.
    try:
        front = port_of(ENV["CLUSTER_FRONT_URL"])
        ws_connect(front, login(front, "hc.principal")).close()
        figs.append("WebSocket upgrade through nginx: 101")
    except Exception as e:  # noqa: BLE001
        fails.append(f"WebSocket through nginx: {type(e).__name__}: {e}")
    for f in fails:
        print("   " + f)
    return result("coherence", not fails, "; ".join(figs))


# --------------------------------------------------------------------------------------------
# e. racing: two nodes post the same new detonator codes at once
# --------------------------------------------------------------------------------------------


def make_store(port: int, name: str) -> int:
    pr = login(port, "mb.principal")
    cl = Client(port)
    st, _, js = cl.request("POST", "/api/v1/stores",
                           {"name": name, "kind": "main_magazine", "rated_pieces": 1000000},
                           token=pr)
    if st != 201:
        raise RuntimeError(f"store: {st} {js}")
    sid = js["id"]
    keeper = next(u["id"] for u in (cl.request("GET", "/api/v1/users?q=mb.keeper",
                                               token=login(port, "sysadmin"))[2] or {}).get("items", [])
                  if u.get("username") == "mb.keeper")
    st, _, js = cl.request("POST", f"/api/v1/stores/{sid}/storekeepers", {"user_id": keeper}, token=pr)
    if st != 201:
        raise RuntimeError(f"storekeeper: {st} {js}")
    return sid


def det_voucher(store: int, codes: list[str]) -> dict:
    return {"store_id": store, "direction": "in", "reason": "production",
            "lines": [{"product_id": "electronic_detonator", "codes": codes, "batch": "CLUSTER"}],
            "second_person": {"username": "mb.safety", "password": PASSWORD}}


def race(clients, tok, body) -> tuple[int, ...]:
    """Both nodes post the same body at once (a barrier releases them together)."""
    res = {}
    barrier = threading.Barrier(len(clients))

    def post(p):
        barrier.wait()
        res[p] = clients[p].request("POST", "/api/v1/vouchers", body, token=tok[p])

    ts = [threading.Thread(target=post, args=(p,)) for p in clients]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return res


def test_racing(tries: int) -> int:
    """Two nodes, directly (not through nginx), post a production voucher (receipt) of the same new
    code at once, `tries` times; then issue the first tenth of those codes from both nodes at once.
    Exactly one post wins each time, the other gets 409/422 (never 500); afterwards every node's
    view of the store's stock (its code index included) holds each remaining code once."""
    a, b = port_of(ENV["CLUSTER_NODE1_URL"]), port_of(ENV["CLUSTER_NODE2_URL"])
    store = make_store(a, f"集群竞争测试库{int(time.time())}")
    tok = {a: login(a, "mb.keeper"), b: login(b, "mb.keeper")}
    outcomes: collections.Counter = collections.Counter()
    bad: list[str] = []
    t0 = time.monotonic()
    issue = max(1, tries // 10)
    lock = threading.Lock()

    def lane(k: int, lanes: int, phase: str, n: int):
        # Races are independent (each its own code): `lanes` pairs of connections race at once
        # to use both cores; within a race the two posts still meet at a barrier.
        clients = {a: Client(a), b: Client(b)}
        for i in range(k, n, lanes):
            # GA 441-shaped, a date the demo never uses; the feature letter differs per store
            # so a rerun on the same cluster races fresh codes.
            code = f"3761207{'ABCDEFGHJKLMNPQRSTUVWXYZ'[store % 24]}{i:05d}"
            if phase == "receipt":
                body = det_voucher(store, [code])
            else:
                body = {"store_id": store, "direction": "out", "reason": "issue",
                        "lines": [{"product_id": "electronic_detonator", "codes": [code]}],
                        "second_person": {"username": "mb.safety", "password": PASSWORD}}
            res = race(clients, tok, body)
            sts = tuple(sorted(r[0] for r in res.values()))
            with lock:
                outcomes[(phase,) + sts] += 1
                if sts[0] != 201 or sts[1] not in (409, 422):
                    bad.append(f"{phase} {code}: {[(r[0], r[2]) for r in res.values()]}"[:400])

    lanes = int(os.environ.get("CLUSTER_RACING_LANES", "2"))
    for phase, n in (("receipt", tries), ("issue", issue)):
        ts = [threading.Thread(target=lane, args=(k, lanes, phase, n)) for k in range(lanes)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    dt = time.monotonic() - t0
    # Every node (the third one too) sees each remaining code once.
    counts = {}
    for i in (1, 2, 3):
        p = port_of(ENV[f"CLUSTER_NODE{i}_URL"])
        st, _, js = Client(p).request("GET", f"/api/v1/stores/{store}/stock", token=login(p, "mb.keeper"))
        counts[f"n{i}"] = (js or {}).get("code_count") if st == 200 else f"status {st}"
    if any(c != tries - issue for c in counts.values()):
        bad.append(f"stock code_count per node {counts}, expected {tries - issue}")
    for m in bad[:10]:
        print("   " + m)
    figs = ", ".join(f"{k[0]} {'+'.join(map(str, k[1:]))}: {v}" for k, v in sorted(outcomes.items()))
    return result("racing", not bad,
                  f"{tries} receipts + {issue} issues raced in {dt:.1f}s; outcomes {figs}; "
                  f"code_count per node {counts}")


# --------------------------------------------------------------------------------------------
# d. fail-over
# --------------------------------------------------------------------------------------------


class Writer(threading.Thread):
    """Posts one kind of write through the front until stopped, retrying on errors; keeps what
    was acknowledged (201) with the time of each answer."""

    def __init__(self, kind: str, front: int, stop: threading.Event, store: int):
        super().__init__(daemon=True)
        self.kind, self.front, self.stop_ev, self.store = kind, front, stop, store
        self.acked: list[tuple[float, dict]] = []
        self.errors: collections.Counter = collections.Counter()
        self.token = None

    def run(self):
        cl = Client(self.front, timeout=15)
        n = 0
        while not self.stop_ev.is_set():
            n += 1
            try:
                if self.token is None:
                    self.token = login(self.front, "mb.keeper" if self.kind == "voucher" else "hc.safety")
                if self.kind == "voucher":
                    body = {"store_id": self.store, "direction": "in", "reason": "production",
                            "lines": [{"product_id": "industrial_explosive", "quantity": 1,
                                       "batch": f"FO-{n}"}],
                            "second_person": {"username": "mb.safety", "password": PASSWORD}}
                    st, _, js = cl.request("POST", "/api/v1/vouchers", body, token=self.token)
                else:
                    st, _, js = cl.request("POST", "/api/v1/hidden-dangers",
                                           {"title": f"切换测试隐患 {n}", "description": "fail-over",
                                            "location": "罐区", "hazard_factor": "2"},
                                           token=self.token)
                if st == 201:
                    self.acked.append((time.monotonic(), js))
                else:
                    self.errors[st] += 1
                    if st == 401:
                        self.token = None
                    time.sleep(0.05)
            except Exception as e:  # noqa: BLE001 — retried
                self.errors[type(e).__name__] += 1
                cl.close()
                time.sleep(0.05)


def psql(port: int, sql: str, db: str = "anjian") -> str:
    cmd = ["/usr/lib/postgresql/15/bin/psql", "-X", "-At", "-h", ENV["CLUSTER_PG_SOCKET"], "-p", str(port),
           "-U", "anjian", "-d", db, "-c", sql]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--"] + cmd
    return subprocess.run(cmd, check=True, capture_output=True, text=True, cwd="/").stdout


def test_failover() -> int:
    front = port_of(ENV["CLUSTER_FRONT_URL"])
    a = port_of(ENV["CLUSTER_NODE1_URL"])
    pr = login(a, "mb.principal")
    st, _, js = Client(a).request("GET", "/api/v1/stores", token=login(a, "mb.keeper"))
    store = next(x["id"] for x in js["items"] if x.get("name") == "1号总库（工业炸药）")
    del pr
    stop = threading.Event()
    writers = [Writer("voucher", front, stop, store) for _ in range(2)] + \
              [Writer("hidden_danger", front, stop, store) for _ in range(2)]
    for w in writers:
        w.start()
    fails, figs = [], []

    def acked():
        return sum(len(w.acked) for w in writers)

    poll(lambda: acked() >= 20, 30, 0.05)
    # kill -9 one anjian node (node 2): writers keep going through the others.
    pid2 = int(ENV["CLUSTER_NODE2_PID"])
    os.kill(pid2, signal.SIGKILL)
    t_node = time.monotonic()
    n0 = acked()
    _, d = poll(lambda: acked() >= n0 + 20, 30, 0.02)
    figs.append(f"node n2 killed: 20 more writes acknowledged in {d:.2f}s")
    # kill -9 the PostgreSQL primary, promote the standby.
    pid_pg = int(open(os.path.join(ENV["CLUSTER_PG_PRIMARY_DATA"], "postmaster.pid")).readline())
    n1 = acked()
    os.kill(pid_pg, signal.SIGKILL)
    t_kill = time.monotonic()
    # The postmaster's children die with it only when they notice; end them too (a dead machine).
    subprocess.run(["pkill", "-9", "-P", str(pid_pg)], check=False)
    subprocess.run([os.path.join(HERE, "cluster.sh"), "promote"], check=True)
    t_prom = time.monotonic()
    got, d = poll(lambda: acked() >= n1 + 20, 60, 0.02)
    if not got:
        fails.append("writes did not resume within 60 s of the promotion")
    time.sleep(0)  # writers keep going briefly after the first success
    n2 = acked()
    poll(lambda: acked() >= n2 + 20, 20, 0.02)
    stop.set()
    for w in writers:
        w.join(20)
    del t_node
    # Unavailability window: the longest gap between two acknowledged writes (all writers).
    times = sorted(t for w in writers for t, _ in w.acked)
    gaps = [(times[i + 1] - times[i], times[i]) for i in range(len(times) - 1)]
    gap, at = max(gaps) if gaps else (0, 0)
    figs.append(f"primary killed, standby promoted {t_prom - t_kill:.2f}s later; longest gap "
                f"between acknowledged writes {gap:.2f}s (unavailability window)")
    errors = collections.Counter()
    for w in writers:
        errors.update(w.errors)
    figs.append(f"errors retried {dict(errors)}")
    if any(isinstance(k, int) and k >= 500 and k not in (502, 503, 504) for k in errors):
        fails.append(f"a write met an answer other than 502/503/504 while the database was down: "
                     f"{dict(errors)} (a dead database must answer 503 with Retry-After, never 500)")
    # Every acknowledged write is on the promoted database.
    v_ids = [js["id"] for w in writers if w.kind == "voucher" for _, js in w.acked]
    h_ids = [js["id"] for w in writers if w.kind == "hidden_danger" for _, js in w.acked]
    p2 = int(ENV["CLUSTER_PG_STANDBY_PORT"])
    have_v = set(int(x) for x in psql(p2, f"SELECT id FROM vouchers WHERE id IN ({','.join(map(str, v_ids))})").split())
    have_h = set(int(x) for x in psql(p2, f"SELECT id FROM hidden_dangers WHERE id IN ({','.join(map(str, h_ids))})").split())
    lost_v, lost_h = set(v_ids) - have_v, set(h_ids) - have_h
    figs.append(f"acknowledged {len(v_ids)} vouchers / {len(h_ids)} hidden dangers, lost "
                f"{len(lost_v)} / {len(lost_h)}")
    if lost_v or lost_h:
        fails.append(f"lost acknowledged writes: vouchers {sorted(lost_v)[:10]}, hidden dangers {sorted(lost_h)[:10]}")
    # audit verify and ledger verify against the promoted database.
    url = ENV["CLUSTER_PG_STANDBY_URL"]
    for tool in ("audit", "ledger"):
        r = subprocess.run([ENV["ANJIAN_BIN"], "--data", os.path.join(ENV["CLUSTER_DIR"], "verify"),
                            "--database", url, tool, "verify"], capture_output=True, text=True)
        line = (r.stdout.strip().splitlines() or [""])[-1]
        figs.append(f"{tool} verify: rc {r.returncode} ({line[:100]})")
        if r.returncode != 0:
            fails.append(f"{tool} verify failed: {r.stdout[-500:]} {r.stderr[-500:]}")
    # The surviving nodes reconnected by themselves: each answers an authenticated read.
    for i in (1, 3):
        p = port_of(ENV[f"CLUSTER_NODE{i}_URL"])
        got, d = poll(lambda: Client(p).request("GET", "/api/v1/auth/me",
                                                token=writers[0].token or login(p, "mb.keeper"))[0] == 200, 30, 0.1)
        if not got:
            fails.append(f"node n{i} did not reconnect")
    for f in fails:
        print("   " + f)
    return result("failover", not fails, "; ".join(figs))


# --------------------------------------------------------------------------------------------
# c. jobs (cluster started with the simulated-clock flags)
# --------------------------------------------------------------------------------------------


def node_info(port: int):
    try:
        st, _, js = Client(port, timeout=2).request("GET", "/healthz/node")
        return js if st == 200 else None
    except OSError:
        return None


# What the reminder jobs leave for one simulated day: each notification as (recipient, kind,
# title, link), and the keys of the idempotency tables (one row per reminder that may go once).
REMINDER_KEY_TABLES = ("daily_close_reminders", "zero_report_reminders", "licence_reminders",
                       "certificate_reminders")


def reminder_rows(db: str, since: str) -> list[str]:
    rows = psql_primary(
        "SELECT u.username || ' | ' || n.kind || ' | ' || n.title || ' | ' || COALESCE(n.link, '') "
        f"FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.created_at >= '{since}' "
        "ORDER BY 1", db)
    return [r for r in rows.splitlines() if r]


def key_counts(db: str) -> dict[str, int]:
    return {t: int(psql_primary(f"SELECT count(*) FROM {t}", db).strip() or 0) for t in REMINDER_KEY_TABLES}


def test_jobs(until_unix: float, sim_start: float, epoch: float, solo_port: int = 0,
              solo_db: str = "") -> int:
    ports = [port_of(ENV[f"CLUSTER_NODE{i}_URL"]) for i in (1, 2, 3)]
    fails, figs = [], []
    leaders, d = poll(lambda: [p for p in ports if (node_info(p) or {}).get("jobs") == "leader"], 30, 0.1)
    if not leaders or len(leaders) != 1:
        return result("jobs", False, f"expected one leader on /healthz/node, got {leaders} "
                                     f"({[node_info(p) for p in ports]})")
    leader = leaders[0]
    others = {p: (node_info(p) or {}).get("jobs") for p in ports if p != leader}
    figs.append(f"leader :{leader}, the others {others}")
    if any(v != "standby" for v in others.values()):
        fails.append(f"the other nodes are not standby: {others}")
    # Let the jobs run until the middle of the simulated day, then kill -9 the leader.
    mid = epoch + (until_unix - epoch) / 2
    while time.time() < mid:
        time.sleep(0.2)
    i = ports.index(leader) + 1
    lease0 = psql_primary("SELECT holder || ' epoch ' || epoch FROM job_leases WHERE job = 'jobs'").strip()
    os.kill(int(ENV[f"CLUSTER_NODE{i}_PID"]), signal.SIGKILL)
    t = time.monotonic()
    rest = [p for p in ports if p != leader]
    new, d = poll(lambda: [p for p in rest if (node_info(p) or {}).get("jobs") == "leader"], 30, 0.1)
    figs.append(f"killed, new leader {new} after {d:.1f}s")
    if not new:
        fails.append("no new leader within 30 s")
    lease1 = psql_primary("SELECT holder || ' epoch ' || epoch FROM job_leases WHERE job = 'jobs'").strip()
    figs.append(f"lease (fencing token) {lease0} → {lease1}")
    try:
        if int(lease1.rsplit(" ", 1)[1]) <= int(lease0.rsplit(" ", 1)[1]) or lease1.split(" ")[0] == f"n{i}":
            fails.append(f"the lease did not move to a new holder with a higher epoch: {lease0} → {lease1}")
    except (ValueError, IndexError):
        fails.append(f"job_leases unreadable: {lease0!r} → {lease1!r}")
    # Wait for the end of the simulated span (+ two job periods), then look for duplicates.
    while time.time() < until_unix + 5:
        time.sleep(0.5)
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(sim_start))
    q = (f"FROM notifications WHERE created_at >= '{since}'")
    dup = psql_primary(f"SELECT count(*) FROM (SELECT user_id, kind, title, link, count(*) {q} "
                       "GROUP BY 1,2,3,4 HAVING count(*) > 1) d").strip()
    total = psql_primary(f"SELECT count(*) {q}").strip()
    kinds = psql_primary(f"SELECT string_agg(kind || '=' || n, ', ') FROM (SELECT kind, count(*) n {q} "
                         "GROUP BY kind ORDER BY kind) k").strip()
    figs.append(f"{total} reminders in the simulated day ({kinds}), {dup} (user, kind, title, link) "
                f"sent more than once")
    if dup != "0":
        fails.append(f"{dup} reminders sent more than once")
    if total == "0":
        fails.append("no reminder was sent during the simulated day")
    # Nothing lost: the single node's run of the same day (same clock flags, a copy of the same
    # seeded database) sent exactly the same reminders and kept the same idempotency keys.
    if solo_port:
        if (node_info(solo_port) or {}).get("jobs") != "leader":
            fails.append(f"the single node does not lead its jobs: {node_info(solo_port)}")
        cluster_rows, solo_rows = reminder_rows("anjian", since), reminder_rows(solo_db, since)
        lost = sorted(set(solo_rows) - set(cluster_rows))
        extra = sorted(set(cluster_rows) - set(solo_rows))
        ck, sk = key_counts("anjian"), key_counts(solo_db)
        figs.append(f"one node over the same day: {len(solo_rows)} reminders, {len(lost)} missing "
                    f"from the cluster, {len(extra)} only in the cluster; idempotency keys "
                    f"cluster {ck} / one node {sk}")
        if not solo_rows:
            fails.append("the single node sent no reminder")
        if lost or extra or len(solo_rows) != len(cluster_rows):
            fails.append(f"the cluster's reminders differ from one node's: missing {lost[:5]}, "
                         f"extra {extra[:5]} ({len(cluster_rows)} vs {len(solo_rows)} rows)")
        if ck != sk:
            fails.append(f"idempotency keys differ: cluster {ck}, one node {sk}")
    for f in fails:
        print("   " + f)
    return result("jobs", not fails, "; ".join(figs))


def psql_primary(sql: str, db: str = "anjian") -> str:
    return psql(int(ENV["CLUSTER_PG_PRIMARY_PORT"]), sql, db)


def main(argv: list[str]) -> int:
    global ENV
    if len(argv) < 2:
        print(__doc__)
        return 2
    ENV = cluster_env()
    what = argv[1]
    try:
        if what == "api":
            return test_api()
        if what == "coherence":
            return test_coherence()
        if what == "racing":
            return test_racing(int(argv[2]) if len(argv) > 2 else 1000)
        if what == "failover":
            return test_failover()
        if what == "jobs":
            return test_jobs(float(argv[2]), float(argv[3]), float(argv[4]),
                             int(argv[5]) if len(argv) > 5 else 0, argv[6] if len(argv) > 6 else "")
    except Exception as e:  # noqa: BLE001
        import traceback
        traceback.print_exc()
        return result(what, False, f"{type(e).__name__}: {e}")
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
