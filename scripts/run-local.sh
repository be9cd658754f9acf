#!/usr/bin/env bash
# Runs Central Distribution on the embedded defaults: the distributor (H2 + in-process
# AMQP broker) and the four simulated manufacturers (three of our contract, one shop with
# an API of its own), all started at once. Builds the
# jars first when a source is newer than them. Ctrl-C stops everything.
# Needs: a JDK 17 or newer (java; javac too when it builds) and curl.
#
#   scripts/run-local.sh            build if a source changed, then run
#   scripts/run-local.sh --build    build even if the jars look up to date
#   scripts/run-local.sh --no-build run the jars already built
#   scripts/run-local.sh --fresh    also forget the data of earlier runs
#
# Environment: DISTRIBUTOR_OPERATOR_EMAIL / _PASSWORD (default operator@localhost and a
# random password, printed at start), DISTRIBUTOR_PRESENCE_SECRET and
# MANUFACTURER_PRESENCE_SECRET (default: one random value shared by every process),
# RUN_LOCAL_JAVA_OPTS (JVM options of every process, default as scripts/cluster.sh: the
# serial collector, a 256 MiB heap, bounded metaspace and code cache; docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RUN_DIR=${RUN_DIR:-run/local}
DISTRIBUTOR_PORT=${DISTRIBUTOR_PORT:-8080}
# code:port; vandelay is a shop (its preset sets manufacturer.api=shop, no messaging) that
# the distributor reaches through its shop adapter (distributor.yaml: adapter: shop).
MANUFACTURERS=(acme:8081 globex:8082 initech:8083 vandelay:8086)
JAVA_OPTS=${RUN_LOCAL_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
BUILD=auto
for arg in "$@"; do
  case "$arg" in
    --fresh) rm -rf "$RUN_DIR" ;;
    --build) BUILD=yes ;;
    --no-build) BUILD=no ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

# What it needs, checked before anything starts.
need() { echo "run-local.sh needs $1." >&2; exit 1; }
command -v java >/dev/null || need "Java 17 or newer (java on the PATH); e.g. apt-get install openjdk-17-jdk"
command -v curl >/dev/null || need "curl, to wait for the processes to answer; e.g. apt-get install curl"
JAVA_VERSION=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${JAVA_VERSION%%.*}" -lt 17 ] 2>/dev/null || [ -z "$JAVA_VERSION" ]; then
  need "Java 17 or newer; java on the PATH is ${JAVA_VERSION:-unknown}"
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$DISTRIBUTOR_PORT" 5673 8081 8082 8083 8086; do
  if port_in_use "$port"; then
    echo "Port $port is already in use: stop whatever runs there first (another run-local?)." >&2
    exit 1
  fi
done

runnable_jar() { ls "$1"/target/"$1"-*.jar 2>/dev/null | grep -v -- '-plain' | head -1; }
# A build is needed when a jar is missing or any source or pom is newer than the older jar.
jars_out_of_date() {
  local distributor manufacturer oldest
  distributor=$(runnable_jar customer-web)
  manufacturer=$(runnable_jar manufacturer-sim)
  [ -n "$distributor" ] && [ -n "$manufacturer" ] || return 0
  oldest=$distributor
  [ "$manufacturer" -ot "$oldest" ] && oldest=$manufacturer
  [ -n "$(find pom.xml contracts distributor customer-web manufacturer-sim \
      \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$oldest" -print -quit)" ]
}
if [ "$BUILD" = yes ] || { [ "$BUILD" = auto ] && jars_out_of_date; }; then
  command -v javac >/dev/null || need "a JDK (javac) to build the jars; a JRE can only run them (--no-build)"
  echo "Building (tests skipped; ./mvnw verify runs them)..."
  ./mvnw -B -q -ntp -DskipTests package -pl customer-web,manufacturer-sim -am
fi
DISTRIBUTOR_JAR=$ROOT/$(runnable_jar customer-web)
MANUFACTURER_JAR=$ROOT/$(runnable_jar manufacturer-sim)
[ -f "$DISTRIBUTOR_JAR" ] && [ -f "$MANUFACTURER_JAR" ] || need "the jars; run without --no-build"

