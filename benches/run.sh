#!/bin/sh
# csp against the physical limit: the sqlite3 shell doing the same work on the
# same machine, in the same run. See README, "Performance".
#
#   benches/run.sh [N]        N customers (default 1000000)
#
# Environment: CSP_BENCH_RUNS (runs of the heavy measurements, default 3),
# CSP_BENCH_QUICK_RUNS (runs of the millisecond ones, default 30),
# CSP_BENCH_DIR (work folder, default target/bench). Needs sqlite3,
# hyperfine, /usr/bin/time (Debian: sqlite3 hyperfine time), python3 and jq.
# Every figure is the median of its runs; ratios are csp / sqlite3.
set -eu

N=${1:-${CSP_BENCH_N:-1000000}}
RUNS=${CSP_BENCH_RUNS:-3}
QUICK=${CSP_BENCH_QUICK_RUNS:-30}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CSP_BENCH_DIR:-$ROOT/target/bench}
CSP=$ROOT/target/release/csp
CSV=$DIR/customers-$N.csv
DB=$DIR/csp.db
REF=$DIR/sqlite3.db

for tool in sqlite3 hyperfine /usr/bin/time python3 jq; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed (apt-get install sqlite3 hyperfine time python3 jq)" >&2; exit 1; }
done
mkdir -p "$DIR"
echo "building csp (release)…" >&2
(cd "$ROOT" && cargo build --release --quiet)
if [ ! -s "$CSV" ]; then
    echo "writing $N customers to $CSV…" >&2
    python3 "$ROOT/benches/gen_customers.py" "$N" >"$CSV.tmp" && mv "$CSV.tmp" "$CSV"
fi

# csp reads its database and profile from the environment only: no config file.
export CSP_DB="$DB" CSP_CONFIG="$DIR/no-config.toml" CSP_ROLE=admin-agent \
    CSP_PARTNER_ID=8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f CSP_PARTNER_NAME="Bench Reseller" \
    CSP_NO_INPUT=true NO_COLOR=1
rm -f "$DIR/no-config.toml"

RESULTS=$DIR/results.tsv
: >"$RESULTS"

# median NAME COMMAND [hyperfine options…]: times COMMAND, records its median (s).
median() {
    name=$1 cmd=$2
    shift 2
    hyperfine --style none --output null --export-json "$DIR/$name.json" "$@" "$cmd" >/dev/null 2>"$DIR/$name.err" || {
        cat "$DIR/$name.err" >&2
        echo "error: the benchmark '$name' failed" >&2
        exit 1
    }
    printf '%s\t%s\n' "$name" "$(jq '.results[0].median' "$DIR/$name.json")" >>"$RESULTS"
}

# --- import ------------------------------------------------------------------
# The reference: the same file into an equivalent table (text primary key,
# unique NOCASE domain, unique tenant ID, NOCASE name index) in WAL mode,
# staged by .import, then one INSERT … SELECT with sequential ids.
cat >"$DIR/reference-import.sql" <<EOF
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE customers (
    id TEXT PRIMARY KEY NOT NULL, company_name TEXT NOT NULL,
    domain TEXT NOT NULL UNIQUE COLLATE NOCASE, tenant_id TEXT UNIQUE,
    contact_name TEXT, contact_email TEXT, relationship TEXT NOT NULL,
    relationship_since TEXT NOT NULL, delegated_admin INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL, channel TEXT, tags TEXT NOT NULL DEFAULT '',
    partner_center_relationship TEXT, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, removed_at TEXT);
CREATE INDEX customers_company_name ON customers (company_name COLLATE NOCASE, domain);
.import --csv --schema temp $CSV staging
INSERT INTO customers (id, company_name, domain, tenant_id, contact_name, contact_email,
    relationship, relationship_since, source, tags, created_at, updated_at)
SELECT printf('%08x-0000-8000-8000-000000000000', rowid), company_name, domain,
    nullif(tenant_id, ''), nullif(contact_name, ''), nullif(contact_email, ''), 'active',
    '2026-01-01T00:00:00Z', 'manual', tags, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM temp.staging ORDER BY rowid;
EOF
echo "import (median of $RUNS)…" >&2
median import_sqlite3 "sqlite3 '$REF' < '$DIR/reference-import.sql'" \
    --runs "$RUNS" --prepare "rm -f '$REF' '$REF-wal' '$REF-shm'"
median import_csp "'$CSP' customers import '$CSV'" \
    --runs "$RUNS" --prepare "rm -f '$DB' '$DB-wal' '$DB-shm'"
rows=$(sqlite3 "$DB" "SELECT count(*) FROM customers")
[ "$rows" = "$N" ] || { echo "error: csp stored $rows customers, not $N" >&2; exit 1; }

# --- the whole list ------------------------------------------------------------
# The reference is what a user would type for the same rows in the same order,
# on the database csp just wrote; csp's output is checked to be the same bytes.
LIST_SQL="SELECT id, company_name, domain, tenant_id, contact_name, contact_email, relationship,
  CASE delegated_admin WHEN 1 THEN 'true' ELSE 'false' END, source, channel, tags, '',
  created_at, updated_at, removed_at FROM customers ORDER BY company_name COLLATE NOCASE, domain"
