"""The replay scenario: a fixed, deterministic sequence of requests over every area of the API,
every demo role, reads and writes, good and bad input. replay.py runs it against a freshly
seeded demo server (`anjian serve --demo`) and records every answer.

Rules for editing (a recording is only comparable with one made by the same scenario):
- Everything here is deterministic: no clock, no randomness, no dependence on the order of a
  dict or set. Ids of objects created here are captured from the answers by name
  (s.cap("enterprise.new", ...)) and used by name later, never guessed; ids of demo objects are
  looked up through the API the same way (the demo city is generated deterministically).
- `expect=` states the status the request is meant to provoke. A different answer is recorded
  anyway; `record` lists such answers so that a scenario bug is noticed.
- Areas are the labels of the per-area counts of `compare`; keep them business areas.
"""

from __future__ import annotations

PASSWORD = "Demo@2026"

REGULATORS = ["jining", "jining.viewer", "rencheng", "zoucheng", "shandong"]
ADMINS = ["sysadmin", "secadmin", "auditadmin"]
ENTERPRISE_USERS = ["mb.principal", "mb.safety", "mb.keeper", "mb.duty", "ms1.keeper",
                    "ms1.safety", "ms2.keeper", "ms2.safety", "hc.principal", "hc.safety"]
ROLES = ADMINS + REGULATORS + ENTERPRISE_USERS

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(region_and_org: str) -> str:
    """A valid unified social credit code (GB 32100) from the six-digit region code and the
    first eight characters of the organisation code ("370811" + "MA3REPLA"): "91" + region +
    organisation code with its GB 11714 check character + the GB 32100 check character."""
    region, org = region_and_org[:6], region_and_org[6:]
    org_sum = sum((int(c) if c.isdigit() else ord(c) - ord("A") + 10) * w
                  for c, w in zip(org, ORG_WEIGHTS))
    org_check = {10: "X", 11: "0"}.get(11 - org_sum % 11, str(11 - org_sum % 11))
    first17 = "91" + region + org + org_check
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_CHARSET[(31 - total % 31) % 31]


def uscc_bad_check(region_and_org: str) -> str:
    good = uscc(region_and_org)
    return good[:17] + USCC_CHARSET[(USCC_CHARSET.index(good[-1]) + 1) % 31]


# A 1x1 PNG and a tiny JPEG header-valid image (uploads are checked by content).
PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")
PDF_SMALL = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def steps():
    """The scenario's steps in order. replay.py runs each one; an exception in a step (say an
    answer without the id the step needs) is recorded and the next step runs."""
    return [public_and_auth, per_role_reads, administration, settings, reference_and_agencies,
            registry, responsibilities, notices, notifications, risk, inspections,
            hidden_dangers, enforcement, ledger, dashboard_and_overview, audit, sign_out]


# ---------------------------------------------------------------------------------------------
# Sign-in, sessions, public routes
# ---------------------------------------------------------------------------------------------


def public_and_auth(s) -> None:
    with s.area("auth"):
        s.call(None, "GET", "/healthz", expect=200)
        s.call(None, "GET", "/api/v1/auth/me", expect=401, label="no session")
        s.call(None, "GET", "/api/v1/enterprises", expect=401, label="no session")
        s.call(None, "GET", "/api/v1/no-such-route", expect=(401, 404))
        s.call(None, "POST", "/api/v1/auth/login", {"username": "jining", "password": "wrong"},
               expect=401, label="wrong password")
        s.call(None, "POST", "/api/v1/auth/login", {"username": "nobody", "password": PASSWORD},
               expect=401, label="unknown user")
        s.call(None, "POST", "/api/v1/auth/login", {"username": "jining"}, expect=(400, 422),
               label="password missing")
        s.call(None, "POST", "/api/v1/auth/login", raw=b"{not json", ctype="application/json",
               expect=400, label="malformed JSON")
        s.call(None, "POST", "/api/v1/auth/login", [1, 2], expect=400, label="not an object")
        s.call(None, "POST", "/api/v1/auth/login",
               {"username": "jining", "password": PASSWORD, "extra": 1}, expect=(400, 422),
               label="unknown field")
        s.call(None, "GET", "/api/v1/auth/login", expect=405, label="wrong method")
        s.call(None, "GET", "/api/v1/auth/me", headers={"Authorization": "Bearer 0000"},
               expect=401, label="forged token")
        for role in ROLES:
            s.login(role, PASSWORD)
        for role in ROLES:
            s.call(role, "GET", "/api/v1/auth/me", expect=200)
        # The server's "now" (fixed or real clock) from a timestamp it writes.
        r = s.call("jining", "POST", "/api/v1/files", raw="时钟".encode(), ctype="text/plain",
                   headers={"X-Filename": "clock.txt"}, expect=201, label="the server's time")
        s.sync_clock(r.get("created_at"))
        # The browser's way: the session cookie, and X-CSRF-Token on every write.
        s.call("jining.viewer", "GET", "/api/v1/auth/me", auth="cookie", expect=200,
               label="cookie session")
        s.call("jining.viewer", "POST", "/api/v1/notifications/read-all", auth="cookie",
               headers={"X-CSRF-Token": "wrong"}, expect=403, label="cookie write, bad CSRF")
        s.call("jining.viewer", "POST", "/api/v1/notifications/read-all", auth="cookie",
               expect=200, label="cookie write with CSRF")


def per_role_reads(s) -> None:
    """The same reads for every role: permissions (403) and jurisdiction (what each one sees)."""
    reads = [
        ("reference", "/api/v1/regions"),
        ("reference", "/api/v1/agencies"),
        ("registry", "/api/v1/enterprises?page_size=5&sort=name"),
        ("responsibility", "/api/v1/responsibilities?page_size=5"),
        ("notices", "/api/v1/inbox?page_size=5"),
        ("notices", "/api/v1/notices?page_size=5"),
        ("notifications", "/api/v1/notifications?page_size=5"),
        ("notifications", "/api/v1/notifications/unread-count"),
        ("dashboard", "/api/v1/dashboard"),
        ("administration", "/api/v1/users?page_size=5"),
        ("settings", "/api/v1/settings"),
        ("audit", "/api/v1/audit-log?page_size=3"),
        ("hidden_dangers", "/api/v1/hidden-dangers?page_size=5&sort=id"),
        ("risk", "/api/v1/risk-units?page_size=5"),
        ("inspections", "/api/v1/inspection-tasks?page_size=5"),
        ("ledger_stores", "/api/v1/stores"),
        ("ledger_overview", "/api/v1/ledger-overview"),
    ]
    for area, path in reads:
        with s.area(area):
            for role in ROLES:
                s.call(role, "GET", path, label="per-role read")


# ---------------------------------------------------------------------------------------------
# Administration: users, roles, permissions, security policy (three-admin separation)
# ---------------------------------------------------------------------------------------------


def administration(s) -> None:
    with s.area("administration"):
        s.call("sysadmin", "GET", "/api/v1/users", query={"page_size": 50}, expect=200)
        s.call("sysadmin", "GET", "/api/v1/users", query={"role": "regulator_rw"}, expect=200)
        s.call("sysadmin", "GET", "/api/v1/users", query={"q": "mb.", "status": "active"},
               expect=200)
        s.call("sysadmin", "GET", "/api/v1/users", query={"status": "nonsense"}, expect=422)
        s.call("secadmin", "GET", "/api/v1/users", query={"page_size": 3, "page": 2}, expect=200)
        s.call("sysadmin", "GET", "/api/v1/users/export", query={"role": "ent_storekeeper"},
               expect=200)
        s.call("jining", "GET", "/api/v1/users/export", expect=403)
        s.call("secadmin", "GET", "/api/v1/roles", expect=200)
        s.call("secadmin", "GET", "/api/v1/permissions", expect=200)
        s.call("sysadmin", "GET", "/api/v1/roles", expect=403)
        s.call("secadmin", "GET", "/api/v1/security-policy", expect=200)
        s.call("sysadmin", "GET", "/api/v1/security-policy", expect=403)

        # A new regulator account of 任城区: created by sysadmin, granted by secadmin.
        agency = lookup_agency(s, "370811")
        r = s.call("sysadmin", "POST", "/api/v1/users",
                   {"username": "replay.reg", "display_name": "回放 监管员", "phone": "13800000001",
                    "password": "Replay#2026a", "agency_id": agency}, expect=201)
        user = s.cap("user.replay_reg", r.get("id"))
        s.call("sysadmin", "POST", "/api/v1/users",
               {"username": "replay.reg", "display_name": "重名", "password": "Replay#2026a",
                "agency_id": agency}, expect=422, label="username taken")
        s.call("sysadmin", "POST", "/api/v1/users",
               {"username": "x y", "display_name": "", "phone": "12", "password": "short",
                "agency_id": agency, "enterprise_id": 1}, expect=422, label="every field bad")
        s.call("sysadmin", "POST", "/api/v1/users",
               {"username": "replay.none", "display_name": "无组织", "password": "Replay#2026a"},
               expect=201, label="system-scope account (no organisation)")
        s.call("jining", "POST", "/api/v1/users",
               {"username": "replay.x", "display_name": "x", "password": "Replay#2026a",
                "agency_id": agency}, expect=403)
        s.call("sysadmin", "PUT", f"/api/v1/users/{user}",
               {"display_name": "回放 监管员（改）", "phone": "0537-1234567", "agency_id": agency},
               expect=200)
        s.call("sysadmin", "PUT", "/api/v1/users/999999",
               {"display_name": "x", "agency_id": agency}, expect=404)
        s.call("sysadmin", "PUT", f"/api/v1/users/{user}/roles", {"roles": ["regulator_rw"]},
               expect=403, label="sysadmin cannot grant")
        s.call("secadmin", "PUT", f"/api/v1/users/{user}/roles", {"roles": ["ent_principal"]},
               expect=422, label="role scope mismatch")
        s.call("secadmin", "PUT", f"/api/v1/users/{user}/roles",
               {"roles": ["regulator_rw", "sys_admin"]}, expect=422, label="role separation")
        s.call("secadmin", "PUT", f"/api/v1/users/{user}/roles", {"roles": ["no_such_role"]},
               expect=422)
        s.call("secadmin", "PUT", f"/api/v1/users/{user}/roles", {"roles": ["regulator_rw"]},
               expect=200)
        s.call("secadmin", "PUT", "/api/v1/users/2/roles", {"roles": ["sec_admin"]}, expect=422,
               label="self grant")
        # First sign-in must change the password; then the policy applies to the change.
        r = s.login("replay.reg", "Replay#2026a")
        s.call("replay.reg", "GET", "/api/v1/enterprises", query={"page_size": 2})
        s.call("replay.reg", "POST", "/api/v1/auth/password",
               {"old_password": "wrong", "new_password": "Replay#2026b"}, expect=422)
        s.call("replay.reg", "POST", "/api/v1/auth/password",
               {"old_password": "Replay#2026a", "new_password": "abc"}, expect=422,
               label="too short")
        s.call("replay.reg", "POST", "/api/v1/auth/password",
               {"old_password": "Replay#2026a", "new_password": "Replay#2026a"}, expect=422,
               label="reused")
        s.call("replay.reg", "POST", "/api/v1/auth/password",
               {"old_password": "Replay#2026a", "new_password": "Replay#2026b"}, expect=204)
        s.call("replay.reg", "GET", "/api/v1/auth/me", expect=200)
        s.call("replay.reg", "GET", "/api/v1/enterprises", query={"page_size": 2, "sort": "uscc"},
               expect=200)
        # Reset by the administrator revokes the sessions.
        s.call("sysadmin", "POST", f"/api/v1/users/{user}/reset-password",
               {"password": "Replay#2026c"}, expect=204)
        s.call("replay.reg", "GET", "/api/v1/auth/me", expect=401, label="session revoked")
        s.call("sysadmin", "POST", f"/api/v1/users/{user}/reset-password", {"password": "x"},
               expect=422)
        s.call("sysadmin", "POST", "/api/v1/users/2/reset-password",
               {"password": "Replay#2026c"}, expect=422, label="admin account protected")
        # Lockout after repeated failures (policy threshold 5).
        for i in range(5):
            s.call(None, "POST", "/api/v1/auth/login",
                   {"username": "replay.reg", "password": f"wrong{i}"}, expect=401,
                   label="failure towards lockout")
        s.call(None, "POST", "/api/v1/auth/login",
               {"username": "replay.reg", "password": "Replay#2026c"}, expect=423, label="locked")
        # Disable / enable.
        s.call("sysadmin", "POST", f"/api/v1/users/{user}/disable", expect=200)
        s.call("sysadmin", "POST", f"/api/v1/users/{user}/disable", expect=409)
        s.call("sysadmin", "POST", "/api/v1/users/1/disable", expect=422, label="self disable")
        s.call("sysadmin", "POST", "/api/v1/users/3/disable", expect=422, label="last admin")
        s.call("sysadmin", "POST", f"/api/v1/users/{user}/enable", expect=200)
        s.call("sysadmin", "POST", f"/api/v1/users/{user}/enable", expect=409)
        s.call("sysadmin", "POST", "/api/v1/users/abc/enable", expect=404,
               label="non-numeric id")

        # An enterprise account for 济宁润泽化工 (hc), used later as an inspection assignee.
        hc = lookup_user_enterprise(s, "hc.principal")
        r = s.call("sysadmin", "POST", "/api/v1/users",
                   {"username": "replay.hc", "display_name": "回放 班组长", "phone": "13800000002",
                    "password": "Replay#2026a", "enterprise_id": hc}, expect=201)
        s.cap("user.replay_hc", r.get("id"))
        s.call("secadmin", "PUT", f"/api/v1/users/{r.get('id')}/roles",
               {"roles": ["ent_duty_officer"]}, expect=200)

        # Role permissions: take one away and give it back (sessions see it at once).
        roles = s.call("secadmin", "GET", "/api/v1/roles", expect=200)
        ro = next((x for x in (roles.json or []) if x.get("code") == "regulator_ro"), {})
        perms = list(ro.get("permissions", []))
        reduced = [p for p in perms if p != "dashboard:read"]
        s.call("secadmin", "PUT", "/api/v1/roles/regulator_ro/permissions",
               {"permissions": reduced}, expect=200)
        s.call("jining.viewer", "GET", "/api/v1/dashboard", expect=403,
               label="permission taken away")
        s.call("secadmin", "PUT", "/api/v1/roles/regulator_ro/permissions",
               {"permissions": perms}, expect=200)
        s.call("jining.viewer", "GET", "/api/v1/dashboard", expect=200)
        sysperms = next((x for x in (roles.json or []) if x.get("code") == "sys_admin"), {})
        s.call("secadmin", "PUT", "/api/v1/roles/sys_admin/permissions",
               {"permissions": list(sysperms.get("permissions", [])) + ["audit:read"]},
               expect=422, label="three-admin separation")
        s.call("secadmin", "PUT", "/api/v1/roles/regulator_ro/permissions",
               {"permissions": ["no:such"]}, expect=422)
        s.call("secadmin", "PUT", "/api/v1/roles/no_such_role/permissions",
               {"permissions": []}, expect=404)
        s.call("secadmin", "PUT", "/api/v1/roles/sec_admin/permissions",
               {"permissions": ["policy:manage"]}, expect=422, label="lockout of sec_admin")

        # Security policy: out of range, then a change and back.
        policy = s.call("secadmin", "GET", "/api/v1/security-policy", expect=200).json or {}
        s.call("secadmin", "PUT", "/api/v1/security-policy",
               dict(policy, password_min_length=2, lockout_threshold=0), expect=422)
        s.call("secadmin", "PUT", "/api/v1/security-policy", {"password_min_length": 10},
               expect=422, label="fields missing")
        s.call("secadmin", "PUT", "/api/v1/security-policy",
               dict(policy, password_min_length=10), expect=200)
        s.call("sysadmin", "POST", "/api/v1/users",
               {"username": "replay.short", "display_name": "短密码", "password": "Replay#26",
                "agency_id": agency}, expect=422, label="new minimum length")
        s.call("secadmin", "PUT", "/api/v1/security-policy", policy, expect=200)
        s.call("auditadmin", "PUT", "/api/v1/security-policy", policy, expect=403)


