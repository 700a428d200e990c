#!/usr/bin/env python3
"""National dataset of issue 16 (bench/national/README.md), written into a migrated and
demo-seeded anjian PostgreSQL database with COPY.

At SCALE 1: every county-level region of the real GB/T 2260 list (server/data/regions_gbt2260.tsv,
loaded into `regions` by the server at start-up), 500,000 enterprises, 10,000,000 hidden dangers,
50,000,000 code movements (detonator codes in vouchers of the explosives enterprises' stores),
and regulator accounts at ministry, province, city and county level.

The secondary indexes of the big tables are dropped before the load and rebuilt afterwards
(their definitions read from the catalogue, so they are exactly the migrations'), then
VACUUM ANALYZE. Deterministic (seeded). Prints a JSON report on the last line.

usage: gen.py --url postgresql://... --scale S [--today YYYY-MM-DD]
"""
import argparse
import bisect
import datetime as dt
import hashlib
import json
import math
import os
import random
import subprocess
import sys
import time

GENERATOR_VERSION = "national-gen-1"
FULL = {"enterprises": 500_000, "hidden_dangers": 10_000_000, "code_movements": 50_000_000}
YEARS = 5

# Relative industrial weight of each province (share of the nation's enterprises; roughly the
# provinces' industrial output), by the first two digits of the code.
PROVINCE_WEIGHT = {
    "11": 2.0, "12": 1.8, "13": 4.0, "14": 2.2, "15": 1.6, "21": 2.8, "22": 1.3, "23": 1.3,
    "31": 3.0, "32": 11.0, "33": 8.5, "34": 4.0, "35": 4.6, "36": 3.0, "37": 8.0, "41": 5.0,
    "42": 4.2, "43": 3.6, "44": 11.5, "45": 2.1, "46": 0.4, "50": 2.3, "51": 4.2, "52": 1.5,
    "53": 1.6, "54": 0.15, "61": 2.6, "62": 0.8, "63": 0.3, "64": 0.5, "65": 1.4,
    "71": 0.0, "81": 0.0, "82": 0.0,  # no enterprises registered from Taiwan, Hong Kong, Macao
}
INDUSTRIES = ["general", "hazardous_chemicals", "civil_ship", "civil_aircraft",
              "civil_explosives_sales", "civil_explosives_production"]
# share in percent of the enterprises (the rest is "general")
INDUSTRY_SHARE = [None, 11.0, 1.2, 0.4, 1.1, 0.25]
INDUSTRY_ACTIVITY = [1.0, 3.0, 2.0, 2.0, 1.5, 4.0]
SUPERVISION = ["industry_management", "industry_management", "supervision", "supervision",
               "supervision", "supervision"]
SCALES = ["large", "medium", "small", "micro"]
TITLES = [
    ["作业人员未按规定佩戴劳动防护用品", "特种作业人员无证上岗", "违章指挥、违规作业",
     "岗位人员对应急处置程序不熟悉", "交接班记录缺失"],
    ["电气线路老化、私拉乱接", "安全联锁装置失效", "压力表超过检定有效期", "消防器材缺失或失效",
     "防护栏杆缺损"],
    ["库区周边枯草等可燃物未清除", "作业场所通风不良", "安全通道堵塞", "照明不足、应急照明失效",
     "防雷接地检测过期"],
    ["安全管理制度未及时修订", "隐患排查记录不完整", "未按规定开展安全培训", "应急预案未演练",
     "危险作业审批手续不全"],
]
N = "\\N"


def log(t0, what):
    print(f"   {what:<52} {time.time() - t0:8.1f} s", file=sys.stderr, flush=True)


class Psql:
    def __init__(self, url):
        self.url = url

    def q(self, sql):
        out = subprocess.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-F", "\t", self.url,
                              "-c", sql], check=True, capture_output=True, text=True).stdout
        return [line.split("\t") for line in out.splitlines() if line != ""]

    def script(self, sql):
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", self.url], input=sql,
                       check=True, text=True, stdout=subprocess.DEVNULL)

    def copy(self, table, cols):
        """A COPY ... FROM STDIN of its own; write lines to .stdin, then close()."""
        env = dict(os.environ, PGOPTIONS="-c session_replication_role=replica "
                                         "-c synchronous_commit=off")
        p = subprocess.Popen(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", self.url, "-c",
                              f"COPY {table} ({','.join(cols)}) FROM STDIN"],
                             stdin=subprocess.PIPE, env=env, text=True, bufsize=1 << 20)
        return Copy(p)


