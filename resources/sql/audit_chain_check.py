#!/usr/bin/env python3
"""Checks the hash chain of a SessionDesk store's audit trail, independently of SessionDesk.

Usage: audit_chain_check.py STORE.sqlite
Prints "intact: N entries, head HASH" and exits 0, or names the first entry that does not
match and exits 1. The encoding is described in README.md next to this script.
"""
import hashlib
import sqlite3
import sys

FIELDS = ["id", "at", "operator", "os_account", "host", "action", "target_user", "target_session",
          "count", "reason", "ticket", "outcome", "old_value", "new_value"]


def canonical(row):
    out = b"SessionDesk audit entry v1\n"
    for name in FIELDS:
        value = row[name]
        text = "" if value is None else str(value)
        data = text.encode("utf-8")
        out += name.encode() + b"=" + (b"~" if not data else str(len(data)).encode() + b":" + data) + b"\n"
    return out


def main(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    previous = "0" * 64
    count = 0
    for row in db.execute("SELECT * FROM audit_log ORDER BY id"):
        if row["prev_hash"] != previous:
            print(f"broken at entry {row['id']}: it does not follow the entry before it")
            return 1
        digest = hashlib.sha256(previous.encode("ascii") + b"\n" + canonical(row)).hexdigest()
        if digest != row["hash"]:
            print(f"broken at entry {row['id']}: its contents do not match its hash")
            return 1
        previous = digest
        count += 1
    print(f"intact: {count} entries, head {previous}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
