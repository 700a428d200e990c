#!/usr/bin/env python3
"""Measurements of bench/national (see README.md): three anjian nodes behind nginx on the
national dataset, driven by wrk with a Lua script that rotates the requests (filters, pages,
regulators). Prints the figures and writes them as JSON to OUT/results.json.

Called by run.sh with the database ready; starts and stops its own nodes and nginx.
"""
import argparse
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TICK = os.sysconf("SC_CLK_TCK")
PASSWORD = "Demo@2026"  # the demo's, copied to the bench's regulators by gen.py


def say(*a):
    print(*a, flush=True)


def http(method, url, body=None, token=None, timeout=30):
    req = urllib.request.Request(url, method=method, data=body)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)


def wait_http(url, deadline_s, proc=None):
    end = time.time() + deadline_s
    while time.time() < end:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"process for {url} exited with {proc.returncode}")
        try:
            if http("GET", url, timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} not up within {deadline_s} s")


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        rest = f.read().rsplit(")", 1)[1].split()
    return int(rest[11]) + int(rest[12])  # utime + stime (fields 14, 15)


def pg_cpu_ticks(postmaster):
    """utime + stime of the PostgreSQL server's processes (the postmaster's children)."""
    total = 0
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                rest = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(rest[1]) == postmaster or int(d) == postmaster:
            total += int(rest[11]) + int(rest[12])
    return total


def vm_hwm_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Cluster:
    def __init__(self, a, work):
        self.a, self.work = a, work
        self.nodes = []  # (port, Popen)
        self.nginx = None
        os.makedirs(f"{work}/nginx/tmp", exist_ok=True)

    def start_nodes(self):
        for i, port in enumerate(self.a.node_ports):
            data = f"{self.work}/node{i + 1}"
            os.makedirs(data, exist_ok=True)
            logf = open(f"{data}/server.log", "w")
            cmd = [self.a.bin, "--data", data, "--database", self.a.db, "serve", "--bind",
                   "127.0.0.1", "--port", str(port)] + self.a.node_args
            p = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT,
                                 start_new_session=True)
            self.nodes.append((port, p))
        for port, p in self.nodes:
            wait_http(f"http://127.0.0.1:{port}/healthz", 300, p)
        say(f"   {len(self.nodes)} anjian nodes up on ports "
            f"{', '.join(str(p) for p, _ in self.nodes)} (pids "
            f"{', '.join(str(p.pid) for _, p in self.nodes)})")

    def nginx_conf(self, n):
        w = f"{self.work}/nginx"
        ups = "\n".join(f"    server 127.0.0.1:{port} max_fails=0;" for port, _ in self.nodes[:n])
        with open(f"{w}/nginx.conf", "w") as f:
            f.write(f"""worker_processes 1;
daemon off;
pid {w}/nginx.pid;
error_log {w}/error.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  keepalive_timeout 75s;
  keepalive_requests 1000000;
  client_body_temp_path {w}/tmp/body;
  proxy_temp_path {w}/tmp/proxy;
  fastcgi_temp_path {w}/tmp/fastcgi;
  uwsgi_temp_path {w}/tmp/uwsgi;
  scgi_temp_path {w}/tmp/scgi;
  upstream anjian {{
{ups}
    keepalive 64;
  }}
  server {{
    listen 127.0.0.1:{self.a.nginx_port};
    location / {{
      proxy_pass http://anjian;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For 127.0.0.1;
      proxy_buffering on;
      proxy_buffers 16 64k;
    }}
  }}
}}
""")

    def use_nodes(self, n):
        self.nginx_conf(n)
        w = f"{self.work}/nginx"
        if self.nginx is None:
            self.nginx = subprocess.Popen(["nginx", "-p", w, "-e", f"{w}/error.log", "-c",
                                           f"{w}/nginx.conf"], stdin=subprocess.DEVNULL,
                                          start_new_session=True)
        else:
            subprocess.run(["nginx", "-p", w, "-e", f"{w}/error.log", "-c", f"{w}/nginx.conf",
                            "-s", "reload"], check=True)
            time.sleep(0.5)  # the old worker finishes; nothing measured here
        wait_http(f"http://127.0.0.1:{self.a.nginx_port}/healthz", 20, self.nginx)

    def stop(self):
        procs = ([self.nginx] if self.nginx else []) + [p for _, p in self.nodes]
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def login(front, user):
    st, body, _ = http("POST", f"{front}/api/v1/auth/login",
                       json.dumps({"username": user, "password": PASSWORD}).encode(), timeout=120)
    if st != 200:
        raise SystemExit(f"login {user}: HTTP {st} {body[:300]!r}")
    return json.loads(body)["token"]


