# Sourced by ./mvnw and ./elif: ELIF needs a JDK 21 or later. When JAVA_HOME (or the java on PATH) is older
# or missing, use a JDK 21+ from /usr/lib/jvm, where Debian and Temurin install them (docs/decisions.md).
elif_java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
elif_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$elif_java" ] || elif_java="$(command -v java || true)"
elif_major=""
[ -z "$elif_java" ] || elif_major="$(elif_java_major "$elif_java" || true)"
if [ -z "$elif_major" ] || [ "$elif_major" -lt 21 ]; then
  set +f
  for elif_jdk in /usr/lib/jvm/*/; do
    [ -x "${elif_jdk}bin/javac" ] || continue
    elif_candidate="$(elif_java_major "${elif_jdk}bin/java" || true)"
    if [ -n "$elif_candidate" ] && [ "$elif_candidate" -ge 21 ]; then
      JAVA_HOME="${elif_jdk%/}"
      export JAVA_HOME
      break
    fi
  done
  set -f
fi
