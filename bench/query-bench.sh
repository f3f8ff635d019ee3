#!/usr/bin/env bash
# Query benchmark, ours and the peers in one run on one machine (issue 5; interface: bench-interface.md).
# Builds the jars, generates (or reuses) a corpus of N reports, indexes it, exports docs.jsonl, writes the fixed
# query mix, measures our search in-process and over HTTP (1 and 8 clients), then each peer, and prints the
# Markdown table (also written to WORK/report.md).
# Usage: bench/query-bench.sh --docs N [--seed S] [--work DIR] [--peers solr,postgres] [--warmup W] [--reps R]
#   --peers none    runs ours only.   Defaults: seed 1, work /tmp/secsearch-qbench-N, warmup 3, reps 20.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
source bench/corpus-lib.sh
docs="" seed=1 work="" peers=solr,postgres warmup=3 reps=20
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --peers) peers="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
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

echo "== build"
./mvnw -B -q -ntp -DskipTests package

echo "== corpus"
# The indexer's usage lists its commands; generate-corpus is being added by another branch.
if java -jar indexer/target/indexer.jar --help 2>/dev/null | grep -qE '^\s+generate-corpus\b'; then
  source_kind="generate-corpus --docs $docs --seed $seed --formats html,txt"
else
  source_kind="corpus/ replicated to $docs files (generate-corpus not available yet)"
fi
if [ "$(cat "$work/corpus.done" 2>/dev/null)" != "$source_kind" ]; then
  rm -rf "$work/corpus" "$work/corpus.done" "$work/index" "$work/index.done"
  if [[ "$source_kind" == generate-corpus* ]]; then
    java -Xmx1g -jar indexer/target/indexer.jar generate-corpus --docs "$docs" --seed "$seed" \
      --out "$work/corpus" --formats html,txt
  else
    replicate_corpus "$docs" "$work/corpus" >/dev/null
  fi
  echo "$source_kind" > "$work/corpus.done"
fi
echo "corpus: $(find "$work/corpus" -type f | wc -l) files, $(du -sm "$work/corpus" | cut -f1) MB — $source_kind"

echo "== index"
if [ ! -f "$work/index.done" ]; then
  rm -rf "$work/index"
  rc=0
  "${jvm[@]}" -jar indexer/target/indexer.jar index --corpus "$work/corpus" --index "$work/index" \
    > "$work/index.log" 2>&1 || rc=$?
  grep -E '^done:' "$work/index.log" || true
  # 3 = indexed, but some files failed (listed in index-report.jsonl): the benchmark still has an index
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then tail -20 "$work/index.log" >&2; exit 1; fi
  touch "$work/index.done"
fi
echo "index: $(du -sm "$work/index" | cut -f1) MB"

echo "== export and query mix"
"${bench[@]}" export --index "$work/index" --out "$work/docs.jsonl"
"${bench[@]}" queries --index "$work/index" --out "$work/queries.tsv"
rm -f "$work/results.jsonl"
machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "machine: $machine; load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$work/machine.txt"

echo "== secsearch in-process"
"${bench[@]}" in-process --work "$work" "${mix[@]}"
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
        [ "$warmup" = 3 ] && [ "$reps" = 20 ] || extra=("${mix[@]}") # defaults are the peer's own
        java -jar bench/solr-peer/target/solr-peer.jar --work "$work" "${extra[@]}"
      else
        echo "solr: bench/solr-peer/ is not in this checkout yet; skipped"
      fi ;;
    postgres)
      echo "== postgres"
      bench/postgres-peer.sh "$work" "${mix[@]}" ;;
    *) echo "unknown peer: $peer (solr, postgres or none)" >&2; exit 2 ;;
  esac
done

echo "== report"
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/machine.txt"
"${bench[@]}" report --work "$work" | tee "$work/report.md"
