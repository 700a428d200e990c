#!/usr/bin/env python3
"""Sign-in latency while the hidden-danger deadline job works through the national backlog.

A copy of the bench database (CREATE DATABASE ... TEMPLATE, so every run starts from the same
unnotified backlog) is served by one anjian node with the deadline job on; from start-up until
the job logs its result, a sign-in is attempted every 0.5 s and timed. Prints the job's duration
(from the log) and the sign-ins' count, median and maximum latency.

  bench/national/deadline_login.py --bin BUILD/anjian --pg-port 55491 --db anjian_national_0_1 \
      --port 18194 [--limit-seconds 900]
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

PASSWORD = "Demo@2026"


def psql(port, sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "postgres",
                    "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True)


def login(front, user, timeout):
    req = urllib.request.Request(f"{front}/api/v1/auth/login", method="POST",
                                 data=json.dumps({"username": user, "password": PASSWORD}).encode(),
                                 headers={"Content-Type": "application/json"})
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            ok = r.status == 200
    except Exception:
        ok = False
    return ok, time.monotonic() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--pg-port", type=int, default=55491)
    ap.add_argument("--db", default="anjian_national_0_1")
    ap.add_argument("--port", type=int, default=18194)
    ap.add_argument("--user", default="nat.ministry")
    ap.add_argument("--limit-seconds", type=float, default=900)
    a = ap.parse_args()
    copy = a.db + "_deadline"
    psql(a.pg_port, f"DROP DATABASE IF EXISTS {copy} WITH (FORCE)")
    t0 = time.monotonic()
    psql(a.pg_port, f"CREATE DATABASE {copy} TEMPLATE {a.db}")
    print(f"copy of {a.db}: {time.monotonic() - t0:.1f} s", flush=True)
    data = tempfile.mkdtemp(prefix="anjian-deadline-")
    log = open(os.path.join(data, "server.log"), "w")
    url = f"postgresql://postgres@127.0.0.1:{a.pg_port}/{copy}"
    node = subprocess.Popen([a.bin, "--data", data, "--database", url, "serve", "--bind", "127.0.0.1",
                             "--port", str(a.port)], stdout=log, stderr=subprocess.STDOUT)
    front = f"http://127.0.0.1:{a.port}"
    times, failures = [], 0
    try:
        deadline = time.monotonic() + 120
        while True:  # up
            try:
                urllib.request.urlopen(front + "/healthz", timeout=2)
                break
            except Exception:
                if node.poll() is not None or time.monotonic() > deadline:
                    sys.exit("node did not start: " + open(log.name).read()[-2000:])
                time.sleep(0.2)
        start = time.monotonic()
        done = None
        while time.monotonic() - start < a.limit_seconds:
            ok, dt = login(front, a.user, timeout=a.limit_seconds)
            if ok:
                times.append(dt)
            else:
                failures += 1
            text = open(log.name).read()
            m = re.search(r"deadline check: .*", text)
            if m:
                done = m.group(0)
                break
            time.sleep(0.5)
        job = time.monotonic() - start
        print(f"deadline job: {'finished' if done else 'NOT finished'} within {job:.1f} s of start-up"
              f" (it starts 5 s after): {done or ''}")
        if times:
            print(f"sign-ins during the job: {len(times)} ok, {failures} failed; "
                  f"median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
        else:
            print(f"sign-ins during the job: none succeeded ({failures} failed)")
    finally:
        node.terminate()
        node.wait(timeout=60)
        shutil.rmtree(data, ignore_errors=True)
        psql(a.pg_port, f"DROP DATABASE IF EXISTS {copy} WITH (FORCE)")


if __name__ == "__main__":
    main()