STATES = ["reported", "assessed", "rectification_assigned", "rectified",
          "awaiting_regulator_signoff", "closed", "dismissed"]
INDUSTRIES = ["general", "hazardous_chemicals", "civil_ship", "civil_explosives_sales",
              "civil_explosives_production"]


def hd_path(rng, regions):
    f = []
    k = rng.randrange(9)
    if k == 0:
        f.append(f"state={rng.choice(STATES)}")
    elif k == 1:
        f.append("overdue=true")
    elif k == 2:
        f.append(f"level={rng.choice(['major', 'ordinary'])}&open=true")
    elif k == 3:
        f.append(f"industry={rng.choice(INDUSTRIES)}&state={rng.choice(STATES)}")
    elif k == 4:
        f.append("listed=true&open=true")
    elif k == 5:
        f.append(f"q={rng.choice(['%E6%B6%88%E9%98%B2', '%E7%94%B5%E6%B0%94', '%E9%98%B2%E9%9B%B7'])}")  # 消防 电气 防雷
    elif k == 6:
        f.append(f"source={rng.choice(['inspection', 'enforcement', 'referral'])}&hazard_factor={rng.randrange(1, 5)}")
    if regions and rng.random() < 0.4:
        f.append(f"region_code={rng.choice(regions)}")
    r = rng.random()
    page = 1 if r < 0.5 else rng.randrange(2, 11) if r < 0.85 else rng.randrange(11, 101)
    f.append(f"page={page}&page_size=20")
    return "/api/v1/hidden-dangers?" + "&".join(f)


def ent_path(rng, regions):
    f = []
    k = rng.randrange(6)
    if k == 0:
        f.append(f"industry={rng.choice(INDUSTRIES)}")
    elif k == 1:
        f.append(f"q={rng.choice(['%E5%8C%96%E5%B7%A5', '%E6%B0%91%E7%88%86', '1234', '%E5%8E%8B%E6%B5%8B%E4%BC%81%E4%B8%9A77'])}")  # 化工 民爆 1234 压测企业77
    elif k == 2:
        f.append("supervision=supervision")
    elif k == 3:
        f.append(f"sort={rng.choice(['-employees', 'name', '-updated_at'])}")
    if regions and rng.random() < 0.4:
        f.append(f"region_code={rng.choice(regions)}")
    r = rng.random()
    page = 1 if r < 0.5 else rng.randrange(2, 11) if r < 0.85 else rng.randrange(11, 101)
    f.append(f"page={page}&page_size={rng.choice([20, 50])}")
    return "/api/v1/enterprises?" + "&".join(f)


def stats_path(rng, regions):
    f = []
    if rng.random() < 0.3:
        f.append(f"industry={rng.choice(INDUSTRIES)}")
    if regions and rng.random() < 0.4:
        f.append(f"region_code={rng.choice(regions)}")
    return "/api/v1/hidden-dangers/statistics" + ("?" + "&".join(f) if f else "")


