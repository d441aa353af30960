# Finds a JDK 25 or newer and exports JAVA_HOME to it; sourced by ./mvnw and ./outpost.
# Machines often have an older default java beside the JDK 25 that Outpost needs, so nobody should have
# to set JAVA_HOME by hand. Reads each JDK's `release` file instead of starting a JVM per candidate.

OUTPOST_MIN_JAVA=25

outpost_java_feature() { # JDK home -> its feature version (25 for 25.0.3), or nothing
  [ -x "$1/bin/java" ] && [ -f "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
}

outpost_find_jdk() {
  best="" best_feature=0
  for home in "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null)" 2>/dev/null)" 2>/dev/null)" 2>/dev/null)" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$home" ] || continue
    feature=$(outpost_java_feature "$home")
    if [ -n "$feature" ] && [ "$feature" -ge "$OUTPOST_MIN_JAVA" ] && [ "$feature" -gt "$best_feature" ]; then
      best=$home best_feature=$feature
    fi
  done
  [ -n "$best" ] && printf '%s\n' "$best"
}

outpost_select_jdk() {
  found=$(outpost_find_jdk) || true
  if [ -z "$found" ]; then
    echo "Outpost needs JDK $OUTPOST_MIN_JAVA or newer and found none: install one (for example Eclipse Temurin $OUTPOST_MIN_JAVA)." >&2
    return 1
  fi
  JAVA_HOME=$found
  export JAVA_HOME
}
