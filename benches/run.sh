#!/bin/sh
# csp against the physical limit: the sqlite3 shell doing the same work on the
# same machine, in the same run. See README, "Performance".
#
#   benches/run.sh [N]        N customers (default 1000000)
#
# Two shapes of data (benches/gen_customers.py): realistic (random tenant
# GUIDs, domains and names in no order, Unicode names, tags) and sequential
# (ids, tenant IDs, domains and names in one order). For each: the import into
# an empty database against the shell's best bulk load into the same schema
# (rows first, then CREATE INDEX for every index and the same triggers, 64 MB
# cache); an upsert of 100,000 rows (10% changed) into the N-customer database
# against the shell's INSERT … ON CONFLICT DO UPDATE (as written naturally, and
# at its best: SET only the columns that change, memory-mapped); the full list against
# sqlite3 -tabs with the same query and order, cold (page cache dropped, where
# the machine lets us) and warm; peak RSS. Then, on the realistic database,
# single-record commands, invite and status.
#
# Environment: CSP_BENCH_RUNS (runs of the heavy measurements, default 3),
# CSP_BENCH_QUICK_RUNS (runs of the millisecond ones, default 30),
# CSP_BENCH_N (customers, default 1000000), CSP_BENCH_ONLY=bulk (import,
# upsert and list only: no single-record commands, invite, status),
# CSP_BENCH_SHAPES (default "realistic sequential"), CSP_BENCH_DIR (work
# folder, default target/bench). Needs sqlite3, hyperfine, /usr/bin/time
# (Debian: sqlite3 hyperfine time), python3 and jq.
# Every figure is the median of its runs; ratios are csp / sqlite3.
set -eu

N=${1:-${CSP_BENCH_N:-1000000}}
RUNS=${CSP_BENCH_RUNS:-3}
QUICK=${CSP_BENCH_QUICK_RUNS:-30}
ONLY=${CSP_BENCH_ONLY:-all}
SHAPES=${CSP_BENCH_SHAPES:-realistic sequential}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CSP_BENCH_DIR:-$ROOT/target/bench}
CSP=$ROOT/target/release/csp

for tool in sqlite3 hyperfine /usr/bin/time python3 jq; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed (apt-get install sqlite3 hyperfine time python3 jq)" >&2; exit 1; }
done
mkdir -p "$DIR"
echo "building csp (release)…" >&2
(cd "$ROOT" && cargo build --release --quiet)

# csp reads its database and profile from the environment only: no config file.
export CSP_CONFIG="$DIR/no-config.toml" CSP_ROLE=admin-agent \
    CSP_PARTNER_ID=8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f CSP_PARTNER_NAME="Bench Reseller" \
    CSP_NO_INPUT=true NO_COLOR=1
rm -f "$DIR/no-config.toml"

RESULTS=$DIR/results.tsv
: >"$RESULTS"
printf 'n\t%s\nruns\t%s\nshapes\t%s\n' "$N" "$RUNS" "$SHAPES" >>"$RESULTS"

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
fail() { echo "error: $*" >&2; exit 1; }
# peak_kb RUNS COMMAND: the largest peak RSS (KB) of RUNS runs.
peak_kb() {
    peak=0 n=$1
    shift
    for _ in $(seq "$n"); do
        /usr/bin/time -o "$DIR/peak.txt" -f %M sh -c "$1" >/dev/null 2>&1 || fail "failed: $1"
        kb=$(tail -n 1 "$DIR/peak.txt")
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    echo "$peak"
}

# A cold cache: the kernel's page cache dropped before each run, when this
# machine lets us (root, a writable /proc/sys/vm/drop_caches); else said.
if sync 2>/dev/null && (echo 3 >/proc/sys/vm/drop_caches) 2>/dev/null; then
    COLD="sync; echo 3 > /proc/sys/vm/drop_caches"
    printf 'cold\tpage cache dropped before each run\n' >>"$RESULTS"
else
    COLD=true
    echo "note: cannot drop the page cache (not root?): the cold list runs are warm" >&2
    printf 'cold\tNOT dropped (no write access to /proc/sys/vm/drop_caches): cold = warm\n' >>"$RESULTS"
fi

