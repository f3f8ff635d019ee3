#!/usr/bin/env bash
# Indexing benchmark: generates (or reuses) a synthetic corpus of N reports, indexes it from scratch with the
# secsearch indexer and, with --peers recoll, with Recoll on the same folder; prints docs/s, MB/s, elapsed time,
# peak RSS of each indexer's parent process and of its largest child (our extraction workers, Recoll's filters),
# index size, and one Markdown table row per system with the docs/s ratio ours/Recoll.
#
# Usage: bench/index-bench.sh --docs N [--seed S] [--formats html,txt] [--peers recoll] [--keep DIR]
#                             [--threads T]
#   --docs N       reports to generate and index (default 10000)
#   --seed S       corpus seed (default 1); same N, seed and formats give the same files
#   --formats F    comma-separated formats the reports take in turn (default html,txt; also pdf, docx)
#   --peers recoll also index the same folder with Recoll (installed from Debian on demand)
#   --keep DIR     keep our index and the logs in DIR (default: a temporary folder, removed at the end); Recoll's
#                  database is removed once measured
#   --threads T    passed to our indexer (default: its own, 2 × its extraction workers = 2 × cores)
# Corpora are cached in $SECSEARCH_BENCH_CACHE (default /tmp/secsearch-bench-cache), keyed by N, seed, formats
# and a hash of the generator inside the jar, so a second run with the same parameters starts indexing at once.
# Everything runs locally; Recoll runs as a child process we wait for (no daemon, no monitor).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
source scripts/java-env.sh

docs=10000 seed=1 formats=html,txt peers="" keep="" threads=()
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --formats) formats="$2"; shift 2 ;;
    --peers) peers="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --threads) threads=(--threads "$2"); shift 2 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case ",$peers," in ,,|,recoll,) ;; *) echo "unknown peer list: $peers (supported: recoll)" >&2; exit 2 ;; esac

jar="$repo/indexer/target/indexer.jar"
[ -f "$jar" ] || ./mvnw -B -q -ntp -pl indexer -am -DskipTests package

# --- corpus: generated once per (N, seed, formats, generator) and reused (bench/corpus-lib.sh) ---
source bench/corpus-lib.sh
corpus="$(generated_corpus "$jar" "$docs" "$seed" "$formats")"
echo "corpus: $corpus"
files=$(find "$corpus" -type f ! -name '.*' | wc -l)
bytes=$(find "$corpus" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')

if [ -n "$keep" ]; then work="$keep"; mkdir -p "$work"; else
  work="$(mktemp -d /tmp/secsearch-bench.XXXXXX)"; trap 'rm -rf "$work"' EXIT
fi

machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1 | tr -d '"')"
echo "machine: $machine; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $files files ($formats), $mb MB"

