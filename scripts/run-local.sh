#!/usr/bin/env bash
# Runs Central Distribution on the embedded defaults: the distributor (H2 + in-process
# AMQP broker) and the three simulated manufacturers. Builds what is needed first.
# Ctrl-C stops everything.
#
#   scripts/run-local.sh            build if needed, then run
#   scripts/run-local.sh --fresh    also forget the data of earlier runs
#   scripts/run-local.sh --no-build run the jars already built
set -euo pipefail
cd "$(dirname "$0")/.."

RUN_DIR=${RUN_DIR:-run/local}
DISTRIBUTOR_PORT=${DISTRIBUTOR_PORT:-8080}
MANUFACTURERS=(acme:8081 globex:8082 initech:8083)
BUILD=yes
for arg in "$@"; do
  case "$arg" in
    --fresh) rm -rf "$RUN_DIR" ;;
    --no-build) BUILD=no ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg" >&2; exit 2 ;;
  esac
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$DISTRIBUTOR_PORT" 5673 8081 8082 8083; do
  if port_in_use "$port"; then
    echo "Port $port is already in use: stop whatever runs there first (another run-local?)." >&2
    exit 1
  fi
done

if [ "$BUILD" = yes ]; then
  echo "Building (tests skipped; ./mvnw verify runs them)..."
  ./mvnw -B -q -ntp -DskipTests package -pl customer-web,manufacturer-sim -am
fi
DISTRIBUTOR_JAR=$(ls customer-web/target/customer-web-*.jar | grep -v -- '-plain' | head -1)
MANUFACTURER_JAR=$(ls manufacturer-sim/target/manufacturer-sim-*.jar | grep -v -- '-plain' | head -1)

mkdir -p "$RUN_DIR/logs" "$RUN_DIR/data"
PIDS=()
declare -A MANUFACTURER_PIDS
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Stopped."
}
trap stop_all INT TERM EXIT

wait_for_health() {
  local name=$1 url=$2 pid=$3
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

echo "Starting the distributor (H2 + embedded AMQP broker on 127.0.0.1:5673)..."
java -jar "$DISTRIBUTOR_JAR" \
  --server.port="$DISTRIBUTOR_PORT" \
  --spring.datasource.url="jdbc:h2:file:./$RUN_DIR/data/distributor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000" \
  >"$RUN_DIR/logs/distributor.log" 2>&1 &
DISTRIBUTOR_PID=$!
PIDS+=("$DISTRIBUTOR_PID")
wait_for_health distributor "http://127.0.0.1:$DISTRIBUTOR_PORT/actuator/health" "$DISTRIBUTOR_PID"

for entry in "${MANUFACTURERS[@]}"; do
  code=${entry%%:*}
  port=${entry##*:}
  echo "Starting manufacturer $code on port $port..."
  (cd "$RUN_DIR" && exec java -jar "$OLDPWD/$MANUFACTURER_JAR" --manufacturer.preset="$code" --server.port="$port") \
    >"$RUN_DIR/logs/$code.log" 2>&1 &
  PIDS+=("$!")
  MANUFACTURER_PIDS[$code]=$!
done
for entry in "${MANUFACTURERS[@]}"; do
  code=${entry%%:*}
  port=${entry##*:}
  wait_for_health "$code" "http://127.0.0.1:$port/actuator/health" "${MANUFACTURER_PIDS[$code]}"
done

cat <<MSG

Central Distribution is running.
  Web shop:       http://127.0.0.1:$DISTRIBUTOR_PORT/
  Manufacturers:  http://127.0.0.1:8081/api/offerings  :8082  :8083
  Logs:           $RUN_DIR/logs/
  Process ids:    distributor $DISTRIBUTOR_PID, acme ${MANUFACTURER_PIDS[acme]}, globex ${MANUFACTURER_PIDS[globex]}, initech ${MANUFACTURER_PIDS[initech]}
                  (stop one manufacturer with kill <pid>; start it again with
                   scripts/manufacturer.sh <code>)
Press Ctrl-C to stop everything.
MSG
wait "$DISTRIBUTOR_PID"
