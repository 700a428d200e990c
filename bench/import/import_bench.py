#!/usr/bin/env python3
"""Enterprise import benchmark (issue 10 D): memory, answer size and time of
POST /api/v1/enterprises/import on the real binary, old build against new build, side by side.

For each repetition and each binary (old first, then new, so both see the same machine load)
and each file: start `anjian serve --demo` on a fresh data folder and a free port, sign in, reset
the process's peak-RSS counter (/proc/PID/clear_refs: 5), post the file, then read VmHWM (the
peak resident set since the reset), VmRSS, the answer's size and the wall time. The server is
stopped after every import so runs do not share heaps.

Files (generated once into --out, reused while their parameters do not change):
  bad-<N>.csv   N rows that each fail two rules (credit code, region code): the issue's file
                shape (about 20 bytes a row, 19 MB for 1,000,000 rows, under the 20 MiB body limit)
  good-<M>.csv  M valid rows (unique credit codes in 任城区 370811), imported with valid_only;
                400,000 rows (18.8 MB) is about the most the default 20 MiB body limit takes
Prints one line per import, then median [min–max] per binary and file, the ratio new/old of
the medians, and whether the new build's peak RSS stays under --target-mb on the bad file.
"""
import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import shutil

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(serial):
    first17 = "91370811MA%07d" % serial
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_CHARS[(31 - s % 31) % 31]


