#!/usr/bin/env bash
# The browser tests (customer-web *BrowserTests) in Debian's headless Chromium, on the
# embedded defaults. Installs chromium and chromium-driver when missing; `apt-get update`
# only when the install fails without it. Works on a fresh clone and after `./mvnw verify`.
# Screenshots (every page at 390 and 1366 px, page-<name>-<width>.png, and one per failed
# test) are written to customer-web/target/browser-screenshots/ and copied, pass or fail,
# to $BROWSER_SCREENSHOTS (default ci-artifacts/browser-screenshots/), which CI keeps.
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
keep_screenshots() {
	local kept="${BROWSER_SCREENSHOTS:-ci-artifacts/browser-screenshots}"
	if [ -d customer-web/target/browser-screenshots ]; then
		mkdir -p "$kept"
		cp -r customer-web/target/browser-screenshots/. "$kept/"
		echo "== Screenshots kept in $kept ($(find "$kept" -name '*.png' | wc -l) images)"
	fi
}
trap keep_screenshots EXIT
./mvnw -B -ntp -pl customer-web -am verify -Pbrowser-tests "$@"
