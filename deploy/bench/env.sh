# Shared settings of the benchmark scripts: the production jar against the MariaDB on 127.0.0.1:3306.
# The schema and account below are made once by bench-db.sh and reused by every run.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
OUT="$ROOT/target/bench"
JAR="$OUT/ourvoice.jar"
BENCH_DB=${BENCH_DB:-ourvoice_bench}
BENCH_DB_USER=${BENCH_DB_USER:-ourvoice_bench}
BENCH_DB_PASSWORD=${BENCH_DB_PASSWORD:-bench-password-local-only}
mkdir -p "$OUT"

# The production jar, built once (./mvnw -Pproduction -Dmaven.test.skip=true package) and copied aside so a later
# build of the worktree does not replace it under a running benchmark; delete it to build it again. Tests are not
# compiled, so a build running this (./mvnw -Pbench verify) keeps its own compiled tests.
ensure_jar() {
  if [ ! -f "$JAR" ]; then
    (cd "$ROOT" && ./mvnw -B -ntp -q -Pproduction -Dmaven.test.skip=true package)
    cp "$(ls "$ROOT"/target/ourvoice-*.jar | head -n1)" "$JAR"
  fi
}

# The jar extracted and a JDK 25 ahead-of-time cache made by one training start (see docs/deployment.md);
# made again when the jar is newer than the cache. Sets AOT_JAR and AOT_OPTS for start_node.
ensure_aot() {
  local extracted="$OUT/extracted"
  if [ ! -f "$OUT/ourvoice.aot" ] || [ "$JAR" -nt "$OUT/ourvoice.aot" ]; then
    rm -rf "$extracted" "$OUT/ourvoice.aot"
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$extracted" >/dev/null
    echo "training start for the AOT cache" >&2
    SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$BENCH_DB" \
    SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER SPRING_DATASOURCE_PASSWORD="$BENCH_DB_PASSWORD" \
    OURVOICE_MAIL_FROM=ourvoice@council.test SERVER_PORT=${PORT:-18190} \
      "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$OUT/ourvoice.aot" -Dspring.context.exit=onRefresh \
      -jar "$extracted/ourvoice.jar" > "$OUT/aot-training.log" 2>&1
  fi
  AOT_JAR="$extracted/ourvoice.jar"
  AOT_OPTS=(-XX:AOTCache="$OUT/ourvoice.aot")
}

ensure_db() {
  mariadb -uroot -h127.0.0.1 <<SQL
CREATE DATABASE IF NOT EXISTS $BENCH_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$BENCH_DB_USER'@'127.0.0.1' IDENTIFIED BY '$BENCH_DB_PASSWORD';
GRANT ALL ON $BENCH_DB.* TO '$BENCH_DB_USER'@'127.0.0.1';
SQL
}

# start_node PORT LOG [NODE_NAME] [extra java options...]: starts the jar in the background, prints its pid
start_node() {
  local port=$1 log=$2 node=${3:-} ; shift 3 || shift $#
  SPRING_PROFILES_ACTIVE=prod \
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$BENCH_DB" \
  SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER \
  SPRING_DATASOURCE_PASSWORD="$BENCH_DB_PASSWORD" \
  OURVOICE_MAIL_FROM=ourvoice@council.test \
  OURVOICE_NODE_NAME=$node \
  SERVER_PORT=$port \
  "$JAVA_HOME/bin/java" "$@" -jar "$JAR" >"$log" 2>&1 &
  echo $!
}

# wait_for_login PORT: milliseconds until /login first answers 200 (fails after WAIT_SECONDS, 120 s unless set)
wait_for_login() {
  local t0; t0=$(date +%s%N)
  for _ in $(seq 1 $(( ${WAIT_SECONDS:-120} * 20 ))); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/login")" = 200 ]; then
      echo $(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    sleep 0.05
  done
  return 1
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# run_journeys URL USERS RAMP SECONDS FIRST_ACCOUNT OUT_JSON LOG: people on the load journeys (Gatling, the project in
# deploy/bench/gatling) against the portal at URL; the figures go to OUT_JSON, Gatling's HTML report to
# target/bench/gatling/ and its console to LOG. Fails when Gatling or the report fails.
run_journeys() {
  "$ROOT/mvnw" -B -ntp -f "$BENCH_DIR/gatling/pom.xml" gatling:test exec:exec@report \
    -Dbench.url="$1" -Dbench.users="$2" -Dbench.ramp="$3" -Dbench.seconds="$4" -Dbench.firstAccount="$5" \
    -Dbench.results="$OUT/gatling" -Dbench.report="$6" > "$7" 2>&1
}

# The journeys compiled and Gatling's libraries fetched, so that a run started next begins at once.
prepare_journeys() {
  "$ROOT/mvnw" -B -ntp -q -f "$BENCH_DIR/gatling/pom.xml" test-compile
}

# wait_for_journeys LOG: until the Gatling run writing to LOG has started its simulation (fails after 120 s)
wait_for_journeys() {
  for _ in $(seq 1 1200); do
    if grep -q "JourneysSimulation started" "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}