def write_file(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(header)
        for r in rows:
            f.write(r)
    os.replace(tmp, path)


def ensure_files(out, bad_rows, good_rows):
    os.makedirs(out, exist_ok=True)
    files = []
    if bad_rows > 0:
        bad = os.path.join(out, "bad-%d.csv" % bad_rows)
        if not os.path.exists(bad):
            write_file(bad, "name,uscc,region_code,industry\n",
                       ("e%d,X,1,general\n" % i for i in range(bad_rows)))
        files.append(("bad", bad, "valid_only", bad_rows))
    if good_rows > 0:
        good = os.path.join(out, "good-%d.csv" % good_rows)
        if not os.path.exists(good):
            write_file(good, "name,uscc,region_code,industry\n",
                       ("导入%d,%s,370811,general\n" % (i, uscc(i)) for i in range(good_rows)))
        files.append(("good", good, "valid_only", good_rows))
    return files


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_status(pid):
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmHWM", "VmRSS"):
                out[k] = int(v.split()[0]) / 1024.0  # kB -> MiB
    return out


def request(port, method, path, body=None, headers=None, timeout=600):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, data


class Server:
    def __init__(self, binary, serve_args):
        self.dir = tempfile.mkdtemp(prefix="anjian-import-bench.")
        self.port = free_port()
        self.log = open(os.path.join(self.dir, "server.log"), "w")
        self.proc = subprocess.Popen(
            [binary, "--data", os.path.join(self.dir, "data"), "serve", "--demo",
             "--port", str(self.port)] + serve_args,
            stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.time() + 180
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: see " + self.log.name)
            try:
                status, _ = request(self.port, "GET", "/healthz", timeout=2)
                if status == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline:
                raise RuntimeError("server did not start within 180 s")
            time.sleep(0.2)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def run_one(binary, path, mode, user, serve_args):
    srv = Server(binary, serve_args)
    try:
        status, body = request(srv.port, "POST", "/api/v1/auth/login",
                               json.dumps({"username": user, "password": "Demo@2026"}),
                               {"Content-Type": "application/json"})
        if status != 200:
            raise RuntimeError("login failed: %d %s" % (status, body[:200]))
        token = json.loads(body)["token"]
        startup = proc_status(srv.proc.pid)
        with open("/proc/%d/clear_refs" % srv.proc.pid, "w") as f:
            f.write("5")  # VmHWM := VmRSS now
        before = proc_status(srv.proc.pid)
        with open(path, "rb") as f:
            data = f.read()
        t0 = time.monotonic()
        try:
            status, answer = request(srv.port, "POST", "/api/v1/enterprises/import?mode=" + mode,
                                     data, {"Authorization": "Bearer " + token,
                                            "X-Filename": "bench.csv", "Content-Type": "text/csv"})
        except OSError as e:  # e.g. the server refused the body (413) and closed the connection
            status, answer = -1, str(e).encode()
        wall = time.monotonic() - t0
        after = proc_status(srv.proc.pid)
        summary = {}
        try:
            o = json.loads(answer)
            summary = {k: o.get(k) for k in ("total_rows", "imported", "error_count", "report_rows")}
            summary["errors_listed"] = len(o.get("errors", []))
        except ValueError:
            pass
        return {"status": status, "wall_s": wall, "answer_bytes": len(answer),
                "startup_peak_mb": startup["VmHWM"], "rss_before_mb": before["VmRSS"],
                "peak_mb": after["VmHWM"], "rss_after_mb": after["VmRSS"], "summary": summary}
    finally:
        srv.stop()


def spread(values, fmt):
    values = sorted(values)
    return (fmt % statistics.median(values)) + " [" + (fmt % values[0]) + "–" + (fmt % values[-1]) + "]"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--new", required=True, help="anjian binary of this build")
    ap.add_argument("--old", help="anjian binary to compare with (e.g. built from main)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--bad-rows", type=int, default=1000000)
    ap.add_argument("--good-rows", type=int, default=400000)
    ap.add_argument("--user", default="rencheng")
    ap.add_argument("--out", default="build/bench/import")
    ap.add_argument("--target-mb", type=float, default=200.0)
    ap.add_argument("--serve-arg", action="append", default=[], help="extra `anjian serve` flag")
    args = ap.parse_args()

    files = ensure_files(args.out, args.bad_rows, args.good_rows)
    for name, path, _, rows in files:
        print(">> %s: %s, %d rows, %.1f MB" % (name, path, rows, os.path.getsize(path) / 1e6))
    builds = ([("old", args.old)] if args.old else []) + [("new", args.new)]
    results = {}
    print("%-4s %-4s %3s %6s %9s %11s %9s %9s %9s  %s" %
          ("file", "bin", "rep", "status", "wall s", "answer kB", "rss0 MB", "peak MB", "after MB",
           "answer summary"))
    for rep in range(1, args.repeat + 1):
        for fname, path, mode, _ in files:
            for bname, binary in builds:
                r = run_one(binary, path, mode, args.user, args.serve_arg)
                results.setdefault((fname, bname), []).append(r)
                print("%-4s %-4s %3d %6d %9.2f %11.1f %9.1f %9.1f %9.1f  %s" %
                      (fname, bname, rep, r["status"], r["wall_s"], r["answer_bytes"] / 1e3,
                       r["rss_before_mb"], r["peak_mb"], r["rss_after_mb"],
                       json.dumps(r["summary"], ensure_ascii=False)), flush=True)

    print("\nmedian [min–max] over %d runs (peak = VmHWM of the server during the import; "
          "rss0 = VmRSS just before it)" % args.repeat)
    for fname, _, _, _ in files:
        for bname, _ in builds:
            rs = results[(fname, bname)]
            print("%-4s %-4s wall %s s | answer %s kB | rss0 %s MB | peak %s MB | after %s MB" %
                  (fname, bname, spread([r["wall_s"] for r in rs], "%.2f"),
                   spread([r["answer_bytes"] / 1e3 for r in rs], "%.1f"),
                   spread([r["rss_before_mb"] for r in rs], "%.0f"),
                   spread([r["peak_mb"] for r in rs], "%.0f"),
                   spread([r["rss_after_mb"] for r in rs], "%.0f")))
        if args.old:
            med = lambda b, k: statistics.median([r[k] for r in results[(fname, b)]])
            print("%-4s new/old: peak %.3f, wall %.3f, answer %.4g, after %.3f" %
                  (fname, med("new", "peak_mb") / med("old", "peak_mb"),
                   med("new", "wall_s") / med("old", "wall_s"),
                   med("new", "answer_bytes") / med("old", "answer_bytes"),
                   med("new", "rss_after_mb") / med("old", "rss_after_mb")))
    ok = True
    if ("bad", "new") in results:
        worst = max(r["peak_mb"] for r in results[("bad", "new")])
        statuses = {r["status"] for r in results[("bad", "new")]}
        ok = worst < args.target_mb and statuses == {200}
        print("target: new build's peak RSS on the bad file < %.0f MB: %s (worst %.0f MB)" %
              (args.target_mb, "held" if ok else "MISSED", worst))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