def lookup_agency(s, region_code: str):
    key = f"agency.{region_code}"
    if s.v(key) is None:
        r = s.call("sysadmin", "GET", "/api/v1/agencies", label="look up agency")
        for a in r.get("items", default=[]):
            s.cap(f"agency.{a['region_code']}", a["id"])
    return s.v(key)


def lookup_user_enterprise(s, role: str):
    key = f"enterprise.of.{role}"
    if s.v(key) is None:
        r = s.call(role, "GET", "/api/v1/auth/me", label="look up own enterprise")
        s.cap(key, r.get("user", "enterprise", "id"))
    return s.v(key)


def lookup_user_id(s, role: str):
    key = f"user.{role}"
    if s.v(key) is None:
        r = s.call(role, "GET", "/api/v1/auth/me", label="look up own id")
        s.cap(key, r.get("user", "id"))
    return s.v(key)


# ---------------------------------------------------------------------------------------------
# Business settings
# ---------------------------------------------------------------------------------------------


def settings(s) -> None:
    with s.area("settings"):
        for key in ("risk_assessment_config", "hidden_danger_escalation", "ledger_alerts"):
            s.call("sysadmin", "GET", f"/api/v1/settings/{key}", expect=200)
        s.call("jining", "GET", "/api/v1/settings/ledger_alerts", expect=200)
        s.call("mb.principal", "GET", "/api/v1/settings", expect=403)
        s.call("sysadmin", "GET", "/api/v1/settings/no_such_key", expect=404)
        s.call("sysadmin", "PUT", "/api/v1/settings/ledger_alerts",
               {"value": {"capacity_alert_percent": 150}}, expect=422, label="range")
        s.call("sysadmin", "PUT", "/api/v1/settings/ledger_alerts",
               {"value": {"x": 1}}, expect=422, label="unknown field")
        s.call("sysadmin", "PUT", "/api/v1/settings/ledger_alerts",
               {"value": {"stocktake_overdue_days": "ninety"}}, expect=422, label="type")
        s.call("sysadmin", "PUT", "/api/v1/settings/no_such_key", {"value": {}}, expect=404)
        s.call("jining", "PUT", "/api/v1/settings/ledger_alerts",
               {"value": {"capacity_alert_percent": 80}}, expect=403)
        s.call("sysadmin", "PUT", "/api/v1/settings/ledger_alerts",
               {"value": {"stocktake_overdue_days": 60, "capacity_alert_percent": 80}},
               expect=200)
        s.call("jining", "GET", "/api/v1/ledger-overview", expect=200, label="new thresholds")
        s.call("sysadmin", "PUT", "/api/v1/settings/hidden_danger_escalation",
               {"value": {"reminder_days_before": 5, "superior_after_days_overdue": 2,
                          "regulator_after_days_overdue": 10}}, expect=200)
        s.call("sysadmin", "POST", "/api/v1/settings/hidden_danger_escalation/reset", expect=200)
        s.call("sysadmin", "POST", "/api/v1/settings/no_such_key/reset", expect=404)
        cfg = s.call("sysadmin", "GET", "/api/v1/settings/risk_assessment_config",
                     expect=200).get("value", default={})
        s.call("sysadmin", "PUT", "/api/v1/settings/risk_assessment_config",
               {"value": cfg}, expect=200, label="same value stored")
        bad = dict(cfg)
        if isinstance(bad.get("ls"), dict):
            bad["ls"] = dict(bad["ls"], bands=[])
        s.call("sysadmin", "PUT", "/api/v1/settings/risk_assessment_config", {"value": bad},
               expect=422, label="bands")
        s.call("sysadmin", "POST", "/api/v1/settings/risk_assessment_config/reset", expect=200)
        s.call("sysadmin", "GET", "/api/v1/settings", expect=200)
        s.call("sysadmin", "GET", "/api/v1/settings/ledger_alerts", expect=200,
               label="history")



# ---------------------------------------------------------------------------------------------
# Reference data and agencies
# ---------------------------------------------------------------------------------------------


def reference_and_agencies(s) -> None:
    with s.area("reference"):
        s.call("jining", "GET", "/api/v1/dictionaries", expect=200)
        s.call("hc.safety", "GET", "/api/v1/regions", expect=200)
        s.call("jining", "GET", "/api/v1/industry-codes", query={"q": "炸药"}, expect=200)
        s.call("jining", "GET", "/api/v1/industry-codes", query={"q": "2671"}, expect=200)
        s.call("jining", "GET", "/api/v1/industry-codes", expect=200)
        s.call("rencheng", "GET", "/api/v1/industry-codes", query={"q": "zzzz-none"}, expect=200)
    with s.area("agencies"):
        s.call("sysadmin", "GET", "/api/v1/agencies", expect=200)
        s.call("zoucheng", "GET", "/api/v1/agencies", expect=200)
        r = s.call("sysadmin", "POST", "/api/v1/agencies",
                   {"name": "济宁市回放测试局", "region_code": "370800", "phone": "0537-2345678"},
                   expect=201)
        ag = s.cap("agency.replay", r.get("id"))
        s.call("sysadmin", "POST", "/api/v1/agencies",
               {"name": "x", "region_code": "999999", "phone": "12ab"}, expect=422)
        s.call("sysadmin", "POST", "/api/v1/agencies", {"region_code": "370800"}, expect=422,
               label="name missing")
        s.call("jining", "POST", "/api/v1/agencies",
               {"name": "越权局", "region_code": "370800"}, expect=403)
        s.call("sysadmin", "PUT", f"/api/v1/agencies/{ag}",
               {"name": "济宁市回放测试局（改）", "phone": "0537-2345679"}, expect=200)
        s.call("sysadmin", "PUT", f"/api/v1/agencies/{ag}", {"name": "x"}, expect=422)
        s.call("sysadmin", "PUT", "/api/v1/agencies/999999", {"name": "不存在的局"}, expect=404)
        s.call("sysadmin", "POST", f"/api/v1/agencies/{ag}/deactivate", expect=200)
        s.call("sysadmin", "POST", f"/api/v1/agencies/{ag}/deactivate", expect=(409, 422))
        s.call("sysadmin", "POST", f"/api/v1/agencies/{ag}/reactivate", expect=200)
        s.call("sysadmin", "POST", "/api/v1/agencies/999999/reactivate", expect=404)
        s.call("rencheng", "GET", "/api/v1/agencies", expect=200)


# ---------------------------------------------------------------------------------------------
# Enterprise registry (一企一档): lists, filters, create, edit, deactivate, import, export
# ---------------------------------------------------------------------------------------------


def registry(s) -> None:
    with s.area("registry"):
        lists = [
            ("jining", {"page_size": 20}),
            ("jining", {"page_size": 10, "page": 3, "sort": "-employees"}),
            ("jining", {"q": "民爆", "sort": "name"}),
            ("jining", {"region_code": "370883", "industry": "civil_explosives_sales"}),
            ("jining", {"supervision": "supervision", "sort": "-created_at", "page_size": 5}),
            ("jining", {"status": "inactive"}),
            ("rencheng", {"region_code": "370883"}),  # outside 任城区: nothing
            ("zoucheng", {"sort": "uscc", "page_size": 50}),
            ("shandong", {"page_size": 1}),
            ("jining", {"sort": "nonsense"}),
            ("jining", {"page_size": 501}),
            ("jining", {"industry": "unknown_industry"}),
            ("jining", {"page": 0}),
            ("mb.principal", {}),
            ("hc.safety", {"page_size": 5}),
        ]
        for role, q in lists:
            s.call(role, "GET", "/api/v1/enterprises", query=q)
        # Demo enterprises by name, for out-of-scope checks.
        mb = lookup_user_enterprise(s, "mb.principal")   # 邹城市
        hc = lookup_user_enterprise(s, "hc.principal")   # 任城区
        s.call("jining", "GET", f"/api/v1/enterprises/{mb}", expect=200)
        s.call("zoucheng", "GET", f"/api/v1/enterprises/{mb}", expect=200)
        s.call("rencheng", "GET", f"/api/v1/enterprises/{mb}", expect=404, label="out of scope")
        s.call("hc.principal", "GET", f"/api/v1/enterprises/{mb}", expect=404,
               label="another enterprise")
        s.call("hc.principal", "GET", f"/api/v1/enterprises/{hc}", expect=200)
        s.call("jining", "GET", "/api/v1/enterprises/999999", expect=404)
        s.call("jining", "GET", f"/api/v1/enterprises/{hc}/history", expect=200)

        body = {
            "name": "济宁回放精细化工有限公司", "uscc": uscc("370811MA3REPLA"),
            "region_code": "370811", "industry": "hazardous_chemicals", "industry_code": "2614",
            "scale": "small", "address": "山东省济宁市任城区回放路1号",
            "legal_representative": "王回放", "contact_phone": "0537-3216549",
            "park_name": "济宁化工园区", "employees": 88, "latitude": 35.41, "longitude": 116.58,
        }
        r = s.call("rencheng", "POST", "/api/v1/enterprises", body, expect=201)
        ent = s.cap("enterprise.replay", r.get("id"))
        s.call("rencheng", "POST", "/api/v1/enterprises", body, expect=(409, 422),
               label="duplicate uscc")
        s.call("rencheng", "POST", "/api/v1/enterprises",
               dict(body, name="校验位错误公司", uscc=uscc_bad_check("370811MA3REPLB")),
               expect=422, label="uscc check character")
        r = s.call("rencheng", "POST", "/api/v1/enterprises",
                   dict(body, name="校验位警告接受公司", uscc=uscc_bad_check("370811MA3REPLC"),
                        accept_uscc_warning=True), expect=201, label="check warning accepted")
        s.cap("enterprise.replay_warning", r.get("id"))
        s.call("rencheng", "POST", "/api/v1/enterprises",
               {"name": "A", "uscc": "SHORT", "region_code": "123", "industry": "mining",
                "scale": "huge", "contact_phone": "x", "employees": -1, "latitude": 99},
               expect=422, label="every field bad")
        s.call("rencheng", "POST", "/api/v1/enterprises",
               dict(body, name="邹城越权公司", uscc=uscc("370883MA3REPLD"),
                    region_code="370883"), expect=(403, 404, 422), label="region out of scope")
        s.call("jining.viewer", "POST", "/api/v1/enterprises", body, expect=403)
        s.call("hc.principal", "POST", "/api/v1/enterprises", body, expect=403)
        s.call("rencheng", "GET", f"/api/v1/enterprises/{ent}", expect=200)
        s.call("rencheng", "PUT", f"/api/v1/enterprises/{ent}",
               dict(body, employees=95, address="山东省济宁市任城区回放路2号"), expect=200)
        s.call("rencheng", "PUT", f"/api/v1/enterprises/{ent}", dict(body, industry="nope"),
               expect=422)
        s.call("zoucheng", "PUT", f"/api/v1/enterprises/{ent}", body, expect=404,
               label="out of scope")
        # The enterprise edits its own profile but not its code, region or industry.
        hc_body = s.call("hc.principal", "GET", f"/api/v1/enterprises/{hc}").json or {}
        editable = {k: hc_body.get(k) for k in (
            "name", "uscc", "region_code", "industry", "industry_code", "scale", "address",
            "legal_representative", "contact_phone", "park_name", "employees", "latitude",
            "longitude")}
        s.call("hc.principal", "PUT", f"/api/v1/enterprises/{hc}",
               dict(editable, contact_phone="0537-7654321", employees=321), expect=200)
        s.call("hc.principal", "PUT", f"/api/v1/enterprises/{hc}",
               dict(editable, region_code="370883"), expect=(403, 422),
               label="own region is not editable")
        s.call("hc.safety", "PUT", f"/api/v1/enterprises/{mb}", editable, expect=404)
        s.call("rencheng", "POST", f"/api/v1/enterprises/{ent}/deactivate", {}, expect=422,
               label="reason missing")
        s.call("rencheng", "POST", f"/api/v1/enterprises/{ent}/deactivate",
               {"reason": "停产歇业（回放）"}, expect=200)
        s.call("rencheng", "POST", f"/api/v1/enterprises/{ent}/deactivate",
               {"reason": "再次"}, expect=409)
        s.call("rencheng", "GET", "/api/v1/enterprises", query={"status": "inactive"},
               expect=200)
        s.call("rencheng", "POST", f"/api/v1/enterprises/{ent}/reactivate",
               {"reason": "恢复生产"}, expect=200)
        s.call("rencheng", "POST", f"/api/v1/enterprises/{ent}/reactivate", {}, expect=409)
        s.call("jining.viewer", "POST", f"/api/v1/enterprises/{ent}/deactivate",
               {"reason": "x"}, expect=403)
        s.call("rencheng", "GET", f"/api/v1/enterprises/{ent}/history", expect=200)
        s.call("zoucheng", "GET", f"/api/v1/enterprises/{ent}/history", expect=404)

        # Import: every bad row reported, nothing imported; then only the valid rows.
        s.call("rencheng", "GET", "/api/v1/enterprises/import-template", expect=200)
        s.call("hc.principal", "GET", "/api/v1/enterprises/import-template", expect=403)
        csv = ("企业名称,统一社会信用代码,行政区划代码,行业类别\n"
               f"回放导入甲有限公司,{uscc('370811MA3MPRTA')},370811,一般工业\n"
               "回放导入乙有限公司,BADCODE,370811,general\n"
               f"回放导入丙有限公司,{uscc('370811MA3MPRTB')},123456,general\n"
               f"回放导入丁有限公司,{uscc('370811MA3MPRTA')},370811,general\n"
               f"回放导入戊有限公司,{uscc('370811MA3MPRTC')},370811,hazardous_chemicals\n")
        s.call("rencheng", "POST", "/api/v1/enterprises/import", raw=csv.encode(),
               ctype="text/csv", headers={"X-Filename": "list.csv"}, expect=200,
               label="all-or-nothing with bad rows")
        s.call("rencheng", "POST", "/api/v1/enterprises/import", query={"mode": "valid_only"},
               raw=csv.encode(), ctype="text/csv", headers={"X-Filename": "list.csv"},
               expect=200, label="valid rows only")
        s.call("rencheng", "POST", "/api/v1/enterprises/import", raw=b"PK\x03\x04garbage",
               ctype="application/octet-stream", headers={"X-Filename": "x.xlsx"}, expect=422)
        s.call("rencheng", "POST", "/api/v1/enterprises/import", raw=b"a,b\n1,2\n",
               ctype="text/csv", headers={"X-Filename": "x.csv"}, expect=422)
        s.call("rencheng", "POST", "/api/v1/enterprises/import", query={"mode": "maybe"},
               raw=csv.encode(), ctype="text/csv", headers={"X-Filename": "list.csv"},
               expect=422)
        s.call("jining.viewer", "POST", "/api/v1/enterprises/import", raw=csv.encode(),
               ctype="text/csv", headers={"X-Filename": "list.csv"}, expect=403)
        s.call("rencheng", "GET", "/api/v1/enterprises", query={"q": "回放导入"}, expect=200)
        # Exports honour the filters and the scope.
        s.call("rencheng", "GET", "/api/v1/enterprises/export", expect=200)
        s.call("jining", "GET", "/api/v1/enterprises/export",
               query={"industry": "civil_explosives_sales", "sort": "name"}, expect=200)
        s.call("jining", "GET", "/api/v1/enterprises/export", query={"sort": "bad"}, expect=422)
        s.call("auditadmin", "GET", "/api/v1/enterprises/export", expect=403)


