#!/usr/bin/env bash
# The README's test command on Java 25, the current LTS: the build targets Java 17
# (maven.compiler.release) and must also build, test and run on 25. JAVA25_HOME points
# elsewhere if Java 25 is installed in another place.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$JAVA25_HOME/bin/java" ]; then
  echo "Java 25 is needed for this stage and is not at $JAVA25_HOME (set JAVA25_HOME)." >&2
  exit 1
fi
"$JAVA25_HOME/bin/java" -version 2>&1 | head -1
started=$(date +%s)
JAVA_HOME=$JAVA25_HOME ./mvnw -B -ntp verify
echo "Java 25 stage took $(( $(date +%s) - started )) s"
