#!/usr/bin/env bash
# Central Distribution scaled out on one machine: N distributor instances (customer-web)
# behind nginx, the four simulated manufacturers (three of our contract and the shop
# vandelay, reached over HTTP by the shop adapter), all on the PostgreSQL and RabbitMQ of
# this machine (a database and a vhost of their own, never CI's `test` and `/`).
#
#   scripts/cluster.sh up [N]        build if needed, start N instances (default 2), the
#                                    manufacturers and nginx; wait until healthy
#   scripts/cluster.sh down          stop everything (TERM, then KILL after STOP_TIMEOUT)
#   scripts/cluster.sh status        each process up/down, its health and URL
#   scripts/cluster.sh kill  <which> kill -9 one process (failover drills)
#   scripts/cluster.sh stop  <which> stop one process gracefully
#   scripts/cluster.sh start <which> start one process again and wait until healthy
#     <which>: a distributor instance number (1..N), acme, globex, initech, vandelay or nginx
#
# Settings (environment; `up` saves them in $CLUSTER_RUN_DIR/cluster.env and the other
# commands read them from there):
#   CLUSTER_RUN_DIR=run/cluster        logs, pid files, nginx configuration
#   CLUSTER_INSTANCES=2                N (the argument of `up` wins)
#   NGINX_PORT=8000                    the shop, through nginx
#   DISTRIBUTOR_BASE_PORT=8080         instance i listens on base + 10*(i-1): 8080, 8090, ...
#   MANUFACTURER_BASE_PORT=8081        acme, globex, initech on base, base+1, base+2; the
#                                      shop vandelay on base+5 (8086, its preset's port)
#   CLUSTER_DB=central_distribution    PostgreSQL database (created if missing)
#   CLUSTER_VHOST=central-distribution RabbitMQ vhost (created if missing)
#   PGHOST_ADDR=127.0.0.1 PG_PORT=5432 RABBIT_PORT=5672 (user postgres, guest/guest)
#   STOP_TIMEOUT=30                    seconds between TERM and KILL
#   START_TIMEOUT=240                  seconds a process may take to become healthy
#   CLUSTER_JAVA_OPTS="-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k"
#                                      JVM options of every application (docs/benchmarks.md
#                                      says why; glibc malloc arenas: MALLOC_ARENA_MAX, 2)
#   PRESENCE_SECRET                    the secret the manufacturers sign their presence
#                                      messages with and the instances check (also read from
#                                      DISTRIBUTOR_PRESENCE_SECRET); `up` makes a random one
#                                      when none is given
#   DISTRIBUTOR_OPERATOR_EMAIL, DISTRIBUTOR_OPERATOR_PASSWORD
#                                      the operator account (console, metrics); both or
#                                      neither: without them `up` uses operator@localhost
#                                      and a random password, and prints them
#
# Files (predictable paths for drills): $CLUSTER_RUN_DIR/distributor-<i>.pid,
# <code>.pid, nginx.pid; logs/distributor-<i>.log, logs/<code>.log, logs/access.log,
# logs/error.log (nginx); nginx/ holds nginx.conf, upstreams.conf and listen.conf.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source .ci/services.sh

