#!/usr/bin/env bash
# Starts one simulated manufacturer in the foreground, with the data directory that
# scripts/run-local.sh uses, e.g. to bring back one that was stopped:
#   scripts/manufacturer.sh acme [extra --settings]
set -euo pipefail
cd "$(dirname "$0")/.."
code=${1:?usage: scripts/manufacturer.sh acme|globex|initech [--setting=value ...]}
shift
RUN_DIR=${RUN_DIR:-run/local}
JAR=$(ls "$PWD"/manufacturer-sim/target/manufacturer-sim-*.jar | head -1)
mkdir -p "$RUN_DIR"
cd "$RUN_DIR"
exec java -jar "$JAR" --manufacturer.preset="$code" "$@"
