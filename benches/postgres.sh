#!/bin/sh
# csp on PostgreSQL against the physical limit: psql doing the same work on
# the same server, in the same run. See README, "Working as a team".
#
#   CSP_BENCH_POSTGRES_URL=postgres://USER:PASSWORD@HOST/postgres benches/postgres.sh [N]
#
# N customers (default 1000000). The URL names a role that may create
# databases (any database of the server: the script makes its own, fresh for
# every run, csp_bench and csp_bench_ref, and drops them at the end).
# Environment: CSP_BENCH_RUNS (runs of each measurement, default 3),
# CSP_BENCH_DIR (work folder, default target/bench). Needs psql, hyperfine,
# /usr/bin/time (Debian: postgresql-client hyperfine time), python3 and jq.
# Every figure is the median of its runs; ratios are csp / psql.
set -eu

N=${1:-${CSP_BENCH_N:-1000000}}
RUNS=${CSP_BENCH_RUNS:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CSP_BENCH_DIR:-$ROOT/target/bench}
CSP=$ROOT/target/release/csp
CSV=$DIR/customers-$N.csv
ADMIN=${CSP_BENCH_POSTGRES_URL:-}
[ -n "$ADMIN" ] || { echo "error: set CSP_BENCH_POSTGRES_URL to a server's URL, as a role that may create databases" >&2; exit 2; }

for tool in psql hyperfine /usr/bin/time python3 jq; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed (apt-get install postgresql-client hyperfine time python3 jq)" >&2; exit 1; }
done
mkdir -p "$DIR"
echo "building csp (release)…" >&2
(cd "$ROOT" && cargo build --release --quiet)
if [ ! -s "$CSV" ]; then
    echo "writing $N customers to $CSV…" >&2
    python3 "$ROOT/benches/gen_customers.py" "$N" >"$CSV.tmp" && mv "$CSV.tmp" "$CSV"
fi

# The URL of database $1 on the server (the admin URL's path replaced).
url_of() {
    python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$ADMIN" "$1"
}
BENCH=$(url_of csp_bench)
REF=$(url_of csp_bench_ref)
TEAM=$(url_of csp_bench_team)
# fresh NAME: an empty database NAME with csp's schema (csp db migrate).
cat >"$DIR/pg-fresh.sh" <<EOF
#!/bin/sh
set -eu
psql -X -q -v ON_ERROR_STOP=1 "$ADMIN" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS \$1 WITH (FORCE)" -c "CREATE DATABASE \$1" >/dev/null
CSP_DB="\$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$ADMIN" "\$1")" "$CSP" db migrate >/dev/null 2>&1
EOF
chmod +x "$DIR/pg-fresh.sh"
FRESH=$DIR/pg-fresh.sh

# csp reads its database and profile from the environment only: no config file.
export CSP_DB="$BENCH" CSP_CONFIG="$DIR/no-config.toml" CSP_ROLE=admin-agent \
    CSP_PARTNER_ID=8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f CSP_PARTNER_NAME="Bench Reseller" \
    CSP_NO_INPUT=true NO_COLOR=1
rm -f "$DIR/no-config.toml"

RESULTS=$DIR/pg-results.tsv
: >"$RESULTS"

# median NAME COMMAND [hyperfine options…]: times COMMAND, records its median (s).
median() {
    name=$1 cmd=$2
    shift 2
    hyperfine --style none --output null --export-json "$DIR/pg-$name.json" "$@" "$cmd" >/dev/null 2>"$DIR/pg-$name.err" || {
        cat "$DIR/pg-$name.err" >&2
        echo "error: the benchmark '$name' failed" >&2
        exit 1
    }
    printf '%s\t%s\t%s\n' "$name" "$(jq '.results[0].median' "$DIR/pg-$name.json")" \
        "$(jq -c '[.results[0].times[] * 100 | round / 100]' "$DIR/pg-$name.json")" >>"$RESULTS"
}

# --- import ------------------------------------------------------------------
# The reference: psql's \copy of the same file into the same schema, as the
# database's owner, in one transaction, the way csp's import loads an empty
# table: the unique constraints and secondary indexes of customers dropped
# first and built again after the rows are in. Column defaults give each row
# what csp's import gives it (a sequential id, active, manual, the time of
# the import); the rows are checked to be the same as csp's afterwards.
cat >"$DIR/pg-reference-import.sql" <<EOF
\set ON_ERROR_STOP 1
BEGIN;
SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS now \gset
CREATE TEMP SEQUENCE ids;
ALTER TABLE customers
    ALTER id SET DEFAULT lpad(to_hex(nextval('ids')), 8, '0') || '-0000-4000-8000-000000000000',
    ALTER relationship SET DEFAULT 'active', ALTER source SET DEFAULT 'manual',
    ALTER relationship_since SET DEFAULT :'now', ALTER created_at SET DEFAULT :'now',
    ALTER updated_at SET DEFAULT :'now';
DROP INDEX customers_company_name, customers_removed, customers_company_name_prefix,
    customers_without_admin_access;
