#!/usr/bin/env bash
# Soak: USERS people on the load journeys (Gatling, as load.sh) for MINUTES minutes against one production jar; the heap used
# after a full GC (jcmd GC.run, GC.heap_info) is taken when the ramp-up ends and every 2 minutes, to see
# whether it stays flat. Writes target/bench/soak.json (and soak-load.json with the response times).
set -euo pipefail
source "$(dirname "$0")/env.sh"
USERS=${USERS:-50}
MINUTES=${MINUTES:-10}
RAMP=30
PORT=${PORT:-18195}
ensure_jar
ensure_aot
pid=$(JAR="$AOT_JAR" start_node "$PORT" "$OUT/soak-node.log" "" "${AOT_OPTS[@]}")
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for_login "$PORT" >/dev/null
cd "$BENCH_DIR"
prepare_journeys
run_journeys "http://127.0.0.1:$PORT" "$USERS" "$RAMP" $((MINUTES * 60)) 6000 "$OUT/soak-load.json" \
    "$OUT/soak-load.out" &
load=$!
wait_for_journeys "$OUT/soak-load.out"
sleep "$RAMP"
samples=()
for minute in $(seq 0 2 "$MINUTES"); do
  [ "$minute" = 0 ] || sleep 120
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  used=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  echo "minute $minute: ${used} KB after full GC (load $(load_average))"
  samples+=("{\"minute\": $minute, \"heapUsedAfterFullGcKB\": $used, \"loadAverage\": \"$(load_average)\"}")
done
wait "$load" || true
{ echo "{\"benchmark\": \"soak\", \"users\": $USERS, \"minutes\": $MINUTES, \"measuredAt\": \"$(date -u +%FT%TZ)\", \"samples\": ["
  (IFS=$'\n'; echo "${samples[*]}" | sed '$!s/$/,/'); echo "]}"; } > "$OUT/soak.json"
cat "$OUT/soak.json"
