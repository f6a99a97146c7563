#!/usr/bin/env bash
# Where the server's CPU goes under the load journeys (Gatling, as load.sh): the production jar with Java Flight Recorder
# (execution samples), USERS people for SECONDS, then the hottest frames of the portal's own code and
# of everything, counted over all samples. Writes target/bench/profile.txt (and profile.jfr).
set -euo pipefail
source "$(dirname "$0")/env.sh"
USERS=${USERS:-30}
SECONDS_TO_RUN=${SECONDS_TO_RUN:-90}
PORT=${PORT:-18194}
ensure_jar
ensure_aot
pid=$(JAR="$AOT_JAR" start_node "$PORT" "$OUT/profile-node.log" "" "${AOT_OPTS[@]}")
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for_login "$PORT" >/dev/null
cd "$BENCH_DIR"
prepare_journeys
"$JAVA_HOME/bin/jcmd" "$pid" JFR.start name=load settings=profile >/dev/null
run_journeys "http://127.0.0.1:$PORT" "$USERS" 20 "$SECONDS_TO_RUN" 4000 "$OUT/profile-load.json" \
    "$OUT/profile-load.out" || true
"$JAVA_HOME/bin/jcmd" "$pid" JFR.dump name=load filename="$OUT/profile.jfr" >/dev/null
"$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 64 "$OUT/profile.jfr" > "$OUT/profile-samples.txt"
python3 "$BENCH_DIR/profile.py" "$OUT/profile-samples.txt" > "$OUT/profile.txt"
cat "$OUT/profile.txt"
