# Sourced by run.sh, test.sh and .ci/run: selects a JDK 21+ for Maven and for running the jars.
# Keeps JAVA_HOME if it already points at 21+, else looks under /usr/lib/jvm, else explains what to install.
_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p'; }
_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  if command -v javac >/dev/null; then
    local home; home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    if [ "$(_java_major "$home")" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$home"; return 0; fi
  fi
  echo "secsearch needs a JDK 21 or newer (Lucene 10 is built for Java 21)." >&2
  echo "Install one (e.g. Eclipse Temurin 21 or 25: https://adoptium.net, or 'apt-get install openjdk-21-jdk')" >&2
  echo "and set JAVA_HOME to it." >&2
  return 1
}
_pick_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
