#!/usr/bin/env bash
# Starts one simulated manufacturer in the foreground, with the data directory that
# scripts/run-local.sh uses (RUN_DIR, default run/local; its H2 file database goes to
# $RUN_DIR/data/manufacturer-<code>):
#
#   scripts/manufacturer.sh acme [--setting=value ...]      a preset: acme, globex, initech
#   scripts/manufacturer.sh --code zenith --name "Zenith Works" --port 8084 [--location 48.14,11.58] [--setting=value ...]
#       a manufacturer of its own; its catalogue (products of the presets' families, its
#       own prices and stock) and, without --location, its location are generated from
#       the code, the same at every start. --name defaults to the code, --port to 8084.
#
# It announces itself to the running distributor (which registers it and pulls it from
# the next pull on) with the presence secret: MANUFACTURER_PRESENCE_SECRET, else
# DISTRIBUTOR_PRESENCE_SECRET, else the one scripts/run-local.sh keeps in
# $RUN_DIR/presence.secret. Ctrl-C stops it, and it says bye.
set -euo pipefail
cd "$(dirname "$0")/.."
usage() {
  sed -n '2,15p' "$0" >&2
  exit 2
}
[ $# -gt 0 ] || usage
RUN_DIR=${RUN_DIR:-run/local}
settings=()
case $1 in
  --code | --code=*)
    code='' name='' port=8084 location=''
    while [ $# -gt 0 ]; do
      case $1 in
        --code | --name | --port | --location)
          [ $# -ge 2 ] || { echo "$1 needs a value" >&2; usage; }
          declare "${1#--}=$2"
          shift 2
          ;;
        --code=* | --name=* | --port=* | --location=*)
          option=${1%%=*}
          declare "${option#--}=${1#*=}"
          shift
          ;;
        --*=*) settings+=("$1"); shift ;;
        *) echo "Unknown argument: $1" >&2; usage ;;
      esac
    done
    if ! [[ $code =~ ^[a-z0-9][a-z0-9-]{0,31}$ ]]; then
      echo "--code must be lower-case letters, digits and dashes, at most 32, starting with a letter or digit: '$code'" >&2
      exit 2
    fi
    if ! [[ $port =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
      echo "--port must be a port number: '$port'" >&2
      exit 2
    fi
    settings=(--manufacturer.preset=generated --manufacturer.code="$code" --manufacturer.name="${name:-$code}"
      --server.port="$port" "${settings[@]}")
    if [ -n "$location" ]; then
      if ! [[ $location =~ ^(-?[0-9]+(\.[0-9]+)?),(-?[0-9]+(\.[0-9]+)?)$ ]]; then
        echo "--location must be latitude,longitude in decimal degrees, e.g. 48.14,11.58: '$location'" >&2
        exit 2
      fi
      settings+=(--manufacturer.location.latitude="${BASH_REMATCH[1]}" --manufacturer.location.longitude="${BASH_REMATCH[3]}")
    fi
    ;;
  -*) usage ;;
  *)
    settings=(--manufacturer.preset="$1")
    shift
    settings+=("$@")
    ;;
esac

if [ -z "${MANUFACTURER_PRESENCE_SECRET:-}" ]; then
  if [ -n "${DISTRIBUTOR_PRESENCE_SECRET:-}" ]; then
    MANUFACTURER_PRESENCE_SECRET=$DISTRIBUTOR_PRESENCE_SECRET
  elif [ -r "$RUN_DIR/presence.secret" ]; then
    MANUFACTURER_PRESENCE_SECRET=$(cat "$RUN_DIR/presence.secret")
  fi
fi
if [ -n "${MANUFACTURER_PRESENCE_SECRET:-}" ]; then
  export MANUFACTURER_PRESENCE_SECRET
else
  echo "No presence secret (MANUFACTURER_PRESENCE_SECRET, DISTRIBUTOR_PRESENCE_SECRET or $RUN_DIR/presence.secret):" >&2
  echo "this manufacturer will not announce itself; the distributor pulls it only if configured to." >&2
fi

JAR=$(ls "$PWD"/manufacturer-sim/target/manufacturer-sim-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
[ -n "$JAR" ] || { echo "No manufacturer-sim jar: ./mvnw -DskipTests package -pl manufacturer-sim -am" >&2; exit 1; }
mkdir -p "$RUN_DIR"
cd "$RUN_DIR"
exec java -jar "$JAR" "${settings[@]}"
