#!/usr/bin/env python3
"""Writes N customers as CSV in csp's import format (deterministic: same N,
same shape, same file), for benches/run.sh.

Usage: gen_customers.py N [realistic|sequential] > customers.csv
       gen_customers.py --upsert FILE > changes.csv

realistic (the default): like a real export — random tenant GUIDs, domains
  and names in no order, Unicode in some names, tags; no id column (csp
  gives ids).
sequential: ids, tenant IDs, domains and names all in one ascending order
  (a file written by a program from a numbered source).
--upsert FILE: 100,000 rows of FILE (every N/100,000th, so spread over the
  whole file), a tenth of them changed (contact name and tags), the rest as
  they are: the upsert benchmark's input."""
import random
import sys
import uuid

WORDS = ("alpine blue cedar delta ember fabrik granite harbor iris juniper kestrel "
         "lumen maple north oak pine quartz river summit tundra umber vale willow "
         "xenon yarrow zephyr contoso northwind tailspin wingtip litware adatum").split()
# Names as real partners have them: accents, umlauts, other scripts.
UNICODE = ("Société Générale Müller Zürich Øresund Ærø Čeština Łódź Ñandú Straße "
           "Ελληνική Москва 東京 서울 São Ångström").split()
KINDS = ("Inc", "Ltd", "GmbH", "SARL", "LLC", "Group", "Partners", "Systems")
FIRST = ("Ann Ben Chloe Dan Eva Farid Grace Hugo Ines Jon Kim Lea Marc Nora Omar "
         "Paul Rita Sam Tess Ugo Vera Will Yann Zoe").split()
LAST = ("Lee Martin Dubois Smith Garcia Rossi Novak Berg Silva Meyer Laurent Khan").split()
TLDS = ("com", "fr", "de", "co.uk", "io", "net")
TAGS = ("", "", "gold", "eu", "gold;eu", "smb", "enterprise;us")


def realistic(n, rnd, out):
    out.write("company_name,domain,tenant_id,contact_name,contact_email,tags\n")
    lines = []
    for i in range(n):
        w1, w2 = rnd.choice(WORDS), rnd.choice(WORDS)
        if rnd.random() < 0.2:
            name = f"{rnd.choice(UNICODE)} {w2.capitalize()} {i} {rnd.choice(KINDS)}"
        else:
            name = f"{w1.capitalize()} {w2.capitalize()} {i} {rnd.choice(KINDS)}"
        domain = f"{w1}{w2}{i}.{rnd.choice(TLDS)}"
        tenant = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        email = f"{first.lower()}.{last.lower()}@{domain}"
        lines.append(f"{name},{domain},{tenant},{first} {last},{email},{rnd.choice(TAGS)}\n")
        if len(lines) == 10_000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))


def sequential(n, rnd, out):
    out.write("id,company_name,domain,tenant_id,contact_name,contact_email,tags\n")
    lines = []
    for i in range(n):
        cid = f"{i:08x}-0000-4000-8000-000000000000"
        tenant = f"00000000-0000-4000-8000-{i:012x}"
        name = f"Customer {i:07d} Ltd"
        domain = f"customer{i:07d}.com"
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        email = f"{first.lower()}.{last.lower()}@{domain}"
        lines.append(f"{cid},{name},{domain},{tenant},{first} {last},{email},{rnd.choice(TAGS)}\n")
        if len(lines) == 10_000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))


def upsert(path, rnd, out):
    with open(path, encoding="utf-8") as f:
        header = f.readline()
        rows = f.readlines()
    out.write(header)
    names = header.rstrip("\n").split(",")
    contact, tags = names.index("contact_name"), names.index("tags")
    step = max(1, len(rows) // 100_000)
    for k, line in enumerate(rows[::step][:100_000]):
        if k % 10 == 0:
            cells = line.rstrip("\n").split(",")
            cells[contact] = f"Changed Contact {k}"
            cells[tags] = "changed"
            line = ",".join(cells) + "\n"
        out.write(line)


def main() -> None:
    rnd = random.Random(7)
    out = sys.stdout
    if len(sys.argv) > 2 and sys.argv[1] == "--upsert":
        upsert(sys.argv[2], rnd, out)
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    shape = sys.argv[2] if len(sys.argv) > 2 else "realistic"
    {"realistic": realistic, "sequential": sequential}[shape](n, rnd, out)


if __name__ == "__main__":
    main()