class Copy:
    def __init__(self, p):
        self.p, self.buf, self.n = p, [], 0

    def add(self, line):
        self.buf.append(line)
        if len(self.buf) >= 20000:
            self.flush()

    def flush(self):
        if self.buf:
            self.p.stdin.write("\n".join(self.buf) + "\n")
            self.n += len(self.buf)
            self.buf = []

    def close(self):
        self.flush()
        self.p.stdin.close()
        if self.p.wait() != 0:
            raise SystemExit("COPY failed")
        return self.n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--today", default=dt.date.today().isoformat())
    a = ap.parse_args()
    t0 = time.time()
    db = Psql(a.url)
    rng = random.Random(20261207)
    want = {k: max(1, round(v * a.scale)) for k, v in FULL.items()}
    today = dt.date.fromisoformat(a.today)
    start = today - dt.timedelta(days=365 * YEARS)
    days = (today - start).days + 1
    now = a.today + "T00:00:00Z"
    # ISO strings of every day the data can mention (found, deadlines up to a year later)
    base = start.toordinal() - 10
    iso = [dt.date.fromordinal(base + i).isoformat() for i in range(days + 420)]

    def day_iso(d):  # d: days since start
        return iso[d + 10]

    db.script("CREATE TABLE IF NOT EXISTS national_bench_meta (key TEXT PRIMARY KEY, value TEXT);"
              "DELETE FROM national_bench_meta;")

    # ---- regions: the county level of the real list (as the server loaded it) --------------
    counties = db.q("SELECT code, path FROM regions WHERE kind = 'county' ORDER BY code")
    provinces = db.q("SELECT code, path FROM regions WHERE kind = 'province' ORDER BY code")
    cities = db.q("SELECT code, path FROM regions WHERE kind = 'city' ORDER BY code")
    per_province = {}
    for code, _ in counties:
        per_province[code[:2]] = per_province.get(code[:2], 0) + 1
    cweights = []
    for code, _ in counties:
        pw = PROVINCE_WEIGHT.get(code[:2], 1.0) / per_province[code[:2]]
        cweights.append(pw * rng.lognormvariate(0, 0.8))  # a few industrial counties dominate
    ccum = []
    s = 0.0
    for w in cweights:
        s += w
        ccum.append(s)
    strict = [0.5 + rng.random() for _ in counties]
    log(t0, f"{len(counties)} county-level regions, {len(cities)} cities, {len(provinces)} provinces")

    # ---- secondary indexes go; they come back after the load -------------------------------
    big = ["enterprises", "hidden_dangers", "vouchers", "voucher_lines", "code_movements",
           "detonator_codes", "stores"]
    idx = db.q("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = "
               "current_schema() AND tablename IN (" + ",".join(f"'{t}'" for t in big) + ")"
               " AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname")
    db.script("".join(f"DROP INDEX {name};\n" for _, name, _ in idx))

    def next_id(t):
        return int(db.q(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {t}")[0][0])

    # ---- enterprises -----------------------------------------------------------------------
    eid0 = next_id("enterprises")
    ents = []  # (id, county index, industry, activity)
    cp = db.copy("enterprises", ["id", "name", "name_lower", "uscc", "region_code", "region_path",
                                 "industry", "supervision", "scale", "address", "employees",
                                 "status", "created_at", "updated_at"])
    picks = rng.choices(range(len(counties)), cum_weights=ccum, k=want["enterprises"])
    for k, ci in enumerate(picks):
        eid = eid0 + k
        code, path = counties[ci]
        u = rng.random() * 100
        ind, acc = 0, 0.0
        for j in range(1, 6):
            acc += INDUSTRY_SHARE[j]
            if u < acc:
                ind = j
                break
        activity = INDUSTRY_ACTIVITY[ind] * strict[ci] / math.sqrt(0.02 + rng.random())
        ents.append((eid, ci, ind, activity))
        name = f"全国压测企业{eid}" + ("化工有限公司" if ind == 1 else "民爆器材有限公司" if ind >= 4
                                   else "有限公司")
        r = rng.random()
        scale = SCALES[0 if r < 0.02 else 1 if r < 0.15 else 2 if r < 0.55 else 3]
        cp.add("\t".join([str(eid), name, name, f"91{code}{eid:09d}X", code, path, INDUSTRIES[ind],
                          SUPERVISION[ind], scale, f"工业园区{rng.randrange(1, 90)}号",
                          str(rng.randrange(5, 800)), "active", now, now]))
    cp.close()
    log(t0, f"{len(ents):,} enterprises")

    # ---- regulator accounts: ministry, every province, city and county ---------------------
    # The ministry's agency sits on the country root '000000' (path '/', the prefix of every
    # region: scope = the whole country), which the product itself loads (V061).
    pw_hash = db.q("SELECT password_hash FROM users WHERE username = 'jining'")[0][0]
    levels = [("ministry", [("000000", "/")])] + [
        ("province", provinces), ("city", cities), ("county", counties)]
    sql = ["BEGIN;"]
    accounts = 0
    for level, rows in levels:
        for code, path in rows:
            user = "nat.ministry" if level == "ministry" else f"nat.{level}.{code}"
            sql.append(
                "WITH ag AS (INSERT INTO agencies (region_code, region_path, name, created_at) "
                f"VALUES ('{code}', '{path}', '压测监管机构 {code}', '{now}') RETURNING id), "
                "u AS (INSERT INTO users (username, display_name, password_hash, agency_id, status, "
                "must_change_password, password_changed_at, created_at, updated_at) "
                f"SELECT '{user}', '{level} regulator {code}', '{pw_hash}', id, 'active', 0, '{now}', "
                f"'{now}', '{now}' FROM ag RETURNING id) "
                "INSERT INTO user_roles (user_id, role) SELECT id, 'regulator_rw' FROM u;")
            accounts += 1
    sql.append("COMMIT;")
    db.script("\n".join(sql))
    log(t0, f"{accounts:,} regulator accounts (password as the demo's)")

    # ---- hidden dangers, in the order they were found --------------------------------------
    w = []
    for d in range(days):
        day = start + dt.timedelta(days=d)
        growth = 0.6 + 0.8 * d / days
        season = 1 + 0.25 * math.sin(2 * math.pi * (day.month - 2) / 6.0)
        weekday = 0.35 if day.isoweekday() >= 6 else 1.0
        w.append(growth * season * weekday)
    sw = sum(w)
    counts, acc, given = [], 0.0, 0
    for d in range(days):
        acc += w[d] / sw * want["hidden_dangers"]
        upto = want["hidden_dangers"] if d == days - 1 else round(acc)
        counts.append(upto - given)
        given = upto
    ecum = []
    s = 0.0
    for e in ents:
        s += e[3]
        ecum.append(s)
    hid = next_id("hidden_dangers")
    cp = db.copy("hidden_dangers", [
        "id", "enterprise_id", "region_path", "industry", "source", "title", "description",
        "location", "hazard_factor", "found_on", "found_month", "reporter_name", "reported_at",
        "registered_by_regulator", "state", "level", "is_open", "owner_name", "measures",
        "funds_fen", "deadline", "regulator_deadline", "effective_deadline", "plan", "has_plan",
        "under_listed_supervision", "evidence", "closed_on", "closed_on_time", "created_at",
        "updated_at"])
    rand, randrange = rng.random, rng.randrange
    for d in range(days):
        found = day_iso(d)
        month = found[:7]
        age = days - 1 - d
        for ei in rng.choices(range(len(ents)), cum_weights=ecum, k=counts[d]):
            eid, ci, ind, _ = ents[ei]
            src = randrange(100)
            source = ("inspection" if src < 58 else "ad_hoc" if src < 83 else
                      "enforcement" if src < 95 else "referral")
            by_reg = src >= 83
            hf = randrange(100)
            factor = 1 if hf < 22 else 2 if hf < 58 else 3 if hf < 72 else 4
            major = randrange(1000) < (12 if ind == 0 else 45)
            r = randrange(1000)
            if age > 120:
                state = ("closed" if r < 930 else "dismissed" if r < 960 else
                         "rectification_assigned" if r < 990 else "rectified")
            elif age > 30:
                state = ("closed" if r < 680 else "dismissed" if r < 710 else
                         "rectification_assigned" if r < 900 else "rectified" if r < 960 else
                         "assessed")
            else:
                state = ("reported" if r < 150 else "assessed" if r < 290 else
                         "rectification_assigned" if r < 740 else "rectified" if r < 850 else
                         "closed" if r < 980 else "dismissed")
            if major and state == "rectified" and randrange(2):
                state = "awaiting_regulator_signoff"
            level = ("unassessed" if state == "reported" or (state == "dismissed" and randrange(2))
                     else "major" if major else "ordinary")
            assigned = state not in ("reported", "assessed", "dismissed")
            deadline = regdl = None
            measures = funds = ""
            has_plan = listed = 0
            if assigned:
                deadline = d + (randrange(30, 181) if major else randrange(3, 46))
                measures = "按整改方案落实整改措施"
                if randrange(3) == 0:
                    funds = str(randrange(500, 500001) * 100)
            if level == "major" and state != "assessed":
                has_plan = int(assigned)
                if randrange(100) < 55:
                    listed = 1
                    regdl = d + randrange(45, 151)
            eff = (deadline if not listed or regdl is None else regdl if deadline is None
                   else min(deadline, regdl))
            closed_on = on_time = N
            updated = f"{found}T{9 + randrange(8):02d}:{randrange(60):02d}:00Z"
            if state == "closed":
                span = (eff - d) if eff is not None else 20
                took = randrange(1, max(1, span) + 1) if randrange(100) < 86 else span + randrange(1, 61)
                c = d + min(took, age)
                closed_on = day_iso(c)
                on_time = "1" if eff is None or c <= eff else "0"
                updated = closed_on + "T10:00:00Z"
            title = TITLES[factor - 1][randrange(5)]
            cp.add("\t".join((
                str(hid), str(eid), counties[ci][1], INDUSTRIES[ind], source, title,
                title + "，需按期整改。", f"生产区{randrange(1, 13)}号工房", str(factor), found, month,
                "监管检查员" if by_reg else "企业安全员",
                f"{found}T{8 + randrange(10):02d}:{randrange(60):02d}:00Z", "1" if by_reg else "0",
                state, level, "0" if state in ("closed", "dismissed") else "1",
                "整改责任人" if assigned else "", measures, funds or N,
                day_iso(deadline) if deadline is not None else N,
                day_iso(regdl) if regdl is not None else N, day_iso(eff) if eff is not None else N,
                "治理方案" if has_plan else "", str(has_plan), str(listed),
                "已整改，见照片" if state in ("closed", "rectified") else "", closed_on, on_time,
                f"{found}T08:00:00Z", updated)))
            hid += 1
    n_hd = cp.close()
    log(t0, f"{n_hd:,} hidden dangers")

    # ---- explosives ledger: stores, vouchers, lines, code movements, stock ------------------
    # Every explosives enterprise has a detonator magazine; the producers make codes ('in',
    # production) and sell them ('out', sale); the sellers buy ('in', purchase) and sell on.
    # 62.5 % of the codes that came in have gone out again: movements = 1.625 x codes.
    expl = [e for e in ents if e[2] >= 4]
    if not expl:
        raise SystemExit("no explosives enterprise at this scale")
    keeper, second = (int(x) for x in db.q(
        "SELECT (SELECT id FROM users WHERE username = 'mb.keeper'), "
        "(SELECT id FROM users WHERE username = 'mb.safety')")[0])
    sid0, vid0 = next_id("stores"), next_id("vouchers")
    cs = db.copy("stores", ["id", "enterprise_id", "region_path", "name", "kind", "rated_pieces",
                            "status", "created_at", "updated_at"])
    cv = db.copy("vouchers", ["id", "enterprise_id", "region_path", "store_id", "direction",
                              "reason", "number", "storekeeper_user_id", "second_person_user_id",
                              "posted_at", "prev_hash", "hash"])
    cl = db.copy("voucher_lines", ["voucher_id", "line_no", "product_id", "quantity_milli",
                                   "condition", "batch"])
    cm = db.copy("code_movements", ["code", "voucher_id", "line_no"])
    cd = db.copy("detonator_codes", ["code", "store_id", "enterprise_id", "product_id"])
    # codes per enterprise: heavy-tailed (a few producers make most)
    ew = [(4.0 if e[2] == 5 else 1.0) / math.sqrt(0.02 + rng.random()) for e in expl]
    target_codes = want["code_movements"] / 1.625
    ew_total = sum(ew)
    vid, serial, movements, heads = vid0, 0, 0, []
    for k, e in enumerate(expl):
        eid, ci, ind, _ = e
        path = counties[ci][1]
        sid = sid0 + k
        cs.add(f"{sid}\t{eid}\t{path}\t雷管库\tmain_magazine\t{100000 + 10000 * randrange(10)}\t"
               f"active\t{now}\t{now}")
        ncodes = max(100, round(target_codes * ew[k] / ew_total))
        prev = "0" * 64
        stock = []
        made = 0
        nv = 0
        while made < ncodes:
            size = min(ncodes - made, 100 * randrange(1, 6))  # boxes of 100
            d = randrange(days)
            when = f"{day_iso(d)}T{8 + randrange(10):02d}:{randrange(60):02d}:00Z"
            codes = [f"{10 + eid % 90:02d}{serial + i:011d}" for i in range(size)]
            serial += size
            made += size
            reason_in = "production" if ind == 5 else "purchase"
            for direction, reason, batch in (("in", reason_in, codes),
                                             ("out", "sale", codes[: size * 5 // 8])):
                if not batch:
                    continue
                nv += 1
                h = hashlib.sha256(f"{prev}|{vid}".encode()).hexdigest()
                cv.add(f"{vid}\t{eid}\t{path}\t{sid}\t{direction}\t{reason}\t"
                       f"{'RK' if direction == 'in' else 'CK'}{day_iso(d).replace('-', '')}-{nv:06d}"
                       f"\t{keeper}\t{second}\t{when}\t{prev}\t{h}")
                cl.add(f"{vid}\t1\telectronic_detonator\t{len(batch) * 1000}\tnormal\tB{vid}")
                for c in batch:
                    cm.add(f"{c}\t{vid}\t1")
                movements += len(batch)
                prev = h
                last = vid
                vid += 1
            for c in codes[size * 5 // 8:]:
                cd.add(f"{c}\t{sid}\t{eid}\telectronic_detonator")
        heads.append((eid, last, prev))
    for c in (cs, cv, cl, cm, cd):
        c.close()
    db.script("INSERT INTO ledger_heads (enterprise_id, last_voucher_id, last_hash) VALUES "
              + ",".join(f"({e},{v},'{h}')" for e, v, h in heads)
              + " ON CONFLICT (enterprise_id) DO UPDATE SET last_voucher_id = EXCLUDED.last_voucher_id,"
                " last_hash = EXCLUDED.last_hash;")
    log(t0, f"{len(expl):,} stores, {vid - vid0:,} vouchers, {movements:,} code movements")
    t_load = time.time() - t0

    # ---- indexes back, sequences past the ids, statistics ----------------------------------
    t1 = time.time()
    db.script("SET maintenance_work_mem = '1GB';\n" + "".join(f"{d};\n" for _, _, d in idx))
    for t in ["enterprises", "hidden_dangers", "stores", "vouchers", "agencies", "users"]:
        db.script(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT MAX(id) FROM {t}));")
    log(t0, f"{len(idx)} secondary indexes rebuilt")
    # The rows came in with the triggers off: the hidden-danger statistics summary (V058) is
    # rebuilt from them at the next start-up of a server (run.sh starts one).
    db.script("DO $$ BEGIN IF to_regclass('hd_stats_state') IS NOT NULL THEN "
              "UPDATE hd_stats_state SET needs_rebuild = 1; END IF; END $$;")
    db.script("VACUUM ANALYZE;")
    t_index = time.time() - t1
    log(t0, "VACUUM ANALYZE")
    total = time.time() - t0
    rep = {"version": GENERATOR_VERSION, "scale": a.scale, "today": a.today,
           "counties": len(counties), "enterprises": len(ents), "hidden_dangers": n_hd,
           "code_movements": movements, "vouchers": vid - vid0, "stores": len(expl),
           "accounts": accounts, "load_seconds": round(t_load, 1),
           "index_seconds": round(t_index, 1), "seconds": round(total, 1)}
    db.script("INSERT INTO national_bench_meta (key, value) VALUES "
              + ",".join(f"('{k}', '{v}')" for k, v in rep.items()) + ";")
    print(json.dumps(rep))

if __name__ == "__main__":
    main()