# The database csp creates, empty: the schema both sides load into.
SCHEMA_DB=$DIR/schema.db
rm -f "$SCHEMA_DB" "$SCHEMA_DB-wal" "$SCHEMA_DB-shm"
printf 'company_name,domain\n' >"$DIR/no-customers.csv"
CSP_DB="$SCHEMA_DB" "$CSP" customers import "$DIR/no-customers.csv" >/dev/null 2>&1 || true
[ -s "$SCHEMA_DB" ] || fail "csp did not create $SCHEMA_DB"
# The expert's load drops customers' indexes and triggers (all csp's schema
# has: unique domain and tenant ID, the name index, the partial index of removed
# customers, customer_domains' index, the domain triggers), loads the rows,
# then creates every one again with CREATE INDEX / CREATE TRIGGER.
ON_CUSTOMERS="tbl_name IN ('customers', 'customer_domains') AND sql IS NOT NULL AND type IN ('index', 'trigger')"
DROPS=$(sqlite3 "$SCHEMA_DB" "SELECT 'DROP ' || upper(type) || ' ' || name || ';' FROM sqlite_schema WHERE $ON_CUSTOMERS")
CREATES=$(sqlite3 "$SCHEMA_DB" "SELECT sql || ';' FROM sqlite_schema WHERE $ON_CUSTOMERS ORDER BY type, name")
SCHEMA_SQL="SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name)"

# The full list: what a user would type for the same rows in the same order;
# csp's output is checked to be the same bytes. (The generated customers have
# no other domains, provider links or GDAP relationships: domains is the
# primary domain, admin_access none or legacy-dap.)
LIST_SQL="SELECT id, company_name, domain, tenant_id, domain, contact_name, contact_email, relationship,
  relationship_since, CASE delegated_admin WHEN 1 THEN 'true' ELSE 'false' END,
  CASE delegated_admin WHEN 1 THEN 'legacy-dap' ELSE 'none' END, source, channel, tags, '',
  created_at, updated_at, removed_at FROM customers ORDER BY company_name COLLATE NOCASE, domain"
# What both sides keep of a customer after the upsert (not ids, not times).
KEPT_SQL="SELECT company_name, domain, tenant_id, contact_name, contact_email, tags FROM customers ORDER BY domain"