SCAN_SQL=$(printf '%s' "$LIST_SQL" | sed 's/FROM customers/FROM customers NOT INDEXED/')
a=$("$CSP" customers list --status all --format tsv | md5sum)
b=$(sqlite3 -tabs "$DB" "$LIST_SQL" | md5sum)
[ "$a" = "$b" ] || { echo "error: csp and sqlite3 list different rows" >&2; exit 1; }
echo "full list (median of $RUNS)…" >&2
median list_sqlite3 "sqlite3 -tabs '$DB' \"$LIST_SQL\"" --runs "$RUNS" --warmup 1
median list_sqlite3_scan "sqlite3 -tabs '$DB' \"$SCAN_SQL\"" --runs "$RUNS" --warmup 1
median list_csp "'$CSP' customers list --status all --format tsv" --runs "$RUNS" --warmup 1

rss=0
for _ in 1 2 3; do
    kb=$( { /usr/bin/time -f %M "$CSP" customers list --status all --format tsv >/dev/null; } 2>&1 | tail -n 1)
    [ "$kb" -gt "$rss" ] && rss=$kb
done
printf 'list_rss_kb\t%s\n' "$rss" >>"$RESULTS"

# --- one record, a prefix search, startup ---------------------------------------
some=$(sqlite3 "$DB" "SELECT domain || ' ' || substr(id, 1, 8) FROM customers WHERE rowid = $((N / 2 + 1))")
domain=${some% *}
prefix=${some#* }
# A prefix a person would type to find a customer (a handful of matches), and
# a broad one (about a thousand): a search costs what it returns.
label=${domain%%.*}
search=${label%????}
broad=$(printf '%s' "$label" | sed 's/[0-9]*$//')
for s in search broad; do
    eval "prefix_text=\$$s"
    printf '%s_rows\t%s\n' "$s" "$("$CSP" customers list --search "$prefix_text" --format tsv | wc -l)" >>"$RESULTS"
done
echo "single-record commands (median of $QUICK)…" >&2
median show_domain "'$CSP' customers show $domain --format tsv" -N --runs "$QUICK" --warmup 3
median show_id_prefix "'$CSP' customers show $prefix --format tsv" -N --runs "$QUICK" --warmup 3
median search "'$CSP' customers list --search $search --format tsv" -N --runs "$QUICK" --warmup 3
median broad "'$CSP' customers list --search $broad --format tsv" -N --runs "$QUICK" --warmup 3
median version "'$CSP' --version" -N --runs "$QUICK" --warmup 3

# --- invite ------------------------------------------------------------------
# INTEGRATOR: `csp invite` timing goes here. Each run invites the same new
# customer; --prepare forgets it again (invitations first, for the foreign key;
# the audit log keeps its entries, as it must). Adjust the flags to the final
# `csp invite` if they differ. While `csp invite` answers "not available", n/a.
INVITE="'$CSP' invite --name 'Bench Invite' --domain bench-invite.example --email it@bench-invite.example --format json"
FORGET="sqlite3 '$DB' \"DELETE FROM invitations WHERE customer_id IN (SELECT id FROM customers WHERE domain = 'bench-invite.example'); DELETE FROM customers WHERE domain = 'bench-invite.example'\""
sh -c "$FORGET"
if ! sh -c "$INVITE" >/dev/null 2>"$DIR/invite.err"; then
    # "not available" in this build (or flags it does not take yet): n/a.
    echo "invite: n/a ($(head -n 1 "$DIR/invite.err"))" >&2
    printf 'invite\tn/a\n' >>"$RESULTS"
else
    median invite "$INVITE" --runs "$QUICK" --warmup 1 --prepare "$FORGET"
fi
sh -c "$FORGET"

# --- the table -----------------------------------------------------------------
python3 - "$RESULTS" "$N" <<'EOF'
import sys
r = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[1]))
n = int(sys.argv[2])
def sec(k): return float(r[k])
def ms(k): return "n/a" if r[k] == "n/a" else f"{float(r[k]) * 1000:.1f} ms"
def ok(b): return "ok" if b else "MISSED"
rows = []
ri = sec("import_csp") / sec("import_sqlite3")
rows.append(("customers import", f"{sec('import_csp'):.2f} s", f"{sec('import_sqlite3'):.2f} s", f"{ri:.2f}", "<= 1.0", ok(ri <= 1.0)))
rl = sec("list_csp") / sec("list_sqlite3")
rows.append(("customers list --status all --format tsv", f"{sec('list_csp'):.2f} s", f"{sec('list_sqlite3'):.2f} s", f"{rl:.2f}", "<= 1.0", ok(rl <= 1.0)))
rs = sec("list_csp") / sec("list_sqlite3_scan")
rows.append(("  (sqlite3 forced to scan + sort, as csp does)", "", f"{sec('list_sqlite3_scan'):.2f} s", f"{rs:.2f}", "info", ""))
mb = int(r["list_rss_kb"]) / 1024
rows.append(("peak RSS of the full list", f"{mb:.1f} MB", "", "", "<= 16 MB", ok(mb <= 16)))
for key, label, limit in (("show_domain", "customers show DOMAIN", 5), ("show_id_prefix", "customers show ID-PREFIX (8)", 5),
                          ("search", f"customers list --search PREFIX ({r['search_rows']} rows)", 5),
                          ("broad", f"  (a broad prefix: {r['broad_rows']} rows)", None),
                          ("invite", "invite", 5), ("version", "--version", 2)):
    v = r[key]
    if limit is None:
        rows.append((label, ms(key), "", "", "info", ""))
        continue
    verdict = "n/a" if v == "n/a" else ok(float(v) * 1000 <= limit)
    rows.append((label, ms(key), "", "", f"<= {limit} ms", verdict))
head = ("measure", "csp", "sqlite3", "ratio", "target", "")
widths = [max(len(str(x[i])) for x in rows + [head]) for i in range(6)]
print(f"csp benchmark, {n:,} customers (medians)")
for row in [head] + rows:
    print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
EOF
