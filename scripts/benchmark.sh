#!/usr/bin/env bash
# Benchmarks of issue #6, in one go, on the PostgreSQL and RabbitMQ of this machine:
#   scripts/benchmark.sh
# writes benchmarks/results/<timestamp>.json and <timestamp>.md and prints the summary.
# A benchmark never fails on time: it fails only when something cannot run.
#
# What runs (all on this machine, so every figure shares its 2 cores with the others):
#   - one manufacturer simulator (acme preset, 1,000 products, production off) and one
#     distributor (customer-web jar), started from the jars with BENCH_JAVA_OPTS;
#   - web ceiling: wrk on the distributor's /actuator/health/liveness (same JVM, same
#     filters, no database); dashboard: wrk on /dashboard with a signed-in session;
#   - checkout, by two generators in turn, on a hot offering and on all 1,000:
#     Gatling's CheckoutBenchmarkSimulation (BENCH_CLIENTS logged-in customers, add to cart,
#     GET /checkout, POST /checkout), and wrk with benchmarks/wrk/checkout.lua (the same
#     three requests, one connection per thread, each a customer signed up with curl; it
#     counts the checkouts that reached their order page, checked against the orders in the
#     database). Gatling's JVM shares the 2 cores with what it measures (issue #19): the
#     targets use wrk's figures when Gatling took more than 15% of the machine. Then Gatling
#     paced at 70% of that spread peak, for latency and checkout-to-acknowledgement latency;
#   - invariants once quiet (no oversell, conservation, every confirmation applied once);
#   - database ceiling: pgbench -M prepared with benchmarks/pgbench/checkout-flow.sql
#     (the same statements and transactions) on a copy of the database, same clients;
#   - full pull: a distributor with 100 manufacturers x 1,000 products served by
#     load-tests' SnapshotStub;
#   - during every measured run (web ceiling, dashboard, checkouts, pgbench), the CPU each
#     process took (distributor, manufacturer, PostgreSQL, RabbitMQ, the load generator),
#     from /proc, as a share of the machine: the results print the load generator's share;
#   - allocation: the proposal time of "buy from any manufacturer" for a product offered by
#     1,000 manufacturers (distributor's ProposalTimeBenchmark, in-process on H2, run by
#     Maven's surefire): p50 and p99 of the whole use case and of the strategy alone.
#
# Settings (environment): BENCH_DB=cd_bench (also <db>_copy, <db>_pull), BENCH_VHOST=cd-bench,
# BENCH_PORT_BASE=38000 (manufacturer +1, distributor +10, pull distributor +20, stub +200),
# BENCH_CLIENTS=8, BENCH_DURATION=15 (seconds per run), BENCH_REPEATS=3,
# BENCH_JAVA_OPTS="-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m
# -XX:ReservedCodeCacheSize=96m -Xss512k" (as scripts/cluster.sh; why: docs/benchmarks.md),
# BENCH_MALLOC_ARENA_MAX=2 (glibc's malloc arenas of the JVMs), BENCH_PULL_MANUFACTURERS=100,
# BENCH_PULL_PRODUCTS=1000, BENCH_PARTS="shop pull allocation" (shop: web ceiling, dashboard,
# checkout, invariants, database ceiling; web: the web ceiling and the dashboard alone, about
# two minutes; pull: the full pull alone, about a minute;
# allocation: the proposal time, about two minutes), BENCH_ALLOCATION_WARMUP=2000 (proposals
# before timing), BENCH_ALLOCATION_RUNS=2000 (timed proposals per strategy),
# BENCH_DISTRIBUTOR_JFR=<file> (unset: no recording; set: a Flight Recording with
# settings=profile and stacks 1,024 frames deep, not 64: a request's filters alone are
# deeper, of the shop's distributor JVM only, written to <file> when it stops; the
# manufacturer and the pull distributor are not recorded), BENCH_JAVA=java (the java
# command of the JVMs started from the jars, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
# to compare runtimes; Maven, Gatling and the allocation part keep the JDK on PATH).
# BENCH_WARMUP=BENCH_DURATION (seconds of wrk on the web ceiling, then on the dashboard,
# before their measured repeats: a cold JIT made the first repeat a third of the others).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source .ci/services.sh

DB=${BENCH_DB:-cd_bench}
VHOST=${BENCH_VHOST:-cd-bench}
PORT_BASE=${BENCH_PORT_BASE:-38000}
MANUFACTURER_PORT=$((PORT_BASE + 1))
DISTRIBUTOR_PORT=$((PORT_BASE + 10))
PULL_PORT=$((PORT_BASE + 20))
STUB_PORT=$((PORT_BASE + 200))
CLIENTS=${BENCH_CLIENTS:-8}
DURATION=${BENCH_DURATION:-15}
REPEATS=${BENCH_REPEATS:-3}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k}
MALLOC_ARENAS=${BENCH_MALLOC_ARENA_MAX:-2}
PULL_MANUFACTURERS=${BENCH_PULL_MANUFACTURERS:-100}
PULL_PRODUCTS=${BENCH_PULL_PRODUCTS:-1000}
PARTS=" ${BENCH_PARTS:-shop pull allocation} "
ALLOCATION_WARMUP=${BENCH_ALLOCATION_WARMUP:-2000}
ALLOCATION_RUNS=${BENCH_ALLOCATION_RUNS:-2000}
DISTRIBUTOR_JFR=${BENCH_DISTRIBUTOR_JFR:+$(realpath -m "$BENCH_DISTRIBUTOR_JFR")}
JAVA_COMMAND=${BENCH_JAVA:-java}
WARMUP=${BENCH_WARMUP:-$DURATION}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RUN=$ROOT/run/benchmark/$STAMP
FIGURES=$RUN/figures.jsonl
mkdir -p "$RUN/logs" benchmarks/results
: >"$FIGURES"
DISTRIBUTOR_URL=http://127.0.0.1:$DISTRIBUTOR_PORT