bench_shape() {
    shape=$1
    CSV=$DIR/customers-$shape-$N.csv
    UPSERT=$DIR/upsert-$shape-$N.csv
    DB=$DIR/csp-$shape.db
    REF=$DIR/sqlite3-$shape.db
    if [ ! -s "$CSV" ]; then
        echo "writing $N $shape customers to $CSV…" >&2
        python3 "$ROOT/benches/gen_customers.py" "$N" "$shape" >"$CSV.tmp" && mv "$CSV.tmp" "$CSV"
    fi
    if [ ! -s "$UPSERT" ]; then
        python3 "$ROOT/benches/gen_customers.py" --upsert "$CSV" >"$UPSERT.tmp" && mv "$UPSERT.tmp" "$UPSERT"
    fi
    # The sequential file carries ids; for the other, the shell makes ids in
    # order, as csp's do.
    if head -n 1 "$CSV" | grep -q '^id,'; then
        ID="id"
    else
        ID="printf('%08x-0000-8000-8000-000000000000', rowid)"
    fi

    # --- import into an empty database ------------------------------------------
    cat >"$DIR/reference-import-$shape.sql" <<EOF
PRAGMA cache_size = -65536;
PRAGMA synchronous = NORMAL;
$DROPS
.import --csv --schema temp $CSV staging
INSERT INTO customers (id, company_name, domain, tenant_id, contact_name, contact_email,
    relationship, relationship_since, source, tags, created_at, updated_at)
SELECT $ID, company_name, domain,
    nullif(tenant_id, ''), nullif(contact_name, ''), nullif(contact_email, ''), 'active',
    '2026-01-01T00:00:00Z', 'manual', tags, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM temp.staging ORDER BY rowid;
$CREATES
EOF
    echo "$shape: import into an empty database (median of $RUNS)…" >&2
    median "import_sqlite3_$shape" "sqlite3 '$REF' < '$DIR/reference-import-$shape.sql'" \
        --runs "$RUNS" --prepare "rm -f '$REF-wal' '$REF-shm'; cp '$SCHEMA_DB' '$REF'"
    median "import_csp_$shape" "env CSP_DB='$DB' '$CSP' customers import '$CSV'" \
        --runs "$RUNS" --prepare "rm -f '$DB' '$DB-wal' '$DB-shm'"
    rows=$(sqlite3 "$DB" "SELECT count(*) FROM customers")
    [ "$rows" = "$N" ] || fail "csp stored $rows customers, not $N"
    [ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ] || fail "csp's database fails its integrity check"
    [ "$(sqlite3 "$REF" "SELECT count(*) FROM customers")" = "$N" ] || fail "the shell's load stored the wrong count"
    [ "$(sqlite3 "$DB" "$SCHEMA_SQL")" = "$(sqlite3 "$REF" "$SCHEMA_SQL")" ] ||
        fail "csp's and the shell's databases have different schemas"

    # --- an upsert of 100,000 rows (10% changed) into the full database --------
    # Both start from a copy of the database csp just wrote.
    BASE=$DIR/base-$shape.db
    WORK=$DIR/upsert-$shape.db
    rm -f "$BASE"
    sqlite3 "$DB" "VACUUM INTO '$BASE'"
    # The shell's upsert as one would write it, SET naming every column the
    # file has; and the shell's best, knowing which columns this file changes
    # (SQLite rewrites the index entries of every column SET names, changed or
    # not) and reading the file through a memory map, as csp does.
    upsert_sql() { # PRAGMAS SET-LIST
        cat <<EOF
PRAGMA cache_size = -65536;
PRAGMA synchronous = NORMAL;
$1
.import --csv --schema temp $UPSERT staging
INSERT INTO customers (id, company_name, domain, tenant_id, contact_name, contact_email,
    relationship, relationship_since, source, tags, created_at, updated_at)
SELECT lower(hex(randomblob(16))), company_name, domain,
    nullif(tenant_id, ''), nullif(contact_name, ''), nullif(contact_email, ''), 'active',
    '2026-01-01T00:00:00Z', 'manual', tags, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM temp.staging WHERE true
ON CONFLICT (domain) DO UPDATE SET $2 updated_at = '2026-06-01T00:00:00Z'
WHERE customers.company_name IS NOT excluded.company_name OR customers.tenant_id IS NOT excluded.tenant_id
    OR customers.contact_name IS NOT excluded.contact_name
    OR customers.contact_email IS NOT excluded.contact_email OR customers.tags IS NOT excluded.tags;
EOF
    }
    upsert_sql "" "company_name = excluded.company_name, tenant_id = excluded.tenant_id,
    contact_name = excluded.contact_name, contact_email = excluded.contact_email, tags = excluded.tags," \
        >"$DIR/reference-upsert-$shape.sql"
    upsert_sql "PRAGMA mmap_size = 1073741824;" "contact_name = excluded.contact_name, tags = excluded.tags," \
        >"$DIR/reference-upsert-best-$shape.sql"
    RESET="rm -f '$WORK-wal' '$WORK-shm'; cp '$BASE' '$WORK'"
    echo "$shape: upsert of 100,000 rows, 10% changed (median of $RUNS)…" >&2
    median "upsert_sqlite3_$shape" "sqlite3 '$WORK' < '$DIR/reference-upsert-$shape.sql'" --runs "$RUNS" --prepare "$RESET"
    a=$(sqlite3 "$WORK" "$KEPT_SQL" | md5sum)
    median "upsert_best_sqlite3_$shape" "sqlite3 '$WORK' < '$DIR/reference-upsert-best-$shape.sql'" --runs "$RUNS" --prepare "$RESET"
    [ "$(sqlite3 "$WORK" "$KEPT_SQL" | md5sum)" = "$a" ] || fail "the shell's two upserts give different customers ($shape)"
    median "upsert_csp_$shape" "env CSP_DB='$WORK' '$CSP' customers import '$UPSERT'" --runs "$RUNS" --prepare "$RESET"
    b=$(sqlite3 "$WORK" "$KEPT_SQL" | md5sum)
    [ "$a" = "$b" ] || fail "after the upsert, csp's and the shell's customers differ ($shape)"
    sh -c "$RESET"
    said=$(CSP_DB="$WORK" "$CSP" customers import "$UPSERT" 2>&1 >/dev/null | tail -n 1)
    printf 'upsert_said_%s\t%s\n' "$shape" "$said" >>"$RESULTS"
    rm -f "$WORK" "$WORK-wal" "$WORK-shm" "$BASE"

    # --- the whole list, cold and warm ------------------------------------------
    a=$(CSP_DB="$DB" "$CSP" customers list --status all --format tsv | md5sum)
    b=$(sqlite3 -tabs "$DB" "$LIST_SQL" | md5sum)
    [ "$a" = "$b" ] || fail "csp and sqlite3 list different rows ($shape)"
    echo "$shape: full list, cold and warm (median of $RUNS)…" >&2
    median "list_cold_sqlite3_$shape" "sqlite3 -tabs '$DB' \"$LIST_SQL\"" --runs "$RUNS" --prepare "$COLD"
    median "list_cold_csp_$shape" "env CSP_DB='$DB' '$CSP' customers list --status all --format tsv" --runs "$RUNS" --prepare "$COLD"
    median "list_warm_sqlite3_$shape" "sqlite3 -tabs '$DB' \"$LIST_SQL\"" --runs "$RUNS" --warmup 1
    median "list_warm_csp_$shape" "env CSP_DB='$DB' '$CSP' customers list --status all --format tsv" --runs "$RUNS" --warmup 1
    printf 'list_rss_kb_%s\t%s\n' "$shape" "$(peak_kb 3 "CSP_DB='$DB' '$CSP' customers list --status all --format tsv")" >>"$RESULTS"
    printf 'import_rss_kb_%s\t%s\n' "$shape" \
        "$(peak_kb 1 "rm -f '$DIR/rss.db' '$DIR/rss.db-wal' '$DIR/rss.db-shm'; CSP_DB='$DIR/rss.db' '$CSP' customers import '$CSV'")" >>"$RESULTS"
    printf 'import_rss_kb_sqlite3_%s\t%s\n' "$shape" \
        "$(peak_kb 1 "rm -f '$REF-wal' '$REF-shm'; cp '$SCHEMA_DB' '$REF'; sqlite3 '$REF' < '$DIR/reference-import-$shape.sql'")" >>"$RESULTS"
    rm -f "$DIR/rss.db" "$DIR/rss.db-wal" "$DIR/rss.db-shm"
}