def parse_wrk(out):
    def ms(v):
        m = re.match(r"([\d.]+)(us|ms|s)", v)
        x = float(m.group(1))
        return x / 1000 if m.group(2) == "us" else x * 1000 if m.group(2) == "s" else x
    res = {"p50": None, "p99": None}
    for pct, key in (("50", "p50"), ("99", "p99")):
        m = re.search(rf"^\s+{pct}(?:\.000)?%\s+(\S+)", out, re.M)
        if m:
            res[key] = ms(m.group(1))
    res["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    res["requests"] = int(re.search(r"(\d+) requests in", out).group(1))
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    res["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: (.*)", out)
    res["socket_errors"] = m.group(1) if m else ""
    # wrk leaves requests over --timeout out of its percentiles: counted and shown
    m = re.search(r"timeout (\d+)", res["socket_errors"])
    res["timeouts"] = int(m.group(1)) if m else 0
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--node-ports", default="18181,18182,18183")
    ap.add_argument("--nginx-port", type=int, default=18180)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--node-args", default="--deadline-check-seconds 0")
    ap.add_argument("--pg-pid", type=int, default=0, help="postmaster pid (its CPU is measured)")
    ap.add_argument("--only", default="", help="comma list of: upper,county,scale")
    a = ap.parse_args()
    a.node_ports = [int(p) for p in a.node_ports.split(",")]
    a.node_args = a.node_args.split()
    os.makedirs(a.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="anjian-national.")
    cl = Cluster(a, work)
    front = f"http://127.0.0.1:{a.nginx_port}"
    results = {"seconds": a.seconds, "warmup": a.warmup, "repeat": a.repeat,
               "clients": a.clients, "runs": {}}
    only = set(a.only.split(",")) if a.only else {"upper", "county", "scale"}
    try:
        cl.start_nodes()
        cl.use_nodes(len(cl.nodes))
        # ---- regulators and what each may ask -------------------------------------------
        def q(sql):
            out = subprocess.run(["psql", "-X", "-qAt", "-F", "\t", a.db, "-c", sql],
                                 check=True, capture_output=True, text=True).stdout
            return [l.split("\t") for l in out.splitlines() if l]
        provinces = [r[0] for r in q(
            "SELECT r.code FROM regions r JOIN enterprises e ON e.region_path >= r.path AND "
            "e.region_path < r.path || '~' WHERE r.kind = 'province' GROUP BY r.code "
            "ORDER BY COUNT(*) DESC LIMIT 6")]
        cities = q("SELECT code, parent_code FROM regions WHERE kind = 'city'")
        counties = q("SELECT code, parent_code FROM regions WHERE kind = 'county'")
        city_prov = {c: p for c, p in cities}
        busy = [r[0] for r in q(
            "SELECT region_code FROM enterprises WHERE name LIKE '全国压测企业%' GROUP BY 1 "
            "ORDER BY COUNT(*) DESC LIMIT 64")]
        rng = random.Random(16)
        county_sample = busy[:32] + rng.sample([c for c, _ in counties], 32)
        say(f"   logging in: the ministry, {len(provinces)} largest provinces "
            f"({', '.join(provinces)}), {len(county_sample)} counties (32 largest + 32 random)")
        upper = [("nat.ministry", None)] + [(f"nat.province.{p}", p) for p in provinces]
        tok = {u: login(front, u) for u, _ in upper}
        ctok = {c: login(front, f"nat.county.{c}") for c in county_sample}

        def scope_regions(p):
            if p is None:
                return [p for p in provinces] + rng.sample([c for c, _ in cities], 20)
            cs = [c for c, pp in cities if pp == p]
            return cs + [c for c, pp in counties if city_prov.get(pp) == p][:30]

        def write(name, lines):
            path = f"{work}/{name}.txt"
            with open(path, "w") as f:
                f.write("\n".join(lines) + "\n")
            return path

        files = {}
        for kind, fn in (("ent", ent_path), ("hd", hd_path), ("stats", stats_path)):
            lines = []
            for i in range(6000):
                u, p = upper[i % len(upper)]
                lines.append(f"{tok[u]}\t{fn(rng, scope_regions(p))}")
            files[f"upper_{kind}"] = write(f"upper_{kind}", lines)
        lines = []
        for i in range(6000):
            c = county_sample[i % len(county_sample)]
            fn = (ent_path, hd_path, stats_path)[i % 3]
            lines.append(f"{ctok[c]}\t{fn(rng, [])}")
        files["county_mix"] = write("county_mix", lines)
        lines = []
        for i in range(6000):
            c = county_sample[i % len(county_sample)]
            fn = (ent_path, hd_path)[i % 2]
            lines.append(f"{ctok[c]}\t{fn(rng, [])}")
        files["county_lists"] = write("county_lists", lines)
        # every request of every file answers 200 (checked once, through the front)
        for name, path in files.items():
            with open(path) as f:
                reqs = [l.rstrip("\n").split("\t") for l in f]
            for t, p in reqs[:: max(1, len(reqs) // 150)]:
                st, body, _ = http("GET", front + p, token=t, timeout=120)
                if st != 200:
                    raise SystemExit(f"{name}: {p} -> HTTP {st} {body[:300]!r}")
        say("   request lists checked: a sample of each answers 200 through the front")

        lua = os.path.join(HERE, "rotate.lua")

        def wrk(name, listfile, clients=None, seconds=None):
            c = clients or a.clients
            s = seconds or a.seconds
            base = ["wrk", "-t2", f"-c{c}", "-s", lua, front, "--", listfile]
            subprocess.run(base[:1] + [f"-d{a.warmup}s"] + base[1:], check=True,
                           capture_output=True, text=True)
            pids = [p.pid for _, p in cl.nodes]
            c0 = [cpu_ticks(p) for p in pids]
            g0 = pg_cpu_ticks(a.pg_pid) if a.pg_pid else 0
            load0 = open("/proc/loadavg").read().split()[0]
            out = subprocess.run(base[:1] + [f"-d{s}s", "--latency", "--timeout", "10s"] + base[1:],
                                 check=True, capture_output=True, text=True).stdout
            c1 = [cpu_ticks(p) for p in pids]
            g1 = pg_cpu_ticks(a.pg_pid) if a.pg_pid else 0
            r = parse_wrk(out)
            r["pg_cpu_ms_per_req"] = ((g1 - g0) * 1000 / TICK / r["requests"]
                                      if a.pg_pid and r["requests"] else None)
            r["loadavg_before"] = float(load0)
            cpu_ms = sum(b - a_ for a_, b in zip(c0, c1)) * 1000 / TICK
            r["node_cpu_ms_per_req"] = cpu_ms / r["requests"] if r["requests"] else None
            r["node_cpu_ms_each"] = [(b - a_) * 1000 / TICK for a_, b in zip(c0, c1)]
            with open(f"{a.out}/{name}.txt", "a") as f:
                f.write(out + "\n")
            results["runs"].setdefault(name, []).append(r)
            flag = "" if r["non2xx"] == 0 and not r["socket_errors"] else \
                f"  ERRORS non-2xx {r['non2xx']} socket {r['socket_errors']}"
            say(f"   {name:<22} p50 {r['p50']:8.2f} ms  p99 {r['p99']:8.2f} ms  "
                f"{r['rps']:8.0f} req/s  CPU/req nodes {r['node_cpu_ms_per_req']:.3f} ms"
                + (f" + PostgreSQL {r['pg_cpu_ms_per_req']:.3f} ms" if a.pg_pid else "")
                + f"  [load {load0}]{flag}")
            return r

        for rep in range(a.repeat):
            say(f"== round {rep + 1} of {a.repeat}")
            if "upper" in only:
                cl.use_nodes(len(cl.nodes))
                for k in ("ent", "hd", "stats"):
                    wrk(f"upper_{k}", files[f"upper_{k}"])
            if "county" in only:
                cl.use_nodes(len(cl.nodes))
                wrk("county_mix", files["county_mix"])
            if "scale" in only:
                for n in range(1, len(cl.nodes) + 1):
                    cl.use_nodes(n)
                    wrk(f"lists_{n}_nodes", files["county_lists"])
        results["vm_hwm_mb"] = [vm_hwm_mb(p.pid) for _, p in cl.nodes]
        results["node_hdr"] = {}
        seen = set()
        for _ in range(12):
            _, _, h = http("GET", front + "/healthz")
            seen.add(h.get("X-Anjian-Node", "(no X-Anjian-Node header)"))
        results["node_header_seen"] = sorted(seen)
    finally:
        cl.stop()

    # ---- summary: median and spread (min..max) of the repeats ------------------------------
    say("\n== summary: median [min .. max] of %d runs, %d clients, %d s each (after %d s warm-up)"
        % (a.repeat, a.clients, a.seconds, a.warmup))
    summ = {}
    for name, rs in results["runs"].items():
        row = {}
        for key in ("p50", "p99", "rps", "node_cpu_ms_per_req", "pg_cpu_ms_per_req"):
            v = [r[key] for r in rs if r[key] is not None]
            row[key] = (statistics.median(v), min(v), max(v)) if v else None
        row["errors"] = sum(r["non2xx"] for r in rs)
        row["timeouts"] = sum(r["timeouts"] for r in rs)
        summ[name] = row
        f = lambda t, d=2: f"{t[0]:.{d}f} [{t[1]:.{d}f} .. {t[2]:.{d}f}]"
        say(f"   {name:<18} p50 {f(row['p50'])} ms | p99 {f(row['p99'])} ms | "
            f"{f(row['rps'], 0)} req/s | CPU/req nodes {f(row['node_cpu_ms_per_req'], 3)} ms"
            + (f" + PostgreSQL {f(row['pg_cpu_ms_per_req'], 3)} ms" if row["pg_cpu_ms_per_req"] else "")
            + (f" | NON-2XX {row['errors']}" if row["errors"] else "")
            + (f" | {row['timeouts']} over wrk's 10 s timeout (not in the percentiles)"
               if row["timeouts"] else ""))
    if "lists_1_nodes" in summ:
        one = summ["lists_1_nodes"]["rps"][0]
        for n in (2, 3):
            if f"lists_{n}_nodes" in summ:
                say(f"   throughput {n} nodes / 1 node: {summ[f'lists_{n}_nodes']['rps'][0] / one:.2f}")
    say("   peak RSS (VmHWM) per node: " + ", ".join(f"{m:.0f} MB" for m in results["vm_hwm_mb"]))
    say("   X-Anjian-Node seen through the front: " + ", ".join(results["node_header_seen"]))
    results["summary"] = summ
    with open(f"{a.out}/results.json", "w") as f:
        json.dump(results, f, indent=1)
    subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