# The operator's account and the presence secret shared by every process started here.
random_secret() { head -c 24 /dev/urandom | base64 | tr -d '/+=\n'; }
export DISTRIBUTOR_OPERATOR_EMAIL=${DISTRIBUTOR_OPERATOR_EMAIL:-operator@localhost}
export DISTRIBUTOR_OPERATOR_PASSWORD=${DISTRIBUTOR_OPERATOR_PASSWORD:-$(random_secret)}
PRESENCE_SECRET=${DISTRIBUTOR_PRESENCE_SECRET:-${MANUFACTURER_PRESENCE_SECRET:-$(random_secret)}}
export DISTRIBUTOR_PRESENCE_SECRET=${DISTRIBUTOR_PRESENCE_SECRET:-$PRESENCE_SECRET}
export MANUFACTURER_PRESENCE_SECRET=${MANUFACTURER_PRESENCE_SECRET:-$PRESENCE_SECRET}
echo "Operator account: $DISTRIBUTOR_OPERATOR_EMAIL / $DISTRIBUTOR_OPERATOR_PASSWORD"

mkdir -p "$RUN_DIR/logs" "$RUN_DIR/data"
# scripts/manufacturer.sh reads the secret from here, so that a manufacturer started by hand
# joins this run.
(umask 077 && printf '%s' "$MANUFACTURER_PRESENCE_SECRET" > "$RUN_DIR/presence.secret")
PIDS=()
declare -A STARTED
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Stopped."
}
trap stop_all INT TERM EXIT

# Every process runs in the run directory: the distributor keeps its H2 file and its
# broker's store under data/ there (distributor.yaml's defaults), each manufacturer its
# own H2 file.
echo "Starting the distributor (H2 + embedded AMQP broker on 127.0.0.1:5673) and the manufacturers..."
(cd "$RUN_DIR" && exec java $JAVA_OPTS -jar "$DISTRIBUTOR_JAR" --server.port="$DISTRIBUTOR_PORT") \
  >"$RUN_DIR/logs/distributor.log" 2>&1 &
PIDS+=("$!")
STARTED[distributor]=$!
# A manufacturer started before the broker answers connects once it does.
for entry in "${MANUFACTURERS[@]}"; do
  code=${entry%%:*}
  port=${entry##*:}
  (cd "$RUN_DIR" && exec java $JAVA_OPTS -jar "$MANUFACTURER_JAR" --manufacturer.preset="$code" --server.port="$port") \
    >"$RUN_DIR/logs/$code.log" 2>&1 &
  PIDS+=("$!")
  STARTED[$code]=$!
done

wait_for_health() {
  local name=$1 url=$2 pid=${STARTED[$1]}
  for _ in $(seq 1 360); do
    if curl -fs "$url" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited while starting; see $RUN_DIR/logs/$name.log" >&2
      tail -20 "$RUN_DIR/logs/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "$name did not become healthy in 180 s; see $RUN_DIR/logs/$name.log" >&2
  exit 1
}
# Readiness, not health: a manufacturer's health is DOWN until the broker answers.
for entry in "${MANUFACTURERS[@]}"; do
  wait_for_health "${entry%%:*}" "http://127.0.0.1:${entry##*:}/actuator/health/readiness"
done
wait_for_health distributor "http://127.0.0.1:$DISTRIBUTOR_PORT/actuator/health"

cat <<MSG

Central Distribution is running.
  Web shop:       http://127.0.0.1:$DISTRIBUTOR_PORT/ (offerings appear with the first pull, within seconds)
  Operator:       $DISTRIBUTOR_OPERATOR_EMAIL / $DISTRIBUTOR_OPERATOR_PASSWORD
  Manufacturers:  http://127.0.0.1:8081/api/offerings  :8082  :8083
  Shop:           http://127.0.0.1:8086/shop/v1/products  (vandelay, a shop: HTTP only)
  Data and logs:  $RUN_DIR/data/  $RUN_DIR/logs/
  Process ids:    distributor ${STARTED[distributor]}, acme ${STARTED[acme]}, globex ${STARTED[globex]}, initech ${STARTED[initech]},
                  vandelay ${STARTED[vandelay]}
                  (stop one manufacturer with kill <pid>; start it again with
                   scripts/manufacturer.sh <code>)
Press Ctrl-C to stop everything.
MSG
wait "${STARTED[distributor]}"