# ---------------------------------------------------------------------------------------------
# Responsibility matrix (三管三必须)
# ---------------------------------------------------------------------------------------------


def responsibilities(s) -> None:
    with s.area("responsibility"):
        hc = lookup_user_enterprise(s, "hc.principal")
        mb = lookup_user_enterprise(s, "mb.principal")
        ag = lookup_agency(s, "370811")
        for role, q in [("jining", {"owner_kind": "agency"}),
                        ("jining", {"kind": "safety_officer", "page_size": 10}),
                        ("rencheng", {"enterprise_id": hc}),
                        ("rencheng", {"q": "局长"}),
                        ("zoucheng", {"region_code": "370883", "page_size": 10, "page": 2}),
                        ("hc.principal", {}),
                        ("jining", {"owner_kind": "nobody"}),
                        ("jining", {"status": "inactive"})]:
            s.call(role, "GET", "/api/v1/responsibilities", query=q)
        body = {"owner_kind": "enterprise", "enterprise_id": hc, "person_name": "赵回放",
                "position": "安全总监", "unit_name": "安全环保部", "kind": "safety_officer",
                "phone": "13900000001", "duties": "负责回放测试的安全管理"}
        r = s.call("hc.principal", "POST", "/api/v1/responsibilities", body, expect=201)
        rid = s.cap("responsibility.hc", r.get("id"))
        s.call("hc.principal", "POST", "/api/v1/responsibilities",
               dict(body, enterprise_id=mb), expect=(403, 404, 422), label="other enterprise")
        s.call("hc.principal", "POST", "/api/v1/responsibilities",
               dict(body, kind="boss", person_name="", phone="1"), expect=422)
        r = s.call("rencheng", "POST", "/api/v1/responsibilities",
                   {"owner_kind": "agency", "agency_id": ag, "person_name": "钱回放",
                    "position": "科长", "unit_name": "安全生产科", "kind": "internal_unit",
                    "phone": "0537-5284334", "duties": "回放：行业安全监管"}, expect=201)
        s.cap("responsibility.rencheng", r.get("id"))
        s.call("zoucheng", "POST", "/api/v1/responsibilities",
               {"owner_kind": "agency", "agency_id": ag, "person_name": "越权",
                "kind": "other"}, expect=(403, 404, 422), label="agency out of scope")
        s.call("jining.viewer", "POST", "/api/v1/responsibilities", body, expect=403)
        s.call("hc.principal", "PUT", f"/api/v1/responsibilities/{rid}",
               dict(body, position="安全总监（兼）"), expect=200)
        s.call("mb.principal", "PUT", f"/api/v1/responsibilities/{rid}", body, expect=404)
        s.call("hc.principal", "POST", f"/api/v1/responsibilities/{rid}/deactivate", expect=200)
        s.call("hc.principal", "POST", f"/api/v1/responsibilities/{rid}/deactivate", expect=409)
        s.call("rencheng", "GET", "/api/v1/responsibilities",
               query={"enterprise_id": hc, "status": "inactive"}, expect=200)
        s.call("rencheng", "GET", "/api/v1/responsibilities/export",
               query={"owner_kind": "enterprise"}, expect=200)
        s.call("hc.safety", "GET", "/api/v1/responsibilities/export", expect=200)
        s.call("auditadmin", "GET", "/api/v1/responsibilities/export", expect=403)



# ---------------------------------------------------------------------------------------------
# Notices, inbox, files (通知、收文、附件)
# ---------------------------------------------------------------------------------------------


def upload(s, role, name, data, ctype, expect=201, label=""):
    return s.call(role, "POST", "/api/v1/files", raw=data, ctype=ctype,
                  headers={"X-Filename": name}, expect=expect, label=label or "upload")


def notices(s) -> None:
    ag_rencheng = lookup_agency(s, "370811")
    ag_zoucheng = lookup_agency(s, "370883")
    ag_jining = lookup_agency(s, "370800")
    hc = lookup_user_enterprise(s, "hc.principal")
    mb = lookup_user_enterprise(s, "mb.principal")
    with s.area("files"):
        r = upload(s, "jining", "%E6%A3%80%E6%9F%A5%E6%96%B9%E6%A1%88.pdf", PDF_SMALL,
                   "application/pdf")
        pdf = s.cap("file.notice_pdf", r.get("id"))
        r = upload(s, "jining", "..%2F..%2Fetc%2Freport.txt", "检查要点".encode(),
                   "text/plain; charset=utf-8", label="path stripped")
        s.cap("file.jining_txt", r.get("id"))
        upload(s, "jining", "", PDF_SMALL, "application/pdf", expect=422, label="name missing")
        upload(s, "jining", "a.exe", b"MZ\x90\x00", "application/x-msdownload", expect=422,
               label="type refused")
        upload(s, "jining", "a.pdf", b"", "application/pdf", expect=422, label="empty")
        upload(s, "jining", "fake.png", b"not an image at all", "image/png", expect=(201, 422),
               label="content is not a PNG")
        upload(s, "jining", "a" * 201 + ".txt", b"x", "text/plain", expect=422, label="name length")
        s.call("jining", "GET", f"/api/v1/files/{pdf}", expect=200)
        s.call("rencheng", "GET", f"/api/v1/files/{pdf}", expect=404, label="not yet visible")
        s.call("jining", "GET", "/api/v1/files/99999999", expect=404)
        s.call(None, "GET", f"/api/v1/files/{pdf}", expect=401)

    with s.area("notices"):
        deadline = s.today(7)
        body = {"title": "关于开展回放安全大检查的通知", "body": "各县区：请开展检查并报送情况。",
                "required_actions": "报送检查情况", "feedback_deadline": deadline,
                "attachment_ids": [pdf],
                "recipients": {"agency_ids": [ag_rencheng, ag_zoucheng], "enterprise_ids": [hc]}}
        r = s.call("jining", "POST", "/api/v1/notices", body, expect=201)
        n1 = s.cap("notice.city", r.get("id"))
        s.call("jining", "GET", f"/api/v1/notices/{n1}", expect=200)
        s.call("jining", "PUT", f"/api/v1/notices/{n1}",
               dict(body, title="关于开展回放安全生产大检查的通知"), expect=200)
        s.call("rencheng", "GET", f"/api/v1/notices/{n1}", expect=404, label="draft of another agency")
        s.call("rencheng", "POST", f"/api/v1/notices/{n1}/send", expect=404)
        s.call("jining", "POST", f"/api/v1/notices/{n1}/send", expect=200)
        s.call("jining", "POST", f"/api/v1/notices/{n1}/send", expect=409, label="already sent")
        s.call("jining", "PUT", f"/api/v1/notices/{n1}", {"title": "x", "body": "y"}, expect=409)
        s.call("jining", "GET", f"/api/v1/notices/{n1}", expect=200)
        # Refusals and validation.
        s.call("mb.principal", "POST", "/api/v1/notices", {"title": "t", "body": "b"}, expect=403)
        s.call("jining.viewer", "POST", "/api/v1/notices", {"title": "t", "body": "b"}, expect=403)
        s.call("auditadmin", "GET", "/api/v1/notices", expect=403)
        s.call("jining", "POST", "/api/v1/notices",
               {"title": "", "body": "b", "feedback_deadline": "2026-02-30", "colour": "red"},
               expect=422, label="required, date, unknown field")
        s.call("jining", "POST", "/api/v1/notices",
               {"title": "t", "body": "b", "feedback_deadline": s.today(-2)}, expect=422,
               label="deadline past")
        s.call("rencheng", "POST", "/api/v1/notices",
               {"title": "t", "body": "b", "recipients": {"agency_ids": [ag_zoucheng]}},
               expect=422, label="recipient out of scope")
        s.call("jining", "POST", "/api/v1/notices",
               {"title": "t", "body": "b", "recipients": {"agency_ids": [ag_jining]}},
               expect=422, label="recipient self")
        s.call("jining", "POST", "/api/v1/notices",
               {"title": "t", "body": "b",
                "recipients": {"region_codes": ["370800"], "industries": ["bakery"]}},
               expect=422, label="industry invalid")
        s.call("rencheng", "POST", "/api/v1/notices",
               {"title": "t", "body": "b", "attachment_ids": [s.v("file.jining_txt")]},
               expect=422, label="someone else's file")
        r = s.call("jining", "POST", "/api/v1/notices", {"title": "空通知", "body": "b"}, expect=201)
        s.cap("notice.empty", r.get("id"))
        s.call("jining", "POST", f"/api/v1/notices/{r.get('id')}/send", expect=422,
               label="no recipients")
        # Region + industry selection.
        r = s.call("zoucheng", "POST", "/api/v1/notices",
                   {"title": "关于民爆企业防火工作的通知", "body": "请做好防火工作。",
                    "recipients": {"region_codes": ["370883"],
                                   "industries": ["civil_explosives_production",
                                                  "civil_explosives_sales"]}}, expect=201)
        n2 = s.cap("notice.zoucheng_fire", r.get("id"))
        s.call("zoucheng", "POST", f"/api/v1/notices/{n2}/send", expect=200)
        r = s.call("jining", "POST", "/api/v1/notices",
                   {"title": "全市民用飞机制造企业通知", "body": "b",
                    "recipients": {"region_codes": ["370800"], "industries": ["civil_aircraft"],
                                   "include_agencies": True}}, expect=201)
        s.cap("notice.city_aircraft", r.get("id"))
        s.call("jining", "POST", f"/api/v1/notices/{r.get('id')}/send", expect=200)
        for q in ({}, {"status": "sent"}, {"status": "draft"}, {"q": "回放"}, {"status": "bogus"}):
            s.call("jining", "GET", "/api/v1/notices", query=q)
        s.call("jining", "GET", "/api/v1/notices/export", query={"status": "sent"}, expect=200)
        s.call("jining", "GET", f"/api/v1/notices/{n1}/recipients/export", expect=200)
        s.call("rencheng", "GET", f"/api/v1/notices/{n1}/recipients/export", expect=404)
        s.call("jining.viewer", "GET", f"/api/v1/notices/{n1}/recipients/export", expect=403)

    with s.area("inbox"):
        r = s.call("rencheng", "GET", "/api/v1/inbox", query={"page_size": 50}, expect=200)
        rec = next((i["id"] for i in r.get("items", default=[]) if i.get("notice_id") == n1), None)
        s.cap("recipient.rencheng_city", rec)
        s.call("rencheng", "GET", "/api/v1/inbox", query={"status": "unread"}, expect=200)
        s.call("rencheng", "GET", "/api/v1/inbox", query={"status": "bogus"}, expect=422)
        s.call("rencheng", "GET", f"/api/v1/inbox/{rec}", expect=200, label="marks read")
        s.call("zoucheng", "GET", f"/api/v1/inbox/{rec}", expect=404, label="another recipient")
        s.call("rencheng", "GET", f"/api/v1/files/{pdf}", expect=200, label="attachment visible now")
        s.call("rencheng", "POST", f"/api/v1/inbox/{rec}/acknowledge", expect=200)
        s.call("rencheng", "POST", f"/api/v1/inbox/{rec}/acknowledge", expect=409)
        r = upload(s, "rencheng", "feedback.txt", "任城区检查情况".encode(), "text/plain")
        fb_file = s.cap("file.rencheng_feedback", r.get("id"))
        s.call("rencheng", "POST", f"/api/v1/inbox/{rec}/feedback", {"text": ""}, expect=422)
        s.call("rencheng", "POST", f"/api/v1/inbox/{rec}/feedback",
               {"text": "已完成检查，未发现重大隐患。", "attachment_ids": [fb_file]}, expect=200)
        s.call("rencheng", "POST", f"/api/v1/inbox/{rec}/feedback", {"text": "再次"}, expect=409)
        s.call("jining", "GET", f"/api/v1/files/{fb_file}", expect=200, label="feedback file")
        s.call("zoucheng", "GET", f"/api/v1/files/{fb_file}", expect=404)
        # Forward down a level: to the enterprises of 任城区 in hazardous chemicals.
        r = s.call("rencheng", "POST", f"/api/v1/inbox/{rec}/forward",
                   {"recipients": {"enterprise_ids": [hc]}, "send": True}, expect=201)
        fwd = s.cap("notice.rencheng_forward", r.get("id"))
        s.call("rencheng", "GET", f"/api/v1/notices/{fwd}", expect=200)
        s.call("jining", "GET", f"/api/v1/notices/{n1}", expect=200, label="children visible")
        s.call("mb.principal", "POST", f"/api/v1/inbox/{rec}/forward", {"recipients": {}},
               expect=403, label="enterprises do not forward")
        s.call("rencheng", "POST", f"/api/v1/inbox/{rec}/forward",
               {"recipients": {"enterprise_ids": [mb]}}, expect=422, label="out of scope")
        # The enterprise side.
        r = s.call("hc.principal", "GET", "/api/v1/inbox", expect=200)
        items = r.get("items", default=[])
        hc_rec = next((i["id"] for i in items if i.get("notice_id") == n1), None)
        hc_fwd = next((i["id"] for i in items if i.get("notice_id") == fwd), None)
        s.cap("recipient.hc_city", hc_rec)
        s.cap("recipient.hc_forward", hc_fwd)
        s.call("hc.safety", "GET", f"/api/v1/inbox/{hc_rec}", expect=200)
        s.call("hc.principal", "POST", f"/api/v1/inbox/{hc_fwd}/acknowledge", expect=200)
        s.call("hc.principal", "POST", f"/api/v1/inbox/{hc_fwd}/feedback",
               {"text": "已组织自查。"}, expect=200)
        s.call("mb.principal", "GET", f"/api/v1/inbox/{hc_rec}", expect=404)
        s.call("hc.principal", "GET", "/api/v1/inbox/export", expect=200)
        s.call("rencheng", "GET", "/api/v1/inbox/export", query={"status": "feedback_submitted"},
               expect=200)
        # Reminders: everyone not done yet, then a stranger's recipient id.
        s.call("jining", "POST", f"/api/v1/notices/{n1}/remind", {}, expect=200)
        s.call("jining", "POST", f"/api/v1/notices/{n1}/remind", {"recipient_ids": [99999999]},
               expect=422)
        s.call("jining", "POST", f"/api/v1/notices/{r.get('id')}/remind", {}, expect=404)
        s.call("zoucheng", "GET", "/api/v1/inbox", expect=200)
        s.call("jining", "GET", f"/api/v1/notices/{n1}", expect=200, label="after feedback")