ALTER TABLE customers DROP CONSTRAINT customers_domain_key, DROP CONSTRAINT customers_tenant_id_key;
\copy customers (company_name, domain, tenant_id, contact_name, contact_email, tags) FROM '$CSV' (FORMAT csv, HEADER, FORCE_NOT_NULL (tags))
ALTER TABLE customers ADD CONSTRAINT customers_domain_key UNIQUE (domain);
ALTER TABLE customers ADD CONSTRAINT customers_tenant_id_key UNIQUE (tenant_id);
CREATE INDEX customers_company_name ON customers (lower(company_name), domain);
CREATE INDEX customers_removed ON customers (removed_at) WHERE relationship = 'removed';
CREATE INDEX customers_company_name_prefix ON customers (lower(company_name) text_pattern_ops);
CREATE INDEX customers_without_admin_access ON customers (id)
    WHERE relationship = 'active' AND NOT delegated_admin AND open_gdap = 0;
ALTER TABLE customers ALTER id DROP DEFAULT, ALTER relationship DROP DEFAULT,
    ALTER source DROP DEFAULT, ALTER relationship_since DROP DEFAULT,
    ALTER created_at DROP DEFAULT, ALTER updated_at DROP DEFAULT;
COMMIT;
EOF
# psql doing all that csp's load does besides, shown for information: the
# per-row trigger that keeps a domain to one customer across customers and
# customer_domains disabled during the copy, its rule checked by one join at
# the end, and 256 MB to sort in for the index builds.
sed -e 's|^\\copy|ALTER TABLE customers DISABLE TRIGGER customers_domain_unique_on_insert;\nSET LOCAL maintenance_work_mem = '"'"'256MB'"'"';\n&|' \
    -e 's|^COMMIT;|ALTER TABLE customers ENABLE TRIGGER customers_domain_unique_on_insert;\nSELECT d.domain FROM customer_domains d JOIN customers c ON c.domain = d.domain LIMIT 1;\n&|' \
    "$DIR/pg-reference-import.sql" >"$DIR/pg-reference-import-no-trigger.sql"
echo "import (median of $RUNS, a fresh database each run)…" >&2
median import_psql "psql -X -q '$REF' -f '$DIR/pg-reference-import.sql'" \
    --runs "$RUNS" --prepare "'$FRESH' csp_bench_ref"
median import_psql_no_trigger "psql -X -q '$REF' -f '$DIR/pg-reference-import-no-trigger.sql'" \
    --runs "$RUNS" --prepare "'$FRESH' csp_bench_ref"
median import_csp "'$CSP' customers import '$CSV'" \
    --runs "$RUNS" --prepare "'$FRESH' csp_bench"
rows=$(psql -X -At "$BENCH" -c "SELECT count(*) FROM customers")
[ "$rows" = "$N" ] || { echo "error: csp stored $rows customers, not $N" >&2; exit 1; }
# The same rows (but for the ids and times, which differ by nature), the same schema.
SAME="SELECT md5(string_agg(concat_ws(chr(9), company_name, domain, tenant_id, contact_name, contact_email,
  relationship, delegated_admin, source, channel, tags, partner_center_relationship, removed_at,
  relationship_since = created_at, created_at = updated_at), chr(10) ORDER BY domain COLLATE \"C\")) FROM customers"
SCHEMA="SELECT string_agg(indexdef, chr(10) ORDER BY indexname) FROM pg_indexes WHERE tablename = 'customers'"
for q in "$SAME" "$SCHEMA"; do
    a=$(psql -X -At "$BENCH" -c "$q")
    b=$(psql -X -At "$REF" -c "$q")
    [ "$a" = "$b" ] || { echo "error: csp and psql loaded different rows or indexes ($q)" >&2; exit 1; }
done

# --- the whole list ------------------------------------------------------------
# The reference is the query csp runs (store/postgres/queries.rs, for_each_customer,
# on a database without other domains, provider links or GDAP relationships),
# with psql formatting the booleans as csp prints them; csp's output is checked
# to be the same bytes.
LIST_SQL="SELECT c.id, c.company_name, c.domain, c.tenant_id, c.domain, c.contact_name, c.contact_email,
  c.relationship, c.relationship_since, CASE WHEN c.delegated_admin THEN 'true' ELSE 'false' END,
  (CASE WHEN c.delegated_admin THEN 'legacy-dap' ELSE 'none' END), c.source, c.channel, c.tags, NULL::text,
  c.created_at, c.updated_at, c.removed_at
FROM customers c WHERE true ORDER BY lower(c.company_name) COLLATE \"C\", c.domain COLLATE \"C\""
TAB=$(printf '\t')
a=$("$CSP" customers list --status all --format tsv | md5sum)
b=$(psql -X -At -F "$TAB" "$BENCH" -c "$LIST_SQL" | md5sum)
[ "$a" = "$b" ] || { echo "error: csp and psql list different bytes" >&2; exit 1; }
echo "full list (median of $RUNS)…" >&2
printf '%s\n' "$LIST_SQL" >"$DIR/pg-list.sql"
median list_psql "psql -X -At -F '$TAB' '$BENCH' -f '$DIR/pg-list.sql'" --runs "$RUNS" --warmup 1
median list_csp "'$CSP' customers list --status all --format tsv" --runs "$RUNS" --warmup 1

