#!/usr/bin/env bash
# The browser tests (customer-web *BrowserTests) in Debian's headless Chromium, on the
# embedded defaults. Installs chromium and chromium-driver when missing; `apt-get update`
# only when the install fails without it. Works on a fresh clone and after `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
	echo "== Installing chromium and chromium-driver"
	export DEBIAN_FRONTEND=noninteractive
	if ! apt-get install -y -q chromium chromium-driver; then
		apt-get update -q
		apt-get install -y -q chromium chromium-driver
	fi
fi

echo "== Browser tests: ./mvnw -pl customer-web -am verify -Pbrowser-tests"
# The profile makes surefire run only *BrowserTests, so contracts and distributor build
# (customer-web needs the distributor's test-jar) and run no test.
./mvnw -B -ntp -pl customer-web -am verify -Pbrowser-tests "$@"
