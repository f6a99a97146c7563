#!/usr/bin/env bash
# Server heap per signed-in idle session. Starts the production jar (prod profile, the bench schema),
# signs young people in over HTTP (login page, CSRF-protected form post) and opens "My say" for each,
# so every session holds one Vaadin UI, then measures the heap used after a full GC (jcmd GC.run, then
# GC.heap_info) at 0, FIRST and FIRST+MORE sessions. The figure is the growth between FIRST and
# FIRST+MORE sessions divided by MORE (caches filled by the first sessions do not count); the growth
# from 0 is given too. Writes target/bench/heap.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
FIRST=${FIRST:-50}
MORE=${MORE:-300}
PORT=${PORT:-18191}
ROUTE=${ROUTE:-my-say}
ensure_jar
ensure_aot
pid=$(JAR="$AOT_JAR" start_node "$PORT" "$OUT/heap-node.log" "" "${AOT_OPTS[@]}")
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for_login "$PORT" >/dev/null
used_kb() {
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null; sleep 1; "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}
cd "$BENCH_DIR"
h0=$(used_kb); l0=$(load_average)
echo "0 sessions: ${h0} KB used (load $l0)"
s1=$("$JAVA_HOME/bin/java" Sessions.java "http://127.0.0.1:$PORT" 0 "$FIRST" 4 "$ROUTE")
h1=$(used_kb); l1=$(load_average)
echo "$FIRST sessions ($s1): ${h1} KB used (load $l1)"
s2=$("$JAVA_HOME/bin/java" Sessions.java "http://127.0.0.1:$PORT" "$FIRST" "$MORE" 4 "$ROUTE")
h2=$(used_kb); l2=$(load_average)
echo "$((FIRST + MORE)) sessions ($s2): ${h2} KB used (load $l2)"
# what the heap holds: sessions, UIs, state nodes (elements) and the screens themselves
"$JAVA_HOME/bin/jcmd" "$pid" GC.class_histogram | grep -E 'VaadinSession$|StandardSession$|component\.UI$|internal\.StateNode$|ui\.[A-Za-z]*View$|Total' > "$OUT/heap-histogram.txt" || true
cat "$OUT/heap-histogram.txt"
per=$(( (h2 - h1) / MORE )); naive=$(( (h2 - h0) / (FIRST + MORE) ))
cat > "$OUT/heap.json" <<JSON
{
  "benchmark": "heap-per-idle-session",
  "measuredAt": "$(date -u +%FT%TZ)",
  "machine": "$(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | tr -d '"'), default G1 heap settings",
  "screenPerSession": "$ROUTE",
  "heapUsedAfterFullGcKB": {"0": $h0, "$FIRST": $h1, "$((FIRST + MORE))": $h2},
  "signIns": [$s1, $s2],
  "loadAverage": {"0": "$l0", "$FIRST": "$l1", "$((FIRST + MORE))": "$l2"},
  "kbPerSessionBetween${FIRST}And$((FIRST + MORE))": $per,
  "kbPerSessionFromZero": $naive,
  "targetKB": 250
}
JSON
cat "$OUT/heap.json"
