#!/usr/bin/env bash
# Load: the production jar (prod profile, the bench schema with the data set of dataset.sh) and
# LEVELS of concurrent people going through real journeys over Vaadin's protocol (Load.java), each level
# ramped up over RAMP seconds and measured for SECONDS. The load generator runs on the same machine.
# Writes target/bench/load-<users>.json per level and target/bench/load.json with all of them.
set -euo pipefail
source "$(dirname "$0")/env.sh"
LEVELS=${LEVELS:-"50 200 500"}
RAMP=${RAMP:-30}
SECONDS_PER_LEVEL=${SECONDS_PER_LEVEL:-120}
PORT=${PORT:-18192}
ensure_jar
ensure_aot
pid=$(JAR="$AOT_JAR" start_node "$PORT" "$OUT/load-node.log" "" "${AOT_OPTS[@]}" -Xlog:gc:file="$OUT/load-gc.log":uptime)
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for_login "$PORT" >/dev/null
cd "$BENCH_DIR"
"$JAVA_HOME/bin/javac" -d "$OUT/load-classes" VaadinClient.java Load.java
first=0
for users in $LEVELS; do
  before=$(load_average)
  "$JAVA_HOME/bin/java" -cp "$OUT/load-classes" Load "http://127.0.0.1:$PORT" "$users" "$RAMP" "$SECONDS_PER_LEVEL" \
      "$OUT/load-$users.json" "$first" > "$OUT/load-$users.out" 2>&1 || true
  after=$(load_average)
  heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1)
  sed -i "s/^{/{\n  \"loadAverageBefore\": \"$before\", \"loadAverageAfter\": \"$after\", \"heapAfter\": \"$heap\",/" "$OUT/load-$users.json" || true
  echo "$users users: $(grep -o '"interactionsPerSecond": [0-9.]*' "$OUT/load-$users.json"), $(grep -o '"errors": [0-9]*' "$OUT/load-$users.json" | head -1), load $before -> $after"
  first=$((first + users))
done
{
  echo "{\"benchmark\": \"load\", \"machine\": \"$(nproc) cores, load generator on the same machine\", \"levels\": ["
  for users in $LEVELS; do cat "$OUT/load-$users.json"; [ "$users" = "${LEVELS##* }" ] || echo ","; done
  echo "]}"
} > "$OUT/load.json"
