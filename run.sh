#!/usr/bin/env bash
# Builds secsearch, indexes corpus/ (incrementally) into data/index, and serves the search page on localhost.
# Usage: ./run.sh [--port N] [--corpus DIR] [--index DIR]   (defaults: 7070, corpus, data/index)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-env.sh
port=7070 corpus=corpus index=data/index
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --index) index="$2"; shift 2 ;;
    *) echo "unknown option: $1 (see the header of run.sh)" >&2; exit 2 ;;
  esac
done
echo "building (first run downloads dependencies from Maven Central)…"
./mvnw -B -q -ntp -DskipTests package
exec java -XX:+UseSerialGC -Xmx1g -jar search-web/target/search-web.jar serve \
  --corpus "$corpus" --index "$index" --port "$port"