# --- measurement: wall clock, and peak RSS of a process and of its largest descendant, sampled every 0.2 s ---
rss_kb() { awk '/VmRSS/{print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
descendants() { local c; for c in $(pgrep -P "$1" || true); do echo "$c"; descendants "$c"; done; }
# run_measured LOG CMD... sets ELAPSED (s), PEAK_PARENT_MB, PEAK_CHILD_MB and STATUS.
run_measured() {
  local log="$1"; shift
  local start end pid p c r w peak_p=0 peak_c=0
  start=$(date +%s.%N)
  "$@" > "$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    p=$(rss_kb "$pid"); p=${p:-0}; [ "$p" -gt "$peak_p" ] && peak_p=$p
    w=0
    for c in $(descendants "$pid"); do r=$(rss_kb "$c"); r=${r:-0}; [ "$r" -gt "$w" ] && w=$r; done
    [ "$w" -gt "$peak_c" ] && peak_c=$w
    sleep 0.2
  done
  STATUS=0; wait "$pid" || STATUS=$?
  end=$(date +%s.%N)
  ELAPSED=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')
  PEAK_PARENT_MB=$((peak_p / 1024)); PEAK_CHILD_MB=$((peak_c / 1024))
}
rate() { awk -v n="$1" -v s="$2" -v f="${3:-%.1f}" 'BEGIN {if (s > 0) printf f, n / s; else printf "-"}'; }

# --- ours ---
run_measured "$work/secsearch.log" java "${indexer_jvm[@]}" -jar "$jar" index --corpus "$corpus" --index "$work/index" "${threads[@]}"
[ "$STATUS" -eq 0 ] || { echo "our indexer exited with $STATUS:"; tail -20 "$work/secsearch.log"; exit 1; }
echo "--- secsearch indexer summary ---"
sed -n '/^done:/,$p' "$work/secsearch.log"
ours_docs=$(java -jar "$jar" stats --index "$work/index" --top 1 | awk '/^documents:/{print $2}')
ours=("$ours_docs" "$ELAPSED" "$PEAK_PARENT_MB" "$PEAK_CHILD_MB" "$(du -sm "$work/index" | cut -f1)")

# --- Recoll ---
if [ "$peers" = recoll ]; then
  # install_debian PKG...: from Debian, refreshing the package lists only when the first attempt fails.
  install_debian() {
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1; } \
      || { echo "could not install $* from Debian (run as root?)" >&2; exit 1; }
  }
  command -v recollindex >/dev/null || { echo "installing Recoll (recollcmd) from Debian"; install_debian recollcmd; }
  # Recoll reads PDF and DOCX through helper programs; without them it would skip those files.
  case ",$formats," in *,pdf,*|*,docx,*)
    command -v pdftotext >/dev/null && python3 -c 'import lxml' 2>/dev/null \
      || install_debian poppler-utils python3 python3-lxml ;;
  esac
  conf="$work/recoll"; rm -rf "$conf"; mkdir -p "$conf"
  # noaspell: our indexer builds no spelling dictionary, so Recoll is not asked to build one either.
  cat > "$conf/recoll.conf" <<EOF
topdirs = $corpus
skippedNames+ = .generated
noaspell = 1
loglevel = 2
logfilename = $conf/recollindex.log
EOF
  run_measured "$work/recoll.log" recollindex -c "$conf" -z
  [ "$STATUS" -eq 0 ] || { echo "recollindex exited with $STATUS:"; tail -20 "$work/recoll.log"; exit 1; }
  recoll_docs=$(recollq -c "$conf" -Q -E "dir:$corpus -mime:inode/directory" 2>/dev/null | awk '$2 ~ /^results/ {print $1}')
  [ -n "$recoll_docs" ] || { echo "could not count Recoll's documents with recollq"; exit 1; }
  recoll=("$recoll_docs" "$ELAPSED" "$PEAK_PARENT_MB" "$PEAK_CHILD_MB" "$(du -sm "$conf/xapiandb" | cut -f1)")
  rm -rf "$conf/xapiandb" # measured; at a million reports it is tens of gigabytes the next steps need
  recoll_version=$(recollindex -h 2>&1 | sed -n 's/^Recoll version: Recoll \([^ ]*\).*/\1/p')
fi

# --- table ---
echo
echo "| system | docs | MB | elapsed s | docs/s | MB/s | peak RSS parent MB | peak RSS largest child MB | index MB | docs/s ours/Recoll |"
echo "|---|---|---|---|---|---|---|---|---|---|"
row() { # name docs elapsed parent child index ratio
  echo "| $1 | $2 | $mb | $3 | $(rate "$2" "$3") | $(rate "$mb" "$3" %.2f) | $4 | $5 | $6 | $7 |"
}
ratio="-"
if [ -n "${recoll[*]:-}" ]; then
  ratio=$(awk -v a="${ours[0]}" -v ta="${ours[1]}" -v b="${recoll[0]}" -v tb="${recoll[1]}" \
    'BEGIN {printf "%.2f", (a / ta) / (b / tb)}')
fi
row "secsearch" "${ours[@]}" "$ratio"
[ -z "${recoll[*]:-}" ] || row "Recoll $recoll_version" "${recoll[@]}" "1.00"
echo "($(date -u +%F), $machine; load average after the run: $(cut -d' ' -f1-3 /proc/loadavg))"
[ -z "$keep" ] || echo "indexes and logs kept in $work"
