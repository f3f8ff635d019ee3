#!/usr/bin/env bash
# Runs only the load test (search-web ServerLoadIT: wrk against the packaged server) after building the jars.
# Usage: scripts/load-test.sh [--long] [--docs N]
#   default: the 52 reports of the tests' TestCorpus, a 2 s warm-up, then 5 slices of 1 s (what CI runs)
#   --long:  5,000 reports from generate-corpus, indexed by the server, a 10 s warm-up, then 6 slices of 10 s
#   --docs N: generate and index N reports instead (0: TestCorpus)
# Needs wrk (apt-get install -y wrk). Extra Maven options go in MAVEN_ARGS. The figures end up in
# search-web/target/load-test.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
props=()
while [ $# -gt 0 ]; do
  case "$1" in
    --long) props+=(-Dsecsearch.long=true); shift ;;
    --docs) props+=("-Dsecsearch.load.docs=$2"); shift 2 ;;
    *) echo "usage: scripts/load-test.sh [--long] [--docs N]" >&2; exit 2 ;;
  esac
done
export SE_OFFLINE=true
./mvnw -B -ntp -pl search-web -am verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ServerLoadIT "${props[@]}"
cat search-web/target/load-test.txt