say() { echo "[$(date +%T)] $*"; }
# One figure per line: name, then a JSON value.
record() { printf '{"name":"%s","value":%s}\n' "$1" "$2" >>"$FIGURES"; }
sql() { psql -h "$PGHOST_ADDR" -U postgres -d "$1" -v ON_ERROR_STOP=1 -Atqc "$2"; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "null"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
json_list() { local IFS=,; echo "[$*]"; }
wants() { [[ $PARTS == *" $1 "* ]]; }

PIDS=()
# Starts java in its own session with BENCH_JAVA_OPTS, then EXTRA_JAVA_OPTS when set (as in
# EXTRA_JAVA_OPTS=... start_java ...); the pid file holds the java process id.
start_java() {
  local name=$1 jar=$2 dir=$3
  shift 3
  (cd "$dir" && env MALLOC_ARENA_MAX="$MALLOC_ARENAS" "$@" setsid bash -c 'echo $$ >"$0"; exec "$3" $1 -jar "$2"' \
    "$RUN/$name.pid" "$JAVA_OPTS${EXTRA_JAVA_OPTS:+ $EXTRA_JAVA_OPTS}" "$jar" "$JAVA_COMMAND" </dev/null >"$RUN/logs/$name.log" 2>&1 &)
  for _ in $(seq 1 50); do [ -s "$RUN/$name.pid" ] && break; sleep 0.1; done
  PIDS+=("$(cat "$RUN/$name.pid")")
}
stop_pid() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}
stop_all() { local pid; for pid in "${PIDS[@]}"; do stop_pid "$pid"; done; PIDS=(); }
trap stop_all EXIT
wait_ready() {
  local url=$1 name=$2 deadline=$((SECONDS + 300))
  until curl -fsS -m 2 -o /dev/null "$url" 2>/dev/null; do
    kill -0 "$(cat "$RUN/$name.pid")" 2>/dev/null || { echo "FAILED: $name exited, see $RUN/logs/$name.log" >&2; tail -20 "$RUN/logs/$name.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "FAILED: $name not ready after 300 s" >&2; exit 1; }
    sleep 1
  done
}

jar_of() { ls "$ROOT/$1/target/$1"-*.jar 2>/dev/null | grep -v -- -plain.jar | head -1; }

# ---------------------------------------------------------------- preparation
say "Preparing (jars, load-tests, wrk, pgbench, database $DB, vhost $VHOST)"
if [ -z "$(jar_of customer-web)" ] || [ -z "$(jar_of manufacturer-sim)" ]; then
  ./mvnw -B -q -ntp -DskipTests package -pl customer-web,manufacturer-sim -am
fi
DISTRIBUTOR_JAR=$(jar_of customer-web)
MANUFACTURER_JAR=$(jar_of manufacturer-sim)
./mvnw -B -q -ntp -pl load-tests test-compile
for tool in wrk:wrk pgbench:postgresql-client openssl:openssl; do
  command -v "${tool%%:*}" >/dev/null || { apt-get install -y -qq "${tool#*:}" >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq "${tool#*:}" >/dev/null; }; }
done
ensure_postgres
ensure_rabbitmq
for port in $MANUFACTURER_PORT $DISTRIBUTOR_PORT $PULL_PORT $STUB_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "FAILED: port $port is in use (BENCH_PORT_BASE)" >&2; exit 1; fi
done
for db in "$DB" "${DB}_copy" "${DB}_pull"; do
  sql postgres "drop database if exists $db with (force)"
done
sql postgres "create database $DB"
sql postgres "create database ${DB}_pull"
if command -v rabbitmqctl >/dev/null; then
  # rabbitmqctl has been seen to hang on a busy machine: bounded, and checked afterwards.
  timeout 120 rabbitmqctl -q delete_vhost "$VHOST" >/dev/null 2>&1 || true
  timeout 120 rabbitmqctl -q add_vhost "$VHOST" >/dev/null 2>&1 || true
  timeout 120 rabbitmqctl -q set_permissions -p "$VHOST" guest '.*' '.*' '.*' >/dev/null
  timeout 120 rabbitmqctl -q list_vhosts | grep -qx "$VHOST" || { echo "FAILED: RabbitMQ vhost $VHOST not created" >&2; exit 1; }
fi
python3 - "$RUN/catalogue.json" <<'PY'
import json, sys
words = ["drill", "saw", "screw", "paper", "tape", "cable", "box", "lamp"]
json.dump([{"sku": "BENCH-%04d" % i, "name": "Bench product %d %s" % (i, words[i % 8]), "unitPriceCents": 100 + i,
            "currency": "EUR", "initialStock": 1000000, "productionRate": 0, "cap": 1000000} for i in range(1, 1001)],
          open(sys.argv[1], "w"))
PY
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# The machine's own speed, one core, before and after: figures of runs whose reference
# differs are not comparable (the same code measured half as fast on another day).
cpu_reference() {
  local mb_s
  mb_s=$(openssl speed -seconds 2 -bytes 1024 sha256 2>/dev/null | awk '/^sha256/ {sub("k", "", $2); printf "%.0f", $2 / 1000}')
  echo "${mb_s:-null}"
}
CPU_BEFORE=$(cpu_reference)