# ---------------------------------------------------------------------------------------------
# In-app notifications
# ---------------------------------------------------------------------------------------------


def notifications(s) -> None:
    with s.area("notifications"):
        for role in ("rencheng", "zoucheng", "hc.principal", "jining"):
            s.call(role, "GET", "/api/v1/notifications", query={"unread_only": 1}, expect=200)
        r = s.call("rencheng", "GET", "/api/v1/notifications", query={"page_size": 5}, expect=200)
        nid = s.cap("notification.rencheng_first", r.get("items", 0, "id"))
        s.call("rencheng", "POST", f"/api/v1/notifications/{nid}/read", expect=200)
        s.call("zoucheng", "POST", f"/api/v1/notifications/{nid}/read", expect=404,
               label="someone else's")
        s.call("rencheng", "POST", "/api/v1/notifications/99999999/read", expect=404)
        s.call("rencheng", "GET", "/api/v1/notifications/unread-count", expect=200)
        s.call("rencheng", "POST", "/api/v1/notifications/read-all", expect=200)
        s.call("rencheng", "GET", "/api/v1/notifications/unread-count", expect=200)
        s.call("rencheng", "GET", "/api/v1/notifications", query={"page_size": 0}, expect=422)
        # The WebSocket route without an upgrade is refused, never served as a page.
        s.call("rencheng", "GET", "/api/v1/ws", label="no upgrade")



# ---------------------------------------------------------------------------------------------
# Graded risk control (风险分级管控): register, assessments, map, overview, major hazards
# ---------------------------------------------------------------------------------------------

PNG_MAGIC = b"\x89PNG\r\n\x1a\n-replay-plan"
JPEG_MAGIC = b"\xff\xd8\xff\xe0replay-jpeg"


def risk(s) -> None:
    hc = lookup_user_enterprise(s, "hc.principal")
    mb = lookup_user_enterprise(s, "mb.principal")
    owner = s.v("user.replay_hc") or lookup_user_id(s, "hc.principal")
    with s.area("risk"):
        s.call("rencheng", "GET", "/api/v1/risk-reference", expect=200)
        s.call("hc.safety", "GET", "/api/v1/risk-reference", expect=200)
        s.call("sysadmin", "GET", "/api/v1/risk-reference", expect=403)
        s.call("hc.safety", "GET", "/api/v1/risk-objects", expect=200)
        s.call("rencheng", "GET", "/api/v1/risk-objects", query={"enterprise_id": hc}, expect=200)
        s.call("zoucheng", "GET", "/api/v1/risk-objects", query={"enterprise_id": hc},
               expect=(200, 404), label="out of scope")
        s.call("hc.safety", "GET", "/api/v1/risk-objects", query={"include_inactive": "true"},
               expect=200)

        r = s.call("hc.safety", "POST", "/api/v1/risk-objects",
                   {"name": "回放储罐区", "hazard_code": "HZ-RP-1"}, expect=201)
        obj = s.cap("risk_object.replay", r.get("id"))
        s.call("hc.safety", "POST", "/api/v1/risk-objects", {}, expect=422, label="name missing")
        s.call("rencheng", "POST", "/api/v1/risk-objects", {"name": "x"}, expect=403)
        s.call("jining.viewer", "POST", "/api/v1/risk-objects", {"name": "x"}, expect=403)
        s.call("hc.safety", "PUT", f"/api/v1/risk-objects/{obj}",
               {"name": "回放储罐区（甲类）", "hazard_code": "HZ-RP-1"}, expect=200)
        s.call("mb.safety", "PUT", f"/api/v1/risk-objects/{obj}", {"name": "x"}, expect=404)

        r = s.call("hc.safety", "POST", "/api/v1/risk-units",
                   {"risk_object_id": obj, "name": "回放甲醇储罐", "unit_type": "equipment",
                    "department": "生产部", "responsible_person": "王工"}, expect=201)
        unit = s.cap("risk_unit.replay", r.get("id"))
        s.call("hc.safety", "POST", "/api/v1/risk-units",
               {"risk_object_id": 999999, "name": "x", "unit_type": "room"}, expect=422)
        s.call("hc.safety", "PUT", f"/api/v1/risk-units/{unit}",
               {"risk_object_id": obj, "name": "回放甲醇储罐区", "unit_type": "area",
                "department": "储运部", "responsible_person": "李工"}, expect=200)
        s.call("rencheng", "GET", f"/api/v1/risk-units/{unit}", expect=200)
        s.call("zoucheng", "GET", f"/api/v1/risk-units/{unit}", expect=404)
        # Assessments: LEC, LS, and values outside the tables.
        a = f"/api/v1/risk-units/{unit}/assessments"
        s.call("hc.safety", "POST", a, {"method": "LEC", "L": 6, "E": 6, "C": 15}, expect=201)
        s.call("hc.safety", "POST", a, {"method": "LEC", "L": 0.5, "E": 6, "C": 7}, expect=201)
        s.call("hc.safety", "POST", a, {"method": "LS", "L": 3, "S": 4}, expect=201)
        s.call("hc.safety", "POST", a, {"method": "LEC", "L": 5, "E": 6, "C": 15}, expect=422)
        s.call("hc.safety", "POST", a, {"method": "LS", "L": 6, "S": 2.5}, expect=422)
        s.call("hc.safety", "POST", a, {"method": "LEC", "L": 6}, expect=422, label="E, C missing")
        s.call("hc.safety", "POST", a, {"method": "ABC"}, expect=422)
        s.call("hc.safety", "POST", a, {"method": "LEC", "L": "six", "E": 6, "C": 15}, expect=422)
        s.call("rencheng", "POST", a, {"method": "LS", "L": 3, "S": 4}, expect=403)
        # Events and measures.
        r = s.call("hc.safety", "POST", f"/api/v1/risk-units/{unit}/events",
                   {"name": "超压爆炸", "accident_type": "17", "hazard_factor": "21",
                    "description": "储罐超压"}, expect=201)
        ev = s.cap("risk_event.replay", r.get("id"))
        s.call("hc.safety", "POST", f"/api/v1/risk-units/{unit}/events",
               {"name": "x", "accident_type": "21", "hazard_factor": "5"}, expect=422)
        s.call("hc.safety", "PUT", f"/api/v1/risk-events/{ev}",
               {"name": "超压爆炸、泄漏", "accident_type": "17", "hazard_factor": "21"}, expect=200)
        r = s.call("hc.safety", "POST", f"/api/v1/risk-events/{ev}/measures",
                   {"kind": "engineering", "control_level": "workshop", "description": "检查安全阀",
                    "frequency": "weekly", "owner_user_id": owner}, expect=201)
        ms = s.cap("control_measure.replay", r.get("id"))
        s.call("hc.safety", "POST", f"/api/v1/risk-events/{ev}/measures",
               {"kind": "prayer", "control_level": "city", "description": "x",
                "frequency": "hourly"}, expect=422)
        s.call("hc.safety", "POST", f"/api/v1/risk-events/{ev}/measures",
               {"kind": "management", "control_level": "team", "description": "x",
                "frequency": "daily", "owner_user_id": 1}, expect=422, label="foreign owner")
        s.call("hc.safety", "PUT", f"/api/v1/control-measures/{ms}",
               {"kind": "engineering", "control_level": "workshop",
                "description": "检查安全阀和呼吸阀", "frequency": "monthly", "owner_user_id": owner},
               expect=200)
        s.call("hc.safety", "GET", f"/api/v1/risk-units/{unit}", expect=200)
        # Deactivate and reactivate every kind of register row.
        for route, rid in (("control-measures", ms), ("risk-events", ev), ("risk-units", unit),
                           ("risk-objects", obj)):
            base = f"/api/v1/{route}/{rid}"
            s.call("hc.safety", "POST", base + "/deactivate", expect=200)
            s.call("rencheng", "POST", base + "/reactivate", expect=403)
            s.call("mb.safety", "POST", base + "/reactivate", expect=404)
        for route, rid in (("risk-objects", obj), ("risk-units", unit), ("risk-events", ev),
                           ("control-measures", ms)):
            s.call("hc.safety", "POST", f"/api/v1/{route}/{rid}/reactivate", expect=200)

        # The four-colour map.
        r = upload(s, "hc.safety", "plan.png", PNG_MAGIC, "image/png")
        plan = s.cap("file.risk_plan", r.get("id"))
        s.call("hc.safety", "PUT", "/api/v1/risk-map",
               {"file_id": plan, "width": 1000, "height": 600}, expect=200)
        s.call("hc.safety", "PUT", "/api/v1/risk-map", {"file_id": 99999999, "width": 0},
               expect=422)
        poly = f"/api/v1/risk-units/{unit}/polygon"
        s.call("hc.safety", "PUT", poly, {"points": [[0.1, 0.1], [1.5, 0.2]]}, expect=422)
        s.call("hc.safety", "PUT", poly, {"points": [[0.1, 0.1], [0.3, 0.1], [0.2, 0.3]]},
               expect=200)
        s.call("rencheng", "GET", f"/api/v1/risk-maps/{hc}", expect=200)
        s.call("rencheng", "GET", f"/api/v1/risk-maps/{hc}/image", expect=200)
        s.call("zoucheng", "GET", f"/api/v1/risk-maps/{hc}", expect=404)
        s.call("mb.safety", "GET", f"/api/v1/risk-maps/{hc}/image", expect=404)
        s.call("mb.safety", "GET", f"/api/v1/risk-maps/{mb}", expect=200)
        # Lists, overview, exports.
        for role, q in (("rencheng", {"level": "major", "page_size": 10}),
                        ("jining", {"region": "370883", "unit_type": "post", "page_size": 5}),
                        ("jining", {"level": "purple"}),
                        ("hc.safety", {"risk_object_id": obj, "include_inactive": "true"}),
                        ("hc.safety", {"q": "回放"}),
                        ("mb.safety", {"page": 2, "page_size": 3})):
            s.call(role, "GET", "/api/v1/risk-units", query=q)
        s.call("jining", "GET", "/api/v1/risk-overview", expect=200)
        s.call("rencheng", "GET", "/api/v1/risk-overview", query={"level": "major"}, expect=200)
        s.call("jining", "GET", "/api/v1/risk-overview", query={"region": "999999"})
        s.call("rencheng", "GET", "/api/v1/risk-units/export", query={"level": "major"},
               expect=200)
        s.call("hc.safety", "GET", "/api/v1/risk-units/export", expect=200)
        s.call("hc.safety", "GET", "/api/v1/risk-register/export", expect=200)
        s.call("rencheng", "GET", "/api/v1/risk-register/export", expect=422,
               label="enterprise_id required")
        s.call("rencheng", "GET", "/api/v1/risk-register/export", query={"enterprise_id": hc},
               expect=200)
        s.call("zoucheng", "GET", "/api/v1/risk-register/export", query={"enterprise_id": hc},
               expect=404)

    with s.area("major_hazards"):
        s.call("rencheng", "GET", "/api/v1/major-hazards", expect=200)
        s.call("hc.safety", "GET", "/api/v1/major-hazards", expect=200)
        s.call("jining", "GET", "/api/v1/major-hazards", query={"enterprise_id": mb}, expect=200)
        body = {"name": "回放甲醇罐区", "grade": "3", "principal_name": "王志强",
                "principal_frequency": "quarterly", "principal_user_id":
                    lookup_user_id(s, "hc.principal"),
                "technical_name": "李工", "technical_frequency": "quarterly",
                "operational_name": "赵班长", "operational_frequency": "weekly",
                "operational_user_id": owner}
        r = s.call("hc.safety", "POST", "/api/v1/major-hazards", body, expect=201)
        mh = s.cap("major_hazard.replay", r.get("id"))
        s.call("hc.safety", "POST", "/api/v1/major-hazards", {"name": "x", "grade": "5"},
               expect=422)
        s.call("hc.safety", "POST", "/api/v1/major-hazards",
               dict(body, principal_user_id=lookup_user_id(s, "mb.principal")), expect=422,
               label="user of another enterprise")
        s.call("rencheng", "POST", "/api/v1/major-hazards", body, expect=403)
        s.call("hc.safety", "PUT", f"/api/v1/major-hazards/{mh}",
               dict(body, grade="2", technical_frequency="monthly"), expect=200)
        s.call("mb.safety", "PUT", f"/api/v1/major-hazards/{mh}", body, expect=(404, 422),
               label="another enterprise's, with its people")
        plain = {k: v for k, v in body.items() if not k.endswith("_user_id")}
        s.call("mb.safety", "PUT", f"/api/v1/major-hazards/{mh}", plain, expect=404,
               label="another enterprise's")
        s.call("hc.safety", "POST", f"/api/v1/major-hazards/{mh}/deactivate", expect=200)
        s.call("hc.safety", "POST", f"/api/v1/major-hazards/{mh}/deactivate", expect=200,
               label="again")
        s.call("hc.safety", "POST", f"/api/v1/major-hazards/{mh}/reactivate", expect=200)
        s.call("rencheng", "POST", f"/api/v1/major-hazards/{mh}/reactivate", expect=403)
        s.call("hc.safety", "GET", "/api/v1/inspection-tasks",
               query={"source": "major_hazard", "status": "open"}, expect=200,
               label="tasks of the accountable people")


# ---------------------------------------------------------------------------------------------
# Inspections (隐患排查): checklists, duties, tasks, records, findings
# ---------------------------------------------------------------------------------------------


