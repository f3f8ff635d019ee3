#!/usr/bin/env bash
# Runs the embedded Solr peer on a benchmark work folder, building it first when the jar is missing or older than
# its sources. Usage: bench/solr-peer/run.sh --work DIR [--warmup W] [--reps R] [--batch B] [--check]
# JVM options: SOLR_PEER_JAVA_OPTS (default -Xmx1g, the heap run.sh gives the secsearch server).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/scripts/java-env.sh"
jar="$here/target/solr-peer.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/src/main" -newer "$jar" -print -quit)" ]; then
  echo "solr-peer: building (first build downloads Solr 9.10 from Maven Central)…" >&2
  # Tests are left to an explicit 'mvnw -f bench/solr-peer/pom.xml test': a benchmark run only needs the jar.
  "$root/mvnw" -B -q -ntp -f "$here/pom.xml" -DskipTests package
fi
# shellcheck disable=SC2086 # SOLR_PEER_JAVA_OPTS is a list of options
exec java ${SOLR_PEER_JAVA_OPTS:--Xmx1g} -jar "$jar" "$@"