# CPU of each process during every measured run (issue #19: the load generators share the
# 2 cores with what they measure). Ticks from /proc: a process's utime + stime; a group of
# processes by name (PostgreSQL's, RabbitMQ's) adds what their exited children used
# (cutime + cstime), so that a backend that ends during a run still counts; the load
# generator's is what the command of the run used, itself and its children (bash's times).
CLK_TCK=$(getconf CLK_TCK)
CPU_FILE=$RUN/cpu.jsonl
: >"$CPU_FILE"
proc_ticks() {
  local stat
  { [ -n "${1:-}" ] && stat=$(cat "/proc/$1/stat" 2>/dev/null); } || { echo 0; return; }
  stat=${stat##*) }
  set -- $stat
  echo $(( ${12} + ${13} ))
}
group_ticks() {
  local total=0 pid stat
  for pid in $(pgrep -x "$1" 2>/dev/null); do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    stat=${stat##*) }
    set -- $stat
    total=$(( total + ${12} + ${13} + ${14} + ${15} ))
  done
  echo "$total"
}
# The machine's ticks, all cores: total, and busy (neither idle nor waiting for I/O).
machine_ticks() { awk '/^cpu / {print $2+$3+$4+$5+$6+$7+$8+$9, $2+$3+$4+$7+$8+$9}' /proc/stat; }
# Transactions committed or rolled back in the benchmark's database so far (PostgreSQL's
# statistics, flushed by each backend within about a second).
db_transactions() { sql postgres "select xact_commit + xact_rollback from pg_stat_database where datname = '$DB'" 2>/dev/null || echo 0; }
# Rows inserted, updated and deleted so far in each table of the benchmark's database
# (every schema: the distributor's and the manufacturer's), as one JSON object.
table_writes() { sql "$DB" "select coalesce(json_object_agg(schemaname || '.' || relname, n_tup_ins + n_tup_upd + n_tup_del), '{}') from pg_stat_user_tables" 2>/dev/null || echo '{}'; }
# writes_between <before> <after>: the tables written meanwhile, rows each, as JSON.
writes_between() { python3 -c 'import json, sys; a, b = json.loads(sys.argv[1] or "{}"), json.loads(sys.argv[2] or "{}"); print(json.dumps({t: n - a.get(t, 0) for t, n in sorted(b.items()) if n - a.get(t, 0) > 0}, separators=(",", ":")))' "$1" "$2"; }
# measured <run name> <command...>: runs the command (its output passes through) and adds a
# line to cpu.jsonl: each process's share of the whole machine (all cores) during the run, %,
# and the transactions and the rows written per table the benchmark's database saw meanwhile.
measured() {
  local name=$1 rc=0 total0 busy0 total1 busy1 d0 d1 m0 m1 p0 p1 q0 q1 x0 x1 w0 w1 start end generator
  shift
  x0=$(db_transactions) w0=$(table_writes)
  read -r total0 busy0 < <(machine_ticks)
  d0=$(proc_ticks "${DISTRIBUTOR_PID:-}") m0=$(proc_ticks "${MANUFACTURER_PID:-}")
  p0=$(group_ticks postgres) q0=$(group_ticks beam.smp)
  start=$(date +%s.%N)
  ( code=0; "$@" || code=$?; LC_ALL=C times >"$RUN/times.txt"; exit $code ) || rc=$?
  read -r total1 busy1 < <(machine_ticks)
  d1=$(proc_ticks "${DISTRIBUTOR_PID:-}") m1=$(proc_ticks "${MANUFACTURER_PID:-}")
  p1=$(group_ticks postgres) q1=$(group_ticks beam.smp)
  end=$(date +%s.%N)
  sleep 1 # the backends' statistics
  x1=$(db_transactions) w1=$(table_writes)
  generator=$(awk 'NR == 2 {s = 0; for (i = 1; i <= NF; i++) {split($i, t, "m"); sub("s", "", t[2]); s += t[1] * 60 + t[2]} print s}' "$RUN/times.txt")
  awk -v name="$name" -v start="$start" -v end="$end" -v total=$((total1 - total0)) -v busy=$((busy1 - busy0)) \
    -v d=$((d1 - d0)) -v m=$((m1 - m0)) -v p=$((p1 - p0)) -v q=$((q1 - q0)) -v g="${generator:-0}" -v hz="$CLK_TCK" -v x=$((x1 - x0)) \
    -v writes="$(writes_between "$w0" "$w1")" \
    'function pct(ticks) {return (total > 0) ? sprintf("%.1f", 100 * ticks / total) : "null"}
     BEGIN {printf "{\"run\":\"%s\",\"wall_s\":%.1f,\"machine_busy_pct\":%s,\"distributor_pct\":%s,\"manufacturer_pct\":%s,\"postgres_pct\":%s,\"rabbitmq_pct\":%s,\"load_generator_pct\":%s,\"db_transactions\":%d,\"table_writes\":%s}\n",
            name, end - start, pct(busy), pct(d), pct(m), pct(p), pct(q), pct(g * hz), x, writes}' >>"$CPU_FILE"
  return $rc
}

COMMON_ENV=(SPRING_PROFILES_ACTIVE=postgres,rabbitmq SERVER_ADDRESS=127.0.0.1 SPRING_RABBITMQ_HOST=127.0.0.1
  SPRING_RABBITMQ_PORT="$RABBIT_PORT" SPRING_RABBITMQ_VIRTUAL_HOST="$VHOST")

# ---------------------------------------------------------------- shop (BENCH_PARTS)
if wants shop || wants web; then
say "Starting the manufacturer (1,000 products) and the distributor on $DISTRIBUTOR_URL"
start_java acme "$MANUFACTURER_JAR" "$RUN" "${COMMON_ENV[@]}" MANUFACTURER_PRESET=acme \
  MANUFACTURER_CATALOGUE="file:$RUN/catalogue.json" SERVER_PORT="$MANUFACTURER_PORT" \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST_ADDR:5432/$DB?currentSchema=manufacturer_acme"
MANUFACTURER_PID=${PIDS[-1]}
wait_ready "http://127.0.0.1:$MANUFACTURER_PORT/actuator/health/readiness" acme
if [ -n "$DISTRIBUTOR_JFR" ]; then
  mkdir -p "$(dirname "$DISTRIBUTOR_JFR")"
  say "Recording the distributor with JFR (settings=profile) to $DISTRIBUTOR_JFR"
fi
EXTRA_JAVA_OPTS=${DISTRIBUTOR_JFR:+-XX:FlightRecorderOptions=stackdepth=1024 -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$DISTRIBUTOR_JFR} \
  start_java distributor "$DISTRIBUTOR_JAR" "$RUN" "${COMMON_ENV[@]}" SERVER_PORT="$DISTRIBUTOR_PORT" \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST_ADDR:5432/$DB?currentSchema=distributor" \
  DISTRIBUTOR_MANUFACTURERS_0_CODE=acme "DISTRIBUTOR_MANUFACTURERS_0_NAME=Acme Tools" \
  DISTRIBUTOR_MANUFACTURERS_0_BASE_URL="http://127.0.0.1:$MANUFACTURER_PORT" \
  DISTRIBUTOR_MANUFACTURERS_0_LOCATION_LATITUDE=45.764 DISTRIBUTOR_MANUFACTURERS_0_LOCATION_LONGITUDE=4.8357 \
  DISTRIBUTOR_CYCLE_LENGTH=24h
DISTRIBUTOR_PID=${PIDS[-1]}
wait_ready "$DISTRIBUTOR_URL/actuator/health/readiness" distributor
until [ "$(sql "$DB" 'select count(*) from distributor.offering' 2>/dev/null || echo 0)" -ge 1000 ]; do sleep 1; done
HOT=$(sql "$DB" 'select min(id) from distributor.offering')
FIRST=$HOT
LAST=$(sql "$DB" 'select max(id) from distributor.offering')
SPREAD=$(sql "$DB" "select string_agg(id::text, ',') from distributor.offering")

# Resident memory, sampled every second while the distributor runs.
(while kill -0 "$DISTRIBUTOR_PID" 2>/dev/null; do ps -o rss= -p "$DISTRIBUTOR_PID" 2>/dev/null; sleep 1; done) >"$RUN/rss.txt" &
RSS_SAMPLER=$!

# ---------------------------------------------------------------- web ceiling and dashboard
say "Web ceiling and dashboard (wrk, $CLIENTS connections, ${DURATION}s x $REPEATS)"
JAR=$RUN/cookies.txt
CSRF_RE='name="_csrf"[[:space:]]+value="([^"]+)"'
page=$(curl -fsS -c "$JAR" -b "$JAR" "$DISTRIBUTOR_URL/signup")
[[ $page =~ $CSRF_RE ]] || { echo "FAILED: no CSRF field on /signup" >&2; exit 1; }
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=${BASH_REMATCH[1]}" --data-urlencode "name=Bench" \
  --data-urlencode "email=dashboard-$STAMP@example.com" --data-urlencode "password=bench-Passw0rd-42" \
  --data-urlencode "passwordConfirmation=bench-Passw0rd-42" "$DISTRIBUTOR_URL/signup"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")
[ -n "$SESSION" ] || { echo "FAILED: sign-up gave no SESSION cookie" >&2; exit 1; }
curl -fsS -o /dev/null -b "SESSION=$SESSION" "$DISTRIBUTOR_URL/dashboard" || { echo "FAILED: dashboard" >&2; exit 1; }
wrk_rps() { wrk -t2 -c"$CLIENTS" -d"${DURATION}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
# Warm-up, the same for both: the JIT compiles what each measured repeat runs.
wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" "$DISTRIBUTOR_URL/actuator/health/liveness" >/dev/null
wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" -H "Cookie: SESSION=$SESSION" "$DISTRIBUTOR_URL/dashboard" >/dev/null
WEB=() DASH=()
for _ in $(seq 1 "$REPEATS"); do
  WEB+=("$(measured web_ceiling wrk_rps "$DISTRIBUTOR_URL/actuator/health/liveness")")
  DASH+=("$(measured dashboard wrk_rps -H "Cookie: SESSION=$SESSION" "$DISTRIBUTOR_URL/dashboard")")
done
record web_ceiling_rps_runs "$(json_list "${WEB[@]}")"
record dashboard_rps_runs "$(json_list "${DASH[@]}")"

if wants shop; then

# ---------------------------------------------------------------- checkout over HTTP
# One Gatling run; prints "<checkouts per second> <p50> <p95> <p99> <ko>" of POST /checkout.
# Throughput comes from the orders' placed_at in the database (sign-up time left out).
gatling_checkout() {
  local offerings=$1 rate=$2 since
  since=$(sql "$DB" "select now()")
  ./mvnw -B -q -ntp -pl load-tests gatling:test \
    -Dgatling.simulationClass=dev.centraldistribution.loadtests.CheckoutBenchmarkSimulation \
    -DbaseUrl="$DISTRIBUTOR_URL" -Dclients="$CLIENTS" -Dduration="$DURATION" -Dofferings="$offerings" \
    -Drate="$rate" >>"$RUN/logs/gatling.log" 2>&1 || true
  local report
  report=$ROOT/load-tests/target/gatling/$(cat "$ROOT/load-tests/target/gatling/lastRun.txt" | tail -1)
  cp -r "$report" "$RUN/" 2>/dev/null || true
  local rate_db
  rate_db=$(sql "$DB" "select round(count(*) / greatest(extract(epoch from max(placed_at) - min(placed_at)), 0.001), 1)
    from distributor.customer_order where placed_at > '$since'")
  python3 - "$report/js/stats.js" "$rate_db" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
body = text[text.index('{'):text.index('\nfunction') if '\nfunction' in text else len(text)].strip().rstrip(';')
stats = json.loads(re.sub(r'^(\s*)([A-Za-z_]\w*):', r'\1"\2":', body, flags=re.M))
s = next(v['stats'] for v in stats['contents'].values() if v['name'] == 'checkout')
print(sys.argv[2], s['percentiles1']['ok'], s['percentiles3']['ok'], s['percentiles4']['ok'], s['numberOfRequests']['ko'])
PY
}
# The light generator (issue #19): wrk with benchmarks/wrk/checkout.lua, one connection per
# thread, each a customer signed up here with curl (card on file), its SESSION cookie and
# CSRF token handed to the script. Prints "<checkouts per second> <counted> <failed>
# <orders in the database>": the rate from the orders' placed_at as for Gatling, the
# checkouts the script counted (302 to /orders/<id>) and the orders the run placed.
sign_up_customer() {
  local n=$1 jar=$RUN/customer-$1.txt page
  page=$(curl -fsS -c "$jar" -b "$jar" "$DISTRIBUTOR_URL/signup")
  [[ $page =~ $CSRF_RE ]] || return 1
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=${BASH_REMATCH[1]}" --data-urlencode "name=Bench $n" \
    --data-urlencode "email=wrk-$n-$STAMP@example.com" --data-urlencode "password=bench-Passw0rd-42" \
    --data-urlencode "passwordConfirmation=bench-Passw0rd-42" "$DISTRIBUTOR_URL/signup"
  page=$(curl -fsS -c "$jar" -b "$jar" "$DISTRIBUTOR_URL/account/card")
  [[ $page =~ $CSRF_RE ]] || return 1
  local csrf=${BASH_REMATCH[1]}
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "number=4242424242424242" \
    --data-urlencode "expiryMonth=12" --data-urlencode "expiryYear=2035" --data-urlencode "cvc=123" "$DISTRIBUTOR_URL/account/card"
  echo "$(awk '$6 == "SESSION" {print $7}' "$jar") $csrf"
}
: >"$RUN/wrk-customers.txt"
for n in $(seq 1 "$CLIENTS"); do
  sign_up_customer "$n" >>"$RUN/wrk-customers.txt" || { echo "FAILED: signing up wrk customer $n" >&2; exit 1; }
done
echo "$HOT" >"$RUN/offerings-hot.txt"
tr ',' '\n' <<<"$SPREAD" >"$RUN/offerings-spread.txt"
wrk_checkout() {
  local mode=$1 since out
  since=$(sql "$DB" "select now()")
  out=$(CHECKOUT_CUSTOMERS=$RUN/wrk-customers.txt CHECKOUT_OFFERINGS=$RUN/offerings-$mode.txt \
    wrk -t"$CLIENTS" -c"$CLIENTS" -d"${DURATION}s" -s "$ROOT/benchmarks/wrk/checkout.lua" "$DISTRIBUTOR_URL" 2>&1)
  echo "$out" >>"$RUN/logs/wrk-checkout.log"
  read -r _ ok ko _ < <(grep '^wrk-checkouts ' <<<"$out")
  echo "$(sql "$DB" "select coalesce(round(count(*) / greatest(extract(epoch from max(placed_at) - min(placed_at)), 0.001), 1), 0)
    from distributor.customer_order where placed_at > '$since'") ${ok:-0} ${ko:-0} $(sql "$DB" "select count(*) from distributor.customer_order where placed_at > '$since'")"
}
for mode in hot spread; do
  offerings=$HOT
  [ $mode = spread ] && offerings=$SPREAD
  say "HTTP checkout, $mode offering(s), $CLIENTS clients, ${DURATION}s x $REPEATS, Gatling and wrk in turn"
  RATES=() P50=() P95=() P99=() KO=() WRATES=() WOK=() WKO=() WDB=()
  for _ in $(seq 1 "$REPEATS"); do
    read -r r p50 p95 p99 ko < <(measured "checkout_$mode" gatling_checkout "$offerings" 0)
    RATES+=("$r") P50+=("$p50") P95+=("$p95") P99+=("$p99") KO+=("$ko")
    read -r r ok ko orders < <(measured "checkout_${mode}_wrk" wrk_checkout "$mode")
    WRATES+=("$r") WOK+=("$ok") WKO+=("$ko") WDB+=("$orders")
  done
  record "checkout_${mode}_per_s_runs" "$(json_list "${RATES[@]}")"
  record "checkout_${mode}_p50_ms_runs" "$(json_list "${P50[@]}")"
  record "checkout_${mode}_p95_ms_runs" "$(json_list "${P95[@]}")"
  record "checkout_${mode}_p99_ms_runs" "$(json_list "${P99[@]}")"
  record "checkout_${mode}_failed_requests_runs" "$(json_list "${KO[@]}")"
  record "checkout_wrk_${mode}_per_s_runs" "$(json_list "${WRATES[@]}")"
  record "checkout_wrk_${mode}_counted_runs" "$(json_list "${WOK[@]}")"
  record "checkout_wrk_${mode}_failed_runs" "$(json_list "${WKO[@]}")"
  record "checkout_wrk_${mode}_orders_in_db_runs" "$(json_list "${WDB[@]}")"
done
# The targets use wrk's figures when Gatling took more than 15% of the machine during its
# checkout runs (median of those runs), Gatling's otherwise; the 70% run paces Gatling at
# 70% of the spread peak of the generator the targets use.
GENERATOR=$(python3 - "$CPU_FILE" <<'PY'
import json, statistics, sys
shares = [r["load_generator_pct"] for r in map(json.loads, open(sys.argv[1])) if r["run"] in ("checkout_hot", "checkout_spread") and r.get("load_generator_pct") is not None]
print("wrk" if shares and statistics.median(shares) > 15 else "gatling")
PY
)
record checkout_generator_for_targets "\"$GENERATOR\""
PEAK_FIGURE=checkout_spread_per_s_runs
[ "$GENERATOR" = wrk ] && PEAK_FIGURE=checkout_wrk_spread_per_s_runs
PEAK=$(grep "\"$PEAK_FIGURE\"" "$FIGURES" | python3 -c 'import json,sys,statistics; print(statistics.median(json.loads(sys.stdin.read())["value"]))')
TARGET=$(python3 -c "print(round(0.7 * $PEAK, 1))")
say "HTTP checkout at 70% of the spread peak: $TARGET checkouts/s"
SINCE=$(sql "$DB" "select now()")
read -r r p50 p95 p99 ko < <(measured checkout_at_70pct gatling_checkout "$SPREAD" "$TARGET")
record checkout_at_70pct "{\"target_per_s\":$TARGET,\"per_s\":$r,\"p50_ms\":$p50,\"p95_ms\":$p95,\"p99_ms\":$p99,\"failed_requests\":$ko}"

# ---------------------------------------------------------------- invariants
say "Waiting for every sub-order to be acknowledged, then checking the books"
deadline=$((SECONDS + 180))
until [ "$(sql "$DB" "select (select count(*) from distributor.outbox_message where sent_at is null) + (select count(*) from distributor.sub_order where status = 'PLACED')")" = 0 ]; do
  [ $SECONDS -lt $deadline ] || { say "not quiet after 180 s"; break; }
  sleep 1
done
ACK=$(sql "$DB" "select json_build_object('count', count(*),
    'p50_ms', round(percentile_cont(0.5) within group (order by ms)::numeric, 1),
    'p95_ms', round(percentile_cont(0.95) within group (order by ms)::numeric, 1),
    'p99_ms', round(percentile_cont(0.99) within group (order by ms)::numeric, 1))
  from (select extract(epoch from a.received_at - o.placed_at) * 1000 as ms
        from distributor.sub_order_acknowledgement a join distributor.sub_order s on s.id = a.sub_order_id
        join distributor.customer_order o on o.id = s.order_id where o.placed_at > '$SINCE') t")
record ack_latency_at_70pct "$ACK"
INVARIANTS=$(sql "$DB" "select json_build_object(
  'orders', (select count(*) from distributor.customer_order),
  'oversold_offerings', (select count(*) from distributor.offering where available < 0),
  'unconserved_offerings', (select count(*) from distributor.offering where available <> received_total - sold_total),
  'sold_not_applied_offerings', (select count(*) from distributor.offering o join manufacturer_acme.product p on p.sku = o.sku where o.sold_total <> p.applied_total),
  'confirmations_sent', (select count(*) from distributor.sub_order),
  'confirmations_processed', (select count(*) from manufacturer_acme.processed_message where message_type = 'purchase-confirmation'),
  'confirmations_missing', (select count(*) from distributor.sub_order s where not exists (select 1 from manufacturer_acme.processed_message m where m.message_id = 'purchase-' || s.id)),
  'rejected_lines', (select count(*) from distributor.order_line where accepted = false),
  'unconfirmed_orders', (select count(*) from distributor.customer_order
    where status not in ('CONFIRMED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED')))")
record invariants "$INVARIANTS"
kill "$RSS_SAMPLER" 2>/dev/null || true
record distributor_rss_mib "{\"max\":$(sort -n "$RUN/rss.txt" | tail -1 | awk '{printf "%.1f", $1/1024}'),\"last\":$(tail -1 "$RUN/rss.txt" | awk '{printf "%.1f", $1/1024}')}"
stop_all
DISTRIBUTOR_PID= MANUFACTURER_PID=

# ---------------------------------------------------------------- database ceiling
say "Database ceiling: pgbench -M prepared, $CLIENTS clients, ${DURATION}s x $REPEATS, on a copy of $DB"
sql postgres "create database ${DB}_copy template $DB"
sql "${DB}_copy" "set search_path = distributor;
  create table pgbench_client as select (row_number() over (order by c.id) - 1)::int as client_id, c.id as customer_id,
    s.primary_id, s.session_id from customer c join payment_card p on p.customer_id = c.id
    join lateral (select primary_id, session_id from spring_session where principal_name = c.email
                  order by last_access_time desc limit 1) s on true;
  alter table pgbench_client add primary key (client_id);"
for mode in hot spread; do
  last=$HOT
  [ $mode = spread ] && last=$LAST
  TPS=()
  pgbench_tps() {
    PGOPTIONS='-c search_path=distributor' pgbench -h "$PGHOST_ADDR" -U postgres -n -M prepared \
      -c "$CLIENTS" -j "$CLIENTS" -T "$DURATION" -D offering_first="$FIRST" -D offering_last="$last" \
      -f benchmarks/pgbench/checkout-flow.sql "${DB}_copy" 2>"$RUN/logs/pgbench.log" | awk '/^tps/ {print $3}'
  }
  for _ in $(seq 1 "$REPEATS"); do
    TPS+=("$(measured "db_ceiling_$mode" pgbench_tps)")
  done
  record "db_ceiling_${mode}_per_s_runs" "$(json_list "${TPS[@]}")"
done

fi # shop (checkout, invariants, database ceiling)
kill "$RSS_SAMPLER" 2>/dev/null || true
stop_all
DISTRIBUTOR_PID= MANUFACTURER_PID=
fi # shop or web

# ---------------------------------------------------------------- full pull (BENCH_PARTS)
if wants pull; then
say "Full pull: $PULL_MANUFACTURERS manufacturers x $PULL_PRODUCTS products"
(setsid bash -c 'echo $$ >"$0"; exec java -cp "$1" dev.centraldistribution.loadtests.SnapshotStub "$2" "$3" "$4"' \
  "$RUN/stub.pid" "$ROOT/load-tests/target/test-classes" "$STUB_PORT" "$PULL_MANUFACTURERS" "$PULL_PRODUCTS" \
  </dev/null >"$RUN/logs/stub.log" 2>&1 &)
sleep 1
PIDS+=("$(cat "$RUN/stub.pid")")
until grep -q "Snapshot stub" "$RUN/logs/stub.log"; do sleep 0.5; done
PULL_ENV=()
for i in $(seq 1 "$PULL_MANUFACTURERS"); do
  code=$(printf 'stub%03d' "$i")
  PULL_ENV+=("DISTRIBUTOR_MANUFACTURERS_$((i - 1))_CODE=$code" "DISTRIBUTOR_MANUFACTURERS_$((i - 1))_NAME=Stub manufacturer $i"
    "DISTRIBUTOR_MANUFACTURERS_$((i - 1))_BASE_URL=http://127.0.0.1:$STUB_PORT/m/$i"
    "DISTRIBUTOR_MANUFACTURERS_$((i - 1))_LOCATION_LATITUDE=48.85" "DISTRIBUTOR_MANUFACTURERS_$((i - 1))_LOCATION_LONGITUDE=2.35")
done
start_java pull "$DISTRIBUTOR_JAR" "$RUN" "${COMMON_ENV[@]}" SERVER_PORT="$PULL_PORT" \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST_ADDR:5432/${DB}_pull?currentSchema=distributor" \
  LOGGING_LEVEL_DEV_CENTRALDISTRIBUTION_DISTRIBUTOR_SYNC=DEBUG DISTRIBUTOR_CYCLE_ENABLED=false \
  "${PULL_ENV[@]}"
wait_ready "http://127.0.0.1:$PULL_PORT/actuator/health/readiness" pull
deadline=$((SECONDS + 300))
# The first full pull that synced all of them, then the scheduled rounds after it (every
# 10 s; conditional GETs, answered 304 when a snapshot did not change). Sales cycles are
# off on this instance: a cycle's opening pull asked for during the first one waited for it
# and was counted as a pull that found nothing changed.
PULLS=()
while [ ${#PULLS[@]} -lt "$REPEATS" ] && [ $SECONDS -lt $deadline ]; do
  mapfile -t PULLS < <(grep -o "Pulled $PULL_MANUFACTURERS manufacturers in [0-9]* ms$" "$RUN/logs/pull.log" | awk '{print $5}')
  sleep 1
done
PULLED=$(sql "${DB}_pull" 'select count(*) from distributor.offering')
record pull "{\"manufacturers\":$PULL_MANUFACTURERS,\"products_each\":$PULL_PRODUCTS,\"offerings_in_db\":$PULLED,\"durations_ms\":$(json_list "${PULLS[@]}")}"
stop_all
fi # pull

# ---------------------------------------------------------------- allocation (BENCH_PARTS)
if wants allocation; then
say "Proposal time: a product of 1,000 manufacturers, $ALLOCATION_WARMUP proposals of warm-up, $ALLOCATION_RUNS timed per strategy"
rm -f "$RUN/allocation.json"
./mvnw -B -ntp -pl distributor -am test -Dtest=ProposalTimeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.out="$RUN/allocation.json" -Dbenchmark.warmup="$ALLOCATION_WARMUP" -Dbenchmark.runs="$ALLOCATION_RUNS" \
  >"$RUN/logs/allocation.log" 2>&1 || { echo "FAILED: ProposalTimeBenchmark, see $RUN/logs/allocation.log" >&2; exit 1; }
record allocation "$(cat "$RUN/allocation.json")"
fi # allocation

# ---------------------------------------------------------------- results
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
record cpu_reference_sha256_mb_s "[$CPU_BEFORE,$(cpu_reference)]"
python3 - "$FIGURES" "benchmarks/results/$STAMP" "$STAMP" "$LOAD_BEFORE" "$LOAD_AFTER" "$CLIENTS" "$DURATION" \
  "$REPEATS" "$JAVA_OPTS${BENCH_JAVA:+ (java: $JAVA_COMMAND)}${DISTRIBUTOR_JFR:+ (distributor with JFR)}" "$(nproc)" "$CPU_FILE" <<'PY'
import json, statistics, sys
figures_file, out, stamp, load_before, load_after, clients, duration, repeats, java_opts, cores, cpu_file = sys.argv[1:]
f = {}
for line in open(figures_file):
    item = json.loads(line)
    f[item["name"]] = item["value"]
med = lambda name: statistics.median(f[name]) if f.get(name) else None
def ratio(a, b):
    return round(a / b, 3) if a and b else None
r = {
    "timestamp": stamp,
    "machine": {"cores": int(cores), "load_average_before": load_before, "load_average_after": load_after,
                "note": "Load averages above the core count mean other work shared the CPU: such figures are not comparable with a quiet machine."},
    "cpu_reference_sha256_mb_s": {"before_and_after": f.get("cpu_reference_sha256_mb_s"), "note": "openssl speed sha256, 1 kB blocks, one core: compare runs only when these agree"},
    "settings": {"clients": int(clients), "duration_s": int(duration), "repeats": int(repeats), "java_opts": java_opts},
    "web_ceiling_rps": {"median": med("web_ceiling_rps_runs"), "runs": f.get("web_ceiling_rps_runs")},
    "dashboard_rps": {"median": med("dashboard_rps_runs"), "runs": f.get("dashboard_rps_runs")},
    "db_ceiling_checkouts_per_s": {m: {"median": med(f"db_ceiling_{m}_per_s_runs"), "runs": f.get(f"db_ceiling_{m}_per_s_runs")} for m in ("hot", "spread")},
    "checkout": {m: {k: {"median": med(f"checkout_{m}_{k}_runs"), "runs": f.get(f"checkout_{m}_{k}_runs")}
                     for k in ("per_s", "p50_ms", "p95_ms", "p99_ms", "failed_requests")} for m in ("hot", "spread")},
    "checkout_wrk": {m: {k: {"median": med(f"checkout_wrk_{m}_{k}_runs"), "runs": f.get(f"checkout_wrk_{m}_{k}_runs")}
                         for k in ("per_s", "counted", "failed", "orders_in_db")} for m in ("hot", "spread")},
    "checkout_generator_for_targets": f.get("checkout_generator_for_targets"),
    "checkout_at_70pct": f.get("checkout_at_70pct"),
    "ack_latency_at_70pct": f.get("ack_latency_at_70pct"),
    "invariants": f.get("invariants"),
    "distributor_rss_mib": f.get("distributor_rss_mib"),
    "pull": f.get("pull"),
    "allocation": f.get("allocation"),
}
# CPU of each process during each measured run, as % of the whole machine (all cores).
cpu_runs = [json.loads(line) for line in open(cpu_file) if line.strip()]
cpu_keys = ("wall_s", "machine_busy_pct", "distributor_pct", "manufacturer_pct", "postgres_pct", "rabbitmq_pct", "load_generator_pct")
cpu_by_run = {}
for run in cpu_runs:
    cpu_by_run.setdefault(run["run"], []).append(run)
def cpu_median(runs, key):
    values = [run[key] for run in runs if run.get(key) is not None]
    return round(statistics.median(values), 1) if values else None
generator_max = max((run["load_generator_pct"] for run in cpu_runs if run.get("load_generator_pct") is not None), default=None)
generator_share = {name: cpu_median(cpu_by_run.get(run, []), "load_generator_pct") for name, run in
                   (("gatling_hot", "checkout_hot"), ("gatling_spread", "checkout_spread"), ("wrk_hot", "checkout_hot_wrk"), ("wrk_spread", "checkout_spread_wrk"))}
# A process's CPU ms per checkout in a run: its share of the machine over the run's whole
# command (for Gatling, Maven's start and the report included), per checkout; comparable
# across generators and processes.
def ms_per_checkout(run, key, checkouts_per_s):
    runs = cpu_by_run.get(run, [])
    share, wall = cpu_median(runs, key), cpu_median(runs, "wall_s")
    if share is None or wall is None or not checkouts_per_s:
        return None
    return round(share / 100 * int(cores) * wall * 1000 / (checkouts_per_s * int(duration)), 2)
generator_ms = {"gatling_hot": ms_per_checkout("checkout_hot", "load_generator_pct", r["checkout"]["hot"]["per_s"]["median"]),
                "gatling_spread": ms_per_checkout("checkout_spread", "load_generator_pct", r["checkout"]["spread"]["per_s"]["median"]),
                "wrk_hot": ms_per_checkout("checkout_hot_wrk", "load_generator_pct", r["checkout_wrk"]["hot"]["per_s"]["median"]),
                "wrk_spread": ms_per_checkout("checkout_spread_wrk", "load_generator_pct", r["checkout_wrk"]["spread"]["per_s"]["median"])}
# Where a checkout's CPU goes (wrk runs: the generator takes about 2% of the machine, the
# rest of it is busy with the system): each process's CPU per checkout, the database
# transactions per checkout (the benchmark database's commits and rollbacks), and the same
# for PostgreSQL in the database ceiling's run. "Without the distributor" is how many
# checkouts a second the machine could do if the distributor took no CPU at all and the
# rest of the system (manufacturer, PostgreSQL with every database, RabbitMQ) kept its
# cost per checkout: the most the checkout's ratio can reach on this topology.
checkout_cost = {}
for m in ("hot", "spread"):
    per_s = r["checkout_wrk"][m]["per_s"]["median"]
    cost = {key: ms_per_checkout(f"checkout_{m}_wrk", f"{key}_pct", per_s) for key in ("distributor", "manufacturer", "postgres", "rabbitmq")}
    runs = cpu_by_run.get(f"checkout_{m}_wrk", [])
    transactions = [run["db_transactions"] for run in runs if run.get("db_transactions") is not None]
    cost["db_transactions_per_checkout"] = round(statistics.median(transactions) / (per_s * int(duration)), 1) if transactions and per_s else None
    writes = {}
    for run in runs:
        for table, rows in (run.get("table_writes") or {}).items():
            writes.setdefault(table, []).append(rows)
    cost["rows_written_per_checkout"] = {table: round(statistics.median(rows) / (per_s * int(duration)), 2)
                                         for table, rows in sorted(writes.items(), key=lambda item: -statistics.median(item[1]))} if per_s else {}
    cost["db_ceiling_postgres"] = ms_per_checkout(f"db_ceiling_{m}", "postgres_pct", r["db_ceiling_checkouts_per_s"][m]["median"])
    others = [cost[key] for key in ("manufacturer", "postgres", "rabbitmq")]
    bound = round(int(cores) * 1000 / sum(others), 1) if all(others) else None
    cost["per_s_without_the_distributor"] = bound
    cost["ratio_without_the_distributor"] = ratio(bound, r["db_ceiling_checkouts_per_s"][m]["median"])
    checkout_cost[m] = cost
r["checkout_cpu_ms_per_checkout"] = {"note": "CPU ms per checkout of each process in the wrk checkout runs (medians); db_ceiling_postgres: PostgreSQL's CPU ms per checkout in the database ceiling's run; per_s_without_the_distributor: checkouts/s if the distributor took no CPU and the other processes kept their cost per checkout.", **checkout_cost}
r["cpu_during_runs"] = {
    "checkout_generators_pct": generator_share,
    "checkout_generators_cpu_ms_per_checkout": generator_ms,
    "note": "Share of the whole machine (all cores) each process used during each run, %; the load generator's is the run's command with its children (wrk, Gatling with Maven, pgbench). Above about 15% the generator took CPU from what it measured (issue #19).",
    "medians_by_run": {name: {key: cpu_median(runs, key) for key in cpu_keys} for name, runs in cpu_by_run.items()},
    "load_generator_max_pct": generator_max,
    "runs": cpu_runs,
}
pull = r["pull"] or {}
if pull.get("durations_ms"):
    total = pull["manufacturers"] * pull["products_each"]
    # The first pull inserts everything; later ones find nothing changed: the stub tags its
    # snapshots, so they are answered 304 Not Modified (distributor.sync.conditional-requests).
    pull["offerings_per_s_first"] = round(total / (pull["durations_ms"][0] / 1000))
    pull["offerings_per_s_median"] = round(total / (statistics.median(pull["durations_ms"]) / 1000))
    if len(pull["durations_ms"]) > 1:
        pull["offerings_per_s_unchanged"] = round(total / (max(statistics.median(pull["durations_ms"][1:]), 1) / 1000))
inv = r["invariants"] or {}
violations = sum(inv.get(k, 0) for k in ("oversold_offerings", "unconserved_offerings", "sold_not_applied_offerings", "confirmations_missing", "rejected_lines", "unconfirmed_orders"))
violations += abs(inv.get("confirmations_sent", 0) - inv.get("confirmations_processed", 0))
# The targets' checkout figures: wrk's when Gatling took more than 15% of the machine
# (the script decided so before the 70% run), Gatling's otherwise.
generator = r["checkout_generator_for_targets"] or "gatling"
chosen = r["checkout_wrk"] if generator == "wrk" else r["checkout"]
r["ratios"] = {
    "checkout_hot_over_db_ceiling": ratio(chosen["hot"]["per_s"]["median"], r["db_ceiling_checkouts_per_s"]["hot"]["median"]),
    "checkout_spread_over_db_ceiling": ratio(chosen["spread"]["per_s"]["median"], r["db_ceiling_checkouts_per_s"]["spread"]["median"]),
    "checkout_generator": generator,
    "gatling": {m: ratio(r["checkout"][m]["per_s"]["median"], r["db_ceiling_checkouts_per_s"][m]["median"]) for m in ("hot", "spread")},
    "wrk": {m: ratio(r["checkout_wrk"][m]["per_s"]["median"], r["db_ceiling_checkouts_per_s"][m]["median"]) for m in ("hot", "spread")},
    "dashboard_over_web_ceiling": ratio(r["dashboard_rps"]["median"], r["web_ceiling_rps"]["median"]),
}
a70, ack, rss = r["checkout_at_70pct"] or {}, r["ack_latency_at_70pct"] or {}, r["distributor_rss_mib"] or {}
def verdict(measured, ok): return "not run" if measured is None else ("met" if ok else "NOT met")
hot_ratio, spread_ratio, dash_ratio = (r["ratios"][k] for k in ("checkout_hot_over_db_ceiling", "checkout_spread_over_db_ceiling", "dashboard_over_web_ceiling"))
first_pull = pull.get("offerings_per_s_first")
alloc = r["allocation"] or {}
# Issue #19's targets (the goal for both checkouts stays 0.5 of the database ceiling).
targets = [
    ("Hot checkout >= 0.25 of database ceiling (goal 0.5), zero violations", verdict(hot_ratio, (hot_ratio or 0) >= 0.25 and violations == 0), f'{hot_ratio} ({chosen["hot"]["per_s"]["median"]} vs {r["db_ceiling_checkouts_per_s"]["hot"]["median"]} checkouts/s, {generator}), {violations} violations'),
    ("Spread checkout >= 0.3 of database ceiling (goal 0.5), zero violations", verdict(spread_ratio, (spread_ratio or 0) >= 0.3 and violations == 0), f'{spread_ratio} ({chosen["spread"]["per_s"]["median"]} vs {r["db_ceiling_checkouts_per_s"]["spread"]["median"]} checkouts/s, {generator}), {violations} violations'),
    ("Dashboard >= 0.5 of web ceiling", verdict(dash_ratio, (dash_ratio or 0) >= 0.5), f'{dash_ratio} ({r["dashboard_rps"]["median"]} vs {r["web_ceiling_rps"]["median"]} requests/s)'),
    ("p99 POST /checkout < 50 ms at 70% of the spread peak", verdict(a70.get("p99_ms"), (a70.get("p99_ms") or 0) < 50), f'p99 {a70.get("p99_ms")} ms at {a70.get("per_s")}/s (target rate {a70.get("target_per_s")}/s, Gatling paced)'),
    ("p99 checkout-to-acknowledgement < 100 ms at that rate", verdict(ack.get("p99_ms"), (ack.get("p99_ms") or 0) < 100), f'p99 {ack.get("p99_ms")} ms, p50 {ack.get("p50_ms")} ms over {ack.get("count")} sub-orders'),
    ("Full pull 100 x 1,000 >= 50,000 offerings/s", verdict(first_pull, (first_pull or 0) >= 50000), f'first pull {first_pull} offerings/s, median {pull.get("offerings_per_s_median")} (pulls of {pull.get("durations_ms")} ms, {pull.get("offerings_in_db")} offerings stored)'),
    ("Full pull with nothing changed >= 200,000 offerings/s", verdict(pull.get("offerings_per_s_unchanged"), (pull.get("offerings_per_s_unchanged") or 0) >= 200000), f'median of the pulls after the first: {pull.get("offerings_per_s_unchanged")} offerings/s'),
    ("Proposal p99 < 5 ms, a product of 1,000 manufacturers", verdict(alloc.get("proposal_p99_ms"), (alloc.get("proposal_p99_ms") or 0) < 5), f'p99 {alloc.get("proposal_p99_ms")} ms, p50 {alloc.get("proposal_p50_ms")} ms over {alloc.get("runs")} proposals (strategy alone: p99 {alloc.get("strategy_p99_ms")} ms, p50 {alloc.get("strategy_p50_ms")} ms)'),
    ("Distributor resident memory < 400 MiB under load", verdict(rss.get("max"), (rss.get("max") or 0) < 400), f'max {rss.get("max")} MiB ({java_opts})'),
]
r["targets"] = [{"target": t, "verdict": v, "figures": d} for t, v, d in targets]
json.dump(r, open(out + ".json", "w"), indent=2)
c = r["checkout"]
md = [f"# Benchmark {stamp}", "",
      f"Machine: {cores} cores; load average before {load_before}, after {load_after} (above {cores} = shared CPU, figures not comparable with a quiet machine).",
      f'CPU reference (openssl sha256, 1 kB blocks, one core) before / after: {f.get("cpu_reference_sha256_mb_s")} MB/s.',
      f"Settings: {clients} clients, {duration} s per run, {repeats} runs (medians quoted), JVM {java_opts}.", "",
      "| figure | median | runs |", "|---|---|---|",
      f'| web ceiling (liveness, wrk) req/s | {r["web_ceiling_rps"]["median"]} | {f.get("web_ceiling_rps_runs")} |',
      f'| dashboard (1,000 offerings, wrk) req/s | {r["dashboard_rps"]["median"]} | {f.get("dashboard_rps_runs")} |']
for m in ("hot", "spread"):
    md += [f'| database ceiling {m}, checkouts/s (pgbench) | {r["db_ceiling_checkouts_per_s"][m]["median"]} | {r["db_ceiling_checkouts_per_s"][m]["runs"]} |',
           f'| HTTP checkout {m}, checkouts/s | {c[m]["per_s"]["median"]} | {c[m]["per_s"]["runs"]} |',
           f'| HTTP checkout {m}, POST p50/p95/p99 ms | {c[m]["p50_ms"]["median"]} / {c[m]["p95_ms"]["median"]} / {c[m]["p99_ms"]["median"]} | failed requests {c[m]["failed_requests"]["runs"]} |',
           f'| HTTP checkout {m}, checkouts/s (wrk + Lua) | {r["checkout_wrk"][m]["per_s"]["median"]} | {r["checkout_wrk"][m]["per_s"]["runs"]}; counted {r["checkout_wrk"][m]["counted"]["runs"]}, orders in the database {r["checkout_wrk"][m]["orders_in_db"]["runs"]}, failed {r["checkout_wrk"][m]["failed"]["runs"]} |']
md += [f'| checkout generator the targets use | {generator} | Gatling / wrk ratios hot {r["ratios"]["gatling"]["hot"]} / {r["ratios"]["wrk"]["hot"]}, spread {r["ratios"]["gatling"]["spread"]} / {r["ratios"]["wrk"]["spread"]} |']
md += [f'| checkout at 70% of spread peak | {a70} | |', f'| checkout-to-acknowledgement at that rate | {ack} | |',
       f'| full pull (first / median / unchanged) | {pull.get("offerings_per_s_first")} / {pull.get("offerings_per_s_median")} / {pull.get("offerings_per_s_unchanged")} offerings/s | {pull.get("durations_ms")} ms |',
       f'| distributor RSS MiB | max {rss.get("max")} | last {rss.get("last")} |',
       f'| proposal time, 1,000 manufacturers, p50 / p99 / max ms (strategy alone) | {alloc.get("proposal_p50_ms")} / {alloc.get("proposal_p99_ms")} / {alloc.get("proposal_max_ms")} ({alloc.get("strategy_p50_ms")} / {alloc.get("strategy_p99_ms")} / {alloc.get("strategy_max_ms")}) | {alloc.get("runs")} proposals after {alloc.get("warmup")} |', "",
       f'Invariants: {inv} -> {violations} violations.', "", "| target | verdict | figures |", "|---|---|---|"]
md += [f"| {t} | {v} | {d} |" for t, v, d in targets]
if cpu_by_run:
    md += ["", f"CPU during the runs: share of the whole machine ({cores} cores), medians of each run's repeats; the load generator is the run's command with its children. Load generator's largest share: {generator_max}%{' (above 15%: it took CPU from what it measured)' if (generator_max or 0) > 15 else ''}.", "",
           "| run | wall s | machine busy % | distributor % | manufacturer % | PostgreSQL % | RabbitMQ % | load generator % |", "|---|---|---|---|---|---|---|---|"]
    md += [f"| {name} | " + " | ".join(str(r["cpu_during_runs"]["medians_by_run"][name][key]) for key in cpu_keys) + " |" for name in cpu_by_run]
    md += ["", f"Checkout generators' share of the machine (medians): Gatling hot {generator_share['gatling_hot']}%, spread {generator_share['gatling_spread']}%; wrk hot {generator_share['wrk_hot']}%, spread {generator_share['wrk_spread']}%. CPU ms per checkout: Gatling hot {generator_ms['gatling_hot']}, spread {generator_ms['gatling_spread']}; wrk hot {generator_ms['wrk_hot']}, spread {generator_ms['wrk_spread']}. The targets use {generator}'s figures (wrk's when Gatling's share is above 15%)."]
if any(cost.get("distributor") for cost in checkout_cost.values()):
    md += ["", "Where a checkout's CPU goes (wrk runs; CPU ms per checkout, medians). \"Without the distributor\": checkouts/s if the distributor took no CPU and the rest kept its cost per checkout, and that over the database ceiling: the most the checkout's ratio can reach on this machine.", "",
           "| checkout | distributor | manufacturer | PostgreSQL (every database) | RabbitMQ | database transactions | PostgreSQL in the database ceiling | without the distributor, /s (ratio) |", "|---|---|---|---|---|---|---|---|"]
    md += [f'| {m} | {cost["distributor"]} | {cost["manufacturer"]} | {cost["postgres"]} | {cost["rabbitmq"]} | {cost["db_transactions_per_checkout"]} | {cost["db_ceiling_postgres"]} | {cost["per_s_without_the_distributor"]} ({cost["ratio_without_the_distributor"]}) |' for m, cost in checkout_cost.items()]
    for m, cost in checkout_cost.items():
        if cost.get("rows_written_per_checkout"):
            md += ["", f"Rows written per {m} checkout, by table (inserted, updated or deleted; wrk runs, medians): " + ", ".join(f"{table} {rows}" for table, rows in cost["rows_written_per_checkout"].items()) + "."]
open(out + ".md", "w").write("\n".join(md) + "\n")
print("\n".join(md))
PY
say "Written benchmarks/results/$STAMP.json and .md (run files in $RUN)"