def inspections(s) -> None:
    hc = lookup_user_enterprise(s, "hc.principal")
    with s.area("inspections"):
        r = s.call("hc.safety", "GET", "/api/v1/checklists", expect=200)
        builtin = {c.get("code"): c.get("id") for c in r.get("items", default=[])}
        s.call("rencheng", "GET", "/api/v1/checklists", expect=200)
        s.call("mb.safety", "GET", "/api/v1/checklists", query={"include_inactive": "true"},
               expect=200)
        fire = s.cap("checklist.fire_special", builtin.get("fire_special"))
        s.call("hc.safety", "GET", f"/api/v1/checklists/{fire}", expect=200)
        s.call("hc.safety", "PUT", f"/api/v1/checklists/{fire}",
               {"name": "x", "items": [{"content": "y"}]}, expect=422, label="built-in")
        r = s.call("hc.safety", "POST", "/api/v1/checklists",
                   {"name": "回放储罐区周检", "kind": "routine",
                    "items": [{"content": "呼吸阀", "requires_photo": True},
                              {"content": "防火堤"}]}, expect=201)
        own = s.cap("checklist.hc_own", r.get("id"))
        s.call("hc.safety", "PUT", f"/api/v1/checklists/{own}",
               {"name": "回放储罐区周检", "items": [{"content": "呼吸阀"},
                                                   {"content": "静电接地"}]}, expect=200)
        s.call("mb.safety", "GET", f"/api/v1/checklists/{own}", expect=404)
        s.call("rencheng", "POST", "/api/v1/checklists",
               {"name": "x", "items": [{"content": "y"}]}, expect=403)
        s.call("hc.safety", "POST", "/api/v1/checklists", {"name": "x", "items": []}, expect=422)
        r = s.call("hc.safety", "POST", "/api/v1/checklists",
                   {"name": "回放临时检查表", "kind": "special", "items": [{"content": "临时"}]},
                   expect=201)
        s.call("hc.safety", "POST", f"/api/v1/checklists/{r.get('id')}/deactivate", expect=200)
        s.call("hc.safety", "POST", f"/api/v1/checklists/{fire}/deactivate", expect=422,
               label="built-in")

        # Duties: a new assignee takes over the open tasks.
        r = s.call("hc.safety", "GET", "/api/v1/inspection-duties", expect=200)
        duty = r.get("items", 0, default={}) or {}
        s.call("rencheng", "GET", "/api/v1/inspection-duties", expect=(200, 422))
        s.call("hc.safety", "GET", "/api/v1/inspection-assignees", expect=200)
        s.call("rencheng", "GET", "/api/v1/inspection-assignees", expect=422)
        put = {"checklist_id": duty.get("checklist_id"), "frequency": duty.get("frequency"),
               "assignee_user_id": s.v("user.replay_hc"), "active": True}
        s.call("hc.safety", "PUT", "/api/v1/inspection-duties", put, expect=200)
        s.call("hc.safety", "PUT", "/api/v1/inspection-duties",
               dict(put, assignee_user_id=lookup_user_id(s, "mb.safety")), expect=422)
        s.call("rencheng", "PUT", "/api/v1/inspection-duties", put, expect=403)
        s.call("hc.safety", "PUT", "/api/v1/inspection-duties",
               dict(put, assignee_user_id=lookup_user_id(s, "hc.safety")), expect=200,
               label="back to the safety officer")
        s.call("hc.safety", "PUT", "/api/v1/inspection-duties",
               {"checklist_id": own, "frequency": "weekly",
                "assignee_user_id": lookup_user_id(s, "hc.safety"), "active": True},
               expect=201, label="a duty for the own checklist")

        # Today's company-level daily inspection: bad answers, then a good record.
        r = s.call("hc.safety", "GET", "/api/v1/inspection-tasks",
                   query={"status": "open", "mine": "true", "source": "duty"}, expect=200)
        task = s.cap("inspection_task.today", r.get("items", 0, "id"))
        t = s.call("hc.safety", "GET", f"/api/v1/inspection-tasks/{task}", expect=200)
        items = t.get("items", default=[]) or []
        r = upload(s, "hc.safety", "%E7%8E%B0%E5%9C%BA.jpg", JPEG_MAGIC, "image/jpeg")
        photo = s.cap("file.inspection_photo", r.get("id"))

        def answers(with_photo, complete):
            out = []
            for it in items:
                pos = it.get("position")
                if not complete and pos == len(items):
                    continue
                o = {"position": pos, "outcome": "fail" if pos == 2 else
                     "not_applicable" if pos == len(items) - 1 else "pass"}
                if pos == 2:
                    o["note"] = "设备带病运转"
                if it.get("requires_photo") and with_photo:
                    o["photo_ids"] = [photo]
                out.append(o)
            return {"items": out, "note": "公司级检查（回放）"}

        path = f"/api/v1/inspection-tasks/{task}/records"
        s.call("hc.safety", "POST", path, answers(False, False), expect=422)
        s.call("hc.safety", "POST", path, {"items": [{"position": 99, "outcome": "maybe"}]},
               expect=422)
        s.call("rencheng", "POST", path, answers(True, True), expect=403)
        s.call("mb.safety", "POST", path, answers(True, True), expect=404)
        r = s.call("hc.safety", "POST", path, answers(True, True), expect=201)
        rec = s.cap("inspection_record.today", r.get("id"))
        s.call("hc.safety", "POST", path, answers(True, True), expect=409)
        s.call("hc.safety", "GET", f"/api/v1/inspection-tasks/{task}", expect=200)
        s.call("rencheng", "GET", f"/api/v1/inspection-records/{rec}", expect=200)
        s.call("zoucheng", "GET", f"/api/v1/inspection-records/{rec}", expect=404)
        finding = f"/api/v1/inspection-records/{rec}/items/2/hidden-danger"
        s.call("rencheng", "POST", finding, expect=403)
        s.call("mb.safety", "POST", finding, expect=404)
        s.call("hc.safety", "POST", f"/api/v1/inspection-records/{rec}/items/1/hidden-danger",
               expect=422, label="item not failed")
        r = s.call("hc.safety", "POST", finding, expect=201)
        s.cap("hidden_danger.from_inspection", r.get("hidden_danger_id"))
        s.call("hc.safety", "POST", finding, expect=409)
        s.call("hc.safety", "GET", f"/api/v1/inspection-records/{rec}", expect=200)

        # An ad hoc special inspection (防火专项排查) on the producer's site.
        cl = s.call("mb.safety", "GET", f"/api/v1/checklists/{fire}", expect=200)
        r = upload(s, "mb.safety", "p.png", PNG_MAGIC, "image/png")
        mb_photo = r.get("id")
        arr = []
        for it in cl.get("items", default=[]) or []:
            o = {"position": it.get("position"), "outcome": "pass"}
            if it.get("requires_photo"):
                o["photo_ids"] = [mb_photo]
            arr.append(o)
        r = s.call("mb.safety", "POST", "/api/v1/inspection-records",
                   {"checklist_id": fire, "items": arr}, expect=201)
        s.cap("inspection_record.mb_fire", r.get("id"))
        if arr:
            arr[0] = dict(arr[0], photo_ids=[mb_photo])
        s.call("mb.duty", "POST", "/api/v1/inspection-records",
               {"checklist_id": fire, "items": arr}, expect=201,
               label="a colleague's photo of the same enterprise")
        s.call("rencheng", "POST", "/api/v1/inspection-records",
               {"checklist_id": fire, "items": arr}, expect=403)

        # Lists and exports with filters; scope.
        today = s.today()
        for role, q in (("hc.safety", {"status": "open", "mine": "true"}),
                        ("hc.safety", {"from": s.today(-7), "to": today, "source": "measure"}),
                        ("rencheng", {"status": "missed", "page_size": 10}),
                        ("jining", {"region": "370883", "status": "done", "page_size": 5}),
                        ("jining", {"enterprise_id": hc, "page": 2}),
                        ("zoucheng", {"enterprise_id": hc}),
                        ("jining", {"status": "lost"}),
                        ("mb.keeper", {"mine": "true"})):
            s.call(role, "GET", "/api/v1/inspection-tasks", query=q)
        s.call("rencheng", "GET", "/api/v1/inspection-tasks/export",
               query={"status": "missed", "from": s.today(-30), "to": today}, expect=200)
        s.call("hc.safety", "GET", "/api/v1/inspection-tasks/999999999", expect=404)
        for role, q in (("hc.safety", {"failed": "true"}),
                        ("hc.safety", {"result": "fail", "source": "task"}),
                        ("jining", {"enterprise_id": hc, "from": s.today(-30), "to": today,
                                    "kind": "company_daily"}),
                        ("jining", {"region": "370811", "inspector": "回放", "page_size": 5}),
                        ("mb.safety", {"source": "ad_hoc", "checklist_id": fire}),
                        ("jining", {"result": "maybe", "source": "x", "from": "2021-13-01",
                                    "region": "999999"}),
                        ("jining", {"from": "2021-02-01", "to": "2021-01-01"}),
                        ("rencheng", {"inspector_user_id": lookup_user_id(s, "hc.safety"),
                                      "page_size": 5})):
            s.call(role, "GET", "/api/v1/inspection-records", query=q)
        s.call("rencheng", "GET", "/api/v1/inspection-records/export",
               query={"failed": "true", "from": s.today(-30), "to": today}, expect=200)
        s.call("hc.safety", "GET", "/api/v1/inspection-records/export",
               query={"from": s.today(-7)}, expect=200)
        s.call("jining", "GET", "/api/v1/inspection-records/export",
               query={"from": "2021-02-01", "to": "2021-01-01"}, expect=422)



# ---------------------------------------------------------------------------------------------
# Hidden dangers (隐患治理): the closed loop, major ones, referrals, lists, statistics
# ---------------------------------------------------------------------------------------------


def act(s, role, hd, body, expect=200, label=""):
    return s.call(role, "POST", f"/api/v1/hidden-dangers/{hd}/transitions", body, expect=expect,
                  label=label or body.get("action", ""))


def report(s, role, title, extra=None, expect=201):
    body = {"title": title, "description": "现场发现（回放）", "location": "罐区",
            "hazard_factor": "2"}
    body.update(extra or {})
    return s.call(role, "POST", "/api/v1/hidden-dangers", body, expect=expect)


