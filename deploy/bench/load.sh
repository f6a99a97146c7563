#!/usr/bin/env bash
# Load: people on real journeys over Vaadin's protocol (Gatling, deploy/bench/gatling) against the production jar
# (prod profile, the bench schema with the data set of dataset.sh), at each of LEVELS people in turn, each level
# ramped up over RAMP seconds and measured for SECONDS_PER_LEVEL. The load generator runs on the same machine.
# Writes target/bench/load-<users>.json per level and target/bench/load.json with all of them; Gatling's HTML
# reports go to target/bench/gatling/. ./mvnw -Pbench verify runs this after the in-process benchmarks
# (-Dbench.users=50,200,500 -Dbench.ramp=30 -Dbench.seconds=120 give LEVELS, RAMP and SECONDS_PER_LEVEL).
# URL: drive a portal already running there instead of starting the jar. DATASET=skip: do not run dataset.sh
# (the accounts the journeys sign in as must then be there).
set -euo pipefail
source "$(dirname "$0")/env.sh"
LEVELS=${LEVELS:-"50 200 500"}
LEVELS=${LEVELS//,/ }
RAMP=${RAMP:-30}
SECONDS_PER_LEVEL=${SECONDS_PER_LEVEL:-120}
PORT=${PORT:-18192}
URL=${URL:-}
DATASET=${DATASET:-}
prepare_journeys
pid=
if [ -z "$URL" ]; then
  ensure_jar
  ensure_db
  ensure_aot
  pid=$(JAR="$AOT_JAR" start_node "$PORT" "$OUT/load-node.log" "" "${AOT_OPTS[@]}" -Xlog:gc:file="$OUT/load-gc.log":uptime)
  trap 'kill $pid 2>/dev/null || true' EXIT
  if ! WAIT_SECONDS=600 wait_for_login "$PORT" >/dev/null; then
    echo "the portal did not start; see $OUT/load-node.log" >&2
    exit 1
  fi
  URL="http://127.0.0.1:$PORT"
fi
if [ "$DATASET" != skip ]; then
  "$BENCH_DIR/dataset.sh"
fi
first=0
failed=0
for users in $LEVELS; do
  rm -f "$OUT/load-$users.json"
  before=$(load_average)
  if ! run_journeys "$URL" "$users" "$RAMP" "$SECONDS_PER_LEVEL" "$first" "$OUT/load-$users.json" "$OUT/load-$users.out"; then
    echo "$users users: the run failed, see $OUT/load-$users.out" >&2
    failed=1
    first=$((first + users))
    continue
  fi
  after=$(load_average)
  heap=
  if [ -n "$pid" ]; then
    heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1)
  fi
  sed -i "s/^{/{\n  \"loadAverageBefore\" : \"$before\", \"loadAverageAfter\" : \"$after\", \"heapAfter\" : \"$heap\",/" \
      "$OUT/load-$users.json"
  echo "$users users: $(grep -o '"interactionsPerSecond" : [0-9.]*' "$OUT/load-$users.json"), $(grep -o '"errors" : [0-9]*' "$OUT/load-$users.json" | head -1), load $before -> $after"
  first=$((first + users))
done
{
  echo "{\"benchmark\": \"load\", \"machine\": \"$(nproc) cores, load generator on the same machine\", \"levels\": ["
  for users in $LEVELS; do
    [ -f "$OUT/load-$users.json" ] && cat "$OUT/load-$users.json" || echo "{\"users\": $users, \"failed\": true}"
    [ "$users" = "${LEVELS##* }" ] || echo ","
  done
  echo "]}"
} > "$OUT/load.json"
exit "$failed"
