#!/usr/bin/env bash
# The fault and failover drills (module system-tests): the packaged jars started as
# processes, first on the embedded defaults (H2 files, the distributor's own broker), then
# on the local PostgreSQL and RabbitMQ, behind nginx. The drills stop and start RabbitMQ
# and kill processes; they run alone, after the other tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/services.sh

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing nginx (Debian package) for the drills"
  apt-get install -y -q nginx >/dev/null || { apt-get update -q && apt-get install -y -q nginx >/dev/null; }
fi
ensure_postgres
ensure_rabbitmq

if ! ls customer-web/target/customer-web-*.jar manufacturer-sim/target/manufacturer-sim-*.jar >/dev/null 2>&1; then
  echo "Packaging the applications the drills start"
  ./mvnw -B -q -ntp -DskipTests package -pl customer-web,manufacturer-sim -am
fi
# The distributor's test kit (its test-jar) and the other modules the system tests use are
# installed first without their tests, which ran in the earlier stages; then every test of
# system-tests runs (the drills, LedgersTests and the adapter contract against the simulators).
./mvnw -B -q -ntp -DskipTests install -pl system-tests -am
./mvnw -B -ntp verify -Psystem-tests -pl system-tests