def hidden_dangers(s) -> None:
    hc = lookup_user_enterprise(s, "hc.principal")
    mb = lookup_user_enterprise(s, "mb.principal")
    principal = lookup_user_id(s, "hc.principal")
    with s.area("hidden_dangers"):
        s.call("hc.safety", "GET", "/api/v1/hidden-dangers/reference", expect=200)
        s.call("sysadmin", "GET", "/api/v1/hidden-dangers/reference", expect=403)
        # The ordinary loop with photos; the rectifier cannot verify.
        r = upload(s, "hc.safety", "photo.png", PNG_MAGIC, "image/png")
        before = s.cap("file.hd_before", r.get("id"))
        r = report(s, "hc.safety", "静电接地线断开（回放）",
                   {"photo_file_ids": [before], "latitude": 35.4, "longitude": 116.6,
                    "found_on": s.today(-1)})
        hd = s.cap("hidden_danger.ordinary", r.get("id"))
        path = f"/api/v1/hidden-dangers/{hd}"
        for role, st in (("hc.safety", 200), ("rencheng", 200), ("jining", 200),
                         ("jining.viewer", 200), ("mb.safety", 404), ("zoucheng", 404)):
            s.call(role, "GET", path, expect=st)
        act(s, "mb.safety", hd, {"action": "assess", "level": "ordinary"}, expect=404)
        act(s, "zoucheng", hd, {"action": "assess", "level": "ordinary"}, expect=404)
        s.call("rencheng", "GET", f"/api/v1/files/{before}", expect=200, label="photo visible")
        s.call("mb.safety", "GET", f"/api/v1/files/{before}", expect=404)
        act(s, "hc.safety", hd, {"action": "fly"}, expect=422)
        act(s, "hc.safety", hd, {"action": "assess"}, expect=422, label="level missing")
        act(s, "hc.safety", hd, {"action": "assess", "level": "ordinary"})
        act(s, "hc.safety", hd, {"action": "assign", "deadline": "2000-01-01", "funds_fen": -1,
                                 "owner_user_id": lookup_user_id(s, "mb.safety")}, expect=422)
        act(s, "rencheng", hd, {"action": "assign", "owner_user_id": principal, "measures": "m",
                                "deadline": s.today(3)}, expect=422, label="enterprise only")
        act(s, "hc.safety", hd, {"action": "assign", "owner_user_id": principal,
                                 "measures": "更换接地线", "funds_fen": 50000,
                                 "deadline": s.today(7)})
        r = upload(s, "hc.principal", "after.png", PNG_MAGIC + b"-after", "image/png")
        after = r.get("id")
        act(s, "hc.principal", hd, {"action": "rectify", "evidence": "已更换并检测合格",
                                    "photo_file_ids": [after]})
        act(s, "hc.principal", hd, {"action": "verify_pass"}, expect=422,
            label="verifier is rectifier")
        act(s, "hc.safety", hd, {"action": "verify_fail", "reason": "接地电阻仍超标"})
        act(s, "hc.principal", hd, {"action": "rectify", "evidence": "重新敷设接地线"})
        act(s, "hc.safety", hd, {"action": "verify_pass"})
        act(s, "hc.safety", hd, {"action": "verify_fail", "reason": "再次"}, expect=422,
            label="closed is final")
        s.call("hc.principal", "GET", path, expect=200)

        # The major loop: plan, listed supervision, the regulator's sign-off (and a rejection).
        r = report(s, "hc.safety", "可燃气体报警器失灵（回放）")
        major = s.cap("hidden_danger.major", r.get("id"))
        act(s, "hc.safety", major, {"action": "assess", "level": "major"})
        act(s, "hc.safety", major, {"action": "assign", "owner_user_id": principal,
                                    "measures": "更换报警器", "deadline": s.today(30)})
        act(s, "hc.principal", major, {"action": "rectify", "evidence": "已更换"}, expect=422,
            label="plan required")
        act(s, "hc.safety", major, {"action": "submit_plan", "plan": "治理方案：停用、更换、检测、验收"})
        act(s, "hc.safety", major, {"action": "list_supervision",
                                    "regulator_deadline": s.today(20)}, expect=422,
            label="regulator only")
        act(s, "jining.viewer", major, {"action": "list_supervision",
                                        "regulator_deadline": s.today(20)}, expect=403)
        act(s, "rencheng", major, {"action": "list_supervision",
                                   "regulator_deadline": s.today(20)})
        act(s, "hc.safety", major, {"action": "reassign", "deadline": s.today(25),
                                    "reason": "延期"}, expect=422,
            label="after the regulator's deadline")
        act(s, "hc.safety", major, {"action": "reassign", "deadline": s.today(18),
                                    "owner_user_id": principal, "reason": "提前完成"})
        act(s, "hc.principal", major, {"action": "rectify", "evidence": "已更换并标定"})
        act(s, "hc.safety", major, {"action": "verify_pass"})
        act(s, "hc.safety", major, {"action": "regulator_signoff"}, expect=422)
        s.call("rencheng", "GET", f"/api/v1/hidden-dangers/{major}", expect=200,
               label="the regulator's buttons")
        s.call("jining.viewer", "GET", f"/api/v1/hidden-dangers/{major}", expect=200)
        act(s, "rencheng", major, {"action": "regulator_reject", "reason": "检测报告缺失"})
        act(s, "hc.principal", major, {"action": "rectify", "evidence": "补充检测报告"})
        act(s, "hc.safety", major, {"action": "verify_pass"})
        act(s, "rencheng", major, {"action": "regulator_signoff"}, expect=422,
            label="workers' congress report first (Work Safety Law Art.41)")
        act(s, "hc.safety", major, {"action": "report_congress", "congress_reported_on": s.today(),
                                    "congress_method": "meeting", "congress_reporter": "张主任",
                                    "congress_minutes": "职代会听取重大隐患治理情况报告（回放）"})
        act(s, "rencheng", major, {"action": "regulator_signoff"})

        # Bad input names the fields and rules.
        s.call("hc.safety", "POST", "/api/v1/hidden-dangers",
               {"title": "", "hazard_factor": "9", "found_on": "2026-13-01", "latitude": 100,
                "photo_file_ids": [999999999], "colour": "red"}, expect=422)
        s.call("hc.safety", "POST", "/api/v1/hidden-dangers",
               {"title": "x", "enterprise_id": mb}, expect=422, label="another enterprise")
        s.call("hc.safety", "POST", "/api/v1/hidden-dangers",
               {"title": "x", "source": "referral"}, expect=422, label="regulator source")
        s.call("hc.safety", "POST", "/api/v1/hidden-dangers", raw=b"{not json",
               ctype="application/json", expect=400)
        s.call("rencheng", "POST", "/api/v1/hidden-dangers", {"title": "x"}, expect=403)
        s.call("hc.safety", "GET", "/api/v1/hidden-dangers/99999999", expect=404)
        # A dismissal by the enterprise; a report by the duty officer of the producer.
        r = report(s, "hc.principal", "误报：管线标识（回放）")
        act(s, "hc.safety", r.get("id"), {"action": "dismiss", "reason": "非隐患"})
        r = report(s, "mb.duty", "值班室应急灯不亮（回放）", {"hazard_factor": "4"})
        s.cap("hidden_danger.mb_duty", r.get("id"))
        s.call("mb.safety", "GET", f"/api/v1/hidden-dangers/{r.get('id')}", expect=200)

        # A referral by the regulator cannot be dismissed by the enterprise.
        r = s.call("rencheng", "POST", "/api/v1/hidden-dangers/referrals",
                   {"enterprise_id": hc, "title": "消防通道被占用（回放）",
                    "referral_department": "市消防救援支队"}, expect=201)
        ref = s.cap("hidden_danger.referral", r.get("id"))
        act(s, "hc.safety", ref, {"action": "dismiss", "reason": "不是隐患"}, expect=422)
        s.call("zoucheng", "POST", "/api/v1/hidden-dangers/referrals",
               {"enterprise_id": hc, "title": "x"}, expect=422)
        s.call("hc.safety", "POST", "/api/v1/hidden-dangers/referrals", {"title": "x"},
               expect=403)
        s.call("jining.viewer", "POST", "/api/v1/hidden-dangers/referrals", {"title": "x"},
               expect=403)
        # A demo hidden danger in every state: act on the first open one of 任城区 as its
        # enterprise would see it.
        r = s.call("rencheng", "GET", "/api/v1/hidden-dangers",
                   query={"state": "reported", "sort": "id", "page_size": 3}, expect=200)
        s.call("rencheng", "GET", f"/api/v1/hidden-dangers/{r.get('items', 0, 'id')}",
               expect=200)

        # Lists: every filter, bad filters, exports, statistics.
        lists = [
            ("jining", {"page_size": 10, "sort": "-found_on"}),
            ("jining", {"state": "closed", "closed_on_time": "false", "page_size": 5}),
            ("jining", {"level": "major", "listed": "true"}),
            ("jining", {"overdue": "true", "sort": "deadline", "page_size": 10}),
            ("jining", {"source": "enforcement", "region_code": "370883"}),
            ("jining", {"hazard_factor": "1", "industry": "hazardous_chemicals"}),
            ("jining", {"found_from": s.today(-60), "found_to": s.today(-30), "page": 2}),
            ("jining", {"closed_from": s.today(-30), "closed_to": s.today()}),
            ("rencheng", {"enterprise_id": hc, "open": "true"}),
            ("rencheng", {"q": "回放"}),
            ("rencheng", {"region_code": "370883"}),
            ("zoucheng", {"enterprise_id": hc}),
            ("hc.safety", {"state": "awaiting_regulator_signoff"}),
            ("mb.keeper", {"page_size": 5}),
            ("shandong", {"level": "unassessed", "page_size": 5}),
            ("jining", {"level": "red", "overdue": "maybe", "sort": "colour"}),
            ("jining", {"found_from": "2026-02-30"}),
        ]
        for role, q in lists:
            s.call(role, "GET", "/api/v1/hidden-dangers", query=q)
        s.call("jining", "GET", "/api/v1/hidden-dangers/export", query={"state": "closed",
               "region_code": "370811", "found_from": s.today(-90)}, expect=200)
        s.call("hc.safety", "GET", "/api/v1/hidden-dangers/export", expect=200)
        s.call("jining", "GET", "/api/v1/hidden-dangers/export", query={"level": "red"},
               expect=422)
        for role, q in (("jining", {}), ("rencheng", {}), ("shandong", {}),
                        ("jining", {"region_code": "370883", "industry": "civil_explosives_sales"}),
                        ("jining", {"from": s.today(-90), "to": s.today()}),
                        ("rencheng", {"region_code": "370883"}),
                        ("hc.safety", {}),
                        ("jining", {"from": "yesterday"})):
            s.call(role, "GET", "/api/v1/hidden-dangers/statistics", query=q)


# ---------------------------------------------------------------------------------------------
# Enforcement inspections (执法检查)
# ---------------------------------------------------------------------------------------------


def enforcement(s) -> None:
    hc = lookup_user_enterprise(s, "hc.principal")
    with s.area("enforcement"):
        body = {
            "enterprise_id": hc, "inspected_on": s.today(), "inspectors": "李强、刘洋",
            "summary": "回放执法检查", "order_text": "责令立即整改",
            "order_deadline": s.today(15),
            "findings": [{"title": "安全阀未按期校验（回放）", "hazard_factor": "2"},
                         {"title": "动火作业票审批不全（回放）", "hazard_factor": "4",
                          "location": "二车间"}],
            "actions": [{"kind": "penalty", "amount_fen": 2000000,
                         "legal_basis": "work_safety_law_102",
                         "decision_no": "济任工信罚〔2026〕R1号", "decided_on": s.today()}]}
        r = s.call("rencheng", "POST", "/api/v1/enforcement-inspections", body, expect=201)
        ei = s.cap("enforcement.replay", r.get("id"))
        for i, f in enumerate(r.get("findings", default=[]) or []):
            s.cap(f"hidden_danger.enforcement_{i}", f.get("id"))
        path = f"/api/v1/enforcement-inspections/{ei}"
        for role, st in (("hc.safety", 200), ("rencheng", 200), ("jining", 200),
                         ("mb.safety", 404), ("zoucheng", 404)):
            s.call(role, "GET", path, expect=st)
        s.call("rencheng", "POST", path + "/actions",
               {"kind": "suspension", "suspension_from": s.today(1),
                "suspension_to": s.today(10)}, expect=201)
        s.call("rencheng", "POST", path + "/actions", {"kind": "penalty"}, expect=422)
        s.call("rencheng", "POST", path + "/actions", {"kind": "warning",
               "description": "警告（回放）"}, expect=201)
        s.call("hc.safety", "POST", path + "/actions", {"kind": "warning"}, expect=403)
        s.call("zoucheng", "POST", path + "/actions", {"kind": "warning"}, expect=404)
        s.call("rencheng", "POST", "/api/v1/enforcement-inspections",
               {"enterprise_id": hc, "findings": [{}]}, expect=422)
        s.call("zoucheng", "POST", "/api/v1/enforcement-inspections", body, expect=422,
               label="enterprise out of scope")
        s.call("jining.viewer", "POST", "/api/v1/enforcement-inspections", body, expect=403)
        # The enterprise rectifies an enforcement finding; it cannot dismiss it.
        f0 = s.v("hidden_danger.enforcement_0")
        act(s, "hc.safety", f0, {"action": "dismiss", "reason": "x"}, expect=422,
            label="regulator finding")
        s.call("hc.safety", "GET", f"/api/v1/hidden-dangers/{f0}", expect=200)
        for role, q in (("hc.safety", {"enterprise_id": hc}), ("rencheng", {}),
                        ("jining", {"from": s.today(-365), "to": s.today(), "page_size": 5}),
                        ("zoucheng", {"enterprise_id": hc}),
                        ("jining", {"from": "bad"})):
            s.call(role, "GET", "/api/v1/enforcement-inspections", query=q)
        s.call("rencheng", "GET", "/api/v1/enforcement-inspections/export", expect=200)
        s.call("jining", "GET", "/api/v1/enforcement-inspections/export",
               query={"enterprise_id": hc}, expect=200)
        s.call("sysadmin", "GET", "/api/v1/enforcement-inspections", expect=403)



# ---------------------------------------------------------------------------------------------
# Civil-explosives ledger (民爆出入库): stores, custodians, vouchers, reversal, trace, packaging,
# stocktakes, loss incidents, summaries, daily close, sale and purchase filings, overview
# ---------------------------------------------------------------------------------------------


def codes(first_serial: int, n: int, prefix: str = "3761205R") -> list[str]:
    """GA 441 codes nobody in the demo uses: enterprise 37, 2026-12-05, feature R."""
    return [f"{prefix}{i:05d}" for i in range(first_serial, first_serial + n)]


def second(role: str) -> dict:
    return {"username": role, "password": PASSWORD}


def voucher(s, role, store, direction, reason, lines, second_person="mb.safety", expect=201,
            label="", **extra):
    body = {"store_id": store, "direction": direction, "reason": reason, "lines": lines}
    # The counterparty the route requires (a sale's buyer, a purchase's seller, a transfer in or
    # out of the ledger's transport licence; GB 32100 codes with their check characters).
    if (direction, reason) == ("out", "sale"):
        body["counterparty"] = {"name": "济宁矿业爆破有限公司", "uscc": "91370811MA3C12345B",
                                "licence_no": "鲁公购2026-0001"}
    elif (direction, reason) == ("in", "purchase"):
        body["counterparty"] = {"name": "山东民爆器材有限公司", "uscc": "91370800MA3D54321Y",
                                "licence_no": "鲁民爆销2026-0001"}
    elif (direction, reason) in (("in", "transfer_in"), ("out", "transfer_out")):
        body["counterparty"] = {"name": "兖州分库", "transport_licence_no": "鲁公运2026-0001"}
    if second_person:
        body["second_person"] = second(second_person) if isinstance(second_person, str) \
            else second_person
    body.update(extra)
    return s.call(role, "POST", "/api/v1/vouchers", body, expect=expect,
                  label=label or f"{direction} {reason}")