RUN_DIR=${CLUSTER_RUN_DIR:-run/cluster}
[[ $RUN_DIR = /* ]] || RUN_DIR="$ROOT/$RUN_DIR"
SETTINGS_FILE="$RUN_DIR/cluster.env"
MANUFACTURER_CODES=(acme globex initech vandelay)
# Each one's port is MANUFACTURER_BASE_PORT plus its offset: the shop keeps clear of 8084
# and 8085, where scripts/manufacturer.sh starts manufacturers of one's own.
MANUFACTURER_PORT_OFFSETS=(0 1 2 5)

load_settings() {
  INSTANCES=${CLUSTER_INSTANCES:-2}
  NGINX_PORT=${NGINX_PORT:-8000}
  DISTRIBUTOR_BASE_PORT=${DISTRIBUTOR_BASE_PORT:-8080}
  MANUFACTURER_BASE_PORT=${MANUFACTURER_BASE_PORT:-8081}
  CLUSTER_DB=${CLUSTER_DB:-central_distribution}
  CLUSTER_VHOST=${CLUSTER_VHOST:-central-distribution}
  PG_PORT=${PG_PORT:-5432}
  STOP_TIMEOUT=${STOP_TIMEOUT:-30}
  START_TIMEOUT=${START_TIMEOUT:-240}
  CLUSTER_JAVA_OPTS=${CLUSTER_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k}
  PRESENCE_SECRET=${PRESENCE_SECRET:-${DISTRIBUTOR_PRESENCE_SECRET:-}}
  OPERATOR_EMAIL=${DISTRIBUTOR_OPERATOR_EMAIL:-}
  OPERATOR_PASSWORD=${DISTRIBUTOR_OPERATOR_PASSWORD:-}
  OPERATOR_PASSWORD_GENERATED=
}

# The operator account: the one given in the environment, or operator@localhost with a
# random password (saved in cluster.env with the other settings, so that every instance,
# and an instance started again later, has the same one).
choose_operator() {
  if [ -n "$OPERATOR_EMAIL" ] && [ -n "$OPERATOR_PASSWORD" ]; then return; fi
  if [ -n "$OPERATOR_EMAIL" ] || [ -n "$OPERATOR_PASSWORD" ]; then
    echo "Set both DISTRIBUTOR_OPERATOR_EMAIL and DISTRIBUTOR_OPERATOR_PASSWORD, or neither." >&2
    exit 2
  fi
  OPERATOR_EMAIL=operator@localhost
  OPERATOR_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  OPERATOR_PASSWORD_GENERATED=yes
}

save_settings() {
  mkdir -p "$RUN_DIR"
  # One presence secret for every process of the cluster, kept for the commands after `up`.
  [ -n "$PRESENCE_SECRET" ] || PRESENCE_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  (
    umask 077
    for name in INSTANCES NGINX_PORT DISTRIBUTOR_BASE_PORT MANUFACTURER_BASE_PORT CLUSTER_DB \
      CLUSTER_VHOST PGHOST_ADDR PG_PORT RABBIT_PORT STOP_TIMEOUT START_TIMEOUT CLUSTER_JAVA_OPTS \
      PRESENCE_SECRET OPERATOR_EMAIL OPERATOR_PASSWORD; do
      printf '%s=%q\n' "$name" "${!name}"
    done >"$SETTINGS_FILE"
  )
}

# The commands after `up` act on the cluster `up` started, whatever the environment says now.
load_saved_settings() {
  if [ -f "$SETTINGS_FILE" ]; then
    # shellcheck disable=SC1090
    source "$SETTINGS_FILE"
  fi
}

distributor_port() { echo $((DISTRIBUTOR_BASE_PORT + 10 * ($1 - 1))); }

manufacturer_port() {
  local i
  for i in "${!MANUFACTURER_CODES[@]}"; do
    if [ "${MANUFACTURER_CODES[$i]}" = "$1" ]; then echo $((MANUFACTURER_BASE_PORT + MANUFACTURER_PORT_OFFSETS[i])); return; fi
  done
  return 1
}

pid_file() { echo "$RUN_DIR/$1.pid"; }

running_pid() {
  local file pid
  file=$(pid_file "$1")
  [ -f "$file" ] || return 1
  pid=$(cat "$file" 2>/dev/null) || return 1
  [ -n "$pid" ] && alive "$pid" && echo "$pid"
}

# Alive and not a zombie (a killed process stays one until its parent, init here, reaps it).
alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [[ $state != Z* ]]
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

nginx_binary() { command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; }; }

ensure_nginx() {
  if [ -z "$(nginx_binary)" ]; then
    echo "nginx is not installed; installing it with apt-get (Debian package nginx)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null 2>&1 ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
  fi
  [ -n "$(nginx_binary)" ] || { echo "FAILED: nginx could not be installed" >&2; exit 1; }
}

# The runnable jar of a module (not the -plain one), or nothing.
boot_jar() {
  local jar
  for jar in "$ROOT/$1/target/$1"-*.jar; do
    [ -f "$jar" ] && [[ $jar != *-plain.jar ]] && { echo "$jar"; return; }
  done
}

ensure_jars() {
  if [ -z "$(boot_jar customer-web)" ] || [ -z "$(boot_jar manufacturer-sim)" ]; then
    echo "Building the jars (tests skipped; ./mvnw verify runs them)..."
    ./mvnw -B -q -ntp -DskipTests package -pl customer-web,manufacturer-sim -am
  fi
  DISTRIBUTOR_JAR=$(boot_jar customer-web)
  MANUFACTURER_JAR=$(boot_jar manufacturer-sim)
}

ensure_database() {
  local exists
  exists=$(psql -h "$PGHOST_ADDR" -p "$PG_PORT" -U postgres -d postgres -tAc \
    "select 1 from pg_database where datname = '$CLUSTER_DB'")
  if [ "$exists" != 1 ]; then
    echo "Creating database $CLUSTER_DB"
    createdb -h "$PGHOST_ADDR" -p "$PG_PORT" -U postgres "$CLUSTER_DB"
  fi
}

ensure_vhost() {
  if ! command -v rabbitmqctl >/dev/null; then
    echo "rabbitmqctl not found: assuming vhost $CLUSTER_VHOST exists and guest may use it"
    return
  fi
  if ! rabbitmqctl -q list_vhosts name 2>/dev/null | grep -qxF "$CLUSTER_VHOST"; then
    echo "Creating RabbitMQ vhost $CLUSTER_VHOST"
    rabbitmqctl -q add_vhost "$CLUSTER_VHOST" >/dev/null
  fi
  rabbitmqctl -q set_permissions -p "$CLUSTER_VHOST" guest '.*' '.*' '.*' >/dev/null
}

# Settings both applications read, as environment variables (the same names
# docker-compose.yml uses, so a cluster run also proves those names bind).
common_environment() {
  echo SPRING_PROFILES_ACTIVE=postgres,rabbitmq
  echo SERVER_ADDRESS=127.0.0.1
  echo SPRING_RABBITMQ_HOST=127.0.0.1
  echo SPRING_RABBITMQ_PORT="$RABBIT_PORT"
  echo SPRING_RABBITMQ_VIRTUAL_HOST="$CLUSTER_VHOST"
}

jdbc_url() { echo "jdbc:postgresql://$PGHOST_ADDR:$PG_PORT/$CLUSTER_DB?currentSchema=$1"; }

# The distributor's manufacturer list (distributor.manufacturers in distributor.yaml) names
# 127.0.0.1:8081-8083 and 8086. With other ports the whole list is given again: a list set
# in the environment replaces the one from the files, it does not merge with it.
manufacturer_list_environment() {
  [ "$MANUFACTURER_BASE_PORT" = 8081 ] && return
  local names=("Acme Tools" "Globex Hardware" "Initech Supplies" "Vandelay Industries")
  local latitudes=(45.7640 53.5511 45.4642 51.9244) longitudes=(4.8357 9.9937 9.1900 4.4777)
  local adapters=(native native native shop) i code
  for i in "${!MANUFACTURER_CODES[@]}"; do
    code=${MANUFACTURER_CODES[$i]}
    echo "DISTRIBUTOR_MANUFACTURERS_${i}_CODE=$code"
    echo "DISTRIBUTOR_MANUFACTURERS_${i}_NAME=${names[$i]}"
    echo "DISTRIBUTOR_MANUFACTURERS_${i}_BASE_URL=http://127.0.0.1:$(manufacturer_port "$code")"
    echo "DISTRIBUTOR_MANUFACTURERS_${i}_LOCATION_LATITUDE=${latitudes[$i]}"
    echo "DISTRIBUTOR_MANUFACTURERS_${i}_LOCATION_LONGITUDE=${longitudes[$i]}"
    echo "DISTRIBUTOR_MANUFACTURERS_${i}_ADAPTER=${adapters[$i]}"
  done
}

# Starts `java -jar` in its own session (so it outlives this script and the terminal),
# with the given environment; the pid file holds the java process id.
launch_java() {
  local name=$1 jar=$2 env_file=$3
  shift 3
  local log="$RUN_DIR/logs/$name.log"
  echo "--- started $(date -Is)" >>"$log"
  # shellcheck disable=SC2016
  setsid bash -c 'pid_file=$1; env_file=$2; jar=$3; shift 3
    echo $$ >"$pid_file"
    set -a; source "$env_file"; set +a
    export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
    exec java $CLUSTER_JAVA_OPTS -jar "$jar" "$@"' \
    launch "$(pid_file "$name")" "$env_file" "$jar" "$@" </dev/null >>"$log" 2>&1 &
  for _ in $(seq 1 50); do [ -s "$(pid_file "$name")" ] && return; sleep 0.1; done
}

write_env_file() {
  local file=$1
  shift
  # The files hold the presence secret: readable by this user only.
  (umask 077 && : >"$file")
  local line
  for line in "$@"; do printf '%s=%q\n' "${line%%=*}" "${line#*=}" >>"$file"; done
  printf 'CLUSTER_JAVA_OPTS=%q\n' "$CLUSTER_JAVA_OPTS" >>"$file"
}

start_distributor() {
  local i=$1 port lines
  port=$(distributor_port "$i")
  mapfile -t lines < <(common_environment; manufacturer_list_environment
    echo SERVER_PORT="$port"
    echo SPRING_DATASOURCE_URL="$(jdbc_url distributor)"
    echo DISTRIBUTOR_PRESENCE_SECRET="$PRESENCE_SECRET"
    echo DISTRIBUTOR_OPERATOR_EMAIL="$OPERATOR_EMAIL"
    echo DISTRIBUTOR_OPERATOR_PASSWORD="$OPERATOR_PASSWORD"
    # nginx reaches the instances from 127.0.0.1, where they alone listen: believe its
    # X-Forwarded-For (the client's address, which sign-in throttling counts by).
    echo DISTRIBUTOR_SECURITY_TRUSTEDPROXIES=127.0.0.1/32)
  write_env_file "$RUN_DIR/env/distributor-$i.env" "${lines[@]}"
  chmod 600 "$RUN_DIR/env/distributor-$i.env"
  launch_java "distributor-$i" "$DISTRIBUTOR_JAR" "$RUN_DIR/env/distributor-$i.env"
}

start_manufacturer() {
  local code=$1 lines
  mapfile -t lines < <(common_environment
    echo MANUFACTURER_PRESET="$code"
    echo SERVER_PORT="$(manufacturer_port "$code")"
    echo SPRING_DATASOURCE_URL="$(jdbc_url "manufacturer_$code")"
    echo MANUFACTURER_PRESENCE_SECRET="$PRESENCE_SECRET")
  write_env_file "$RUN_DIR/env/$code.env" "${lines[@]}"
  # The working directory is the run dir: nothing an application writes lands in the repository.
  (cd "$RUN_DIR" && launch_java "$code" "$MANUFACTURER_JAR" "$RUN_DIR/env/$code.env")
}

write_nginx_config() {
  mkdir -p "$RUN_DIR/nginx" "$RUN_DIR/tmp"
  cp load-balancer/nginx.conf "$RUN_DIR/nginx/nginx.conf"
  echo "listen 127.0.0.1:$NGINX_PORT;" >"$RUN_DIR/nginx/listen.conf"
  {
    echo "# Written by scripts/cluster.sh: $INSTANCES distributor instances."
    echo "upstream distributors {"
    echo "    zone distributors 64k;"
    local i
    for i in $(seq 1 "$INSTANCES"); do
      echo "    server 127.0.0.1:$(distributor_port "$i") max_fails=2 fail_timeout=10s;"
    done
    echo "    keepalive 32;"
    echo "    keepalive_timeout 20s;"
    echo "}"
  } >"$RUN_DIR/nginx/upstreams.conf"
}

nginx_command() {
  "$(nginx_binary)" -p "$RUN_DIR/" -c "$RUN_DIR/nginx/nginx.conf" -e "$RUN_DIR/logs/error.log" "$@"
}

start_nginx() {
  write_nginx_config
  nginx_command -t -q
  nginx_command
}

health_url() {
  case $1 in
    nginx) echo "http://127.0.0.1:$NGINX_PORT/actuator/health/readiness" ;;
    distributor-*) echo "http://127.0.0.1:$(distributor_port "${1#distributor-}")/actuator/health/readiness" ;;
    *) echo "http://127.0.0.1:$(manufacturer_port "$1")/actuator/health/readiness" ;;
  esac
}

public_url() {
  case $1 in
    nginx) echo "http://127.0.0.1:$NGINX_PORT/" ;;
    distributor-*) echo "http://127.0.0.1:$(distributor_port "${1#distributor-}")/" ;;
    vandelay) echo "http://127.0.0.1:$(manufacturer_port "$1")/shop/v1/products" ;;
    *) echo "http://127.0.0.1:$(manufacturer_port "$1")/api/offerings" ;;
  esac
}

wait_healthy() {
  local name deadline=$((SECONDS + START_TIMEOUT))
  for name in "$@"; do
    until curl -fsS -m 2 -o /dev/null "$(health_url "$name")" 2>/dev/null; do
      if ! running_pid "$name" >/dev/null; then
        echo "FAILED: $name exited while starting; last lines of $RUN_DIR/logs/$name.log:" >&2
        tail -20 "$RUN_DIR/logs/$name.log" >&2
        return 1
      fi
      if [ "$SECONDS" -ge "$deadline" ]; then
        echo "FAILED: $name not healthy after ${START_TIMEOUT}s; see $RUN_DIR/logs/$name.log" >&2
        return 1
      fi
      sleep 1
    done
    echo "  $name healthy ($(health_url "$name"))"
  done
}

all_names() {
  local i
  echo nginx
  for i in $(seq 1 "$INSTANCES"); do echo "distributor-$i"; done
  printf '%s\n' "${MANUFACTURER_CODES[@]}"
}

# Names a drill may use: 1..N, a manufacturer code, nginx.
resolve_name() {
  case ${1:-} in
    nginx | acme | globex | initech | vandelay) echo "$1" ;;
    '' | *[!0-9]*) echo "Unknown process '${1:-}': use 1..$INSTANCES, acme, globex, initech, vandelay or nginx" >&2; exit 2 ;;
    *)
      if [ "$1" -lt 1 ] || [ "$1" -gt "$INSTANCES" ]; then
        echo "No distributor instance $1: this cluster has 1..$INSTANCES" >&2
        exit 2
      fi
      echo "distributor-$1"
      ;;
  esac
}

start_one() {
  case $1 in
    nginx) start_nginx ;;
    distributor-*) start_distributor "${1#distributor-}" ;;
    *) start_manufacturer "$1" ;;
  esac
}

# TERM (QUIT for nginx: finish the requests in flight) to every process given, then wait
# up to STOP_TIMEOUT for all of them together before KILL.
stop_processes() {
  local name pid deadline=$((SECONDS + STOP_TIMEOUT)) waiting
  for name in "$@"; do
    pid=$(running_pid "$name") || continue
    if [ "$name" = nginx ]; then kill -QUIT "$pid"; else kill -TERM "$pid"; fi
  done
  while :; do
    waiting=()
    for name in "$@"; do running_pid "$name" >/dev/null && waiting+=("$name"); done
    [ ${#waiting[@]} -eq 0 ] && break
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Still running after ${STOP_TIMEOUT}s, killing: ${waiting[*]}"
      for name in "${waiting[@]}"; do kill -KILL "$(running_pid "$name")" 2>/dev/null || true; done
      sleep 0.5
      break
    fi
    sleep 0.5
  done
  for name in "$@"; do running_pid "$name" >/dev/null || rm -f "$(pid_file "$name")"; done
}

cmd_up() {
  INSTANCES=${1:-$INSTANCES}
  [[ $INSTANCES =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive number, not '$INSTANCES'" >&2; exit 2; }
  refuse_if_running
  local ports=("$NGINX_PORT") i code
  for i in $(seq 1 "$INSTANCES"); do ports+=("$(distributor_port "$i")"); done
  for code in "${MANUFACTURER_CODES[@]}"; do ports+=("$(manufacturer_port "$code")"); done
  for i in "${ports[@]}"; do
    if port_in_use "$i"; then echo "Port $i is already in use: choose other ports (see the header of $0)." >&2; exit 1; fi
  done

  ensure_nginx
  ensure_jars
  ensure_postgres
  ensure_rabbitmq
  ensure_database
  ensure_vhost
  choose_operator
  mkdir -p "$RUN_DIR/logs" "$RUN_DIR/env"
  save_settings

  echo "Starting $INSTANCES distributor instance(s) and the manufacturers (database $CLUSTER_DB, vhost $CLUSTER_VHOST)..."
  for code in "${MANUFACTURER_CODES[@]}"; do start_manufacturer "$code"; done
  for i in $(seq 1 "$INSTANCES"); do start_distributor "$i"; done
  local apps=()
  for code in "${MANUFACTURER_CODES[@]}"; do apps+=("$code"); done
  for i in $(seq 1 "$INSTANCES"); do apps+=("distributor-$i"); done
  if ! wait_healthy "${apps[@]}"; then
    echo "Stopping what was started." >&2
    stop_processes "${apps[@]}"
    exit 1
  fi
  start_nginx
  wait_healthy nginx
  cat <<MSG

Central Distribution is running: $INSTANCES distributor instance(s) behind nginx.
  Web shop:  http://127.0.0.1:$NGINX_PORT/
  Operator:  $OPERATOR_EMAIL / $(operator_password_shown)  (console http://127.0.0.1:$NGINX_PORT/admin)
  Metrics:   curl -u "$OPERATOR_EMAIL:..." http://127.0.0.1:$(distributor_port 1)/actuator/prometheus (each instance)
  Status:    scripts/cluster.sh status      Stop: scripts/cluster.sh down
  Logs:      $RUN_DIR/logs/
MSG
}

# A password the script made up is shown once; one given in the environment never is.
operator_password_shown() {
  if [ -n "$OPERATOR_PASSWORD_GENERATED" ]; then
    echo "$OPERATOR_PASSWORD"
  else
    echo "(DISTRIBUTOR_OPERATOR_PASSWORD)"
  fi
}

# Refuses to start over a run dir whose processes still run, perhaps with other
# settings (their pid files would be overwritten).
refuse_if_running() {
  [ -f "$SETTINGS_FILE" ] || return 0
  (
    load_saved_settings
    for name in $(all_names); do
      if running_pid "$name" >/dev/null; then
        echo "Already running from $RUN_DIR: $name. Run 'scripts/cluster.sh down' first." >&2
        exit 1
      fi
    done
  )
}

cmd_down() {
  load_saved_settings
  local names=()
  mapfile -t names < <(all_names)
  echo "Stopping nginx, then the distributor instances, then the manufacturers..."
  stop_processes nginx
  stop_processes "${names[@]:1:$INSTANCES}"
  stop_processes "${MANUFACTURER_CODES[@]}"
  echo "Stopped. Logs stay in $RUN_DIR/logs/."
}

cmd_status() {
  load_saved_settings
  local name pid state health code
  printf '%-15s %-8s %-8s %-10s %s\n' PROCESS STATE PID HEALTH URL
  for name in $(all_names); do
    if pid=$(running_pid "$name"); then state=up; else state=down pid=-; fi
    code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$(health_url "$name")" 2>/dev/null) || true
    case $code in
      200) health=UP ;;
      503) health=DOWN ;;
      000 | '') health=- ;;
      *) health="HTTP $code" ;;
    esac
    printf '%-15s %-8s %-8s %-10s %s\n' "$name" "$state" "$pid" "$health" "$(public_url "$name")"
  done
}

cmd_kill() {
  load_saved_settings
  local name pid
  name=$(resolve_name "${1:-}")
  if pid=$(running_pid "$name"); then
    kill -KILL "$pid"
    for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
    echo "Killed $name (pid $pid)"
  else
    echo "$name is not running"
  fi
}

cmd_stop() {
  load_saved_settings
  local name
  name=$(resolve_name "${1:-}")
  stop_processes "$name"
  echo "Stopped $name"
}

cmd_start() {
  load_saved_settings
  local name
  name=$(resolve_name "${1:-}")
  if running_pid "$name" >/dev/null; then echo "$name is already running"; return; fi
  [ "$name" = nginx ] || ensure_jars
  start_one "$name"
  wait_healthy "$name"
}

load_settings
command=${1:-}
shift || true
case $command in
  up) cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  kill) cmd_kill "$@" ;;
  stop) cmd_stop "$@" ;;
  start) cmd_start "$@" ;;
  *) sed -n '2,38p' "$0"; [ -z "$command" ] || [ "$command" = help ] || [ "$command" = -h ] || exit 2 ;;
esac
