#!/usr/bin/env bash
# Indexing benchmark: replicates corpus/ to at least N files (default 10,000) in a temp folder, indexes it from
# scratch with the real indexer, and prints docs/s, MB/s and the peak RSS of the indexer and its extraction
# workers (sampled from /proc every 0.2 s). Usage: bench/index-corpus.sh [N] [--threads T]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
source bench/corpus-lib.sh
target="${1:-10000}"; shift || true
[ -f indexer/target/indexer.jar ] || ./mvnw -B -q -ntp -DskipTests package
work="$(mktemp -d /tmp/secsearch-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
copies=$(replicate_corpus "$target" "$work/corpus")
n=$(find "$work/corpus" -type f | wc -l); mb=$(du -sm "$work/corpus" | cut -f1)
echo "corpus: $n files, ${mb} MB ($copies copies of corpus/); machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
java -Xmx1g -jar indexer/target/indexer.jar index --corpus "$work/corpus" --index "$work/index" "$@" > "$work/out.log" 2>&1 &
pid=$!
peak_parent=0 peak_workers=0
while kill -0 "$pid" 2>/dev/null; do
  p=$(awk '/VmRSS/{print $2}' /proc/$pid/status 2>/dev/null || echo 0)
  w=0
  for c in $(pgrep -P "$pid" || true); do
    r=$(awk '/VmRSS/{print $2}' /proc/$c/status 2>/dev/null || echo 0); w=$(( r > w ? r : w ))
  done
  peak_parent=$(( p > peak_parent ? p : peak_parent )); peak_workers=$(( w > peak_workers ? w : peak_workers ))
  sleep 0.2
done
wait "$pid" || true
grep -E '^done:' "$work/out.log"
echo "peak RSS: indexer $((peak_parent / 1024)) MB, largest extraction worker $((peak_workers / 1024)) MB"
echo "index size: $(du -sm "$work/index" | cut -f1) MB"
