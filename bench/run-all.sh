#!/usr/bin/env bash
# The whole benchmark in one command (issue 5): on one generated corpus of N reports, the indexing benchmark
# (secsearch and Recoll side by side) and the query benchmark (secsearch in-process and over HTTP, embedded Solr,
# PostgreSQL full-text search), then one report with the machine, both tables and the ratios.
# Usage: bench/run-all.sh --docs N [--seed S] [--work DIR] [--peers recoll,solr,postgres] [--warmup W] [--reps R]
#                         [--peer-reps R]
#   Defaults: seed 1, work /tmp/secsearch-all-N, every peer, warm-up 3, 20 measured rounds (peers too).
#   --peers none runs ours only; any subset of recoll,solr,postgres picks peers.
# Writes WORK/report.md; the steps' own logs and tables stay in WORK/indexing and WORK/query.
set -euo pipefail
cd "$(dirname "$0")/.."
docs="" seed=1 work="" peers=recoll,solr,postgres warmup=3 reps=20 peer_reps=""
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --peers) peers="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --peer-reps) peer_reps="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$docs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/run-all.sh --docs N [options]" >&2; exit 2; }
work="${work:-/tmp/secsearch-all-$docs}"
mkdir -p "$work/indexing" "$work/query"
work="$(cd "$work" && pwd)"

index_peers=() query_peers=()
for p in ${peers//,/ }; do
  case "$p" in
    none) ;;
    recoll) index_peers=(--peers recoll) ;;
    solr|postgres) query_peers+=("$p") ;;
    *) echo "unknown peer: $p (recoll, solr, postgres or none)" >&2; exit 2 ;;
  esac
done
query_list=$(IFS=,; echo "${query_peers[*]:-none}")
started="$(date -u '+%F %H:%M UTC')"

echo "=== indexing (bench/index-bench.sh)"
bench/index-bench.sh --docs "$docs" --seed "$seed" "${index_peers[@]}" --keep "$work/indexing" \
  | tee "$work/indexing/report.txt"

echo "=== queries (bench/query-bench.sh)"
bench/query-bench.sh --docs "$docs" --seed "$seed" --work "$work/query" --index "$work/indexing/index" \
  --peers "$query_list" --warmup "$warmup" --reps "$reps" ${peer_reps:+--peer-reps "$peer_reps"} \
  | tee "$work/query/run.txt"

{
  echo "# secsearch benchmark, $docs reports"
  echo
  echo "Command: \`bench/run-all.sh --docs $docs --seed $seed --peers $peers --warmup $warmup --reps $reps${peer_reps:+ --peer-reps $peer_reps}\`"
  echo "Started $started; $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)),"
  echo "$(free -g | awk '/Mem:/{print $2}') GiB; $(head -1 "$work/query/machine.txt")"
  echo
  echo "## Indexing"
  echo
  sed -n '/^| system/,$p' "$work/indexing/report.txt"
  echo
  echo "Our indexer's own summary:"
  echo
  echo '```'
  sed -n '/^done:/,/^cpu:/p' "$work/indexing/report.txt"
  echo '```'
  echo
  echo "## Queries"
  echo
  cat "$work/query/report.md"
  echo
  echo "$(tail -1 "$work/query/machine.txt")"
} > "$work/report.md"
echo "=== report: $work/report.md"
cat "$work/report.md"
