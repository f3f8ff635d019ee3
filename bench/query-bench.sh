#!/usr/bin/env bash
# Query benchmark, ours and the peers in one run on one machine (issue 5; interface: bench-interface.md).
# Builds the jars, generates (or reuses) a corpus of N reports, indexes it, exports docs.jsonl, writes the fixed
# query mix, measures our search in-process and over HTTP (1 and 8 clients), then each peer, and prints the
# Markdown table (also written to WORK/report.md).
# Usage: bench/query-bench.sh --docs N [--seed S] [--work DIR] [--peers solr,postgres] [--warmup W] [--reps R]
#                             [--peer-reps R] [--index DIR]
#   --peers none    runs ours only.   Defaults: seed 1, work /tmp/secsearch-qbench-N, warmup 3, reps 20.
#   --peer-reps R   measured rounds for the peers (default: --reps); a slow peer at 1M documents needs fewer.
#   --index DIR     our index of that corpus, already built (bench/index-bench.sh --keep); not indexed again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
source bench/corpus-lib.sh
docs="" seed=1 work="" peers=solr,postgres warmup=3 reps=20 peer_reps="" prebuilt=""
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --peers) peers="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --peer-reps) peer_reps="$2"; shift 2 ;;
    --index) prebuilt="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "unknown option: $1 (see the header of bench/query-bench.sh)" >&2; exit 2 ;;
  esac
done
[[ "$docs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/query-bench.sh --docs N [options]" >&2; exit 2; }
work="${work:-/tmp/secsearch-qbench-$docs}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
jvm=(java -XX:+UseSerialGC -Xmx1g)
bench=("${jvm[@]}" -jar bench/target/bench.jar)
mix=(--warmup "$warmup" --reps "$reps")
peer_mix=(--warmup "$warmup" --reps "${peer_reps:-$reps}")

echo "== build"
# SECSEARCH_BENCH_NO_BUILD=1: use the jars as they are (the build that runs this script's smoke test made them).
[ "${SECSEARCH_BENCH_NO_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp -DskipTests package

echo "== corpus"
corpus="$(generated_corpus indexer/target/indexer.jar "$docs" "$seed" html,txt)"
echo "corpus: $(find "$corpus" -type f ! -name '.*' | wc -l) files, $(du -sm "$corpus" | cut -f1) MB — $corpus"

echo "== index"
if [ -n "$prebuilt" ]; then
  [ -L "$work/index" ] || rm -rf "$work/index"
  ln -sfn "$prebuilt" "$work/index"
  echo "$corpus" > "$work/index.done"
elif [ "$(cat "$work/index.done" 2>/dev/null)" != "$corpus" ]; then
  rm -rf "$work/index" "$work/index.done"
  rc=0
  java "${indexer_jvm[@]}" -jar indexer/target/indexer.jar index --corpus "$corpus" --index "$work/index" \
    > "$work/index.log" 2>&1 || rc=$?
  grep -E '^done:' "$work/index.log" || true
  # 3 = indexed, but some files failed (listed in index-report.jsonl): the benchmark still has an index
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then tail -20 "$work/index.log" >&2; exit 1; fi
  echo "$corpus" > "$work/index.done"
fi
echo "index: $(du -smL "$work/index" | cut -f1) MB"

echo "== export and query mix"
"${bench[@]}" export --index "$work/index" --out "$work/docs.jsonl"
"${bench[@]}" queries --index "$work/index" --out "$work/queries.tsv"
rm -f "$work/results.jsonl"
machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "machine: $machine; load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$work/machine.txt"

echo "== secsearch in-process"
"${bench[@]}" in-process --work "$work" --cold "${mix[@]}"
echo "== secsearch http (1 and 8 clients)"
"${bench[@]}" http --work "$work" "${mix[@]}" --clients 1,8

for peer in ${peers//,/ }; do
  case "$peer" in
    none) ;;
    solr)
      echo "== solr"
      if [ -d bench/solr-peer ]; then
        ./mvnw -B -q -ntp -f bench/solr-peer/pom.xml -DskipTests package
        extra=()
        [ "$warmup" = 3 ] && [ "${peer_reps:-$reps}" = 20 ] || extra=("${peer_mix[@]}") # defaults are the peer's own
        java -jar bench/solr-peer/target/solr-peer.jar --work "$work" "${extra[@]}"
      else
        echo "solr: bench/solr-peer/ is not in this checkout yet; skipped"
      fi ;;
    postgres)
      echo "== postgres"
      bench/postgres-peer.sh "$work" "${peer_mix[@]}" ;;
    *) echo "unknown peer: $peer (solr, postgres or none)" >&2; exit 2 ;;
  esac
done

echo "== report"
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/machine.txt"
"${bench[@]}" report --work "$work" | tee "$work/report.md"