for shape in $SHAPES; do
    bench_shape "$shape"
done

if [ "$ONLY" != bulk ]; then
case " $SHAPES " in *" realistic "*) ;; *) fail "the single-record part runs on the realistic shape: add it to CSP_BENCH_SHAPES, or set CSP_BENCH_ONLY=bulk" ;; esac
export CSP_DB="$DIR/csp-realistic.db"
DB=$CSP_DB
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

# --- status --------------------------------------------------------------------
# Something of every kind waits: invitations (a draft, one sent 20 days ago), GDAP
# relationships (one ending, one expired, one request about to lapse), a removed
# customer still holding access, and — by the hundred thousand — customers with
# no admin access and customers the default provider cannot order for (counted,
# bounded at 1000). The profile names a default provider, so a config is needed.
STATUS_CONFIG=$DIR/status-config.toml
printf '[partner]\ndefault_provider = "Bench Provider"\n' >"$STATUS_CONFIG"
MS=5d027261-1111-2222-3333-444455556666-8777b240-aaaa-bbbb-cccc
ago() { python3 -c "import datetime as d,sys; print((d.datetime.now(d.timezone.utc) - d.timedelta(days=int(sys.argv[1]))).strftime('%Y-%m-%dT%H:%M:%SZ'))" "$1"; }
pick() { sqlite3 "$DB" "SELECT domain FROM customers WHERE rowid = $1"; }
"$CSP" providers add --name "Bench Provider" --tenant-id 0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d >/dev/null
"$CSP" providers attach "Bench Provider" "$(pick 10)" >/dev/null
"$CSP" gdap add "$(pick 11)" --microsoft-id $MS-000000000011 --name "Bench ending" --roles default --activated "$(ago 720)" >/dev/null
"$CSP" gdap add "$(pick 12)" --microsoft-id $MS-000000000012 --name "Bench expired" --roles default --activated "$(ago 800)" >/dev/null
"$CSP" gdap add "$(pick 13)" --microsoft-id $MS-000000000013 --name "Bench lapsing" --roles default --requested "$(ago 80)" >/dev/null
"$CSP" gdap add "$(pick 14)" --microsoft-id $MS-000000000014 --name "Bench removed" --roles default --activated "$(ago 10)" >/dev/null
"$CSP" remove "$(pick 14)" --acknowledge >/dev/null 2>&1
"$CSP" invite --name "Bench Draft" --domain bench-draft.example --email it@bench-draft.example --no-provider >/dev/null
sent=$("$CSP" invite --name 'Bench Chase' --domain bench-chase.example --email it@bench-chase.example --no-provider --done --format json 2>/dev/null | jq -r .id)
[ -n "$sent" ] && sqlite3 "$DB" "UPDATE invitations SET sent_at = '$(ago 20)' WHERE id = '$sent'"
kinds=$(CSP_CONFIG="$STATUS_CONFIG" "$CSP" status --format json | jq -r '[.[].kind] | unique | join(",")')
echo "status shows: $kinds" >&2
printf 'status_kinds\t%s\n' "$kinds" >>"$RESULTS"
echo "status (median of $QUICK)…" >&2
median status "env CSP_CONFIG='$STATUS_CONFIG' '$CSP' status --format tsv" -N --runs "$QUICK" --warmup 3
# The worst case of a bounded count: the default provider holds a relationship
# with every customer, so finding those it cannot order for reads them all.
sqlite3 "$DB" "INSERT OR IGNORE INTO provider_customers (provider_id, customer_id, since)
  SELECT p.id, c.id, '2026-01-01T00:00:00Z' FROM customers c, providers p WHERE p.name = 'Bench Provider'"