def ledger(s) -> None:
    with s.area("ledger_stores"):
        mb = lookup_user_enterprise(s, "mb.principal")
        keeper = lookup_user_id(s, "mb.keeper")
        s.call("mb.keeper", "GET", "/api/v1/explosive-products", expect=200)
        s.call("hc.principal", "GET", "/api/v1/explosive-products", expect=200)
        s.call("sysadmin", "GET", "/api/v1/explosive-products", expect=403)
        r = s.call("mb.keeper", "GET", "/api/v1/stores", expect=200)
        stores = {x.get("name"): x.get("id") for x in r.get("items", default=[])}
        st_expl = s.cap("store.mb_explosives", stores.get("1号总库（工业炸药）"))
        st_det = s.cap("store.mb_detonators", stores.get("2号雷管库"))
        st_raw = s.cap("store.mb_raw", stores.get("原材料库（硝酸铵）"))
        st_quar = s.cap("store.mb_quarantine", stores.get("隔离库"))
        r = s.call("ms1.keeper", "GET", "/api/v1/stores", expect=200)
        st_ms1 = s.cap("store.ms1_detonators", next(
            (x.get("id") for x in r.get("items", default=[]) if x.get("name") == "雷管库"), None))
        s.call("zoucheng", "GET", "/api/v1/stores", query={"enterprise_id": mb}, expect=200)
        s.call("rencheng", "GET", "/api/v1/stores", query={"enterprise_id": mb}, expect=(200, 404))
        s.call("jining", "GET", "/api/v1/stores", query={"enterprise_id": "x"}, expect=422)
        for role, st in (("mb.duty", 200), ("zoucheng", 200), ("rencheng", 404),
                         ("ms1.keeper", 404)):
            s.call(role, "GET", f"/api/v1/stores/{st_det}", expect=st)
        s.call("mb.keeper", "GET", f"/api/v1/stores/{st_expl}/stock", expect=200)
        s.call("zoucheng", "GET", f"/api/v1/stores/{st_det}/stock", expect=200)
        s.call("hc.principal", "GET", f"/api/v1/stores/{st_det}/stock", expect=404)
        s.call("mb.keeper", "GET", f"/api/v1/stores/{st_det}/storekeepers", expect=200)

        new = {"name": "回放小型雷管库", "kind": "small_magazine", "rated_pieces": 5000}
        r = s.call("mb.principal", "POST", "/api/v1/stores", new, expect=201)
        st_new = s.cap("store.mb_replay", r.get("id"))
        s.call("mb.principal", "POST", "/api/v1/stores", new, expect=422, label="name taken")
        s.call("mb.principal", "POST", "/api/v1/stores",
               {"name": "无核定储量库", "kind": "main_magazine"}, expect=422, label="rating required")
        s.call("mb.principal", "POST", "/api/v1/stores",
               {"name": "x", "kind": "castle", "rated_pieces": -1}, expect=422)
        s.call("mb.keeper", "POST", "/api/v1/stores", dict(new, name="保管员建库"), expect=403)
        s.call("zoucheng", "POST", "/api/v1/stores", dict(new, name="监管建库"), expect=403)
        r = s.call("mb.safety", "POST", "/api/v1/stores",
                   {"name": "回放临时库", "kind": "temporary_magazine", "rated_net_mass_kg": 500},
                   expect=201)
        st_tmp = s.cap("store.mb_temporary", r.get("id"))
        s.call("mb.principal", "PUT", f"/api/v1/stores/{st_new}",
               dict(new, name="回放小型雷管库（甲）",
                    product_limits={"electronic_detonator": 3000}), expect=422,
               label="rated capacity only by the regulator's approval")
        s.call("mb.principal", "PUT", f"/api/v1/stores/{st_det}",
               {"name": "2号雷管库", "kind": "main_magazine", "rated_pieces": 100}, expect=422,
               label="limit below stock")
        s.call("mb.principal", "PUT", f"/api/v1/stores/{st_quar}",
               {"name": "隔离库", "kind": "main_magazine", "rated_net_mass_kg": 100}, expect=422,
               label="quarantine holds non-normal goods")
        s.call("ms1.safety", "PUT", f"/api/v1/stores/{st_new}", new, expect=404)
        # Custodians (专人保管).
        sk = f"/api/v1/stores/{st_new}/storekeepers"
        s.call("mb.principal", "POST", sk, {"user_id": keeper}, expect=201)
        s.call("mb.principal", "POST", sk, {"user_id": keeper}, expect=422,
               label="already assigned")
        s.call("mb.principal", "POST", sk, {"user_id": lookup_user_id(s, "mb.duty")},
               expect=422, label="not a storekeeper")
        s.call("mb.principal", "POST", sk, {"user_id": lookup_user_id(s, "ms1.keeper")},
               expect=422, label="another enterprise's storekeeper")
        s.call("mb.keeper", "POST", sk, {"user_id": keeper}, expect=403)
        s.call("mb.principal", "POST", f"{sk}/{keeper}/unassignment", expect=200)
        s.call("mb.principal", "POST", f"{sk}/{keeper}/unassignment", expect=404)
        s.call("mb.principal", "POST", sk, {"user_id": keeper}, expect=201, label="again")
        s.call("mb.keeper", "GET", sk, expect=200)
        s.call("zoucheng", "GET", sk, expect=200)

    dets = codes(1, 40)
    with s.area("ledger_vouchers"):
        det = lambda cs, **kw: dict({"product_id": "electronic_detonator", "codes": cs}, **kw)
        expl = lambda q, **kw: dict({"product_id": "industrial_explosive", "quantity": q}, **kw)
        # A store with no custodian takes nothing.
        voucher(s, "mb.keeper", st_tmp, "in", "production", [expl(10)], expect=422,
                label="store has no storekeeper")
        # Production into the new store: 40 coded detonators.
        r = voucher(s, "mb.keeper", st_new, "in", "production",
                    [det(dets, batch="RP-20261205")])
        v_in = s.cap("voucher.production", r.get("id"))
        r = voucher(s, "mb.keeper", st_expl, "in", "production", [expl(200.5, batch="RP-E1")])
        v_expl = s.cap("voucher.explosive_in", r.get("id"))
        voucher(s, "mb.keeper", st_raw, "in", "purchase",
                [{"product_id": "ammonium_nitrate", "quantity": 1000}], second_person="mb.principal")
        # Refusals, each naming its rule.
        s.call("mb.keeper", "POST", "/api/v1/vouchers",
               {"store_id": "x", "direction": "up", "lines": [{"quantity": "a"}, 3]}, expect=422,
               label="types")
        voucher(s, "mb.keeper", st_expl, "in", "production", [expl(1)], second_person=None,
                expect=422, label="second person required")
        voucher(s, "mb.keeper", st_expl, "in", "production", [expl(1)],
                second_person={"username": "mb.safety", "password": "wrong"}, expect=422,
                label="second person invalid")
        voucher(s, "mb.keeper", st_expl, "in", "production", [expl(1)],
                second_person="mb.keeper", expect=422, label="second person same")
        voucher(s, "mb.keeper", st_expl, "in", "production", [expl(1)],
                second_person="mb.duty", expect=422, label="second person not authorised")
        voucher(s, "mb.keeper", st_expl, "in", "production", [expl(1)],
                second_person="ms1.safety", expect=422, label="second person of another enterprise")
        voucher(s, "mb.safety", st_expl, "in", "production", [expl(1)],
                second_person="mb.principal", expect=422, label="storekeeper not assigned")
        voucher(s, "mb.keeper", st_expl, "in", "production", [expl(7000)], expect=422,
                label="capacity")
        voucher(s, "mb.keeper", st_new, "in", "production", [expl(5)], expect=422,
                label="incompatible storage")
        voucher(s, "mb.keeper", st_new, "in", "production",
                [det([dets[0], "3751120B00021"])], expect=422, label="codes in stock")
        voucher(s, "mb.keeper", st_new, "in", "production",
                [det(codes(100, 2) + codes(100, 1))], expect=422, label="duplicate in voucher")
        voucher(s, "mb.keeper", st_new, "out", "sale", [det(codes(200, 1))], expect=422,
                label="code not in store")
        voucher(s, "mb.keeper", st_new, "in", "production", [det(["37612"], quantity=2)],
                expect=422, label="code invalid, quantity mismatch")
        voucher(s, "mb.keeper", st_expl, "in", "sale", [expl(1)], expect=422,
                label="reason does not fit the direction")
        voucher(s, "mb.keeper", st_new, "transfer", "transfer_out", [det(dets[:2])],
                expect=422, label="target store required")
        voucher(s, "mb.keeper", st_expl, "in", "stocktake_gain", [expl(1)], expect=422,
                label="stocktake reasons are the stocktake's")
        voucher(s, "mb.keeper", st_expl, "in", "return",
                [expl(1, condition="waste")], expect=422, label="non-normal goods outside quarantine")
        voucher(s, "mb.keeper", st_quar, "in", "return", [expl(1)], second_person="mb.principal",
                expect=422, label="normal goods into the contaminated quarantine store")
        voucher(s, "mb.keeper", st_expl, "in", "production", [], expect=422, label="no lines")
        voucher(s, "hc.principal", st_expl, "in", "production", [expl(1)],
                second_person="hc.safety", expect=(404, 422), label="another enterprise's store")
        voucher(s, "zoucheng", st_expl, "in", "production", [expl(1)], expect=403)
        voucher(s, "mb.duty", st_expl, "in", "production", [expl(1)], expect=403)
        # Transfer to the detonator main store, a sale from it, waste into quarantine.
        r = voucher(s, "mb.keeper", st_new, "transfer", "transfer_out", [det(dets[30:40])],
                    target_store_id=st_det)
        s.cap("voucher.transfer", r.get("id"))
        r = voucher(s, "mb.keeper", st_det, "out", "sale", [det(dets[30:35])])
        v_sale = s.cap("voucher.sale", r.get("id"))
        s.sync_clock(r.get("posted_at"))  # filings are dated after the sale
        r = voucher(s, "mb.keeper", st_expl, "out", "sale", [expl(12.5)])
        s.cap("voucher.sale_explosive", r.get("id"))
        voucher(s, "mb.keeper", st_quar, "in", "return",
                [expl(2, condition="waste", batch="退库废品")], second_person="mb.principal")
        # Reversal (冲销): once, never of a reversal.
        r = s.call("mb.keeper", "POST", f"/api/v1/vouchers/{v_expl}/reversal",
                   {"second_person": second("mb.safety")}, expect=201)
        v_rev = s.cap("voucher.reversal", r.get("id"))
        s.call("mb.keeper", "POST", f"/api/v1/vouchers/{v_expl}/reversal",
               {"second_person": second("mb.safety")}, expect=409)
        s.call("mb.keeper", "POST", f"/api/v1/vouchers/{v_rev}/reversal",
               {"second_person": second("mb.safety")}, expect=409)
        s.call("mb.keeper", "POST", f"/api/v1/vouchers/{v_in}/reversal", {}, expect=422)
        s.call("ms1.keeper", "POST", f"/api/v1/vouchers/{v_in}/reversal",
               {"second_person": second("ms1.safety")}, expect=404)
        # Reads.
        for role, q in (("mb.keeper", {"store_id": st_new}),
                        ("mb.keeper", {"direction": "out", "page_size": 5}),
                        ("mb.safety", {"reason": "sale", "from": s.today(-30), "to": s.today()}),
                        ("zoucheng", {"page_size": 10}),
                        ("jining", {"store_id": st_det, "page": 2, "page_size": 5}),
                        ("rencheng", {"store_id": st_det}),
                        ("ms2.keeper", {}),
                        ("mb.keeper", {"direction": "sideways"}),
                        ("mb.keeper", {"from": "2026-13-01"})):
            s.call(role, "GET", "/api/v1/vouchers", query=q)
        for role, st in (("mb.keeper", 200), ("zoucheng", 200), ("jining.viewer", 200),
                         ("rencheng", 404), ("ms1.keeper", 404)):
            s.call(role, "GET", f"/api/v1/vouchers/{v_in}", expect=st)
        s.call("mb.keeper", "GET", f"/api/v1/vouchers/{v_rev}", expect=200)
        s.call("mb.keeper", "GET", "/api/v1/vouchers/999999999", expect=404)
        s.call("mb.keeper", "GET", f"/api/v1/stores/{st_new}/stock", expect=200)
        s.call("mb.keeper", "GET", f"/api/v1/stores/{st_det}/stock", expect=200)

    with s.area("ledger_trace"):
        for role, code, st in (("mb.keeper", dets[0], 200), ("mb.keeper", dets[31], 200),
                               ("zoucheng", dets[35], 200), ("jining", "3751120B00021", 200),
                               ("rencheng", dets[0], 404), ("hc.principal", dets[0], 404),
                               ("mb.keeper", "3761205R99999", 404),
                               ("mb.keeper", "not-a-code", (404, 422))):
            s.call(role, "GET", f"/api/v1/detonator-codes/{code}", expect=st)

    with s.area("ledger_packaging"):
        case_codes = codes(100, 20)
        body = {"case_code": "XG-RP-1", "product_id": "electronic_detonator",
                "boxes": [{"box_code": "HZ-RP-1-1", "first_code": case_codes[0], "count": 10},
                          {"box_code": "HZ-RP-1-2", "codes": case_codes[10:]}]}
        s.call("mb.keeper", "POST", "/api/v1/packages", body, expect=201)
        s.call("mb.keeper", "POST", "/api/v1/packages", body, expect=(409, 422),
               label="exists, codes packaged")
        s.call("mb.keeper", "POST", "/api/v1/packages",
               {"case_code": case_codes[0], "product_id": "electronic_detonator",
                "boxes": [{"box_code": "B", "codes": ["x y"]}]}, expect=422)
        s.call("mb.keeper", "POST", "/api/v1/packages",
               {"product_id": "electronic_detonator",
                "boxes": [{"box_code": "HZ-RP-LOOSE", "first_code": codes(300, 1)[0],
                           "count": 5}]}, expect=201, label="a loose box")
        s.call("mb.duty", "POST", "/api/v1/packages", body, expect=403)
        for role, code, st in (("mb.keeper", "XG-RP-1", 200), ("zoucheng", "HZ-RP-1-1", 200),
                               ("hc.principal", "HZ-RP-1-1", 404),
                               ("mb.keeper", "NO-SUCH-CASE", 404)):
            s.call(role, "GET", f"/api/v1/packages/{code}", expect=st)
        # Scanning the case code books every code inside it.
        r = voucher(s, "mb.keeper", st_new, "in", "production",
                    [{"product_id": "electronic_detonator", "codes": ["XG-RP-1"]}],
                    label="by case code")
        s.cap("voucher.case_in", r.get("id"))
        s.call("mb.keeper", "GET", f"/api/v1/detonator-codes/{case_codes[15]}", expect=200)

    with s.area("ledger_stocktakes"):
        # In the new store now: dets[0:30] and the 20 codes of the case.
        book = dets[:30] + case_codes
        counted = ["HZ-RP-1-1"] + case_codes[10:] + dets[3:30] + codes(400, 2) + [dets[10]]
        r = s.call("mb.keeper", "POST", "/api/v1/stocktakes",
                   {"store_id": st_new, "codes": counted, "note": "月度盘点（回放）"}, expect=201)
        st1 = s.cap("stocktake.variance", r.get("id"))
        for role, st in (("zoucheng", 200), ("mb.safety", 200), ("rencheng", 404),
                         ("hc.principal", 404)):
            s.call(role, "GET", f"/api/v1/stocktakes/{st1}", expect=st)
        s.call("mb.safety", "POST", "/api/v1/stocktakes", {"store_id": st_new, "codes": book},
               expect=422, label="counter not assigned")
        s.call("hc.principal", "POST", "/api/v1/stocktakes", {"store_id": st_new, "codes": book},
               expect=404)
        s.call("mb.keeper", "POST", f"/api/v1/stocktakes/{st1}/approval", {}, expect=403)
        s.call("mb.principal", "POST", f"/api/v1/stocktakes/{st1}/approval", {}, expect=422,
               label="extra product required")
        r = s.call("mb.safety", "POST", f"/api/v1/stocktakes/{st1}/approval",
                   {"extra_product_id": "electronic_detonator", "note": "复核（回放）"}, expect=200)
        s.cap("loss_incident.from_stocktake", r.get("loss_incident_id"))
        s.call("mb.safety", "POST", f"/api/v1/stocktakes/{st1}/approval", {}, expect=409)
        # An exact count after the adjustment, then rejected; rejection is final.
        after = [c for c in book if c not in dets[:3]] + codes(400, 2)
        r = s.call("mb.keeper", "POST", "/api/v1/stocktakes",
                   {"store_id": st_new, "codes": after}, expect=201)
        st2 = s.cap("stocktake.exact", r.get("id"))
        s.call("mb.safety", "POST", f"/api/v1/stocktakes/{st2}/rejection",
               {"note": "复盘（回放）"}, expect=200)
        s.call("mb.safety", "POST", f"/api/v1/stocktakes/{st2}/rejection", {}, expect=422,
               label="a rejection names its reason")
        s.call("mb.safety", "POST", f"/api/v1/stocktakes/{st2}/rejection", {"note": "再驳回"},
               expect=409)
        s.call("mb.safety", "POST", f"/api/v1/stocktakes/{st2}/approval", {}, expect=409)
        # Scanner files: text, CSV, bad lines, empty.
        text = "\ufeff" + "".join(c + "\r\n" for c in after[2:])
        s.call("mb.keeper", "POST", "/api/v1/stocktakes", query={"store_id": st_new},
               raw=text.encode(), ctype="text/plain", headers={"X-Filename": "scan.txt"},
               expect=201, label="scanner text file")
        csv = "序号,编码,时间\n" + "".join(f"{i + 1},{c},2026-12-05 10:00\n"
                                          for i, c in enumerate(after))
        s.call("mb.keeper", "POST", "/api/v1/stocktakes", query={"store_id": st_new},
               raw=csv.encode(), ctype="text/csv", headers={"X-Filename": "scan.csv"},
               expect=201, label="scanner CSV")
        s.call("mb.keeper", "POST", "/api/v1/stocktakes", query={"store_id": st_new},
               raw=(after[0] + "\n坏码 x\n").encode(), ctype="text/plain",
               headers={"X-Filename": "bad.txt"}, expect=422)
        s.call("mb.keeper", "POST", "/api/v1/stocktakes", query={"store_id": st_new},
               raw=b"", ctype="text/plain", headers={"X-Filename": "empty.txt"}, expect=422)
        # Uncoded products are counted by quantity.
        s.call("mb.keeper", "POST", "/api/v1/stocktakes", {"store_id": st_expl, "codes": []},
               expect=422, label="quantity required")
        stock = s.call("mb.keeper", "GET", f"/api/v1/stores/{st_expl}/stock", expect=200)
        qty = {i.get("product_id"): i.get("quantity") for i in stock.get("items", default=[])}
        s.call("mb.keeper", "POST", "/api/v1/stocktakes",
               {"store_id": st_expl, "quantities": dict(qty, electronic_detonator=3)},
               expect=422, label="detonators are counted by code")
        short = dict(qty)
        if "industrial_explosive" in short:
            short["industrial_explosive"] = short["industrial_explosive"] - 0.5
        r = s.call("mb.keeper", "POST", "/api/v1/stocktakes",
                   {"store_id": st_expl, "quantities": short, "note": "炸药盘点"}, expect=201)
        s.cap("stocktake.quantity", r.get("id"))
        for role, q in (("mb.keeper", {"store_id": st_new}), ("zoucheng", {"status": "approved"}),
                        ("jining", {"from": s.today(-400), "to": s.today(), "page_size": 5}),
                        ("rencheng", {}), ("mb.keeper", {"status": "lost"})):
            s.call(role, "GET", "/api/v1/stocktakes", query=q)
        s.call("zoucheng", "GET", "/api/v1/stocktakes/export", query={"store_id": st_new},
               expect=200)
        s.call("mb.keeper", "GET", "/api/v1/stocktakes/export", expect=200)
        s.call("mb.keeper", "GET", "/api/v1/stocktakes/export", query={"status": "lost"},
               expect=422)

    with s.area("ledger_loss_incidents"):
        inc = s.v("loss_incident.from_stocktake")
        ipath = f"/api/v1/loss-incidents/{inc}"
        for role, st in (("zoucheng", 200), ("jining", 200), ("mb.keeper", 200),
                         ("rencheng", 404), ("hc.principal", 404)):
            s.call(role, "GET", ipath, expect=st)
        s.call("zoucheng", "GET", "/api/v1/notifications", query={"unread_only": 1}, expect=200,
               label="the regulator was told")
        s.call("mb.safety", "POST", ipath + "/closure", {}, expect=422, label="reports required")
        s.call("mb.keeper", "POST", ipath + "/reports", {"office": "fbi"}, expect=422)
        s.call("mb.keeper", "POST", ipath + "/reports",
               {"office": "police", "reported_at": s.now_iso(-3600),
                "reference": "邹公(治)2026-R18"}, expect=201)
        s.call("mb.keeper", "POST", ipath + "/reports",
               {"office": "regulator", "reported_at": s.now_iso(-1800),
                "reference": "ZC-MB-R07", "note": "电话报告"}, expect=201)
        s.call("mb.keeper", "POST", ipath + "/closure", {}, expect=403)
        s.call("mb.safety", "POST", ipath + "/closure", {"note": "已追回（回放）"}, expect=200)
        s.call("mb.keeper", "POST", ipath + "/reports",
               {"office": "police", "reported_at": s.now_iso(-60), "reference": "x"},
               expect=409)
        s.call("mb.keeper", "POST", "/api/v1/loss-incidents", {"store_id": st_new}, expect=422)
        r = s.call("mb.keeper", "POST", "/api/v1/loss-incidents",
                   {"store_id": st_expl, "description": "运输途中被盗（回放）",
                    "quantities": {"industrial_explosive": 2.5},
                    "discovered_at": s.now_iso(-7200)}, expect=201)
        s.cap("loss_incident.manual", r.get("id"))
        s.call("ms1.keeper", "POST", "/api/v1/loss-incidents",
               {"store_id": st_expl, "description": "x",
                "quantities": {"industrial_explosive": 1}}, expect=(404, 422))
        for role, q in (("zoucheng", {"page_size": 100}), ("jining", {"status": "open"}),
                        ("mb.keeper", {"status": "closed"}), ("jining", {"enterprise_id": mb}),
                        ("rencheng", {}), ("mb.keeper", {"status": "lost"})):
            s.call(role, "GET", "/api/v1/loss-incidents", query=q)
        s.call("zoucheng", "GET", "/api/v1/loss-incidents/export", query={"status": "open"},
               expect=200)
        s.call("mb.keeper", "GET", "/api/v1/loss-incidents/export", query={"status": "closed"},
               expect=200)
        s.call("mb.keeper", "GET", "/api/v1/loss-incidents/export", query={"status": "lost"},
               expect=422)

    with s.area("ledger_summaries"):
        today = s.today()
        base = f"/api/v1/stores/{st_new}"
        for role, q, st in (("mb.keeper", {"period": "day", "date": today}, 200),
                            ("zoucheng", {"period": "month", "date": today[:7]}, 200),
                            ("mb.keeper", {}, 200),
                            ("mb.keeper", {"period": "day", "date": s.today(-1)}, 200),
                            ("mb.keeper", {"period": "week"}, 422),
                            ("mb.keeper", {"period": "day", "date": "2026-02-30"}, 422),
                            ("rencheng", {"period": "day", "date": today}, 404)):
            s.call(role, "GET", base + "/summary", query=q, expect=st)
        s.call("zoucheng", "GET", f"/api/v1/stores/{st_det}/summary",
               query={"period": "month", "date": s.today(-40)[:7]}, expect=200)
        s.call("zoucheng", "GET", base + "/summary/export", query={"period": "day", "date": today},
               expect=200, label="before signing")
        # Daily close (日清签字).
        dc = base + "/daily-closes"
        s.call("mb.keeper", "GET", f"{dc}/{today}", expect=200)
        sign = {"date": today, "note": "日清无误（回放）"}
        s.call("mb.duty", "POST", dc, sign, expect=403)
        s.call("hc.safety", "POST", dc, sign, expect=404)
        s.call("mb.principal", "POST", dc, sign, expect=422, label="not authorised")
        s.call("mb.keeper", "POST", dc, sign, expect=201)
        voucher(s, "mb.keeper", st_new, "out", "issue",
                [{"product_id": "electronic_detonator", "codes": dets[20:22]}],
                label="a movement after signing")
        s.call("zoucheng", "GET", f"{dc}/{today}", expect=200, label="figures changed")
        s.call("mb.safety", "POST", dc, {"date": today}, expect=201, label="correction")
        s.call("mb.keeper", "POST", dc, {"date": "2026-02-30"}, expect=422)
        s.call("mb.keeper", "POST", dc, {"date": s.today(2)}, expect=422, label="future")
        s.call("mb.keeper", "POST", f"/api/v1/stores/{st_det}/daily-closes",
               {"date": s.today(-3)}, expect=201, label="an older day")
        s.call("mb.keeper", "GET", dc, query={"month": today[:7]}, expect=200)
        s.call("mb.keeper", "GET", f"/api/v1/stores/{st_det}/daily-closes",
               query={"month": s.today(-20)[:7]}, expect=200)
        s.call("mb.keeper", "GET", dc, query={"month": "2026-13"}, expect=422)
        s.call("rencheng", "GET", dc, query={"month": today[:7]}, expect=404)
        s.call("mb.keeper", "GET", f"{dc}/2026-02-30", expect=422)
        s.call("zoucheng", "GET", base + "/summary", query={"period": "day", "date": today},
               expect=200, label="after signing")
        s.call("zoucheng", "GET", base + "/summary/export", query={"period": "day", "date": today},
               expect=200, label="after signing")
        s.call("mb.keeper", "GET", base + "/summary/export",
               query={"period": "month", "date": today[:7]}, expect=200)
        s.call("hc.safety", "GET", base + "/summary/export", expect=404)

    with s.area("ledger_filings"):
        for role, q in (("zoucheng", {"page_size": 100}), ("zoucheng", {"status": "pending"}),
                        ("mb.keeper", {"status": "late", "page_size": 10}),
                        ("jining", {"status": "filed", "page": 2, "page_size": 5}),
                        ("rencheng", {}), ("mb.keeper", {"status": "lost"})):
            s.call(role, "GET", "/api/v1/sale-filings", query=q)
        path = f"/api/v1/vouchers/{v_sale}/filings"
        s.call("mb.keeper", "POST", path, {"office": "city", "filed_at": "2000-01-01T00:00:00Z"},
               expect=422)
        s.call("mb.keeper", "POST", path, {"office": "province", "filed_at": s.now_iso(3600 * 48),
                                           "reference": "x"}, expect=422, label="time in future")
        s.call("mb.keeper", "POST", path, {"office": "province", "filed_at": s.now_iso(),
                                           "reference": "鲁民爆备2026-R1"}, expect=201)
        s.call("mb.keeper", "POST", path, {"office": "police", "filed_at": s.now_iso(),
                                           "reference": "邹公备2026-R9", "note": "网上备案"},
               expect=201)
        s.call("mb.keeper", "POST", f"/api/v1/vouchers/{v_in}/filings",
               {"office": "police", "filed_at": s.now_iso(), "reference": "x"}, expect=422,
               label="not a sale")
        s.call("hc.principal", "POST", path, {"office": "police", "filed_at": s.now_iso(),
                                              "reference": "x"}, expect=404)
        s.call("zoucheng", "GET", "/api/v1/sale-filings/export", query={"status": "filed"},
               expect=200)
        s.call("mb.keeper", "GET", "/api/v1/sale-filings/export", expect=200)
        s.call("mb.keeper", "GET", "/api/v1/sale-filings/export", query={"status": "lost"},
               expect=422)
        # The buyer's side: the seller 济宁新元 books the five detonators it bought.
        r = voucher(s, "ms1.keeper", st_ms1, "in", "purchase",
                    [{"product_id": "electronic_detonator", "codes": dets[30:35]}],
                    second_person="ms1.safety", label="purchase of the sold codes")
        v_buy = s.cap("voucher.purchase", r.get("id"))
        s.sync_clock(r.get("posted_at"))
        pf = f"/api/v1/vouchers/{v_buy}/purchase-filing"
        s.call("ms1.keeper", "POST", pf, {"filed_at": "yesterday"}, expect=422)
        s.call("ms1.keeper", "POST", pf, {"filed_at": "2000-01-01T00:00:00Z", "reference": "x"},
               expect=422, label="before the purchase")
        s.call("ms1.keeper", "POST", pf, {"filed_at": s.now_iso(), "reference": "邹公购备2026-R3",
                                          "note": "购买备案"}, expect=201)
        s.call("mb.keeper", "POST", f"/api/v1/vouchers/{v_sale}/purchase-filing",
               {"filed_at": s.now_iso(), "reference": "x"}, expect=422, label="not a purchase")
        s.call("hc.principal", "POST", pf, {"filed_at": s.now_iso(), "reference": "x"},
               expect=404)
        for role, q in (("zoucheng", {"page_size": 100}), ("ms1.keeper", {"status": "filed"}),
                        ("jining", {"status": "late"}), ("ms2.keeper", {"status": "pending"}),
                        ("mb.keeper", {"status": "x"})):
            s.call(role, "GET", "/api/v1/purchase-filings", query=q)
        s.call("zoucheng", "GET", "/api/v1/purchase-filings/export", query={"status": "filed"},
               expect=200)
        s.call("ms2.safety", "GET", "/api/v1/purchase-filings/export", expect=200)
        s.call("ms1.keeper", "GET", f"/api/v1/detonator-codes/{dets[31]}", expect=200,
               label="sold and bought")
        s.call("zoucheng", "GET", f"/api/v1/detonator-codes/{dets[31]}", expect=200)

    with s.area("ledger_overview"):
        for role, q in (("zoucheng", {}), ("jining", {}), ("shandong", {}), ("rencheng", {}),
                        ("jining", {"stocktake_overdue_days": 30}),
                        ("zoucheng", {"stocktake_overdue_days": 0}),
                        ("mb.principal", {}), ("ms2.safety", {}),
                        ("jining.viewer", {"stocktake_overdue_days": "x"})):
            s.call(role, "GET", "/api/v1/ledger-overview", query=q)



