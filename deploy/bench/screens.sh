#!/usr/bin/env bash
# The board's and young people's screens over the data set at full size: the production jar on the bench
# schema, a board member opening the action tracker (with its first 50 rows) and the decisions, a young
# person (with views answered) opening "Our promises", "How are we doing", "Things to join" and "You said,
# we did", a worker opening the meetings, the pledge documents and the opportunities, ROUNDS times each
# from the home screen, as Vaadin's browser client asks for them (Screens.java).
# Fails when a screen is not built or the portal logs an error. Writes target/bench/screens.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$BENCH_DIR"
PORT=${PORT:-18231}
ROUNDS=${ROUNDS:-5}
ensure_jar
log="$OUT/screens-portal.log"
pid=$(start_node "$PORT" "$log" "" -Xmx1g)
# a screen still being built holds a graceful shutdown: after 20 s the portal is stopped outright
stop() {
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}
trap stop EXIT
started=$(wait_for_login "$PORT")
"$JAVA_HOME/bin/javac" -d "$OUT/screens-classes" VaadinClient.java Screens.java
# a young person whose shared views a published response answers
young=$(mariadb -uroot -h127.0.0.1 -N "$BENCH_DB" -e "
  select a.display_name from board_response r join board_decision_view v on v.decision_id = r.decision_id
  join contribution c on c.id = v.contribution_id join account a on a.id = c.author_id
  where a.display_name like 'bench-young-%' order by r.published_at desc limit 1")
run() { "$JAVA_HOME/bin/java" -cp "$OUT/screens-classes" Screens "http://127.0.0.1:$PORT" "$@"; }
status=0
: > "$OUT/screens.jsonl"
run bench-board-0 "$ROUNDS" "action-tracker|tracker-grid|Bench action|tracker-grid" \
    "board-decisions|decision-list|Bench decision" >> "$OUT/screens.jsonl" || status=1
run "$young" "$ROUNDS" "our-promises||Bench: Our Pledge" "how-we-are-doing||Bench evidence" \
    "things-to-join|things-list|Bench: " >> "$OUT/screens.jsonl" || status=1
run bench-worker-0 "$ROUNDS" "board-meetings|meeting-grid|Shirehall|meeting-grid" "pledge-documents|document|Bench: Our Pledge" \
    "manage-opportunities|upcoming-opportunities|Bench: |upcoming-opportunities" >> "$OUT/screens.jsonl" || status=1
# last, in a session of its own: a screen that does not answer within the client's 60 s holds its UI
run "$young" "$ROUNDS" "you-said-we-did|ysd-list|Bench: you said" >> "$OUT/screens.jsonl" || status=1
cat "$OUT/screens.jsonl"
errors=$(grep -ac " ERROR $pid --- " "$log" || true)
echo "portal ready in $started ms; ERROR lines in its log: $errors (load average $(load_average))"
{ echo "{\"benchmark\": \"screens-at-full-size\", \"measuredAt\": \"$(date -u +%FT%TZ)\", \"youngPerson\": \"$young\","
  echo "\"logErrors\": $errors, \"loadAverage\": \"$(load_average)\", \"screens\": ["
  sed '$!s/$/,/' "$OUT/screens.jsonl"; echo "]}"; } > "$OUT/screens.json"
[ "$errors" = 0 ] && exit "$status" || exit 1
