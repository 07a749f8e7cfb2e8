#!/usr/bin/env python3
"""Writes N customers as CSV in csp's import format (deterministic: same N,
same file), for benches/run.sh. Usage: gen_customers.py N > customers.csv"""
import random
import sys
import uuid

WORDS = ("alpine blue cedar delta ember fabrik granite harbor iris juniper kestrel "
         "lumen maple north oak pine quartz river summit tundra umber vale willow "
         "xenon yarrow zephyr contoso northwind tailspin wingtip litware adatum").split()
KINDS = ("Inc", "Ltd", "GmbH", "SARL", "LLC", "Group", "Partners", "Systems")
FIRST = ("Ann Ben Chloe Dan Eva Farid Grace Hugo Ines Jon Kim Lea Marc Nora Omar "
         "Paul Rita Sam Tess Ugo Vera Will Yann Zoe").split()
LAST = ("Lee Martin Dubois Smith Garcia Rossi Novak Berg Silva Meyer Laurent Khan").split()
TLDS = ("com", "fr", "de", "co.uk", "io", "net")
TAGS = ("", "", "gold", "eu", "gold;eu", "smb", "enterprise;us")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rnd = random.Random(7)
    out = sys.stdout
    out.write("company_name,domain,tenant_id,contact_name,contact_email,tags\n")
    lines = []
    for i in range(n):
        w1, w2 = rnd.choice(WORDS), rnd.choice(WORDS)
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


if __name__ == "__main__":
    main()
