#!/usr/bin/env bash
# Measures the first run as a new user meets it: the time from starting
# scripts/run-local.sh (jars already built, no data) until the dashboard of a customer
# who signed up shows offerings of all four manufacturers (the shop vandelay included;
# the README's figures were measured with three). Prints each run and the median. It
# uses run-local.sh's ports (8080-8083, 8086, 5673); on a shared machine run it in a
# network namespace of its own: unshare --net sh -c 'ip link set lo up; scripts/first-run-time.sh'
#
#   scripts/first-run-time.sh [runs]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
SHOP=http://127.0.0.1:${DISTRIBUTOR_PORT:-8080}
RUN_DIR=run/first-run
MANUFACTURER_NAMES=("Acme Tools" "Globex Hardware" "Initech Supplies" "Vandelay Industries")

# Signs a new customer up (which signs in) into the cookie jar; fails while the shop is down.
sign_up() {
  local jar=$1 csrf
  csrf=$(curl -fs -c "$jar" -b "$jar" "$SHOP/signup" | sed -n 's/.*name="_csrf" *value="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$csrf" ] || return 1
  curl -fs -o /dev/null -c "$jar" -b "$jar" -w '%{redirect_url}' "$SHOP/signup" \
    --data-urlencode "_csrf=$csrf" --data-urlencode "name=First Run" \
    --data-urlencode "email=first-run-$RANDOM$RANDOM@example.com" \
    --data-urlencode "password=first-Run-Passw0rd" --data-urlencode "passwordConfirmation=first-Run-Passw0rd" \
    | grep -q '/dashboard'
}

# True when the dashboard shows at least one offering of every manufacturer.
dashboard_shows_all() {
  local page
  page=$(curl -fs -b "$1" "$SHOP/dashboard") || return 1
  for name in "${MANUFACTURER_NAMES[@]}"; do
    grep -q "class=\"manufacturer\"[^>]*>$name<" <<<"$page" || return 1
  done
}

one_run() {
  local jar start now signed_up=no
  jar=$(mktemp)
  rm -rf "$RUN_DIR"
  start=$(date +%s%N)
  RUN_DIR=$RUN_DIR scripts/run-local.sh --no-build >/dev/null 2>&1 &
  local script=$!
  while kill -0 "$script" 2>/dev/null; do
    if [ "$signed_up" = no ] && sign_up "$jar"; then signed_up=yes; fi
    if [ "$signed_up" = yes ] && dashboard_shows_all "$jar"; then
      now=$(date +%s%N)
      kill -TERM "$script"; wait "$script" 2>/dev/null || true
      rm -f "$jar"
      echo $(((now - start) / 1000000))
      return 0
    fi
    sleep 0.2
  done
  echo "run-local.sh exited; see $RUN_DIR/logs/" >&2
  return 1
}

TIMES=()
for i in $(seq 1 "$RUNS"); do
  ms=$(one_run)
  TIMES+=("$ms")
  echo "run $i: $(awk "BEGIN { printf \"%.1f\", $ms / 1000 }") s"
  sleep 2
done
MEDIAN=$(printf '%s\n' "${TIMES[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }')
echo "median of $RUNS runs: $MEDIAN s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
