#!/usr/bin/env bash
# Fuzzes the Jazzer targets of search-web (org.secsearch.web.fuzz) one after the other, MINUTES each, and prints
# how many inputs each one tried. A plain `./test.sh` only replays their seeds; this is the long variant.
# Usage: scripts/fuzz.sh [MINUTES] [Class#method ...]     (default: 4 minutes, every target)
# Extra Maven options go in MAVEN_ARGS (e.g. MAVEN_ARGS=-o for offline). Full logs: search-web/target/fuzz/.
# A finding fails the target and is written as crash-<sha1> into its inputs folder under
# search-web/src/test/resources/org/secsearch/web/fuzz/, where every later test run replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
minutes="${1:-4}"
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "usage: scripts/fuzz.sh [MINUTES] [Class#method ...]" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(QueryParserFuzzTest#anyQueryIsAnsweredOrRefusedWithAMessage
    SearchStateFuzzTest#anyQueryStringIsRefusedOrHasOneCanonicalForm
    WebRoutesFuzzTest#noParameterOrIdMakesAServerError)
fi
logs=search-web/target/fuzz
mkdir -p "$logs"
failed=0
for target in "${targets[@]}"; do
  log="$logs/${target%%#*}.log"
  rc=0
  # Only one @FuzzTest may fuzz per JVM, hence one Maven run per target.
  JAZZER_FUZZ=1 ./mvnw -B -ntp -pl search-web -am test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${minutes}m" > "$log" 2>&1 || rc=$?
  runs="$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | sed -E 's/Done ([0-9]+) runs in ([0-9]+) second/\1 inputs in \2 s/')"
  corpus="$(find "search-web/.cifuzz-corpus/org.secsearch.web.fuzz.${target%%#*}" -type f 2>/dev/null | wc -l)"
  if [ "$rc" -eq 0 ]; then result="no finding"; else result="FAILED (exit $rc)"; failed=1; fi
  echo "$target: ${runs:-no libFuzzer summary}, corpus $corpus inputs, $result — $log"
  grep -aE '^== Java Exception|^Caused by|FuzzTestFinding|crash-[0-9a-f]{40}' "$log" | head -5 || true
done
exit "$failed"
