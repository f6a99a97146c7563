#!/usr/bin/env bash
# Production jar start to the first answered login page (HTTP 200 on /login), against the MariaDB on
# 127.0.0.1:3306 with SPRING_PROFILES_ACTIVE=prod, as .ci/run starts it. Two ways of starting are
# measured in alternation, so the load from other work on the machine falls on both alike:
#   jar: java -jar ourvoice.jar (what the README says);
#   aot: the jar extracted (java -Djarmode=tools -jar ourvoice.jar extract) and started with a JDK 25
#        ahead-of-time cache made by one training start (-XX:AOTCacheOutput, spring.context.exit=onRefresh).
# Also records the CPU time the JVM used until the page answered (less sensitive to other load than
# the wall clock) and the load average. Writes target/bench/startup.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
RUNS=${RUNS:-5}
PORT=${PORT:-18190}
ensure_jar
ensure_db
ensure_aot
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
results=()
for run in $(seq 1 "$RUNS"); do
  for variant in jar aot; do
    log="$OUT/startup-$variant-$run.log"
    before=$(load_average)
    if [ "$variant" = jar ]; then
      pid=$(start_node "$PORT" "$log" "")
    else
      pid=$(JAR="$AOT_JAR" start_node "$PORT" "$log" "" "${AOT_OPTS[@]}")
    fi
    if ! ms=$(wait_for_login "$PORT"); then kill "$pid"; tail -50 "$log"; exit 1; fi
    cpu=$(cpu_seconds "$pid")
    after=$(load_average)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$variant run $run: ${ms} ms to the login page, ${cpu} s of CPU, load average ${before} -> ${after}"
    results+=("{\"variant\": \"$variant\", \"run\": $run, \"loginPageMs\": $ms, \"cpuSeconds\": $cpu, \"loadAverageBefore\": \"$before\", \"loadAverageAfter\": \"$after\"}")
    sleep 2
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
figure() { for r in "${results[@]}"; do echo "$r"; done | grep "\"variant\": \"$1\"" | grep -o "\"$2\": [0-9.]*" | awk '{print $2}' | median; }
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | tr -d '"')
{
  echo "{"
  echo "  \"benchmark\": \"production-start\","
  echo "  \"measuredAt\": \"$(date -u +%FT%TZ)\","
  echo "  \"machine\": \"$(nproc) cores, $java_version, MariaDB $(mariadb -uroot -h127.0.0.1 -N -e 'select version()'), shared with other builds\","
  echo "  \"jarMB\": $(( $(stat -c %s "$JAR") / 1048576 )),"
  echo "  \"median\": {\"jar\": {\"loginPageMs\": $(figure jar loginPageMs), \"cpuSeconds\": $(figure jar cpuSeconds)},"
  echo "             \"aot\": {\"loginPageMs\": $(figure aot loginPageMs), \"cpuSeconds\": $(figure aot cpuSeconds)}},"
  echo "  \"runs\": ["
  (IFS=$'\n'; echo "${results[*]}" | sed '$!s/$/,/' | sed 's/^/    /')
  echo "  ]"
  echo "}"
} > "$OUT/startup.json"
cat "$OUT/startup.json"