# ---------------------------------------------------------------------------------------------
# Dashboard after everything above; audit log; operations; sign-out
# ---------------------------------------------------------------------------------------------


def dashboard_and_overview(s) -> None:
    with s.area("dashboard"):
        for role in ("jining", "rencheng", "zoucheng", "shandong", "hc.safety", "mb.principal",
                     "ms1.keeper", "sysadmin", "auditadmin"):
            s.call(role, "GET", "/api/v1/dashboard", label="after the scenario")


def audit(s) -> None:
    with s.area("audit"):
        s.call("auditadmin", "GET", "/api/v1/audit-log", query={"page_size": 100}, expect=200)
        s.call("auditadmin", "GET", "/api/v1/audit-log",
               query={"page_size": 100, "page": 2}, expect=200)
        for q in ({"actor": "rencheng"}, {"action": "update"}, {"entity": "enterprise"},
                  {"entity": "hidden_danger", "entity_id": s.v("hidden_danger.major")},
                  {"entity": "voucher", "page_size": 50},
                  {"from": s.today(), "to": s.today(), "page_size": 50},
                  {"actor": "nobody"}, {"from": "2026-13-01"}, {"page_size": 501}):
            s.call("auditadmin", "GET", "/api/v1/audit-log", query=q)
        s.call("auditadmin", "GET", "/api/v1/audit-log/export", query={"entity": "store"},
               expect=200)
        s.call("auditadmin", "GET", "/api/v1/audit-log/export",
               query={"actor": "sysadmin", "from": s.today(-1)}, expect=200)
        s.call("auditadmin", "GET", "/api/v1/audit-log/verify", expect=200)
        for role in ("sysadmin", "secadmin", "jining", "mb.principal"):
            s.call(role, "GET", "/api/v1/audit-log/verify", expect=403)
        s.call("secadmin", "GET", "/api/v1/audit-log/export", expect=403)


def sign_out(s) -> None:
    with s.area("auth"):
        s.call(None, "GET", "/metrics", expect=200, label="request counters")
        for role in ("jining.viewer", "ms2.keeper", "hc.principal"):
            s.call(role, "POST", "/api/v1/auth/logout", expect=204)
            s.call(role, "GET", "/api/v1/auth/me", expect=401, label="after sign-out")
        s.call("jining.viewer", "POST", "/api/v1/auth/logout", expect=401, label="twice")
        s.call(None, "POST", "/api/v1/auth/logout", expect=401)
        s.login("hc.principal", PASSWORD, label="sign in again")
        s.call("hc.principal", "GET", "/api/v1/auth/me", expect=200)
