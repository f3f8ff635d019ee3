# Sourced by the benchmark scripts: the generated corpus every benchmark of a run shares, and the JVM options the
# indexer runs with.

# The indexer's JVM in every benchmark: the parallel collector (indexing is a throughput job; at 100,000 reports it
# ran 3 % faster than the default G1 here) and the 1 GB heap the parent must stay within. Override with
# SECSEARCH_INDEXER_JAVA_OPTS.
read -r -a indexer_jvm <<< "${SECSEARCH_INDEXER_JAVA_OPTS:--XX:+UseParallelGC -Xmx1g}"

# generated_corpus JAR N SEED FORMATS: prints the folder of N generated reports, generating it on first use.
# Corpora are cached in $SECSEARCH_BENCH_CACHE (default /tmp/secsearch-bench-cache), keyed by N, seed, formats and
# a hash of the generator inside the jar, so later runs with the same parameters start at once.
generated_corpus() {
  local jar="$1" docs="$2" seed="$3" formats="$4" cache hash dir
  cache="${SECSEARCH_BENCH_CACHE:-/tmp/secsearch-bench-cache}"
  hash=$(unzip -p "$jar" 'org/secsearch/indexer/generate/*' 'org/secsearch/indexer/enrich/*.tsv' 2>/dev/null \
    | sha1sum | cut -c1-10)
  dir="$cache/n$docs-s$seed-${formats//,/+}-$hash"
  if [ ! -f "$dir/.generated" ]; then
    rm -rf "$dir"; mkdir -p "$cache"
    java -jar "$jar" generate-corpus --docs "$docs" --seed "$seed" --formats "$formats" --out "$dir" >&2
  fi
  echo "$dir"
}