rss=0
for _ in 1 2 3; do
    kb=$( { /usr/bin/time -f %M "$CSP" customers list --status all --format tsv >/dev/null; } 2>&1 | tail -n 1)
    [ "$kb" -gt "$rss" ] && rss=$kb
done
printf 'list_rss_kb\t%s\n' "$rss" >>"$RESULTS"
psql_rss=$( { /usr/bin/time -f %M psql -X -At -F "$TAB" "$BENCH" -f "$DIR/pg-list.sql" >/dev/null; } 2>&1 | tail -n 1)
printf 'list_psql_rss_kb\t%s\n' "$psql_rss" >>"$RESULTS"

# --- a team at once ------------------------------------------------------------
# 8 admins, each inviting 50 new customers one after the other, all at once,
# into an empty database: every invitation is recorded, none fails.
echo "8 admins x 50 invites at once…" >&2
"$FRESH" csp_bench_team
cat >"$DIR/pg-admin.sh" <<EOF
#!/bin/sh
# One admin: 50 invitations, one csp each; prints the failures.
for i in \$(seq 1 50); do
    CSP_DB='$TEAM' "$CSP" invite --name "Team \$1 Customer \$i" --domain "team\$1-customer\$i.example" \
        --email "it@team\$1-customer\$i.example" --format json >/dev/null 2>>"$DIR/pg-admin-\$1.err" || echo failed
done
EOF
chmod +x "$DIR/pg-admin.sh"
rm -f "$DIR"/pg-admin-*.err "$DIR"/pg-admin-*.out
start=$(date +%s.%N)
for a in 1 2 3 4 5 6 7 8; do "$DIR/pg-admin.sh" "$a" >"$DIR/pg-admin-$a.out" & done
wait
end=$(date +%s.%N)
failed=$(cat "$DIR"/pg-admin-*.out | wc -l)
counts=$(psql -X -At "$TEAM" -c "SELECT (SELECT count(*) FROM invitations) || ' ' || (SELECT count(*) FROM customers)")
printf 'team_wall\t%s\nteam_failed\t%s\nteam_counts\t%s\n' "$(python3 -c "print($end - $start)")" "$failed" "$counts" >>"$RESULTS"
[ "$failed" = 0 ] || { cat "$DIR"/pg-admin-*.err >&2; echo "error: $failed invitations failed" >&2; }
[ "$counts" = "400 400" ] || echo "error: after 400 invites the database holds (invitations customers) $counts" >&2

for db in csp_bench csp_bench_ref csp_bench_team; do
    psql -X -q "$ADMIN" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
done

# --- the table -----------------------------------------------------------------
python3 - "$RESULTS" "$N" <<'EOF'
import sys
r = {}
for line in open(sys.argv[1]):
    k, v, *runs = line.rstrip("\n").split("\t")
    r[k] = v
    if runs:
        r[k + "_runs"] = runs[0]
n = int(sys.argv[2])
def sec(k): return float(r[k])
def ok(b): return "ok" if b else "MISSED"
rows = []
ri = sec("import_csp") / sec("import_psql")
rows.append(("customers import", f"{sec('import_csp'):.2f} s", f"{sec('import_psql'):.2f} s", f"{ri:.2f}", "<= 1.0", ok(ri <= 1.0)))
rt = sec("import_csp") / sec("import_psql_no_trigger")
rows.append(("  (psql doing all csp does: no trigger, 1 check, 256 MB sorts)", "", f"{sec('import_psql_no_trigger'):.2f} s", f"{rt:.2f}", "info", ""))
rl = sec("list_csp") / sec("list_psql")
rows.append(("customers list --status all --format tsv", f"{sec('list_csp'):.2f} s", f"{sec('list_psql'):.2f} s", f"{rl:.2f}", "<= 1.0", ok(rl <= 1.0)))
mb = int(r["list_rss_kb"]) / 1024
rows.append(("peak RSS of the full list", f"{mb:.1f} MB", f"{int(r['list_psql_rss_kb']) / 1024:.1f} MB", "", "<= 16 MB", ok(mb <= 16)))
inv, cust = r["team_counts"].split()
team_ok = r["team_failed"] == "0" and inv == "400" and cust == "400"
rows.append(("8 admins x 50 invite at once (wall)", f"{sec('team_wall'):.1f} s", "", "",
             "400/400, 0 failed", ok(team_ok) + f" ({inv} invitations, {cust} customers, {r['team_failed']} failed)"))
head = ("measure", "csp", "psql", "ratio", "target", "")
widths = [max(len(str(x[i])) for x in rows + [head]) for i in range(6)]
print(f"csp benchmark on PostgreSQL, {n:,} customers (medians)")
for row in [head] + rows:
    print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
print("runs (s): " + "; ".join(f"{k} {r[k + '_runs']}" for k in ("import_csp", "import_psql", "import_psql_no_trigger", "list_csp", "list_psql")))
EOF