median status_provider_everywhere "env CSP_CONFIG='$STATUS_CONFIG' '$CSP' status --format tsv" -N --runs "$QUICK" --warmup 3
sqlite3 "$DB" "DELETE FROM provider_customers WHERE customer_id <> (SELECT id FROM customers WHERE rowid = 10)"
# The other: admin access everywhere (an active GDAP relationship with every
# customer, the state GDAP's own advice leads to), so finding the active
# customers with none reads them all.
sqlite3 "$DB" "INSERT INTO gdap_relationships (id, customer_id, display_name, roles, duration_days,
    auto_extend, status, activated_at, created_at, updated_at)
  SELECT 'bench-' || c.rowid, c.id, 'Bench GDAP ' || c.rowid, '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 730, 1,
    'active', '$(ago 10)', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM customers c
  WHERE NOT EXISTS (SELECT 1 FROM gdap_relationships g WHERE g.customer_id = c.id)"
median status_gdap_everywhere "env CSP_CONFIG='$STATUS_CONFIG' '$CSP' status --format tsv" -N --runs "$QUICK" --warmup 3
sqlite3 "$DB" "DELETE FROM gdap_relationships WHERE id LIKE 'bench-%'"

fi

# --- the table -----------------------------------------------------------------
python3 - "$RESULTS" <<'EOF'
import sys
r = dict(line.rstrip("\n").split("\t", 1) for line in open(sys.argv[1]))
n = int(r["n"])
def sec(k): return float(r[k])
def ms(k): return "n/a" if r[k] == "n/a" else f"{float(r[k]) * 1000:.1f} ms"
def ok(b): return "ok" if b else "MISSED"
rows = []
for shape in r["shapes"].split():
    rows.append((f"[{shape}]", "", "", "", "", ""))
    for key, label in (("import", "customers import (empty database)"),
                       ("upsert", "customers import (100,000 rows, 10% changed)"),
                       ("list_cold", "customers list --status all --format tsv, cold"),
                       ("list_warm", "customers list --status all --format tsv, warm")):
        c, s = sec(f"{key}_csp_{shape}"), sec(f"{key}_sqlite3_{shape}")
        rows.append((label, f"{c:.2f} s", f"{s:.2f} s", f"{c / s:.2f}", "<= 1.0", ok(c <= s)))
        if key == "upsert":
            b = sec(f"upsert_best_sqlite3_{shape}")
            rows.append(("  (the shell's best: SET only what changes, mmap)", "", f"{b:.2f} s",
                         f"{c / b:.2f}", "<= 1.0", ok(c <= b)))
    mb = int(r[f"list_rss_kb_{shape}"]) / 1024
    rows.append(("peak RSS of the full list", f"{mb:.1f} MB", "", "", "<= 16 MB", ok(mb <= 16)))
    rows.append(("peak RSS of the import", f"{int(r[f'import_rss_kb_{shape}']) / 1024:.0f} MB",
                 f"{int(r[f'import_rss_kb_sqlite3_{shape}']) / 1024:.0f} MB", "", "info", ""))
if "show_domain" in r:
    rows.append(("[realistic, single records]", "", "", "", "", ""))
    for key, label, limit in (("show_domain", "customers show DOMAIN", 5), ("show_id_prefix", "customers show ID-PREFIX (8)", 5),
                              ("search", f"customers list --search PREFIX ({r['search_rows']} rows)", 5),
                              ("broad", f"  (a broad prefix: {r['broad_rows']} rows)", None),
                              ("invite", "invite", 5),
                              ("status", "status (every kind of item)", 5),
                              ("status_provider_everywhere", "  (default provider linked to every customer)", 5),
                              ("status_gdap_everywhere", "  (GDAP with every customer)", 5),
                              ("version", "--version", 2)):
        v = r[key]
        if limit is None:
            rows.append((label, ms(key), "", "", "info", ""))
            continue
        verdict = "n/a" if v == "n/a" else ok(float(v) * 1000 <= limit)
        rows.append((label, ms(key), "", "", f"<= {limit} ms", verdict))
head = ("measure", "csp", "sqlite3", "ratio", "target", "")
widths = [max(len(str(x[i])) for x in rows + [head]) for i in range(6)]
print(f"csp benchmark, {n:,} customers (medians of {r['runs']} runs; cold list: {r['cold']})")
for row in [head] + rows:
    print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
for shape in r["shapes"].split():
    print(f"upsert ({shape}), csp said: {r[f'upsert_said_{shape}']}")
EOF
