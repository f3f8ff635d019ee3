#!/usr/bin/env bash
# Runs the whole test suite (unit, integration, real-browser tests) with a JDK 21+.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-env.sh
export SE_OFFLINE=true # Selenium must never try to download a driver
exec ./mvnw -B -ntp verify "$@"
