#!/usr/bin/env bash
# CI: the scale-out files are coherent without running them (there is no Docker engine):
#   1. docker-compose.yml is valid (docker-compose config -q);
#   2. load-balancer/nginx.conf passes nginx -t with the upstreams of scripts/cluster.sh,
#      of load-balancer/upstreams.conf and of load-balancer/compose-upstreams.conf;
#   3. every environment variable docker-compose.yml sets is read by its service: a Spring
#      Boot setting of the module the image is built from (configuration metadata of the
#      built jar), or allowed for that image in .ci/compose_env_check.py.
# Installs docker-compose and nginx (Debian packages) if missing; builds the jars if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

install_if_missing() {
  local command=$1 package=$2
  if ! command -v "$command" >/dev/null && [ ! -x "/usr/sbin/$command" ]; then
    echo "$command is not installed; installing Debian package $package"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null 2>&1 ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; }
  fi
}
install_if_missing docker-compose docker-compose
install_if_missing nginx nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
# docker-compose (Python) depends on python3-yaml, which the variable check uses too.
PYTHON=/usr/bin/python3
if ! "$PYTHON" -c 'import yaml' 2>/dev/null; then
  echo "Installing Debian package python3-yaml"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== compose 1/3: docker-compose config"
docker-compose config -q
echo "docker-compose.yml is valid"

echo "== compose 2/3: nginx -t on load-balancer/nginx.conf"
nginx_test() {
  local label=$1 upstreams=$2 run="$work/nginx-$1"
  mkdir -p "$run/conf" "$run/logs" "$run/tmp"
  cp load-balancer/nginx.conf "$run/conf/nginx.conf"
  echo "listen 127.0.0.1:18000;" >"$run/conf/listen.conf"
  printf '%s\n' "$upstreams" >"$run/conf/upstreams.conf"
  if ! "$NGINX" -t -q -p "$run/" -c "$run/conf/nginx.conf" -e "$run/logs/error.log"; then
    echo "FAILED: nginx -t with the $label upstreams" >&2
    exit 1
  fi
  echo "nginx -t passed with the $label upstreams"
}
nginx_test cluster "upstream distributors {
    zone distributors 64k;
    server 127.0.0.1:18080 max_fails=2 fail_timeout=10s;
    server 127.0.0.1:18090 max_fails=2 fail_timeout=10s;
    server 127.0.0.1:18100 max_fails=2 fail_timeout=10s;
    keepalive 32;
    keepalive_timeout 20s;
}"
nginx_test default "$(cat load-balancer/upstreams.conf)"
# The compose service names resolve only inside compose: the same file with local addresses.
nginx_test compose "$(sed -E 's/server distributor-[0-9]+:/server 127.0.0.1:/' load-balancer/compose-upstreams.conf)"

echo "== compose 3/3: environment variables of docker-compose.yml"
for module in customer-web manufacturer-sim; do
  if ! compgen -G "$module/target/$module-*.jar" >/dev/null; then
    echo "Building the jars for the settings metadata..."
    ./mvnw -B -q -ntp -DskipTests package -pl customer-web,manufacturer-sim -am
    break
  fi
done
docker-compose config >"$work/compose.yml"
"$PYTHON" .ci/compose_env_check.py "$work/compose.yml" .
echo "Compose check passed"
