#!/usr/bin/env python3
"""Zero-report benchmark seed (bench/zero_report/README.md): adds N enterprises in 任城区 (370811),
each with one duty-officer account and one signed-in session, to a stopped demo database (SQLite).

The accounts reuse the password hash of a demo account (no N argon2 hashes) and the sessions are
written as the server writes them (token_hash = SHA-256 of the token), so each simulated
enterprise connects over WebSocket with its own bearer token as a signed-in browser would.
Prints the tokens (one per line) to --tokens."""
import argparse
import hashlib
import secrets
import sqlite3
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--tokens", required=True)
    a = ap.parse_args()
    db = sqlite3.connect(a.db)
    db.execute("PRAGMA foreign_keys = ON")
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    path = db.execute("SELECT path FROM regions WHERE code = '370811'").fetchone()[0]
    pw = db.execute("SELECT password_hash FROM users WHERE username = 'mb.duty'").fetchone()[0]
    tokens = []
    with db:
        for i in range(a.count):
            name = f"压测企业{i:05d}"
            uscc = f"91370811BZ{i:07d}X"
            cur = db.execute(
                "INSERT INTO enterprises (name, name_lower, uscc, region_code, region_path, industry, "
                "industry_code, supervision, created_at, updated_at) VALUES (?, ?, ?, '370811', ?, "
                "'hazardous_chemicals', '2614', 'industry_management', ?, ?)",
                (name, name, uscc, path, now, now))
            ent = cur.lastrowid
            cur = db.execute(
                "INSERT INTO users (username, display_name, phone, password_hash, enterprise_id, status, "
                "must_change_password, password_changed_at, created_at, updated_at) VALUES "
                "(?, ?, '', ?, ?, 'active', 0, ?, ?, ?)",
                (f"bench{i:05d}", f"{name} 值班员", pw, ent, now, now, now))
            uid = cur.lastrowid
            db.execute("INSERT INTO user_roles (user_id, role) VALUES (?, 'ent_duty_officer')", (uid,))
            token = secrets.token_hex(32)
            db.execute(
                "INSERT INTO sessions (token_hash, csrf_token, user_id, ip, user_agent, created_at, "
                "last_seen_at) VALUES (?, ?, ?, '127.0.0.1', 'bench', ?, ?)",
                (hashlib.sha256(token.encode()).hexdigest(), secrets.token_hex(16), uid, now,
                 int(time.time())))
            tokens.append(token)
    with open(a.tokens, "w") as f:
        f.write("\n".join(tokens) + "\n")
    print(f"seeded {a.count} enterprises with an account and a session each")


if __name__ == "__main__":
    main()
